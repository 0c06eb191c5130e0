"""Generate gold.json for blind23 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind23/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC, LAW, TREATY, IMG,
    WPN, EQ, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "toi": ("the-times-of-india-2024-10-22-seoul-summons-russian-envoy-ukraine-11000-north-korean-troops",
            "The Times of India", "2024-10-22"),
    "tbs": ("tbs-news-2024-10-24-ukraine-says-12000-north-korean-soldiers-in-russia", "TBS News (Japan)",
            "2024-10-24"),
    "et": ("the-economic-times-2024-10-25-interview-why-seoul-and-kyiv-count-north-korean-troops-differently",
           "The Economic Times", "2024-10-25"),
    "nd": ("ndtv-2024-10-29-live-updates-north-korean-troops-russia-10000", "NDTV", "2024-10-29"),
    "gn": ("gulf-news-2024-11-01-us-says-8000-north-korean-troops-in-kursk-combat-coming-days", "Gulf News",
           "2024-11-01"),
    "ts": ("tokyo-shimbun-2024-11-02-in-numbers-north-koreas-troops-in-russia", "Tokyo Shimbun", "2024-11-02"),
    "vn": ("vnexpress-international-2024-11-05-ukraine-reports-first-clashes-north-korean-troops-seoul-cannot-confirm",
           "VnExpress International", "2024-11-05"),
    "mt": ("the-manila-times-2024-11-16-us-japan-south-korea-leaders-condemn-north-korean-deployment-lima",
           "The Manila Times", "2024-11-16"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind20's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBM_PT = "ICBM impact point distance from Okushiri Island"
EXP = "North Korean troops gaining modern combat experience"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
IND_REC = "Indians recruited into the Russian army"
IND_DEAD = "Indians recruited into the Russian army killed"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
USE = "North Korean troops to be used against Ukraine (Kyiv)"
PEACE = "India: the war to be settled through dialogue / peaceful means"
JCONC = "Japan's concern over the deployment"
KYIVDEC = "striking North Korean troops is Kyiv's decision (US)"
KJU = "Kim Jong Un on the Oct 31 ICBM launch"
SWAP = "prisoners exchanged per side (UAE-mediated, Oct 18)"
LAVROV = "Russia-North Korea military ties"
MORE = "more North Korean troops expected (Ukraine)"
DEEP = "Ukraine asks permission for long-range strikes into Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
TRILAT = "US, Japan and South Korea leaders condemn the deployment"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
XI = "Biden to urge Xi to use China's influence on Pyongyang"
DFA = "Philippines following the deployment"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
STATE = "US Department of State"
KIRBY = "John Kirby"
AUSTIN = "Lloyd Austin"
BL = "Antony Blinken"
SINGH = "Sabrina Singh"
ZEL = "Volodymyr Zelensky"
UM = "Rustem Umerov"
UAG = "Ukraine government"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
RUG = "Russia government"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
SETHI = "Vikram Sethi"
JCS = "South Korea Joint Chiefs of Staff"
SK, UA, RUS, IN, JP = "South Korea", "Ukraine", "Russia", "India", "Japan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Times of India, Tue 2024-10-22 (straight news story)
# "on Monday" -> 10-21 (the lead's summons and, by "as", Kyslytsya's figure told at the UN the same day; Rutte);
# "on Friday" -> 10-18 (Budanov's first unit; the NIS's plan, brigades, first contingent, window and ships in one
# sentence); "last week" gives null. Kyslytsya's second sentence gives no day. "The figure matches the one given on
# Friday by Kyrylo Budanov" carries Budanov's 11,000 without a numeral and is not annotated. "By its count, that
# contingent of about 1,500 is all Pyongyang has sent so far" is the NIS's head count that week (bundled k01), not
# the transfer report. The army's size is background attributed to nobody; India's recruited and killed are counts
# about the war (the external affairs ministry). Modi's "two-day" summit, "second trip", "since July", the "Read
# also" line (930 points, Rs 5,000 crore) and the time stamp are off-topic or furniture.
toi = {}
toi["lead11"] = C("toi", "some 11,000 North Korean soldiers were already training in Russia's far east", value=11000,
                  q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
toi["wd"] = C("toi", "demanded that North Korean troops be pulled out of Russia immediately", kind=S, measure=WITHDRAW,
              by=SKG, ev="2024-10-21", subject=SK)
toi["unsc"] = C("toi", "the military cooperation between Moscow and Pyongyang violated UN Security Council resolutions",
                kind=S, measure=LAW, by=SKFM, subject=SK)
toi["zinov"] = C("toi", "Zinoviev replied that the cooperation was not directed against South Korea's security "
                 "interests", kind=S, measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
toi["kys11"] = C("toi", "about 11,000 North Korean infantrymen were being trained at bases in eastern Russia",
                 value=11000, q="about", scope="total", by=KYS, place=RFE)
toi["ready"] = C("toi", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=KYS)
toi["use"] = C("toi", "Kyiv expected them to be thrown against Ukrainian forces", kind=S, measure=USE, mod="planned",
               by=KYS)
toi["2600"] = C("toi", "a first unit of 2,600 soldiers was to be sent to Russia's Kursk region", measure=FIRSTU,
                value=2600, mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
toi["plan"] = C("toi", "the North had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
toi["brig"] = C("toi", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
toi["fb"] = C("toi", "a first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
              value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
toi["win"] = C("toi", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS, ev="2024-10-18")
toi["ships"] = C("toi", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 ev="2024-10-18", subject=RUS)
toi["unif"] = C("toi", "The soldiers were issued Russian uniforms and forged identity papers, the agency said.", kind=S,
                measure=UNIF, by=NIS)
toi["sofar"] = C("toi", "that contingent of about 1,500 is all Pyongyang has sent so far", value=1500, q="about",
                 scope="total", by=NIS, place="Russia")
toi["zel10"] = C("toi", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                 mod="planned", scope="total", by=ZEL, place="Russia")
toi["rcs"] = C("toi", "the alliance could not yet confirm that North Korean soldiers were taking part in the fighting",
               kind=S, measure=CS, by=RUTTE, ev="2024-10-21")
toi["resc"] = C("toi", "If they were, he said, it would be \"a significant escalation\"", kind=S, measure=ESC,
                mod="conditional", by=RUTTE)
toi["fake"] = C("toi", "The Kremlin has denied the reports, with spokesman Dmitry Peskov calling them \"another fake\"",
                kind=S, measure=DEP, by=PESKOV, subject=RUS)
toi["army"] = C("toi", "keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about", by=None)
toi["peace"] = C("toi", "has said the war can only be ended through dialogue and diplomacy", kind=S, measure=PEACE,
                 by="India government", subject=IN)
toi["rec"] = C("toi", "91 Indians had been recruited into the Russian army", measure=IND_REC, value=91, unit="people",
               by="India Ministry of External Affairs", subject=IN)
toi["dead"] = C("toi", "eight of them had been killed", measure=IND_DEAD, value=8, unit="people",
                by="India Ministry of External Affairs", subject=IN)

# ---------------------------------------------------------------- TBS News (Japan), Thu 2024-10-24 (broadcast news segment)
# "today" -> 10-24 (HUR's count, officers and generals; Hayashi "this morning"); the arrival "yesterday" -> 10-23 (an
# arrival with its own day takes it, as blind21 and blind22 did); the lawmakers' sentence "yesterday" -> 10-23 (the
# second group and the total); "they told reporters" gives no day (the forecast and December stay null); "last
# Friday" -> 10-18; Kirby "on Wednesday, Washington time" -> 10-23. SOT lines and "He added" give no day. "3:12",
# the time stamp, the election's 1,344 candidates and 465 seats, the weather and the credits are not annotated.
tbs = {}
tbs["hur"] = C("tbs", "about twelve thousand North Korean soldiers are now in Russia", value=12000, q="about",
               scope="total", by=HUR, ev="2024-10-24", place="Russia")
tbs["off"] = C("tbs", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
tbs["gen"] = C("tbs", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
tbs["arr"] = C("tbs", "the first units reached the Kursk region, on the border with Ukraine, yesterday", kind=S,
               measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
tbs["sb"] = C("tbs", "about 1,500 more North Korean soldiers had been sent to Russia after the first group",
              measure=SB, value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
tbs["nis3"] = C("tbs", "bringing the total to around 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
tbs["pr"] = C("tbs", "The spy agency expects the figure to reach some 10,000", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
tbs["prd"] = C("tbs", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tbs["plan"] = C("tbs", "the North would send some 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
                scope="total", by=NIS, ev="2024-10-18", place="Russia")
tbs["brig"] = C("tbs", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
tbs["fb"] = C("tbs", "about 1,500 special forces had already left by sea for Vladivostok", measure=FB, value=1500,
              q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tbs["pay"] = C("tbs", "Russia pays each soldier roughly 2,000 dollars a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
tbs["regime"] = C("tbs", "the agency believes most of that money is taken by the government in Pyongyang", kind=S,
                  measure=REGIME, by=NIS)
tbs["drones"] = C("tbs", "Russian instructors are said to rate the soldiers' physical strength highly but find them "
                  "unfamiliar with drone warfare", kind=S, measure=DRONES, by=NIS)
tbs["wpn"] = C("tbs", "South Korea's government has said it will respond in stages, and that it could consider "
               "supplying weapons to Ukraine depending on what the North does next", kind=S, measure=WPN,
               mod="conditional", by=SKG, subject=SK)
tbs["kirby"] = C("tbs", "at least 3,000 North Korean soldiers had moved by ship to Russia's Far East earlier this month",
                 value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
tbs["sites"] = C("tbs", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                 ev="2024-10-23", place=RFE)
tbs["fair"] = C("tbs", "If they go to fight Ukraine, he said, they are \"fair game\"", kind=S, measure=TGT,
                mod="conditional", by=KIRBY)
tbs["adep"] = C("tbs", "said there was evidence that North Korean troops were in Russia", kind=S, measure=DEP,
                by=AUSTIN)
tbs["aesc"] = C("tbs", "If they are participating in the war on Russia's behalf, this is a very, very serious issue.",
                kind=S, measure=ESC, mod="conditional", by=AUSTIN)
tbs["img"] = C("tbs", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
               by=PUTIN, subject=RUS)
tbs["treaty"] = C("tbs", "how Russia carries out its new treaty with North Korea is, in his words, \"our business\"",
                  kind=S, measure=TREATY, by=PUTIN, subject=RUS)
tbs["jp"] = C("tbs", "the government views the reports with grave concern and is sharing information closely with "
              "Washington and Seoul", kind=S, measure=JCONC, by="Yoshimasa Hayashi", ev="2024-10-24", subject=JP)

# ---------------------------------------------------------------- The Economic Times, Fri 2024-10-25 (interview)
# The intro: "on Wednesday" -> 10-23 (the NIS), "A day later" -> 10-24 (HUR's count), the arrival "on Wednesday" ->
# 10-23; "yesterday" -> 10-24 (Putin), "today" -> 10-25 (Pyongyang), "on Thursday" -> 10-24 (Yoon), "on Tuesday" ->
# 10-22 (Modi); "Last week" gives null. The questions relay their origins' figures and are annotated as those
# origins' claims, undated ("Washington now says" -> US government); "four times higher" is the interviewer's ratio
# (attributed to nobody). The guest (invented) speaks for himself: his method reading, experience and technology
# forecast are his; what he relays keeps its origin. His age is annotated (attributed to nobody). "since 1953", the
# time stamp and the app line are not annotated; the synopsis has no figures.
et = {}
et["nis3"] = C("et", "around 3,000 North Korean soldiers were in Russia", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
et["hur"] = C("et", "the real number was about 12,000", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
              place="Russia")
et["arr"] = C("et", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
et["age"] = C("et", "Sethi, 61", measure=AGE, value=61, unit="years", by=None, subject=SETHI)
et["sb"] = C("et", "Seoul says a second group of about 1,500 followed the first.", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, place="Russia")
et["wash3"] = C("et", "Washington now says at least 3,000.", value=3000, q="at_least", scope="total", by=USG,
                place="Russia")
et["ratio"] = C("et", "Kyiv's number four times higher", measure=RATIO, value=4, unit="times", by=None)
et["method"] = C("et", "Kyiv, I suspect, counts the whole force that has been assigned, including units still waiting "
                 "in North Korea", kind=S, measure=METHOD, by=SETHI)
et["off"] = C("et", "there are 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
et["gen"] = C("et", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR)
et["pr"] = C("et", "it expects around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
             place="Russia")
et["prd"] = C("et", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
et["bud"] = C("et", "Kyrylo Budanov said 11,000 infantry were training in the Far East", value=11000, scope="total",
              by=BUD, place=RFE)
et["ready"] = C("et", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
et["zel10"] = C("et", "Zelensky spoke of 10,000", measure=PL, value=10000, mod="planned", scope="total", by=ZEL,
                place="Russia")
et["drones"] = C("et", "Russian instructors, according to Seoul, find them fit and disciplined but lost when it comes "
                 "to drones", kind=S, measure=DRONES, by=NIS)
et["exp"] = C("et", "What cannot be bought is combat experience, and that is what Kim Jong Un wants", kind=S,
              measure=EXP, by=SETHI)
et["pay"] = C("et", "The NIS says Russia pays about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
et["regime"] = C("et", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
et["tech"] = C("et", "I expect Moscow to pay in technology: space launch, submarines, perhaps help with re-entry "
               "vehicles", kind=S, measure=TECH, mod="planned", by=SETHI)
et["img"] = C("et", "Putin said yesterday in Kazan that images \"are a serious thing\" and \"reflect something\"",
              kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
et["law"] = C("et", "Pyongyang said today that if such a deployment happened, it would conform to international law",
              kind=S, measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
et["hint"] = C("et", "Seoul has hinted it could arm Ukraine.", kind=S, measure=WPN, mod="conditional", by=SKG,
               subject=SK)
et["yoon"] = C("et", "President Yoon said on Thursday, beside the Polish president, that he would not rule out sending "
               "weapons", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
et["modi"] = C("et", "The Prime Minister told Putin on Tuesday that India believes disputes should be resolved only "
               "through peaceful means", kind=S, measure=PEACE, by="Narendra Modi", ev="2024-10-22", subject=IN)

# ---------------------------------------------------------------- NDTV, Tue 2024-10-29 (live blog)
# Entry times give no day; each entry's own sentence does: "on Tuesday" -> 10-29, "on Monday" -> 10-28, "a day
# after" (the Pentagon in the lead) -> 10-28, "on Saturday" -> 10-26, "on Friday" -> 10-25; "Last week" and "last
# week" give null, as do the entries' later sentences ("he said", "He called it", Singh). The lead and the 15:48 entry
# both carry the NIS's more than 10,000 (two claims of one doc in the running total). "a minimum of 3,000" is the
# White House's Oct 23 figure told as the step before (k03). The market entry (363 points, 80,369, 127 points,
# 24,466), the railways entry (7,000 trains) and the stamps are off-topic or furniture; "There was no confirmation"
# and "has already been overtaken" are the outlet's remarks.
nd = {}
nd["nis10a"] = C("nd", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
nd["dod10a"] = C("nd", "a day after the Pentagon put the number at around 10,000", value=10000, q="about",
                 scope="total", by=DOD, ev="2024-10-28", place="Russia")
nd["nis10b"] = C("nd", "over 10,000 North Korean soldiers have been sent to Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
nd["front"] = C("nd", "some appear to have been moved toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
nd["kyb"] = C("nd", "the agency had identified the commander as Lt Gen Kim Yong Bok", kind=S, measure=KYB, by=NIS)
nd["terms"] = C("nd", "The soldiers are being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
nd["rdep"] = C("nd", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
nd["resc"] = C("nd", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war\"", kind=S,
               measure=ESC, by=RUTTE)
nd["dod10"] = C("nd", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
nd["closer"] = C("nd", "some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
nd["weeks"] = C("nd", "Russia intends to use them in combat or to support combat operations \"over the next several "
                "weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
nd["wh3"] = C("nd", "the White House had put the number at a minimum of 3,000", value=3000, q="at_least",
              scope="total", by=WH, place="Russia")
nd["ct"] = C("nd", "the first North Korean soldiers could be sent into combat zones on October 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
nd["kjg"] = C("nd", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
nd["pr"] = C("nd", "the North would have some 10,000 troops in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
nd["prd"] = C("nd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)

# ---------------------------------------------------------------- Gulf News, Fri 2024-11-01 (wire story with update block)
# "on Thursday" -> 10-31 (Blinken's lead, Japan's ministry), "on Tuesday" -> 10-29 (the NIS, count and commander in
# one sentence), the update's "on Friday" -> 11-01; Blinken's and Austin's later sentences give no day. "Moscow has
# not officially acknowledged" -> Kremlin; "Russian officials say" -> Russia government; the UAE's swap "on October
# 18" is that claim's own day. "Hours before the talks" dates nothing (the ICBM test is reported fact); "the longest
# flight ... on record" and "falling into the sea west of Hokkaido" elaborate the ministry's statement; "Diplomats in
# the Gulf" names nobody. The stamps, "June" and the "Also read" line (Dh2.74, Dh319) are not annotated.
gn = {}
gn["bl8"] = C("gn", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
gn["days"] = C("gn", "Washington expected them to enter combat against Ukrainian forces \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
gn["bl10"] = C("gn", "some 10,000 North Korean troops had now been sent to Russia in all", value=10000, q="about",
               scope="total", by=BL, place="Russia")
gn["tgt"] = C("gn", "If they fight, he said, they become \"legitimate military targets\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
gn["eq"] = C("gn", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
gn["acs"] = C("gn", "He said he had not yet seen them engaged in combat.", kind=S, measure=CS, by=AUSTIN)
gn["kyiv"] = C("gn", "Whether Ukraine strikes them before they reach the front would be for Kyiv to decide, he added.",
               kind=S, measure=KYIVDEC, by=AUSTIN, subject="United States")
gn["kyh"] = C("gn", "Seoul's defence minister Kim Yong-hyun called for the troops to be withdrawn at once", kind=S,
              measure=WITHDRAW, by=KYH, subject=SK)
gn["cho"] = C("gn", "Russia might hand North Korea sensitive military technology in return", kind=S, measure=TECH,
              mod="conditional", by=CHO)
gn["nis10"] = C("gn", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
gn["kyb"] = C("gn", "under the command of Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS,
              ev="2024-10-29")
gn["t86"] = C("gn", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD, ev="2024-10-31")
gn["alt"] = C("gn", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD, ev="2024-10-31")
gn["kju"] = C("gn", "calling the launch an \"appropriate military action\" to show the North's resolve to its enemies",
              kind=S, measure=KJU, by="Kim Jong Un")
gn["noack"] = C("gn", "Moscow has not officially acknowledged that North Korean soldiers are on its soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
gn["treaty"] = C("gn", "what Moscow does under its mutual defence treaty with Pyongyang, signed in June, is a matter for "
                 "the two countries alone", kind=S, measure=TREATY, by=RUG, subject=RUS)
gn["swap"] = C("gn", "brokered a swap of 95 prisoners from each side on October 18", measure=SWAP, value=95,
               unit="prisoners", by="UAE Ministry of Foreign Affairs", ev="2024-10-18", subject="UAE")
gn["choe"] = C("gn", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
gn["lavrov"] = C("gn", "Lavrov said the two countries' armed forces and security services had \"very close\" ties.",
                 kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Tokyo Shimbun, Sat 2024-11-02 (numbers factbox)
# Each item leads with its figure; the quote runs from the figure into the words that say what it counts, and a bare
# figure carries no hedge (exact), whatever the origin said. Items date their claims only where their own sentence
# gives a day: "on Oct. 18" (plan and brigades), "the day before" -> 10-17 (Zelensky), "on Oct. 23" (second group,
# count, forecast and December), "that day" -> 10-23 (the White House's three sites), "Five days later" -> 10-28,
# "on Oct. 29", "on Oct. 31" (Blinken; the ICBM "launched on Oct. 31", as blind20 dated "tested on Oct. 31"), "on Oct.
# 24" (HUR's count, officers and generals). "The White House gave the same figure as a minimum" has no numeral and is
# not annotated. HUR's Oct 24 count is the snapshot k02 (not a step of the running total), as blind20 did. "Article
# 4" and "June 19" are not counts; "Two weeks", the page line and "Moscow points to it" are not annotated.
ts = {}
ts["plan"] = C("ts", "12,000 — The total Pyongyang has decided to send", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ts["brig"] = C("ts", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ts["zel10"] = C("ts", "Zelensky had put the figure at 10,000 the day before", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ts["fb"] = C("ts", "1,500 — The special forces the NIS says made up the first transport", measure=FB, value=1500,
             scope="first_batch", by=NIS, place=RFE)
ts["win"] = C("ts", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ts["ships"] = C("ts", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
ts["escort"] = C("ts", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
ts["sb"] = C("ts", "A second group of about the same size followed, the agency told lawmakers on Oct. 23.", kind=S,
             measure=SB, scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ts["nis3"] = C("ts", "3,000 — The NIS's count of North Korean soldiers in Russia as of Oct. 23", value=3000,
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
ts["sites"] = C("ts", "said they were training at three sites in the Far East", measure=SITES, value=3,
                unit="training sites", by=WH, ev="2024-10-23", place=RFE)
ts["pr"] = C("ts", "10,000 — The number the NIS said on Oct. 23 it expected", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
ts["prd"] = C("ts", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ts["dod10"] = C("ts", "around 10,000 had already been sent to eastern Russia", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place=RFE)
ts["nis10"] = C("ts", "on Oct. 29 the NIS said the count had passed 10,000", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
ts["bl8"] = C("ts", "8,000 — The soldiers now in Russia's Kursk region", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
ts["off"] = C("ts", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ts["gen"] = C("ts", "3 generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ts["hur"] = C("ts", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
ts["pay"] = C("ts", "$2,000 — Monthly pay per soldier that the NIS says Russia provides", measure=PAY, value=2000,
              unit="USD per month", by=NIS)
ts["regime"] = C("ts", "The agency believes most of it ends up with the regime.", kind=S, measure=REGIME, by=NIS)
ts["terms"] = C("ts", "100 — The basic Russian military terms", measure=TERMS, value=100, unit="terms", by=NIS)
ts["ct"] = C("ts", "Oct. 27-28 — The days on which Zelensky warned the first North Korean units could appear on the "
             "battlefield", kind=D, measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
ts["t86"] = C("ts", "86 minutes — Flight time of the intercontinental ballistic missile North Korea launched on Oct. 31",
              measure=ICBM_T, value=86, unit="minutes", by=JMOD, ev="2024-10-31")
ts["alt"] = C("ts", "an altitude of over 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
ts["pt"] = C("ts", "about 200 kilometers west of Okushiri Island", measure=ICBM_PT, value=200, q="about", unit="km",
             by=JMOD)
ts["unsc"] = C("ts", "Seoul says any help to Russia's war violates U.N. Security Council resolutions", kind=S,
               measure=LAW, by=SKG, subject=SK)

# ---------------------------------------------------------------- VnExpress International, Tue 2024-11-05 (straight news story)
# The lead's two clauses (Umerov's clashes; "South Korea said it could not verify", the defence ministry) give no day
# and join the Nov 5 discrepancy beside the dated body sentences. "aired on Tuesday" -> 11-05 (Umerov), "on Tuesday"
# -> 11-05 (Seoul's ministry; the JCS "on Tuesday morning"), "On Monday" -> 11-04 (Zelensky's count; the Pentagon);
# "last week", "days after" and "He complained" give null. "would be in combat within days" is Blinken's Oct 31
# expectation (the combat-entry discrepancy, his side). "several" is vague (2-9). Vietnam's investment ($87 billion)
# and trade ($76 billion), the caption's date, "since August", "five days earlier", "Analysts in Seoul" (nobody
# identified) and the related headlines (15%, 10 months, No. 1) are not annotated; "Hanoi has not commented" is a non-
# reply.
vn = {}
vn["lclash"] = C("vn", "Ukraine's defense minister said North Korean soldiers sent to Russia have already clashed with "
                 "Ukrainian forces", kind=S, measure=N5, by=UM)
vn["lmnd"] = C("vn", "South Korea said it could not verify the account", kind=S, measure=N5, by=MND, subject=SK)
vn["um"] = C("vn", "the first small-scale engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
vn["more"] = C("vn", "Kyiv expected more soldiers from the North to arrive in the coming weeks", kind=S, measure=MORE,
               mod="planned", by=UM)
vn["mnd"] = C("vn", "South Korea's defense ministry said on Tuesday that it could not confirm his remarks", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
vn["z11"] = C("vn", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
vn["partn"] = C("vn", "He complained that Ukraine's partners were merely watching", kind=S, measure=PARTN, by=ZEL,
                subject=UA)
vn["deep"] = C("vn", "renewed his call for permission to strike military targets deep inside Russia", kind=S,
               measure=DEEP, by=ZEL, subject=UA)
vn["bl8"] = C("vn", "the roughly 8,000 that U.S. Secretary of State Antony Blinken said last week were in Kursk",
              measure=KU, value=8000, q="about", by=BL, place="Kursk")
vn["within"] = C("vn", "would be in combat within days", kind=S, measure=CT, mod="planned", by=BL)
vn["dodcs"] = C("vn", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
vn["nis10"] = C("vn", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
vn["plan"] = C("vn", "about 12,000 that Pyongyang decided to send", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
vn["terms"] = C("vn", "the soldiers were being drilled on about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
vn["drones"] = C("vn", "Russian instructors found them physically strong but weak at drone warfare", kind=S,
                 measure=DRONES, by=NIS)
vn["choe"] = C("vn", "her country would stand by Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH)
vn["noack"] = C("vn", "The Kremlin has neither confirmed nor denied the presence of North Korean soldiers on Russian "
                "territory.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
vn["srbm"] = C("vn", "North Korea fired several short-range ballistic missiles", measure=SRBM, low=2, high=9,
               q="vague", unit="missiles", by=JCS, ev="2024-11-05")

# ---------------------------------------------------------------- The Manila Times, Sat 2024-11-16 (straight news story from Lima)
# "on Friday" -> 11-15 (the three leaders), "on Tuesday" -> 11-12 (the State Department's three claims in one
# sentence), "the same day" after it -> 11-12 (KCNA), "A day later" -> 11-13 (the NIS), "on November 5" and "the same
# day" -> 11-05, "a day earlier" -> 11-04, "on Sunday" -> 11-10, "On Thursday" -> 11-14 (Sullivan); "last week" gives
# null; "Washington said North Korean soldiers were fighting" ("days after") is the State Department's line told
# loosely (US government, undated). "of October 31" dates the flight time, as "launched on Oct. 31" does. "Kyiv first
# reported" -> Ukraine government; the NYT's 50,000 -> US and Ukrainian officials. "declined to comment further" is a
# refusal, but "Manila was following the situation closely" is annotated. The secretariat, "January", "since August",
# APEC's 21 economies and 60 percent, the typhoon ("sixth storm"), the peso and Marcos's absence are not annotated.
mt = {}
mt["tri"] = C("mt", "The leaders of the United States, Japan and South Korea on Friday condemned North Korea's "
              "deployment of troops to fight for Russia", kind=S, measure=TRILAT,
              by="US, Japan and South Korea leaders", ev="2024-11-15")
mt["t86"] = C("mt", "which Japan's defense ministry said flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD, ev="2024-10-31")
mt["wash"] = C("mt", "Washington said North Korean soldiers were fighting", kind=S, measure=CS, by=USG)
mt["st10"] = C("mt", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
mt["most"] = C("mt", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
mt["begun"] = C("mt", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
mt["ratify"] = C("mt", "leader Kim Jong Un had ratified the mutual defense treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
mt["units"] = C("mt", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
mt["combat"] = C("mt", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
mt["um"] = C("mt", "Kyiv first reported clashes on November 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
mt["mnd"] = C("mt", "Seoul's defense ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
mt["z11"] = C("mt", "Zelensky had put the number of North Koreans in Kursk at 11,000 a day earlier", measure=KU,
              value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
mt["massed"] = C("mt", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
mt["wpn"] = C("mt", "Yoon said last week that South Korea did not rule out supplying weapons to Ukraine directly",
              kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)
mt["xi"] = C("mt", "Biden would urge Chinese President Xi Jinping, whom he meets on Saturday, to use Beijing's "
             "influence over Pyongyang", kind=S, measure=XI, mod="planned", by="Jake Sullivan", ev="2024-11-14",
             subject="United States")
mt["dfa"] = C("mt", "Manila was following the situation closely", kind=S, measure=DFA,
              by="Philippines Department of Foreign Affairs", subject="Philippines")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [toi["sofar"], toi["lead11"], toi["kys11"], et["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 sent so far vs Kyiv's about 11,000 training in the east "
  "(Kyslytsya Oct 21, Budanov Oct 18)",
  [("about 1,500 so far (NIS)", [toi["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [toi["lead11"], toi["kys11"], et["bud"]])])
K(RU, [tbs["nis3"], tbs["kirby"], et["nis3"], et["wash3"], tbs["hur"], et["hur"], ts["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, Washington)", [tbs["nis3"], tbs["kirby"], et["nis3"], et["wash3"]]),
   ("about 12,000 (HUR)", [tbs["hur"], et["hur"], ts["hur"]])])
K(RU, [nd["wh3"], ts["nis3"], nd["dod10a"], nd["dod10"], ts["dod10"], gn["bl10"], nd["nis10a"], nd["nis10b"],
       gn["nis10"], ts["nis10"], vn["nis10"], mt["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / 3,000 (Oct 23, told as the step before) -> around 10,000 "
  "(Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [gn["bl8"], ts["bl8"], vn["bl8"], vn["z11"], mt["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [toi["plan"], tbs["plan"], ts["plan"], vn["plan"], toi["zel10"], et["zel10"], ts["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [toi["plan"], tbs["plan"], ts["plan"], vn["plan"]]),
   ("10,000 (Zelensky)", [toi["zel10"], et["zel10"], ts["zel10"]])])
K(FB, [toi["fb"], tbs["fb"], ts["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [toi["win"], ts["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [toi["ships"], ts["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [toi["brig"], tbs["brig"], ts["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [tbs["sb"], et["sb"], ts["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 (about the same size) followed the first")
K(PR, [tbs["pr"], et["pr"], nd["pr"], ts["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [tbs["prd"], et["prd"], nd["prd"], ts["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [tbs["pay"], et["pay"], ts["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [tbs["regime"], et["regime"], ts["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [tbs["drones"], et["drones"], vn["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / fit but weak on drone warfare")
K(OFF, [tbs["off"], et["off"], ts["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [tbs["gen"], et["gen"], ts["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [tbs["arr"], et["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [tbs["sites"], ts["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [toi["ready"], et["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov Oct 18)")
K(TGT, [tbs["fair"], gn["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [toi["resc"], tbs["aesc"], nd["resc"]], "agreement",
  "escalation warning: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' and 'a dangerous expansion' (Rutte Oct 28)")
K(DEP, [tbs["adep"], nd["rdep"], toi["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov)",
  [("asserted", [tbs["adep"], nd["rdep"]]), ("dismissed", [toi["fake"]])])
K(LAW, [et["law"], nd["kjg"], toi["unsc"], ts["unsc"]], "discrepancy",
  "legality: in line with international law (Pyongyang / Kim Jong Gyu, Oct 25) vs a violation of UN Security Council "
  "resolutions (Seoul)",
  [("lawful (North Korea)", [et["law"], nd["kjg"]]), ("violates UNSC resolutions (Seoul)", [toi["unsc"], ts["unsc"]])])
K(IMG, [tbs["img"], et["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing', they 'reflect something'")
K(TREATY, [tbs["treaty"], gn["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is 'our business' / a matter for the two countries (Putin; Russian "
  "officials)")
K(WPN, [tbs["wpn"], et["hint"], et["yoon"], mt["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, depending on the North (the government, Yoon Oct 24 and "
  "Nov 7)")
K(WITHDRAW, [toi["wd"], gn["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(PEACE, [toi["peace"], et["modi"]], "agreement",
  "India: the war must be settled through dialogue / peaceful means (New Delhi; Modi to Putin Oct 22)")
K(TECH, [et["tech"], gn["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Sethi; Foreign Minister Cho)")
K(CT, [nd["ct"], ts["ct"], nd["weeks"], gn["days"], vn["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [nd["ct"], ts["ct"]]), ("several weeks (Pentagon)", [nd["weeks"]]),
   ("coming days (Blinken)", [gn["days"], vn["within"]])])
K(CS, [toi["rcs"], gn["acs"], vn["dodcs"], mt["wash"], mt["begun"], mt["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 21), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> have "
  "begun engaging in combat (State Department Nov 12; 'Washington said ... were fighting') and some already fighting "
  "(NIS Nov 13)")
K(N5, [vn["lclash"], vn["um"], mt["um"], vn["lmnd"], vn["mnd"], mt["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [vn["lclash"], vn["um"], mt["um"]]),
   ("cannot confirm (Seoul MND)", [vn["lmnd"], vn["mnd"], mt["mnd"]])])
K(FRONT, [nd["front"], nd["closer"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [nd["kyb"], gn["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [nd["terms"], ts["terms"], vn["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(NOACK, [gn["noack"], vn["noack"]], "agreement", "Moscow has not acknowledged / confirmed the deployment")
K(ICBM_T, [gn["t86"], ts["t86"], mt["t86"]], "agreement",
  "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [gn["alt"], ts["alt"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM rose above 7,000 km")
K(CHOE, [gn["choe"], vn["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")

pairs = [
    (toi["plan"], toi["fb"], "some 12,000 planned vs a first contingent of about 1,500, same sentence"),
    (toi["sofar"], toi["fb"], "about 1,500: Seoul's head count sent so far vs the first transport"),
    (toi["brig"], toi["ships"], "four brigades vs four landing ships, same sentence"),
    (toi["kys11"], toi["zel10"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (tbs["hur"], tbs["plan"], "twelve thousand already in Russia (HUR) vs some 12,000 planned (NIS)"),
    (tbs["off"], tbs["gen"], "500 officers vs three generals, same sentence"),
    (tbs["sb"], tbs["nis3"], "about 1,500 more vs a total of around 3,000, same sentence"),
    (tbs["nis3"], tbs["pr"], "around 3,000 now vs some 10,000 expected by December"),
    (tbs["sites"], tbs["gen"], "three: training sites vs generals"),
    (tbs["sb"], tbs["fb"], "about 1,500: the second group vs the first transport"),
    (et["sb"], et["wash3"], "a second group of about 1,500 vs at least 3,000 in all, same question"),
    (nd["dod10"], nd["pr"], "around 10,000 sent (Pentagon) vs some 10,000 expected by December (NIS)"),
    (nd["nis10a"], nd["pr"], "more than 10,000 now (NIS, Oct 29) vs some 10,000 forecast (NIS, Oct 23)"),
    (gn["bl8"], gn["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (gn["days"], gn["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (ts["pr"], ts["dod10"], "10,000 expected (NIS) vs around 10,000 already sent (Pentagon), same item"),
    (ts["sites"], ts["gen"], "3: training sites vs generals"),
    (ts["hur"], ts["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (vn["z11"], vn["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (mt["st10"], mt["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
