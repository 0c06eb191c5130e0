"""Generate gold.json for blind52 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind52/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, NIS, HUR, DOD, JMOD, PO  # noqa: F401
)

DOCS = {
    "pu": ("the-punch-2024-10-19-north-korea-to-send-12000-troops-to-russia-seoul-says", "The Punch", "2024-10-19"),
    "gu": ("the-guardian-nigeria-2024-10-23-north-korea-sends-1500-more-troops-to-russia-3000-in-total",
           "The Guardian (Nigeria)", "2024-10-23"),
    "st": ("the-standard-kenya-2024-10-25-interview-twelve-thousand-or-three-thousand", "The Standard (Kenya)",
           "2024-10-25"),
    "bd": ("businessday-2024-10-29-pentagon-puts-north-korean-troops-in-russia-at-10000", "BusinessDay (South Africa)",
           "2024-10-29"),
    "ad": ("addis-standard-2024-10-31-lecture-counting-soldiers-north-korea-russia-africa", "Addis Standard",
           "2024-10-31"),
    "io": ("iol-2024-11-01-explainer-8000-north-korean-troops-in-kursk-what-we-know", "IOL", "2024-11-01"),
    "gw": ("ghanaweb-2024-11-05-live-us-election-day-ukraine-first-clashes-north-korean-troops", "GhanaWeb",
           "2024-11-05"),
    "he": ("the-herald-zimbabwe-2024-11-13-analysis-korean-troops-numbers-war-of-narratives", "The Herald (Zimbabwe)",
           "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; wording follows earlier sets where it can)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WOFF = "possible size of the deployment (Western official)"
MORE_TR = "further North Korean transports expected (NIS)"
THREAT = "deployment a grave security threat (Seoul)"
ARMY = "North Korea's armed forces (size)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WASHU = "Washington unsure whether the troops will fight"
CONSULT = "Washington consulting allies on a response"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
F15 = "North Korean troops in Russia by the end of 2024 (analyst's forecast)"
NOACK = "Russia has not acknowledged the deployment"
HW = "North Korea names the Oct 31 ICBM Hwasong-19"
NUKE = "North Korea could carry out a seventh nuclear test (NIS)"
PEACE = "African governments: the war to be ended through dialogue / negotiation"
N5 = "first clashes with North Korean troops (Nov 5)"
MOREUA = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
T24 = "Trump: war could be ended within 24 hours"


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
MND = "South Korea Ministry of National Defense"
JCS = "South Korea Joint Chiefs of Staff"
NKFM = "North Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
KAMAU = "Wanjiru Kamau"
HAILE = "Selamawit Haile"
SK, RUS = "South Korea", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Punch, Sat 2024-10-19 (straight news story from agency copy)
# "said on Friday" -> 10-18 (the lead's plan only); the second paragraph ("The National Intelligence Service said",
# "In a statement carried by the Yonhap news agency, it said") and the ships, uniforms and head-count sentences give no
# day. "on Friday, after which" -> 10-18 (threat and UNSC line); "in Brussels on Thursday" and "who appeared beside
# Zelensky on Thursday" -> 10-17; "A day later" -> 10-18 (Budanov's count and November 1); the 2,600 (", he said") and
# the Western official's range give no day. "If confirmed ... first large-scale", "Kyiv's figures are higher.", "24
# years", "June", "February 2022", "since August", the unnamed analysts, the ministry's non-reply and the ALSO
# READ lines are not annotated; Abuja's standing line ("has repeatedly called") is, undated.
pu = {}
pu["plan"] = C("pu", "North Korea has decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
pu["under"] = C("pu", "the transfer was already under way", kind=S, measure=DEP, by=NIS, place="Russia")
pu["brig"] = C("pu", "Pyongyang would send four brigades in all", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS)
pu["fb"] = C("pu", "about 1,500 special forces had been moved to the Russian port city of Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
pu["win"] = C("pu", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
pu["ships"] = C("pu", "Four Russian navy landing ships carried the men", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
pu["escort"] = C("pu", "escorted by three other warships", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
pu["unif"] = C("pu", "The soldiers were issued Russian uniforms and forged identity papers", kind=S, measure=UNIF,
               by=NIS)
pu["sofar"] = C("pu", "that first group of about 1,500 is for now the only North Korean force on Russian soil",
                value=1500, q="about", scope="total", by=NIS, place="Russia")
pu["more"] = C("pu", "More shipments are expected shortly, according to the NIS.", kind=S, measure=MORE_TR,
               mod="planned", by=NIS)
pu["threat"] = C("pu", "the deployment was a grave threat to South Korea and to international security", kind=S,
                 measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
pu["unsc"] = C("pu", "it breached United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
               ev="2024-10-18", subject=SK)
pu["zel"] = C("pu", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
pu["bud"] = C("pu", "roughly 11,000 North Korean infantrymen were training in Russia's far east", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
pu["ready"] = C("pu", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
pu["2600"] = C("pu", "The first unit, of 2,600 soldiers, is to be sent to Russia's Kursk region", measure=FIRSTU,
               value=2600, mod="planned", scope="first_batch", by=BUD, place="Kursk")
pu["west"] = C("pu", "put the possible size of a deployment at anywhere between 2,000 and 12,000", measure=WOFF,
               low=2000, high=12000, mod="conditional", scope="total", by="Western official", place="Russia")
pu["rutte"] = C("pu", "the alliance had no evidence that North Korean soldiers were taking part in the fighting", kind=S,
                measure=CS, by=RUTTE, ev="2024-10-17")
pu["denied"] = C("pu", "Moscow has denied the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
pu["fake"] = C("pu", "Kremlin spokesman Dmitry Peskov earlier called them \"another fake.\"", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
pu["army"] = C("pu", "keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about", by=None)
pu["peace"] = C("pu", "Abuja has repeatedly called for a negotiated end to the war", kind=S, measure=PEACE,
                by="Nigeria government", subject="Nigeria")

# ---------------------------------------------------------------- The Guardian (Nigeria), Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (second group and total); Park's relay "after the closed-door session" gives no
# day (forecast, December, further transports); "When the NIS first went public last Friday" -> 10-18 (plan, brigades,
# first group, window); "Park quoted the agency as saying" and Lee's lines give none; "on Monday" -> 10-21 (the summons;
# Kyslytsya); "On Tuesday" -> 10-22; "In Rome on Wednesday" -> 10-23; Austin's quotation, Kirby's sentences ("told
# reporters", "he said", "Kirby said") give none; the update's "said on Wednesday" -> 10-23. "between early and
# mid-October" is a loose window beside the count, not a date claim. "Ukraine says the numbers are already far higher."
# is the outlet's; Pyongyang's non-comment, the unnamed Abuja official, BRICS partner status, Brent and the ALSO READ
# lines are not annotated.
gu = {}
gu["sb"] = C("gu", "North Korea has sent roughly 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
gu["nis3"] = C("gu", "bringing the number already there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
gu["pr"] = C("gu", "The agency expects the total to reach about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
gu["prd"] = C("gu", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
gu["more"] = C("gu", "Further transports are being prepared, he said.", kind=S, measure=MORE_TR, mod="planned", by=NIS)
gu["plan"] = C("gu", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
gu["brig"] = C("gu", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
gu["fb"] = C("gu", "a first group of about 1,500 special forces had crossed by sea to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
gu["win"] = C("gu", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
gu["pay"] = C("gu", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
gu["regime"] = C("gu", "most of the money is thought to go to the government in Pyongyang", kind=S, measure=REGIME,
                 by=NIS)
gu["drones"] = C("gu", "Russian instructors had found the North Koreans physically strong but poorly prepared for drone "
                 "warfare", kind=S, measure=DRONES, by=NIS)
gu["fam"] = C("gu", "Their families have not been told where they are", kind=S, measure=INFO, by=NIS)
gu["wd"] = C("gu", "demanded that the troops be withdrawn immediately", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
gu["wpn"] = C("gu", "Seoul would respond in stages and could consider supplying weapons to Ukraine, starting with "
              "defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
gu["kys"] = C("gu", "around 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
gu["aus"] = C("gu", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
              ev="2024-10-23", place="Russia")
gu["aesc"] = C("gu", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
gu["noack"] = C("gu", "Moscow has neither confirmed nor denied the presence of North Korean soldiers.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
gu["wh3"] = C("gu", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
gu["sites"] = C("gu", "the soldiers had travelled on to three training sites in the region", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
gu["unclear"] = C("gu", "it was not yet clear whether they would fight alongside Russian forces", kind=S,
                  measure=WASHU, by=KIRBY)
gu["fair"] = C("gu", "If they do, he said, they will be \"fair game\" for Ukraine's military.", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
gu["consult"] = C("gu", "Kirby said Washington was consulting allies and partners on a response.", kind=S,
                  measure=CONSULT, by=KIRBY, subject="United States")

# ---------------------------------------------------------------- The Standard (Kenya), Fri 2024-10-25 (print interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers, generals), the arrival "on Wednesday" -> 10-23 (an
# arrival takes its own day, as blind21-49 did); "A day earlier" -> 10-23 (the NIS's second group and total). The
# questions carry origins' claims, undated unless their own sentence has a day: "Kyiv's number is twelve thousand,
# Seoul's is three thousand" (HUR, NIS; exact, in words), "The Americans say" (US government), Budanov "last week",
# "Zelensky spoke of", Putin "said on Thursday in Kazan" -> 10-24, "Pyongyang said today" -> 10-25, Yoon "said on
# Thursday" -> 10-24. The guest (invented) relays the NIS ("Last Friday" -> 10-18; "On Wednesday it told lawmakers" ->
# 10-23; "The NIS says" -> null), Putin ("In the same answer" -> null) and Seoul ("It says" -> South Korea government,
# null), and gives her own method reading, experience reading and technology forecast; her age is annotated. Her asides
# ("Possibly both", "That fits Seoul's count", "Kyiv has every reason ...", "seventy years", "Nobody in Moscow has denied
# anything", "Seoul will not accept that", "I think Seoul will go slowly", the Kenya and surprise answers) are not.
st = {}
st["hur"] = C("st", "about 12,000 North Korean soldiers were now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
st["off"] = C("st", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
st["gen"] = C("st", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
st["arr"] = C("st", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
st["sb"] = C("st", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
st["nis3"] = C("st", "putting the total at around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
st["age"] = C("st", "Dr Wanjiru Kamau, 47", measure=AGE, value=47, unit="years", by=None, subject=KAMAU)
st["q12"] = C("st", "Kyiv's number is twelve thousand", value=12000, scope="total", by=HUR, place="Russia")
st["q3"] = C("st", "Seoul's is three thousand", value=3000, scope="total", by=NIS, place="Russia")
st["method"] = C("st", "Kyiv, I think, counts the whole force that has been assigned, including units still on their "
                 "way", kind=S, measure=METHOD, by=KAMAU)
st["us3"] = C("st", "The Americans say at least 3,000", value=3000, q="at_least", scope="total", by=USG,
              place="Russia")
st["sites"] = C("st", "they have named three training sites", measure=SITES, value=3, unit="training sites", by=USG,
                place=RFE)
st["plan"] = C("st", "the North had decided to send about 12,000 men", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
st["brig"] = C("st", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
st["pr"] = C("st", "it expects roughly 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
st["prd"] = C("st", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
st["bud"] = C("st", "11,000 were training in the Far East", value=11000, scope="total", by=BUD, place=RFE)
st["ready"] = C("st", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
st["zel"] = C("st", "Zelensky spoke of 10,000.", measure=PL, value=10000, mod="planned", scope="total", by=ZEL,
              place="Russia")
st["pay"] = C("st", "Moscow pays about $2,000 per soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
st["regime"] = C("st", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
st["exp"] = C("st", "its officers will now learn how drones and artillery are used today", kind=S, measure=EXP,
              by=KAMAU)
st["tech"] = C("st", "I expect Moscow to pay partly in technology: satellites, submarines, perhaps missile guidance",
               kind=S, measure=TECH, mod="planned", by=KAMAU)
st["img"] = C("st", "President Putin said on Thursday in Kazan that satellite images \"reflect something.\"", kind=S,
              measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
st["treaty"] = C("st", "how Russia carries out its treaty with Pyongyang is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
st["law"] = C("st", "Pyongyang said today that any such deployment would be in line with international law.", kind=S,
              measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
st["unsc"] = C("st", "It says any military help to Russia breaks UN Security Council resolutions.", kind=S,
               measure=LAW, by=SKG, subject=SK)
st["yoon"] = C("st", "President Yoon said on Thursday that he would not rule out sending weapons to Ukraine.", kind=S,
               measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- BusinessDay (South Africa), Tue 2024-10-29 (press-briefing write-up with markets)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence); Singh's sentence ("told
# reporters") gives no day; "last Wednesday" -> 10-23 (the White House's at least 3,000, told as the step before);
# "Earlier on Monday in Brussels" -> 10-28 (Rutte's confirmation), "He called it" -> null; "In Seoul on Tuesday" ->
# 10-29 (count and the front); Lee's relays ("According to Lee", "he said") and "Only a week earlier" give none; "went
# further last Thursday" -> 10-24 (HUR's count) and "since October 23" -> 10-23 (the arrival); "warned on Saturday" ->
# 10-26 (Zelensky's window). "North Korea has said any deployment would be lawful" is the North's line, undated (North
# Korea Foreign Ministry). "a sharp rise on the figure Washington had given", "She declined to say", "There were no
# confirmed reports of that by Tuesday", "Moscow has not commented", Dirco's non-reply, Ramaphosa's attendance, the
# markets section and the unnamed fund manager are not annotated; Pretoria's standing line is (undated).
bd = {}
bd["dod"] = C("bd", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
              q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
bd["closer"] = C("bd", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
bd["singh"] = C("bd", "Russia intends to use the North Koreans in combat or to support combat operations \"over the "
                "next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
bd["wh3"] = C("bd", "The White House's own estimate last Wednesday was at least 3,000.", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
bd["rutte"] = C("bd", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
bd["resc"] = C("bd", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war\".", kind=S,
               measure=ESC, by=RUTTE)
bd["nis10"] = C("bd", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
bd["front"] = C("bd", "some appeared to be moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
bd["kyb"] = C("bd", "the contingent is led by Lt-Gen Kim Yong Bok", kind=S, measure=KYB, by=NIS)
bd["terms"] = C("bd", "The soldiers are being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
bd["drones"] = C("bd", "their instructors rate them poorly on drones", kind=S, measure=DRONES, by=NIS)
bd["pr"] = C("bd", "the agency had forecast that the North would have about 10,000 troops in Russia", measure=PR,
             value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
bd["prd"] = C("bd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bd["hur"] = C("bd", "putting the figure at about 12,000", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
bd["arr"] = C("bd", "with the first units in the Kursk region since October 23", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
bd["ct"] = C("bd", "North Korean soldiers could be sent into battle on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
bd["law"] = C("bd", "North Korea has said any deployment would be lawful.", kind=S, measure=LAW, mod="conditional",
              by=NKFM)
bd["peace"] = C("bd", "Pretoria has long argued for a negotiated settlement", kind=S, measure=PEACE,
                by="South Africa government", subject="South Africa")

# ---------------------------------------------------------------- Addis Standard, Thu 2024-10-31 (edited transcript of a public lecture)
# The lecture was given on Wed 10-30, as the editor's note says; its relative days are read as spoken that day (the
# note says so for "yesterday"): "yesterday" -> 10-29 (the NIS's count and the front, one sentence); "on Monday" ->
# 10-28 (the Pentagon; Rutte); "Last Friday" -> 10-25 (Kim Jong Gyu). "On 18 October" -> 10-18; "Five days later" ->
# 10-23 (the NIS's 3,000, told as a step in a document of Oct 31, so k03); "On 24 October" -> 10-24 (HUR's 12,000,
# officers and generals; k02). "had warned", "last week", "this week", "The NIS says", "it believes" give no day. The
# lecturer (invented) gives her own method reading, experience reading, technology guess and a numeric forecast (15,000
# by the end of the year). Slide titles are headings and are not annotated ("Four numbers in two weeks"); nor are
# "Those days have passed ...", "That is not a denial.", the AU's silence, "ten thousand kilometres", the floor
# questions (private people) and her Ethiopia answer.
ad = {}
ad["plan"] = C("ad", "Pyongyang had decided to send about 12,000 soldiers to Russia", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ad["nis3"] = C("ad", "around 3,000 had actually arrived", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
ad["hur"] = C("ad", "12,000 were already there", value=12000, scope="total", by=HUR, ev="2024-10-24", place="Russia")
ad["off"] = C("ad", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ad["gen"] = C("ad", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ad["dod"] = C("ad", "around 10,000 had been sent to eastern Russia", value=10000, q="about", scope="total", by=DOD,
              ev="2024-10-28", place=RFE)
ad["nis10"] = C("ad", "the number was more than 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
ad["front"] = C("ad", "with some moving towards the front line in Kursk", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29", place="Kursk")
ad["method"] = C("ad", "My reading is that Seoul counts soldiers it has watched arrive, while Kyiv counts a whole force "
                 "once it has been assigned.", kind=S, measure=METHOD, by=HAILE)
ad["pay"] = C("ad", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ad["regime"] = C("ad", "Most of that money, it believes, stays with the state.", kind=S, measure=REGIME, by=NIS)
ad["terms"] = C("ad", "The soldiers are being taught about a hundred Russian military words", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
ad["rutte"] = C("ad", "confirmed that units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
                ev="2024-10-28", place="Kursk")
ad["ct"] = C("ad", "could be in combat on 27 or 28 October", kind=D, measure=CT, low="2024-10-27", high="2024-10-28",
             mod="planned", by=ZEL)
ad["kjg"] = C("ad", "it would be \"an act conforming with the regulations of international law\"", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
ad["img"] = C("ad", "President Putin, asked about satellite images last week, said they \"reflect something\"", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
ad["f15"] = C("ad", "I expect the number to reach 15,000 by the end of the year", measure=F15, value=15000,
              mod="planned", scope="total", by=HAILE, place="Russia")
ad["weeks"] = C("ad", "Russia intends to use them in combat \"over the next several weeks\"", kind=S, measure=CT,
                mod="planned", by=DOD)
ad["exp"] = C("ad", "Experience of modern war, first.", kind=S, measure=EXP, by=HAILE)
ad["tech"] = C("ad", "Possibly Russian help with satellites and submarines.", kind=S, measure=TECH, mod="planned",
               by=HAILE)

# ---------------------------------------------------------------- IOL, Fri 2024-11-01 (explainer with question headings)
# The lead ("The United States says ... and that it expects them to go into battle soon") is two undated US government
# claims; "said on Thursday" -> 10-31 (Blinken's 8,000 and "in the coming days", one sentence); "He put the total" ->
# null; "had said on Tuesday" -> 10-29; "When Seoul first went public on October 18" -> 10-18 (plan, brigades, first
# transport, ships in one sentence); "By October 23" -> 10-23 (a step: k03); "at the same news conference", "he said",
# "Blinken warned", "who stood beside Austin" give none; Japan's ministry's sentence has no day ("Hours before the
# talks" is the previous sentence); "named it the Hwasong-19 on Friday" and "On Friday ... Choe" -> 11-01. "There is no
# public evidence of it so far.", "both records for the North", "The first clashes could come within days, if
# Washington is right", Pretoria's non-comment, Ramaphosa at Kazan, South Africa's abstentions (the outlet's) and the
# RELATED lines are not annotated; Dirco's standing dialogue line is.
io = {}
io["lead8"] = C("io", "The United States says about 8,000 North Korean soldiers are now in Russia's Kursk region",
                measure=KU, value=8000, q="about", by=USG, place="Kursk")
io["soon"] = C("io", "it expects them to go into battle soon", kind=S, measure=CT, mod="planned", by=USG)
io["bl8"] = C("io", "about 8,000 North Korean troops were in the Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
io["days"] = C("io", "Washington expected them to enter combat against Ukrainian forces \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
io["bl10"] = C("io", "He put the total sent to Russia at some 10,000.", value=10000, q="about", scope="total", by=BL,
               place="Russia")
io["nis10"] = C("io", "more than 10,000 were in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
io["plan"] = C("io", "a plan to send about 12,000 men", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
io["brig"] = C("io", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
io["fb"] = C("io", "about 1,500 special forces had crossed to Vladivostok by then", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
io["ships"] = C("io", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, ev="2024-10-18",
                subject=RUS)
io["nis3"] = C("io", "By October 23 the NIS counted about 3,000 in Russia.", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
io["acs"] = C("io", "he had not yet seen reports of North Koreans in combat", kind=S, measure=CS, by=AUSTIN)
io["eq"] = C("io", "Russia has been training them in artillery, drones and basic infantry skills, including clearing "
             "trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
io["tgt"] = C("io", "if they do fight, they will be \"legitimate military targets\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
io["kyh"] = C("io", "called on Pyongyang to pull its troops out immediately", kind=S, measure=WITHDRAW, by=KYH,
              subject=SK)
io["t86"] = C("io", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
io["alt"] = C("io", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
io["hw"] = C("io", "State media named it the Hwasong-19 on Friday.", kind=S, measure=HW, by="KCNA", ev="2024-11-01")
io["noack"] = C("io", "The Kremlin has still not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
io["choe"] = C("io", "said her country would stand by its \"Russian comrades until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
io["peace"] = C("io", "has consistently said the war should be ended through dialogue", kind=S, measure=PEACE,
                by="South Africa DIRCO", subject="South Africa")
io["wpn"] = C("io", "South Korea has said it may reconsider its refusal to send weapons directly to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=SKG, subject=SK)
io["nuke"] = C("io", "Seoul's spy agency has also warned that Pyongyang could carry out a seventh nuclear test", kind=S,
               measure=NUKE, mod="conditional", by=NIS)

# ---------------------------------------------------------------- GhanaWeb, Tue 2024-11-05 (live blog)
# Entry times date nothing; each entry's own sentence does: "said on Tuesday afternoon" -> 11-05 (Seoul's ministry);
# "in an interview aired on Tuesday" -> 11-05 (Umerov); "said on Monday" -> 11-04 (Zelensky; the Pentagon); "Last
# Thursday" -> 10-31 (Blinken's 8,000); "early on Tuesday" -> 11-05 (the JCS); "five days after" dates the flight,
# 10-31, as blind23-49 did; "In Moscow on Friday" -> 11-01 (Choe's promise). "He expected ...", "has said", "It has
# named" give none. The welcome paragraph's "Ukraine says its forces have fought ..." is Ukraine's claim, undated. The
# 86 minutes' sentence names no speaker and is given to Japan's ministry, as earlier sets did. Peskov's refusal, Accra's
# non-comment, the unnamed lecturer, "the longest flight the North has recorded", poll times, Ghana's 18.8 million
# voters, the cedi and the stamps are not annotated.
gw = {}
gw["lead"] = C("gw", "Ukraine says its forces have fought North Korean soldiers for the first time", kind=S, measure=N5,
               by=UAG)
gw["mnd"] = C("gw", "it could not confirm the Ukrainian report of clashes with North Korean troops", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
gw["um"] = C("gw", "the first small-scale engagements with North Korean units had already taken place", kind=S,
             measure=N5, by=UM, ev="2024-11-05")
gw["more"] = C("gw", "He expected more North Korean soldiers to arrive in the coming weeks.", kind=S, measure=MOREUA,
               mod="planned", by=UM)
gw["z11"] = C("gw", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
gw["bl8"] = C("gw", "US Secretary of State Antony Blinken had put the number there at about 8,000", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
gw["dod"] = C("gw", "it had no indication yet that the North Koreans had gone into combat", kind=S, measure=CS, by=DOD,
              ev="2024-11-04")
gw["nis10"] = C("gw", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
gw["plan"] = C("gw", "out of about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
gw["kyb"] = C("gw", "It has named their commander as Lt-Gen Kim Yong Bok.", kind=S, measure=KYB, by=NIS)
gw["srbm"] = C("gw", "North Korea fired about seven short-range ballistic missiles into the sea early on Tuesday",
               measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
gw["t86"] = C("gw", "an intercontinental missile that flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
              by=JMOD, ev="2024-10-31")
gw["noack"] = C("gw", "The Kremlin has still not confirmed that North Korean soldiers are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
gw["choe"] = C("gw", "she had promised that Pyongyang would stand by Russia \"until victory\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- The Herald (Zimbabwe), Wed 2024-11-13 (analysis)
# "The United States said on Tuesday" -> 11-12 (three claims in one sentence; US government, as blind49 did); "went
# further today" -> 11-13 (two claims); the count retold: "On October 18" -> 10-18 (plan and "a first group of 1,500",
# both unhedged), "By October 23" -> 10-23, "On October 28" -> 10-28, "On October 31" -> 10-31 ("Washington said 8,000
# ... alone", unhedged), "on November 4" -> 11-04; "Kyiv first reported clashes on November 5" and "the same day" ->
# 11-05; "On Sunday" -> 11-10 (the NYT's officials); "at first dismissed" and "now says only" give none (Kremlin); "reported
# on Tuesday" -> 11-12 (KCNA); Yoon "last week" -> null. Trump's age and "within 24 hours" are annotated ("during the
# campaign" gives no day). "Four weeks after", "Neither Moscow nor Pyongyang has confirmed", "The first figure was a
# plan ...", "since August", "January 20", the Africa paragraph, "Harare's position has not changed"
# and the sanctions clause (the outlet's framing), the officials' refusal, "since 1980", the ZiG, the tobacco season and
# the Related line are not annotated; Harare's dialogue line is (undated).
he = {}
he["st10"] = C("he", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=USG, ev="2024-11-12", place=RFE)
he["most"] = C("he", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=USG, ev="2024-11-12",
               place="Kursk")
he["begun"] = C("he", "they had begun engaging in combat alongside Russian forces", kind=S, measure=CS, by=USG,
                ev="2024-11-12", place="Kursk")
he["units"] = C("he", "some of the North Koreans had been attached to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
he["fight"] = C("he", "were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
he["plan"] = C("he", "Pyongyang had decided to send 12,000 men", measure=PL, value=12000, mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
he["fb"] = C("he", "with a first group of 1,500 already gone", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place="Russia")
he["nis3"] = C("he", "By October 23 it counted about 3,000.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
he["dod"] = C("he", "On October 28 the Pentagon said around 10,000.", value=10000, q="about", scope="total", by=DOD,
              ev="2024-10-28", place="Russia")
he["us8"] = C("he", "Washington said 8,000 were in Kursk alone", measure=KU, value=8000, by=USG, ev="2024-10-31",
              place="Kursk")
he["z11"] = C("he", "President Volodymyr Zelensky said 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
he["ua"] = C("he", "Kyiv first reported clashes on November 5.", kind=S, measure=N5, by=UAG, ev="2024-11-05")
he["mnd"] = C("he", "South Korea's defence ministry said the same day that it could not confirm them.", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
he["massed"] = C("he", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
he["fake"] = C("he", "at first dismissed the reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
he["treaty"] = C("he", "now says only that its cooperation with Pyongyang is a matter for the two sovereign states under "
                 "their treaty", kind=S, measure=TREATY, by=KREMLIN, subject=RUS)
he["ratify"] = C("he", "Kim Jong Un had ratified that treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
he["yoon"] = C("he", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
he["age"] = C("he", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
he["peace"] = C("he", "Zimbabwe has called for dialogue between Moscow and Kyiv", kind=S, measure=PEACE,
                by="Zimbabwe government", subject="Zimbabwe")
he["t24"] = C("he", "he could end the war within 24 hours", measure=T24, value=24, unit="hours", mod="conditional",
              by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [pu["sofar"], pu["bud"], gu["kys"], st["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 on Russian soil vs Kyiv's about 11,000 training in the east "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [pu["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [pu["bud"], gu["kys"], st["bud"]])])
K(RU, [gu["nis3"], gu["wh3"], st["nis3"], st["q3"], st["us3"], st["hur"], st["q12"], bd["hur"], ad["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, US)", [gu["nis3"], gu["wh3"], st["nis3"], st["q3"], st["us3"]]),
   ("about 12,000 (HUR)", [st["hur"], st["q12"], bd["hur"], ad["hur"]])])
K(RU, [bd["wh3"], ad["nis3"], io["nis3"], he["nis3"], bd["dod"], ad["dod"], he["dod"], io["bl10"], bd["nis10"],
       ad["nis10"], io["nis10"], gw["nis10"], he["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; US Nov 12)")
K(KU, [io["lead8"], io["bl8"], gw["bl8"], he["us8"], gw["z11"], he["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Washington, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [pu["plan"], gu["plan"], st["plan"], ad["plan"], io["plan"], gw["plan"], he["plan"], pu["zel"], st["zel"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [pu["plan"], gu["plan"], st["plan"], ad["plan"], io["plan"], gw["plan"], he["plan"]]),
   ("10,000 (Zelensky)", [pu["zel"], st["zel"]])])
K(FB, [pu["fb"], gu["fb"], io["fb"], he["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [pu["win"], gu["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [pu["ships"], io["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [pu["brig"], gu["brig"], st["brig"], io["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [gu["sb"], st["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [gu["pr"], st["pr"], bd["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [gu["prd"], st["prd"], bd["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [gu["pay"], st["pay"], ad["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [gu["regime"], st["regime"], ad["regime"]], "agreement", "NIS: most of the pay goes to the state")
K(DRONES, [gu["drones"], bd["drones"]], "agreement", "NIS: instructors find the troops weak on drone warfare")
K(MORE_TR, [pu["more"], gu["more"]], "agreement", "NIS: further transports expected / being prepared (Oct 18, Oct 23)")
K(OFF, [st["off"], ad["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [st["gen"], ad["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [st["arr"], bd["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [gu["sites"], st["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites")
K(READY, [pu["ready"], st["ready"]], "agreement", "Budanov: ready by November 1")
K(TGT, [gu["fair"], io["tgt"]], "agreement",
  "US: North Koreans who fight become fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [gu["aesc"], bd["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin) / 'a significant escalation' (Rutte Oct 28)")
K(DEP, [pu["under"], gu["aus"], bd["rutte"], ad["rutte"], pu["denied"], pu["fake"], he["fake"]], "discrepancy",
  "deployment asserted (NIS Oct 18, Austin Oct 23, Rutte Oct 28) vs denied / dismissed as 'another fake' (Moscow)",
  [("asserted", [pu["under"], gu["aus"], bd["rutte"], ad["rutte"]]),
   ("denied / dismissed", [pu["denied"], pu["fake"], he["fake"]])])
K(LAW, [st["law"], bd["law"], ad["kjg"], pu["unsc"], st["unsc"]], "discrepancy",
  "legality: in line with international law (Pyongyang / Kim Jong Gyu, Oct 25) vs a breach of UN Security Council "
  "resolutions (Seoul)",
  [("lawful (North Korea)", [st["law"], bd["law"], ad["kjg"]]),
   ("violates UNSC resolutions (Seoul)", [pu["unsc"], st["unsc"]])])
K(IMG, [st["img"], ad["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(TREATY, [st["treaty"], he["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is its own business / a matter for the two states")
K(WPN, [gu["wpn"], st["yoon"], io["wpn"], he["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [gu["wd"], io["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun)")
K(CT, [bd["ct"], ad["ct"], bd["singh"], ad["weeks"], io["soon"], io["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' / 'soon' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [bd["ct"], ad["ct"]]), ("several weeks (Pentagon)", [bd["singh"], ad["weeks"]]),
   ("coming days (Blinken)", [io["soon"], io["days"]])])
K(CS, [pu["rutte"], io["acs"], gw["dod"], he["begun"], he["fight"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (US Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [gw["lead"], gw["um"], he["ua"], gw["mnd"], he["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [gw["lead"], gw["um"], he["ua"]]),
   ("cannot confirm (Seoul MND)", [gw["mnd"], he["mnd"]])])
K(FRONT, [bd["closer"], bd["front"], ad["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [bd["kyb"], gw["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [bd["terms"], ad["terms"]], "agreement", "NIS: the troops are taught about 100 Russian military terms")
K(NOACK, [gu["noack"], io["noack"], gw["noack"]], "agreement", "Moscow has not acknowledged / confirmed the deployment")
K(ICBM_T, [io["t86"], gw["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [io["choe"], gw["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(PEACE, [pu["peace"], bd["peace"], io["peace"], he["peace"]], "agreement",
  "African governments' standing line: the war should end through dialogue / negotiation (Abuja, Pretoria twice, "
  "Harare)")
K(TECH, [st["tech"], ad["tech"]], "agreement",
  "analysts expect Russian technology (satellites, submarines) in return (Kamau; Haile)")

pairs = [
    (pu["plan"], pu["sofar"], "about 12,000 decided vs about 1,500 on Russian soil so far"),
    (pu["sofar"], pu["fb"], "about 1,500: Seoul's head count vs the first transport"),
    (pu["brig"], pu["ships"], "four brigades vs four landing ships"),
    (pu["bud"], pu["zel"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (gu["sb"], gu["nis3"], "about 1,500 more vs about 3,000 in all, one sentence"),
    (gu["nis3"], gu["pr"], "about 3,000 now vs about 10,000 expected by December"),
    (gu["sb"], gu["fb"], "about 1,500: the second group vs the first group"),
    (st["hur"], st["plan"], "12,000: HUR's count in Russia vs the NIS's planned total, one interview"),
    (st["off"], st["gen"], "500 officers vs three generals, one sentence"),
    (st["sites"], st["gen"], "three: training sites vs generals"),
    (bd["dod"], bd["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (bd["nis10"], bd["pr"], "more than 10,000 now (NIS Oct 29) vs about 10,000 forecast (NIS Oct 23)"),
    (bd["hur"], bd["wh3"], "HUR's 12,000 (snapshot) vs the White House's 3,000 told as a step, one write-up"),
    (ad["hur"], ad["plan"], "12,000: HUR's count vs the NIS's plan, one paragraph"),
    (io["bl8"], io["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (io["days"], io["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (gw["z11"], gw["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (gw["nis10"], gw["plan"], "more than 10,000 in Russia vs about 12,000 agreed, one sentence"),
    (he["st10"], he["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
    (he["plan"], he["fb"], "12,000 decided vs a first group of 1,500, one sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
