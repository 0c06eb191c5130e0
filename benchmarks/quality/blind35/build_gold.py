"""Generate gold.json for blind35 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind35/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "stl": ("st-louis-post-dispatch-2024-10-19-north-korea-to-send-12000-troops-to-russia-seoul-says",
            "St. Louis Post-Dispatch", "2024-10-19"),
    "inq": ("philadelphia-inquirer-2024-10-23-north-korea-sends-second-batch-3000-troops-russia",
            "The Philadelphia Inquirer", "2024-10-23"),
    "fp": ("detroit-free-press-2024-10-25-qa-why-kyiv-and-seoul-count-north-korean-troops-differently",
           "Detroit Free Press", "2024-10-25"),
    "dmn": ("dallas-morning-news-2024-10-29-pentagon-says-10000-north-korean-troops-sent-to-russia",
            "The Dallas Morning News", "2024-10-29"),
    "ajc": ("atlanta-journal-constitution-2024-11-01-what-we-know-north-korean-troops-kursk",
            "The Atlanta Journal-Constitution", "2024-11-01"),
    "bee": ("sacramento-bee-2024-11-03-readers-representative-why-north-korean-troop-numbers-kept-changing",
            "The Sacramento Bee", "2024-11-03"),
    "az": ("arizona-republic-2024-11-05-ukraine-says-first-clashes-with-north-korean-troops",
           "The Arizona Republic", "2024-11-05"),
    "or": ("oregonian-2024-11-14-analysis-north-korean-troops-now-fighting-how-count-grew",
           "The Oregonian", "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
BEGUN = "North Korean troop movement already begun"
MOREX = "further North Korean transports expected"
THREAT = "deployment a grave security threat (Seoul)"
AGE = "age"
YEARS = "years since a Russian leader last visited Pyongyang"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "US unsure what North Korean troops will do (Oct 23)"
CONSULT = "US consulting allies and Kyiv on a response"
NOACK = "Russia has not acknowledged the deployment"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NAME = "name of the Oct 31 ICBM (Hwasong-19)"
LAVROV = "Russia-North Korea military ties"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
H24 = "Trump's promise to end the war (hours)"


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
WO = "Western official"
YOON = "Yoon Suk Yeol"
PO = "South Korea presidential office"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
HAN = "Eun-ji Han"
SK, RUS = "South Korea", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- St. Louis Post-Dispatch, Sat 2024-10-19 (straight news story)
# "said Friday" -> 10-18 (the lead's plan); "Friday, after which" -> 10-18 (the office's threat and UNSC line);
# "had said on Thursday" -> 10-17 (Zelensky); "the same day" after it -> 10-17 (the Western official); "in an
# interview published Friday, saying" -> 10-18 (Budanov's figure and Nov. 1). The second to fourth paragraphs ("The
# National Intelligence Service said", "the agency said", "it said", "according to the agency's count") give no day,
# nor do "Standing beside him", "He said" and "earlier this month". "Only that first contingent ... so far" is the NIS's
# head count that week (bundled k01), beside the transfer report (k06). "24 years" is the outlet's count (nobody);
# the grocer's age is annotated. "first large-scale", "fourth article", "1951", "1970s", "since August", the analysts
# (unnamed), Boeing's refusal, the caption, the related line ($15, 2026, 4-2, 9%) and the phone number are not.
stl = {}
stl["plan"] = C("stl", "North Korea has decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
stl["brig"] = C("stl", "the North would send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
                by=NIS)
stl["begun"] = C("stl", "the movement had already begun", kind=S, measure=BEGUN, by=NIS)
stl["fb"] = C("stl", "Roughly 1,500 special forces soldiers were carried from the North's east coast to the Russian "
              "port of Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
stl["win"] = C("stl", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
stl["ships"] = C("stl", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 subject=RUS)
stl["escort"] = C("stl", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
stl["unif"] = C("stl", "Once ashore they were handed Russian uniforms and identity papers that would let them pass as "
                "residents of Yakutia and Buryatia, two Siberian regions", kind=S, measure=UNIF, by=NIS)
stl["sofar"] = C("stl", "Only that first contingent — around 1,500 men — has reached Russia so far", value=1500,
                 q="about", scope="total", by=NIS, place="Russia")
stl["more"] = C("stl", "More transports are expected.", kind=S, measure=MOREX, mod="planned", by=NIS)
stl["threat"] = C("stl", "his office said the deployment posed \"a grave security threat\"", kind=S, measure=THREAT,
                  by=PO, ev="2024-10-18")
stl["unsc"] = C("stl", "violated United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
                ev="2024-10-18")
stl["zel10"] = C("stl", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                 mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
stl["rcs"] = C("stl", "the alliance could not confirm that North Korean troops were taking part in the fighting",
               kind=S, measure=CS, by=RUTTE)
stl["wo"] = C("stl", "put a possible deployment at anywhere from 2,000 to 12,000 troops", measure=PL, low=2000,
              high=12000, mod="planned", scope="total", by=WO, ev="2024-10-17", place="Russia")
stl["bud"] = C("stl", "about 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
               scope="total", by=BUD, ev="2024-10-18", place=RFE)
stl["ready"] = C("stl", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                 ev="2024-10-18")
stl["2600"] = C("stl", "a first unit of 2,600 was to be sent to Russia's Kursk region", measure=FIRSTU, value=2600,
                mod="planned", scope="first_batch", by=BUD, place="Kursk")
stl["kremlin"] = C("stl", "The Kremlin has brushed the reports aside.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
stl["fake"] = C("stl", "called them \"another fake\" earlier this month", kind=S, measure=DEP, by=PESKOV, subject=RUS)
stl["yrs"] = C("stl", "for the first time in 24 years", measure=YEARS, value=24, unit="years", by=None, subject=RUS)
stl["age"] = C("stl", "David Cho, 58", measure=AGE, value=58, unit="years", by=None, subject="David Cho")

# ---------------------------------------------------------------- The Philadelphia Inquirer, Wed 2024-10-23 (straight news story, update block)
# "told lawmakers Wednesday" -> 10-23 (the second batch and the total, one sentence); Park "told reporters after the
# closed-door session" gives no day (the forecast and December stay null), nor do "Park said" and "Lee ... said";
# "five days after the agency first disclosed" -> 10-18 (brigades, plan and first transport in one sentence); "On
# Monday" -> 10-21 (the summons), "The same day" -> 10-21 (Kyslytsya's figure and Nov. 1); "On Tuesday" -> 10-22 (the
# presidential official); Austin "said Wednesday" -> 10-23, his two quotes none; the update's "said Wednesday" -> 10-23
# (the White House); Kirby's lines none. "doubling" sits inside the total's quote. "between early and mid-October" is
# left inside the White House's sentence (not a date claim). The parish's 40 families, "two years", "since 2022", the
# update time and the More line (19, 13 days, 7.5%, Dec. 1, 28-3) are not annotated; the volunteer's words are a
# reaction.
inq = {}
inq["sb"] = C("inq", "shipped a second batch of roughly 1,500 soldiers to Russia", measure=SB, value=1500, q="about",
              scope="additional", by=NIS, ev="2024-10-23", place="Russia")
inq["nis3"] = C("inq", "doubling its contingent there to around 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
inq["pr"] = C("inq", "expects the total to reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
inq["prd"] = C("inq", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
inq["pay"] = C("inq", "Russia was paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
inq["regime"] = C("inq", "most of which was likely being kept by the government in Pyongyang", kind=S, measure=REGIME,
                  by=NIS)
inq["drones"] = C("inq", "Russian instructors had rated the North Koreans as physically strong but found them lacking "
                  "any grasp of drones and modern warfare", kind=S, measure=DRONES, by=NIS)
inq["brig"] = C("inq", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
                mod="planned", by=NIS, ev="2024-10-18")
inq["plan"] = C("inq", "about 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
                by=NIS, ev="2024-10-18", place="Russia")
inq["fb"] = C("inq", "had moved 1,500 special forces to Vladivostok", measure=FB, value=1500, scope="first_batch",
              by=NIS, ev="2024-10-18", place=RFE)
inq["wd"] = C("inq", "demanded the immediate withdrawal of the troops", kind=S, measure=WITHDRAW, by=SKFM,
              ev="2024-10-21", subject=SK)
inq["kys"] = C("inq", "some 11,000 North Korean soldiers were training in eastern Russia", value=11000, q="about",
               scope="total", by=KYS, ev="2024-10-21", place=RFE)
inq["ready"] = C("inq", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                 ev="2024-10-21")
inq["wpn"] = C("inq", "Seoul would respond in stages and could consider sending Ukraine defensive weapons first, and "
               "offensive ones later", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
inq["adep"] = C("inq", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
                ev="2024-10-23", place="Russia")
inq["unsure"] = C("inq", "What exactly they're doing, that's left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
inq["aesc"] = C("inq", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
                "behalf, that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
inq["noack"] = C("inq", "The Kremlin has neither confirmed nor denied that North Korean soldiers are on Russian soil.",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
inq["wh3"] = C("inq", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
inq["sites"] = C("inq", "had gone on to three training sites in eastern Russia", measure=SITES, value=3,
                 unit="training sites", by=KIRBY, place=RFE)
inq["kunsure"] = C("inq", "it was unclear whether they would be sent into combat", kind=S, measure=UNSURE, by=KIRBY)
inq["fair"] = C("inq", "If they do deploy against Ukraine, they are fair game", kind=S, measure=TGT, mod="conditional",
                by=KIRBY)
inq["consult"] = C("inq", "the administration was consulting with allies and with Kyiv about how to respond", kind=S,
                   measure=CONSULT, by=KIRBY, subject="United States")

# ---------------------------------------------------------------- Detroit Free Press, Fri 2024-10-25 (Q&A interview)
# The intro: "said Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on
# Wednesday" -> 10-23 (its own day, as blind21-34 did); "A day earlier" -> 10-23 (the NIS's 3,000). The guest relays
# the NIS: "Last Friday" -> 10-18 (plan, brigades), "On Wednesday" -> 10-23 (second group, forecast and December in
# one sentence). Questions that state a claim are their origins' claims: "Washington says at least 3,000." (US
# government, undated), Putin "said Thursday" -> 10-24, Yoon "said Thursday" -> 10-24; Kim Jong Gyu's question is in two
# sentences and the day ("today") is in the first, so his claim stays null. "roughly four times" is the interviewer's
# ratio (nobody). The guest's own method reading and technology forecast are hers; her asides ("Possibly both", "Which
# fits Seoul's count", "Nobody in Washington ...", "It is not denying it", "Hard currency first", the combat-experience
# and Poland answers) are not annotated; "a few weeks", "since 1953" and the phone number are not claims.
fp = {}
fp["hur"] = C("fp", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
fp["off"] = C("fp", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
fp["gen"] = C("fp", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
fp["arr"] = C("fp", "the first units reached the Kursk region, which borders Ukraine, on Wednesday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
fp["nis3"] = C("fp", "South Korea's spy agency had put the figure at around 3,000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
fp["age"] = C("fp", "Eun-ji Han, 47", measure=AGE, value=47, unit="years", by=None, subject=HAN)
fp["ratio"] = C("fp", "Kyiv's number is roughly four times Seoul's", measure=RATIO, value=4, q="about", unit="times",
                by=None)
fp["method"] = C("fp", "Kyiv, I think, counts the whole force that has been assigned to the mission", kind=S,
                 measure=METHOD, by=HAN)
fp["plan"] = C("fp", "Pyongyang had decided to send about 12,000 men", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
fp["brig"] = C("fp", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
fp["sb"] = C("fp", "a second group of about 1,500 had followed the first one", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
fp["pr"] = C("fp", "it expected around 10,000 in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
fp["prd"] = C("fp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
fp["us3"] = C("fp", "Washington says at least 3,000.", value=3000, q="at_least", scope="total", by=USG, place="Russia")
fp["sites"] = C("fp", "they were at three training sites in the Far East", measure=SITES, value=3,
                unit="training sites", by=WH, place=RFE)
fp["img"] = C("fp", "Vladimir Putin said Thursday that satellite images \"reflect something.\"", kind=S, measure=IMG,
              by=PUTIN, ev="2024-10-24", subject=RUS)
fp["treaty"] = C("fp", "how Russia carries out its treaty with North Korea is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
fp["pay"] = C("fp", "Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
fp["regime"] = C("fp", "most of that money goes to the state, not the soldier", kind=S, measure=REGIME, by=NIS)
fp["tech"] = C("fp", "I expect Moscow to help Pyongyang with satellites, submarines or missile guidance", kind=S,
               measure=TECH, mod="planned", by=HAN)
fp["law"] = C("fp", "any such deployment would be \"an act conforming with the regulations of international law.\"",
              kind=S, measure=LAW, mod="conditional", by=KJG)
fp["yoon"] = C("fp", "Seoul would not rule out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- The Dallas Morning News, Tue 2024-10-29 (press-briefing write-up)
# "said Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence, with the outlet's ratio);
# Singh's sentence ("told reporters") gives no day; "Last Wednesday" -> 10-23 (the White House's 3,000, a step of the
# running total in a document after Oct 28); "Earlier Monday in Brussels" -> 10-28 (Rutte), "He called" none; "In Seoul
# on Tuesday" -> 10-29 (the NIS's count and the front); Lee's relays give none; "Just last week" gives none (forecast
# and December); "last Thursday" -> 10-24 (HUR's count, officers and generals), the arrival "on Oct. 23" -> 10-23;
# "said Saturday" -> 10-26 (Zelensky's window); Putin "last week" none. The ratio ("more than three times") is the
# outlet's (nobody). "Singh would not say", "Its own count has already passed that", "As of Monday evening ...",
# Lockheed's referral, the Texas vote (5 million, 420,000) and the MORE line (3-4, 30-24, 12 buses, Route 20) are not
# annotated.
dmn = {}
dmn["dod10"] = C("dmn", "About 10,000 North Korean soldiers have been sent to eastern Russia for training",
                 value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dmn["closer"] = C("dmn", "some have already moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
dmn["ratio"] = C("dmn", "a count more than three times what the White House offered last Wednesday", measure=RATIO,
                 value=3, q="at_least", unit="times", by=None)
dmn["weeks"] = C("dmn", "Russia intends to use the soldiers in combat or to support combat operations against Ukrainian "
                 "forces in Russia's Kursk region \"over the next several weeks.\"", kind=S, measure=CT, mod="planned",
                 by=SINGH, place="Kursk")
dmn["wh3"] = C("dmn", "the White House had said at least 3,000 North Koreans were in Russia", value=3000, q="at_least",
               scope="total", by=WH, ev="2024-10-23", place="Russia")
dmn["rdep"] = C("dmn", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
                kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
dmn["resc"] = C("dmn", "He called the move \"a significant escalation\" and \"a dangerous expansion of Russia's war.\"",
                kind=S, measure=ESC, by=RUTTE)
dmn["nis10"] = C("dmn", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
dmn["front"] = C("dmn", "some appeared to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
dmn["kyb"] = C("dmn", "the agency had identified the contingent's commander as Lt. Gen. Kim Yong Bok", kind=S,
               measure=KYB, by=NIS)
dmn["terms"] = C("dmn", "the troops were being drilled on about 100 basic Russian military commands", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
dmn["pr"] = C("dmn", "the North would have about 10,000 soldiers in Russia", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
dmn["prd"] = C("dmn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dmn["hur"] = C("dmn", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
               ev="2024-10-24", place="Russia")
dmn["off"] = C("dmn", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
dmn["gen"] = C("dmn", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
dmn["arr"] = C("dmn", "the first units had reached Kursk on Oct. 23", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
               place="Kursk")
dmn["ct"] = C("dmn", "the first North Korean soldiers could be sent into combat zones on Oct. 27 and 28", kind=D,
              measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
dmn["img"] = C("dmn", "said only that such images \"reflect something.\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- The Atlanta Journal-Constitution, Fri 2024-11-01 (explainer)
# "said Thursday" -> 10-31 (Blinken's 8,000 in Kursk and his 10,000 in all, one sentence); "had said Tuesday" -> 10-29
# (the NIS's count, the front and Kim Yong Bok, one sentence); "on Oct. 18" -> 10-18 (plan, brigades, first transport
# and window, one sentence). Blinken's "in the coming days" and targets lines, Austin's two lines, Kim Yong-hyun and
# Cho give no day; "has said" (pay, regime) none. The ICBM's minutes and altitude are undated: the launch's time
# ("Hours before the talks") is in the previous sentence and "Japan's Defense Ministry said" gives none. "On Friday,
# North Korean state media named it" -> 11-01 (KCNA). The update's "on Friday" -> 11-01 (Choe; Lavrov's "said" none).
# "two-plus-two", "both records", "largest foreign investor", $7.6 billion, 4 million ballots, the update time and the
# unnamed business leaders are not annotated.
ajc = {}
ajc["bl8"] = C("ajc", "about 8,000 North Korean troops were now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
ajc["bl10"] = C("ajc", "out of roughly 10,000 sent to Russia in total", value=10000, q="about", scope="total", by=BL,
                ev="2024-10-31", place="Russia")
ajc["nis10"] = C("ajc", "the count had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
ajc["front"] = C("ajc", "some of the soldiers were moving toward the front", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
ajc["kyb"] = C("ajc", "under a commander it named as Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS,
               ev="2024-10-29")
ajc["plan"] = C("ajc", "the North had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ajc["brig"] = C("ajc", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
ajc["fb"] = C("ajc", "beginning with about 1,500 special forces who sailed to Vladivostok", measure=FB, value=1500,
              q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ajc["win"] = C("ajc", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS, ev="2024-10-18")
ajc["days"] = C("ajc", "he expected them to engage in combat against Ukrainian forces \"in the coming days.\"", kind=S,
                measure=CT, mod="planned", by=BL)
ajc["acs"] = C("ajc", "he had not yet seen reports of North Koreans in combat", kind=S, measure=CS, by=AUSTIN)
ajc["eq"] = C("ajc", "Russia had been training them in artillery, drone operations and basic infantry tactics, "
              "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
ajc["tgt"] = C("ajc", "If these troops do enter the fight, they will be legitimate military targets", kind=S,
               measure=TGT, mod="conditional", by=BL)
ajc["kyh"] = C("ajc", "called for the soldiers to be withdrawn at once", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
ajc["cho"] = C("ajc", "Seoul feared Russia could repay Pyongyang with sensitive military technology", kind=S,
               measure=TECH, mod="conditional", by=CHO)
ajc["pay"] = C("ajc", "Russia pays about $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
ajc["regime"] = C("ajc", "most of which goes to the regime rather than the men", kind=S, measure=REGIME, by=NIS)
ajc["t86"] = C("ajc", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
ajc["alt"] = C("ajc", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
               unit="km", by=JMOD)
ajc["hw"] = C("ajc", "North Korean state media named it the Hwasong-19", kind=S, measure=NAME, by="KCNA",
              ev="2024-11-01")
ajc["noack"] = C("ajc", "The Kremlin has not confirmed that North Korean soldiers are in Russia.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
ajc["choe"] = C("ajc", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory.\"",
                kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
ajc["lavrov"] = C("ajc", "the two countries' militaries and security services had \"very close\" ties", kind=S,
                  measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- The Sacramento Bee, Sun 2024-11-03 (readers' representative column)
# The columnist retells each origin's figure with its day: "On Oct. 18" -> 10-18 (plan and first group, one
# sentence), "On Oct. 23" -> 10-23 (count, forecast and December, one sentence), "A day later" -> 10-24 (HUR), "On Oct.
# 28" -> 10-28, "On Oct. 29" -> 10-29, "on Thursday" -> 10-31 (Blinken), "on Oct. 17" -> 10-17 (Zelensky). "Seoul's
# 12,000" and the corrections box's two relays give no day ("at that point" is not a day). The Oct 23 count and the
# White House's corrected "at least 3,000" are steps of the running total k03 in a document after Oct 28; HUR's Oct 24
# count stays in the snapshot k02. The correction's "about 1,500 had been moved at that point" is the NIS's head count
# (k01), the body's "first group ... shipped" the transfer (k06). Not annotated: the readers' figures ("12,000, 3,000
# or 10,000"), the wrong headline and the wrong Oct. 24 figure (quoted to be corrected), the columnist's restatements
# without an origin ("The 12,000 was an intention", "'12,000' twice", "3,000 became 10,000 ... 8,000 of the 10,000"),
# "More than two dozen readers", "two weeks", Measure M, the recipe, the caption and the contact line.
bee = {}
bee["plan"] = C("bee", "North Korea had decided to send about 12,000 soldiers to Russia", measure=PL, value=12000,
                q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bee["fb"] = C("bee", "a first group of about 1,500 special forces had already been shipped to Vladivostok", measure=FB,
              value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bee["nis3"] = C("bee", "about 3,000 North Koreans were in Russia", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
bee["pr"] = C("bee", "it expected about 10,000 there", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, ev="2024-10-23", place="Russia")
bee["prd"] = C("bee", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
bee["hur"] = C("bee", "about 12,000 were already in Russia", value=12000, q="about", scope="total", by=HUR,
               ev="2024-10-24", place="Russia")
bee["dod10"] = C("bee", "the Pentagon said about 10,000 had been sent to eastern Russia", value=10000, q="about",
                 scope="total", by=DOD, ev="2024-10-28", place=RFE)
bee["nis10"] = C("bee", "the total had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
bee["bl8"] = C("bee", "about 8,000 of them were in Russia's Kursk region", measure=KU, value=8000, q="about", by=BL,
               ev="2024-10-31", place="Kursk")
bee["zel10"] = C("bee", "North Korea was preparing 10,000 troops", measure=PL, value=10000, mod="planned",
                 scope="total", by=ZEL, ev="2024-10-17", place="Russia")
bee["seoul12"] = C("bee", "Seoul's 12,000", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
                   place="Russia")
bee["cplan"] = C("bee", "North Korea had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, place="Russia")
bee["csofar"] = C("bee", "about 1,500 had been moved at that point", value=1500, q="about", scope="total", by=NIS,
                  place="Russia")
bee["cwh"] = C("bee", "The White House said at least 3,000.", value=3000, q="at_least", scope="total", by=WH,
               place="Russia")

# ---------------------------------------------------------------- The Arizona Republic, Tue 2024-11-05 (straight news story from agency copy)
# The lead's two clauses give no day (Umerov's clashes; "South Korea said it could not confirm his account", the
# defence ministry); "in an interview aired Tuesday" -> 11-05 (Umerov), "He said he expected" none; the ministry "said
# Tuesday" -> 11-05; "said Monday" -> 11-04 (Zelensky; the Pentagon); Blinken's "about 8,000 last Thursday" -> 10-31;
# "has said" (the NIS) none; "early Tuesday" -> 11-05 (the JCS's missiles); "five days after it tested" -> 10-31 (the
# 86 minutes, dated by the flight as blind23-34 did; attributed to Japan's Defense Ministry, the figure's origin,
# although the sentence's speaker is the JCS); Choe "there on Friday" -> 11-01 (the reception "on Monday" is the
# relative clause's). The voter's age is annotated; his words are a reaction. "since August", "in 2022", "this year",
# Peskov's refusal, the 162nd Wing, "for decades", the wing's refusal, 8 p.m., "10 to 13 days", 2.4 million, 7 p.m.,
# the phone number and the MORE line (Prop. 139, 116-113, 113 days, 100 degrees) are not annotated.
az = {}
az["lclash"] = C("az", "Ukrainian troops have had their first small-scale clashes with North Korean soldiers fighting "
                 "for Russia", kind=S, measure=N5, by=UM)
az["lmnd"] = C("az", "South Korea said it could not confirm his account", kind=S, measure=N5, by=MND, subject=SK)
az["um"] = C("az", "the first engagements with North Korean units had taken place in the Kursk region", kind=S,
             measure=N5, by=UM, ev="2024-11-05", place="Kursk")
az["more"] = C("az", "he expected more North Korean soldiers to be sent in the coming weeks", kind=S, measure=MORE,
               mod="planned", by=UM)
az["mnd"] = C("az", "South Korea's Ministry of National Defense said Tuesday that it could not confirm the remarks",
              kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
az["z11"] = C("az", "11,000 North Korean soldiers were now in Kursk", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
az["bl8"] = C("az", "had put the number there at about 8,000 last Thursday", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
az["dodcs"] = C("az", "it had no indication North Korean troops had yet entered combat", kind=S, measure=CS, by=DOD,
                ev="2024-11-04")
az["nis10"] = C("az", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
az["plan"] = C("az", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
az["srbm"] = C("az", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
az["t86"] = C("az", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
az["choe"] = C("az", "Pyongyang would stand with Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
az["noack"] = C("az", "The Kremlin still has not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
az["age"] = C("az", "Oleksandr Kravets, 34", measure=AGE, value=34, unit="years", by=None, subject="Oleksandr Kravets")

# ---------------------------------------------------------------- The Oregonian, Thu 2024-11-14 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims, one sentence); "A day later" -> 11-13 (the NIS's two
# claims); "on Oct. 18" -> 10-18 (plan and first 1,500, one sentence); "Five days later" -> 10-23; "By Oct. 28" ->
# 10-28; "On Oct. 31" -> 10-31; "On Nov. 4" -> 11-04; "on Nov. 5" and "the same day" -> 11-05; "on Sunday" -> 11-10
# (the NYT's officials); "reported on Tuesday" -> 11-12 (KCNA). "Washington said for another week" is the US
# government's not-in-combat line, undated, in the combat-status update; "Moscow, which first called the reports
# 'another fake'" is the Kremlin's (Peskov not named), undated, beside its silence. Yoon "last week" none. Trump's age
# and "within 24 hours" are annotated. "four weeks" (headline), "less than a month", "Jan. 20", "nearly 300" (the
# Korean War's dead), the Read-more line (10-0, 8%, 1.9 million) and the outlet's judgments are not.
ore = {}
ore["st10"] = C("or", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
                q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
ore["most"] = C("or", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
ore["begun"] = C("or", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                 by=STATE, ev="2024-11-12", place="Kursk")
ore["units"] = C("or", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                 measure=UNITS, by=NIS, ev="2024-11-13")
ore["fight"] = C("or", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
ore["plan"] = C("or", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ore["fb"] = C("or", "had already shipped the first 1,500", measure=FB, value=1500, scope="first_batch", by=NIS,
              ev="2024-10-18", place=RFE)
ore["nis3"] = C("or", "its count of North Koreans in Russia stood at about 3,000", value=3000, q="about", scope="total",
                by=NIS, ev="2024-10-23", place="Russia")
ore["dod10"] = C("or", "the Pentagon was putting the figure at about 10,000", value=10000, q="about", scope="total",
                 by=DOD, ev="2024-10-28", place="Russia")
ore["bl8"] = C("or", "about 8,000 were in the Kursk region", measure=KU, value=8000, q="about", by=BL, ev="2024-10-31",
               place="Kursk")
ore["z11"] = C("or", "put the number there at 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
ore["um"] = C("or", "reported the first clashes with North Korean units on Nov. 5", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
ore["mnd"] = C("or", "Seoul's defense ministry said the same day that it could not confirm them", kind=S, measure=N5,
               by=MND, ev="2024-11-05", subject=SK)
ore["wash"] = C("or", "Washington said for another week that it had no evidence of North Koreans in combat", kind=S,
                measure=CS, by=USG)
ore["massed"] = C("or", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                  q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
ore["fake"] = C("or", "which first called the reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
                subject=RUS)
ore["noack"] = C("or", "has still not acknowledged the deployment", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
ore["ratify"] = C("or", "Kim Jong Un had ratified the mutual defense treaty with Russia", kind=S, measure=RATIFY,
                  by="KCNA", ev="2024-11-12")
ore["wpn"] = C("or", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
ore["age"] = C("or", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
ore["h24"] = C("or", "he could end the war within 24 hours", measure=H24, value=24, q="up_to", unit="hours",
               mod="conditional", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [stl["sofar"], bee["csofar"], stl["bud"], inq["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 on Russian soil vs Kyiv's about 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [stl["sofar"], bee["csofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [stl["bud"], inq["kys"]])])
K(RU, [inq["nis3"], inq["wh3"], fp["nis3"], fp["us3"], fp["hur"], dmn["hur"], bee["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Washington)", [inq["nis3"], inq["wh3"], fp["nis3"], fp["us3"]]),
   ("about 12,000 (HUR)", [fp["hur"], dmn["hur"], bee["hur"]])])
K(RU, [dmn["wh3"], bee["nis3"], bee["cwh"], ore["nis3"], dmn["dod10"], bee["dod10"], ore["dod10"], ajc["bl10"],
       dmn["nis10"], ajc["nis10"], bee["nis10"], az["nis10"], ore["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: about / at least 3,000 (Oct 23, told as the step before) -> about "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [ajc["bl8"], bee["bl8"], az["bl8"], ore["bl8"], az["z11"], ore["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [stl["plan"], inq["plan"], fp["plan"], ajc["plan"], bee["plan"], bee["seoul12"], bee["cplan"], az["plan"],
       ore["plan"], stl["zel10"], bee["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [stl["plan"], inq["plan"], fp["plan"], ajc["plan"], bee["plan"], bee["seoul12"],
                           bee["cplan"], az["plan"], ore["plan"]]),
   ("10,000 (Zelensky)", [stl["zel10"], bee["zel10"]])])
K(FB, [stl["fb"], inq["fb"], ajc["fb"], bee["fb"], ore["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [stl["win"], ajc["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [stl["brig"], inq["brig"], fp["brig"], ajc["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [inq["sb"], fp["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [inq["pr"], fp["pr"], dmn["pr"], bee["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [inq["prd"], fp["prd"], dmn["prd"], bee["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [inq["pay"], fp["pay"], ajc["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [inq["regime"], fp["regime"], ajc["regime"]], "agreement", "NIS: most of the pay goes to the regime / state")
K(OFF, [fp["off"], dmn["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [fp["gen"], dmn["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [fp["arr"], dmn["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(READY, [stl["ready"], inq["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(SITES, [inq["sites"], fp["sites"]], "agreement", "Kirby / the White House (Oct 23): three training sites in the east")
K(TGT, [inq["fair"], ajc["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [inq["aesc"], dmn["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte)")
K(DEP, [inq["adep"], dmn["rdep"], stl["kremlin"], stl["fake"], ore["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs brushed aside as 'another fake' (Kremlin, Peskov)",
  [("asserted", [inq["adep"], dmn["rdep"]]), ("dismissed", [stl["kremlin"], stl["fake"], ore["fake"]])])
K(LAW, [stl["unsc"], fp["law"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul, Oct 18) vs conforming with international law "
  "(Kim Jong Gyu)",
  [("violates UNSC resolutions (Seoul)", [stl["unsc"]]), ("lawful (North Korea)", [fp["law"]])])
K(IMG, [fp["img"], dmn["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(CT, [dmn["ct"], dmn["weeks"], ajc["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [dmn["ct"]]), ("several weeks (Pentagon)", [dmn["weeks"]]),
   ("coming days (Blinken)", [ajc["days"]])])
K(CS, [stl["rcs"], ajc["acs"], az["dodcs"], ore["wash"], ore["begun"], ore["fight"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4), no "
  "evidence (Washington) -> begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [az["lclash"], az["um"], ore["um"], az["lmnd"], az["mnd"], ore["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [az["lclash"], az["um"], ore["um"]]),
   ("cannot confirm (Seoul MND)", [az["lmnd"], az["mnd"], ore["mnd"]])])
K(FRONT, [dmn["closer"], dmn["front"], ajc["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [dmn["kyb"], ajc["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(ICBM_T, [ajc["t86"], az["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [ajc["choe"], az["choe"]], "agreement", "Choe Son Hui to Lavrov (Nov 1): with Russia until victory")
K(NOACK, [inq["noack"], ajc["noack"], az["noack"], ore["noack"]], "agreement",
  "the Kremlin has not confirmed / acknowledged the deployment")
K(WPN, [inq["wpn"], fp["yoon"], ore["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, depending on the North (presidential office Oct 22; Yoon "
  "Oct 24 and Nov 7)")
K(TECH, [fp["tech"], ajc["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Han; Foreign Minister Cho)")
K(WITHDRAW, [inq["wd"], ajc["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (foreign ministry Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(UNSURE, [inq["unsure"], inq["kunsure"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin 'left to be seen', Kirby 'unclear')")

pairs = [
    (stl["plan"], stl["fb"], "about 12,000 planned vs the first transport of roughly 1,500"),
    (stl["sofar"], stl["fb"], "about 1,500: Seoul's head count so far vs the first transport"),
    (stl["bud"], stl["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (inq["sb"], inq["nis3"], "roughly 1,500 more vs around 3,000 in all, same sentence"),
    (inq["nis3"], inq["pr"], "around 3,000 now vs about 10,000 expected by December"),
    (inq["fb"], inq["sb"], "1,500: the first transport vs the second batch"),
    (inq["kys"], inq["plan"], "some 11,000 training (Kyslytsya) vs about 12,000 planned (NIS)"),
    (fp["hur"], fp["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (fp["off"], fp["gen"], "500 officers vs three generals, same sentence"),
    (fp["sites"], fp["gen"], "three: training sites vs generals"),
    (dmn["dod10"], dmn["pr"], "about 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (dmn["nis10"], dmn["pr"], "more than 10,000 now (NIS Oct 29) vs about 10,000 forecast (NIS Oct 23)"),
    (dmn["hur"], dmn["dod10"], "about 12,000 (HUR, Oct 24) vs about 10,000 (Pentagon, Oct 28)"),
    (ajc["bl8"], ajc["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same sentence"),
    (ajc["plan"], ajc["fb"], "about 12,000 planned vs about 1,500 first transport, same sentence"),
    (ajc["days"], ajc["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (bee["plan"], bee["hur"], "12,000 twice: Seoul's plan vs Kyiv's count"),
    (bee["cplan"], bee["csofar"], "about 12,000 planned vs about 1,500 moved, same correction"),
    (bee["dod10"], bee["pr"], "about 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (az["z11"], az["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
