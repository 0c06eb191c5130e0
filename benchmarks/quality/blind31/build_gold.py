"""Generate gold.json for blind31 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind31/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "hc": ("houston-chronicle-2024-10-20-north-korea-12000-troops-russia-seoul-kyiv-numbers", "Houston Chronicle",
           "2024-10-20"),
    "st": ("the-seattle-times-2024-10-23-south-korea-3000-north-korean-troops-russia-us-evidence",
           "The Seattle Times", "2024-10-23"),
    "mh": ("miami-herald-2024-10-25-qa-why-kyiv-and-seoul-count-north-korean-troops-differently", "Miami Herald",
           "2024-10-25"),
    "dp": ("the-denver-post-2024-10-29-pentagon-10000-north-korean-troops-eastern-russia", "The Denver Post",
           "2024-10-29"),
    "sb": ("star-tribune-2024-10-30-readers-write-north-korean-troops-in-russia", "Star Tribune", "2024-10-30"),
    "tb": ("tampa-bay-times-2024-11-01-what-we-know-north-korean-troops-kursk-8000", "Tampa Bay Times",
           "2024-11-01"),
    "bs": ("the-baltimore-sun-2024-11-05-election-day-live-updates-north-korea-missiles-ukraine-clash",
           "The Baltimore Sun", "2024-11-05"),
    "pg": ("pittsburgh-post-gazette-2024-11-20-analysis-how-north-korean-deployment-grew", "Pittsburgh Post-Gazette",
           "2024-11-20"),
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
EXP = "North Korean troops gaining modern combat experience"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
KJU = "Kim Jong Un on the Oct 31 ICBM launch"
FURTHER = "further North Korean transports expected (NIS)"
UNDERWAY = "North Korean troop transfer already under way"
FIRSTLG = "first large-scale North Korean ground deployment abroad"
ZOFF = "North Korean officers already sent (Zelensky)"
WEST = "North Korean troops planned (Western official's range)"
G7C = "G7 defence ministers' concern over Russia-North Korea military cooperation"
G7S = "G7: no change of the status quo by force in the East and South China seas"
THREAT = "deployment a grave threat to South Korea's security"
RESP = "South Korea to respond with all available means"
UNSURE = "whether North Korean troops will fight (US unsure)"
USWIN = "US: North Korean troops' transfer window by ship"
CATCH = "time for Seoul's count to catch up with Kyiv's (analyst)"
CUBA = "people arrested in Cuba for recruiting Cubans to fight for Russia"
INTENT = "Russia intends to use North Korean troops in combat"
ICBMP = "North Korean ICBM test expected (NIS)"
YEARS = "years the Korean War armistice has held"
ATF = "ATACMS missiles fired into Russia (Nov 19)"
ATD = "ATACMS missiles shot down (Nov 19)"
ATR = "long-range strike permission a response to the North Korean deployment"
T24 = "Trump's timeline to end the war"
DEC = "decades North Korea's army has lacked combat experience"


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
KANG = "Marisol Kang"
JCS = "South Korea Joint Chiefs of Staff"
G7 = "G7 defence ministers"
WO = "Western official"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Houston Chronicle, Sun 2024-10-20 (straight news story)
# "said Friday" -> 10-18 (the plan in the lead; Budanov "in an interview published Friday", his figure and his date
# in one sentence); "on Thursday" -> 10-17 (Zelensky's figure and officers); "meeting Saturday" -> 10-19 (the G7's
# concern). The NIS's brigades, transport, window, ships, escorts, further transports, uniforms and "first
# large-scale" sentences give no day; nor does "His office said ..." (the day is in the sentence before), nor the
# Western official's range, Rutte, the Kremlin and Peskov. "For now, Seoul's figure ... is that first group of about
# 1,500" is the NIS's head count that week (the bundled k01), not the transport report. The army's size is background
# attributed to nobody. "has not commented" is a non-reply; "first such gathering" an ordinal; the oil paragraph
# ($69.22, 2%, 8%), the related lines (86 sites, 12%), the stamp, e-mail and phone number are not annotated.
hc = {}
hc["plan"] = C("hc", "North Korea has decided to send about 12,000 troops to fight for Russia", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
hc["brig"] = C("hc", "Pyongyang would send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
hc["under"] = C("hc", "The move is already under way", kind=S, measure=UNDERWAY, by=NIS)
hc["fb"] = C("hc", "roughly 1,500 special operations troops were carried from the North's east coast to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
hc["win"] = C("hc", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
hc["ships"] = C("hc", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
hc["escort"] = C("hc", "with three escort vessels alongside", measure=ESCORT, value=3, unit="ships", by=NIS,
                 subject=RUS)
hc["further"] = C("hc", "Further transports were expected soon, it said.", kind=S, measure=FURTHER, mod="planned",
                  by=NIS)
hc["unif"] = C("hc", "The soldiers were given Russian uniforms and fake identity papers that describe them as residents "
               "of Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
hc["first"] = C("hc", "It called the operation the North's first large-scale dispatch of ground forces abroad.", kind=S,
                measure=FIRSTLG, by=NIS)
hc["sofar"] = C("hc", "Seoul's figure for North Koreans actually on Russian soil is that first group of about 1,500",
                value=1500, q="about", scope="total", by=NIS, place="Russia")
hc["bud"] = C("hc", "some 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
hc["ready"] = C("hc", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
hc["2600"] = C("hc", "a first unit of 2,600 would go to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
hc["zel10"] = C("hc", "North Korea was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
hc["zoff"] = C("hc", "had already sent officers", kind=S, measure=ZOFF, by=ZEL, ev="2024-10-17")
hc["west"] = C("hc", "put any deployment at between 2,000 and 12,000 troops", measure=WEST, low=2000, high=12000,
               mod="planned", scope="total", by=WO, place="Russia")
hc["rutte"] = C("hc", "the alliance could not confirm that North Korean soldiers were involved in the fighting", kind=S,
                measure=CS, by=RUTTE)
hc["g7c"] = C("hc", "voiced concern about deepening military cooperation between Russia and North Korea", kind=S,
              measure=G7C, by=G7, ev="2024-10-19", subject="G7")
hc["g7s"] = C("hc", "They also opposed any attempt to change the status quo by force in the East and South China seas.",
              kind=S, measure=G7S, by=G7, subject="G7")
hc["krej"] = C("hc", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
hc["fake"] = C("hc", "Spokesman Dmitry Peskov called them \"another fake.\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
hc["threat"] = C("hc", "the deployment posed a grave threat to South Korea's security", kind=S, measure=THREAT, by=PO,
                 subject=SK)
hc["unsc"] = C("hc", "violated U.N. Security Council resolutions", kind=S, measure=LAW, by=PO, subject=SK)
hc["resp"] = C("hc", "it promised a response \"with all available means\" alongside its allies", kind=S, measure=RESP,
               mod="planned", by=PO, subject=SK)
hc["army"] = C("hc", "keeps an estimated 1.2 million troops under arms", measure=ARMY, value=1200000, q="about", by=None)

# ---------------------------------------------------------------- The Seattle Times, Wed 2024-10-23 (wire story with update block)
# "told lawmakers Wednesday" -> 10-23 (second group, count, forecast and December in the lead's one sentence); "Last
# Friday" -> 10-18 (brigades and plan); "on Monday" -> 10-21 (the summons; Kyslytsya "said Monday"); "On Tuesday" ->
# 10-22 (the presidential official); Austin "said Wednesday" -> 10-23 (his first quote only); the update's "said
# Wednesday" -> 10-23 (the White House's count and its window). Park's, Lee's, the pay sentence, Austin's later quotes
# and Kirby's sentences give no day. Kyslytsya's Oct 21 figure is the week-of-Oct-17-22 figure (bundled k01). "Russia's
# Foreign Ministry has not responded", "has avoided the subject", the stamps and the "More headlines" (35%, sixth week,
# 1.2%) are not annotated.
st = {}
st["sb"] = C("st", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
st["nis3"] = C("st", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
st["pr"] = C("st", "it expects the total to climb to about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
st["prd"] = C("st", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
st["further"] = C("st", "more transports are being prepared", kind=S, measure=FURTHER, mod="planned", by=NIS)
st["brig"] = C("st", "Pyongyang had committed four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS, ev="2024-10-18")
st["plan"] = C("st", "some 12,000 soldiers in total", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
st["pay"] = C("st", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
st["regime"] = C("st", "it believes most of the money goes to the North Korean government rather than to the troops",
                 kind=S, measure=REGIME, by=NIS)
st["drones"] = C("st", "Russian instructors have judged the North Koreans physically strong and highly motivated but "
                 "unfamiliar with drones and other features of modern warfare", kind=S, measure=DRONES, by=NIS)
st["secret"] = C("st", "North Korean authorities had moved soldiers' families to isolated locations to keep the "
                 "deployment secret", kind=S, measure=INFO, by=NIS)
st["wd"] = C("st", "summoned Russia's ambassador, Georgy Zinoviev, and demanded the troops' immediate withdrawal", kind=S,
             measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
st["wpn"] = C("st", "Seoul could consider sending weapons to Ukraine, starting with defensive arms, depending on what the "
              "North does next", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
st["adep"] = C("st", "there was \"evidence that there are DPRK troops in Russia.\"", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
st["unsure"] = C("st", "\"What exactly they're doing is left to be seen,\" he said.", kind=S, measure=UNSURE, by=AUSTIN)
st["aesc"] = C("st", "\"If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
st["kys"] = C("st", "about 11,000 North Korean soldiers were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
st["wh3"] = C("st", "at least 3,000 North Korean soldiers had moved by ship to eastern Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
st["win"] = C("st", "between early and mid-October", kind=D, measure=USWIN, value="2024-10", by=WH, ev="2024-10-23")
st["sites"] = C("st", "the troops had gone to three training sites in the region", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
st["unclear"] = C("st", "it was unclear whether they would fight", kind=S, measure=UNSURE, by=KIRBY)
st["fair"] = C("st", "\"If they do, they are fair game,\" Kirby said.", kind=S, measure=TGT, mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- Miami Herald, Fri 2024-10-25 (interview)
# The intro: HUR "said Thursday" -> 10-24 (count, officers, generals); the arrival "on Wednesday" -> 10-23 (an arrival
# takes its own day, as blind21-28 did); "A day earlier" -> 10-23 (the NIS's second group and count). In the Q&A,
# "on Thursday" -> 10-24 (Putin's images line, in a question), "said today" -> 10-25 (Kim Jong Gyu), "said Thursday"
# -> 10-24 (Yoon); "Last week", "last week", "last year" give null. The question's "Kyiv says twelve thousand, Seoul
# three thousand" carries HUR's and the NIS's counts in words (undated). The guest (invented) speaks for herself: her
# method reading, her catch-up forecast, experience and technology are hers; what she relays keeps its origin. Her age
# is annotated (attributed to nobody). "since 1953", the stamp, e-mail and phone number are not annotated; "It was a
# wink", "That is not a denial either", the drones aside and "a big shift" are asides.
mh = {}
mh["hur"] = C("mh", "about 12,000 North Korean soldiers were now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
mh["off"] = C("mh", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
mh["gen"] = C("mh", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
mh["arr"] = C("mh", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
mh["sb"] = C("mh", "a second group of about 1,500 had arrived", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
mh["nis3"] = C("mh", "bringing the number in Russia to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
mh["age"] = C("mh", "Marisol Kang, 52", measure=AGE, value=52, unit="years", by=None, subject=KANG)
mh["q12"] = C("mh", "Kyiv says twelve thousand", value=12000, scope="total", by=HUR, place="Russia")
mh["q3"] = C("mh", "Seoul three thousand", value=3000, scope="total", by=NIS, place="Russia")
mh["method"] = C("mh", "Kyiv, I think, counts everyone Pyongyang has assigned to the mission, including units that "
                 "haven't left yet", kind=S, measure=METHOD, by=KANG)
mh["catch"] = C("mh", "I'd expect Seoul's count to catch up within two months", measure=CATCH, value=2, q="up_to",
                unit="months", mod="planned", by=KANG)
mh["pr"] = C("mh", "it expects about 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
             place="Russia")
mh["prd"] = C("mh", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mh["plan"] = C("mh", "Pyongyang had agreed to send roughly 12,000 in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
mh["brig"] = C("mh", "organized in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
mh["zel"] = C("mh", "Zelensky's own figure last week was 10,000", measure=PL, value=10000, mod="planned", scope="total",
              by=ZEL, place="Russia")
mh["drones"] = C("mh", "Seoul says Russian instructors find them tough but lost when it comes to drones", kind=S,
                 measure=DRONES, by=NIS)
mh["pay"] = C("mh", "Russia pays roughly $2,000 per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
mh["regime"] = C("mh", "the regime pockets most of it", kind=S, measure=REGIME, by=NIS)
mh["exp"] = C("mh", "Kim Jong Un gets something he cannot buy: combat experience for an army that hasn't fought a war "
              "since 1953", kind=S, measure=EXP, by=KANG)
mh["tech"] = C("mh", "Moscow may also pay in technology, for satellites or submarines", kind=S, measure=TECH,
               mod="conditional", by=KANG)
mh["img"] = C("mh", "Vladimir Putin said on Thursday that satellite images \"reflect something.\"", kind=S, measure=IMG,
              by=PUTIN, ev="2024-10-24", subject=RUS)
mh["treaty"] = C("mh", "how Russia applies its treaty with Pyongyang is \"our business.\"", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
mh["law"] = C("mh", "Kim Jong Gyu, said today that if such a deployment happened, it would be an act conforming with "
              "international law", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
mh["yoon"] = C("mh", "President Yoon said Thursday that he would not rule out sending weapons", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
mh["cuba"] = C("mh", "it had arrested 17 people for running a network that recruited Cubans to fight for Russia",
               measure=CUBA, value=17, unit="people", by="Cuba government", subject="Cuba")

# ---------------------------------------------------------------- The Denver Post, Tue 2024-10-29 (press-briefing write-up)
# "said Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in the lead); "Last Wednesday" -> 10-23 (the
# White House's at least 3,000, a step of the running total); "last Thursday" -> 10-24 (HUR's count, officers and
# generals), the arrival "on the 23rd" -> 10-23; "In Brussels on Monday" -> 10-28 (Rutte's confirmation); "Early
# Tuesday" -> 10-29 (the NIS's count and the front); "on Saturday" -> 10-26 (Zelensky's window); "said Friday" -> 10-25
# (Kim Jong Gyu). Singh's quote and "could happen", Rutte's "He called", the commander, terms, the forecast ("last
# week") and the ICBM line give no day. HUR's Oct 24 count stays in the snapshot k02 (not a step of the running total).
# "more than tripling the figure the White House gave" is the outlet's ratio (attributed to nobody). "its count has now
# passed that figure", "No fighting ... had been reported", "The Kremlin has not commented" and Singh's refusal are not
# annotated; nor are the stamps, "since August", "a week before Election Day" and the related lines (1.2 million,
# nine-month).
dp = {}
dp["dod10"] = C("dp", "About 10,000 North Korean soldiers have been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dp["closer"] = C("dp", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
dp["ratio"] = C("dp", "more than tripling the figure the White House gave less than a week earlier", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
dp["intent"] = C("dp", "\"We are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces,\"", kind=S, measure=INTENT, by=SINGH)
dp["weeks"] = C("dp", "She said that could happen \"over the next several weeks.\"", kind=S, measure=CT, mod="planned",
                by=SINGH)
dp["wh3"] = C("dp", "the White House said it had evidence of at least 3,000", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
dp["hur"] = C("dp", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
dp["off"] = C("dp", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
dp["gen"] = C("dp", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
dp["arr"] = C("dp", "the first units reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
dp["rdep"] = C("dp", "confirmed that North Korean troops had been sent to Russia and that military units had been "
               "deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
dp["resc"] = C("dp", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war.\"", kind=S, measure=ESC, by=RUTTE)
dp["nis10"] = C("dp", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
dp["front"] = C("dp", "some appeared to be moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
dp["kyb"] = C("dp", "The contingent is led by Lt. Gen. Kim Yong Bok, the agency said", kind=S, measure=KYB, by=NIS)
dp["terms"] = C("dp", "the soldiers are being taught about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
dp["pr"] = C("dp", "about 10,000 would be in Russia", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, place="Russia")
dp["prd"] = C("dp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dp["icbmp"] = C("dp", "the North appeared ready to test an intercontinental ballistic missile, possibly around the U.S. "
                "election", kind=S, measure=ICBMP, mod="planned", by=NIS)
dp["ct"] = C("dp", "the first North Korean units could enter combat zones on Oct. 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
dp["law"] = C("dp", "any such deployment would be \"an act conforming with the regulations of international law.\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- Star Tribune, Wed 2024-10-30 (letters to the editor)
# Each letter is its signed writer's own text, read like an outlet's own voice: the figures and statements it relays
# keep their origins; the writers' own numbers (71 years, "a factor of four") are annotated with attributed_to null;
# their opinions and calls ("Congress should ...", "Kim Jong Un is renting out his young men", "I hope Seoul thinks
# hard") are not annotated, as an editorial's would not be. "On Monday" -> 10-28 (the Pentagon; Rutte), "On Tuesday"
# -> 10-29 (the NIS), "on Oct. 17" -> 10-17 (Zelensky); "A week ago", "only a week ago", "last week" give null.
# "Seoul said 3,000" (Oct 23, told a week later as the step before) joins the running total k03, while "Kyiv said
# 12,000" (HUR, Oct 24) stays in the snapshot k02. "Eleven days later the Pentagon gave the same number" has no
# numeral and is not annotated. The editor's note (250 words), "7th Infantry Division", "1950", the Korean adoptees
# ("more than 10,000", off-topic population) and the e-mail are not annotated.
sb = {}
sb["wh3"] = C("sb", "A week ago the White House said at least 3,000 North Korean soldiers were in Russia.", value=3000,
              q="at_least", scope="total", by=WH, place="Russia")
sb["dod"] = C("sb", "On Monday the Pentagon said about 10,000.", value=10000, q="about", scope="total", by=DOD,
              ev="2024-10-28", place="Russia")
sb["nis"] = C("sb", "On Tuesday South Korea's intelligence service said more than 10,000.", value=10000, q="at_least",
              scope="total", by=NIS, ev="2024-10-29", place="Russia")
sb["years"] = C("sb", "The armistice he lived to see has held for 71 years", measure=YEARS, value=71, unit="years",
                by=None, subject="Korean War armistice")
sb["pay"] = C("sb", "Moscow pays the North about $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
sb["regime"] = C("sb", "the regime in Pyongyang keeps most of it", kind=S, measure=REGIME, by=NIS)
sb["seoul3"] = C("sb", "only a week ago Seoul said 3,000", value=3000, scope="total", by=NIS, place="Russia")
sb["kyiv12"] = C("sb", "Kyiv said 12,000", value=12000, scope="total", by=HUR, place="Russia")
sb["ratio"] = C("sb", "estimates differ by a factor of four", measure=RATIO, value=4, unit="times", by=None)
sb["fake"] = C("sb", "The Kremlin still calls the whole story \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
sb["img"] = C("sb", "Vladimir Putin himself would only say that images \"reflect something.\"", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
sb["yoon"] = C("sb", "President Yoon Suk Yeol said last week he would not rule out sending weapons to Ukraine", kind=S,
               measure=WPN, mod="conditional", by=YOON, subject=SK)
sb["rdep"] = C("sb", "North Korean units are already in Russia's Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
sb["resc"] = C("sb", "called it \"a significant escalation.\"", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
sb["zel10"] = C("sb", "North Korea was readying 10,000 troops for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
sb["ready"] = C("sb", "the North Koreans would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=BUD)

# ---------------------------------------------------------------- Tampa Bay Times, Fri 2024-11-01 (explainer)
# "said Thursday" -> 10-31 (Blinken's Kursk figure); "he said" (his total), "in the coming days", Austin's lines,
# "legitimate military targets", Kim Yong-hyun, Cho, the pay ("has told lawmakers") and the ICBM's figures (the
# launch's time is in the sentence before) give no day. "On Oct. 23" -> 10-23 (the White House), "Five days later" ->
# 10-28 (the Pentagon), "on Tuesday" -> 10-29 (the NIS) in one sentence; "on Monday" -> 10-28 (the Pentagon's "several
# weeks"); Zelensky's window has no statement day ("had warned"). "State media said Friday" -> 11-01 (Kim Jong Un's
# line, dated by the report); "In Moscow on Friday" -> 11-01 (Choe). The outlet's remarks ("both records for the
# North", the SOCOM paragraph), the spokesperson's refusal, the stamps and related lines (1 million cubic yards, 4-4)
# are not annotated.
tb = {}
tb["bl8"] = C("tb", "About 8,000 North Korean soldiers are in Russia's Kursk region", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
tb["bl10"] = C("tb", "Some 10,000 have been sent to Russia altogether", value=10000, q="about", scope="total", by=BL,
               place="Russia")
tb["wh3"] = C("tb", "On Oct. 23 the White House said at least 3,000 were in eastern Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
tb["dod"] = C("tb", "Five days later the Pentagon raised its estimate to about 10,000", value=10000, q="about",
              scope="total", by=DOD, ev="2024-10-28", place="Russia")
tb["nis10"] = C("tb", "South Korea's National Intelligence Service said the total had passed 10,000", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
tb["plan"] = C("tb", "Pyongyang has committed roughly 12,000 soldiers in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
tb["days"] = C("tb", "Blinken said he expected them to engage in combat against Ukrainian forces \"in the coming "
               "days.\"", kind=S, measure=CT, mod="planned", by=BL)
tb["acs"] = C("tb", "said he had not yet seen reports of North Koreans fighting", kind=S, measure=CS, by=AUSTIN)
tb["eq"] = C("tb", "Russia has been training them in artillery, drones and basic infantry operations, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
tb["zct"] = C("tb", "they could reach combat zones on Oct. 27 and 28", kind=D, measure=CT, low="2024-10-27",
              high="2024-10-28", mod="planned", by=ZEL)
tb["dodct"] = C("tb", "the Pentagon said on Monday that Russia could use them \"over the next several weeks.\"", kind=S,
                measure=CT, mod="planned", by=DOD, ev="2024-10-28")
tb["tgt"] = C("tb", "they would become \"legitimate military targets.\"", kind=S, measure=TGT, mod="conditional", by=BL)
tb["kyh"] = C("tb", "called for the troops to be withdrawn immediately", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
tb["cho"] = C("tb", "Seoul worried that Moscow could pay Pyongyang in sensitive military technology", kind=S,
              measure=TECH, mod="conditional", by=CHO)
tb["pay"] = C("tb", "Russia pays about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tb["t86"] = C("tb", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
tb["alt"] = C("tb", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
tb["kju"] = C("tb", "State media said Friday that leader Kim Jong Un called the launch an \"appropriate military "
              "action.\"", kind=S, measure=KJU, by="Kim Jong Un", ev="2024-11-01")
tb["noack"] = C("tb", "The Kremlin has neither confirmed nor denied that North Korean troops are on Russian soil.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
tb["choe"] = C("tb", "Pyongyang would stand with Russia \"until the day of victory.\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- The Baltimore Sun, Tue 2024-11-05 (election-day live blog)
# Entry times give no day; each entry's own sentence does: "said Tuesday" -> 11-05 (the defence ministry), "aired
# Tuesday" -> 11-05 (Umerov), "early Tuesday" -> 11-05 (the JCS's missiles), "since last Thursday, when" -> 10-31 (the
# ICBM's minutes, dated by the flight), "said Monday" -> 11-04 (Zelensky; the Pentagon), "On Friday" -> 11-01 (Choe).
# The "What to know" bullet on Umerov and Seoul gives no day; "last week" and "has said" give null. The missiles bullet
# ("a salvo", no count, unattributed), Putin's meeting with Choe (a reported fact), Peskov's refusal, "He did not say
# where", "It gave no further details" and every election figure (8 p.m., 1.1 million, 7 a.m., 1,600 polling places,
# Question 1, the phone number) are not annotated.
bs = {}
bs["lum"] = C("bs", "Ukraine's defense minister says his forces have fought North Korean soldiers for the first time",
              kind=S, measure=N5, by=UM)
bs["lmnd"] = C("bs", "South Korea says it cannot confirm that", kind=S, measure=N5, by=MND, subject=SK)
bs["mnd"] = C("bs", "South Korea's Ministry of National Defense said Tuesday it could not confirm Ukraine's report of "
              "fighting with North Korean troops", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
bs["um"] = C("bs", "the first small-scale engagements between Ukrainian forces and North Korean units had taken place",
             kind=S, measure=N5, by=UM, ev="2024-11-05")
bs["more"] = C("bs", "More North Korean soldiers are expected to arrive in the coming weeks, he said.", kind=S,
               measure=MORE, mod="planned", by=UM)
bs["srbm"] = C("bs", "North Korea fired about seven short-range ballistic missiles into the sea off its east coast "
               "early Tuesday", measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
bs["t86"] = C("bs", "an intercontinental ballistic missile flew for about 86 minutes", measure=ICBM_T, value=86,
              q="about", unit="minutes", by=JMOD, ev="2024-10-31")
bs["z11"] = C("bs", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
bs["bl8"] = C("bs", "the roughly 8,000 Secretary of State Antony Blinken reported last week", measure=KU, value=8000,
              q="about", by=BL, place="Kursk")
bs["dodcs"] = C("bs", "it had no indication yet that the North Koreans had entered combat", kind=S, measure=CS, by=DOD,
                ev="2024-11-04")
bs["nis"] = C("bs", "more than 10,000 are in Russia overall", value=10000, q="at_least", scope="total", by=NIS,
              place="Russia")
bs["choe"] = C("bs", "Pyongyang would stand by Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")

# ---------------------------------------------------------------- Pittsburgh Post-Gazette, Wed 2024-11-20 (analysis)
# The count retold with dates: "On Oct. 18" -> 10-18 (plan and first group in one sentence), "Five days later" -> 10-23,
# "By Oct. 28" -> 10-28, "On Oct. 31" -> 10-31, "On Nov. 4" -> 11-04, "Last Tuesday" in a Wednesday Nov 20 story ->
# 11-12 (the State Department's three claims in one sentence), "A day later" -> 11-13 (the NIS's two claims), "on Nov.
# 10" -> 11-10 (the NYT's officials), "on Nov. 7" -> 11-07 (Yoon). Russia's Defense Ministry's missile counts and "U.S.
# officials have said" give no day; "When the first reports surfaced" gives null. Trump's age and the outlet's "seven
# decades" are attributed to nobody. "the 1,000th day", "for the first time", "in August", "Jan. 20", the analyst's
# closing paragraph, the stamp and the related lines (8-2, $14.9 billion) are not annotated.
pg = {}
pg["fired"] = C("pg", "six missiles were fired", measure=ATF, value=6, unit="missiles", by="Russia Ministry of Defence",
                subject=UA, place="Bryansk")
pg["downed"] = C("pg", "five were shot down", measure=ATD, value=5, unit="missiles", by="Russia Ministry of Defence",
                 subject=RUS, place="Bryansk")
pg["atr"] = C("pg", "the decision was partly a response to North Korea's decision to send troops to fight for Moscow",
              kind=S, measure=ATR, by=USG, subject=US)
pg["plan"] = C("pg", "the North had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
pg["fb"] = C("pg", "a first group of 1,500 had already left", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
pg["nis3"] = C("pg", "Five days later it counted about 3,000 in Russia.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
pg["dod"] = C("pg", "By Oct. 28, the Pentagon put the number at around 10,000.", value=10000, q="about", scope="total",
              by=DOD, ev="2024-10-28", place="Russia")
pg["bl8"] = C("pg", "Blinken said about 8,000 of them were in the Kursk region", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
pg["z11"] = C("pg", "put the number in Kursk at 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
pg["st10"] = C("pg", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
pg["most"] = C("pg", "most had moved into Kursk", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12", place="Kursk")
pg["begun"] = C("pg", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
pg["units"] = C("pg", "some North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
pg["fight"] = C("pg", "were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
pg["massed"] = C("pg", "Russia had assembled a force of about 50,000 troops", measure=MASSED, value=50000, q="about",
                 by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
pg["noack"] = C("pg", "Moscow has never confirmed the deployment.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
pg["fake"] = C("pg", "Kremlin spokesman Dmitry Peskov dismissed them as \"another fake.\"", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
pg["yoon"] = C("pg", "President Yoon Suk Yeol said on Nov. 7 that South Korea did not rule out supplying weapons "
               "directly", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
pg["age"] = C("pg", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
pg["t24"] = C("pg", "has said he could end the war \"in 24 hours.\"", measure=T24, value=24, unit="hours",
              mod="conditional", by="Donald Trump", subject="Donald Trump")
pg["dec"] = C("pg", "seven decades", measure=DEC, value=7, unit="decades", by=None)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [hc["sofar"], hc["bud"], st["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 on Russian soil vs Kyiv's about 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [hc["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [hc["bud"], st["kys"]])])
K(RU, [st["nis3"], st["wh3"], mh["nis3"], mh["q3"], mh["hur"], mh["q12"], dp["hur"], sb["kyiv12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("around / at least 3,000 (NIS, White House)", [st["nis3"], st["wh3"], mh["nis3"], mh["q3"]]),
   ("about 12,000 (HUR)", [mh["hur"], mh["q12"], dp["hur"], sb["kyiv12"]])])
K(RU, [dp["wh3"], sb["wh3"], sb["seoul3"], tb["wh3"], pg["nis3"], dp["dod10"], sb["dod"], tb["dod"], pg["dod"],
       tb["bl10"], dp["nis10"], sb["nis"], tb["nis10"], bs["nis"], pg["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> about "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [tb["bl8"], bs["bl8"], pg["bl8"], bs["z11"], pg["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [hc["plan"], st["plan"], mh["plan"], tb["plan"], pg["plan"], hc["zel10"], mh["zel"], sb["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [hc["plan"], st["plan"], mh["plan"], tb["plan"], pg["plan"]]),
   ("10,000 (Zelensky)", [hc["zel10"], mh["zel"], sb["zel10"]])])
K(FB, [hc["fb"], pg["fb"]], "agreement", "NIS (Oct 18): a first transport of about 1,500 (special forces)")
K(BRIG, [hc["brig"], st["brig"], mh["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [st["sb"], mh["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(FURTHER, [hc["further"], st["further"]], "agreement",
  "NIS: further transports expected (Oct 18) / being prepared (Oct 23)")
K(PR, [st["pr"], mh["pr"], dp["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [st["prd"], mh["prd"], dp["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [st["pay"], mh["pay"], sb["pay"], tb["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [st["regime"], mh["regime"], sb["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [st["drones"], mh["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong but weak on drones")
K(OFF, [mh["off"], dp["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [mh["gen"], dp["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [mh["arr"], dp["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(READY, [hc["ready"], sb["ready"]], "agreement", "Budanov: ready by November 1")
K(UNSURE, [st["unsure"], st["unclear"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin's 'left to be seen', Kirby's 'unclear')")
K(TGT, [st["fair"], tb["tgt"]], "agreement",
  "US: North Koreans who fight are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [st["aesc"], dp["resc"], sb["resc"]], "agreement",
  "escalation warning: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' "
  "(Rutte Oct 28)")
K(DEP, [st["adep"], dp["rdep"], sb["rdep"], hc["krej"], hc["fake"], sb["fake"], pg["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs rejected / 'another fake' (the Kremlin, Peskov)",
  [("asserted", [st["adep"], dp["rdep"], sb["rdep"]]), ("dismissed", [hc["krej"], hc["fake"], sb["fake"], pg["fake"]])])
K(LAW, [mh["law"], dp["law"], hc["unsc"]], "discrepancy",
  "legality: conforming with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [mh["law"], dp["law"]]), ("violates UNSC resolutions (Seoul)", [hc["unsc"]])])
K(IMG, [mh["img"], sb["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(WPN, [st["wpn"], mh["yoon"], sb["yoon"], pg["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [st["wd"], tb["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [mh["tech"], tb["cho"]], "agreement",
  "North Korea may be paid in Russian military technology (analyst Kang; Foreign Minister Cho)")
K(CT, [dp["ct"], tb["zct"], dp["weeks"], tb["dodct"], tb["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in the "
  "coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [dp["ct"], tb["zct"]]), ("several weeks (Pentagon)", [dp["weeks"], tb["dodct"]]),
   ("coming days (Blinken)", [tb["days"]])])
K(CS, [hc["rutte"], tb["acs"], bs["dodcs"], pg["begun"], pg["fight"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> have "
  "begun engaging in combat (State Department Nov 12), already fighting (NIS Nov 13)")
K(N5, [bs["lum"], bs["um"], bs["lmnd"], bs["mnd"]], "discrepancy",
  "Nov 5: first small-scale engagements (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [bs["lum"], bs["um"]]), ("cannot confirm (Seoul MND)", [bs["lmnd"], bs["mnd"]])])
K(FRONT, [dp["closer"], dp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(ICBM_T, [tb["t86"], bs["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [tb["choe"], bs["choe"]], "agreement", "Choe Son Hui to Lavrov (Nov 1): with Russia until victory")
K(NOACK, [tb["noack"], pg["noack"]], "agreement", "Moscow has not confirmed the deployment")

pairs = [
    (hc["sofar"], hc["fb"], "about 1,500: Seoul's head count on Russian soil vs the first transport"),
    (hc["bud"], hc["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (hc["plan"], hc["fb"], "about 12,000 planned vs the first transport of roughly 1,500"),
    (st["sb"], st["nis3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (st["nis3"], st["pr"], "around 3,000 now vs about 10,000 expected by December, same sentence"),
    (mh["hur"], mh["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (mh["off"], mh["gen"], "500 officers vs three generals, same sentence"),
    (mh["sb"], mh["nis3"], "a second group of about 1,500 vs around 3,000 in all, same sentence"),
    (mh["pr"], mh["zel"], "10,000: the NIS's December forecast vs Zelensky's planned total, same answer"),
    (dp["dod10"], dp["pr"], "about 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (dp["hur"], dp["dod10"], "about 12,000 (HUR, Oct 24) vs about 10,000 (Pentagon, Oct 28)"),
    (sb["seoul3"], sb["kyiv12"], "Seoul's 3,000 (a step of the running total) vs Kyiv's 12,000 (the snapshot), same "
     "sentence"),
    (sb["dod"], sb["zel10"], "10,000: the Pentagon's count vs Zelensky's planned total"),
    (tb["bl8"], tb["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (tb["days"], tb["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (tb["nis10"], tb["plan"], "passed 10,000 in Russia vs roughly 12,000 committed, same paragraph"),
    (bs["z11"], bs["nis"], "11,000 in Kursk vs more than 10,000 in Russia, same entry"),
    (pg["plan"], pg["fb"], "about 12,000 planned vs a first group of 1,500, same sentence"),
    (pg["z11"], pg["st10"], "11,000 in Kursk vs more than 10,000 in Russia"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
