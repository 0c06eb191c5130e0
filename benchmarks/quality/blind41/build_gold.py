"""Generate gold.json for blind41 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind41/build_gold.py

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
    "oc": ("ottawa-citizen-2024-10-20-north-korea-12000-troops-russia-g7-defence-ministers-naples",
           "Ottawa Citizen", "2024-10-20"),
    "mg": ("montreal-gazette-2024-10-23-nis-1500-more-north-korean-troops-3000-in-russia", "Montreal Gazette",
           "2024-10-23"),
    "vs": ("vancouver-sun-2024-10-25-qa-why-kyiv-and-seoul-count-north-korean-troops-differently", "Vancouver Sun",
           "2024-10-25"),
    "bh": ("boston-herald-2024-10-29-pentagon-10000-north-korean-troops-russia-some-closer-to-ukraine",
           "Boston Herald", "2024-10-29"),
    "ch": ("calgary-herald-2024-10-31-where-north-koreas-soldiers-are-place-by-place-guide", "Calgary Herald",
           "2024-10-31"),
    "os": ("orlando-sentinel-2024-11-01-what-to-know-north-korean-troops-kursk-blinken-8000", "Orlando Sentinel",
           "2024-11-01"),
    "cd": ("the-columbus-dispatch-2024-11-05-ukraine-says-first-clashes-north-korean-troops-seoul-cannot-confirm",
           "The Columbus Dispatch", "2024-11-05"),
    "mj": ("milwaukee-journal-sentinel-2024-11-14-analysis-how-north-korean-troop-count-grew",
           "Milwaukee Journal Sentinel", "2024-11-14"),
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
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
NOACK = "Russia has not acknowledged the deployment"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
CANADA = "Canada condemns the deployment"
G7C = "G7 defence ministers' concern over Russia-North Korea cooperation"
G7SEA = "G7 defence ministers oppose change of status quo by force in East and South China seas"
THREAT = "deployment a grave security threat (Seoul)"
ONSOIL = "first North Korean troops already in Russia (NIS, Oct 18)"
UNSURE = "Washington unsure whether North Korean troops will fight (Oct 23)"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
FCST = "North Korean troops in combat within weeks (analyst forecast)"
INTENT = "Russia intends to use North Korean troops in combat (US)"
WEST = PL  # the Western official's range answers the planned-total question (left single, see README)


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
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
SEO = "Seo Jae-won"
JOLY = "Mélanie Joly"
GAC = "Global Affairs Canada"
CANG = "Canada government"
G7 = "G7 defence ministers"
JCS = "South Korea Joint Chiefs of Staff"
SK, UA, RUS, CA = "South Korea", "Ukraine", "Russia", "Canada"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Ottawa Citizen, Sun 2024-10-20 (straight news story)
# "said Friday" -> 10-18 (the lead's plan and "the first of them are already on Russian soil"); the second paragraph
# ("The National Intelligence Service said", "the agency said") gives no day, nor does the uniforms sentence or the
# head count ("By Seoul's count"); "had said Thursday" -> 10-17 (Zelenskyy), "A day later" -> 10-18 (Budanov's count
# and Nov. 1); ", he said" (the 2,600) gives none; Rutte "who stood beside Zelenskyy on Thursday" -> 10-17, the
# Western official "the same day" -> 10-17; the G7's "joint statement on Saturday" -> 10-19 (two claims); Global Affairs
# Canada "Saturday" -> 10-19; "His office said after the meeting Friday" -> 10-18 (threat and UNSC). "If confirmed ...
# first large-scale" is the outlet's; "the rest is expected to follow in stages" elaborates the head count; "It did not
# say whether ..." and the embassy's non-reply are not statements. The army's size is the outlet's (attributed to
# nobody); the parishioner's age is annotated, her words are a reaction. Caption, "Line 1", $4.2-million and 4-1 are
# furniture.
oc = {}
oc["plan"] = C("oc", "North Korea has decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
oc["onsoil"] = C("oc", "the first of them are already on Russian soil", kind=S, measure=ONSOIL, by=NIS,
                 ev="2024-10-18", place="Russia")
oc["brig"] = C("oc", "Pyongyang would dispatch four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
oc["win"] = C("oc", "Between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
oc["fb"] = C("oc", "Russian navy ships carried roughly 1,500 of those special forces from North Korean ports to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
oc["ships"] = C("oc", "Four landing ships made the crossing", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
oc["unif"] = C("oc", "The men were handed Russian uniforms and forged identity papers that present them as natives of "
               "Siberian regions", kind=S, measure=UNIF, by=NIS)
oc["sofar"] = C("oc", "that first group of about 1,500 is all Pyongyang has moved so far", value=1500, q="about",
                scope="total", by=NIS, place="Russia")
oc["zel10"] = C("oc", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
oc["bud11"] = C("oc", "about 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
                scope="total", by=BUD, ev="2024-10-18", place=RFE)
oc["ready"] = C("oc", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
oc["2600"] = C("oc", "The first 2,600 of them were to go to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
oc["rcs"] = C("oc", "the alliance could not yet confirm that North Koreans were taking part in the fighting", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-17")
oc["west"] = C("oc", "put the possible deployment at anywhere from 2,000 to 12,000", measure=WEST, low=2000,
               high=12000, mod="conditional", scope="total", by="Western official", ev="2024-10-17", place="Russia")
oc["krem"] = C("oc", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
oc["fake"] = C("oc", "Spokesman Dmitry Peskov called them \"another fake.\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
oc["g7"] = C("oc", "the ministers said they were concerned about deepening military co-operation between Russia and "
             "North Korea", kind=S, measure=G7C, by=G7, ev="2024-10-19", subject="G7")
oc["g7sea"] = C("oc", "they opposed any unilateral attempt to change the status quo by force or coercion in the East "
                "and South China seas", kind=S, measure=G7SEA, by=G7, ev="2024-10-19", subject="G7")
oc["gac"] = C("oc", "Canada \"strongly condemns\" any military support by Pyongyang for Russia's war of aggression",
              kind=S, measure=CANADA, by=GAC, ev="2024-10-19", subject=CA)
oc["threat"] = C("oc", "the deployment posed a grave security threat to the international community", kind=S,
                 measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
oc["unsc"] = C("oc", "violated United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
               ev="2024-10-18", subject=SK)
oc["army"] = C("oc", "keeps roughly 1.2 million people in uniform", measure=ARMY, value=1200000, q="about", by=None)
oc["age"] = C("oc", "Oksana Hrynchuk, 61", measure=AGE, value=61, unit="years", by=None, subject="Oksana Hrynchuk")

# ---------------------------------------------------------------- Montreal Gazette, Wed 2024-10-23 (wire story, update block)
# "told lawmakers Wednesday" -> 10-23 (the second group and the total in one sentence); Park "told reporters after the
# closed-door briefing" gives no day (forecast and December); "Last Friday" -> 10-18 (plan, brigades, first contingent
# in one sentence); "Park quoted the agency as saying" (pay, regime) and Lee's instructors give none; "on Monday" ->
# 10-21 (the summons and demand; Kyslytsya "said Monday" with his Nov. 1); "On Tuesday" -> 10-22 (the presidential
# official; Joly "on Tuesday"); "In Rome on Wednesday" -> 10-23 (Austin's evidence), his two quotes give none; the
# update's "said Wednesday" -> 10-23 (the White House's count); Kirby's sentence and quote give none. "in the second
# week of October" and "between early and mid-October" are loose windows left inside or beside their sentences (not
# date claims). The Bank of Canada, the loonie, "since the pandemic", the embassy's non-reply and the related lines are
# not annotated.
mg = {}
mg["sb"] = C("mg", "About 1,500 more North Korean soldiers have been sent to Russia after the first group", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
mg["nis3"] = C("mg", "bringing the number there to roughly 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
mg["pr"] = C("mg", "The National Intelligence Service expects the contingent to reach about 10,000", measure=PR,
             value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
mg["prd"] = C("mg", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mg["plan"] = C("mg", "the North had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mg["brig"] = C("mg", "organized in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
mg["fb"] = C("mg", "a first contingent of about 1,500 special forces had already crossed by sea", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
mg["pay"] = C("mg", "Russia pays each soldier about US$2,000 a month (roughly $2,750 Canadian)", measure=PAY,
              value=2000, q="about", unit="USD per month", by=NIS)
mg["regime"] = C("mg", "most of that money is believed to go to the government in Pyongyang rather than to the men",
                 kind=S, measure=REGIME, by=NIS)
mg["drones"] = C("mg", "Russian instructors had found the North Koreans physically strong but poorly prepared for modern "
                 "warfare, drones in particular", kind=S, measure=DRONES, by=NIS)
mg["wd"] = C("mg", "demanded that the troops be withdrawn immediately", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
mg["wpn"] = C("mg", "Seoul would respond in stages and could start by sending Ukraine defensive weapons", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
mg["kys11"] = C("mg", "around 11,000 North Korean soldiers were training at bases in eastern Russia", value=11000,
                q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
mg["ready"] = C("mg", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
mg["adep"] = C("mg", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23", place="Russia")
mg["unsure_a"] = C("mg", "What exactly they're doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN,
                   subject="United States")
mg["aesc"] = C("mg", "If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, "
               "that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
mg["noack"] = C("mg", "Moscow has neither confirmed nor denied that North Korean soldiers are on its territory.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
mg["joly"] = C("mg", "Canada was \"extremely concerned\" and was talking to its G7 partners about further sanctions on "
               "both countries", kind=S, measure=CANADA, by=JOLY, ev="2024-10-22", subject=CA)
mg["wh3"] = C("mg", "at least 3,000 North Korean soldiers had moved by ship to Russia's Far East", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
mg["sites"] = C("mg", "they were training at three military sites there", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
mg["unsure_k"] = C("mg", "it was unclear whether they would go on to fight alongside Russian forces", kind=S,
                   measure=UNSURE, by=KIRBY, subject="United States")
mg["fair"] = C("mg", "If they do, they are fair game", kind=S, measure=TGT, mod="conditional", by=KIRBY,
               subject="United States")

# ---------------------------------------------------------------- Vancouver Sun, Fri 2024-10-25 (Q&A interview)
# The intro: "said Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on
# Wednesday" -> 10-23 (an arrival takes its own day, as blind21-40 did), "A day earlier" -> 10-23 (the NIS's count and
# the second group in one sentence). The guest (invented) relays the NIS ("Last Friday" -> 10-18, plan and brigades;
# "now expects" and pay undated), gives his own method reading, technology forecast and combat forecast, and relays
# "Seoul's position" (South Korea government, undated) and "Ottawa has said" (Canada government, undated). The
# questions carry claims: "Washington puts the figure at a minimum of 3,000" (US government, undated), Putin "in Kazan
# on Thursday" -> 10-24, Kim Jong Gyu "said today" -> 10-25. Putin's treaty line ("In the same answer") and Yoon "said
# Thursday" (-> 10-24) are in answers. Asides ("Both, in a way", "a big shift", "non-lethal aid", "most of the G7
# agrees", the Pacific answer, the optimism answer) are not annotated. "46 of 93" and "2.3 per cent" are related lines.
vs = {}
vs["hur"] = C("vs", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
vs["off"] = C("vs", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
vs["gen"] = C("vs", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
vs["arr"] = C("vs", "the first units reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
vs["nis3"] = C("vs", "around 3,000 were there", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
vs["sb"] = C("vs", "after a second group of about 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
vs["age"] = C("vs", "Seo Jae-won, 46", measure=AGE, value=46, unit="years", by=None, subject=SEO)
vs["method"] = C("vs", "Seoul counts soldiers it has watched arrive. Kyiv, I suspect, counts the whole force Pyongyang "
                 "has committed, including men still in transit or waiting at the ports", kind=S, measure=METHOD,
                 by=SEO)
vs["plan"] = C("vs", "the North had decided to send about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
vs["brig"] = C("vs", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
vs["wash3"] = C("vs", "Washington puts the figure at a minimum of 3,000", value=3000, q="at_least", scope="total",
                by=USG, place="Russia")
vs["pr"] = C("vs", "The NIS now expects around 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
vs["prd"] = C("vs", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
vs["pay"] = C("vs", "Russia pays about US$2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
vs["regime"] = C("vs", "most of that ends up with the regime, not the men", kind=S, measure=REGIME, by=NIS)
vs["tech"] = C("vs", "I also expect Moscow to pay in technology: satellites, submarines, perhaps help with missile "
               "re-entry", kind=S, measure=TECH, mod="planned", by=SEO)
vs["img"] = C("vs", "Vladimir Putin was asked about the reports in Kazan on Thursday and said satellite images "
              "\"reflect something.\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
vs["treaty"] = C("vs", "how Russia applies its new treaty with Pyongyang is \"our business.\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
vs["kjg"] = C("vs", "any such deployment would be \"an act conforming with the regulations of international law.\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
vs["seoul_law"] = C("vs", "Its position is that any military co-operation with Russia breaks United Nations Security "
                    "Council resolutions", kind=S, measure=LAW, by=SKG, subject=SK)
vs["fcst"] = C("vs", "the first units will be in combat within two or three weeks", measure=FCST, low=2, high=3,
               unit="weeks", mod="planned", by=SEO)
vs["yoon"] = C("vs", "he would not rule out supplying weapons, depending on how far North Korea goes", kind=S,
               measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
vs["ottawa"] = C("vs", "Ottawa has said it condemns the deployment", kind=S, measure=CANADA, by=CANG, subject=CA)

# ---------------------------------------------------------------- Boston Herald, Tue 2024-10-29 (press-briefing write-up)
# "the Pentagon said Monday" -> 10-28 (the count, "closer to Ukraine" and, in the same sentence, the outlet's ratio,
# attributed to nobody); Singh's quote and "over the next several weeks" give no day; "Last Wednesday" -> 10-23 (the
# White House's "no fewer than 3,000", a step of the running total); "Hours earlier in Brussels" -> 10-28 (Rutte,
# resolved against the Pentagon's Monday, as blind29-40 read the phrase), "He called" gives none; "Early Tuesday in
# Seoul" -> 10-29 (the NIS's count and the front in one sentence); Lee's relays (Kim Yong Bok, 100 terms, drones) give
# none; "Last week the agency had forecast" gives none; "last Thursday" -> 10-24 (HUR's count, officers, generals),
# "warned on Saturday" -> 10-26 (Zelensky's window); "said Friday" -> 10-25 (Kim Jong Gyu); the Kremlin's line is
# undated. "Its own count has already passed that", "As of Monday evening ...", "Singh would not say", the aides,
# the vigil, the ballots, turnout and related lines are not annotated; the vigil-goer's age is.
bh = {}
bh["dod10"] = C("bh", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
bh["closer"] = C("bh", "some have already moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
bh["ratio"] = C("bh", "more than tripling the estimate Washington gave less than a week earlier", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
bh["intent"] = C("bh", "We are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH,
                 subject="United States")
bh["weeks"] = C("bh", "Russia could deploy them \"over the next several weeks,\"", kind=S, measure=CT, mod="planned",
                by=SINGH)
bh["wh3"] = C("bh", "the White House had put the number at no fewer than 3,000", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
bh["rdep"] = C("bh", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
bh["resc"] = C("bh", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war.\"", kind=S, measure=ESC, by=RUTTE)
bh["nis10"] = C("bh", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
bh["front"] = C("bh", "some appear to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
bh["kyb"] = C("bh", "The contingent is led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
bh["terms"] = C("bh", "The soldiers are being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
bh["drones"] = C("bh", "Russian instructors still find them weak on drones", kind=S, measure=DRONES, by=NIS)
bh["pr"] = C("bh", "the agency had forecast that the total would reach 10,000", measure=PR, value=10000,
             mod="planned", scope="total", by=NIS, place="Russia")
bh["prd"] = C("bh", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bh["hur"] = C("bh", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
bh["off"] = C("bh", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
bh["gen"] = C("bh", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
bh["ct"] = C("bh", "the first of them could be sent into combat zones on Oct. 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
bh["kjg"] = C("bh", "any such deployment would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
bh["treaty"] = C("bh", "its co-operation with Pyongyang is a matter for the two countries", kind=S, measure=TREATY,
                 by=KREMLIN, subject=RUS)
bh["age"] = C("bh", "Gerry Costello, 68", measure=AGE, value=68, unit="years", by=None, subject="Gerry Costello")

# ---------------------------------------------------------------- Calgary Herald, Thu 2024-10-31 (place-by-place guide)
# Headings (place names) are not claims; an entry's sentences carry the origin they name and the day their own
# sentence gives: "said on Oct. 18" -> 10-18 (ships, first transport, window in one sentence; "it said the same day"
# -> 10-18, the plan); "according to Seoul" (uniforms) gives none; "said on Oct. 23" -> 10-23 (the three sites); "said
# on Oct. 24 that the first ... had arrived there the day before" -> 10-23 (the arrival's own day); "confirmed on
# Monday" -> 10-28; "had warned on Saturday" -> 10-26 (the window); "on Tuesday" -> 10-29 (count, front, commander in
# one sentence); "A week earlier" gives none (a step and the forecast); "as of Oct. 24" -> 10-24 (HUR's count,
# officers, generals); "on Oct. 23" and "five days later" -> 10-23 and 10-28 (the two steps of one sentence); Singh's
# sentence gives none; "on Oct. 25" -> 10-25; "Early this morning Korean time" -> 10-31 (the minutes and altitude, in
# the same sentence); Putin "last week" gives none; Joly "on Monday" -> 10-28. The intro, "since August", "By Wednesday
# night ...", "State media has said nothing", the schedule line ("meet ... today"), "both records", the Calgary entry
# (7 p.m., about 300 people) and the sources line are not annotated.
ch = {}
ch["ships"] = C("ch", "four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
ch["fb"] = C("ch", "carried about 1,500 men across", measure=FB, value=1500, q="about", scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
ch["win"] = C("ch", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
ch["plan"] = C("ch", "had decided to send about 12,000 in all", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ch["unif"] = C("ch", "The soldiers were issued Russian uniforms and identity papers there, according to Seoul.",
               kind=S, measure=UNIF, by=NIS)
ch["sites"] = C("ch", "North Korean soldiers were training at three military sites in Russia's Far East",
                measure=SITES, value=3, unit="training sites", by=WH, ev="2024-10-23", place=RFE)
ch["arr"] = C("ch", "the first North Korean units had arrived there the day before", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
ch["rdep"] = C("ch", "North Korean units had been deployed to the region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
ch["ct"] = C("ch", "they could go into combat on Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
ch["nis10"] = C("ch", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
ch["front"] = C("ch", "some were moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
ch["kyb"] = C("ch", "under the command of Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
ch["nis3"] = C("ch", "A week earlier the agency's count had been about 3,000", value=3000, q="about", scope="total",
               by=NIS, place="Russia")
ch["pr"] = C("ch", "it expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
             place="Russia")
ch["prd"] = C("ch", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ch["hur"] = C("ch", "about 12,000 North Koreans in Russia as of Oct. 24", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
ch["off"] = C("ch", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ch["gen"] = C("ch", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ch["wh3"] = C("ch", "at least 3,000 from the White House on Oct. 23", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
ch["dod10"] = C("ch", "about 10,000 from the Pentagon five days later", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
ch["weeks"] = C("ch", "Russia might use them in combat \"over the next several weeks.\"", kind=S, measure=CT,
                mod="planned", by=SINGH)
ch["kjg"] = C("ch", "sending troops to Russia would be lawful", kind=S, measure=LAW, mod="conditional", by=KJG,
              ev="2024-10-25")
ch["t86"] = C("ch", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
              ev="2024-10-31")
ch["alt"] = C("ch", "climbed higher than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD, ev="2024-10-31")
ch["noack"] = C("ch", "The Kremlin has neither confirmed nor denied that North Korean soldiers are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ch["img"] = C("ch", "said last week only that satellite images \"reflect something.\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
ch["joly"] = C("ch", "Canada condemned the deployment \"in the strongest terms\"", kind=S, measure=CANADA, by=JOLY,
               ev="2024-10-28", subject=CA)

# ---------------------------------------------------------------- Orlando Sentinel, Fri 2024-11-01 (explainer)
# "said Thursday" -> 10-31 (Blinken's Kursk figure); "In all, some 10,000 have been sent to Russia, Blinken said."
# gives no day; "had said Tuesday" -> 10-29 (the NIS); "When Seoul first went public on Oct. 18, it said" -> 10-18
# (plan and first batch in one sentence); Blinken's "in the coming days" and targets, Austin's two lines, Kim
# Yong-hyun, Cho, "Seoul's spy agency says" (pay, regime), "The NIS has also said" (terms), Japan's minutes and
# altitude ("Hours before the talks" is the previous sentence) and Moscow's silence give none; the Latest box's "in
# Moscow on Friday" -> 11-01. "Washington expects so", "Money, at least", "both the longest and highest", the Florida
# answer, the amendments (six, 60%), Milton and the related lines are not annotated.
os_ = {}
os_["bl8"] = C("os", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
os_["bl10"] = C("os", "In all, some 10,000 have been sent to Russia", value=10000, q="about", scope="total", by=BL,
                place="Russia")
os_["nis10"] = C("os", "the number had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
os_["plan"] = C("os", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
os_["fb"] = C("os", "a first batch of roughly 1,500 special forces had already been shipped to Vladivostok",
              measure=FB, value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
os_["days"] = C("os", "the troops could enter combat against Ukrainian forces \"in the coming days,\"", kind=S,
                measure=CT, mod="planned", by=BL)
os_["tgt"] = C("os", "they would be \"legitimate military targets.\"", kind=S, measure=TGT, mod="conditional", by=BL,
               subject="United States")
os_["acs"] = C("os", "he had not yet seen reports of North Korean soldiers in combat", kind=S, measure=CS, by=AUSTIN)
os_["eq"] = C("os", "Russia had been training them in artillery, drone operations and basic infantry tactics, including "
              "clearing trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
os_["kyh"] = C("os", "called for the troops to be withdrawn at once", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
os_["cho"] = C("os", "Moscow could hand Pyongyang sensitive military technology in return", kind=S, measure=TECH,
               mod="conditional", by=CHO)
os_["pay"] = C("os", "Russia pays about $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
os_["regime"] = C("os", "most of it is kept by the regime", kind=S, measure=REGIME, by=NIS)
os_["terms"] = C("os", "the soldiers are being drilled on around 100 basic Russian military terms", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
os_["t86"] = C("os", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
os_["alt"] = C("os", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
               unit="km", by=JMOD)
os_["noack"] = C("os", "Moscow still has not confirmed that North Korean soldiers are on its territory.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
os_["choe"] = C("os", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory.\"",
                kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- The Columbus Dispatch, Tue 2024-11-05 (straight news story)
# The lead's two sentences give no day (Umerov's fighting; "South Korea said it could not confirm his account" -> the
# defence ministry); "in an interview aired Tuesday" -> 11-05 (the clashes and "more ... in the coming weeks", one
# sentence); "said Tuesday" -> 11-05 (the ministry); "said Monday" -> 11-04 (Zelenskyy; the Pentagon); "last
# Thursday" -> 10-31 (Blinken's 8,000 and, in the same sentence, "within days"); "has said" gives none (the NIS's count
# and the plan, one sentence); "Early Tuesday" -> 11-05 (the JCS); "five days after the North tested" -> 10-31 (the
# minutes, dated by the flight, as blind23-40 mostly did); Choe's "until victory" ("days after pledging") and the
# Kremlin give none. "He did not say where", Peskov's refusal, the resident's reaction, the election paragraph ("15-
# member", 2.3 million, 7:30 p.m.), "first time ... since World War II" and the related lines are not annotated; the
# resident's age is.
cd = {}
cd["lclash"] = C("cd", "Ukraine's defense minister says his forces have fought North Korean soldiers for the first time",
                 kind=S, measure=N5, by=UM)
cd["lmnd"] = C("cd", "South Korea said it could not confirm his account.", kind=S, measure=N5, by=MND, subject=SK)
cd["um"] = C("cd", "the first clashes with North Korean units had taken place", kind=S, measure=N5, by=UM,
             ev="2024-11-05")
cd["more"] = C("cd", "Kyiv expected more North Korean soldiers to be sent to the front in the coming weeks", kind=S,
               measure=MORE, mod="planned", by=UM, ev="2024-11-05")
cd["mnd"] = C("cd", "South Korea's Ministry of National Defense said Tuesday it could not confirm the remarks", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
cd["z11"] = C("cd", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
cd["bl8"] = C("cd", "the roughly 8,000 that Secretary of State Antony Blinken put there last Thursday", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
cd["within"] = C("cd", "he predicted they would be in combat within days", kind=S, measure=CT, mod="planned", by=BL,
                 ev="2024-10-31")
cd["dodcs"] = C("cd", "it had no indication yet that North Korean troops had joined the fighting", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
cd["nis10"] = C("cd", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
cd["plan"] = C("cd", "about 12,000 Pyongyang has agreed to send", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
cd["srbm"] = C("cd", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
cd["t86"] = C("cd", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
cd["choe"] = C("cd", "Pyongyang would stand by Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH)
cd["noack"] = C("cd", "The Kremlin has still not confirmed that North Korean troops are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
cd["age"] = C("cd", "Halyna Kostiuk, 57", measure=AGE, value=57, unit="years", by=None, subject="Halyna Kostiuk")

# ---------------------------------------------------------------- Milwaukee Journal Sentinel, Thu 2024-11-14 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence); "A day later" -> 11-13 (the NIS's two);
# "On Oct. 18" -> 10-18 (plan and "a first 1,500" in one sentence); "Five days later" -> 10-23; "By Oct. 28" -> 10-28;
# "On Oct. 31" -> 10-31 and "on Nov. 4" -> 11-04 (one sentence, two origins); "on Nov. 5, when" -> 11-05 and "the same
# day" -> 11-05; "Washington said for another week" gives none; "on Sunday" -> 11-10 (the NYT's officials); the
# relative clause "which at first called" and the main clause give none; "reported on Tuesday" -> 11-12 (KCNA); "last
# week" gives none (Yoon). "less than a month", the quoted wrong headline ("12,000 sent."), "None of those figures
# ...", the Trump sentence, the Wisconsin paragraph, the three lessons and the related lines are not annotated.
mj = {}
mj["st10"] = C("mj", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
mj["mostk"] = C("mj", "that most had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
mj["begun"] = C("mj", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
mj["units"] = C("mj", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
mj["combat"] = C("mj", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
mj["plan"] = C("mj", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mj["fb"] = C("mj", "a first 1,500 had already been shipped to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
mj["nis3"] = C("mj", "the number in Russia had reached about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
mj["dod10"] = C("mj", "the Pentagon was putting it at about 10,000", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
mj["bl8"] = C("mj", "Blinken said 8,000 were in Kursk alone", measure=KU, value=8000, by=BL, ev="2024-10-31",
              place="Kursk")
mj["z11"] = C("mj", "Ukrainian President Volodymyr Zelenskyy said 11,000", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
mj["um"] = C("mj", "his troops had clashed with North Korean units", kind=S, measure=N5, by=UM, ev="2024-11-05")
mj["mnd"] = C("mj", "Seoul said the same day that it could not verify the account", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
mj["wash"] = C("mj", "Washington said for another week that it had no evidence of combat", kind=S, measure=CS, by=USG)
mj["massed"] = C("mj", "Russia had massed some 50,000 troops, North Koreans among them, to retake the Kursk region",
                 measure=MASSED, value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10",
                 place="Kursk", subject=RUS)
mj["fake"] = C("mj", "which at first called the reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
mj["noack"] = C("mj", "has still not confirmed that any North Korean soldier is on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
mj["ratify"] = C("mj", "Kim Jong Un had ratified the mutual defense treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
mj["yoon"] = C("mj", "South Korea no longer ruled out supplying weapons to Ukraine directly, depending on what the "
               "North Korean troops do", kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [oc["sofar"], oc["bud11"], mg["kys11"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 moved so far vs Kyiv's about 11,000 training in the east "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [oc["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [oc["bud11"], mg["kys11"]])])
K(RU, [mg["nis3"], mg["wh3"], vs["nis3"], vs["wash3"], vs["hur"], bh["hur"], ch["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Washington)", [mg["nis3"], mg["wh3"], vs["nis3"], vs["wash3"]]),
   ("about 12,000 (HUR)", [vs["hur"], bh["hur"], ch["hur"]])])
K(RU, [bh["wh3"], ch["wh3"], ch["nis3"], mj["nis3"], bh["dod10"], ch["dod10"], mj["dod10"], os_["bl10"], bh["nis10"],
       ch["nis10"], os_["nis10"], cd["nis10"], mj["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> about "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [os_["bl8"], cd["bl8"], mj["bl8"], cd["z11"], mj["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [oc["plan"], mg["plan"], vs["plan"], ch["plan"], os_["plan"], cd["plan"], mj["plan"], oc["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [oc["plan"], mg["plan"], vs["plan"], ch["plan"], os_["plan"], cd["plan"], mj["plan"]]),
   ("10,000 (Zelensky)", [oc["zel10"]])])
K(FB, [oc["fb"], mg["fb"], ch["fb"], os_["fb"], mj["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [oc["win"], ch["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [oc["ships"], ch["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [oc["brig"], mg["brig"], vs["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [mg["sb"], vs["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [mg["pr"], vs["pr"], bh["pr"], ch["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [mg["prd"], vs["prd"], bh["prd"], ch["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [mg["pay"], vs["pay"], os_["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [mg["regime"], vs["regime"], os_["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [mg["drones"], bh["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong but poorly prepared / weak on drones")
K(OFF, [vs["off"], bh["off"], ch["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [vs["gen"], bh["gen"], ch["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [vs["arr"], ch["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [mg["sites"], ch["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [oc["ready"], mg["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(UNIF, [oc["unif"], ch["unif"]], "agreement", "NIS: the soldiers were issued Russian uniforms and identity papers")
K(TGT, [mg["fair"], os_["tgt"]], "agreement",
  "US: North Koreans who fight are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [mg["aesc"], bh["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte Oct 28)")
K(DEP, [mg["adep"], bh["rdep"], ch["rdep"], oc["krem"], oc["fake"], mj["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs rejected / dismissed as 'another fake' (Kremlin, Peskov)",
  [("asserted", [mg["adep"], bh["rdep"], ch["rdep"]]), ("dismissed", [oc["krem"], oc["fake"], mj["fake"]])])
K(LAW, [oc["unsc"], vs["seoul_law"], vs["kjg"], bh["kjg"], ch["kjg"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul) vs lawful / conforming with international law "
  "(Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [oc["unsc"], vs["seoul_law"]]),
   ("lawful (Kim Jong Gyu)", [vs["kjg"], bh["kjg"], ch["kjg"]])])
K(CT, [bh["ct"], ch["ct"], bh["weeks"], ch["weeks"], os_["days"], cd["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming days' "
  "/ 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [bh["ct"], ch["ct"]]), ("several weeks (Pentagon)", [bh["weeks"], ch["weeks"]]),
   ("coming days (Blinken)", [os_["days"], cd["within"]])])
K(CS, [oc["rcs"], os_["acs"], cd["dodcs"], mj["wash"], mj["begun"], mj["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4), no "
  "evidence ('Washington said for another week') -> begun engaging in combat (State Department Nov 12), some already "
  "fighting (NIS Nov 13)")
K(N5, [cd["lclash"], cd["um"], mj["um"], cd["lmnd"], cd["mnd"], mj["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm / verify them",
  [("clashes reported (Umerov)", [cd["lclash"], cd["um"], mj["um"]]),
   ("cannot confirm (Seoul MND)", [cd["lmnd"], cd["mnd"], mj["mnd"]])])
K(FRONT, [bh["closer"], bh["front"], ch["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [bh["kyb"], ch["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [bh["terms"], os_["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian military terms")
K(NOACK, [mg["noack"], ch["noack"], os_["noack"], cd["noack"], mj["noack"]], "agreement",
  "Moscow has not confirmed (or denied) that North Korean soldiers are on its territory")
K(ICBM_T, [ch["t86"], os_["t86"], cd["t86"]], "agreement",
  "Japan's Defence Ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [ch["alt"], os_["alt"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM rose above 7,000 km")
K(CHOE, [os_["choe"], cd["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")
K(WPN, [mg["wpn"], vs["yoon"], mj["yoon"]], "agreement",
  "Seoul could arm Ukraine / does not rule out weapons, depending on the North (presidential official Oct 22, Yoon "
  "Oct 24 and Nov 7)")
K(CANADA, [oc["gac"], mg["joly"], vs["ottawa"], ch["joly"]], "agreement",
  "Canada condemns the deployment / is extremely concerned (Global Affairs Canada Oct 19, Joly Oct 22 and Oct 28, "
  "'Ottawa has said')")
K(IMG, [vs["img"], ch["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(TREATY, [vs["treaty"], bh["treaty"]], "agreement",
  "Moscow: cooperation under the treaty is 'our business' / a matter for the two countries (Putin; Kremlin)")
K(WITHDRAW, [mg["wd"], os_["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")

pairs = [
    (oc["plan"], oc["fb"], "about 12,000 planned vs a first transport of roughly 1,500"),
    (oc["sofar"], oc["fb"], "about 1,500: Seoul's head count moved so far vs the first transport"),
    (oc["brig"], oc["ships"], "four brigades vs four landing ships, adjacent sentences"),
    (oc["bud11"], oc["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (mg["sb"], mg["nis3"], "about 1,500 more vs roughly 3,000 in all, same sentence"),
    (mg["sb"], mg["fb"], "about 1,500: the second group vs the first contingent"),
    (mg["nis3"], mg["pr"], "roughly 3,000 now vs about 10,000 expected by December"),
    (vs["hur"], vs["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS), one interview"),
    (vs["off"], vs["gen"], "500 officers vs three generals, same sentence"),
    (bh["dod10"], bh["pr"], "around 10,000 sent (Pentagon) vs 10,000 forecast by December (NIS)"),
    (bh["nis10"], bh["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, Oct 23)"),
    (bh["hur"], bh["nis10"], "about 12,000 (HUR, Oct 24, snapshot) vs more than 10,000 (NIS, Oct 29, running total)"),
    (ch["sites"], ch["gen"], "three: training sites vs generals, one guide"),
    (ch["nis3"], ch["hur"], "about 3,000 told as a step vs HUR's 12,000 of Oct 24, one guide"),
    (ch["nis10"], ch["pr"], "more than 10,000 now vs 10,000 expected, one entry"),
    (os_["bl8"], os_["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (os_["days"], os_["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (os_["plan"], os_["fb"], "about 12,000 decided vs a first batch of roughly 1,500, same sentence"),
    (cd["z11"], cd["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (cd["nis10"], cd["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
