"""Generate gold.json for blind56 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind56/build_gold.py

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
    "ok": ("the-oklahoman-2024-10-20-seoul-says-north-korea-committing-12000-troops-to-russia", "The Oklahoman",
           "2024-10-20"),
    "rtd": ("richmond-times-dispatch-2024-10-23-north-korea-doubles-troops-in-russia-white-house-3000",
            "Richmond Times-Dispatch", "2024-10-23"),
    "ch": ("the-charlotte-observer-2024-10-25-qa-why-kyiv-and-seoul-count-north-korean-troops-differently",
           "The Charlotte Observer", "2024-10-25"),
    "kc": ("the-kansas-city-star-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia", "The Kansas City Star",
           "2024-10-29"),
    "cj": ("the-courier-journal-2024-10-30-newsroom-chat-which-north-korean-troop-number-to-use",
           "The Courier-Journal (Louisville)", "2024-10-30"),
    "dm": ("the-des-moines-register-2024-11-01-what-to-know-north-korean-troops-kursk-blinken",
           "The Des Moines Register", "2024-11-01"),
    "en": ("the-cincinnati-enquirer-2024-11-05-ukraine-says-troops-fought-north-koreans-seoul-cannot-verify",
           "The Cincinnati Enquirer", "2024-11-05"),
    "nola": ("the-times-picayune-nola-2024-11-13-analysis-north-korean-troops-plan-count-front",
             "The Times-Picayune | NOLA.com", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and papers issued to North Korean troops"
MORE_T = "further North Korean transports expected (NIS)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WRANGE = "possible size of a North Korean deployment (Western official)"
THREAT = "South Korea calls the deployment a security threat"
G7C = "G7 concern over Russia-North Korea military cooperation"
ARMY = "North Korea's armed forces (size)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drone warfare"
UNSURE = "Washington unsure what North Korean troops will do (Oct 23)"
ALLIES = "US consulting allies on a response"
NOACK = "Russia has not acknowledged the deployment"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMX = "North Korean long-range missile test expected around the US election (NIS)"
HWA = "Oct 31 missile named Hwasong-19"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE_U = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
TRUMP24 = "Trump's promise to end the war within 24 hours"
HARRIS = "Harris on support for Ukraine"
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
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
ELLERY = "Marcus Ellery"
JCS = "South Korea Joint Chiefs of Staff"
TRUMP = "Donald Trump"
SK, RUS, US = "South Korea", "Russia", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Oklahoman, Sun 2024-10-20 (straight news story from wire copy)
# "said Friday" -> 10-18 (the lead's plan and "already begun"); "after an emergency meeting Friday" -> 10-18 (threat and
# UNSC, one sentence); "in Brussels on Thursday" and "who appeared with Zelenskyy on Thursday" -> 10-17; "On Friday" ->
# 10-18 (Budanov's count and Nov. 1, one sentence); "Saturday in Naples" -> 10-19. The second paragraph ("The spy agency
# said", "it said"), uniforms, "It expects further shipments." and the head count give no day; Budanov's 2,600 (", he
# said") neither. "The Kremlin has brushed the reports aside" (Kremlin) and Peskov's "another fake" are two claims of one
# sentence (a semicolon). "first sizable ground deployment", "Ukraine's estimates run higher.", "June", the analysts, the non-
# replies, Grace Min's words ("two tours"), the stamps and the Related lines are not annotated; her age is.
ok = {}
ok["plan"] = C("ok", "has committed about 12,000 soldiers to Russia's war against Ukraine", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ok["begun"] = C("ok", "has already begun moving them", kind=S, measure=DEP, by=NIS, ev="2024-10-18")
ok["brig"] = C("ok", "the force is organized in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
ok["fb"] = C("ok", "A first contingent of roughly 1,500 special operations troops crossed to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ok["win"] = C("ok", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ok["ships"] = C("ok", "carried by four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ok["escort"] = C("ok", "with three escort vessels alongside", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
ok["unif"] = C("ok", "The men were handed Russian uniforms and identity papers that pass them off as residents of "
               "Siberian regions", kind=S, measure=UNIF, by=NIS)
ok["more"] = C("ok", "It expects further shipments.", kind=S, measure=MORE_T, mod="planned", by=NIS)
ok["sofar"] = C("ok", "the roughly 1,500 who made that crossing are, for the moment, all of Pyongyang's soldiers on "
                "Russian soil", value=1500, q="about", scope="total", by=NIS, place="Russia")
ok["threat"] = C("ok", "called the move a grave threat to South Korea's security", kind=S, measure=THREAT, by=PO,
                 ev="2024-10-18", subject=SK)
ok["unsc"] = C("ok", "said it breached U.N. Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
ok["zel10"] = C("ok", "Pyongyang was readying 10,000 troops for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ok["bud"] = C("ok", "put the number in training in Russia's east at close to 11,000", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ok["ready"] = C("ok", "would be ready for use by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD, ev="2024-10-18")
ok["2600"] = C("ok", "The first 2,600 of them are headed for Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
ok["rutte"] = C("ok", "the alliance had no evidence yet of North Korean soldiers taking part in the fighting", kind=S,
                measure=CS, by=RUTTE, ev="2024-10-17")
ok["west"] = C("ok", "a deployment could run anywhere from 2,000 to 12,000 troops", measure=WRANGE, low=2000,
               high=12000, mod="planned", by="Western official", place="Russia")
ok["brush"] = C("ok", "The Kremlin has brushed the reports aside", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
ok["fake"] = C("ok", "spokesman Dmitry Peskov called them \"another fake.\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
ok["g7"] = C("ok", "voiced concern about military cooperation between Moscow and Pyongyang", kind=S, measure=G7C,
             by="G7 defence ministers", ev="2024-10-19", subject="G7")
ok["army"] = C("ok", "keeps roughly 1.2 million people in uniform", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
ok["age"] = C("ok", "Grace Min, 63", measure=AGE, value=63, unit="years", by=None, subject="Grace Min")

# ---------------------------------------------------------------- Richmond Times-Dispatch, Wed 2024-10-23 (wire story with update block)
# "told lawmakers Wednesday" -> 10-23 (lead: 1,500 more and around 3,000); Park "told reporters after the closed-door
# briefing" gives no day (forecast, December, more ships); "The agency's first account, given Friday" -> 10-18 (plan,
# brigades, first group in one sentence); "on Monday" -> 10-21 (the summons; Kyslytsya at the Security Council); "said
# Tuesday" -> 10-22; "In Rome on Wednesday" -> 10-23 (Austin's evidence), his quotations give none; the update's "said
# Wednesday" -> 10-23; Kirby's "told reporters" sentence and the next ones give none. Kyslytsya's Oct 21 figure told on
# Oct 23 stays in the week-of-Oct-17-22 discrepancy (bundled k01). "Ukraine puts the number far higher." is the outlet's
# remark; Pruitt's words, "1951", the post's referral, stamps and the More lines are not annotated; his age is.
rtd = {}
rtd["sb"] = C("rtd", "North Korea has shipped roughly 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
              scope="additional", by=NIS, ev="2024-10-23", place="Russia")
rtd["nis3"] = C("rtd", "doubling its presence there to around 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
rtd["pr"] = C("rtd", "the agency expects about 10,000 North Korean troops in Russia", measure=PR, value=10000,
              q="about", mod="planned", scope="total", by=NIS, place="Russia")
rtd["prd"] = C("rtd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rtd["more"] = C("rtd", "the agency believed more ships would follow", kind=S, measure=MORE_T, mod="planned", by=NIS)
rtd["plan"] = C("rtd", "a plan for roughly 12,000 soldiers", measure=PL, value=12000, q="about", mod="planned",
                scope="total", by=NIS, ev="2024-10-18", place="Russia")
rtd["brig"] = C("rtd", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
rtd["fb"] = C("rtd", "about 1,500 special forces moved in the second week of October", measure=FB, value=1500,
              q="about", scope="first_batch", by=NIS, ev="2024-10-18", place="Russia")
rtd["pay"] = C("rtd", "Russia is paying each soldier around $2,000 a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
rtd["regime"] = C("rtd", "most of it is believed to go to the government in Pyongyang", kind=S, measure=REGIME, by=NIS)
rtd["drones"] = C("rtd", "Russian instructors rated the North Koreans as physically tough but poorly prepared for "
                  "fighting with and against drones", kind=S, measure=DRONES, by=NIS)
rtd["wd"] = C("rtd", "demanded that the troops be sent home", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21",
              subject=SK)
rtd["wpn"] = C("rtd", "Seoul would respond in phases and could consider sending arms to Ukraine, defensive weapons first",
               kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
rtd["kys"] = C("rtd", "about 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
               scope="total", by=KYS, ev="2024-10-21", place=RFE)
rtd["adep"] = C("rtd", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
                ev="2024-10-23")
rtd["left"] = C("rtd", "\"What exactly they're doing is left to be seen,\"", kind=S, measure=UNSURE, by=AUSTIN,
                subject=US)
rtd["aesc"] = C("rtd", "He described their possible entry into the war on Russia's side as \"a very, very serious "
                "issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
rtd["noack"] = C("rtd", "The Kremlin has not acknowledged the presence of North Korean troops on its territory.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
rtd["age"] = C("rtd", "Harold Pruitt, 93", measure=AGE, value=93, unit="years", by=None, subject="Harold Pruitt")
rtd["wh3"] = C("rtd", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
rtd["sites"] = C("rtd", "the troops were training at three locations in eastern Russia", measure=SITES, value=3,
                 unit="training sites", by=KIRBY, place=RFE)
rtd["unsure"] = C("rtd", "U.S. officials could not yet say whether they would be sent to fight", kind=S, measure=UNSURE,
                  by=KIRBY, subject=US)
rtd["fair"] = C("rtd", "they would be \"fair game.\"", kind=S, measure=TGT, mod="conditional", by=KIRBY)
rtd["allies"] = C("rtd", "Washington was consulting with allies on a response", kind=S, measure=ALLIES, by=KIRBY,
                  subject=US)

# ---------------------------------------------------------------- The Charlotte Observer, Fri 2024-10-25 (Q&A interview)
# The intro: "said Thursday" -> 10-24 (HUR's count, officers, generals), the arrival "on Wednesday" -> 10-23 (an arrival
# takes its own day), "A day earlier" -> 10-23 (the NIS's about 3,000). The guest (invented) relays the NIS: "a week ago
# today" -> 10-18 (plan, brigades), "On Wednesday it told lawmakers" -> 10-23 (second group, forecast, December, one
# sentence), "The NIS says" gives none; the White House "said Wednesday" -> 10-23 (at least 3,000 and three sites, one
# sentence). The questions that state an origin's claim are that origin's claims, dated by their own sentence:
# Budanov's "last week" gives none; "was asked ... in Kazan on Thursday" holds no claim, so the next sentence's images
# line is undated; "said today" -> 10-25 (the vice foreign minister, i.e. Kim Jong Gyu); Yoon "said Thursday" -> 10-24.
# "Kyiv's figure is four times Seoul's" is the interviewer's ratio (nobody). The guest's readings and forecast are his;
# his age is annotated; "That is the standard line", "Note the 'if'", "a big shift", Fort Liberty and the credit line
# are not.
ch = {}
ch["hur"] = C("ch", "roughly 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
ch["off"] = C("ch", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ch["gen"] = C("ch", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ch["arr"] = C("ch", "the first units reached the Kursk region, which borders Ukraine, on Wednesday", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
ch["nis3"] = C("ch", "there were about 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
ch["age"] = C("ch", "Marcus Ellery, 57", measure=AGE, value=57, unit="years", by=None, subject=ELLERY)
ch["ratio"] = C("ch", "Kyiv's figure is four times Seoul's.", measure=RATIO, value=4, unit="times", by=None)
ch["method"] = C("ch", "Ukraine's number looks like the size of the whole commitment, whether or not every unit has left "
                 "home yet", kind=S, measure=METHOD, by=ELLERY)
ch["plan"] = C("ch", "Pyongyang had decided to send about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ch["brig"] = C("ch", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ch["sb"] = C("ch", "another group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ch["pr"] = C("ch", "it expected roughly 10,000 in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
ch["prd"] = C("ch", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ch["wh3"] = C("ch", "it had evidence of at least 3,000", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
ch["sites"] = C("ch", "training at three sites in the Far East", measure=SITES, value=3, unit="training sites", by=WH,
                ev="2024-10-23", place=RFE)
ch["bud"] = C("ch", "talked last week of 11,000 in training", value=11000, scope="total", by=BUD, place="Russia")
ch["ready"] = C("ch", "ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
ch["pay"] = C("ch", "Moscow pays about $2,000 a month per man", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ch["regime"] = C("ch", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
ch["exp"] = C("ch", "What his army cannot buy anywhere else is time on a modern battlefield, with drones overhead.",
              kind=S, measure=EXP, by=ELLERY)
ch["tech"] = C("ch", "Russia settles the bill in military know-how: satellites, submarine work, maybe help with missile "
               "guidance", kind=S, measure=TECH, mod="planned", by=ELLERY)
ch["img"] = C("ch", "He said, \"If there are images, they reflect something.\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
ch["treaty"] = C("ch", "how Russia uses its new treaty with the North is Moscow's own affair", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
ch["law"] = C("ch", "such a deployment, if it happened, would be in keeping with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
ch["yoon"] = C("ch", "he would not rule out supplying weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- The Kansas City Star, Tue 2024-10-29 (press-briefing write-up)
# "said Monday" -> 10-28 (the Pentagon's count and "nearer to Ukraine", one sentence); "last Wednesday" -> 10-23 (the
# White House's at least 3,000, told as the step before, in the outlet's ratio sentence); Singh "told reporters" gives
# none; "Earlier Monday in Brussels" -> 10-28 (Rutte's confirmation), "Rutte called" gives none; "on Tuesday" -> 10-29
# (the NIS's count and the front, one sentence); Lee's relays, "Only a week earlier" and "The agency also told lawmakers"
# give none; "had warned on Saturday" -> 10-26 (the Oct 27-28 window); "said Friday" -> 10-25 (Kim Jong Gyu). "more than
# triple" is the outlet's ratio (nobody). "There was no public confirmation", the refusals and non-replies, the
# Leavenworth paragraph's words ("Ten thousand men" is a private person's), "dozens", the Chiefs' 7-0 and the voting
# line are not annotated; Whitcomb's age is.
kc = {}
kc["dod10"] = C("kc", "about 10,000 North Korean soldiers had been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
kc["closer"] = C("kc", "some of them had moved nearer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
kc["ratio"] = C("kc", "That is more than triple", measure=RATIO, value=3, q="at_least", unit="times", by=None)
kc["wh3"] = C("kc", "it spoke of at least 3,000", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23",
              place="Russia")
kc["singh"] = C("kc", "the department was \"increasingly concerned\" that Russia means to use the North Koreans in combat, "
                "or to support combat operations, \"over the next several weeks.\"", kind=S, measure=CT, mod="planned",
                by=SINGH)
kc["rdep"] = C("kc", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
kc["resc"] = C("kc", "Rutte called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war.\"", kind=S, measure=ESC, by=RUTTE)
kc["nis10"] = C("kc", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
kc["front"] = C("kc", "some appeared to be on their way to the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
kc["kyb"] = C("kc", "The contingent is led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
kc["terms"] = C("kc", "The soldiers are being drilled in roughly 100 Russian military words", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
kc["drones"] = C("kc", "Russian instructors still find them slow to learn drone tactics", kind=S, measure=DRONES, by=NIS)
kc["pr"] = C("kc", "the same agency had expected 10,000 in Russia", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
kc["prd"] = C("kc", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
kc["icbm"] = C("kc", "North Korea appeared ready to test a long-range missile, possibly around the U.S. election on "
               "Nov. 5", kind=S, measure=ICBMX, mod="planned", by=NIS)
kc["ct"] = C("kc", "the first North Korean units could reach the battlefield on Oct. 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
kc["law"] = C("kc", "any such deployment would be lawful under international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
kc["age"] = C("kc", "Dale Whitcomb, 66", measure=AGE, value=66, unit="years", by=None, subject="Dale Whitcomb")

# ---------------------------------------------------------------- The Courier-Journal, Wed 2024-10-30 (newsroom Slack chat)
# The chat took place on the publication day (the editor's note), so its relative days resolve against Wed 10-30:
# "yesterday" -> 10-29 (the NIS), "said Monday" -> 10-28 (the Pentagon; Rutte), "on Oct. 23" and "the same day" -> 10-23
# (the two steps), "last Thursday" -> 10-24 (HUR's count, officers, generals, one sentence), "from Oct. 18" -> 10-18,
# "warned Saturday" -> 10-26, "said Friday" -> 10-25; "last week", "NIS (also) says", "The Pentagon's line is" and "He
# called it" give none. Time stamps give no day. "A week ago both governments were at 3,000." is a summary whose claims
# follow in the next sentence (not annotated); "Not 12,000 as a count of who is there.", "it's already past that", "That
# figure hasn't moved since", "Those days came and went", the editor's house rule and its example wording ("sent
# 12,000"), the Fort Knox referral, "six days out", "tomorrow" and Amendment 2 are the newsroom's voice or off-topic.
cj = {}
cj["nis10"] = C("cj", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
cj["dod10"] = C("cj", "The Pentagon said Monday about 10,000.", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
cj["nis3"] = C("cj", "Seoul said around 3,000 on Oct. 23", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
cj["wh3"] = C("cj", "the White House said at least 3,000 the same day", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
cj["hur"] = C("cj", "Kyiv was at 12,000 last Thursday", value=12000, scope="total", by=HUR, ev="2024-10-24",
              place="Russia")
cj["off"] = C("cj", "with 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
cj["gen"] = C("cj", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
cj["plan"] = C("cj", "Seoul's 12,000 from Oct. 18 was what Pyongyang decided to send", measure=PL, value=12000,
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
cj["pr"] = C("cj", "Seoul also said last week it expected 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
cj["prd"] = C("cj", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
cj["ct"] = C("cj", "they could be in combat on Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27", high="2024-10-28",
             mod="planned", by=ZEL, ev="2024-10-26")
cj["weeks"] = C("cj", "The Pentagon's line is that Russia will put them into combat \"over the next several weeks.\"",
                kind=S, measure=CT, mod="planned", by=DOD)
cj["rdep"] = C("cj", "units have been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28",
               place="Kursk")
cj["resc"] = C("cj", "He called it a significant escalation.", kind=S, measure=ESC, by=RUTTE)
cj["kyb"] = C("cj", "they're led by a three-star general, Kim Yong Bok", kind=S, measure=KYB, by=NIS)
cj["front"] = C("cj", "some of them are heading toward the front", kind=S, measure=FRONT, by=NIS)
cj["pay"] = C("cj", "about $2,000 a month per soldier", measure=PAY, value=2000, q="about", unit="USD per month", by=NIS)
cj["regime"] = C("cj", "most of it kept by the regime", kind=S, measure=REGIME, by=NIS)
cj["noack"] = C("cj", "Moscow hasn't confirmed any of it", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
cj["img"] = C("cj", "Putin said last week that satellite images \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
cj["law"] = C("cj", "Pyongyang's foreign ministry said Friday a deployment would be lawful, if there were one", kind=S,
              measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")

# ---------------------------------------------------------------- The Des Moines Register, Fri 2024-11-01 (explainer with question headings)
# "said Thursday" -> 10-31 (Blinken's Kursk count and "in the coming days", one sentence; Austin's "not yet seen");
# "on Tuesday" -> 10-29; "On Oct. 23" -> 10-23 (the White House's step); "on Oct. 18" -> 10-18 (plan and the first
# 1,500, one sentence); "said Friday" and "on Friday" -> 11-01 (state media; Choe). "About 10,000 in all, Blinken said."
# gives none, nor do Austin's training list, Blinken's targets line, the two South Korean ministers, the Kremlin and
# Austin's allies line. The ICBM's figures follow "Hours before the meeting" in a sentence of their own (no day); "both
# longer and higher ..." elaborates the ministry's statement. "Hwasong-19" is a name, not a count. "Maybe not.", the Iowa
# answer (the outlet's voice and an unnamed pastor), "What happens next" and the voting lines (20 days, 7 a.m., 8 p.m.)
# are not annotated.
dm = {}
dm["bl8"] = C("dm", "about 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
dm["days"] = C("dm", "he expects them to go into combat against Ukraine \"in the coming days.\"", kind=S, measure=CT,
               mod="planned", by=BL, ev="2024-10-31")
dm["bl10"] = C("dm", "About 10,000 in all, Blinken said.", value=10000, q="about", scope="total", by=BL,
               place="Russia")
dm["nis10"] = C("dm", "its own count had gone above 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
dm["wh3"] = C("dm", "On Oct. 23 the White House said at least 3,000.", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
dm["plan"] = C("dm", "North Korea had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
dm["fb"] = C("dm", "about 1,500 had crossed by sea by then", measure=FB, value=1500, q="about", scope="first_batch",
             by=NIS, ev="2024-10-18", place="Russia")
dm["acs"] = C("dm", "he had not yet seen North Korean troops in combat", kind=S, measure=CS, by=AUSTIN, ev="2024-10-31")
dm["eq"] = C("dm", "He listed what they are being taught: artillery, the use of drones, and infantry basics such as "
             "clearing trenches.", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
dm["tgt"] = C("dm", "if they join the fighting, they will be \"legitimate military targets.\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
dm["kyh"] = C("dm", "Defense Minister Kim Yong-hyun called on Pyongyang to pull its soldiers out.", kind=S,
              measure=WITHDRAW, by=KYH, subject=SK)
dm["cho"] = C("dm", "Moscow could reward the North with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
dm["t86"] = C("dm", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
dm["alt"] = C("dm", "reached an altitude above 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
dm["hwa"] = C("dm", "the missile was a new type, the Hwasong-19", kind=S, measure=HWA, by="KCNA", ev="2024-11-01")
dm["noack"] = C("dm", "The Kremlin still has not confirmed that North Korean troops are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
dm["choe"] = C("dm", "she pledged that her country would stand with Russia \"until the day of victory.\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
dm["allies"] = C("dm", "the United States would keep consulting allies on a response", kind=S, measure=ALLIES,
                 by=AUSTIN, subject=US)

# ---------------------------------------------------------------- The Cincinnati Enquirer, Tue 2024-11-05 (story from agency copy)
# The lead's two clauses (Umerov's fighting; "an account South Korea said it could not verify", the defence ministry)
# give no day. "in an interview broadcast Tuesday" -> 11-05 (engagements and "more ... in the coming weeks", one
# sentence); "said the same day" -> 11-05; "On Monday" -> 11-04 (Zelensky); "last week" gives none (the US officials'
# 8,000); "said Monday" -> 11-04 (the Pentagon); "has said" gives none (the NIS's more than 10,000 and the 12,000
# pledged, one sentence); "Early Tuesday" -> 11-05 (the JCS's about seven); "five days after" -> 10-31 (the 86 minutes,
# dated by the flight, "according to Japan's government"); "on Friday" -> 11-01 (Choe's promise; her reception on Monday
# is an event). Peskov's refusal, "He did not say where", the analysts, the Wright-Patterson referral, Kravets's words,
# "2022", the Ohio voting paragraph (7:30 p.m., 2 million early voters) and the Related lines are not annotated; the two
# ages are.
en = {}
en["lclash"] = C("en", "North Korean soldiers have fought Ukrainian troops for the first time", kind=S, measure=N5, by=UM)
en["lmnd"] = C("en", "an account South Korea said it could not verify", kind=S, measure=N5, by=MND, subject=SK)
en["um"] = C("en", "the first engagements were small in scale", kind=S, measure=N5, by=UM, ev="2024-11-05")
en["more"] = C("en", "Kyiv expected more North Korean troops to arrive in the coming weeks", kind=S, measure=MORE_U,
               mod="planned", by=UM, ev="2024-11-05")
en["mnd"] = C("en", "it was still trying to confirm the report with allies", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
en["z11"] = C("en", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
en["us8"] = C("en", "U.S. officials had counted about 8,000 there last week", measure=KU, value=8000, q="about", by=USG,
              place="Kursk")
en["dodcs"] = C("en", "it had seen no sign yet that the North Koreans had joined the fighting", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
en["nis10"] = C("en", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
en["plan"] = C("en", "a force of roughly 12,000 that Pyongyang has pledged", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
en["srbm"] = C("en", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
en["t86"] = C("en", "an intercontinental missile flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
              by=JMOD, ev="2024-10-31")
en["choe"] = C("en", "her country would stand with Russia until victory", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
en["noack"] = C("en", "The Kremlin has still not confirmed the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
en["tage"] = C("en", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
en["t24"] = C("en", "he would end the war within 24 hours if elected", measure=TRUMP24, value=24, q="up_to",
              unit="hours", mod="planned", by=TRUMP, subject=US)
en["harris"] = C("en", "she would keep supporting Ukraine", kind=S, measure=HARRIS, mod="planned", by="Kamala Harris",
                 subject=US)
en["age"] = C("en", "Olena Kravets, 41", measure=AGE, value=41, unit="years", by=None, subject="Olena Kravets")

# ---------------------------------------------------------------- The Times-Picayune | NOLA.com, Wed 2024-11-13 (analysis)
# "said Tuesday" -> 11-12 (the State Department's three claims, one sentence); "on Wednesday" -> 11-13 (the NIS's two);
# the count retold: "on Oct. 18" -> 10-18 (plan and the first 1,500, one sentence), "By Oct. 23" -> 10-23, "On Oct. 28"
# -> 10-28, "Three days later" -> 10-31 and "on Nov. 4" -> 11-04 (two claims, one sentence); "on Nov. 5" and "said
# then" -> 11-05; "as late as Nov. 4" -> 11-04 (Washington's earlier line, in a relative clause), "now says" gives none;
# "On Sunday" -> 11-10; "reported Tuesday" -> 11-12; "last week" gives none (Yoon). "its spokesman" is unnamed, so the
# "another fake" clause is the Kremlin's. "A decision, a head count, a location.", the "12,000 sent" headlines (an
# example of wrong wording), the Louisiana paragraphs (the outlet's voice and an unnamed former observer-controller),
# "Jan. 20", "four weeks", "a year ago" and the Related lines (March 4, 2019) are not annotated; Trump's age is.
nola = {}
nola["st10"] = C("nola", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
                 q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
nola["most"] = C("nola", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE,
                 ev="2024-11-12", place="Kursk")
nola["begun"] = C("nola", "they had started fighting alongside Russian forces", kind=S, measure=CS, by=STATE,
                  ev="2024-11-12", place="Kursk")
nola["units"] = C("nola", "some of the North Koreans had been placed in Russian marine and airborne units", kind=S,
                  measure=UNITS, by=NIS, ev="2024-11-13")
nola["combat"] = C("nola", "a number of them were already in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
nola["plan"] = C("nola", "Seoul's account of a decision: about 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
nola["fb"] = C("nola", "of whom some 1,500 had already crossed the sea", measure=FB, value=1500, q="about",
               scope="first_batch", by=NIS, ev="2024-10-18", place="Russia")
nola["nis3"] = C("nola", "By Oct. 23 the National Intelligence Service had counted about 3,000 in Russia.", value=3000,
                 q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
nola["dod10"] = C("nola", "On Oct. 28 the Pentagon said about 10,000.", value=10000, q="about", scope="total", by=DOD,
                  ev="2024-10-28", place="Russia")
nola["bl8"] = C("nola", "roughly 8,000 of them were in Kursk", measure=KU, value=8000, q="about", by=BL,
                ev="2024-10-31", place="Kursk")
nola["z11"] = C("nola", "put the Kursk figure at 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
                place="Kursk")
nola["kyiv"] = C("nola", "Ukraine first reported clashes on Nov. 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
nola["mnd"] = C("nola", "Seoul's Defense Ministry said then that it could not confirm them", kind=S, measure=N5, by=MND,
                ev="2024-11-05", subject=SK)
nola["washno"] = C("nola", "which had seen no sign of combat as late as Nov. 4", kind=S, measure=CS, by=USG,
                   ev="2024-11-04")
nola["washnow"] = C("nola", "now says the fighting has begun", kind=S, measure=CS, by=USG)
nola["massed"] = C("nola", "Russia had gathered about 50,000 troops, North Koreans among them", measure=MASSED,
                   value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
nola["fake"] = C("nola", "its spokesman called the first reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
                 subject=RUS)
nola["noack"] = C("nola", "it still will not confirm that the North Koreans are there", kind=S, measure=NOACK,
                  by=KREMLIN, subject=RUS)
nola["ratify"] = C("nola", "Kim Jong Un had ratified the defense treaty with Russia", kind=S, measure=RATIFY, by="KCNA",
                   ev="2024-11-12")
nola["wpn"] = C("nola", "Seoul no longer ruled out sending weapons to Ukraine directly", kind=S, measure=WPN,
                mod="conditional", by=YOON, subject=SK)
nola["tage"] = C("nola", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
nola["t24"] = C("nola", "he could end the war in 24 hours", measure=TRUMP24, value=24, unit="hours", mod="planned",
                by=TRUMP, subject=US)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ok["sofar"], ok["bud"], rtd["kys"], ch["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 on Russian soil vs Kyiv's about 11,000 in training "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [ok["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [ok["bud"], rtd["kys"], ch["bud"]])])
K(RU, [rtd["nis3"], rtd["wh3"], ch["nis3"], ch["wh3"], ch["hur"], cj["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House)", [rtd["nis3"], rtd["wh3"], ch["nis3"], ch["wh3"]]),
   ("about 12,000 (HUR)", [ch["hur"], cj["hur"]])])
K(RU, [kc["wh3"], cj["nis3"], cj["wh3"], dm["wh3"], nola["nis3"], kc["dod10"], cj["dod10"], dm["bl10"], nola["dod10"],
       kc["nis10"], cj["nis10"], dm["nis10"], en["nis10"], nola["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as steps) -> about 10,000 "
  "(Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [dm["bl8"], en["us8"], nola["bl8"], en["z11"], nola["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / US officials, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ok["plan"], rtd["plan"], ch["plan"], cj["plan"], dm["plan"], en["plan"], nola["plan"], ok["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being readied (Oct 17)",
  [("about 12,000 (NIS)", [ok["plan"], rtd["plan"], ch["plan"], cj["plan"], dm["plan"], en["plan"], nola["plan"]]),
   ("10,000 (Zelensky)", [ok["zel10"]])])
K(FB, [ok["fb"], rtd["fb"], dm["fb"], nola["fb"]], "agreement", "NIS (Oct 18): a first transport of about 1,500")
K(BRIG, [ok["brig"], rtd["brig"], ch["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [rtd["sb"], ch["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [rtd["pr"], ch["pr"], kc["pr"], cj["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in Russia")
K(PRD, [rtd["prd"], ch["prd"], kc["prd"], cj["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [rtd["pay"], ch["pay"], cj["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [rtd["regime"], ch["regime"], cj["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(OFF, [ch["off"], cj["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ch["gen"], cj["gen"]], "agreement", "HUR (Oct 24): three generals")
K(SITES, [rtd["sites"], ch["sites"]], "agreement", "Kirby / the White House (Oct 23): three training sites in the east")
K(READY, [ok["ready"], ch["ready"]], "agreement", "Budanov: ready by November 1")
K(MORE_T, [ok["more"], rtd["more"]], "agreement", "NIS: further transports expected (Oct 18) / more ships to follow "
  "(Oct 23)")
K(TGT, [rtd["fair"], dm["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are 'fair game' (Kirby) / 'legitimate military targets' (Blinken)")
K(ESC, [rtd["aesc"], kc["resc"], cj["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they join the war (Austin) and 'a significant escalation' (Rutte Oct 28)")
K(DEP, [ok["begun"], rtd["adep"], kc["rdep"], cj["rdep"], ok["brush"], ok["fake"], nola["fake"]], "discrepancy",
  "deployment asserted (NIS Oct 18, Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov / the Kremlin)",
  [("asserted", [ok["begun"], rtd["adep"], kc["rdep"], cj["rdep"]]),
   ("dismissed", [ok["brush"], ok["fake"], nola["fake"]])])
K(LAW, [ch["law"], kc["law"], cj["law"], ok["unsc"]], "discrepancy",
  "legality: lawful under international law (Kim Jong Gyu / Pyongyang, Oct 25) vs a breach of UN Security Council "
  "resolutions (Yoon's office, Oct 18)",
  [("lawful (North Korea)", [ch["law"], kc["law"], cj["law"]]), ("breaches UNSC resolutions (Seoul)", [ok["unsc"]])])
K(CT, [kc["ct"], cj["ct"], kc["singh"], cj["weeks"], dm["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [kc["ct"], cj["ct"]]), ("several weeks (Pentagon)", [kc["singh"], cj["weeks"]]),
   ("coming days (Blinken)", [dm["days"]])])
K(CS, [ok["rutte"], dm["acs"], en["dodcs"], nola["washno"], nola["begun"], nola["combat"], nola["washnow"]],
  "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no sign (Pentagon / Washington Nov 4) -> "
  "started fighting (State Department Nov 12; 'now says') and some in combat (NIS Nov 13)")
K(N5, [en["lclash"], en["um"], nola["kyiv"], en["lmnd"], en["mnd"], nola["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Ukraine) vs Seoul's defence ministry cannot verify / confirm them",
  [("clashes reported (Umerov, Ukraine)", [en["lclash"], en["um"], nola["kyiv"]]),
   ("cannot verify (Seoul MND)", [en["lmnd"], en["mnd"], nola["mnd"]])])
K(FRONT, [kc["closer"], kc["front"], cj["front"]], "agreement",
  "Oct 28-29: some troops moved nearer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [kc["kyb"], cj["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(DRONES, [rtd["drones"], kc["drones"]], "agreement", "NIS: Russian instructors find the troops weak on drone warfare")
K(NOACK, [rtd["noack"], cj["noack"], dm["noack"], en["noack"], nola["noack"]], "agreement",
  "Moscow has not acknowledged / confirmed the deployment")
K(IMG, [ch["img"], cj["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(WPN, [rtd["wpn"], ch["yoon"], nola["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [rtd["wd"], dm["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [ch["tech"], dm["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Ellery; Foreign Minister Cho)")
K(ICBM_T, [dm["t86"], en["t86"]], "agreement", "Japan: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [dm["choe"], en["choe"]], "agreement", "Choe Son Hui to Lavrov (Nov 1): with Russia until (the day of) victory")
K(UNSURE, [rtd["left"], rtd["unsure"]], "agreement",
  "Washington (Oct 23) cannot yet say what the troops will do (Austin's 'left to be seen', Kirby)")
K(ALLIES, [rtd["allies"], dm["allies"]], "agreement", "US consulting allies on a response (Kirby Oct 23, Austin Oct 31)")
K(TRUMP24, [en["t24"], nola["t24"]], "agreement", "Trump: he would / could end the war within / in 24 hours")
K(AGE, [en["tage"], nola["tage"]], "agreement", "Donald Trump's age: 78")

pairs = [
    (ok["plan"], ok["fb"], "about 12,000 committed vs a first contingent of roughly 1,500"),
    (ok["sofar"], ok["fb"], "roughly 1,500: Seoul's head count in Russia vs the first transport"),
    (ok["bud"], ok["zel10"], "close to 11,000 in training (Budanov) vs 10,000 being readied (Zelensky), one paragraph"),
    (rtd["sb"], rtd["nis3"], "roughly 1,500 more vs around 3,000 in all, same sentence"),
    (rtd["nis3"], rtd["pr"], "around 3,000 now vs about 10,000 expected by December"),
    (rtd["sb"], rtd["fb"], "about 1,500: the second group vs the first transport"),
    (rtd["wh3"], rtd["sites"], "at least 3,000 soldiers vs three training locations"),
    (ch["hur"], ch["plan"], "roughly 12,000 already in Russia (HUR) vs about 12,000 decided (NIS)"),
    (ch["off"], ch["gen"], "500 officers vs three generals, same sentence"),
    (ch["sites"], ch["gen"], "three: training sites vs generals"),
    (kc["nis10"], kc["pr"], "more than 10,000 now (NIS Oct 29) vs 10,000 expected by December (NIS Oct 23)"),
    (cj["hur"], cj["plan"], "12,000: HUR's count vs the NIS's planned total"),
    (cj["hur"], cj["wh3"], "HUR's 12,000 (snapshot) vs the White House's 3,000 told as a step"),
    (cj["nis10"], cj["pr"], "more than 10,000 now vs 10,000 expected"),
    (dm["bl8"], dm["bl10"], "about 8,000 in Kursk vs about 10,000 in all, same speaker"),
    (dm["days"], dm["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (en["z11"], en["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (en["nis10"], en["plan"], "more than 10,000 in Russia vs roughly 12,000 pledged, same sentence"),
    (nola["st10"], nola["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
    (nola["plan"], nola["fb"], "about 12,000 decided vs some 1,500 already across, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
