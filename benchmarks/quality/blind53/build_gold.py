"""Generate gold.json for blind53 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind53/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "gl": ("the-gleaner-2024-10-20-north-korea-to-send-12000-troops-to-russia-seoul-says", "The Gleaner",
           "2024-10-20"),
    "tt": ("trinidad-and-tobago-guardian-2024-10-23-seoul-says-north-korea-has-3000-troops-in-russia",
           "Trinidad and Tobago Guardian", "2024-10-23"),
    "bt": ("barbados-today-2024-10-25-interview-three-thousand-or-twelve-thousand", "Barbados Today", "2024-10-25"),
    "ss": ("solomon-star-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia", "Solomon Star", "2024-10-29"),
    "so": ("samoa-observer-2024-10-31-explained-how-many-north-korean-soldiers-are-in-russia", "Samoa Observer",
           "2024-10-31"),
    "mv": ("marianas-variety-2024-11-01-annotated-what-blinken-and-austin-said-on-north-korean-troops",
           "Marianas Variety", "2024-11-01"),
    "pc": ("post-courier-2024-11-05-ukraine-says-its-forces-have-fought-north-korean-troops", "Post-Courier",
           "2024-11-05"),
    "sn": ("stabroek-news-2024-11-13-analysis-how-the-north-korean-numbers-grew", "Stabroek News", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and papers issued to North Korean troops"
THREAT = "South Korea calls the deployment a grave security threat"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WORANGE = "possible North Korean deployment (Western official's range)"
ARMY = "North Korea's armed forces (size)"
G7 = "G7 defence ministers' concern over Russia-North Korea cooperation"
FURTHER = "further North Korean transports expected"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
UNSURE = "Washington unsure what the North Koreans will do (Oct 23)"
ALLIES = "US consulting allies and partners on a response"
AGE = "age"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean officers gaining modern combat experience (analyst)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMX = "NIS expects a North Korean long-range missile test around the US election"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
T24 = "Trump: end the war within 24 hours"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
SITES = "training sites in eastern Russia (US)"


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
KJG = "Kim Jong Gyu"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
GUEST = "Natalie Alleyne-Forde"
JCS = "South Korea Joint Chiefs of Staff"
SK, RUS = "South Korea", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Gleaner, Sun 2024-10-20 (straight news story)
# "said on Friday" -> 10-18 (the lead's plan only); the second paragraph ("According to the NIS", "The spy agency
# said", "it said") and the uniforms and head-count sentences give no day; "on Friday, after which" -> 10-18 (threat,
# UNSC); "in Brussels on Thursday" and "who stood beside Zelensky on Thursday" -> 10-17; "said a day later" -> 10-18
# (Budanov's count and November 1); "On Saturday in Naples" -> 10-19. "By its count, those roughly 1,500 men are, for
# now, the only ..." is the NIS's head count that week (bundled k01). "24 years", "June", the analysts, the ministry's
# non-reply, Kingston's UN vote (background in the outlet's voice), J$158.40 and the RELATED lines are not annotated.
gl = {}
gl["plan"] = C("gl", "North Korea has decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
gl["brig"] = C("gl", "the soldiers are organised in four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS)
gl["started"] = C("gl", "the transfer has already started", kind=S, measure=DEP, by=NIS)
gl["fb"] = C("gl", "Russian navy ships carried about 1,500 special forces from North Korean ports to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
gl["win"] = C("gl", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
gl["further"] = C("gl", "the first of several planned transports", kind=S, measure=FURTHER, mod="planned", by=NIS)
gl["ships"] = C("gl", "Four landing ships made the trips", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
gl["escort"] = C("gl", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
gl["unif"] = C("gl", "The men were issued Russian uniforms and forged identity papers", kind=S, measure=UNIF, by=NIS)
gl["sofar"] = C("gl", "those roughly 1,500 men are, for now, the only North Korean soldiers on Russian soil",
                value=1500, q="about", scope="total", by=NIS, place="Russia")
gl["threat"] = C("gl", "his office called the deployment \"a grave security threat\" to South Korea and the world",
                 kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
gl["unsc"] = C("gl", "said it breached United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
               ev="2024-10-18", subject=SK)
gl["zel10"] = C("gl", "North Korea was preparing 10,000 soldiers to join Russia's forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
gl["bud11"] = C("gl", "about 11,000 North Korean infantry were training in Russia's east", value=11000, q="about",
                scope="total", by=BUD, ev="2024-10-18", place=RFE)
gl["ready"] = C("gl", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD, ev="2024-10-18")
gl["2600"] = C("gl", "A first unit of 2,600 was to be sent to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
gl["rcs"] = C("gl", "the alliance had no evidence so far that North Korean troops were taking part in the fighting",
              kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
gl["wo"] = C("gl", "put a possible deployment at anywhere between 2,000 and 12,000", measure=WORANGE, low=2000,
             high=12000, mod="conditional", by="Western official", place="Russia")
gl["krem"] = C("gl", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
gl["fake"] = C("gl", "had earlier called them \"another fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
gl["army"] = C("gl", "North Korea keeps an estimated 1.2 million people under arms", measure=ARMY, value=1200000,
               q="about", unit="people", by=None)
gl["g7"] = C("gl", "voiced concern over the deepening military cooperation between Russia and North Korea", kind=S,
             measure=G7, by="G7 defence ministers", ev="2024-10-19", subject="G7")

# ---------------------------------------------------------------- Trinidad and Tobago Guardian, Wed 2024-10-23 (wire story, update block)
# "told lawmakers on Wednesday" -> 10-23 (second group and total, one sentence); Park's sentence ("told reporters after
# the closed-door session") gives no day (forecast, December), nor does "he said"; "Last Friday" -> 10-18 (plan,
# brigades, first group); "Park quoted the agency" and Lee's line give none; "on Monday" -> 10-21 (the summons;
# Kyslytsya); "On Tuesday" -> 10-22; "In Rome on Wednesday" -> 10-23, his quotations none; the update's first sentence
# "said on Wednesday" -> 10-23, Kirby's sentences none. "in the second week of October" stays inside no quote (a loose
# time, not a date claim). "Ukraine's figures run higher.", the expected Kyiv figure, Brent, the TT dollar and the
# squad are the outlet's or off-topic; the ministry's non-reply and Pyongyang's silence are not annotated.
tt = {}
tt["sb"] = C("tt", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
tt["nis3"] = C("tt", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
tt["pr"] = C("tt", "The North is expected to have some 10,000 troops in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
tt["prd"] = C("tt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tt["further"] = C("tt", "More shipments are being prepared, he said.", kind=S, measure=FURTHER, mod="planned", by=NIS)
tt["plan"] = C("tt", "Pyongyang had decided to dispatch around 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tt["brig"] = C("tt", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
tt["fb"] = C("tt", "a first group of about 1,500 special forces had already crossed by sea", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tt["pay"] = C("tt", "Russia pays each soldier about US$2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tt["regime"] = C("tt", "most of which is believed to go to the government in Pyongyang rather than to the men", kind=S,
                 measure=REGIME, by=NIS)
tt["drones"] = C("tt", "Russian instructors have found the North Koreans physically strong but unfamiliar with drones "
                 "and other features of modern warfare", kind=S, measure=DRONES, by=NIS)
tt["wd"] = C("tt", "demanded the soldiers' immediate withdrawal", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21",
             subject=SK)
tt["wpn"] = C("tt", "Seoul would respond in stages and could supply Ukraine with defensive weapons first", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
tt["kys11"] = C("tt", "about 11,000 North Korean infantrymen were being trained in eastern Russia", value=11000,
                q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
tt["adep"] = C("tt", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
tt["aunsure"] = C("tt", "What exactly they're doing there is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
tt["aesc"] = C("tt", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
tt["noack"] = C("tt", "Moscow has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
tt["wh3"] = C("tt", "at least 3,000 North Korean soldiers had moved by ship to Russia's Far East", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
tt["sites"] = C("tt", "they were at three training sites there", measure=SITES,
                value=3, unit="training sites", by=KIRBY, place=RFE)
tt["kunsure"] = C("tt", "it was not yet clear whether they would go into combat alongside Russian forces", kind=S,
                  measure=UNSURE, by=KIRBY)
tt["fair"] = C("tt", "If they do deploy to fight against Ukraine, they're fair game", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
tt["allies"] = C("tt", "Washington was consulting allies and partners on a response", kind=S, measure=ALLIES,
                 by=KIRBY, subject="United States")

# ---------------------------------------------------------------- Barbados Today, Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers, generals), the arrival "on Wednesday" -> 10-23 (an
# arrival takes its own day), "A day earlier" -> 10-23 (the NIS's count). The question "In two days we have had three
# thousand from Seoul and twelve thousand from Kyiv." carries two origins' counts in words (exact, undated). "When the
# NIS first spoke, last Friday" -> 10-18 (plan, brigades); "On Wednesday it told lawmakers" -> 10-23 (second group,
# forecast, December); "The Americans said on Wednesday" -> 10-23 (count, sites); "said last week" gives null
# (Budanov by title); "said yesterday in Kazan" -> 10-24; "In the same answer" gives none; "said today" -> 10-25;
# Yoon "said on Thursday" -> 10-24. The guest (invented) speaks for herself in her method reading, her experience
# reading and her technology forecast; her age is annotated (attributed to nobody). "four years", "within a
# fortnight", "under 300,000" and her asides ("It is not a confirmation either", "The two statements will never
# meet", the shift line, "Money, to begin with") are not annotated.
bt = {}
bt["hur12"] = C("bt", "about 12,000 North Korean soldiers are already in Russia", value=12000, q="about",
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
bt["off"] = C("bt", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
bt["gen"] = C("bt", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
bt["arr"] = C("bt", "the first units reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
bt["nis3"] = C("bt", "South Korea's spy agency had put the number in Russia at around 3,000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
bt["age"] = C("bt", "Dr Natalie Alleyne-Forde, 46", measure=AGE, value=46, unit="years", by=None, subject=GUEST)
bt["seoul3"] = C("bt", "three thousand from Seoul", value=3000, scope="total", by=NIS, place="Russia")
bt["kyiv12"] = C("bt", "twelve thousand from Kyiv", value=12000, scope="total", by=HUR, place="Russia")
bt["method"] = C("bt", "Seoul counts men it has watched arrive in Russia, while Kyiv counts the whole force Pyongyang "
                 "has set aside", kind=S, measure=METHOD, by=GUEST)
bt["plan"] = C("bt", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bt["brig"] = C("bt", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
bt["sb"] = C("bt", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
bt["pr"] = C("bt", "it expects around 10,000 in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
bt["prd"] = C("bt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
bt["us3"] = C("bt", "at least 3,000 had moved by ship", value=3000, q="at_least", scope="total", by=USG,
              ev="2024-10-23", place="Russia")
bt["sites"] = C("bt", "they spoke of three training sites in the Far East", measure=SITES, value=3,
                unit="training sites", by=USG, ev="2024-10-23", place=RFE)
bt["bud11"] = C("bt", "11,000 were training", value=11000, scope="total", by=BUD, place=RFE)
bt["ready"] = C("bt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD)
bt["pay"] = C("bt", "Russia pays around $2,000 per soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
bt["regime"] = C("bt", "it believes most of that ends up with the state", kind=S, measure=REGIME, by=NIS)
bt["exp"] = C("bt", "what their officers will learn about fighting under drones matters more to Kim Jong Un than the "
              "cash", kind=S, measure=EXP, by=GUEST)
bt["tech"] = C("bt", "I would expect Moscow to pay partly in know-how, for satellites and missiles", kind=S,
               measure=TECH, mod="planned", by=GUEST)
bt["img"] = C("bt", "President Putin said yesterday in Kazan that satellite images \"reflect something\"", kind=S,
              measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
bt["treaty"] = C("bt", "how Russia works with its treaty partner is Russia's own business", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
bt["law"] = C("bt", "if such a deployment existed, it would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
bt["unsc"] = C("bt", "any such help to Russia breaks UN Security Council resolutions", kind=S, measure=LAW, by=SKG,
               subject=SK)
bt["yoon"] = C("bt", "President Yoon said on Thursday that he would not rule out sending weapons to Ukraine", kind=S,
               measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Solomon Star, Tue 2024-10-29 (press-briefing write-up)
# "the Pentagon said on Monday, Washington time" -> 10-28 (count and "closer to Ukraine", one sentence); Singh's
# sentence gives no day; "On Wednesday last week" -> 10-23 (Kirby's at least 3,000, told as the step before: k03);
# "Earlier on Monday" -> 10-28 (Rutte), "He called" none; "In Seoul on Tuesday" -> 10-29 (count and front); Lee's
# relays none; "Only last week" none; HUR "had said last Thursday" -> 10-24 and the arrival "on October 23" -> 10-23
# (two claims, one sentence); "warned on Saturday" -> 10-26; "said on Friday" -> 10-25. "The estimate has grown fast.",
# "Its count has now gone past that.", "There was no confirmation on Monday", Singh's refusal, the Kremlin's
# non-reply, "Moscow has pointed to the treaty" (loose, see README), the ministry's "no comment", the unnamed official
# and analysts ("fourfold"), SI$8.39 and the RELATED lines are not annotated.
ss = {}
ss["dod10"] = C("ss", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
ss["closer"] = C("ss", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
ss["weeks"] = C("ss", "Russia intends to use the soldiers in combat, or to support combat operations, \"over the next "
                "several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
ss["kirby3"] = C("ss", "John Kirby, a White House spokesman, had spoken of at least 3,000 North Korean soldiers in "
                 "Russia", value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place="Russia")
ss["rdep"] = C("ss", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
ss["resc"] = C("ss", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war\"", kind=S, measure=ESC, by=RUTTE)
ss["nis10"] = C("ss", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
ss["front"] = C("ss", "some appeared to be heading toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
ss["kyb"] = C("ss", "the contingent was led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
ss["terms"] = C("ss", "the soldiers were being taught roughly 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
ss["pr"] = C("ss", "the agency had forecast about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
ss["prd"] = C("ss", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ss["hur12"] = C("ss", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
ss["arr"] = C("ss", "the first of them reached the Kursk region on October 23", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
ss["ct"] = C("ss", "the first North Korean units could go into battle on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
ss["law"] = C("ss", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- Samoa Observer, Thu 2024-10-31 (explainer with question headings)
# "Two weeks ago" gives null (the plan in the intro); "told lawmakers on Tuesday" -> 10-29; "had said on Monday" ->
# 10-28; "A week earlier" gives null (the two 3,000s, told as steps: k03); "Seoul's first disclosure, on October 18,
# said" -> 10-18 (first group and window); "said on October 24" -> 10-24 (HUR's count, officers, generals); "said on
# Monday" -> 10-28 (Rutte); "The Pentagon says" none; "had warned" none; "Seoul says", "Lawmakers were also told", "the
# NIS says", "It believes" none; "Asked about satellite images last week" none; "said on Friday" -> 10-25; the missile
# expectation none. The outlet's remarks ("Its figure is the size of the whole force ...", "Not as far as anyone has
# shown", "Those days have passed ...", "Little directly", the Pacific paragraph), "since August", the Commonwealth's
# "56-member", the ministry's non-reply and the next-step line's own watch item are not annotated.
so = {}
so["plan"] = C("so", "North Korea had decided to send about 12,000 soldiers to fight for Russia", measure=PL,
               value=12000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
so["nis10"] = C("so", "the number had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
so["dod10"] = C("so", "around 10,000 had been sent to eastern Russia for training", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
so["nis3"] = C("so", "The NIS said around 3,000 had arrived", value=3000, q="about", scope="total", by=NIS,
               place="Russia")
so["wh3"] = C("so", "the White House said at least 3,000 had crossed by ship", value=3000, q="at_least",
              scope="total", by=WH, place="Russia")
so["fb"] = C("so", "a first group of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
so["win"] = C("so", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
so["hur12"] = C("so", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
so["off"] = C("so", "500 of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
so["gen"] = C("so", "three of them generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
so["rdep"] = C("so", "North Korean units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
so["weeks"] = C("so", "Russia intends to use the soldiers in combat \"over the next several weeks\"", kind=S,
                measure=CT, mod="planned", by=DOD)
so["ct"] = C("so", "the first of them could be on the battlefield on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
so["kyb"] = C("so", "the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
so["terms"] = C("so", "the soldiers are drilled on about a hundred Russian words of command", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
so["pay"] = C("so", "About US$2,000 a month each, paid by Moscow, the NIS says", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
so["regime"] = C("so", "It believes most of the money is kept by the North Korean state.", kind=S, measure=REGIME,
                 by=NIS)
so["noack"] = C("so", "Russia has not confirmed that the soldiers are there.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
so["img"] = C("so", "President Vladimir Putin said they \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
so["law"] = C("so", "any deployment would be in keeping with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
so["icbm"] = C("so", "it expects the North to test another long-range missile around the US election on November 5",
               kind=S, measure=ICBMX, mod="planned", by=NIS)

# ---------------------------------------------------------------- Marianas Variety, Fri 2024-11-01 (annotated transcript; less usual)
# The speakers' lines are verbatim remarks; like SOT lines they carry no day of their own (the intro's "on Thursday"
# dates the meeting, not their sentences), so Blinken's, Austin's, Cho's and Kim's claims are undated. The notes are
# the outlet's voice relaying origins: "on Monday" -> 10-28 (the Pentagon), "went further on Tuesday and told" -> 10-29
# (the NIS), "Nine days ago" -> 10-23 (Washington's step, `US government`), "on Oct. 23" -> 10-23 (the White House's
# "fair game"); Zelensky's window ("had warned") and the ICBM figures (the day, "Hours before the meeting", is in
# the previous sentence) are undated, as are "Seoul still puts" and "the NIS says". "both records for the North",
# "neither Washington nor Kyiv has reported that they have", Choe's scheduled trip (an event), "roughly 3,000
# kilometers", the Pentagon's referral, "There can be no reward ..." and "should not mistake our patience ..."
# (rhetoric after an annotated sentence) are not annotated.
mv = {}
mv["bl10"] = C("mv", "some 10,000 North Korean soldiers have been sent to eastern Russia", value=10000, q="about",
               scope="total", by=BL, place=RFE)
mv["bl8"] = C("mv", "about 8,000 of them are now in Russia's Kursk region", measure=KU, value=8000, q="about", by=BL,
              place="Kursk")
mv["dod10"] = C("mv", "The Pentagon had put the total at around 10,000 on Monday", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place="Russia")
mv["nis10"] = C("mv", "told lawmakers in Seoul that more than 10,000 had arrived", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
mv["us3"] = C("mv", "Nine days ago Washington's own estimate was at least 3,000", value=3000, q="at_least",
              scope="total", by=USG, ev="2024-10-23", place="Russia")
mv["days"] = C("mv", "We expect Russia to use these soldiers in combat operations against Ukrainian forces in the "
               "coming days", kind=S, measure=CT, mod="planned", by=BL)
mv["tgt"] = C("mv", "If they do, they will become legitimate military targets", kind=S, measure=TGT,
              mod="conditional", by=BL)
mv["fair"] = C("mv", "The White House used the phrase \"fair game\" about North Korean soldiers who fight Ukraine on "
               "Oct. 23", kind=S, measure=TGT, mod="conditional", by=WH, ev="2024-10-23")
mv["ct"] = C("mv", "the first of them could reach the battlefield on Oct. 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
mv["eq"] = C("mv", "Russia has been training these soldiers in artillery, in drones and in basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
mv["acs"] = C("mv", "I have not yet seen reports of them engaged in combat against Ukrainian forces", kind=S,
              measure=CS, by=AUSTIN)
mv["cho"] = C("mv", "Russia could hand North Korea sensitive military technology in return, including for its "
              "missile programme", kind=S, measure=TECH, mod="conditional", by=CHO)
mv["kyh"] = C("mv", "North Korean troops must be withdrawn from Russia immediately", kind=S, measure=WITHDRAW, by=KYH,
              subject=SK)
mv["t86"] = C("mv", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
mv["alt"] = C("mv", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
mv["plan"] = C("mv", "Seoul still puts the total Pyongyang has committed at about 12,000", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, place="Russia")
mv["pay"] = C("mv", "Moscow pays each of them about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
mv["allies"] = C("mv", "We are working with allies and partners on what comes next", kind=S, measure=ALLIES, by=BL,
                 subject="United States")
mv["noack"] = C("mv", "The Kremlin has still not confirmed that North Korean soldiers are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Post-Courier, Tue 2024-11-05 (story built from agency copy)
# The lead ("says"; its relative clause "a claim South Korea said it could not confirm") gives no day; "aired on
# Tuesday" -> 11-05 (Umerov); "said on Tuesday" -> 11-05 (the ministry); "said on Monday" -> 11-04 (Zelensky; the
# Pentagon); "Last Thursday" -> 10-31 (Blinken's 8,000); "counted ... last week" and "It says" give null; "Early on
# Tuesday" -> 11-05 (the JCS); "five days after the North tested" -> 10-31 (the 86 minutes, dated by the flight as
# earlier sets did; unhedged); "On Friday" -> 11-01 (Choe's pledge). "He did not say where", Peskov's refusal, the
# analysts, the unnamed diplomat, the ministry's non-reply, PNG's "friends to all" line (the outlet's background), the
# poll times, the kina and the RELATED lines are not annotated; Trump's "in 24 hours" is (undated, conditional).
pc = {}
pc["lclash"] = C("pc", "Ukraine's defence minister says his forces have fought North Korean soldiers for the first "
                 "time", kind=S, measure=N5, by=UM)
pc["lmnd"] = C("pc", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
pc["um"] = C("pc", "Rustem Umerov described the first encounters as small-scale", kind=S, measure=N5, by=UM,
             ev="2024-11-05")
pc["mnd"] = C("pc", "South Korea's Ministry of National Defence said on Tuesday it could not verify his remarks",
              kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
pc["z11"] = C("pc", "11,000 North Korean troops were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
pc["bl8"] = C("pc", "Antony Blinken had put the number there at about 8,000", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
pc["dodcs"] = C("pc", "it had no indication yet that North Korean troops had gone into combat against Ukraine",
                kind=S, measure=CS, by=DOD, ev="2024-11-04")
pc["nis10"] = C("pc", "South Korea's spy agency counted more than 10,000 North Koreans in Russia last week",
                value=10000, q="at_least", scope="total", by=NIS, place="Russia")
pc["plan"] = C("pc", "It says Pyongyang has pledged about 12,000 in all.", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
pc["srbm"] = C("pc", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
pc["t86"] = C("pc", "an intercontinental missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
pc["choe"] = C("pc", "she had pledged that North Korea would stand by Russia \"until the day of victory\"", kind=S,
               measure=CHOE, by="Choe Son Hui", ev="2024-11-01")
pc["noack"] = C("pc", "The Kremlin has still not confirmed that North Korean soldiers are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
pc["t24"] = C("pc", "Trump has said he would end the war \"in 24 hours\" if elected", measure=T24, value=24,
              unit="hours", mod="conditional", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- Stabroek News, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (the State Department's count); its next sentence ("Most of them, it added, ...") has no
# day, so "most ... Kursk" and "begun engaging in combat" are undated; "went a step further today." holds no claim and
# the next sentence ("It told lawmakers in Seoul that ...") has no day of its own, so the two NIS claims are undated;
# "on October 18" -> 10-18 (plan and first 1,500, one sentence); "On October 23" -> 10-23; "On October 28" -> 10-28 and
# "on October 31" -> 10-31 (two claims, one sentence); "on November 4" -> 11-04; "on November 5" and "the same day" ->
# 11-05; "for another week" gives null (`US government`), as does the lead's "Washington now says they are fighting" (a loose
# restatement of the State Department's line, `US government`, k27); "On Sunday" -> 11-10; "reported on Tuesday" -> 11-12; "last
# week" gives null. "A plan, a head count, a total, a local figure ...", "Four weeks", "since August", "June",
# "January 20", Guyana's seat "until the end of 2025", "all five permanent members", Georgetown's silence, the
# ministry's non-reply and G$208.50 are not annotated.
sn = {}
sn["wfight"] = C("sn", "Washington now says they are fighting", kind=S, measure=CS, by=USG)
sn["st10"] = C("sn", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
sn["most"] = C("sn", "Most of them, it added, have moved into the Kursk region", kind=S, measure=MOSTK, by=STATE,
               place="Kursk")
sn["begun"] = C("sn", "they have begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, place="Kursk")
sn["units"] = C("sn", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS)
sn["combat"] = C("sn", "some were already taking part in the fighting", kind=S, measure=CS, by=NIS)
sn["plan"] = C("sn", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sn["fb"] = C("sn", "a first 1,500 had already crossed the sea to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
sn["nis3"] = C("sn", "On October 23 the same agency counted about 3,000 on Russian soil", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
sn["dod10"] = C("sn", "On October 28 the Pentagon said around 10,000 had been sent for training in the east",
                value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
sn["bl8"] = C("sn", "Secretary of State Antony Blinken placed 8,000 of them in Kursk", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
sn["z11"] = C("sn", "President Volodymyr Zelensky said on November 4 that there were 11,000 there", measure=KU,
              value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
sn["kyiv"] = C("sn", "Kyiv reported the first clashes on November 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
sn["mnd"] = C("sn", "Seoul's defence ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
sn["nosign"] = C("sn", "for another week Washington said it had seen no sign of fighting", kind=S, measure=CS, by=USG)
sn["massed"] = C("sn", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
sn["fake"] = C("sn", "which first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
sn["noack"] = C("sn", "still declines to confirm that North Korean soldiers are in Russia at all", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
sn["ratify"] = C("sn", "Kim Jong Un had ratified the mutual defence treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
sn["wpn"] = C("sn", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
sn["t24"] = C("sn", "has promised to end the war quickly, \"within 24 hours\" as he put it during the campaign",
              measure=T24, value=24, q="up_to", unit="hours", mod="conditional", by="Donald Trump",
              subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [gl["sofar"], gl["bud11"], tt["kys11"], bt["bud11"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 on Russian soil vs Kyiv's about 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("roughly 1,500 so far (NIS)", [gl["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [gl["bud11"], tt["kys11"], bt["bud11"]])])
K(RU, [tt["nis3"], tt["wh3"], bt["nis3"], bt["seoul3"], bt["us3"], bt["hur12"], bt["kyiv12"], ss["hur12"],
       so["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("around / at least 3,000 (NIS, White House, US)", [tt["nis3"], tt["wh3"], bt["nis3"], bt["seoul3"], bt["us3"]]),
   ("about 12,000 (HUR)", [bt["hur12"], bt["kyiv12"], ss["hur12"], so["hur12"]])])
K(RU, [ss["kirby3"], so["nis3"], so["wh3"], mv["us3"], sn["nis3"], ss["dod10"], so["dod10"], mv["dod10"],
       sn["dod10"], mv["bl10"], ss["nis10"], so["nis10"], mv["nis10"], pc["nis10"], sn["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / around 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [mv["bl8"], pc["bl8"], sn["bl8"], pc["z11"], sn["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [gl["plan"], tt["plan"], bt["plan"], so["plan"], mv["plan"], pc["plan"], sn["plan"], gl["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [gl["plan"], tt["plan"], bt["plan"], so["plan"], mv["plan"], pc["plan"], sn["plan"]]),
   ("10,000 (Zelensky)", [gl["zel10"]])])
K(FB, [gl["fb"], tt["fb"], so["fb"], sn["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [gl["win"], so["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [gl["brig"], tt["brig"], bt["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [tt["sb"], bt["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(FURTHER, [gl["further"], tt["further"]], "agreement",
  "NIS: further transports planned / being prepared (Oct 18, Oct 23)")
K(PR, [tt["pr"], bt["pr"], ss["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [tt["prd"], bt["prd"], ss["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [tt["pay"], bt["pay"], so["pay"], mv["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [tt["regime"], bt["regime"], so["regime"]], "agreement", "NIS: most of the pay goes to the state")
K(OFF, [bt["off"], so["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [bt["gen"], so["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [bt["arr"], ss["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [tt["sites"], bt["sites"]], "agreement", "Kirby / the Americans (Oct 23): three training sites in the Far East")
K(READY, [gl["ready"], bt["ready"]], "agreement", "Budanov: ready by November 1")
K(TGT, [tt["fair"], mv["tgt"], mv["fair"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby Oct 23, Blinken)")
K(ESC, [tt["aesc"], ss["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte)")
K(UNSURE, [tt["aunsure"], tt["kunsure"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin 'left to be seen', Kirby 'not yet clear')")
K(ALLIES, [tt["allies"], mv["allies"]], "agreement", "US consulting / working with allies and partners (Kirby, Blinken)")
K(DEP, [gl["started"], tt["adep"], ss["rdep"], so["rdep"], gl["krem"], gl["fake"], sn["fake"]], "discrepancy",
  "deployment asserted (NIS 'already started', Austin Oct 23, Rutte Oct 28) vs rejected / 'another fake' (Kremlin, "
  "Peskov)",
  [("asserted", [gl["started"], tt["adep"], ss["rdep"], so["rdep"]]),
   ("rejected / dismissed", [gl["krem"], gl["fake"], sn["fake"]])])
K(LAW, [bt["law"], ss["law"], so["law"], gl["unsc"], bt["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security Council resolutions "
  "(Seoul)",
  [("lawful (North Korea)", [bt["law"], ss["law"], so["law"]]),
   ("breaches UNSC resolutions (Seoul)", [gl["unsc"], bt["unsc"]])])
K(CT, [ss["ct"], so["ct"], mv["ct"], ss["weeks"], so["weeks"], mv["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh / the Pentagon, Oct 28) vs "
  "'in the coming days' (Blinken, Oct 31)",
  [("Oct 27 or 28 (Zelensky)", [ss["ct"], so["ct"], mv["ct"]]),
   ("several weeks (Pentagon)", [ss["weeks"], so["weeks"]]),
   ("coming days (Blinken)", [mv["days"]])])
K(CS, [gl["rcs"], mv["acs"], pc["dodcs"], sn["nosign"], sn["wfight"], sn["begun"], sn["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4), no sign "
  "for another week (Washington) -> begun engaging in combat (State Department, Nov 12) and some already fighting "
  "(NIS, Nov 13)")
K(N5, [pc["lclash"], pc["um"], sn["kyiv"], pc["lmnd"], pc["mnd"], sn["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [pc["lclash"], pc["um"], sn["kyiv"]]),
   ("cannot confirm (Seoul MND)", [pc["lmnd"], pc["mnd"], sn["mnd"]])])
K(WPN, [tt["wpn"], bt["yoon"], sn["wpn"]], "agreement",
  "Seoul could arm Ukraine, in stages / does not rule it out (presidential official Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [tt["wd"], mv["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [bt["tech"], mv["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst; Foreign Minister Cho)")
K(IMG, [bt["img"], so["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(NOACK, [tt["noack"], so["noack"], mv["noack"], pc["noack"], sn["noack"]], "agreement",
  "Moscow has not confirmed / acknowledged the deployment")
K(FRONT, [ss["closer"], ss["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [ss["kyb"], so["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [ss["terms"], so["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(ICBM_T, [mv["t86"], pc["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(T24, [pc["t24"], sn["t24"]], "agreement", "Trump: he would end the war in / within 24 hours")

pairs = [
    (gl["sofar"], gl["fb"], "about 1,500: Seoul's head count on Russian soil vs the first transport"),
    (gl["bud11"], gl["zel10"], "about 11,000 training (Budanov) vs 10,000 being prepared (Zelensky), same paragraph"),
    (gl["sofar"], gl["plan"], "roughly 1,500 there so far vs some 12,000 decided"),
    (tt["sb"], tt["nis3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (tt["nis3"], tt["pr"], "around 3,000 now vs some 10,000 expected by December"),
    (tt["sb"], tt["fb"], "about 1,500: the second group vs the first group"),
    (tt["wh3"], tt["sites"], "3: at least 3,000 soldiers vs three training sites"),
    (bt["hur12"], bt["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 decided (NIS)"),
    (bt["off"], bt["gen"], "500 officers vs three generals, same sentence"),
    (bt["gen"], bt["sites"], "three: generals vs training sites"),
    (ss["dod10"], ss["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (ss["nis10"], ss["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (ss["hur12"], ss["kirby3"], "about 12,000 (HUR, snapshot) vs at least 3,000 told as the step before"),
    (so["hur12"], so["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 decided (NIS)"),
    (mv["bl8"], mv["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same sentence"),
    (mv["days"], mv["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (mv["plan"], mv["nis10"], "about 12,000 committed vs more than 10,000 arrived"),
    (pc["z11"], pc["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (sn["st10"], sn["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
    (sn["plan"], sn["fb"], "about 12,000 decided vs a first 1,500 across, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
