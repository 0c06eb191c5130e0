"""Generate gold.json for blind54 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind54/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, PARTN, TECH, MUN, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "ll": ("lloyds-list-2024-10-21-russian-navy-landing-ships-carried-north-korean-troops-seoul-says", "Lloyd's List",
           "2024-10-21"),
    "ar": ("argus-media-2024-10-23-seoul-says-north-korean-troops-in-russia-double-to-3000", "Argus Media",
           "2024-10-23"),
    "aw": ("aviation-week-2024-10-25-interview-drone-war-north-korean-troops-kursk", "Aviation Week", "2024-10-25"),
    "fg": ("flightglobal-2024-10-29-pentagon-10000-north-korean-troops-russia-seoul-icbm-warning", "FlightGlobal",
           "2024-10-29"),
    "ba": ("barrons-2024-10-30-hanwha-aerospace-earnings-call-north-korean-troops", "Barron's", "2024-10-30"),
    "sp": ("sp-global-commodity-insights-2024-11-01-explainer-north-korean-troops-kursk-commodity-markets",
           "S&P Global Commodity Insights", "2024-11-01"),
    "fo": ("fortune-2024-11-05-election-day-live-markets-ukraine-north-korean-troops", "Fortune", "2024-11-05"),
    "fb": ("forbes-2024-11-13-north-korean-troops-in-combat-three-kinds-of-numbers", "Forbes", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and papers issued to North Korean troops"
MORE = "further North Korean transports expected (NIS)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
SITES = "training sites in eastern Russia (US)"
NOACK = "Russia has not acknowledged the deployment"
UNSURE = "Washington unsure what the troops will do (Oct 23)"
AGE = "age"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
FPV = "time needed to train a drone (FPV) operator (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMP = "North Korean ICBM launch expected around the US election (NIS)"
N5 = "first clashes with North Korean troops (Nov 5)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
TRUMP24 = "Trump: end the war within 24 hours"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"


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
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
NKFM = "North Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
KESSLER = "Tom Kessler"
TRUMP = "Donald Trump"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Lloyd's List, Mon 2024-10-21 (straight news story)
# "on Monday" -> 10-21 (the summons and demand; Kyslytsya's count and November 1; Rutte's two claims in one
# sentence); "on Friday" -> 10-18 (the NIS's plan and brigades, one sentence); "last Thursday" -> 10-17 (Zelensky).
# The second paragraph of NIS claims ("According to the agency", "the NIS said") and the uniforms, head-count and
# transports sentences give no day. "said a year ago" gives none (the containers). The WHAT TO WATCH box is the outlet's
# headline furniture; its hulls / AIS paragraph, "Ukraine's estimate is much larger.", the brokers and the unnamed
# insurer, the embassy's non-reply and "North Korea has said nothing" are not annotated; the Baltic Dry Index, "third
# session" and the related lines are off-topic.
ll = {}
ll["wd"] = C("ll", "demanded the immediate withdrawal of North Korean troops from Russia", kind=S, measure=WITHDRAW,
             by=SKG, ev="2024-10-21", subject=SK)
ll["unsc"] = C("ll", "Moscow's military dealings with Pyongyang were a breach of UN Security Council resolutions",
               kind=S, measure=LAW, by=SKFM, subject=SK)
ll["plan"] = C("ll", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ll["brig"] = C("ll", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
ll["fb"] = C("ll", "about 1,500 special forces were shipped from Chongjin, Hamhung and Musudan to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ll["win"] = C("ll", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ll["ships"] = C("ll", "Four Russian navy landing ships made the crossings", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ll["escort"] = C("ll", "escorted by three other warships", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
ll["unif"] = C("ll", "On arrival the soldiers were given Russian uniforms and papers describing them as residents of Siberian regions", kind=S,
               measure=UNIF, by=NIS)
ll["sofar"] = C("ll", "the roughly 1,500 special forces are the whole contingent so far",
                value=1500, q="about", scope="total", by=NIS, place="Russia")
ll["more"] = C("ll", "The agency expects more sailings to follow.", kind=S, measure=MORE, mod="planned", by=NIS)
ll["kys"] = C("ll", "roughly 11,000 North Korean foot soldiers were undergoing training in the east of Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ll["ready"] = C("ll", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
ll["zel"] = C("ll", "10,000 North Korean soldiers were being readied to fight for Russia", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ll["rcs"] = C("ll", "NATO had no confirmation yet that North Korean troops were involved in the war", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-21")
ll["resc"] = C("ll", "it would be \"a significant escalation\" if they were", kind=S, measure=ESC, mod="conditional",
               by=RUTTE, ev="2024-10-21")
ll["fake"] = C("ll", "Kremlin spokesman Dmitry Peskov has called the reports \"another fake\".", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
ll["mun"] = C("ll", "North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia",
              measure=MUN, value=1000, q="at_least", unit="containers", by=WH)

# ---------------------------------------------------------------- Argus Media, Wed 2024-10-23 (wire story with an update block)
# "today" -> 10-23 (the NIS's lead sentence; Austin in Rome; the update's White House sentence); "on 18 October" ->
# 10-18 (plan and first group, one sentence); "on Tuesday" -> 10-22; "on Monday" -> 10-21 and "the same day" -> 10-21
# (the summons; Kyslytsya). Park's relays ("told reporters after the closed-door briefing", "he said", "citing the
# agency"), Lee's, Austin's quoted sentences and Kirby's "told reporters" give no day. The update stamp, the market
# section (Brent, the EIA build, ESPO, the Dubai differential), the traders, the refiners' and Pyongyang's silence,
# "Kyiv's estimate is far above Seoul's" and the related lines are not annotated.
ar = {}
ar["sb"] = C("ar", "North Korea has shipped roughly 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ar["nis3"] = C("ar", "taking the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
ar["pr"] = C("ar", "The agency's forecast is for around 10,000 to be in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
ar["prd"] = C("ar", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ar["more"] = C("ar", "More shipments are in the pipeline, he said.", kind=S, measure=MORE, mod="planned", by=NIS)
ar["plan"] = C("ar", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ar["fb"] = C("ar", "a first group of 1,500 special forces had already reached Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ar["pay"] = C("ar", "Russia pays each soldier about $2,000/month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ar["regime"] = C("ar", "Pyongyang keeps the bulk of it", kind=S, measure=REGIME, by=NIS)
ar["drones"] = C("ar", "Russian trainers are impressed by the soldiers' fitness but say they know little about drones", kind=S, measure=DRONES, by=NIS)
ar["adep"] = C("ar", "Washington had evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
ar["left"] = C("ar", "\"What exactly they're doing is left to be seen,\" he said.", kind=S, measure=UNSURE, by=AUSTIN)
ar["aesc"] = C("ar", "it would be \"a very, very serious issue\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
ar["wpn"] = C("ar", "Seoul's response would be phased and might include sending arms to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=PO, ev="2024-10-22", subject=SK)
ar["wd"] = C("ar", "Seoul had summoned Russia's ambassador on Monday to demand the troops' withdrawal", kind=S,
             measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
ar["kys"] = C("ar", "about 11,000 North Korean infantry were training in Russia's east", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ar["noack"] = C("ar", "Moscow has neither confirmed nor denied the deployment.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ar["wh3"] = C("ar", "at least 3,000 North Korean troops travelled by ship to eastern Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
ar["sites"] = C("ar", "were now at three training sites", measure=SITES, value=3, unit="training sites", by=WH,
                ev="2024-10-23", place=RFE)
ar["kirby"] = C("ar", "Washington did not yet know whether they would fight for Russia", kind=S, measure=UNSURE,
                by=KIRBY)
ar["fair"] = C("ar", "\"If they are going to fight against Ukraine, they are fair game,\" he told reporters.", kind=S,
               measure=TGT, mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- Aviation Week, Fri 2024-10-25 (Q&A interview)
# The intro: "on Thursday" -> 10-24 (HUR's count, officers and generals, one sentence); the arrival "on Wednesday" ->
# 10-23 (an arrival takes its own day, as blind21-52 did); "a day earlier" -> 10-23 (the NIS's count and the second
# group, one sentence); "puts" gives none (the White House). Questions that carry an origin's claim are that origin's
# claims, dated only by their own sentence: Budanov "last week" (null); Putin "yesterday" -> 10-24; "Pyongyang said
# today" -> 10-25 (North Korea Foreign Ministry). "Kyiv's estimate is quadruple Seoul's" is the interviewer's ratio
# (nobody). The guest (invented) speaks for himself (method reading, the FPV range, experience, technology forecast);
# what he relays keeps its origin ("When the NIS first spoke, last Friday" -> 10-18; "It now expects" -> null). His
# age is annotated (nobody). His asides ("They may both be right", "I believe that", "He did not deny it,
# either", "'Would be' is doing a lot of work there", the drone-fleet and transport-flight answers), "since 1953" and the related lines are not.
aw = {}
aw["hur"] = C("aw", "about 12,000 North Korean soldiers were now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
aw["off"] = C("aw", "500 of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
aw["gen"] = C("aw", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
aw["arr"] = C("aw", "the first of them arrived in the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
aw["nis3"] = C("aw", "around 3,000 were in Russia", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
aw["sb"] = C("aw", "another group of about 1,500 joined the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
aw["wh3"] = C("aw", "The White House puts the figure at no fewer than 3,000", value=3000, q="at_least", scope="total",
              by=WH, place="Russia")
aw["sites"] = C("aw", "training at three sites in the Far East", measure=SITES, value=3, unit="training sites", by=WH,
                place=RFE)
aw["age"] = C("aw", "Tom Kessler, 52", measure=AGE, value=52, unit="years", by=None, subject=KESSLER)
aw["ratio"] = C("aw", "Kyiv's estimate is quadruple Seoul's", measure=RATIO, value=4, unit="times", by=None)
aw["method"] = C("aw", "Kyiv, I think, is counting every unit earmarked for Russia, including the ones that have not left "
                 "North Korea yet", kind=S, measure=METHOD, by=KESSLER)
aw["bud"] = C("aw", "Kyrylo Budanov said last week that 11,000 were training in the east", value=11000, scope="total",
              by=BUD, place=RFE)
aw["ready"] = C("aw", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
aw["drones"] = C("aw", "the Russians training them rate their stamina but see them struggle with drones",
                 kind=S, measure=DRONES, by=NIS)
aw["fpv"] = C("aw", "It takes six to eight weeks to make a competent first-person-view operator", measure=FPV, low=6,
              high=8, unit="weeks", by=KESSLER, subject="drone operators")
aw["plan"] = C("aw", "Pyongyang would send about 12,000 men", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
aw["brig"] = C("aw", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
aw["pr"] = C("aw", "It now expects around 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
aw["prd"] = C("aw", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
aw["img"] = C("aw", "At his Kazan press conference yesterday, Vladimir Putin said satellite images \"reflect something.\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
aw["treaty"] = C("aw", "what Russia does under its treaty with Pyongyang is \"our business.\"", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
aw["law"] = C("aw", "North Korea's foreign ministry said today that a deployment of that kind would be lawful.", kind=S,
              measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
aw["exp"] = C("aw", "what Kim Jong Un wants most is experience of a modern war", kind=S, measure=EXP,
              by=KESSLER)
aw["tech"] = C("aw", "Moscow will likely settle part of the bill with know-how: satellites, air defense, maybe submarine "
               "work", kind=S, measure=TECH, mod="planned", by=KESSLER)

# ---------------------------------------------------------------- FlightGlobal, Tue 2024-10-29 (press-briefing write-up)
# "said on 28 October" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence); "last Wednesday" ->
# 10-23 (Kirby's at least 3,000, the step before, in the ratio's sentence); "In Seoul on Tuesday" -> 10-29 (count and
# front); "said last Thursday" -> 10-24 (HUR's count, officers and generals) and "since 23 October" -> 10-23 (the
# arrival, same sentence); "warned on Saturday" -> 10-26; "said on Friday" -> 10-25. These give null: Singh's sentence,
# "Hours earlier in Brussels" (the day is in another sentence), "He called", Lee's relays, "Only a week ago", Putin
# "last week". The ratio is the outlet's (3, at_least, nobody). Singh's and the Kremlin's refusals, "The agency's own
# tally has overtaken ...", "Neither Kyiv nor NATO had reported ...", the missile paragraph's analysts and the
# Boeing / Airbus / related lines are not annotated.
fg = {}
fg["dod10"] = C("fg", "About 10,000 North Korean soldiers are now in eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
fg["closer"] = C("fg", "some have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
fg["ratio"] = C("fg", "That is more than three times the figure the White House gave last Wednesday", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
fg["wh3"] = C("fg", "when spokesman John Kirby spoke of at least 3,000", value=3000, q="at_least", scope="total",
              by=KIRBY, ev="2024-10-23", place="Russia")
fg["ct"] = C("fg", "Russia plans to send the North Koreans into combat, or to use them in support roles, \"over the "
             "next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
fg["rdep"] = C("fg", "North Korean troops were in Russia and that some of their units were now in the Kursk region",
               kind=S, measure=DEP, by=RUTTE, place="Kursk")
fg["resc"] = C("fg", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war\"", kind=S, measure=ESC, by=RUTTE)
fg["nis10"] = C("fg", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
fg["front"] = C("fg", "some appeared to be moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
fg["kyb"] = C("fg", "The contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
fg["terms"] = C("fg", "their Russian lessons cover about 100 basic military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
fg["icbm"] = C("fg", "North Korea had finished preparing a launch of an intercontinental ballistic missile", kind=S,
               measure=ICBMP, mod="planned", by=NIS)
fg["pr"] = C("fg", "the NIS had forecast about 10,000 troops in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
fg["prd"] = C("fg", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fg["hur"] = C("fg", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
fg["off"] = C("fg", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
fg["gen"] = C("fg", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
fg["arr"] = C("fg", "with the first units in the Kursk region since 23 October", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
fg["zelct"] = C("fg", "they could first see combat on 27 or 28 October", kind=D, measure=CT, low="2024-10-27",
                high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
fg["kjg"] = C("fg", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
fg["img"] = C("fg", "satellite images of the troops \"reflect something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- Barron's, Wed 2024-10-30 (earnings-call excerpts, less usual)
# The intro's sentence holds two steps of Washington's count ("The U.S. estimate ... rose from at least 3,000 on Oct.
# 23 to around 10,000 on Monday": US government, 10-23 and 10-28). The call was held on Tuesday 10-29 (the editor's
# note), so the analysts' relative days resolve against the call: "this morning" -> 10-29 (the NIS); "on Thursday" ->
# 10-24 (Yoon); "on Monday" -> 10-28 (NATO's confirmation, given to Rutte); "overnight", "last week", "expects" and
# "also says" give none. What the analysts relay keeps its origin ("Seoul said last week" -> South Korea government;
# "the Pentagon expects" -> US Department of Defense). Management's answers relay Yoon once and otherwise refuse or
# talk business; the company's results, backlog, guidance, the defense budget, share moves, "more than doubled",
# FactSet-free closing lines, the safe-harbour line and the brokers' ratings are not annotated.
ba = {}
ba["us3"] = C("ba", "The U.S. estimate of those soldiers rose from at least 3,000 on Oct. 23", value=3000, q="at_least",
              scope="total", by=USG, ev="2024-10-23", place="Russia")
ba["us10"] = C("ba", "to around 10,000 on Monday", value=10000, q="about", scope="total", by=USG, ev="2024-10-28",
               place="Russia")
ba["dod10"] = C("ba", "The Pentagon said overnight that around 10,000 North Korean soldiers have been sent to eastern "
                "Russia", value=10000, q="about", scope="total", by=DOD, place=RFE)
ba["nis10"] = C("ba", "the NIS told the National Assembly this morning that the number is now above 10,000", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
ba["wpn"] = C("ba", "Seoul said last week it could consider supplying weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)
ba["yoon"] = C("ba", "President Yoon said on Thursday only that he would not rule it out", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
ba["rdep"] = C("ba", "NATO confirmed on Monday that North Korean units are in the Kursk region", kind=S, measure=DEP,
               by=RUTTE, ev="2024-10-28", place="Kursk")
ba["ct"] = C("ba", "the Pentagon expects them to be used in combat over the next several weeks", kind=S, measure=CT,
             mod="planned", by=DOD)
ba["icbm"] = C("ba", "the North is ready to test an intercontinental missile around the U.S. election", kind=S,
               measure=ICBMP, mod="planned", by=NIS)

# ---------------------------------------------------------------- S&P Global Commodity Insights, Fri 2024-11-01 (explainer)
# "said on Oct. 31" and "said on Thursday" -> 10-31 (the lead's "close to Ukraine's border", given to Blinken as the
# Kursk figure's plain-words form; the Kursk count and "in the coming days" in one sentence); "had said on Tuesday" ->
# 10-29; "Seoul's Oct. 18 disclosure said" -> 10-18 (first group, ships and window in one sentence); "In
# Moscow on Friday" -> 11-01. These give null: "he said", "he added", "standing beside Blinken", Kim Yong-hyun's and
# Cho's sentences, "Seoul also says", "said in October 2023", the ICBM's "It flew ..." (its day is in the previous
# sentence, "early on Oct. 31"). The HIGHLIGHTS box, "a step that Western officials say widens the war", "Not as far
# as anyone has shown.", "By sea, first.", "both records for the North" and the commodity section (Dated Brent,
# Kozmino's distance and loadings, premiums, wheat, traders) are not annotated.
sp = {}
sp["lead"] = C("sp", "North Korean soldiers were now close to Ukraine's border", kind=S, measure=FRONT, by=BL,
               ev="2024-10-31")
sp["bl8"] = C("sp", "Russia's Kursk region now held about 8,000 North Korean troops", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
sp["days"] = C("sp", "the US expected them to be fighting Ukrainian forces \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
sp["bl10"] = C("sp", "The total sent to Russia was roughly 10,000, he said.", value=10000, q="about", scope="total",
               by=BL, place="Russia")
sp["tgt"] = C("sp", "Any who join the fighting would be \"legitimate military targets\", he added.", kind=S, measure=TGT,
              mod="conditional", by=BL)
sp["nis10"] = C("sp", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
sp["acs"] = C("sp", "he had seen no sign yet that they were fighting", kind=S, measure=CS, by=AUSTIN)
sp["eq"] = C("sp", "Russia is teaching them artillery, drone use and basic infantry skills such as clearing trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
sp["kyh"] = C("sp", "demanded that Pyongyang pull its troops out", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
sp["cho"] = C("sp", "Moscow could pay Pyongyang with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
sp["fb"] = C("sp", "a first group of about 1,500 special forces had crossed to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
sp["ships"] = C("sp", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
sp["win"] = C("sp", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
sp["pay"] = C("sp", "Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
sp["regime"] = C("sp", "most of which the state keeps", kind=S, measure=REGIME, by=NIS)
sp["mun"] = C("sp", "North Korea had shipped more than 1,000 containers of military equipment and munitions to Russia",
              measure=MUN, value=1000, q="at_least", unit="containers", by=WH)
sp["t86"] = C("sp", "It flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
sp["alt"] = C("sp", "climbing higher than 7,000 km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
sp["choe"] = C("sp", "her country would stand firmly by Russia \"until the day of victory\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
sp["noack"] = C("sp", "Moscow still has not acknowledged the North Korean troops' presence.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Fortune, Tue 2024-11-05 (Election Day live blog)
# Entry times give no day; each entry's own sentence does: "on Tuesday" and "aired on Tuesday" -> 11-05 (Seoul's
# defence ministry; Umerov); "on Monday" -> 11-04 (Zelensky's count; the Pentagon); "Last Thursday" -> 10-31 (Blinken's
# figure, its own sentence); "early on Tuesday, Korea time" -> 11-05 (the JCS); "fired on Oct. 31" -> 10-31 (the 86
# minutes, dated by the flight as earlier sets did). These give null: "counts", "it says", "days after telling",
# "Zelensky said allies ...", "Russia has never confirmed", Trump's "has said", the welcome entry's "Ukraine says".
# Election, market and CEO-survey figures (7 p.m., 427 points, 1%, 1.2%, 1.4%, $70,000, 0.4%, 71%, one in five, 82
# million, 0.2%, 4.3%), "He did not say where", "The ministry gave no further detail" and Peskov's refusal are not
# annotated.
fo = {}
fo["mnd"] = C("fo", "it could not confirm Ukraine's report of fighting with North Korean soldiers", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
fo["um"] = C("fo", "Ukrainian forces had fought North Korean units for the first time, in small-scale clashes", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
fo["z11"] = C("fo", "North Korea now had 11,000 soldiers in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
fo["bl8"] = C("fo", "Antony Blinken's figure for Kursk, given last Thursday, was about 8,000", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
fo["partn"] = C("fo", "Zelensky said allies were responding too slowly.", kind=S, measure=PARTN, by=ZEL, subject=UA)
fo["dodcs"] = C("fo", "it had seen nothing to show that North Korean troops were fighting yet", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
fo["nis10"] = C("fo", "counts more than 10,000 of them in Russia already", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
fo["plan"] = C("fo", "Pyongyang has committed about 12,000 in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
fo["kyb"] = C("fo", "under Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
fo["noack"] = C("fo", "Russia has never confirmed that North Korean soldiers are on its territory", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
fo["srbm"] = C("fo", "North Korea fired about seven short-range ballistic missiles off its east coast", measure=SRBM,
               value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
fo["t86"] = C("fo", "last week's intercontinental missile, fired on Oct. 31, flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
              by=JMOD, ev="2024-10-31")
fo["trump"] = C("fo", "he would end the war in Ukraine \"within 24 hours\" of taking office", measure=TRUMP24, value=24,
                q="up_to", unit="hours", mod="conditional", by=TRUMP, subject=TRUMP)
fo["choe"] = C("fo", "Pyongyang would stand with Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH)
fo["lead"] = C("fo", "Kyiv reports its first firefight with North Korean soldiers", kind=S,
               measure=N5, by=UAG)

# ---------------------------------------------------------------- Forbes, Wed 2024-11-13 (analysis, contributor)
# "said on Tuesday" and "reported on Tuesday" -> 11-12; "in the same briefing" gives no day (Miller's combat line,
# given to him by name); "went further today." holds no claim, and the next sentence ("It told lawmakers that ...")
# gives no day, so the NIS's two claims are undated; "which Seoul gave on Oct. 18" -> 10-18 (the plan);
# "At that point" gives none (the first 1,500, unhedged); "on Oct. 23", "on Oct. 28", "the next day" -> 10-29, "on Oct.
# 31", "On Nov. 4", "on Nov. 5", "the same day" -> 11-05, "on Sunday" -> 11-10; "last week" gives none (Yoon). The
# sentences "Moscow's first answer was ... 'another fake'" and "Its answer now is ..." are two
# Kremlin claims. The contributor's readings ("They were rarely contradictory", the arms-trade and investor paragraphs),
# the section labels, "since August", "in June", "Jan. 20", share moves (140%, "more than doubled") and the disclaimer
# are not annotated; Trump's age is (nobody).
fb = {}
fb["st10"] = C("fb", "North Korea had sent more than 10,000 troops to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
fb["most"] = C("fb", "the majority were now in the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
fb["begun"] = C("fb", "They have started fighting alongside Russian forces", kind=S, measure=CS,
                by="Matthew Miller", place="Kursk")
fb["units"] = C("fb", "a number of them now serve in Russian naval infantry and airborne units", kind=S,
                measure=UNITS, by=NIS)
fb["combat"] = C("fb", "some had already gone into battle", kind=S, measure=CS, by=NIS)
fb["plan"] = C("fb", "Pyongyang would send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
fb["fb"] = C("fb", "only a first 1,500 special forces had crossed the Sea of Japan", measure=FB, value=1500,
             scope="first_batch", by=NIS, place=RFE)
fb["wh3"] = C("fb", "The White House said on Oct. 23 that at least 3,000 were in Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
fb["dod10"] = C("fb", "around 10,000 had been sent to the Far East for training", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
fb["nis10"] = C("fb", "Seoul's own count passed 10,000 the next day", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
fb["bl8"] = C("fb", "Blinken said about 8,000 were in Kursk", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
fb["z11"] = C("fb", "put the number in Kursk at 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
fb["um"] = C("fb", "Ukraine said on Nov. 5 that its troops had clashed with North Korean units", kind=S, measure=N5, by=UAG,
             ev="2024-11-05")
fb["mnd"] = C("fb", "South Korea's defense ministry could not confirm it that day", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
fb["massed"] = C("fb", "some 50,000 troops, North Koreans included, had been gathered", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
fb["fake"] = C("fb", "Moscow's first answer was that the reports were \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
fb["treaty"] = C("fb", "military cooperation with Pyongyang is permitted under the mutual defense treaty", kind=S, measure=TREATY, by=KREMLIN, subject=RUS)
fb["ratify"] = C("fb", "Kim Jong Un had approved that treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
fb["law"] = C("fb", "Seoul holds that any North Korean deployment to Russia breaches U.N. Security Council resolutions", kind=S, measure=LAW, by=SKG, subject=SK)
fb["yoon"] = C("fb", "Seoul might yet send arms to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
fb["age"] = C("fb", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
fb["trump"] = C("fb", "he would end the war \"within 24 hours\"", measure=TRUMP24, value=24, q="up_to", unit="hours",
                mod="conditional", by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ll["sofar"], ll["kys"], ar["kys"], aw["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 so far vs Kyiv's about 11,000 training in the east "
  "(Kyslytsya Oct 21, twice; Budanov, relayed in a question)",
  [("roughly 1,500 so far (NIS)", [ll["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [ll["kys"], ar["kys"], aw["bud"]])])
K(RU, [ar["nis3"], ar["wh3"], aw["nis3"], aw["wh3"], aw["hur"], fg["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [ar["nis3"], ar["wh3"], aw["nis3"], aw["wh3"]]),
   ("about 12,000 (HUR)", [aw["hur"], fg["hur"]])])
K(RU, [fg["wh3"], ba["us3"], fb["wh3"], fg["dod10"], ba["us10"], ba["dod10"], fb["dod10"], sp["bl10"], fg["nis10"],
       ba["nis10"], sp["nis10"], fo["nis10"], fb["nis10"], fb["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least 3,000 (Oct 23, told as the step before) -> around 10,000 "
  "(Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [sp["bl8"], fo["bl8"], fb["bl8"], fo["z11"], fb["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ll["plan"], ar["plan"], aw["plan"], fo["plan"], fb["plan"], ll["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ll["plan"], ar["plan"], aw["plan"], fo["plan"], fb["plan"]]),
   ("10,000 (Zelensky)", [ll["zel"]])])
K(FB, [ll["fb"], ar["fb"], sp["fb"], fb["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [ll["win"], sp["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [ll["ships"], sp["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [ll["brig"], aw["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ar["sb"], aw["sb"]], "agreement", "NIS (Oct 23): another / a second group of about 1,500")
K(PR, [ar["pr"], aw["pr"], fg["pr"]], "agreement", "NIS (Oct 23): around 10,000 expected in Russia")
K(PRD, [ar["prd"], aw["prd"], fg["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ar["pay"], sp["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ar["regime"], sp["regime"]], "agreement", "NIS: most of the pay is kept by the state")
K(DRONES, [ar["drones"], aw["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / fit but unfamiliar with / lost at drones")
K(OFF, [aw["off"], fg["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [aw["gen"], fg["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [aw["arr"], fg["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [ar["sites"], aw["sites"]], "agreement", "White House (Oct 23): three training sites in the Far East")
K(READY, [ll["ready"], aw["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov)")
K(MORE, [ll["more"], ar["more"]], "agreement", "NIS: more transports expected / being prepared (Oct 18, Oct 23)")
K(TGT, [ar["fair"], sp["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [ll["resc"], ar["aesc"], fg["resc"]], "agreement",
  "escalation: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' and 'a dangerous expansion' (Rutte Oct 28)")
K(DEP, [ar["adep"], fg["rdep"], ba["rdep"], ll["fake"], fb["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23; Rutte / NATO Oct 28, twice) vs dismissed as 'another fake' (Peskov; the "
  "Kremlin)",
  [("asserted", [ar["adep"], fg["rdep"], ba["rdep"]]), ("dismissed", [ll["fake"], fb["fake"]])])
K(CT, [fg["zelct"], fg["ct"], ba["ct"], sp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh; 'the Pentagon expects') vs "
  "'in the coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [fg["zelct"]]), ("several weeks (Pentagon)", [fg["ct"], ba["ct"]]),
   ("coming days (Blinken)", [sp["days"]])])
K(CS, [ll["rcs"], sp["acs"], fo["dodcs"], fb["begun"], fb["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 21), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> "
  "begun engaging in combat (State Department Nov 12) and some already in combat (NIS Nov 13)")
K(N5, [fo["lead"], fo["um"], fb["um"], fo["mnd"], fb["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [fo["lead"], fo["um"], fb["um"]]),
   ("cannot confirm (Seoul MND)", [fo["mnd"], fb["mnd"]])])
K(FRONT, [fg["closer"], fg["front"], sp["lead"]], "agreement",
  "troops moved closer to Ukraine (Pentagon Oct 28) / toward the front (NIS Oct 29) / close to Ukraine's border "
  "(Blinken Oct 31)")
K(KYB, [fg["kyb"], fo["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(IMG, [aw["img"], fg["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(TREATY, [aw["treaty"], fb["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is 'our business' / permitted under the treaty (Putin; the Kremlin)")
K(WPN, [ar["wpn"], ba["wpn"], ba["yoon"], fb["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22; 'Seoul said last week'; Yoon "
  "Oct 24 and Nov 7)")
K(WITHDRAW, [ll["wd"], ar["wd"], sp["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21, twice; defence minister Kim Yong-hyun)")
K(LAW, [ll["unsc"], fb["law"], aw["law"], fg["kjg"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul) vs in line with international law (Pyongyang / "
  "Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [ll["unsc"], fb["law"]]),
   ("lawful (North Korea)", [aw["law"], fg["kjg"]])])
K(TECH, [aw["tech"], sp["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Kessler; Foreign Minister Cho)")
K(ICBM_T, [sp["t86"], fo["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [sp["choe"], fo["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")
K(NOACK, [ar["noack"], sp["noack"], fo["noack"]], "agreement",
  "Moscow has not confirmed / neither confirmed nor denied the deployment")
K(MUN, [ll["mun"], sp["mun"]], "agreement",
  "White House (Oct 2023): more than 1,000 containers of equipment and munitions shipped to Russia")
K(ICBMP, [fg["icbm"], ba["icbm"]], "agreement", "NIS (Oct 29): an ICBM launch is ready, possibly around the US election")

pairs = [
    (ll["plan"], ll["fb"], "about 12,000 planned vs about 1,500 in the first transport"),
    (ll["sofar"], ll["fb"], "roughly 1,500: Seoul's head count so far vs the first transport"),
    (ll["brig"], ll["ships"], "four brigades vs four landing ships"),
    (ll["kys"], ll["zel"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (ar["sb"], ar["nis3"], "another 1,500 or so vs about 3,000 in all, same sentence"),
    (ar["nis3"], ar["pr"], "about 3,000 now vs around 10,000 expected by December"),
    (ar["sb"], ar["fb"], "1,500: the second group vs the first group"),
    (ar["wh3"], ar["sites"], "at least 3,000 vs three sites, same update"),
    (aw["hur"], aw["plan"], "about 12,000 in Russia (HUR) vs about 12,000 planned (NIS)"),
    (aw["off"], aw["gen"], "500 officers vs three generals, same sentence"),
    (aw["sites"], aw["gen"], "three: training sites vs generals"),
    (aw["bud"], aw["hur"], "11,000 training (Budanov, Oct 18) vs about 12,000 in Russia (HUR, Oct 24)"),
    (fg["dod10"], fg["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (fg["nis10"], fg["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (fg["hur"], fg["wh3"], "HUR's 12,000 (snapshot) vs Kirby's at least 3,000 told as a step"),
    (sp["bl8"], sp["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (sp["days"], sp["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (fo["z11"], fo["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (fo["nis10"], fo["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (fb["plan"], fb["fb"], "about 12,000 decided vs a first 1,500 crossed"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
