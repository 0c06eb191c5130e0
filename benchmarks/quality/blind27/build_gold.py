"""Generate gold.json for blind27 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind27/build_gold.py

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
    "ds": ("daily-sabah-2024-10-19-north-korea-decides-to-send-12000-troops-to-russia-seoul", "Daily Sabah",
           "2024-10-19"),
    "tl": ("the-times-of-israel-2024-10-23-liveblog-us-says-3000-north-korean-troops-in-russia",
           "The Times of Israel", "2024-10-23"),
    "kt": ("khaleej-times-2024-10-25-explained-how-many-north-korean-soldiers-are-in-russia", "Khaleej Times",
           "2024-10-25"),
    "hu": ("hurriyet-daily-news-2024-10-29-nato-confirms-north-korean-troops-in-kursk", "Hürriyet Daily News",
           "2024-10-29"),
    "am": ("al-monitor-2024-10-30-interview-north-korea-iran-russia-troops", "Al-Monitor", "2024-10-30"),
    "jp": ("the-jerusalem-post-2024-11-01-blinken-8000-north-korean-troops-kursk-coming-days",
           "The Jerusalem Post", "2024-11-01"),
    "n24": ("news24-2024-11-05-ukraine-says-first-clashes-with-north-korean-troops", "News24", "2024-11-05"),
    "dm": ("daily-maverick-2024-11-14-whos-who-counting-north-koreas-soldiers-in-russia", "Daily Maverick",
           "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
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
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
SWAP = "prisoners exchanged per side (UAE-mediated, Oct 18)"
LAVROV = "Russia-North Korea military ties"
MORE = "more North Korean troops expected (Ukraine)"
DEEP = "Ukraine asks permission for long-range strikes into Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
ICBM_D = "ICBM flight distance"
# new in this set
BEGUN = "North Korean troop transfer under way (NIS)"
NEXT = "further North Korean transports expected (NIS)"
THREAT = "deployment a grave security threat (Seoul)"
TACT = "North Korean officers already sent (Zelensky)"
YEARS = "years since a Russian leader's previous visit to Pyongyang"
NEGOT = "Turkey: the war to end through negotiations"
UNSURE = "US unsure what the North Korean troops will do"
GAP = "gap between Seoul's and Kyiv's counts (outlet's own)"
NATO_N = "NATO member states"
SHORT = "Russia short of manpower"
ICBMP = "North Korean ICBM launch preparations (NIS)"
IRANM = "Iran supplied ballistic missiles to Russia (US)"
FCAST = "North Korean troops in Russia by February (analyst forecast)"
RAMA = "South Africa: Russia a valued ally, negotiated settlement"
TRUMP = "Trump's promised time to end the war"


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
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
KAZEMI = "Sara Kazemi"
SK, UA, RUS, TR = "South Korea", "Ukraine", "Russia", "Turkey"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Daily Sabah, Sat 2024-10-19 (straight news story from agency copy)
# "on Friday" -> 10-18 (the lead: brigades and about 12,000 in one sentence; Budanov's "interview published Friday",
# his 11,000 and November 1 in one sentence); "on Thursday" -> 10-17 (Zelensky in Brussels; Rutte standing beside
# him). The transfer paragraph ("according to the agency"), the uniforms, "A second transport", Seoul's head count,
# the presidential office ("after the disclosure"), "He added", Budanov's 2,600, the Western official ("earlier in
# the week") and Peskov give no day. "For now, by Seoul's count, roughly 1,500 North Koreans are on Russian soil" is
# the NIS's head count that week (bundled k01), not the transport report. "in what would be Pyongyang's first
# large-scale deployment" is the outlet's. The army's size and "24 years" are the outlet's background (attributed to
# nobody). The stamp, "since ... August", "the spring of 2022", "September", the central bank's 50% and 49.38%, the
# caption and the related headlines ($5.5 billion, nine months, 3-day, 120 firms) are not annotated; "did not
# comment" is a non-reply.
ds = {}
ds["brig"] = C("ds", "North Korea has decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
ds["plan"] = C("ds", "totalling about 12,000 soldiers", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ds["begun"] = C("ds", "the transfer was already under way", kind=S, measure=BEGUN, by=NIS)
ds["fb"] = C("ds", "About 1,500 special forces troops were carried from the North's east coast to the Russian port of "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ds["win"] = C("ds", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ds["ships"] = C("ds", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ds["escort"] = C("ds", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
ds["unif"] = C("ds", "The soldiers were given Russian uniforms, Russian-made weapons and forged identity papers",
               kind=S, measure=UNIF, by=NIS)
ds["next"] = C("ds", "A second transport is expected soon.", kind=S, measure=NEXT, mod="planned", by=NIS)
ds["sofar"] = C("ds", "by Seoul's count, roughly 1,500 North Koreans are on Russian soil", value=1500, q="about",
                scope="total", by=NIS, place="Russia")
ds["threat"] = C("ds", "His office called the deployment \"a grave security threat\"", kind=S, measure=THREAT, by=PO,
                 subject=SK)
ds["unsc"] = C("ds", "said it violated U.N. Security Council resolutions", kind=S, measure=LAW, by=PO, subject=SK)
ds["zel10"] = C("ds", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ds["tact"] = C("ds", "\"tactical personnel and officers\" had already been sent", kind=S, measure=TACT, by=ZEL)
ds["bud11"] = C("ds", "some 11,000 North Korean infantrymen are training in Russia's Far East", value=11000, q="about",
                scope="total", by=BUD, ev="2024-10-18", place=RFE)
ds["ready"] = C("ds", "will be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
ds["2600"] = C("ds", "a first unit of 2,600 was to head to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
ds["rutte"] = C("ds", "the alliance had no evidence yet that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
ds["west"] = C("ds", "put the possible size of a deployment at anywhere from 2,000 to 12,000 troops", measure=PL,
               low=2000, high=12000, mod="planned", scope="total", by="Western official", place="Russia")
ds["fake"] = C("ds", "Kremlin spokesman Dmitry Peskov has dismissed an earlier account of North Korean soldiers at the front as "
               "\"another fake.\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
ds["army"] = C("ds", "whose armed forces number roughly 1.2 million active-duty personnel", measure=ARMY,
               value=1200000, q="about", unit="personnel", by=None)
ds["years"] = C("ds", "his first in 24 years", measure=YEARS, value=24, unit="years", by=None, subject=RUS)
ds["ankara"] = C("ds", "Ankara has repeatedly called for a negotiated end to the war", kind=S, measure=NEGOT,
                 by="Turkey government", subject=TR)

# ---------------------------------------------------------------- The Times of Israel, Wed 2024-10-23 (live blog)
# Entry times and entry headlines give no day and carry no claims (headlines). Each entry's own sentences do:
# Kirby "on Wednesday" -> 10-23 (his first sentence only); Austin "says in Rome on Wednesday" -> 10-23 (his evidence
# line; the quotes that follow are undated); the NIS "on Wednesday" -> 10-23 (the second group and the total in one
# sentence; Park's forecast and "Further transports" give no day); "On Monday" -> 10-21 (summons) and "the same day"
# -> 10-21 (Kyslytsya's 11,000 and November 1, the bundled k01); "last Friday" -> 10-18 (plan, brigades, first 1,500
# and window in one sentence); "a day earlier" -> 10-17 (Zelensky). The shekel, the TA-35 index, the 120-member
# Knesset and "Israeli officials" (nobody identified) are not annotated; "had no comment" is a non-reply.
tl = {}
tl["kirby3"] = C("tl", "at least 3,000 North Korean soldiers were moved by ship to Russia's Far East earlier this month",
                 value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
tl["sites"] = C("tl", "three Russian military training sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
tl["unsure"] = C("tl", "Washington does not yet know whether they will fight against Ukraine", kind=S, measure=UNSURE,
                 by=KIRBY)
tl["fair"] = C("tl", "If they're deployed to fight against Ukraine, they're fair game", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
tl["adep"] = C("tl", "there is evidence North Korean soldiers are in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
tl["aseen"] = C("tl", "What exactly they're doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
tl["aesc"] = C("tl", "If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, "
               "that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
tl["sb"] = C("tl", "another 1,500 or so North Korean troops had been sent to Russia after the first group", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
tl["nis3"] = C("tl", "bringing the total to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
tl["pr"] = C("tl", "The agency expects that number to rise to about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
tl["prd"] = C("tl", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tl["next"] = C("tl", "Further transports are being prepared", kind=S, measure=NEXT, mod="planned", by=NIS)
tl["pay"] = C("tl", "Russia is paying each North Korean soldier about $2,000 a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
tl["regime"] = C("tl", "most of it is being pocketed by the regime in Pyongyang rather than the troops", kind=S,
                 measure=REGIME, by=NIS)
tl["drones"] = C("tl", "Russian instructors have judged the North Koreans physically strong and well disciplined, but "
                 "with little understanding of drones and other modern weapons", kind=S, measure=DRONES, by=NIS)
tl["wd"] = C("tl", "summoned Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of North Korean "
             "troops from Russia", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
tl["kys"] = C("tl", "about 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
tl["ready"] = C("tl", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
tl["plan"] = C("tl", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tl["brig"] = C("tl", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
tl["fb"] = C("tl", "the first 1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tl["win"] = C("tl", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
tl["zel10"] = C("tl", "had put the number being prepared at 10,000 a day earlier", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")

# ---------------------------------------------------------------- Khaleej Times, Fri 2024-10-25 (explainer)
# "on October 18" -> 10-18 (brigades and 12,000 in one sentence); "On Wednesday" -> 10-23 (the second group, told
# without a number, and the count in one sentence; the forecast's next sentence gives no day); HUR "on Thursday" ->
# 10-24 (count, officers, generals); the arrival "on Wednesday" -> 10-23; "on October 17" -> 10-17 (Zelensky); "the
# next day" -> 10-18 (Budanov; the bundled k01); the White House "on Wednesday" -> 10-23 (count and sites in one
# sentence); Putin "on Thursday" -> 10-24 (the images line; "He added" gives none); Kim Jong Gyu "on Friday" -> 10-25.
# "a gap of about 9,000" is the outlet's arithmetic (12,000 - 3,000; attributed to nobody); "Seoul counts ... Kyiv
# appears to count" is the outlet's reading. The UAE's swap "on October 18" is that claim's own day (the mediation
# is told in the outlet's voice: attributed to nobody). "in mid-October", the stamp, "4 minutes", "Analysts say",
# "If confirmed in combat ..." and the Also-read lines (30 minutes, 30 days, 27 pavilions) are not annotated.
kt = {}
kt["brig"] = C("kt", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
kt["plan"] = C("kt", "some 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
kt["fb"] = C("kt", "about 1,500 special forces, were shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
kt["sb"] = C("kt", "a second group of similar size had followed", kind=S, measure=SB, scope="additional", by=NIS,
             ev="2024-10-23", place="Russia")
kt["nis3"] = C("kt", "putting the number in Russia at around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
kt["pr"] = C("kt", "It expects the total to reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
kt["prd"] = C("kt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
kt["pay"] = C("kt", "Each soldier is paid roughly $2,000 a month by Moscow", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
kt["hur"] = C("kt", "about 12,000 North Korean troops are already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
kt["off"] = C("kt", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
kt["gen"] = C("kt", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
kt["arr"] = C("kt", "Their first units reached Russia's Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
kt["zel10"] = C("kt", "Zelensky spoke of 10,000 being prepared on October 17", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
kt["bud"] = C("kt", "said the next day that 11,000 were training in Russia's Far East", value=11000, scope="total",
              by=BUD, ev="2024-10-18", place=RFE)
kt["gap"] = C("kt", "a gap of about 9,000 soldiers between Seoul's count and Kyiv's", measure=GAP, value=9000,
              q="about", by=None)
kt["wh3"] = C("kt", "at least 3,000 North Korean soldiers had moved to eastern Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
kt["sites"] = C("kt", "where they were training at three sites", measure=SITES, value=3, unit="training sites", by=WH,
                ev="2024-10-23", place=RFE)
kt["unsure"] = C("kt", "US officials have said they cannot yet tell whether the troops will be sent into battle",
                 kind=S, measure=UNSURE, by=USG)
kt["img"] = C("kt", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
              by=PUTIN, ev="2024-10-24", subject=RUS)
kt["treaty"] = C("kt", "how Russia applied its new treaty with Pyongyang was \"our business.\"", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
kt["kjg"] = C("kt", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
              "international law.\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
kt["swap"] = C("kt", "95 prisoners from each side were released", measure=SWAP, value=95, unit="prisoners", by=None,
               ev="2024-10-18", subject="UAE")

# ---------------------------------------------------------------- Hürriyet Daily News, Tue 2024-10-29 (press-briefing write-up)
# "on Monday" -> 10-28 (Rutte's confirmation); his quoted line and "He said" give no day. Singh's sentences give no day
# ("Washington gave one hours later" carries no claim). "last Wednesday" -> 10-23 (the White House's at least 3,000,
# told as the step before: the running total k03); the outlet's "more than three times" is its ratio (attributed to
# nobody); "had forecast last week" gives null. "On Tuesday" -> 10-29 (the NIS: count and the front in one sentence;
# the commander, the terms and the ICBM line give none). "on Saturday" -> 10-26 (Zelensky's Oct 27-28 window); "on
# Friday" -> 10-25 (Kim Jong Gyu). "32-member alliance" is annotated (attributed to nobody), as tests/gold/README.md
# does. "declined to give a number", "There was no confirmation", "did not issue a statement", "second-largest", the
# 101st anniversary, the 21-gun salute, the BIST 100 (8,861 points, 0.9 percent) and 34.27 liras are not annotated.
hu = {}
hu["rdep"] = C("hu", "confirmed on Monday that North Korean troops have been sent to Russia and that North Korean "
               "military units have been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
hu["resc"] = C("hu", "This represents a significant escalation in North Korea's ongoing involvement in Russia's illegal "
               "war, and a dangerous expansion of Russia's war", kind=S, measure=ESC, by=RUTTE)
hu["short"] = C("hu", "the deployment showed Moscow was struggling to replace its losses at the front", kind=S,
                measure=SHORT, by=RUTTE, subject=RUS)
hu["nato"] = C("hu", "the 32-member alliance", measure=NATO_N, value=32, unit="countries", by=None, subject="NATO")
hu["dod10"] = C("hu", "around 10,000 North Korean soldiers had been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=SINGH, place=RFE)
hu["closer"] = C("hu", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
hu["weeks"] = C("hu", "Russia intended to use them in combat or to support combat operations against Ukrainian forces "
                "in Kursk \"over the next several weeks,\"", kind=S, measure=CT, mod="planned", by=SINGH)
hu["ratio"] = C("hu", "The Pentagon's figure was more than three times", measure=RATIO, value=3, q="at_least",
                unit="times", by=None)
hu["wh3"] = C("hu", "the \"at least 3,000\" the White House cited last Wednesday", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
hu["pr"] = C("hu", "Seoul's spy agency had forecast last week that the number would reach 10,000", measure=PR,
             value=10000, mod="planned", scope="total", by=NIS, place="Russia")
hu["prd"] = C("hu", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
hu["nis10"] = C("hu", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
hu["front"] = C("hu", "some were believed to be moving toward the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
hu["kyb"] = C("hu", "A lieutenant general, Kim Yong Bok, had been identified as the commander", kind=S, measure=KYB,
              by=NIS)
hu["terms"] = C("hu", "the troops were being drilled in about 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
hu["icbm"] = C("hu", "the North appeared ready to test an intercontinental ballistic missile", kind=S, measure=ICBMP,
               by=NIS)
hu["ct"] = C("hu", "the first North Korean units could be sent into combat zones on Oct. 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
hu["kjg"] = C("hu", "any such deployment would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
hu["noack"] = C("hu", "The Kremlin has neither confirmed nor denied the troop presence", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
hu["treaty"] = C("hu", "points to its treaty with North Korea, which includes a mutual defense clause", kind=S,
                 measure=TREATY, by=KREMLIN, subject=RUS)
hu["fidan"] = C("hu", "the war can only be ended through negotiations", kind=S, measure=NEGOT, by="Hakan Fidan",
                subject=TR)

# ---------------------------------------------------------------- Al-Monitor, Wed 2024-10-30 (interview)
# The questions relay their origins' figures and are annotated as those origins' claims: "said Monday" -> 10-28 (the
# Pentagon), "on Saturday" -> 10-26 (Zelensky's window); "A week ago" and "last week" give null ("Washington was
# saying 3,000" -> US government, a step of the running total k03; HUR's 12,000 with officers and generals is the Oct
# 24 snapshot k02). The guest (invented) relays the NIS ("last Wednesday" -> 10-23 for the forecast and its December;
# "now say", "According to the NIS", "The NIS says" give none) and speaks for herself: her method reading, technology
# forecast, manpower reading and the 15,000-20,000 forecast are hers. Her age is annotated (attributed to nobody).
# Her asides ("Mostly, the counting caught up", "the same force arriving faster than forecast", "Over a few weeks the
# two numbers will converge", "Training a brigade ... takes time", "cash is the small part", the Gulf answer,
# "Moscow condemned the strikes", "a big shift") are not annotated. The oil paragraph (6%, $71), "since 2022" and the
# Read-more line (700,000) are not annotated.
am = {}
am["age"] = C("am", "Sara Kazemi, 44", measure=AGE, value=44, unit="years", by=None, subject=KAZEMI)
am["dod10"] = C("am", "The Pentagon said Monday that around 10,000 North Korean soldiers are in eastern Russia",
                value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
am["wash3"] = C("am", "A week ago Washington was saying 3,000", value=3000, scope="total", by=USG, place="Russia")
am["pr"] = C("am", "Seoul's spy agency said last Wednesday that it expected about 10,000", measure=PR, value=10000,
             q="about", mod="planned", scope="total", by=NIS, ev="2024-10-23", place="Russia")
am["prd"] = C("am", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
am["nis10"] = C("am", "The South Koreans now say more than 10,000 are already there.", value=10000, q="at_least",
                scope="total", by=NIS, place="Russia")
am["hur"] = C("am", "Ukraine's military intelligence said last week it was 12,000", value=12000, scope="total", by=HUR,
              place="Russia")
am["off"] = C("am", "with 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
am["gen"] = C("am", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
am["method"] = C("am", "Kyiv counts the force that has been assigned to Russia, including men still on their way",
                 kind=S, measure=METHOD, by=KAZEMI)
am["ct"] = C("am", "President Volodymyr Zelensky said on Saturday that they could be in combat on Oct. 27 and 28",
             kind=D, measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
am["terms"] = C("am", "they are being taught about a hundred Russian words of command", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
am["kyb"] = C("am", "their commander is a lieutenant general named Kim Yong Bok", kind=S, measure=KYB, by=NIS)
am["pay"] = C("am", "The NIS says about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
am["regime"] = C("am", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
am["tech"] = C("am", "I expect Moscow to pay in technology", kind=S, measure=TECH, mod="planned", by=KAZEMI)
am["iran"] = C("am", "Iran supplied the drones and, according to Washington, short-range ballistic missiles", kind=S,
               measure=IRANM, by=USG, subject="Iran")
am["short"] = C("am", "Moscow is short of soldiers, not of money", kind=S, measure=SHORT, by=KAZEMI, subject=RUS)
am["fcast"] = C("am", "somewhere between 15,000 and 20,000 North Koreans in Russia by February", measure=FCAST,
                low=15000, high=20000, mod="planned", scope="total", by=KAZEMI, place="Russia")
am["yoon"] = C("am", "President Yoon Suk Yeol has said he would not rule out sending weapons to Ukraine", kind=S,
               measure=WPN, mod="conditional", by=YOON, subject=SK)

# ---------------------------------------------------------------- The Jerusalem Post, Fri 2024-11-01 (wire story with update block)
# "on Thursday" -> 10-31 (Blinken's lead: Kursk and "in the coming days" in one sentence); his later sentences,
# Austin's and the ministers' give no day; the ICBM sentences ("Hours before the meeting" carries no claim) give none.
# "on Tuesday" -> 10-29 (the NIS: count and front in one sentence). The update's "on Friday" -> 11-01 (Choe); Lavrov's
# line gives none. "the longest flight time recorded" elaborates the ministry's statement. "Seoul has not given its
# own figure", "Moscow has not confirmed" is annotated (Kremlin), the Israeli "officials" (nobody identified), the
# Oct 26 strikes, "Neither minister mentioned troops", Peskov's "nothing to add" (a refusal), the stamps and the
# related headlines ($13 billion, 2023) are not annotated.
jp = {}
jp["bl8"] = C("jp", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
jp["days"] = C("jp", "are expected to join the fighting against Ukrainian forces in the coming days", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
jp["bl10"] = C("jp", "some 10,000 North Korean troops had been sent to Russia altogether", value=10000, q="about",
               scope="total", by=BL, place="Russia")
jp["tgt"] = C("jp", "If DPRK troops engage in combat or combat support operations against Ukraine, they will become "
              "legitimate military targets", kind=S, measure=TGT, mod="conditional", by=BL)
jp["eq"] = C("jp", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
jp["acs"] = C("jp", "He said he had not yet seen reports of them fighting.", kind=S, measure=CS, by=AUSTIN)
jp["kyh"] = C("jp", "called for the North Korean troops to be withdrawn immediately", kind=S, measure=WITHDRAW, by=KYH,
              subject=SK)
jp["cho"] = C("jp", "Seoul was worried that Moscow could hand Pyongyang sensitive military technology in exchange",
              kind=S, measure=TECH, mod="conditional", by=CHO)
jp["t86"] = C("jp", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
jp["alt"] = C("jp", "reached an altitude of over 7,000 km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
jp["dist"] = C("jp", "South Korea's Joint Chiefs of Staff said it traveled about 1,000 km", measure=ICBM_D, value=1000,
               q="about", unit="km", by=JCS)
jp["nis10"] = C("jp", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
jp["front"] = C("jp", "some were moving closer to the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
jp["noack"] = C("jp", "Moscow has not confirmed that North Korean troops are on its territory.", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
jp["treaty"] = C("jp", "The Kremlin says its cooperation with Pyongyang, sealed by a mutual defense treaty in June, is "
                 "a bilateral matter that concerns no one else", kind=S, measure=TREATY, by=KREMLIN, subject=RUS)
jp["choe"] = C("jp", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory.\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
jp["lavrov"] = C("jp", "the military and security ties between the two countries were \"very close,\"", kind=S,
                 measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- News24, Tue 2024-11-05 (straight news story from agency copy)
# The lead: "aired on Tuesday" -> 11-05 (Umerov); its second sentence ("South Korea said it could not confirm the
# account") gives no day. The body: "Rustem Umerov told ... KBS" gives none; "South Korea's defence ministry said on
# Tuesday" -> 11-05; "on Monday" -> 11-04 (Zelensky's 11,000; the Pentagon); "last Thursday" -> 10-31 (Blinken's 8,000
# and, in the same sentence, "within days"); "Zelensky also accused" gives none; "on Tuesday morning" -> 11-05 (the
# JCS); the ICBM "last Thursday" dates the 86 minutes (10-31); "on Friday" -> 11-01 (Choe to Lavrov); "on October 23"
# -> 10-23 (Ramaphosa). The NIS's "more than 10,000 ... out of about 12,000" is one sentence, undated. "That is up
# from" is the outlet's comparison. "has not commented", "did not comment", "did not respond", "Analysts said" (nobody
# identified), "since August", the election, the rand (R17.55), the JSE (0.4%), the related lines (10 November, 17:10,
# 225 days) and the byline are not annotated. Trump's "24 hours" is a count about the war (annotated).
n24 = {}
n24["lclash"] = C("n24", "Ukrainian troops have fought North Korean soldiers for the first time, Ukraine's defence "
                  "minister said in an interview aired on Tuesday", kind=S, measure=N5, by=UM, ev="2024-11-05")
n24["lmnd"] = C("n24", "South Korea said it could not confirm the account.", kind=S, measure=N5, by=MND, subject=SK)
n24["um"] = C("n24", "the first small-scale engagements had taken place", kind=S, measure=N5, by=UM)
n24["more"] = C("n24", "he expected more North Korean soldiers to arrive in the coming weeks", kind=S, measure=MORE,
                mod="planned", by=UM)
n24["mnd"] = C("n24", "South Korea's defence ministry said on Tuesday it could not confirm that North Korean troops had "
               "been in combat", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
n24["z11"] = C("n24", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000,
               by=ZEL, ev="2024-11-04", place="Kursk")
n24["bl8"] = C("n24", "the roughly 8,000 that US Secretary of State Antony Blinken said were in Kursk last Thursday",
               measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
n24["within"] = C("n24", "he predicted they would see combat within days", kind=S, measure=CT, mod="planned", by=BL,
                  ev="2024-10-31")
n24["partn"] = C("n24", "accused Ukraine's allies of watching instead of acting", kind=S, measure=PARTN, by=ZEL,
                 subject=UA)
n24["deep"] = C("n24", "repeated his request for permission to strike targets deep inside Russia", kind=S,
                measure=DEEP, by=ZEL, subject=UA)
n24["dodcs"] = C("n24", "the United States had no indication yet that North Korean soldiers had entered combat", kind=S,
                 measure=CS, by=DOD, ev="2024-11-04")
n24["nis10"] = C("n24", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total",
                 by=NIS, place="Russia")
n24["plan"] = C("n24", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
n24["srbm"] = C("n24", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
                unit="missiles", by=JCS, ev="2024-11-05")
n24["t86"] = C("n24", "Japan said flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD,
               ev="2024-10-31")
n24["choe"] = C("n24", "her country would stand by Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH,
                ev="2024-11-01")
n24["rama"] = C("n24", "called Russia \"a valued ally and friend\" and urged a negotiated settlement", kind=S,
                measure=RAMA, by="Cyril Ramaphosa", ev="2024-10-23", subject="South Africa")
n24["trump"] = C("n24", "has promised to end the war \"in 24 hours\"", measure=TRUMP, value=24, unit="hours",
                 mod="planned", by="Donald Trump", subject="United States")

# ---------------------------------------------------------------- Daily Maverick, Thu 2024-11-14 (who's who guide)
# Each entry is headed by an origin's name (the heading is not a claim); its sentences carry that origin unless they
# name another. Dates are written out ("On 18 October", "By 23 October", "on 24 October" ...) and resolve as given;
# "Six days later" after "By 23 October" -> 10-29; "five days later" after the White House's 23 October -> 10-28;
# "the day before" after 24 October -> 10-23 (HUR's arrival); "the same day" after 5 November -> 11-05; "On
# Wednesday" -> 11-13 (the NIS); "On Tuesday" -> 11-12 (the State Department, three claims in one sentence; KCNA);
# "on Sunday" -> 11-10 (the NYT's officials); "on Saturday" dates Putin's signature (an act, not annotated). The Oct
# 23 counts told as steps join the running total k03; HUR's Oct 24 count stays in the snapshot k02 (not a step of that
# count). "Would not confirm anything on 17 October" is Rutte's Oct 17 line; "Has not confirmed anything either"
# (Pyongyang) and "The government has said nothing" (Pretoria) are the outlet's. The army's size is the outlet's
# (attributed to nobody). "Four weeks", the G20 dates, "1 December", "the first African country", the contact line and
# the Read-next line (1.6%) are not annotated.
dm = {}
dm["army"] = C("dm", "roughly 1.2 million soldiers under arms", measure=ARMY, value=1200000, q="about",
               unit="personnel", by=None)
dm["plan"] = C("dm", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
dm["fb"] = C("dm", "the first 1,500 special forces were already in Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
dm["nis3"] = C("dm", "By 23 October, it said, some 3,000 were in Russia.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
dm["nis10"] = C("dm", "Six days later the spy agency put the figure at more than 10,000.", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
dm["units"] = C("dm", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
dm["combat"] = C("dm", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
dm["hur"] = C("dm", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
dm["off"] = C("dm", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
dm["gen"] = C("dm", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
dm["arr"] = C("dm", "the first units had reached Kursk the day before", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
dm["wh3"] = C("dm", "at least 3,000 from the White House on 23 October", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
dm["dod10"] = C("dm", "around 10,000 from the Pentagon five days later", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
dm["bl8"] = C("dm", "about 8,000 in the Kursk region alone, according to Secretary of State Antony Blinken on 31 "
              "October", measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
dm["st10"] = C("dm", "more than 10,000 had been sent to eastern Russia", value=10000, q="at_least", scope="total",
               by=STATE, ev="2024-11-12", place=RFE)
dm["most"] = C("dm", "that most had moved into Kursk", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
dm["begun"] = C("dm", "that they had \"begun engaging in combat operations\"", kind=S, measure=CS, by=STATE,
                ev="2024-11-12", place="Kursk")
dm["zel10"] = C("dm", "Spoke of 10,000 on 17 October", measure=PL, value=10000, mod="planned", scope="total", by=ZEL,
                ev="2024-10-17", place="Russia")
dm["z11"] = C("dm", "he put the number in Kursk at 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
dm["um"] = C("dm", "reported the first clashes on 5 November", kind=S, measure=N5, by=UM, ev="2024-11-05")
dm["mnd"] = C("dm", "Seoul's defence ministry said the same day it could not confirm them", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
dm["rutte17"] = C("dm", "Would not confirm anything on 17 October.", kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
dm["rdep"] = C("dm", "he said North Korean units had been deployed to the Kursk region", kind=S, measure=DEP,
               by=RUTTE, ev="2024-10-28", place="Kursk")
dm["fake"] = C("dm", "Dismissed the first reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
dm["noack"] = C("dm", "has never confirmed the deployment", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
dm["treaty"] = C("dm", "how Russia applies its treaty with Pyongyang is \"our business\"", kind=S, measure=TREATY,
                 by=PUTIN, ev="2024-10-24", subject=RUS)
dm["kjg"] = C("dm", "any such deployment would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
dm["ratify"] = C("dm", "Kim Jong Un had ratified the treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
dm["yoon"] = C("dm", "he did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
dm["massed"] = C("dm", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ds["sofar"], ds["bud11"], tl["kys"], kt["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 on Russian soil vs Kyiv's about 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("roughly 1,500 so far (NIS)", [ds["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [ds["bud11"], tl["kys"], kt["bud"]])])
K(RU, [tl["kirby3"], tl["nis3"], kt["nis3"], kt["wh3"], kt["hur"], am["hur"], dm["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, Kirby, White House)", [tl["kirby3"], tl["nis3"], kt["nis3"], kt["wh3"]]),
   ("about 12,000 (HUR)", [kt["hur"], am["hur"], dm["hur"]])])
K(RU, [hu["wh3"], am["wash3"], dm["nis3"], dm["wh3"], hu["dod10"], am["dod10"], dm["dod10"], jp["bl10"], hu["nis10"],
       am["nis10"], jp["nis10"], n24["nis10"], dm["nis10"], dm["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [jp["bl8"], n24["bl8"], dm["bl8"], n24["z11"], dm["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ds["plan"], tl["plan"], kt["plan"], n24["plan"], dm["plan"], ds["zel10"], tl["zel10"], kt["zel10"],
       dm["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ds["plan"], tl["plan"], kt["plan"], n24["plan"], dm["plan"]]),
   ("10,000 (Zelensky)", [ds["zel10"], tl["zel10"], kt["zel10"], dm["zel10"]])])
K(FB, [ds["fb"], tl["fb"], kt["fb"], dm["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [ds["win"], tl["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [ds["brig"], tl["brig"], kt["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [tl["sb"], kt["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 (of similar size) followed the first")
K(NEXT, [ds["next"], tl["next"]], "agreement", "NIS: further transports expected / being prepared (Oct 18, Oct 23)")
K(PR, [tl["pr"], kt["pr"], hu["pr"], am["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [tl["prd"], kt["prd"], hu["prd"], am["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [tl["pay"], kt["pay"], am["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [tl["regime"], am["regime"]], "agreement", "NIS: most of the pay is kept by the regime / the state")
K(OFF, [kt["off"], am["off"], dm["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [kt["gen"], am["gen"], dm["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [kt["arr"], dm["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [tl["sites"], kt["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [ds["ready"], tl["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(UNSURE, [tl["unsure"], tl["aseen"], kt["unsure"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Kirby; Austin's 'left to be seen'; US officials)")
K(TGT, [tl["fair"], jp["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [tl["aesc"], hu["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, Oct 23), 'a significant escalation' (Rutte, Oct 28)")
K(DEP, [tl["adep"], hu["rdep"], dm["rdep"], ds["fake"], dm["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov / the Kremlin)",
  [("asserted", [tl["adep"], hu["rdep"], dm["rdep"]]), ("dismissed", [ds["fake"], dm["fake"]])])
K(LAW, [kt["kjg"], hu["kjg"], dm["kjg"], ds["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council "
  "resolutions (Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [kt["kjg"], hu["kjg"], dm["kjg"]]), ("violates UNSC resolutions (Seoul)", [ds["unsc"]])])
K(TREATY, [kt["treaty"], hu["treaty"], jp["treaty"], dm["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is 'our business' / a bilateral matter (Putin Oct 24; the Kremlin)")
K(NOACK, [hu["noack"], jp["noack"], dm["noack"]], "agreement", "Moscow has not confirmed the deployment")
K(WITHDRAW, [tl["wd"], jp["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(CT, [hu["ct"], am["ct"], hu["weeks"], jp["days"], n24["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [hu["ct"], am["ct"]]), ("several weeks (Pentagon)", [hu["weeks"]]),
   ("coming days (Blinken)", [jp["days"], n24["within"]])])
K(CS, [ds["rutte"], dm["rutte17"], jp["acs"], n24["dodcs"], dm["begun"], dm["combat"]], "update_over_time",
  "combat status: no evidence / would not confirm (Rutte Oct 17), not yet seen (Austin Oct 31), no indication "
  "(Pentagon Nov 4) -> have begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [n24["lclash"], n24["um"], dm["um"], n24["lmnd"], n24["mnd"], dm["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [n24["lclash"], n24["um"], dm["um"]]),
   ("cannot confirm (Seoul MND)", [n24["lmnd"], n24["mnd"], dm["mnd"]])])
K(FRONT, [hu["closer"], hu["front"], jp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [hu["kyb"], am["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [hu["terms"], am["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(ICBM_T, [jp["t86"], n24["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [jp["choe"], n24["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(TECH, [am["tech"], jp["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Kazemi; Foreign Minister Cho)")
K(SHORT, [hu["short"], am["short"]], "agreement",
  "Russia is short of men: struggling to replace its losses (Rutte), short of soldiers (analyst Kazemi)")
K(WPN, [am["yoon"], dm["yoon"]], "agreement", "Yoon does not rule out sending weapons to Ukraine")
K(ARMY, [ds["army"], dm["army"]], "agreement", "North Korea's armed forces: roughly 1.2 million (outlets' background)")
K(NEGOT, [ds["ankara"], hu["fidan"]], "agreement",
  "Turkey: the war must end through negotiations (Ankara; Foreign Minister Fidan)")

pairs = [
    (ds["sofar"], ds["fb"], "about 1,500: Seoul's head count on Russian soil vs the first transport"),
    (ds["plan"], ds["fb"], "about 12,000 planned vs about 1,500 in the first transport"),
    (ds["zel10"], ds["bud11"], "10,000 being prepared (Zelensky) vs some 11,000 training (Budanov)"),
    (tl["sb"], tl["nis3"], "another 1,500 or so vs a total of about 3,000, same sentence"),
    (tl["nis3"], tl["pr"], "about 3,000 now vs about 10,000 expected by December"),
    (tl["sb"], tl["fb"], "1,500: the second group vs the first transport"),
    (tl["kys"], tl["zel10"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (kt["hur"], kt["plan"], "about 12,000 already in Russia (HUR) vs some 12,000 planned (NIS)"),
    (kt["off"], kt["gen"], "500 officers vs three generals, same sentence"),
    (kt["bud"], kt["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), same sentence"),
    (hu["dod10"], hu["pr"], "around 10,000 sent (Pentagon) vs 10,000 forecast by December (NIS)"),
    (hu["nis10"], hu["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, Oct 23)"),
    (am["dod10"], am["pr"], "around 10,000 in eastern Russia (Pentagon) vs about 10,000 expected by December (NIS)"),
    (am["hur"], am["nis10"], "12,000 (HUR, last week) vs more than 10,000 (NIS, now)"),
    (jp["bl8"], jp["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (jp["days"], jp["acs"], "combat expected in the coming days vs not yet seen fighting"),
    (n24["z11"], n24["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (n24["nis10"], n24["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (dm["bl8"], dm["dod10"], "about 8,000 in Kursk vs around 10,000 in Russia, same sentence"),
    (dm["hur"], dm["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
