"""Generate gold.json for blind22 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind22/build_gold.py

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
    "ct": ("chicago-tribune-2024-10-19-north-korea-12000-troops-russia-ukrainian-village", "Chicago Tribune",
           "2024-10-19"),
    "we": ("washington-examiner-2024-10-23-white-house-at-least-3000-north-korean-troops-fair-game",
           "Washington Examiner", "2024-10-23"),
    "mt": ("military-times-2024-10-24-ukraine-intelligence-12000-north-korean-troops-kursk", "Military Times",
           "2024-10-24"),
    "tc": ("the-conversation-2024-10-25-explainer-north-korean-troops-russia-numbers", "The Conversation",
           "2024-10-25"),
    "tp": ("task-and-purpose-2024-10-29-analysis-10000-north-korean-soldiers-what-they-can-do", "Task & Purpose",
           "2024-10-29"),
    "sp": ("the-spectator-2024-10-31-portrait-of-the-week-budget-valencia-north-koreans", "The Spectator",
           "2024-10-31"),
    "bg": ("boston-globe-2024-11-01-blinken-8000-north-korean-troops-kursk-coming-days", "The Boston Globe",
           "2024-11-01"),
    "nr": ("national-review-2024-11-05-editorial-north-korean-troops-kursk", "National Review", "2024-11-05"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind17's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
TACT = "North Korean tactical personnel and officers already sent (Zelensky)"
KUNIT = "first North Korean unit bound for Kursk (Budanov)"
WRANGE = "possible North Korean deployment size (Western official)"
THREAT = "deployment as a security threat (South Korea)"
AGE = "age"
BURN = "Russian losses outpace North Korean reinforcements (assessment)"
ROUTE = "route of the North Korean transfer (Wonsan to Vladivostok)"
SITES = "training sites in eastern Russia (US)"
UNSURE = "US unsure what North Korean troops will do in Russia"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
BRIEF = "Congress to seek classified briefing on the deployment"
AID61 = "US Ukraine aid package approved in April 2024"
DOUBT = "Pentagon view of Seoul's plan figure and Kyiv's count"
SKAID = "South Korea's support pledge to Ukraine"
INTENT = "Russia intends to use North Korean troops in Kursk"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
DRONEQ = "North Korean troops' first exposure to drones (assessment)"
CAS = "Russian casualties per day"
TENDAYS = "days of Russian losses equal to the North Korean contingent"
ARMY = "North Korean standing army size"
WARYRS = "years since North Korea's army last fought a war"
CONSCR = "North Korean conscript service length"
EXP = "North Korean troops gaining modern combat experience"
ICBM_D = "ICBM flight distance"
N5 = "first clashes with North Korean troops (Nov 5)"


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
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
WOFF = "Western official"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
WHIT = "Dale Whitford"
LEE = "Jae-won Lee"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Chicago Tribune, Sat 2024-10-19 (news story, local angle)
# "said Friday" -> 10-18 (the lead only); "on Thursday" -> 10-17; Budanov "on Friday" -> 10-18; "this week" gives
# null; "His office said afterward" follows Friday's meeting -> 10-18. The NIS paragraph's second sentence ("the
# agency said") gives no day. The local residents' ages are annotated; the drive's "27th", "two trucks", "Nov. 2",
# "1993", "since 2022" and the related headline's "51" are not counts of the story.
ct = {}
ct["plan"] = C("ct", "North Korea has decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ct["brig"] = C("ct", "Pyongyang would dispatch four brigades in all", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS)
ct["win"] = C("ct", "Between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ct["fb"] = C("ct", "roughly 1,500 special forces troops were ferried to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
ct["ships"] = C("ct", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ct["esc"] = C("ct", "shadowed by three Russian escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS,
              subject=RUS)
ct["unif"] = C("ct", "The soldiers were handed Russian uniforms and forged identity papers that describe them as natives "
               "of Siberian regions", kind=S, measure=UNIF, by=NIS)
ct["zel10"] = C("ct", "Zelenskyy said North Korea was preparing 10,000 soldiers for Russia", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ct["tact"] = C("ct", "had already sent \"tactical personnel and officers.\"", kind=S, measure=TACT, by=ZEL,
               ev="2024-10-17")
ct["bud"] = C("ct", "about 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ct["ready"] = C("ct", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
ct["kunit"] = C("ct", "A first unit of 2,600 men was to go to Russia's Kursk region", measure=KUNIT, value=2600,
                unit="troops", mod="planned", scope="first_batch", by=BUD, place="Kursk")
ct["range"] = C("ct", "put a possible deployment at anywhere from 2,000 to 12,000 troops", measure=WRANGE, low=2000,
                high=12000, mod="planned", scope="total", by=WOFF, place="Russia")
ct["fake"] = C("ct", "Dmitry Peskov, President Vladimir Putin's spokesman, called them \"another fake.\"", kind=S,
               measure=DEP, by=PESKOV, subject=RUS)
ct["threat"] = C("ct", "His office said afterward that the military collaboration between Moscow and Pyongyang had "
                 "become a grave security threat to South Korea and the wider world", kind=S, measure=THREAT, by=PO,
                 ev="2024-10-18")
ct["age1"] = C("ct", "Marta Levytsky, 64", measure=AGE, value=64, unit="years", by=None, subject="Marta Levytsky")
ct["age2"] = C("ct", "Ihor Bondar, 31", measure=AGE, value=31, unit="years", by=None, subject="Ihor Bondar")
ct["burn"] = C("ct", "\"Whatever the real number is, Russia burns through that many men in a month,\" Bondar said.",
               kind=S, measure=BURN, by="Ihor Bondar", subject=RUS)

# ---------------------------------------------------------------- Washington Examiner, Wed 2024-10-23 (briefing write-up)
# "said Wednesday" / "on Wednesday" -> 10-23; "Last Friday" -> 10-18; "On Monday" -> 10-21; "On Tuesday" -> 10-22.
# Kirby's and Austin's later lines, Park's "Park said" line and Lee's relay give no day. The lawmakers relay the NIS.
# "within 2 points", "13 days", "for a week" and the related headlines ($5.9 billion, 89 days, seven states) are
# not counts of the story; the April aid package is (a background amount, attributed to nobody).
we = {}
we["wh3"] = C("we", "The White House said Wednesday that at least 3,000 North Korean soldiers were moved into eastern "
              "Russia", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
we["route"] = C("we", "the troops traveled by ship from the Wonsan area of North Korea to Vladivostok between early and "
                "mid-October", kind=S, measure=ROUTE, by=KIRBY, place=RFE)
we["sites"] = C("we", "From there they continued to three military training sites in Russia's Far East", measure=SITES,
                value=3, unit="training sites", by=KIRBY, place=RFE)
we["unsure"] = C("we", "Kirby said the administration did not yet know whether the soldiers would be sent into combat "
                 "against Ukraine.", kind=S, measure=UNSURE, by=KIRBY)
we["fair"] = C("we", "\"But if they deploy to fight against Ukraine, they're fair game,\" he said.", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
we["austin"] = C("we", "\"There is evidence that there are DPRK troops in Russia,\" Austin said.", kind=S, measure=DEP,
                 by=AUSTIN)
we["left"] = C("we", "\"What exactly they're doing is left to be seen.\"", kind=S, measure=UNSURE, by=AUSTIN)
we["esc"] = C("we", "If North Korea's troops join the war on Moscow's side, he added, \"that's a very, very serious "
              "issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
we["sb"] = C("we", "a second group of about 1,500 soldiers had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
we["nis3"] = C("we", "bringing the total in Russia to roughly 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
we["proj"] = C("we", "The agency expects the contingent to grow to 10,000", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, place="Russia")
we["dec"] = C("we", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
we["pay"] = C("we", "Moscow is paying each soldier around $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS, subject=RUS)
we["regime"] = C("we", "most of the money will probably be kept by the regime in Pyongyang rather than reach the troops",
                 kind=S, measure=REGIME, by=NIS)
we["plan"] = C("we", "the North planned to send some 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
we["fb"] = C("we", "its first shipment of about 1,500 special forces had already reached Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
we["wd"] = C("we", "South Korea summoned Russia's ambassador, Georgy Zinoviev, to demand the immediate withdrawal of the "
             "North Korean troops", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
we["unsc"] = C("we", "its foreign ministry called the deployment a violation of U.N. Security Council resolutions",
               kind=S, measure=LAW, by=SKFM, ev="2024-10-21")
we["wpn"] = C("we", "a senior official in President Yoon Suk Yeol's office said Seoul could consider supplying weapons "
              "to Ukraine, starting with defensive arms", kind=S, measure=WPN, mod="conditional", by=PO,
              ev="2024-10-22", subject=SK)
we["brief"] = C("we", "A senior GOP aide on the House Armed Services Committee said members would press the Pentagon "
                "for a classified briefing next week.", kind=S, measure=BRIEF, mod="planned",
                by="House Armed Services Committee aide (anonymous)", subject=US)
we["aid"] = C("we", "Congress approved the last major Ukraine package, worth $61 billion, in April.", measure=AID61,
              value=61000000000, unit="USD", by=None, subject=US)

# ---------------------------------------------------------------- Military Times, Thu 2024-10-24 (news story with update)
# "said Thursday" / "on Thursday" -> 10-24; the arrival "on Wednesday" is the arrival claim's event_date (10-23), as
# blind17 dated an arrival by its own day; the NIS "on Wednesday" -> 10-23. Kirby's line, the plan line, the
# update block's Putin lines and Peskov's "last week" give no day. The ratification is reported fact; "did not
# deny", "did not say" and "did not say how many" are the outlet's remarks. "in June", "Article 4", the bio's 2019
# and "six years", the phone number and the related headline's 24,000 are not counts of the story.
mt = {}
mt["hur"] = C("mt", "About 12,000 North Korean troops are now in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
mt["off"] = C("mt", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
mt["gen"] = C("mt", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
mt["arr"] = C("mt", "the first North Korean units reached Russia's Kursk region on Wednesday", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
mt["nis3"] = C("mt", "about 3,000 North Korean soldiers had been sent so far", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
mt["fb"] = C("mt", "A first group of about 1,500 special forces went in early October", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place="Russia")
mt["sb"] = C("mt", "a second group of roughly the same size followed", kind=S, measure=SB, scope="additional", by=NIS)
mt["kirby"] = C("mt", "at least 3,000 North Korean soldiers had moved into eastern Russia", value=3000, q="at_least",
                scope="total", by=KIRBY, place=RFE)
mt["sites"] = C("mt", "were training at three sites in the Far East", measure=SITES, value=3, unit="training sites",
                by=KIRBY, place=RFE)
mt["plan"] = C("mt", "Pyongyang's plan is to send about 12,000 troops altogether", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
mt["doubt"] = C("mt", "the Pentagon had \"no reason to doubt\" Seoul's account of the plan but could not confirm Kyiv's "
                "figure", kind=S, measure=DOUBT, by="US defense official (anonymous)", subject=US)
mt["wpn"] = C("mt", "said Seoul would not rule out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
              by=YOON, ev="2024-10-24", subject=SK)
mt["skaid"] = C("mt", "part of a $2.3 billion support pledge", measure=SKAID, value=2300000000, unit="USD", by=None,
                subject=SK)
mt["unsc"] = C("mt", "The foreign ministry in Seoul has called the deployment a clear violation of U.N. Security Council "
               "resolutions.", kind=S, measure=LAW, by=SKFM)
mt["img"] = C("mt", "\"Images are a serious thing. If there are images, then they reflect something,\" he said.", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
mt["treaty"] = C("mt", "How Russia chooses to implement Article 4 of the treaty, the clause on mutual military "
                 "assistance, \"is our business,\" Putin added.", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
mt["fake"] = C("mt", "Kremlin spokesman Dmitry Peskov had called the reports \"another fake\" last week.", kind=S,
               measure=DEP, by=PESKOV, subject=RUS)

# ---------------------------------------------------------------- The Conversation, Fri 2024-10-25 (explainer)
# "on October 18" dates the whole NIS sentence (10-18, the window included); "On Wednesday" -> 10-23; "on October 17"
# -> 10-17; "A day later" (than Oct 17) -> 10-18; "On Thursday" / "on Thursday" -> 10-24; "on Friday" -> 10-25.
# "At that point" gives no day. The intro's "several thousand" and "twelve thousand" are the outlet's summary of
# several origins and are not annotated (as blind17's timeline intro); "Seoul's 12,000 is a plan; Kyiv's 12,000 is a
# head count" restates the two origins' figures and is annotated as theirs. The author's own judgments (interest,
# experience, satellites) are the outlet's voice; "four times" is the outlet's ratio. "since 1953" is a year.
tc = {}
tc["brig"] = C("tc", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
tc["plan"] = C("tc", "or around 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
tc["fb"] = C("tc", "a first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tc["ships"] = C("tc", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, ev="2024-10-18",
                subject=RUS)
tc["win"] = C("tc", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
tc["sb"] = C("tc", "a second group of roughly 1,500 had arrived", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
tc["nis3"] = C("tc", "there are now about 3,000 North Korean soldiers in Russia", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
tc["proj"] = C("tc", "It expects about 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
               place="Russia")
tc["dec"] = C("tc", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tc["zel10"] = C("tc", "Zelensky said on October 17 that North Korea was preparing 10,000 soldiers", measure=PL,
                value=10000, mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
tc["bud"] = C("tc", "put the number training in Russia's Far East at around 11,000", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
tc["so15"] = C("tc", "Seoul counted only about 1,500 North Koreans actually in Russia", value=1500, q="about",
               scope="total", by=NIS, place="Russia")
tc["hur"] = C("tc", "about 12,000 North Korean troops are already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
tc["arr"] = C("tc", "the first units had reached the Kursk region", kind=S, measure=ARR, by=HUR, ev="2024-10-24",
              place="Kursk")
tc["ratio"] = C("tc", "Kyiv's count is now four times Seoul's.", measure=RATIO, value=4, unit="times", by=None)
tc["plan2"] = C("tc", "Seoul's 12,000 is a plan", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
                place="Russia")
tc["hur2"] = C("tc", "Kyiv's 12,000 is a head count", value=12000, scope="total", by=HUR, place="Russia")
tc["fake"] = C("tc", "The Kremlin's spokesman, Dmitry Peskov, called the first reports \"another fake\".", kind=S,
               measure=DEP, by=PESKOV, subject=RUS)
tc["img"] = C("tc", "would only say that \"if there are images, they reflect something\"", kind=S, measure=IMG, by=PUTIN,
              ev="2024-10-24", subject=RUS)
tc["kjg"] = C("tc", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
              "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
tc["pay"] = C("tc", "Russia pays each soldier about US$2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS, subject=RUS)
tc["regime"] = C("tc", "most of it goes to the state, not the soldier", kind=S, measure=REGIME, by=NIS)
tc["ready"] = C("tc", "the North Koreans would be ready by November 1", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=BUD)
tc["us3"] = C("tc", "which says at least 3,000 are training", value=3000, q="at_least", scope="total", by=USG,
              place=RFE)
tc["sites"] = C("tc", "at three sites in Russia's Far East", measure=SITES, value=3, unit="training sites", by=USG,
                place=RFE)
tc["fair"] = C("tc", "has warned that they would be \"fair game\" for Ukraine if they fight", kind=S, measure=TGT,
               mod="conditional", by=USG)
tc["wpn"] = C("tc", "Seoul has already said it could consider sending weapons to Ukraine, defensive ones first.", kind=S,
              measure=WPN, mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Task & Purpose, Tue 2024-10-29 (analysis)
# "said Monday" / "on Monday" -> 10-28; "Five days earlier" (than Monday) -> 10-23; "On Tuesday" -> 10-29; "on
# Saturday" -> 10-26 (the statement; the window is the date claim's value). Singh's lines, the lawmakers' relay and
# Kirby's "last week" give no day. The invented analyst's judgments are his (Dale Whitford); the casualty rate is
# British defence intelligence's; "ten days", "1.2 million", "seven decades" and "up to 10 years" are background in
# the outlet's voice (attributed to nobody). "Neither day produced a confirmed sighting" is the outlet's remark; the
# "Read more" lines (61,000, 249, Nov. 10) are headlines.
tp = {}
tp["dod"] = C("tp", "The Pentagon said Monday that around 10,000 North Korean soldiers have been sent to eastern Russia "
              "to train", value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
tp["weeks"] = C("tp", "will probably be used to reinforce Russian forces near Ukraine \"over the next several weeks.\"",
                kind=S, measure=CT, mod="planned", by=DOD, ev="2024-10-28")
tp["wh3"] = C("tp", "Five days earlier, the White House had put the number at \"at least 3,000.\"", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
tp["closer"] = C("tp", "some of those troops had already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
tp["intent"] = C("tp", "Washington is \"increasingly concerned,\" she said, that Russia intends to use them in combat or "
                 "to support combat operations in the Kursk region.", kind=S, measure=INTENT, by=SINGH, subject=RUS,
                 place="Kursk")
tp["nis10"] = C("tp", "more than 10,000 North Korean troops have been dispatched", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
tp["front"] = C("tp", "some are believed to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
tp["kyb"] = C("tp", "the contingent is led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
tp["terms"] = C("tp", "Russian instructors are drilling the soldiers on roughly 100 basic military terms in Russian",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS)
tp["drones"] = C("tp", "The instructors have found the North Koreans physically fit and motivated, the agency said, but "
                 "short on any understanding of modern warfare, drones especially.", kind=S, measure=DRONES, by=NIS)
tp["rutte"] = C("tp", "Mark Rutte confirmed for the first time that North Korean units had been deployed to the Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
tp["esc"] = C("tp", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war.\"", kind=S,
              measure=ESC, by=RUTTE)
tp["ct"] = C("tp", "the first North Korean soldiers could appear in combat zones on Oct. 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
tp["age"] = C("tp", "Dale Whitford, 58", measure=AGE, value=58, unit="years", by=None, subject=WHIT)
tp["hold"] = C("tp", "\"They are not going to break the front. What they can do is hold ground in Kursk and free up "
               "Russian units for the Donbas,\" Whitford said.", kind=S, measure=INTENT, by=WHIT, place="Kursk")
tp["fpv"] = C("tp", "\"A soldier who has never seen an FPV drone is going to learn very fast or die very fast,\" he "
              "said.", kind=S, measure=DRONEQ, by=WHIT)
tp["cas"] = C("tp", "Russia is losing more than 1,000 soldiers killed or wounded a day", measure=CAS, value=1000,
              q="at_least", unit="troops per day", by="UK Defence Intelligence", subject=RUS)
tp["ten"] = C("tp", "Russia loses the equivalent of the entire North Korean contingent in about ten days", measure=TENDAYS,
              value=10, q="about", unit="days", by=None, subject=RUS)
tp["army"] = C("tp", "with roughly 1.2 million active troops", measure=ARMY, value=1200000, q="about", unit="troops",
               by=None)
tp["yrs"] = C("tp", "it has not fought a war in more than seven decades", measure=WARYRS, value=70, q="at_least",
              unit="years", by=None)
tp["consc"] = C("tp", "its conscripts serve up to 10 years", measure=CONSCR, value=10, q="up_to", unit="years", by=None)
tp["exp"] = C("tp", "What Pyongyang gets out of the deal is less ambiguous, Whitford said: hard currency, and a "
              "generation of officers who have finally seen a modern battlefield.", kind=S, measure=EXP, by=WHIT)
tp["fair"] = C("tp", "John Kirby said last week that North Korean soldiers who fight Ukraine would be \"fair game.\"",
               kind=S, measure=TGT, mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- The Spectator, Thu 2024-10-31 (Portrait of the week)
# A weekly digest: its items give no day, so every claim is undated. Only the North Korean paragraph is on the
# story; the Budget, Southport, Valencia, Iran, Japan, Georgia, US and Moldova items (£40 billion, 14 years, 1993,
# the rates and thresholds, 18, three girls, 150, eight hours, three days, four soldiers, 2009, 54 per cent, "one in
# five") are off-topic and not annotated. "Russia said nothing" is the outlet's remark.
sp = {}
sp["dod"] = C("sp", "The Pentagon said that around 10,000 North Korean soldiers had been sent to eastern Russia to train",
              value=10000, q="about", scope="total", by=DOD, place=RFE)
sp["closer"] = C("sp", "some had already moved closer to Ukraine", kind=S, measure=FRONT, by=DOD)
sp["rutte"] = C("sp", "confirmed that North Korean units had been deployed to the Kursk region", kind=S, measure=DEP,
                by=RUTTE, place="Kursk")
sp["nis10"] = C("sp", "South Korea's spies told their parliament that more than 10,000 had now gone", value=10000,
                q="at_least", scope="total", by=NIS, place="Russia")
sp["terms"] = C("sp", "Russian instructors were teaching them about 100 words of military Russian", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
sp["drones"] = C("sp", "they had almost no notion of what drones could do to them", kind=S, measure=DRONES, by=NIS)

# ---------------------------------------------------------------- The Boston Globe, Fri 2024-11-01 (dispatch)
# "said Thursday" -> 10-31 (the lead's two claims); "on Tuesday" -> 10-29; "on Friday" -> 11-01. Blinken's and
# Austin's later lines, Cho's and Kim's lines, the missile figures and the analyst's lines give no day. The
# invented analyst's judgments are his (Jae-won Lee), "seventy years" included. "Hwasong-19" is a name; "five
# ballot questions" and "Question 2" are off-topic; "He would not say" is a refusal.
bg = {}
bg["bl8"] = C("bg", "About 8,000 North Korean soldiers have been moved to Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
bg["days"] = C("bg", "the United States expects them to join the fighting against Ukrainian forces \"in the coming "
               "days.\"", kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31")
bg["bl10"] = C("bg", "are part of a force of roughly 10,000 North Korean troops that Pyongyang has now sent to Russia",
               value=10000, q="about", scope="total", by=BL, place="Russia")
bg["notseen"] = C("bg", "The United States has \"not yet seen\" the North Koreans deployed into combat, Blinken said.",
                  kind=S, measure=CS, by=BL)
bg["tgt"] = C("bg", "\"If they do engage in combat or combat support operations against Ukraine, they will become "
              "legitimate military targets.\"", kind=S, measure=TGT, mod="conditional", by=BL)
bg["eq"] = C("bg", "Austin said Russian instructors had been training the North Koreans in artillery, drone operations "
             "and basic infantry skills, trench clearing among them", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
bg["nis10"] = C("bg", "that more than 10,000 North Korean soldiers had been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
bg["cho"] = C("bg", "Seoul was concerned that Russia could repay Pyongyang with sensitive military technology", kind=S,
              measure=TECH, mod="conditional", by="Cho Tae-yul")
bg["threat"] = C("bg", "called the deployment a threat to the security of the Korean Peninsula as well as Europe",
                 kind=S, measure=THREAT, by="Kim Yong-hyun")
bg["t86"] = C("bg", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
bg["alt"] = C("bg", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
bg["dist"] = C("bg", "it traveled about 1,000 kilometers", measure=ICBM_D, value=1000, q="about", unit="km",
               by="South Korea Joint Chiefs of Staff")
bg["yrs"] = C("bg", "For the first time in seventy years", measure=WARYRS, value=70, unit="years", by=LEE)
bg["exp"] = C("bg", "North Korean officers will learn what a modern war looks like", kind=S, measure=EXP, by=LEE)
bg["tech"] = C("bg", "He also expected Moscow to pay in technology for satellites, submarines or missile re-entry",
               kind=S, measure=TECH, mod="conditional", by=LEE)
bg["choe"] = C("bg", "that Pyongyang would stand firmly by its Russian comrades until the day of victory", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- National Review, Tue 2024-11-05 (editorial)
# "On October 23" -> 10-23; "Five days later" -> 10-28; "the next day" -> 10-29; "Last Thursday" -> 10-31; "On
# Monday" -> 11-04; "broadcast Tuesday" -> 11-05; "said Monday" (the Pentagon) -> 11-04; "On Friday" -> 11-01.
# Seoul's "could not confirm", "Pyongyang said in October" (a month, not a day), Kirby's remark, Yoon's line and the
# closing "Seoul fears" give no day. The editors' arguments are the outlet's voice; "76 days", "today", "January"
# and "November" are not counts of the story; the April aid package is (attributed to nobody). "Putin received her"
# is reported fact.
nr = {}
nr["wh3"] = C("nr", "On October 23, the White House said at least 3,000 North Korean troops had reached eastern Russia.",
              value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
nr["dod"] = C("nr", "Five days later, the Pentagon put the figure at around 10,000", value=10000, q="about",
              scope="total", by=DOD, ev="2024-10-28", place="Russia")
nr["nis10"] = C("nr", "South Korea's intelligence service told its parliament the next day that more than 10,000 had "
                "been sent", value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
nr["bl8"] = C("nr", "Antony Blinken said about 8,000 of them were in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
nr["z11"] = C("nr", "Volodymyr Zelensky said 11,000 North Korean troops were now in Kursk", measure=KU, value=11000,
              by=ZEL, ev="2024-11-04", place="Kursk")
nr["um"] = C("nr", "told South Korea's KBS in an interview broadcast Tuesday that the first small clashes between "
             "Ukrainian forces and North Korean units had already taken place", kind=S, measure=N5, by=UM,
             ev="2024-11-05", place="Kursk")
nr["mnd"] = C("nr", "Seoul's defense ministry said it could not confirm his account", kind=S, measure=N5, by=MND,
              subject=SK)
nr["dod_cs"] = C("nr", "the Pentagon said Monday that it still had no confirmation that North Koreans had entered combat",
                 kind=S, measure=CS, by=DOD, ev="2024-11-04")
nr["lawful"] = C("nr", "Pyongyang said in October that any such deployment would be lawful under international law",
                 kind=S, measure=LAW, mod="conditional", by=NKFM)
nr["choe"] = C("nr", "told Sergei Lavrov in Moscow that her country would stand with Russia until victory", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
nr["fair"] = C("nr", "Kirby's \"fair game\" remark", kind=S, measure=TGT, mod="conditional", by=KIRBY)
nr["wpn"] = C("nr", "President Yoon Suk Yeol has said he would not rule out sending weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=YOON, subject=SK)
nr["aid"] = C("nr", "The $61 billion Congress approved in April", measure=AID61, value=61000000000, unit="USD", by=None,
              subject=US)
nr["tech"] = C("nr", "Seoul fears, in missile and satellite know-how that will end up pointed at Tokyo, Seoul and "
               "eventually Guam", kind=S, measure=TECH, mod="conditional", by=SKG)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ct["bud"], tc["bud"], tc["so15"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Budanov's about 11,000 training in the Far East vs Seoul's count of about "
  "1,500 actually in Russia at that point",
  [("about 11,000 training (Budanov)", [ct["bud"], tc["bud"]]), ("about 1,500 in Russia (NIS)", [tc["so15"]])])
K(RU, [we["wh3"], we["nis3"], mt["nis3"], mt["kirby"], tc["nis3"], tc["us3"], mt["hur"], tc["hur"], tc["hur2"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Kirby, US)",
    [we["wh3"], we["nis3"], mt["nis3"], mt["kirby"], tc["nis3"], tc["us3"]]),
   ("about 12,000 (HUR)", [mt["hur"], tc["hur"], tc["hur2"]])])
K(RU, [tp["wh3"], nr["wh3"], tp["dod"], sp["dod"], nr["dod"], bg["bl10"], tp["nis10"], sp["nis10"], bg["nis10"],
       nr["nis10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least 3,000 (White House Oct 23, told as the step before) -> "
  "around 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29)")
K(KU, [bg["bl8"], nr["bl8"], nr["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ct["plan"], we["plan"], mt["plan"], tc["plan"], tc["plan2"], ct["zel10"], tc["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ct["plan"], we["plan"], mt["plan"], tc["plan"], tc["plan2"]]),
   ("10,000 (Zelensky)", [ct["zel10"], tc["zel10"]])])
K(FB, [ct["fb"], we["fb"], mt["fb"], tc["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [ct["win"], tc["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [ct["ships"], tc["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [ct["brig"], tc["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [we["sb"], mt["sb"], tc["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [we["proj"], tc["proj"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [we["dec"], tc["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [we["pay"], tc["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [we["regime"], tc["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(SITES, [we["sites"], mt["sites"], tc["sites"]], "agreement", "US (Oct 23): three training sites in the Far East")
K(UNSURE, [we["unsure"], we["left"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Kirby, Austin)")
K(TGT, [we["fair"], tc["fair"], tp["fair"], nr["fair"], bg["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Washington, Blinken)")
K(DEP, [we["austin"], tp["rutte"], sp["rutte"], ct["fake"], mt["fake"], tc["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23; Rutte confirms units in Kursk Oct 28) vs dismissed as 'another fake' (Peskov)",
  [("asserted", [we["austin"], tp["rutte"], sp["rutte"]]), ("dismissed", [ct["fake"], mt["fake"], tc["fake"]])])
K(ESC, [we["esc"], tp["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional) and 'a significant escalation' (Rutte)")
K(LAW, [tc["kjg"], nr["lawful"], we["unsc"], mt["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu Oct 25; 'Pyongyang said') vs a violation of UN Security "
  "Council resolutions (Seoul's foreign ministry)",
  [("lawful (North Korea)", [tc["kjg"], nr["lawful"]]), ("violates UNSC resolutions (Seoul)", [we["unsc"], mt["unsc"]])])
K(IMG, [mt["img"], tc["img"]], "agreement", "Putin (Oct 24): 'if there are images, they reflect something'")
K(ARR, [mt["arr"], tc["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region")
K(READY, [ct["ready"], tc["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(WPN, [we["wpn"], mt["wpn"], tc["wpn"], nr["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24, 'Seoul')")
K(CT, [tp["ct"], tp["weeks"], bg["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [tp["ct"]]), ("several weeks (Pentagon)", [tp["weeks"]]),
   ("coming days (Blinken)", [bg["days"]])])
K(FRONT, [tp["closer"], sp["closer"], tp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh / the Pentagon) / toward the front (NIS)")
K(INTENT, [tp["intent"], tp["hold"]], "agreement",
  "Russia means to use the North Koreans in Kursk (Singh's concern; Whitford: hold ground in Kursk)")
K(TERMS, [tp["terms"], sp["terms"]], "agreement", "NIS (Oct 29): about 100 Russian military terms taught")
K(DRONES, [tp["drones"], sp["drones"]], "agreement", "NIS (Oct 29): instructors found a poor grasp of drones")
K(CS, [bg["notseen"], nr["dod_cs"]], "agreement",
  "not yet in combat as far as Washington can see (Blinken Oct 31; the Pentagon Nov 4)")
K(N5, [nr["um"], nr["mnd"]], "discrepancy",
  "Nov 5: first small clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [nr["um"]]), ("cannot confirm (Seoul MND)", [nr["mnd"]])])
K(CHOE, [bg["choe"], nr["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(TECH, [bg["cho"], bg["tech"], nr["tech"]], "agreement",
  "North Korea may get Russian military technology in return (Cho Tae-yul, Jae-won Lee, 'Seoul fears')")
K(EXP, [tp["exp"], bg["exp"]], "agreement",
  "what Pyongyang gains is officers who have seen modern war (Whitford, Jae-won Lee)")
K(WARYRS, [tp["yrs"], bg["yrs"]], "agreement", "North Korea's army has not fought for about seventy years")
K(THREAT, [ct["threat"], bg["threat"]], "agreement",
  "the deployment threatens South Korea's security (presidential office Oct 18, Kim Yong-hyun Oct 31)")
K(AID61, [we["aid"], nr["aid"]], "agreement", "the $61 billion Ukraine package Congress approved in April")

pairs = [
    (ct["plan"], ct["fb"], "about 12,000 planned vs roughly 1,500 in the first transport"),
    (ct["brig"], ct["ships"], "four brigades vs four landing ships, adjacent sentences"),
    (ct["bud"], ct["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), same paragraph"),
    (we["sb"], we["nis3"], "second group of about 1,500 vs roughly 3,000 in total, same sentence"),
    (we["nis3"], we["proj"], "roughly 3,000 now vs 10,000 expected by December"),
    (we["plan"], we["fb"], "some 12,000 planned vs the first 1,500, same sentence"),
    (mt["hur"], mt["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (mt["fb"], mt["nis3"], "first group of about 1,500 vs about 3,000 sent so far, adjacent sentences"),
    (tc["plan2"], tc["hur2"], "12,000: Seoul's plan vs Kyiv's head count, same sentence"),
    (tc["so15"], tc["fb"], "1,500: Seoul's count in Russia that week vs the first transport"),
    (tc["bud"], tc["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), adjacent sentences"),
    (tc["sb"], tc["nis3"], "second group of roughly 1,500 vs about 3,000 in Russia, same sentence"),
    (tc["brig"], tc["ships"], "four brigades vs four landing ships, same sentence"),
    (tp["dod"], we["proj"], "10,000: around 10,000 already sent (Pentagon) vs 10,000 expected by December (NIS)"),
    (tp["nis10"], tc["proj"], "more than 10,000 sent vs about 10,000 expected by December (both NIS)"),
    (bg["bl8"], bg["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (nr["z11"], nr["nis10"], "11,000 in Kursk vs more than 10,000 in Russia, same paragraph"),
    (nr["bl8"], nr["dod"], "about 8,000 in Kursk vs around 10,000 in Russia, same paragraph"),
    (ct["bud"], nr["z11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
    (ct["zel10"], tp["dod"], "10,000: being prepared (Oct 17) vs around 10,000 in Russia (Oct 28)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
