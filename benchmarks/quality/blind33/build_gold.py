"""Generate gold.json for blind33 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind33/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "tri": ("the-express-tribune-2024-10-21-seoul-summons-russian-envoy-kyiv-says-11000-north-koreans-training",
            "The Express Tribune", "2024-10-21"),
    "aj": ("aju-press-2024-10-23-nis-says-1500-more-north-korean-troops-sent-3000-in-russia", "Aju Press",
           "2024-10-23"),
    "tn": ("taiwan-news-2024-10-24-white-house-says-3000-north-korean-troops-ukraine-says-12000", "Taiwan News",
           "2024-10-24"),
    "tp": ("theprint-2024-10-25-explained-why-seoul-says-3000-kyiv-12000-north-korean-troops", "ThePrint",
           "2024-10-25"),
    "hk": ("hong-kong-free-press-2024-10-29-pentagon-says-10000-north-korean-troops-sent-to-russia",
           "Hong Kong Free Press", "2024-10-29"),
    "fp": ("firstpost-2024-11-01-world-tonight-blinken-8000-north-korean-troops-kursk", "Firstpost", "2024-11-01"),
    "st": ("the-standard-2024-11-02-tracker-how-many-north-korean-troops-in-russia", "The Standard (Hong Kong)",
           "2024-11-02"),
    "ds": ("the-daily-star-2024-11-05-interview-north-korean-troops-kursk-what-the-numbers-mean",
           "The Daily Star (Bangladesh)", "2024-11-05"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
ARMY = "North Korea's armed forces (size)"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
USE = "North Korean troops to be used against Ukraine (Kyiv)"
PEACE = "the war to be settled through dialogue / peaceful means"
LAVROV = "Russia-North Korea military ties"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MORE_TR = "further North Korean transports expected (NIS)"
FAM = "soldiers' families isolated to keep the deployment secret"
THREAT = "deployment a grave security threat (Seoul)"
UNSURE = "Washington unsure what the North Korean troops will do"
MOFA_TW = "Taiwan watching Russia-North Korea cooperation"
INTENT = "Russia intends to use North Korean troops in combat"
CHINA = "China not aware of the deployment"
HW = "name of the Oct 31 ICBM (Hwasong-19)"
ROT = "rotation of North Korean units expected (analyst)"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
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
JCS = "South Korea Joint Chiefs of Staff"
KABIR = "Farhana Kabir"
SK, UA, RUS, IN, CN = "South Korea", "Ukraine", "Russia", "India", "China"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Express Tribune, Mon 2024-10-21 (straight news story from agency copy)
# "on Monday" -> 10-21 (the summons in the lead and, by "as", Kyslytsya's figure told at the UN the same day, as
# blind23 read its lead; Rutte); "on Friday" -> 10-18 (Budanov's first unit in the relative clause; the NIS's
# brigades, plan, first transport, window and ships in one sentence); "last Thursday" in a Monday -> 10-17. The
# foreign ministry's UNSC line and Zinoviev's reply carry no day. "The figure echoed the one given on Friday by
# Kyrylo Budanov" is Budanov's 11,000 without a numeral and is not annotated. "By Seoul's reckoning, those fifteen
# hundred are the only ... so far" is the NIS's head count (bundled k01), not the transfer report. The 1.2 million
# is background attributed to nobody. "first large-scale", "in June", the KSE-100 (0.8 per cent, 86,450), petrol
# (Rs247, "fortnight") and the Read-more lines ($7 billion) are not annotated.
tri = {}
tri["lead11"] = C("tri", "some 11,000 North Korean soldiers were already training in Russia's far east", value=11000,
                  q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
tri["wd"] = C("tri", "demanded the immediate withdrawal of North Korean troops from Russia", kind=S, measure=WITHDRAW,
              by=SKG, ev="2024-10-21", subject=SK)
tri["unsc"] = C("tri", "the military cooperation between Moscow and Pyongyang was a clear violation of UN Security "
                "Council resolutions", kind=S, measure=LAW, by=SKFM, subject=SK)
tri["zinov"] = C("tri", "Zinoviev replied that the cooperation did not target South Korea's security interests", kind=S,
                 measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
tri["kys11"] = C("tri", "about 11,000 North Korean infantrymen were being drilled at bases in eastern Russia",
                 value=11000, q="about", scope="total", by=KYS, place=RFE)
tri["ready"] = C("tri", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=KYS)
tri["use"] = C("tri", "\"They will be used against Ukraine,\" he said.", kind=S, measure=USE, mod="planned", by=KYS)
tri["2600"] = C("tri", "the first unit of 2,600 men was to be sent to Russia's Kursk region", measure=FIRSTU,
                value=2600, mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
tri["brig"] = C("tri", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
                mod="planned", by=NIS, ev="2024-10-18")
tri["plan"] = C("tri", "some 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
                by=NIS, ev="2024-10-18", place="Russia")
tri["fb"] = C("tri", "about 1,500 special forces had already been carried to Vladivostok", measure=FB, value=1500,
              q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tri["win"] = C("tri", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS, ev="2024-10-18")
tri["ships"] = C("tri", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 ev="2024-10-18", subject=RUS)
tri["unif"] = C("tri", "The men were handed Russian uniforms and forged identity papers, it said.", kind=S,
                measure=UNIF, by=NIS)
tri["sofar"] = C("tri", "those fifteen hundred are the only North Korean soldiers on Russian soil so far", value=1500,
                 scope="total", by=NIS, place="Russia")
tri["more"] = C("tri", "Further transports are expected soon, the agency added.", kind=S, measure=MORE_TR,
                mod="planned", by=NIS)
tri["zel10"] = C("tri", "Pyongyang was preparing 10,000 soldiers for Russia's army", measure=PL, value=10000,
                 mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
tri["rcs"] = C("tri", "the alliance could not yet confirm that North Korean soldiers were fighting", kind=S, measure=CS,
               by=RUTTE, ev="2024-10-21")
tri["resc"] = C("tri", "if they were, it would mark \"a significant escalation\"", kind=S, measure=ESC,
                mod="conditional", by=RUTTE, ev="2024-10-21")
tri["fake"] = C("tri", "The Kremlin has dismissed the reports, with spokesman Dmitry Peskov calling them \"another "
                "fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
tri["army"] = C("tri", "keeps about 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
                unit="people", by=None)
tri["pk"] = C("tri", "Islamabad was \"following developments\" and called for the conflict to be settled through "
              "dialogue", kind=S, measure=PEACE, by="Pakistan Foreign Office", subject="Pakistan")

# ---------------------------------------------------------------- Aju Press, Wed 2024-10-23 (press-briefing write-up)
# "told lawmakers on Wednesday" -> 10-23 (the second group, the count, the forecast and December in the lead's one
# sentence); "Last Friday" -> 10-18 (plan, brigades, first group in one sentence); "said on Monday" -> 10-21
# (Kyslytsya, relayed by title); "on Monday" -> 10-21 (the summons); "On Tuesday" -> 10-22 (the presidential
# official); "said on Wednesday" -> 10-23 (Austin's evidence); his "left to be seen" sentence has no day. The
# lawmakers' relays ("Park quoted the agency", "Lee said", "citing the agency", "according to Park") are the NIS's.
# "The numbers given to the committee are the spy agency's own count ..." and "Kyiv's estimates are much higher" are
# the outlet's remarks; "second closed-door briefing", "less than a week", the KOSPI (1.3 percent, 2,599.62), the won
# (1,382), "early August" and the related headlines (9.1 trillion won, record exports) are not annotated.
aj = {}
aj["sb"] = C("aj", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
aj["nis3"] = C("aj", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
aj["pr"] = C("aj", "the spy agency expects the total to reach about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-23", place="Russia")
aj["prd"] = C("aj", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
aj["sec"] = C("aj", "\"A second transport has taken place after the first one,\" Park quoted the agency as saying.",
              kind=S, measure=SB, scope="additional", by=NIS, place="Russia")
aj["more"] = C("aj", "More transports are being prepared, he said.", kind=S, measure=MORE_TR, mod="planned", by=NIS)
aj["pay"] = C("aj", "the Russian side pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
aj["regime"] = C("aj", "most of that money ends up in the coffers of the Pyongyang regime rather than with the men "
                 "themselves", kind=S, measure=REGIME, by=NIS)
aj["drones"] = C("aj", "Russian instructors rate the North Koreans as physically strong and motivated but poorly "
                 "prepared for drone warfare", kind=S, measure=DRONES, by=NIS)
aj["fam"] = C("aj", "Families of the deployed soldiers have been moved and isolated to keep the dispatch secret",
              kind=S, measure=FAM, by=NIS)
aj["plan"] = C("aj", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
aj["brig"] = C("aj", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
aj["fb"] = C("aj", "a first group of some 1,500 special forces had already been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
aj["kys"] = C("aj", "about 11,000 North Koreans were training in Russia's far east", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
aj["wd"] = C("aj", "demanded that the North Korean troops be withdrawn", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)
aj["wpn"] = C("aj", "Seoul could consider providing weapons to Ukraine, starting with defensive arms", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
aj["threat"] = C("aj", "The office had earlier called the deployment a grave threat to the country's security.", kind=S,
                 measure=THREAT, by=PO, subject=SK)
aj["adep"] = C("aj", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
aj["unsure"] = C("aj", "What exactly they are doing there \"is left to be seen,\" he said.", kind=S, measure=UNSURE,
                 by=AUSTIN)

# ---------------------------------------------------------------- Taiwan News, Thu 2024-10-24 (wire story with an update block)
# "said on Wednesday (U.S. time)" -> 10-23 (the White House's count); Kirby's three lines ("told reporters", "he
# said") carry no day; "given on Wednesday in Seoul" -> 10-23 (the NIS's count, forecast and December in one
# sentence); "said on Thursday" -> 10-24 (HUR's count, officers and generals in one sentence) with the arrival "on
# Wednesday" -> 10-23 (an arrival takes its own day, as blind21-31 did); Yoon "on Thursday" -> 10-24. Austin's "speaking
# in Rome" gives no day. In the update block the day is in "asked ... on Thursday, did not deny them" (the outlet's
# remark); the quote itself and "Putin added" stay undated. "between early and mid-October" (a vague window) is not a
# date claim and sits outside the count's quote. "That is four times ..." is the outlet's ratio (nobody). "the first
# figure", "ten days after", the 153 aircraft of China's drills (not this war), "Taiwanese officials" (unnamed), the
# Duma's ratification (an event), the Taiex (0.5%, 23,218) and the related headlines (US$65.3 billion) are not
# annotated.
tn = {}
tn["wh3"] = C("tn", "At least 3,000 North Korean soldiers were moved to Russia's Far East by ship", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
tn["sites"] = C("tn", "the troops were training at three military sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
tn["unclear"] = C("tn", "it was unclear whether they would go on to fight alongside Russian forces", kind=S,
                  measure=UNSURE, by=KIRBY)
tn["fair"] = C("tn", "\"If they do deploy to fight against Ukraine, they are fair game,\" he said.", kind=S,
               measure=TGT, mod="conditional", by=KIRBY)
tn["nis3"] = C("tn", "about 3,000 North Koreans had arrived so far", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
tn["pr"] = C("tn", "it expected some 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
tn["prd"] = C("tn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
tn["hur"] = C("tn", "about 12,000 North Korean troops", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
              place="Russia")
tn["off"] = C("tn", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
tn["gen"] = C("tn", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
tn["arr"] = C("tn", "the first units had reached the Kursk region bordering Ukraine on Wednesday", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
tn["ratio"] = C("tn", "That is four times the figure given by Seoul and Washington.", measure=RATIO, value=4,
                unit="times", by=None)
tn["aesc"] = C("tn", "it would be \"a very, very serious issue\" with consequences in the Indo-Pacific as well as in "
               "Europe", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
tn["yoon"] = C("tn", "Seoul would not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
tn["mofa"] = C("tn", "Taipei was closely watching the military cooperation between Moscow and Pyongyang and would keep "
               "sharing information with like-minded partners", kind=S, measure=MOFA_TW,
               by="Taiwan Ministry of Foreign Affairs", subject="Taiwan")
tn["img"] = C("tn", "Images are a serious thing. If there are images, they reflect something", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
tn["treaty"] = C("tn", "how Russia applied its new strategic partnership treaty with North Korea was \"our business\"",
                 kind=S, measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- ThePrint, Fri 2024-10-25 (explainer with question headings)
# "On 18 October" -> 10-18 (plan and brigades; the next sentence, "It said", is undated); "On Wednesday" -> 10-23 (the
# second batch, the count, the forecast and December in one sentence); "said on Thursday" -> 10-24 (HUR) with the
# arrival "on Wednesday" -> 10-23; "Earlier, ... had spoken of" gives no day (Zelensky, Budanov, November 1); the White
# House "said on Wednesday" -> 10-23; Kim Jong Gyu "on Friday" -> 10-25; Putin "on Thursday" -> 10-24; Modi "on
# Tuesday" -> 10-22. Budanov's 11,000 is the week of Oct 17-22 (k01), told in an Oct 25 explainer as blind23's ET
# interview told it. "The NIS counts ...; Kyiv appears to count ...", "Washington, for now, is closer to Seoul",
# "Analysts in Seoul say", the MEA's non-comment, the paragraph on Indians recruited by Russia (the outlet's voice),
# "since August", "a third country's army" and the Also-read line (662 points, 24,400) are not annotated. "but would
# not confirm" is a refusal.
tp = {}
tp["plan"] = C("tp", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tp["brig"] = C("tp", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
tp["fb"] = C("tp", "a first batch of roughly 1,500 special forces had been ferried to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
tp["sb"] = C("tp", "a second batch of similar size had followed", kind=S, measure=SB, scope="additional", by=NIS,
             ev="2024-10-23", place="Russia")
tp["nis3"] = C("tp", "putting the total at about 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
tp["pr"] = C("tp", "it expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
tp["prd"] = C("tp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
tp["hur"] = C("tp", "around 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
tp["arr"] = C("tp", "some had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
tp["zel10"] = C("tp", "President Volodymyr Zelensky had spoken of 10,000 being prepared", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, place="Russia")
tp["bud"] = C("tp", "HUR chief Kyrylo Budanov of some 11,000 training in Russia's east", value=11000, q="about",
              scope="total", by=BUD, place=RFE)
tp["ready"] = C("tp", "to be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
tp["wh3"] = C("tp", "the White House said on Wednesday that at least 3,000 had been moved by ship", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
tp["law"] = C("tp", "it would be \"an act conforming with the regulations of international law\"", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
tp["unsc"] = C("tp", "Seoul's foreign ministry says any such cooperation violates UN Security Council resolutions",
               kind=S, measure=LAW, by=SKFM, subject=SK)
tp["img"] = C("tp", "said images \"reflect something\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
tp["pay"] = C("tp", "Russia is paying roughly $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tp["regime"] = C("tp", "most of which goes to the state rather than the men", kind=S, measure=REGIME, by=NIS)
tp["modi"] = C("tp", "told Putin on Tuesday that India supported a peaceful resolution of the conflict and stood ready "
               "to help", kind=S, measure=PEACE, by="Narendra Modi", ev="2024-10-22", subject=IN)

# ---------------------------------------------------------------- Hong Kong Free Press, Tue 2024-10-29 (straight news story from AFP copy)
# "said on Monday" -> 10-28 (the Pentagon's count and "moved closer" in one sentence); Singh's quote and "over the
# next several weeks" carry no day ("told reporters", "She said"); "Last Wednesday" in a Tuesday -> 10-23 (the White
# House's 3,000 told as the step before: k03); "Hours earlier" after the Pentagon's Monday -> 10-28 (Rutte's
# confirmation, as blind29 read "Hours earlier"); his quote sentence is undated; "In Seoul on Tuesday" -> 10-29 (the
# NIS's count and the front); "The agency said" (Kim Yong Bok, terms) and "last week" (the forecast, HUR) give no day;
# Zelensky "on Saturday" -> 10-26 (a date claim carrying the statement's day); Kim Jong Gyu "on Friday" -> 10-25.
# HUR's Oct 24 count stays in the snapshot k02. "more than three times the figure Washington gave less than a week
# earlier" is the outlet's ratio (nobody). "Singh declined", "There was no confirmation by Tuesday", "its count has
# already passed that figure", "which obliges each side ...", the Hang Seng (0.5 percent, 20,701) and the support line
# (HK$100, 1 per cent) are not annotated.
hk = {}
hk["dod10"] = C("hk", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
hk["ratio"] = C("hk", "more than three times the figure Washington gave less than a week earlier", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
hk["closer"] = C("hk", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
hk["intent"] = C("hk", "We are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH, subject=RUS)
hk["weeks"] = C("hk", "She said they could be used \"over the next several weeks\".", kind=S, measure=CT, mod="planned",
                by=SINGH)
hk["wh3"] = C("hk", "the White House had said at least 3,000 North Koreans were in Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
hk["rdep"] = C("hk", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
hk["resc"] = C("hk", "\"This represents a significant escalation,\" Rutte told reporters, calling the deployment \"a "
               "dangerous expansion of Russia's war\"", kind=S, measure=ESC, by=RUTTE)
hk["nis10"] = C("hk", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
hk["front"] = C("hk", "some appeared to be moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
hk["kyb"] = C("hk", "the contingent was led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
hk["terms"] = C("hk", "about 100 basic Russian military terms", measure=TERMS, value=100, q="about", unit="terms",
                by=NIS)
hk["pr"] = C("hk", "it expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS, place="Russia")
hk["prd"] = C("hk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
hk["hur"] = C("hk", "Ukraine's military intelligence put the number at about 12,000 last week", value=12000, q="about",
              scope="total", by=HUR, place="Russia")
hk["ct"] = C("hk", "the first North Korean troops could be deployed to combat zones on October 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
hk["noack"] = C("hk", "The Kremlin has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
hk["law"] = C("hk", "any such deployment would be lawful", kind=S, measure=LAW, mod="conditional", by=KJG,
              ev="2024-10-25")
hk["wpn"] = C("hk", "Seoul has said it could respond in stages, including by supplying weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=SKG, subject=SK)
hk["china"] = C("hk", "has said it is \"not aware\" of the situation", kind=S, measure=CHINA,
                by="China Foreign Ministry", subject=CN)
hk["chpeace"] = C("hk", "its foreign ministry has repeatedly called for a political settlement in Ukraine", kind=S,
                  measure=PEACE, by="China Foreign Ministry", subject=CN)

# ---------------------------------------------------------------- Firstpost, Fri 2024-11-01 (broadcast news segment)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure); his later sentences ("He said", "In all, he said"), the SOT,
# the correspondent's Austin, Kim Yong-hyun and Cho lines and the ministry's "says" give no day; "said on Tuesday" ->
# 10-29 (the NIS's count, relayed by the correspondent); "today" -> 11-01 (state media's name; Choe in Moscow). The
# anchor's lead ("Washington now says ... and it expects them to fight within days") is two undated `US government`
# claims. "Hours before those talks" dates nothing in its own claims' sentence. "the longest flight the North has
# ever recorded", the anchor's remarks on India, the Sensex (335 points, 79,724), the Nifty (99 points), Delhi's AQI
# (350), "Segment 2", the broadcast time and the running time are not annotated.
fp = {}
fp["wlead"] = C("fp", "Washington now says North Korean soldiers are in Russia's Kursk region", kind=S, measure=DEP,
                by=USG, place="Kursk")
fp["wdays"] = C("fp", "it expects them to fight within days", kind=S, measure=CT, mod="planned", by=USG)
fp["bl8"] = C("fp", "about 8,000 North Korean troops are now in Kursk", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
fp["days"] = C("fp", "Washington expected them to engage in combat against Ukrainian forces \"in the coming days\"",
               kind=S, measure=CT, mod="planned", by=BL)
fp["bl10"] = C("fp", "some 10,000 North Korean soldiers have been sent to Russia", value=10000, q="about",
               scope="total", by=BL, place="Russia")
fp["tgt"] = C("fp", "If these troops fight against Ukraine, they become legitimate military targets.", kind=S,
              measure=TGT, mod="conditional", by=BL)
fp["eq"] = C("fp", "Russia had been training the North Koreans in artillery, drones and basic infantry tactics", kind=S,
             measure=EQ, by=AUSTIN, subject=RUS)
fp["acs"] = C("fp", "he had not yet seen reports of them in combat", kind=S, measure=CS, by=AUSTIN)
fp["kyh"] = C("fp", "Kim Yong-hyun called for the troops' immediate withdrawal", kind=S, measure=WITHDRAW, by=KYH,
              subject=SK)
fp["cho"] = C("fp", "Russia might give North Korea sensitive military technology in return", kind=S, measure=TECH,
              mod="conditional", by=CHO)
fp["nis10"] = C("fp", "said on Tuesday that the number had passed 10,000", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
fp["t86"] = C("fp", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
fp["alt"] = C("fp", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
fp["hw"] = C("fp", "Pyongyang's state media today named the missile the Hwasong-19", kind=S, measure=HW, by="KCNA",
             ev="2024-11-01")
fp["choe"] = C("fp", "Pyongyang would stand by its Russian comrades \"until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
fp["lavrov"] = C("fp", "Lavrov said the two countries' militaries and security services had very close ties", kind=S,
                 measure=LAVROV, by="Sergei Lavrov", subject=RUS)
fp["noack"] = C("fp", "The Kremlin, for its part, still will not say whether North Korean soldiers are on Russian soil.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
fp["mea"] = C("fp", "India has consistently called for dialogue and diplomacy to end the conflict", kind=S,
              measure=PEACE, by="India Ministry of External Affairs", subject=IN)

# ---------------------------------------------------------------- The Standard (Hong Kong), Sat 2024-11-02 (tracker table)
# Each table row is read as one sentence: its Date cell dates every claim in the row (the speaker's local day), its
# Who cell is the origin, and the quote runs from the Figure cell through the first words of the What-it-counts cell
# ("about 3,000 | soldiers in Russia after a second transport"); the row's hedge is the figure's qualifier. The Oct 23
# and later counts are steps of the running total (k03); HUR's Oct 24 row stays in the snapshot k02, and Budanov's
# Oct 18 row in k01. Below the table: "On Oct 23 the NIS said" -> 10-23 (forecast and December); "Budanov's figure was
# repeated ... by ... Kyslytsya" and "Six days later its own count had already passed that" carry no numeral and are
# not annotated; "Seoul's first figure is a plan ...", "HUR's figure has not moved ...", "No government had
# confirmed combat ... as of Friday evening" and the week's events (the ICBM test, Choe's arrival) are the outlet's
# voice. The Hang Seng (0.9 percent, 20,506, 2.4 percent), 19 degrees, the sources and related lines are not annotated.
st = {}
st["zel10"] = C("st", "10,000 | soldiers he said Pyongyang was preparing for Russia", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
st["plan"] = C("st", "about 12,000 | troops the North has decided to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
st["brig"] = C("st", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
st["fb"] = C("st", "about 1,500 | special forces in the first transport to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
st["bud"] = C("st", "about 11,000 | infantry training in Russia's east", value=11000, q="about", scope="total", by=BUD,
              ev="2024-10-18", place=RFE)
st["ready"] = C("st", "ready by Nov 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
st["nis3"] = C("st", "about 3,000 | soldiers in Russia after a second transport", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
st["wh3"] = C("st", "at least 3,000 | soldiers moved by ship to Russia's Far East", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
st["hur"] = C("st", "about 12,000 | soldiers already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
st["off"] = C("st", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
st["gen"] = C("st", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
st["dod10"] = C("st", "about 10,000 | soldiers sent to eastern Russia for training", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
st["nis10"] = C("st", "more than 10,000 | soldiers in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
st["front"] = C("st", "some moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
st["bl8"] = C("st", "about 8,000 | soldiers in Russia's Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
st["pr"] = C("st", "the NIS said it expected the number to reach 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
st["prd"] = C("st", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
st["noack"] = C("st", "Moscow has not confirmed that North Korean soldiers are on Russian soil", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
st["law"] = C("st", "Pyongyang calls any such help lawful", kind=S, measure=LAW, by=NKFM)

# ---------------------------------------------------------------- The Daily Star (Bangladesh), Tue 2024-11-05 (interview)
# The intro: "in an interview aired today" -> 11-05 (Umerov), "said today" -> 11-05 (the defence ministry), "A day
# earlier" -> 11-04 (Zelensky's Kursk count), "Early this morning" -> 11-05 (the JCS's missiles). The questions'
# figures are their origins' claims, undated unless the question gives a day ("The Pentagon said on Monday" ->
# 11-04): "Kyiv says 11,000 in Kursk." restates Zelensky's count (given to him), "Last week Washington said about
# 8,000." is `US government`, "Seoul's spy agency says more than 10,000 ..., out of about 12,000 ..." holds two NIS
# claims, "Now Kyiv says they have." is `Ukraine government` on the clashes side. The guest (invented) speaks for
# herself in her rotation forecast ("within six months", up_to) and technology forecast; what she relays keeps its
# origin (the NIS's pay and the regime's share, the Kremlin's silence, Choe's promise "last week", Dhaka's line); her
# age is annotated (nobody). Her asides ("Mostly, yes", the snapshots, "Both can be true", "Money first", "That is
# not the behaviour ...", "Whoever wins ...") are not annotated; "yesterday she was received by Putin" is an event.
# The taka (Tk 120) and reserves ($19.9 billion) are not annotated.
ds = {}
ds["um"] = C("ds", "his forces had fought North Korean soldiers for the first time, in what he called small-scale "
             "engagements", kind=S, measure=N5, by=UM, ev="2024-11-05", place="Kursk")
ds["mnd"] = C("ds", "South Korea's defence ministry said today it could not confirm the account", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
ds["z11"] = C("ds", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
ds["srbm"] = C("ds", "North Korea fired about seven short-range ballistic missiles into the sea", measure=SRBM, value=7,
               q="about", unit="missiles", by=JCS, ev="2024-11-05")
ds["age"] = C("ds", "Dr Farhana Kabir, 47", measure=AGE, value=47, unit="years", by=None, subject=KABIR)
ds["qz11"] = C("ds", "Kyiv says 11,000 in Kursk.", measure=KU, value=11000, by=ZEL, place="Kursk")
ds["qbl8"] = C("ds", "Last week Washington said about 8,000.", measure=KU, value=8000, q="about", by=USG,
               place="Kursk")
ds["nis10"] = C("ds", "more than 10,000 are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
ds["plan"] = C("ds", "about 12,000 that Pyongyang decided to send", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
ds["rot"] = C("ds", "fresh units to start replacing the first ones within six months", measure=ROT, value=6,
              q="up_to", unit="months", mod="planned", by=KABIR)
ds["dodcs"] = C("ds", "it had no indication yet that they had entered combat", kind=S, measure=CS, by=DOD,
                ev="2024-11-04")
ds["qkyiv"] = C("ds", "Now Kyiv says they have.", kind=S, measure=N5, by=UAG)
ds["pay"] = C("ds", "Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ds["regime"] = C("ds", "most of it goes to the regime", kind=S, measure=REGIME, by=NIS)
ds["tech"] = C("ds", "I expect Moscow to help with satellite and submarine technology", kind=S, measure=TECH,
               mod="planned", by=KABIR)
ds["noack"] = C("ds", "The Kremlin still has not confirmed they are there.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ds["choe"] = C("ds", "Pyongyang's foreign minister promised in Moscow last week to stand with Russia until victory",
               kind=S, measure=CHOE, by=CHOE_SH)
ds["dhaka"] = C("ds", "the war should end at the negotiating table", kind=S, measure=PEACE, by="Bangladesh government",
                subject="Bangladesh")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [tri["sofar"], tri["lead11"], tri["kys11"], aj["kys"], tp["bud"], st["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500 on Russian soil so far vs Kyiv's about 11,000 training in the "
  "east (Kyslytsya Oct 21, Budanov Oct 18)",
  [("1,500 so far (NIS)", [tri["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [tri["lead11"], tri["kys11"], aj["kys"], tp["bud"], st["bud"]])])
K(RU, [aj["nis3"], tn["nis3"], tp["nis3"], tn["wh3"], tp["wh3"], tn["hur"], tp["hur"], hk["hur"], st["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [aj["nis3"], tn["nis3"], tp["nis3"], tn["wh3"], tp["wh3"]]),
   ("about 12,000 (HUR)", [tn["hur"], tp["hur"], hk["hur"], st["hur"]])])
K(RU, [hk["wh3"], st["nis3"], st["wh3"], hk["dod10"], st["dod10"], fp["bl10"], hk["nis10"], fp["nis10"],
       st["nis10"], ds["nis10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: about / at least 3,000 (Oct 23, told as the step before) -> about "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29)")
K(KU, [fp["bl8"], st["bl8"], ds["qbl8"], ds["z11"], ds["qz11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken Oct 31; 'Washington') -> 11,000 (Zelensky Nov 4)")
K(PL, [tri["plan"], aj["plan"], tp["plan"], st["plan"], ds["plan"], tri["zel10"], tp["zel10"], st["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [tri["plan"], aj["plan"], tp["plan"], st["plan"], ds["plan"]]),
   ("10,000 (Zelensky)", [tri["zel10"], tp["zel10"], st["zel10"]])])
K(FB, [tri["fb"], aj["fb"], tp["fb"], st["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(BRIG, [tri["brig"], aj["brig"], tp["brig"], st["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [aj["sb"], aj["sec"], tp["sb"]], "agreement",
  "NIS (Oct 23): a second transport of about 1,500 (of similar size) followed the first")
K(MORE_TR, [tri["more"], aj["more"]], "agreement", "NIS: further transports expected / being prepared (Oct 18, Oct 23)")
K(PR, [aj["pr"], tn["pr"], tp["pr"], hk["pr"], st["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [aj["prd"], tn["prd"], tp["prd"], hk["prd"], st["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [aj["pay"], tp["pay"], ds["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [aj["regime"], tp["regime"], ds["regime"]], "agreement", "NIS: most of the pay goes to the regime / state")
K(READY, [tri["ready"], tp["ready"], st["ready"]], "agreement",
  "ready by November 1 (Kyslytsya Oct 21; Budanov Oct 18)")
K(OFF, [tn["off"], st["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [tn["gen"], st["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [tn["arr"], tp["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(UNSURE, [aj["unsure"], tn["unclear"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin's 'left to be seen', Kirby's 'unclear')")
K(TGT, [tn["fair"], fp["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [tri["resc"], tn["aesc"], hk["resc"]], "agreement",
  "escalation warning: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' asserted (Rutte Oct 28)")
K(DEP, [aj["adep"], hk["rdep"], fp["wlead"], tri["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28, 'Washington now says') vs dismissed as 'another fake' (Peskov)",
  [("asserted", [aj["adep"], hk["rdep"], fp["wlead"]]), ("dismissed", [tri["fake"]])])
K(LAW, [tp["law"], hk["law"], st["law"], tri["unsc"], tp["unsc"]], "discrepancy",
  "legality: in line with international law / lawful (Kim Jong Gyu Oct 25; Pyongyang) vs a violation of UN Security "
  "Council resolutions (Seoul's foreign ministry)",
  [("lawful (North Korea)", [tp["law"], hk["law"], st["law"]]),
   ("violates UNSC resolutions (Seoul)", [tri["unsc"], tp["unsc"]])])
K(IMG, [tn["img"], tp["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing', they 'reflect something'")
K(WPN, [aj["wpn"], tn["yoon"], hk["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, in stages, depending on the North (presidential official "
  "Oct 22, Yoon Oct 24, 'Seoul has said')")
K(WITHDRAW, [tri["wd"], aj["wd"], fp["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(PEACE, [tri["pk"], tp["modi"], hk["chpeace"], fp["mea"], ds["dhaka"]], "agreement",
  "third countries: the war to be settled through dialogue / peacefully (Pakistan, Modi, China, India's MEA, Dhaka)")
K(TECH, [fp["cho"], ds["tech"]], "agreement",
  "North Korea may get Russian military technology in return (Cho Tae-yul; analyst Kabir)")
K(CT, [hk["ct"], hk["weeks"], fp["wdays"], fp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'within days' / 'in "
  "the coming days' (Washington, Blinken Oct 31)",
  [("Oct 27-28 (Zelensky)", [hk["ct"]]), ("several weeks (Pentagon)", [hk["weeks"]]),
   ("coming days (Blinken, Washington)", [fp["wdays"], fp["days"]])])
K(CS, [tri["rcs"], fp["acs"], ds["dodcs"]], "agreement",
  "not in combat as far as anyone confirms: could not yet confirm (Rutte Oct 21), not yet seen (Austin Oct 31), no "
  "indication (Pentagon Nov 4)")
K(N5, [ds["um"], ds["qkyiv"], ds["mnd"]], "discrepancy",
  "Nov 5: first small-scale engagements (Umerov; 'Kyiv says') vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [ds["um"], ds["qkyiv"]]), ("cannot confirm (Seoul MND)", [ds["mnd"]])])
K(FRONT, [hk["closer"], hk["front"], st["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(NOACK, [hk["noack"], fp["noack"], st["noack"], ds["noack"]], "agreement",
  "Moscow has not confirmed / will not say whether North Korean troops are on its soil")
K(CHOE, [fp["choe"], ds["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")

pairs = [
    (tri["plan"], tri["fb"], "some 12,000 planned vs about 1,500 in the first transport, same sentence"),
    (tri["sofar"], tri["fb"], "1,500: Seoul's head count on Russian soil vs the first transport"),
    (tri["kys11"], tri["zel10"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (aj["sb"], aj["nis3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (aj["nis3"], aj["pr"], "around 3,000 now vs about 10,000 expected, same sentence"),
    (aj["sb"], aj["fb"], "about 1,500: the second transport vs the first"),
    (tn["off"], tn["gen"], "500 officers vs three generals, same sentence"),
    (tn["nis3"], tn["pr"], "about 3,000 arrived vs some 10,000 expected, same sentence"),
    (tp["hur"], tp["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (tp["zel10"], tp["bud"], "10,000 being prepared (Zelensky) vs 11,000 training (Budanov), same sentence"),
    (hk["dod10"], hk["pr"], "around 10,000 sent (Pentagon) vs 10,000 expected by December (NIS)"),
    (hk["nis10"], hk["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, Oct 23)"),
    (hk["dod10"], hk["hur"], "the Pentagon's 10,000 (Oct 28) vs HUR's 12,000 (Oct 24)"),
    (fp["bl8"], fp["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (fp["days"], fp["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (st["hur"], st["plan"], "12,000: HUR's count vs the NIS's plan, two rows of one table"),
    (st["dod10"], st["zel10"], "10,000: the Pentagon's count sent vs Zelensky's 10,000 being prepared"),
    (ds["z11"], ds["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ds["nis10"], ds["plan"], "more than 10,000 there vs about 12,000 decided, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
