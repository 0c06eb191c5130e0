"""Generate gold.json for blind28 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind28/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "sf": ("san-francisco-chronicle-2024-10-19-seoul-says-north-korea-sending-12000-troops-to-russia",
           "San Francisco Chronicle", "2024-10-19"),
    "d1": ("defense-one-2024-10-23-white-house-says-at-least-3000-north-korean-troops-in-russia", "Defense One",
           "2024-10-23"),
    "tw": ("the-war-zone-2024-10-25-north-korean-troops-in-russia-what-we-know", "The War Zone", "2024-10-25"),
    "mc": ("military-com-2024-10-29-pentagon-says-10000-north-korean-troops-in-eastern-russia", "Military.com",
           "2024-10-29"),
    "dp": ("the-dispatch-2024-10-30-podcast-transcript-north-korean-troops-russia", "The Dispatch", "2024-10-30"),
    "yh": ("yahoo-news-2024-11-01-blinken-says-8000-north-korean-troops-in-kursk", "Yahoo News", "2024-11-01"),
    "nm": ("newsmax-2024-11-04-zelensky-says-11000-north-korean-troops-in-kursk", "Newsmax", "2024-11-04"),
    "nr": ("the-new-republic-2024-11-13-trump-inherits-a-war-with-north-korean-soldiers-in-it", "The New Republic",
           "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBM_D = "ICBM flight distance"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
EXP = "North Korean troops gaining modern combat experience"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
LAVROV = "Russia-North Korea military ties"
THREAT = "North Korean deployment a grave threat to South Korea"
UNDERWAY = "North Korean deployment under way (first troops already in Russia)"
RANGE = "possible size of the deployment (Western official)"
CONSUL = "South Korean consulate in San Francisco: no spike in calls"
ROUTE = "sea route of the troops (Wonsan to Vladivostok)"
UNSURE = "US unsure what the troops will do (Oct 23)"
INTENT = "Russia intends to use North Korean troops in combat"
SERVICE = "years of military service (guest)"
TOURS = "tours with U.S. Forces Korea (guest)"
HWA = "North Korea names the Oct 31 ICBM Hwasong-19"
T24 = "Trump's promised time to end the war"
PAID = "North Korea will want payment in any settlement (guest)"


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
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
TRUMP = "Donald Trump"
YOO = "Daniel Yoo"
DELGADO = "Frank Delgado"
WEST = "Western official"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- San Francisco Chronicle, Sat 2024-10-19 (straight news story, local angle)
# "said Friday" -> 10-18 (the lead's plan and "the first of them are already in the Russian Far East"; the
# presidential office "after an emergency security meeting Friday"); "said Thursday" -> 10-17 (Zelensky). The
# second paragraph's "The National Intelligence Service said" and "according to the agency" give no day, so
# brigades, window, first transport, ships and escorts stay undated; Budanov's figure and date, the Western
# official's range, Rutte (beside Zelensky, no day in the sentence) and Peskov ("earlier this month") too.
# "those fifteen hundred men are the only North Korean soldiers in Russia so far" is Seoul's head count that week
# (bundled k01), not the transport. The two local residents' ages are annotated (attributed to nobody); their
# reactions are not. "the North's first large-scale ground deployment" is the outlet's voice; "in 1950", "in June",
# the congregation of about 400, the 100,000 people of Korean descent (off-topic) and the related headlines (25
# cents, 3 decades) are not annotated.
sf = {}
sf["plan"] = C("sf", "North Korea has decided to send about 12,000 soldiers to help Russia fight its war against Ukraine",
               measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18",
               place="Russia")
sf["under"] = C("sf", "the first of them are already in the Russian Far East", kind=S, measure=UNDERWAY, by=NIS,
                ev="2024-10-18", place=RFE)
sf["brig"] = C("sf", "Pyongyang would send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
sf["win"] = C("sf", "Between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
sf["fb"] = C("sf", "ferried roughly 1,500 special operations troops from North Korean ports to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
sf["ships"] = C("sf", "Four amphibious landing ships made the trip", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
sf["escort"] = C("sf", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
sf["unif"] = C("sf", "The men were handed Russian military uniforms and forged identity papers that pass them off as "
               "natives of Siberian republics, the agency said.", kind=S, measure=UNIF, by=NIS)
sf["sofar"] = C("sf", "those fifteen hundred men are the only North Korean soldiers in Russia so far", value=1500,
                scope="total", by=NIS, place="Russia")
sf["threat"] = C("sf", "called the dispatch a grave threat to the South", kind=S, measure=THREAT, by=PO,
                 ev="2024-10-18", subject=SK)
sf["unsc"] = C("sf", "said military cooperation between Moscow and Pyongyang flouts U.N. Security Council resolutions",
               kind=S, measure=LAW, by=PO, ev="2024-10-18", subject=SK)
sf["zel10"] = C("sf", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
sf["bud"] = C("sf", "some 11,000 North Korean infantrymen were already training in eastern Russia", value=11000,
              q="about", scope="total", by=BUD, place=RFE)
sf["ready"] = C("sf", "could be combat-ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD)
sf["range"] = C("sf", "put the possible size of the deployment at anywhere from 2,000 to 12,000 troops", measure=RANGE,
                low=2000, high=12000, mod="planned", scope="total", by=WEST, place="Russia")
sf["rcs"] = C("sf", "the alliance had no evidence so far that North Korean soldiers were taking part in the fighting",
              kind=S, measure=CS, by=RUTTE)
sf["fake"] = C("sf", "spokesman Dmitry Peskov called them \"another fake.\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
sf["lim"] = C("sf", "Grace Lim, 34", measure=AGE, value=34, unit="years", by=None, subject="Grace Lim")
sf["choi"] = C("sf", "The Rev. Samuel Choi, 67", measure=AGE, value=67, unit="years", by=None, subject="Samuel Choi")
sf["consul"] = C("sf", "said it had not seen any unusual spike in calls", kind=S, measure=CONSUL,
                 by="South Korea Consulate General in San Francisco", subject=SK)

# ---------------------------------------------------------------- Defense One, Wed 2024-10-23 (press-briefing write-up)
# "said Wednesday, hours after ... Austin told reporters in Rome" -> 10-23 (the White House's count and Austin's
# evidence line); "Briefing lawmakers ... on Wednesday" -> 10-23 (the NIS's second group, the first group as told
# that day, and the total, in one sentence); "On Monday" -> 10-21 (the summons), "on Tuesday" -> 10-22 (the
# presidential official). Kirby's route and sites sentence, his "unclear", Austin's two Rome quotes ("Austin said in
# Rome"), "fair game", the forecast ("Park said") and the pay, regime and drones lines give no day. Austin's age is
# annotated (attributed to nobody). The budget paragraph (Dec. 20, $849.8 billion, fiscal 2025, "billions of
# dollars"), "his fourth trip", "next week", the byline and the related headlines (1,000 drones, 3 years) are not.
d1 = {}
d1["wh3"] = C("d1", "At least 3,000 North Korean soldiers are now in Russia", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
d1["adep"] = C("d1", "there was evidence that DPRK troops had arrived on Russian soil", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23", place="Russia")
d1["route"] = C("d1", "the soldiers had traveled by ship from the Wonsan area of North Korea to Vladivostok between "
                "early and mid-October", kind=S, measure=ROUTE, by=KIRBY, place=RFE)
d1["sites"] = C("d1", "had then moved on to three military training sites in Russia's Far East", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
d1["unclear"] = C("d1", "What they would do after that training remained unclear, he said.", kind=S, measure=UNSURE,
                  by=KIRBY)
d1["aesc"] = C("d1", "if their intention is to participate in this war on Russia's behalf, that is a very, very serious "
               "issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
d1["aseen"] = C("d1", "What exactly the troops are doing, he added, \"is left to be seen.\"", kind=S, measure=UNSURE,
                by=AUSTIN)
d1["fair"] = C("d1", "\"If they do deploy to fight against Ukraine, they are fair game,\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
d1["sb"] = C("d1", "another 1,500 or so North Korean troops had followed", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
d1["fb"] = C("d1", "the first group of about 1,500", measure=FB, value=1500, q="about", scope="first_batch", by=NIS,
             ev="2024-10-23", place=RFE)
d1["nis3"] = C("d1", "bringing the total in Russia to roughly 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
d1["pr"] = C("d1", "The agency expects around 10,000 to have been sent", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
d1["prd"] = C("d1", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
d1["pay"] = C("d1", "Moscow pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
d1["regime"] = C("d1", "most of the money is kept by the government in Pyongyang", kind=S, measure=REGIME, by=NIS)
d1["drones"] = C("d1", "Russian instructors have found the North Koreans physically fit but unschooled in modern "
                 "warfare, drones in particular", kind=S, measure=DRONES, by=NIS)
d1["wd"] = C("d1", "summoned Russian Ambassador Georgy Zinoviev and demanded that the troops be pulled out at once",
             kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
d1["wpn"] = C("d1", "a senior presidential official said the South could consider sending weapons to Ukraine, "
              "defensive arms first", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
d1["age"] = C("d1", "Austin, 70", measure=AGE, value=70, unit="years", by=None, subject=AUSTIN)

# ---------------------------------------------------------------- The War Zone, Fri 2024-10-25 (explainer)
# "said Thursday" -> 10-24 (HUR's count, officers and generals); "a day earlier" -> 10-23 (the NIS) and "that same
# day" -> 10-23 (the White House's minimum); "on Oct. 18, when the NIS said" -> 10-18 (plan and brigades); "given the
# day before that" -> 10-17 (Zelensky); "reached Kursk on Wednesday" -> 10-23 (an arrival with its own day, as
# blind23-25 did); Kyslytsya "on Monday, when he put" -> 10-21; Putin "on Thursday" -> 10-24; Yoon "said Thursday"
# -> 10-24. The lead's "Ukraine says North Korean units are already in the Kursk region" is HUR's arrival claim,
# undated. Kim Jong Gyu's sentence has no day (the day sits in the previous sentence, "Pyongyang broke its silence
# on Friday"), so it stays null by the strict rule. The transport paragraph, "Seoul expects" and "Kyiv has said"
# give no day. "U.S. officials say" -> US government (the three training grounds). The video sentence ("Video
# circulated by Ukrainian officials purports to show"), "Neither Moscow nor Seoul has confirmed that", Seoul's
# non-lethal-aid background, "What to watch", "in August", the stamp and "Share 214 | Comments 96" are not annotated.
tw = {}
tw["larr"] = C("tw", "Ukraine says North Korean units are already in the Kursk region", kind=S, measure=ARR, by=HUR,
               place="Kursk")
tw["hur"] = C("tw", "roughly 12,000 North Korean military personnel were in Russia", value=12000, q="about",
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
tw["off"] = C("tw", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
tw["gen"] = C("tw", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
tw["nis3"] = C("tw", "about 3,000 had been sent so far", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
tw["wh3"] = C("tw", "the White House put the figure at a minimum of 3,000 that same day", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
tw["plan"] = C("tw", "Pyongyang had committed roughly 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
tw["brig"] = C("tw", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
tw["zel10"] = C("tw", "Zelensky's own estimate, given the day before that, was 10,000", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
tw["fb"] = C("tw", "a first group of about 1,500 special forces sailed to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
tw["win"] = C("tw", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
tw["sb"] = C("tw", "A second group of similar size followed.", kind=S, measure=SB, scope="additional", by=NIS,
             place="Russia")
tw["sites"] = C("tw", "the troops were then spread across three training grounds in the Far East", measure=SITES,
                value=3, unit="training sites", by=USG, place=RFE)
tw["arr"] = C("tw", "HUR says the first units reached Kursk on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
tw["pr"] = C("tw", "Seoul expects the contingent to grow to 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
tw["prd"] = C("tw", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tw["ready"] = C("tw", "the soldiers would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD)
tw["kys"] = C("tw", "put the number already training in Russia's east at about 11,000", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
tw["img"] = C("tw", "told reporters at the BRICS summit in Kazan that \"images are a serious thing\" and, if they "
              "exist, \"they reflect something.\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
tw["treaty"] = C("tw", "How Russia applies its new treaty with North Korea, he said, is \"our business.\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
tw["kjg"] = C("tw", "it would be \"an act conforming with the regulations of international law.\"", kind=S,
              measure=LAW, mod="conditional", by=KJG)
tw["yoon"] = C("tw", "South Korea would not rule out supplying weapons to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Military.com, Tue 2024-10-29 (straight news story)
# "said Monday" -> 10-28 (the Pentagon's count and "over the next several weeks", in one sentence); "Last Wednesday"
# -> 10-23 (the White House's minimum, told as the step before: k03); "In Brussels on Monday" -> 10-28 (Rutte);
# "last Thursday" -> 10-24 (HUR's count, officers and generals), "on the 23rd" -> 10-23 (the arrival); "On Saturday"
# -> 10-26 (Zelensky's window); "said Friday" -> 10-25 (Kim Jong Gyu). Singh's quote, her uniforms line, "He called
# the move" and the NIS's "last week" give no day. "more than triple" is the outlet's ratio (10,000 / 3,000),
# attributed to nobody. "She declined to say", "There was no public confirmation Monday", "The pace now appears
# faster", the unnamed Republicans and senators, the pay-raise section (4.5%, 19.5%), the survey ("1 in 4", 2022),
# "the Nov. 5 election" and the stamp are not annotated.
mc = {}
mc["dod10"] = C("mc", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
mc["weeks"] = C("mc", "they will probably be used against Ukrainian forces over the next several weeks", kind=S,
                measure=CT, mod="planned", by=DOD, ev="2024-10-28")
mc["ratio"] = C("mc", "The estimate is more than triple the figure the Biden administration gave", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
mc["closer"] = C("mc", "A number of those soldiers have already moved closer to Ukraine", kind=S, measure=FRONT,
                 by=SINGH)
mc["intent"] = C("mc", "we are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces in Russia's Kursk Oblast", kind=S, measure=INTENT,
                 mod="planned", by=SINGH, place="Kursk")
mc["wh3"] = C("mc", "Last Wednesday, the White House had said at least 3,000 North Koreans were in Russia.", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
mc["unif"] = C("mc", "Singh said the troops had been issued Russian uniforms and equipment.", kind=S, measure=UNIF,
               by=SINGH)
mc["rdep"] = C("mc", "confirmed, after a briefing by a South Korean delegation, that North Korean troops had been sent "
               "to Russia and that some units were deployed in the Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
mc["resc"] = C("mc", "He called the move \"a significant escalation\" of the war and \"a dangerous expansion\" of "
               "Russia's conflict.", kind=S, measure=ESC, by=RUTTE)
mc["hur"] = C("mc", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
mc["off"] = C("mc", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
mc["gen"] = C("mc", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
mc["arr"] = C("mc", "the first of them reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
mc["ct"] = C("mc", "the first North Korean soldiers could be sent into combat zones on Oct. 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
mc["nis3"] = C("mc", "which counted about 3,000 last week", value=3000, q="about", scope="total", by=NIS,
               place="Russia")
mc["pr"] = C("mc", "has forecast that some 10,000 would be in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
mc["prd"] = C("mc", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mc["kjg"] = C("mc", "Kim Jong Gyu said Friday that any such deployment would be \"an act conforming with the "
              "regulations of international law.\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- The Dispatch, Wed 2024-10-30 (podcast transcript excerpt)
# Time stamps give no day. "On Monday" -> 10-28 (the Pentagon), "yesterday" -> 10-29 (the NIS's more than 10,000);
# "a week ago" / "About a week ago" / "last week" give null, so the two Oct 23 steps of the NIS (the host's "3,000",
# exact, and the guest's "roughly 3,000") are undated. What the guest relays keeps its origin ("per the NIS",
# "Seoul says", "The NIS also says", "The South Koreans put it at", "according to Seoul"); his own readings (the
# counting method, the technology guess) are his (`Daniel Yoo`, invented). The hosts relay Singh, Kirby and Putin
# (undated). The host's introduction of the guest (26 years, two tours) is annotated like an age (attributed to
# nobody). "They've hit that in October", "That tells you ...", "that is a real problem", "It's about as close to one
# as Washington gets", "It's the opposite of a denial" are asides. The episode number, running time, "six days out",
# "2020" and the sponsor line (20 percent) are not annotated.
dp = {}
dp["dod10"] = C("dp", "On Monday the Pentagon said there are around 10,000 North Korean soldiers in eastern Russia",
                value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dp["nis10"] = C("dp", "Then yesterday South Korea's spy agency told its parliament it's more than 10,000", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
dp["step1"] = C("dp", "a week ago Seoul was saying 3,000", value=3000, scope="total", by=NIS, place="Russia")
dp["method"] = C("dp", "The South Koreans, as far as I can tell, count men who have physically landed in Russia, not men "
                 "who've been assigned", kind=S, measure=METHOD, by=YOO)
dp["step2"] = C("dp", "About a week ago their number was roughly 3,000", value=3000, q="about", scope="total", by=NIS,
                place="Russia")
dp["pr"] = C("dp", "they told lawmakers they expected 10,000", measure=PR, value=10000, mod="planned", scope="total",
             by=NIS, place="Russia")
dp["prd"] = C("dp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dp["plan"] = C("dp", "the original decision, per the NIS, was 12,000 troops", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS, place="Russia")
dp["fb"] = C("dp", "The first 1,500 crossed in early October", measure=FB, value=1500, scope="first_batch", by=NIS,
             place=RFE)
dp["ships"] = C("dp", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
dp["kyb"] = C("dp", "Seoul says the commander is Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
dp["front"] = C("dp", "The NIS also says some of the units are now moving toward the front", kind=S, measure=FRONT,
                by=NIS)
dp["terms"] = C("dp", "the soldiers are being drilled on roughly a hundred Russian military words", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
dp["pay"] = C("dp", "around two thousand dollars per man per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
dp["regime"] = C("dp", "with the regime pocketing most of it", kind=S, measure=REGIME, by=NIS)
dp["drones"] = C("dp", "Russian instructors, according to Seoul, like their fitness but say they are hopeless with "
                 "drones", kind=S, measure=DRONES, by=NIS)
dp["weeks"] = C("dp", "Russia will probably put them into combat \"over the next several weeks.\"", kind=S, measure=CT,
                mod="planned", by=SINGH)
dp["fair"] = C("dp", "if they go into Ukraine they're \"fair game.\"", kind=S, measure=TGT, mod="conditional", by=KIRBY)
dp["img"] = C("dp", "if there are images, they \"reflect something.\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
dp["tech"] = C("dp", "my guess is Moscow ends up paying in technology: satellites, submarine propulsion, maybe help with "
               "missile re-entry", kind=S, measure=TECH, mod="planned", by=YOO)
dp["years"] = C("dp", "spent 26 years in the Army", measure=SERVICE, value=26, unit="years", by=None, subject=YOO)
dp["tours"] = C("dp", "two tours with U.S. Forces Korea", measure=TOURS, value=2, unit="tours", by=None, subject=YOO)

# ---------------------------------------------------------------- Yahoo News, Fri 2024-11-01 (wire story with an update block)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure and "in the coming days", one sentence); "on Tuesday" -> 10-29
# (the NIS's count and the front, one sentence); KCNA "said on Friday" -> 11-01; the update's "on Friday" -> 11-01
# (Choe). Blinken's "in all" and "legitimate military targets", Austin's lines, Kim Yong-hyun, Cho, the Kremlin, the
# three ICBM figures and Lavrov give no day ("Hours before the meeting" dates the launch, which is reported fact, not
# the ministry's figures). The "UPDATED ... paragraphs 14-15" line, the stamp, "4 min read", "the longest flight
# time", "five days before the U.S. presidential election", the unnamed analysts, "She did not mention the troops",
# the credit line and the Trending headlines (12,000 jobs, 6.72%, 1943, $204,000) are not annotated.
yh = {}
yh["bl8"] = C("yh", "Roughly 8,000 North Korean soldiers have been moved into Russia's Kursk region", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
yh["days"] = C("yh", "Washington expects them to join the fighting against Ukrainian forces in the coming days", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
yh["bl10"] = C("yh", "some 10,000 North Korean troops had been sent to Russia in all", value=10000, q="about",
               scope="total", by=BL, place="Russia")
yh["tgt"] = C("yh", "\"If DPRK troops enter the fight against Ukraine, they will become legitimate military targets,\"",
              kind=S, measure=TGT, mod="conditional", by=BL)
yh["eq"] = C("yh", "Russia had been training the North Koreans in artillery, drone operations and basic infantry "
             "tactics, including clearing trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
yh["acs"] = C("yh", "He said he had not yet seen reports of them in combat.", kind=S, measure=CS, by=AUSTIN)
yh["kyh"] = C("yh", "South Korean Defense Minister Kim Yong-hyun said the troops should be withdrawn immediately",
              kind=S, measure=WITHDRAW, by=KYH, subject=SK)
yh["cho"] = C("yh", "Seoul worried that Russia could pay Pyongyang back with sensitive military technology, including "
              "help with its nuclear and missile programs", kind=S, measure=TECH, mod="conditional", by=CHO)
yh["nis10"] = C("yh", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
yh["front"] = C("yh", "some had moved toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
yh["noack"] = C("yh", "The Kremlin has not confirmed that North Korean soldiers are in Russia.", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
yh["t86"] = C("yh", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
yh["alt"] = C("yh", "reached an altitude of more than 7,000 km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
yh["dist"] = C("yh", "it traveled about 1,000 km", measure=ICBM_D, value=1000, q="about", unit="km", by=JCS)
yh["hwa"] = C("yh", "the missile was a new Hwasong-19, calling it the \"final version\" of the North's ICBMs", kind=S,
              measure=HWA, by="KCNA", ev="2024-11-01")
yh["choe"] = C("yh", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory.\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
yh["lavrov"] = C("yh", "Lavrov said the two countries' militaries and intelligence services had \"very close ties\"",
                 kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Newsmax, Mon 2024-11-04 (broadcast segment with a studio interview)
# "said today" -> 11-04 (Zelensky's count; the Pentagon's "no indication"); "three days after she promised" ->
# 11-01 (Choe's pledge); "just last week" gives null (Blinken); the SOT line and the anchor's "Eleven thousand men"
# (Zelensky's figure restated in words) give no day; "South Korean intelligence says" (present tense) gives none.
# The guest (invented) relays Austin ("said last week", undated); the hundred words and the 86 minutes carry no
# origin in his sentences and are his (`Frank Delgado`), while they join the NIS's and Japan's agreements; "launched
# on Thursday" dates the flight (10-31), as blind23-25 dated "launched on Thursday". His age is annotated (attributed
# to nobody). "Putin received ... Choe" is reported fact; "That's not a reserve. That's an assault force.", "It makes
# it harder" and "a third country's army" are asides. The header ("Segment 3 of 6"), "since 1953", the election
# paragraph (seven states, 6 a.m., 78 million), the Dow (257 points, 0.6 percent), "4 p.m.", the tip line and the
# related headline (5 races) are not annotated.
nm = {}
nm["z11"] = C("nm", "11,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
nm["bl8"] = C("nm", "Blinken had put that number at about 8,000 just last week", measure=KU, value=8000, q="about",
              by=BL, place="Kursk")
nm["partn"] = C("nm", "\"We see an increase in North Korean soldiers, and we see no increase in the reaction of our "
                "partners.\"", kind=S, measure=PARTN, by=ZEL, subject=UA)
nm["dodcs"] = C("nm", "The Pentagon said today it has no indication yet that the North Koreans have entered combat.",
                kind=S, measure=CS, by=DOD, ev="2024-11-04")
nm["nis10"] = C("nm", "South Korean intelligence says more than 10,000 North Korean troops have now gone to Russia",
                value=10000, q="at_least", scope="total", by=NIS, place="Russia")
nm["kyb"] = C("nm", "led by a lieutenant general named Kim Yong Bok", kind=S, measure=KYB, by=NIS)
nm["noack"] = C("nm", "The Kremlin still has not confirmed they are there at all.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
nm["choe"] = C("nm", "three days after she promised Russia her country's support \"until victory.\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
nm["age"] = C("nm", "Colonel Frank Delgado, 61", measure=AGE, value=61, unit="years", by=None, subject=DELGADO)
nm["z11b"] = C("nm", "Eleven thousand men.", measure=KU, value=11000, by=ZEL, place="Kursk")
nm["eq"] = C("nm", "the Russians are training them on artillery, drones and basic infantry, including trench clearing",
             kind=S, measure=EQ, by=AUSTIN, subject=RUS)
nm["terms"] = C("nm", "they've been taught maybe a hundred words of Russian", measure=TERMS, value=100, q="about",
                unit="terms", by=DELGADO)
nm["exp"] = C("nm", "Hard currency and combat experience his army hasn't had since 1953", kind=S, measure=EXP,
              by=DELGADO)
nm["t86"] = C("nm", "that missile he launched on Thursday, which flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=DELGADO, ev="2024-10-31")
nm["t24"] = C("nm", "Former President Trump has said he would end this war \"in 24 hours.\"", measure=T24, value=24,
              unit="hours", mod="planned", by=TRUMP, subject=TRUMP)
nm["paid"] = C("nm", "Pyongyang will want to be paid whatever the settlement looks like", kind=S, measure=PAID,
               mod="planned", by=DELGADO)

# ---------------------------------------------------------------- The New Republic, Wed 2024-11-13 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence; KCNA "reported on Tuesday"); "On
# Wednesday" -> 11-13 (the NIS's two claims in one sentence); the retold count: "On Oct. 18" -> 10-18 (plan and
# first transport in one sentence), "Five days later" -> 10-23 (a step, k03), "By Oct. 28" -> 10-28, "On Nov. 4" ->
# 11-04, "on Nov. 5" -> 11-05 and "the same day" -> 11-05; "On Sunday" -> 11-10 (the NYT's officials); Blinken "on
# Oct. 31" -> 10-31; "last week" gives null (Yoon). "The Kremlin, which first called the reports ... 'another fake'"
# joins the dismissed side (Kremlin, undated); "now talks mostly about its treaty" is the outlet's framing. The deck
# (a headline), "For three weeks", "Putin signed the law ... on Saturday" (reported fact), "312 electoral votes",
# the unnamed aides' freeze, "a third country", "for decades", "January 20", "a year ago", "in ten weeks" and the
# Read-more headlines (53-47, 9 swing counties) are not annotated. Trump's age is (attributed to nobody).
nr = {}
nr["st10"] = C("nr", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
nr["most"] = C("nr", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
nr["begun"] = C("nr", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
nr["units"] = C("nr", "some had been folded into Russian marine and airborne units", kind=S, measure=UNITS, by=NIS,
                ev="2024-11-13")
nr["fight"] = C("nr", "a number were already in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
nr["plan"] = C("nr", "Pyongyang had committed about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
nr["fb"] = C("nr", "already shipped the first 1,500", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
nr["step3"] = C("nr", "Five days later it counted 3,000", value=3000, scope="total", by=NIS, ev="2024-10-23",
                place="Russia")
nr["dod10"] = C("nr", "By Oct. 28 the Pentagon's figure was around 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
nr["z11"] = C("nr", "Zelensky said 11,000 of them were in Kursk", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
nr["um"] = C("nr", "told South Korean television that the first small-scale clashes had taken place", kind=S,
             measure=N5, by=UM, ev="2024-11-05", place="Kursk")
nr["mnd"] = C("nr", "Seoul's defense ministry said the same day it could not confirm his account", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
nr["massed"] = C("nr", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
nr["fake"] = C("nr", "which first called the reports of North Korean troops \"another fake,\"", kind=S, measure=DEP,
               by=KREMLIN, subject=RUS)
nr["ratify"] = C("nr", "reported on Tuesday that Kim Jong Un had ratified it too", kind=S, measure=RATIFY, by="KCNA",
                 ev="2024-11-12")
nr["age"] = C("nr", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
nr["t24"] = C("nr", "saying he could end the war \"in 24 hours\"", measure=T24, value=24, unit="hours", mod="planned",
              by=TRUMP, subject=TRUMP)
nr["tgt"] = C("nr", "any North Korean soldiers who entered the fight would be \"legitimate military targets.\"",
              kind=S, measure=TGT, mod="conditional", by=BL, ev="2024-10-31")
nr["yoon"] = C("nr", "South Korea did not rule out sending weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [sf["sofar"], sf["bud"], tw["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's fifteen hundred, the only ones in Russia so far, vs Kyiv's about "
  "11,000 training in the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [sf["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [sf["bud"], tw["kys"]])])
K(RU, [d1["wh3"], d1["nis3"], tw["nis3"], tw["wh3"], tw["hur"], mc["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [d1["wh3"], d1["nis3"], tw["nis3"], tw["wh3"]]),
   ("about 12,000 (HUR)", [tw["hur"], mc["hur"]])])
K(RU, [mc["wh3"], mc["nis3"], dp["step1"], dp["step2"], nr["step3"], mc["dod10"], dp["dod10"], nr["dod10"],
       yh["bl10"], dp["nis10"], yh["nis10"], nm["nis10"], nr["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [yh["bl8"], nm["bl8"], nm["z11"], nm["z11b"], nr["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [sf["plan"], tw["plan"], dp["plan"], nr["plan"], sf["zel10"], tw["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [sf["plan"], tw["plan"], dp["plan"], nr["plan"]]),
   ("10,000 (Zelensky)", [sf["zel10"], tw["zel10"]])])
K(FB, [sf["fb"], d1["fb"], tw["fb"], dp["fb"], nr["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces")
K(SB, [d1["sb"], tw["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 (of similar size) followed")
K(WIN, [sf["win"], tw["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [sf["ships"], dp["ships"]], "agreement", "NIS: four Russian landing ships")
K(BRIG, [sf["brig"], tw["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(PR, [d1["pr"], tw["pr"], mc["pr"], dp["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [d1["prd"], tw["prd"], mc["prd"], dp["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [d1["pay"], dp["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [d1["regime"], dp["regime"]], "agreement", "NIS: most of the pay is kept by the regime")
K(DRONES, [d1["drones"], dp["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit but unschooled in / hopeless with drones")
K(OFF, [tw["off"], mc["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [tw["gen"], mc["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [tw["larr"], tw["arr"], mc["arr"]], "agreement", "HUR: the first units reached Kursk on Oct 23")
K(SITES, [d1["sites"], tw["sites"]], "agreement", "US (Kirby Oct 23): three training sites in the Far East")
K(READY, [sf["ready"], tw["ready"]], "agreement", "Budanov: ready by November 1")
K(TGT, [d1["fair"], dp["fair"], yh["tgt"], nr["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game (Kirby) / legitimate military targets (Blinken)")
K(ESC, [d1["aesc"], mc["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional) / 'a significant escalation' (Rutte "
  "Oct 28)")
K(DEP, [d1["adep"], mc["rdep"], sf["fake"], nr["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; the Kremlin)",
  [("asserted", [d1["adep"], mc["rdep"]]), ("dismissed", [sf["fake"], nr["fake"]])])
K(LAW, [tw["kjg"], mc["kjg"], sf["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs flouts UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [tw["kjg"], mc["kjg"]]), ("violates UNSC resolutions (Seoul)", [sf["unsc"]])])
K(IMG, [tw["img"], dp["img"]], "agreement", "Putin (Oct 24): images 'reflect something'")
K(CT, [mc["ct"], mc["weeks"], dp["weeks"], yh["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in the "
  "coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [mc["ct"]]), ("several weeks (Pentagon)", [mc["weeks"], dp["weeks"]]),
   ("coming days (Blinken)", [yh["days"]])])
K(CS, [sf["rcs"], yh["acs"], nm["dodcs"], nr["begun"], nr["fight"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12) and some already in combat (NIS Nov 13)")
K(N5, [nr["um"], nr["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [nr["um"]]), ("cannot confirm (Seoul MND)", [nr["mnd"]])])
K(FRONT, [mc["closer"], dp["front"], yh["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [dp["kyb"], nm["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [dp["terms"], nm["terms"]], "agreement", "about a hundred Russian military words taught (NIS; the guest)")
K(ICBM_T, [yh["t86"], nm["t86"]], "agreement", "the Oct 31 ICBM flew about 86 minutes (Japan; the guest)")
K(CHOE, [yh["choe"], nm["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(EQ, [yh["eq"], nm["eq"]], "agreement", "Austin: Russia trains them in artillery, drones, basic infantry, trenches")
K(TECH, [dp["tech"], yh["cho"]], "agreement",
  "North Korea may be paid in Russian military technology (analyst Yoo; Foreign Minister Cho)")
K(WITHDRAW, [d1["wd"], yh["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun)")
K(UNSURE, [d1["unclear"], d1["aseen"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Kirby 'unclear'; Austin 'left to be seen')")
K(WPN, [d1["wpn"], tw["yoon"], nr["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22; Yoon Oct 24 and Nov 7)")
K(T24, [nm["t24"], nr["t24"]], "agreement", "Trump: he would end the war in 24 hours")
K(NOACK, [yh["noack"], nm["noack"]], "agreement", "the Kremlin has not confirmed the troops' presence")

pairs = [
    (nr["plan"], nr["fb"], "about 12,000 committed vs the first 1,500 shipped, same sentence"),
    (dp["plan"], dp["fb"], "12,000 decided vs the first 1,500, adjacent sentences"),
    (sf["sofar"], sf["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (sf["brig"], sf["ships"], "four brigades vs four landing ships"),
    (sf["bud"], sf["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), same paragraph"),
    (d1["sb"], d1["fb"], "about 1,500 more vs the first group of about 1,500, same sentence"),
    (d1["sb"], d1["nis3"], "another 1,500 vs a total of roughly 3,000, same sentence"),
    (d1["nis3"], d1["pr"], "roughly 3,000 now vs around 10,000 expected by December"),
    (tw["hur"], tw["plan"], "about 12,000 in Russia (HUR) vs about 12,000 planned (NIS)"),
    (tw["off"], tw["gen"], "500 officers vs three generals, same sentence"),
    (tw["sites"], tw["gen"], "three: training grounds vs generals"),
    (mc["dod10"], mc["pr"], "around 10,000 sent (Pentagon) vs some 10,000 forecast by December (NIS)"),
    (dp["nis10"], dp["pr"], "more than 10,000 now (NIS Oct 29) vs 10,000 expected by December (NIS Oct 23)"),
    (yh["bl8"], yh["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (yh["days"], yh["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (nm["z11"], nm["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (nr["z11"], nr["st10"], "11,000 in Kursk vs more than 10,000 in eastern Russia"),
    (tw["kys"], nr["z11"], "11,000: Kyslytsya's troops training in the east (Oct 21) vs Zelensky's troops in Kursk "
     "(Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
