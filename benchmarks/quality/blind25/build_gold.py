"""Generate gold.json for blind25 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind25/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "db": ("the-daily-beast-2024-10-18-kim-sending-12000-troops-putin-war-seoul-says", "The Daily Beast",
           "2024-10-18"),
    "es": ("evening-standard-2024-10-23-ukraine-war-live-north-korea-3000-troops-russia", "Evening Standard",
           "2024-10-23"),
    "ts": ("toronto-star-2024-10-25-interview-why-north-korea-is-sending-troops-to-russia", "Toronto Star",
           "2024-10-25"),
    "wt": ("the-washington-times-2024-10-28-pentagon-10000-north-korean-troops-russia-weeks", "The Washington Times",
           "2024-10-28"),
    "bi": ("business-insider-2024-10-30-north-korea-troops-russia-in-numbers", "Business Insider", "2024-10-30"),
    "hp": ("huffpost-2024-10-31-us-8000-north-korean-troops-kursk-coming-days", "HuffPost", "2024-10-31"),
    "sn": ("the-sun-2024-11-05-kims-troops-first-clashes-ukraine-kyiv-dispatch", "The Sun", "2024-11-05"),
    "dm": ("daily-mail-2024-11-14-how-kims-troops-slipped-into-putins-war", "Daily Mail", "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind20's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
TOFRONT = "North Korean troops to go to the front after training (NIS)"
BEGUN = "North Korean troop movement already begun (NIS)"
THREAT = "South Korea calls the deployment a grave security threat"
OFFSENT = "North Korean officers already sent (Zelensky)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
AGE = "age"
YRS24 = "years since Putin's previous visit to Pyongyang"
WARYRS = "years since North Korea's army last fought a war"
SITES = "training sites in eastern Russia (US)"
UNSURE = "US unsure what North Korean troops will do in Russia"
ZUNITS = "North Korean units being trained in Russia (Zelensky)"
ZSIZE = "size of each North Korean unit (Zelensky)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
TRAIN = "training time before North Korean troops are useful (analyst)"
INTENDS = "Russia intends to use North Korean troops in combat"
T24 = "time Trump says he needs to end the war"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ARMY = "North Korea's active-duty military"
LOSS = "Russian casualties per day (UK Defence Intelligence)"
NOACK = "Russia has not acknowledged the deployment"
ICBM_D = "ICBM flight distance"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"


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
RUG = "Russia government"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO_TY = "Cho Tae-yul"
JCHO = "Jenna Cho"
TRUMP = "Donald Trump"
UKDI = "UK Defence Intelligence"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Daily Beast, Fri 2024-10-18 (straight news story)
# "said Friday" -> 10-18 (lead); "after Friday's meeting" -> 10-18; "on Thursday" -> 10-17 (Zelensky, Rutte);
# "in an interview published Friday" dates Budanov's 11,000 and his November 1 (one sentence). The NIS's second,
# third and fourth paragraphs give no day of their own and stay undated. "As far as the NIS can tell, only those
# first 1,500 or so have crossed" is Seoul's head count that week (bundled k01's Seoul side), not the transfer report.
# Putin's and Kim's ages, the 24 years and the unnamed analysts' "seven decades" are attributed to nobody.
# "since August", "in June", the shells accusation (no number, nobody named beyond "Washington and Seoul" as a
# long-standing line) and the furniture are not annotated; "first large-scale deployment" is the outlet's framing.
db = {}
db["plan"] = C("db", "North Korea has decided to send about 12,000 troops to help Russia", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
db["brig"] = C("db", "Pyongyang had committed four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
db["begun"] = C("db", "the movement had already started", kind=S, measure=BEGUN, by=NIS)
db["win"] = C("db", "Between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
db["fb"] = C("db", "a first contingent of some 1,500 North Korean special forces", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
db["ships"] = C("db", "Four amphibious landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
db["esc"] = C("db", "three escort vessels were used for the crossing", measure=ESCORT, value=3, unit="ships", by=NIS,
              subject=RUS)
db["unif"] = C("db", "the soldiers were handed Russian uniforms, Russian-made weapons and forged identity papers",
               kind=S, measure=UNIF, by=NIS)
db["tofront"] = C("db", "will be sent to the front after they finish adapting", kind=S, measure=TOFRONT, mod="planned",
                  by=NIS, place=RFE)
db["sofar"] = C("db", "only those first 1,500 or so have crossed", value=1500, q="about", scope="total", by=NIS,
                place="Russia")
db["zel10"] = C("db", "North Korea was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
db["zeloff"] = C("db", "had already sent \"tactical personnel and officers.\"", kind=S, measure=OFFSENT, by=ZEL,
                 ev="2024-10-17")
db["bud"] = C("db", "around 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
db["ready"] = C("db", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
db["2600"] = C("db", "A first unit of 2,600 was to be sent to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
db["rutte"] = C("db", "the alliance could not yet confirm that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
db["threat"] = C("db", "the deployment posed a grave security threat to the South and to the international community",
                 kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
db["unsc"] = C("db", "the military cooperation between Moscow and Pyongyang breached U.N. Security Council resolutions",
               kind=S, measure=LAW, by=PO, ev="2024-10-18", subject=SK)
db["fake"] = C("db", "has called the reports \"another fake.\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
db["putage"] = C("db", "Vladimir Putin, 72", measure=AGE, value=72, unit="years", by=None, subject="Vladimir Putin")
db["yrs"] = C("db", "his first trip there in 24 years", measure=YRS24, value=24, unit="years", by=None, subject=RUS)
db["kimage"] = C("db", "For Kim, 40", measure=AGE, value=40, unit="years", by=None, subject="Kim Jong Un")
db["war70"] = C("db", "something his army has not had in seven decades", measure=WARYRS, value=70, unit="years",
                by=None)

# ---------------------------------------------------------------- Evening Standard, Wed 2024-10-23 (live blog)
# Entry times give no day (strict own-sentence dates). "on Wednesday" dates Kirby's 3,000 and the NIS's second group
# and total (one sentence each); "on Tuesday" -> 10-22 (Zelensky's two units); "on Monday" -> 10-21 (the summons);
# "Last Friday" -> 10-18 for the recap sentence's four claims. Park's and Lee's lines relay the NIS and are the NIS's
# claims, undated. Entry headings are headlines (not annotated); "36 countries" at the BRICS summit is an off-topic
# count. Austin's lines are undated ("said in Rome").
es = {}
es["k3"] = C("es", "At least 3,000 North Korean soldiers travelled to eastern Russia by ship", value=3000,
             q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
es["sites"] = C("es", "went on to three military training sites", measure=SITES, value=3, unit="training sites",
                by=KIRBY, place=RFE)
es["unsure"] = C("es", "Washington did not yet know whether they would be used in combat against Ukraine", kind=S,
                 measure=UNSURE, by=KIRBY)
es["fair"] = C("es", "If they are going to be deployed to fight against Ukraine, they are fair game.", kind=S,
               measure=TGT, mod="conditional", by=KIRBY)
es["z2"] = C("es", "two North Korean units", measure=ZUNITS, value=2, unit="units", by=ZEL, ev="2024-10-22",
             place="Russia")
es["z6"] = C("es", "up to 6,000 soldiers each", measure=ZSIZE, value=6000, q="up_to", by=ZEL, ev="2024-10-22",
             place="Russia")
es["austin"] = C("es", "there was \"evidence that there are DPRK troops in Russia\"", kind=S, measure=DEP, by=AUSTIN)
es["aunsure"] = C("es", "What exactly they're doing is left to be seen,", kind=S, measure=UNSURE, by=AUSTIN)
es["aesc"] = C("es", "If they are participating in the war on Russia's behalf, that is a very, very serious issue.",
               kind=S, measure=ESC, mod="conditional", by=AUSTIN)
es["wd"] = C("es", "summoned Russia's ambassador Georgy Zinoviev on Monday and demanded the immediate withdrawal of the "
             "North Korean troops", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
es["sb"] = C("es", "North Korea has moved another 1,500 or so soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
es["t3"] = C("es", "bringing the total there to about 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
es["pr"] = C("es", "the agency expected the North to send around 10,000 troops in all", measure=PR, value=10000,
             q="about", mod="planned", scope="total", by=NIS, place="Russia")
es["prd"] = C("es", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
es["pay"] = C("es", "Russia was paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
es["regime"] = C("es", "most of the money likely to be kept by the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
es["drones"] = C("es", "Russian instructors had found the North Koreans physically strong and highly motivated, he "
                 "said, but lacking any real grasp of modern warfare, drones included", kind=S, measure=DRONES, by=NIS)
es["info"] = C("es", "the deployment is being hidden from the North Korean public and that soldiers' families have "
               "been moved and isolated", kind=S, measure=INFO, by=NIS)
es["plan"] = C("es", "the North had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
es["brig"] = C("es", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
es["fb"] = C("es", "a first group of around 1,500 special forces", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
es["win"] = C("es", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
es["fake"] = C("es", "The Kremlin has dismissed the reports as \"fake\".", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)

# ---------------------------------------------------------------- Toronto Star, Fri 2024-10-25 (print interview)
# Intro: "said Thursday" -> 10-24 for HUR's count, officers and generals; the arrival takes its own day, "on
# Wednesday" -> 10-23 (as blind21/22 dated arrivals); "On Friday" -> 10-25 (Kim Jong Gyu). The intro's Seoul and
# White House lines have no day. The guest (invented) relays Seoul ("Seoul counts", "by Seoul's own reckoning",
# "The South Koreans told their parliament on Wednesday" -> 10-23, "Seoul's intelligence estimates") and Putin ("on
# Thursday" -> 10-24); her own readings are hers (Jenna Cho). The question that carries Budanov's and Zelensky's
# figures is annotated as their claims, undated ("Last week"), and so is the first question's "Kyiv says 12,000.
# Seoul says 3,000." (HUR's and the NIS's counts restated; snapshot k02). "since 1953", "since 2022", the 1.3 million
# Ukrainian-Canadians (off-topic), "6 min. read" and the e-mail are not annotated.
ts = {}
ts["hur"] = C("ts", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
ts["off"] = C("ts", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ts["gen"] = C("ts", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ts["arr"] = C("ts", "the first units reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
ts["nis3"] = C("ts", "South Korea's spy agency puts the number at about 3,000", value=3000, q="about", scope="total",
               by=NIS, place="Russia")
ts["wh3"] = C("ts", "The White House says at least 3,000.", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
ts["kyiv12"] = C("ts", "Kyiv says 12,000.", value=12000, scope="total", by=HUR, place="Russia")
ts["seoul3"] = C("ts", "Seoul says 3,000.", value=3000, scope="total", by=NIS, place="Russia")
ts["kjg"] = C("ts", "if such a deployment existed, it would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
ts["fb"] = C("ts", "a first group of about 1,500 special forces in mid-October", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
ts["sb"] = C("ts", "a second group of similar size this week", kind=S, measure=SB, scope="additional", by=NIS,
             place="Russia")
ts["method"] = C("ts", "Kyiv, I suspect, is counting the whole force that has been assigned", kind=S, measure=METHOD,
                 by=JCHO)
ts["plan"] = C("ts", "by Seoul's own reckoning last week was also around 12,000", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
ts["brig"] = C("ts", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
ts["pr"] = C("ts", "they expect roughly 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
ts["prd"] = C("ts", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ts["bud"] = C("ts", "Kyrylo Budanov, said 11,000 were training in the Far East", value=11000, scope="total", by=BUD,
              place=RFE)
ts["ready"] = C("ts", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
ts["zel10"] = C("ts", "President Volodymyr Zelensky spoke of 10,000", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, place="Russia")
ts["fake"] = C("ts", "dismissed the first reports as fake", kind=S, measure=DEP, by=PESKOV, subject=RUS)
ts["img"] = C("ts", "he told reporters in Kazan that images are a serious thing and that if there are images, they "
              "reflect something", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
ts["treaty"] = C("ts", "how Russia applies its treaty with Pyongyang is Russia's business", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
ts["pay"] = C("ts", "Russia pays each soldier about $2,000 US a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ts["regime"] = C("ts", "believes most of it goes to the state", kind=S, measure=REGIME, by=NIS)
ts["exp"] = C("ts", "Then combat experience, which money can't buy", kind=S, measure=EXP, by=JCHO)
ts["tech"] = C("ts", "perhaps Russian technology he can't build himself: satellites, submarines, help with missiles",
               kind=S, measure=TECH, mod="conditional", by=JCHO)
ts["train"] = C("ts", "Six to eight weeks of training at a minimum", measure=TRAIN, low=6, high=8, unit="weeks",
                by=JCHO)
ts["fair"] = C("ts", "The White House says they'll be \"fair game\" if they fight.", kind=S, measure=TGT,
               mod="conditional", by=WH)
ts["wpn"] = C("ts", "President Yoon Suk Yeol said Thursday that he would not rule out sending weapons to Ukraine "
              "directly", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- The Washington Times, Mon 2024-10-28 (press-briefing write-up)
# "the Pentagon said Monday" dates the lead's two claims (10-28); Singh's sentence gives no day. "only five days
# earlier, when ... Kirby said" -> 10-23: the White House's 3,000 told as the step before 10,000 (running total k03).
# "more than triple" is the outlet's ratio (attributed to nobody). "said Monday" -> 10-28 (Rutte); "said Saturday" ->
# 10-26 (Zelensky's window); "in a statement Friday" -> 10-25; "last week" gives null (the NIS, Putin). Trump's "in 24
# hours" is annotated (a duration about the war); the early-ballot count, "eight days" and the unnamed "Republican
# hawks" are not. Refusals ("declined to say") and the outlet's "change of tone" are not annotated.
wt = {}
wt["dod"] = C("wt", "About 10,000 North Korean soldiers have been sent to eastern Russia to train", value=10000,
              q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
wt["weeks"] = C("wt", "are expected to join the war against Ukraine \"over the next several weeks,\"", kind=S,
                measure=CT, mod="planned", by=DOD, ev="2024-10-28")
wt["closer"] = C("wt", "some of the troops had already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
wt["intends"] = C("wt", "the Defense Department was \"increasingly concerned that Russia intends to use these soldiers "
                  "in combat", kind=S, measure=INTENDS, by=SINGH, subject=RUS, place="Kursk")
wt["ratio"] = C("wt", "The figure is more than triple", measure=RATIO, value=3, q="at_least", unit="times", by=None)
wt["k3"] = C("wt", "at least 3,000 North Koreans had arrived in Russia", value=3000, q="at_least", scope="total",
             by=KIRBY, ev="2024-10-23", place="Russia")
wt["rutte"] = C("wt", "the alliance could confirm North Korean troops had been sent to Russia and that military units "
                "had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28",
                place="Kursk")
wt["esc"] = C("wt", "\"This represents a significant escalation,\" Mr. Rutte said", kind=S, measure=ESC, by=RUTTE)
wt["ct"] = C("wt", "on Oct. 27 and 28", kind=D, measure=CT, low="2024-10-27", high="2024-10-28", mod="planned",
             by=ZEL, ev="2024-10-26")
wt["pr"] = C("wt", "it expected about 10,000 North Korean troops to be in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
wt["prd"] = C("wt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
wt["pay"] = C("wt", "Moscow was paying each of them roughly $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
wt["kjg"] = C("wt", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
              "international law.\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
wt["img"] = C("wt", "said only that \"images are a serious thing.\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
wt["t24"] = C("wt", "he could end the war \"in 24 hours\"", measure=T24, value=24, unit="hours", mod="conditional",
              by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- Business Insider, Wed 2024-10-30 (numbered listicle)
# The numbered subheads ("1. 12,000", "6. 500 and 3", ...) are headings and are not annotated; each item's body
# restates its figure with its origin. "When it went public on October 18" dates that sentence's plan and brigades;
# "a day earlier" -> 10-17; "By October 23" and "the same day" -> 10-23 (told as steps: running total k03); "on
# Monday" -> 10-28, "On Tuesday" -> 10-29; "on October 18" -> 10-18 (Budanov); "on October 24" dates HUR's officers
# and generals, while the arrival "the day before" -> 10-23; "the NIS said on Tuesday" dates the 100 terms.
# "Washington ... said" -> US government. The 1.2 million is a background count (nobody); Britain's daily losses are
# UK Defence Intelligence's. Hanwha's shares ("roughly doubled") are market furniture, not annotated.
bi = {}
bi["plan"] = C("bi", "the North had committed about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
bi["brig"] = C("bi", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
bi["zel10"] = C("bi", "Volodymyr Zelensky had put the number at 10,000 a day earlier", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
bi["fb"] = C("bi", "Russian navy ships carried roughly 1,500 special forces", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
bi["ships"] = C("bi", "on four landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
bi["sb"] = C("bi", "a second group of about 1,500 followed", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, place="Russia")
bi["nis3"] = C("bi", "By October 23, Seoul's count was about 3,000.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
bi["us3"] = C("bi", "said the same day that at least 3,000 had gone to eastern Russia", value=3000, q="at_least",
              scope="total", by=USG, ev="2024-10-23", place=RFE)
bi["dod"] = C("bi", "The Pentagon said on Monday that around 10,000 North Korean soldiers had been sent to eastern "
              "Russia for training", value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
bi["closer"] = C("bi", "some of them already closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
bi["nis10"] = C("bi", "there were now more than 10,000 in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
bi["front"] = C("bi", "some were moving toward the front line", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
bi["pr"] = C("bi", "Seoul had been projecting 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
             place="Russia")
bi["prd"] = C("bi", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bi["bud"] = C("bi", "about 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
bi["ready"] = C("bi", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
bi["off"] = C("bi", "the force included 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
bi["gen"] = C("bi", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
bi["arr"] = C("bi", "the first units had reached Russia's Kursk region the day before", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
bi["pay"] = C("bi", "Russia pays each North Korean soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
bi["regime"] = C("bi", "most of the money is kept by the regime rather than the men", kind=S, measure=REGIME, by=NIS)
bi["terms"] = C("bi", "Russian instructors are drilling the North Koreans on about 100 basic military terms",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS, ev="2024-10-29")
bi["kyb"] = C("bi", "the contingent was commanded by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
bi["drones"] = C("bi", "the instructors found the soldiers fit and disciplined but poorly prepared for drone warfare",
                 kind=S, measure=DRONES, by=NIS)
bi["army"] = C("bi", "about 1.2 million strong", measure=ARMY, value=1200000, q="about", by=None)
bi["loss"] = C("bi", "Russian forces have been losing more than 1,000 soldiers a day", measure=LOSS, value=1000,
               q="at_least", unit="soldiers per day", by=UKDI, subject=RUS)

# ---------------------------------------------------------------- HuffPost, Thu 2024-10-31 (AP wire story with update block)
# "said Thursday" dates the lead's two claims (10-31); Blinken's later lines give no day. "on Tuesday" -> 10-29 (the
# NIS's three claims in one sentence). "last week" gives null (Putin). Japan's and the JCS's figures give no day of
# their own ("on Thursday morning" dates the launch in the sentence before). The miles in parentheses are the same
# quantity and sit inside the km quotes. In the update block, "on Wednesday" -> 10-30 dates Robert Wood's warning;
# Nebenzia's sentence has no day. "Russia has not confirmed" -> Russia government. Choe's arrival is reported fact.
# "nearly a year", the 60 million ballots and the related headline are not annotated.
hp = {}
hp["bl8"] = C("hp", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
hp["days"] = C("hp", "the United States expects them to enter the fighting \"in the coming days.\"", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
hp["bl10"] = C("hp", "said roughly 10,000 North Korean troops were in Russia in all", value=10000, q="about",
               scope="total", by=BL, place="Russia")
hp["notseen"] = C("hp", "The U.S. had not yet seen them deployed into combat", kind=S, measure=CS, by=BL)
hp["tgt"] = C("hp", "\"If these troops engage in combat or combat support operations against Ukraine, they will become "
              "legitimate military targets.\"", kind=S, measure=TGT, mod="conditional", by=BL)
hp["eq"] = C("hp", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
hp["intends"] = C("hp", "Moscow fully intended to use them in combat", kind=S, measure=INTENDS, by=AUSTIN, subject=RUS)
hp["tech"] = C("hp", "Seoul was worried that Russia might repay Pyongyang with sensitive military technology", kind=S,
               measure=TECH, mod="conditional", by=CHO_TY)
hp["wd"] = C("hp", "called for the North Korean troops to be withdrawn immediately", kind=S, measure=WITHDRAW, by=KYH,
             subject=SK)
hp["nis10"] = C("hp", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
hp["kyb"] = C("hp", "led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
hp["front"] = C("hp", "some of them were already moving toward the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
hp["noack"] = C("hp", "Russia has not confirmed the presence of North Korean troops on its territory.", kind=S,
                measure=NOACK, by=RUG, subject=RUS)
hp["treaty"] = C("hp", "how Moscow applied its partnership treaty with North Korea was \"our business.\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
hp["t86"] = C("hp", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
hp["alt"] = C("hp", "reached an altitude of more than 7,000 kilometers (4,350 miles)", measure=ICBM_A, value=7000,
              q="at_least", unit="km", by=JMOD)
hp["dist"] = C("hp", "it traveled about 1,000 kilometers (620 miles)", measure=ICBM_D, value=1000, q="about",
               unit="km", by="South Korea Joint Chiefs of Staff")
hp["wood"] = C("hp", "North Korean soldiers sent to fight in Ukraine would \"surely return in body bags.\"", kind=S,
               measure=TGT, mod="conditional", by="Robert Wood", ev="2024-10-30")
hp["neb"] = C("hp", "the reports of troops were \"a blatant lie\" spread by the West", kind=S, measure=DEP,
              by="Vassily Nebenzia", subject=RUS)

# ---------------------------------------------------------------- The Sun, Tue 2024-11-05 (correspondent's dispatch from Kyiv)
# "aired today" and "said today" -> 11-05; "a day after ... said" -> 11-04 (Zelensky's 11,000); "on Monday" -> 11-04
# (Zelensky's address, the Pentagon); "launched on Thursday" -> 10-31 for the 86 minutes; "Last week" and "last week"
# give null (Blinken's 8,000, the NIS, Choe). The fact box's lines are annotated as their origins' claims, undated.
# Ages (Zelensky, Kim) are attributed to nobody. "officers here believe" is an anonymous source with a line of its
# own (single). The drone operator's remark is a reaction by an unnamed person (not
# annotated); "since ... August", "yesterday" (Choe's reception, reported fact), "has never acknowledged sending a single
# soldier" (the outlet's remark), the election line and the phone number are not annotated.
sn = {}
sn["um"] = C("sn", "the \"first small-scale engagements\" with North Korean units had already taken place", kind=S,
             measure=N5, by=UM, ev="2024-11-05")
sn["where"] = C("sn", "officers here believe the fighting was in Russia's Kursk region", kind=S,
               measure="where the first clashes took place", by="Ukrainian officers (anonymous)", place="Kursk")
sn["mnd"] = C("sn", "said today it could not confirm Umerov's remarks", kind=S, measure=N5, by=MND, ev="2024-11-05",
              subject=SK)
sn["zage"] = C("sn", "Volodymyr Zelensky, 46", measure=AGE, value=46, unit="years", by=None,
               subject="Volodymyr Zelensky")
sn["z11"] = C("sn", "said 11,000 North Korean soldiers were now in the Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
sn["bl8"] = C("sn", "Antony Blinken put the number there at about 8,000", measure=KU, value=8000, q="about", by=BL,
              place="Kursk")
sn["partn"] = C("sn", "saying the number of North Koreans kept rising while the response from partners had not grown "
                "at all", kind=S, measure=PARTN, by=ZEL, ev="2024-11-04", subject=UA)
sn["dod"] = C("sn", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS, by=DOD,
              ev="2024-11-04")
sn["nis10"] = C("sn", "more than 10,000 North Koreans had been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, place="Russia")
sn["off"] = C("sn", "the contingent includes 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
sn["gen"] = C("sn", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
sn["t86"] = C("sn", "stayed in the air for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD,
              ev="2024-10-31")
sn["choe"] = C("sn", "she vowed Pyongyang would stand with Russia \"until victory\"", kind=S, measure=CHOE,
               by=CHOE_SH)
sn["kage"] = C("sn", "North Korea's dictator Kim, 40", measure=AGE, value=40, unit="years", by=None,
               subject="Kim Jong Un")
sn["plan"] = C("sn", "12,000: troops Pyongyang has agreed to send, according to South Korean spies", measure=PL,
               value=12000, mod="planned", scope="total", by=NIS, place="Russia")
sn["z11b"] = C("sn", "11,000: in Kursk, says Zelensky", measure=KU, value=11000, by=ZEL, place="Kursk")
sn["pay"] = C("sn", "$2,000: monthly pay per soldier", measure=PAY, value=2000, unit="USD per month", by=NIS)
sn["regime"] = C("sn", "much of it pocketed by the regime, Seoul claims", kind=S, measure=REGIME, by=NIS)
sn["terms"] = C("sn", "100: Russian military words the troops are being taught, according to Seoul's spies",
                measure=TERMS, value=100, unit="terms", by=NIS)

# ---------------------------------------------------------------- Daily Mail, Thu 2024-11-14 (analysis)
# Explicit and relative dates date their sentences: "On Tuesday" -> 11-12 (the State Department's three claims);
# "A day later" -> 11-13 (the NIS's two); "on Sunday" -> 11-10 (the NYT's officials); "On October 18" -> 10-18 (plan
# and first 1,500); "the same day" -> 10-18 (Budanov); "Five days later" -> 10-23 and "On October 28" -> 10-28 (steps of
# the running total, k03); "On October 31" -> 10-31; "on November 4" -> 11-04; "on November 5" and "the same day" ->
# 11-05; "last week" gives null (Yoon). The why-paragraph, "less than a month", Putin's signature and Kim's ratification
# (reported fact), "Kyiv fears a deal" (the outlet's framing), the related headlines and the comment count are not
# annotated. "Western officials fear" -> Western officials (anonymous). Trump's age and "within 24 hours" are
# annotated.
dm = {}
dm["st10"] = C("dm", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
dm["mostk"] = C("dm", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
dm["begun"] = C("dm", "they had 'begun engaging in combat operations' alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
dm["units"] = C("dm", "some of the North Koreans had been attached to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
dm["combat"] = C("dm", "were already taking part in the fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
dm["massed"] = C("dm", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
dm["plan"] = C("dm", "Pyongyang had decided to send about 12,000 men", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
dm["fb"] = C("dm", "the first 1,500 had already been shipped", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
dm["bud"] = C("dm", "said the same day that 11,000 were training in Russia's Far East", value=11000, scope="total",
              by=BUD, ev="2024-10-18", place=RFE)
dm["nis3"] = C("dm", "Five days later Seoul's estimate of those actually in Russia stood at about 3,000.", value=3000,
               q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
dm["dod"] = C("dm", "On October 28 the Pentagon said around 10,000.", value=10000, q="about", scope="total", by=DOD,
              ev="2024-10-28", place="Russia")
dm["bl8"] = C("dm", "Antony Blinken put the number in Kursk alone at about 8,000", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
dm["z11"] = C("dm", "Volodymyr Zelensky said on November 4 that it had reached 11,000.", measure=KU, value=11000,
              by=ZEL, ev="2024-11-04", place="Kursk")
dm["um"] = C("dm", "told the Korean broadcaster KBS that small-scale engagements had begun", kind=S, measure=N5, by=UM,
             ev="2024-11-05")
dm["mnd"] = C("dm", "South Korea's defence ministry said the same day that it could not confirm it.", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
dm["fake"] = C("dm", "which at first dismissed the reports as 'fake'", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
dm["tech"] = C("dm", "Western officials fear the price will be paid in missile and satellite technology", kind=S,
               measure=TECH, mod="conditional", by="Western officials (anonymous)")
dm["wpn"] = C("dm", "President Yoon Suk Yeol said last week that he did not rule out sending weapons to Ukraine",
              kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)
dm["loss"] = C("dm", "Russian forces have lost more than 1,000 soldiers a day", measure=LOSS, value=1000, q="at_least",
               unit="soldiers per day", by=UKDI, subject=RUS)
dm["tage"] = C("dm", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
dm["t24"] = C("dm", "has promised to end the war within 24 hours of taking office", measure=T24, value=24, q="up_to",
              unit="hours", mod="conditional", by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [db["sofar"], db["bud"], ts["bud"], bi["bud"], dm["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's only about 1,500 crossed so far vs Budanov's about 11,000 training",
  [("about 1,500 so far (NIS)", [db["sofar"]]),
   ("about 11,000 training (Budanov)", [db["bud"], ts["bud"], bi["bud"], dm["bud"]])])
K(RU, [es["k3"], es["t3"], ts["nis3"], ts["wh3"], ts["seoul3"], ts["hur"], ts["kyiv12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Kirby's / the White House's at least 3,000 vs HUR's about 12,000 "
  "already in Russia",
  [("about / at least 3,000 (NIS, White House)", [es["k3"], es["t3"], ts["nis3"], ts["wh3"], ts["seoul3"]]),
   ("about 12,000 (HUR)", [ts["hur"], ts["kyiv12"]])])
K(RU, [wt["k3"], bi["nis3"], bi["us3"], dm["nis3"], wt["dod"], bi["dod"], dm["dod"], hp["bl10"], bi["nis10"],
       hp["nis10"], sn["nis10"], dm["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: about / at least 3,000 (Oct 23, told as the step before) -> around / "
  "roughly 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [hp["bl8"], sn["bl8"], dm["bl8"], sn["z11"], sn["z11b"], dm["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [db["plan"], es["plan"], ts["plan"], bi["plan"], sn["plan"], dm["plan"], db["zel10"], ts["zel10"], bi["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [db["plan"], es["plan"], ts["plan"], bi["plan"], sn["plan"], dm["plan"]]),
   ("10,000 (Zelensky)", [db["zel10"], ts["zel10"], bi["zel10"]])])
K(FB, [db["fb"], es["fb"], ts["fb"], bi["fb"], dm["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces")
K(WIN, [db["win"], es["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [db["ships"], bi["ships"]], "agreement", "NIS: four Russian landing ships")
K(BRIG, [db["brig"], es["brig"], ts["brig"], bi["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [es["sb"], ts["sb"], bi["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [es["pr"], ts["pr"], wt["pr"], bi["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [es["prd"], ts["prd"], wt["prd"], bi["prd"]], "agreement", "NIS projection deadline: by December")
K(PAY, [es["pay"], ts["pay"], wt["pay"], bi["pay"], sn["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [es["regime"], ts["regime"], bi["regime"], sn["regime"]], "agreement",
  "NIS: most of the pay goes to the regime / the state")
K(DRONES, [es["drones"], bi["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit and motivated but weak on drone warfare")
K(OFF, [ts["off"], bi["off"], sn["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ts["gen"], bi["gen"], sn["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [ts["arr"], bi["arr"]], "agreement", "HUR: the first units reached the Kursk region on Oct 23")
K(READY, [db["ready"], ts["ready"], bi["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(UNSURE, [es["unsure"], es["aunsure"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Kirby; Austin's 'left to be seen')")
K(TGT, [es["fair"], ts["fair"], hp["tgt"], hp["wood"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets / will return in body bags "
  "(Kirby, the White House, Blinken, Robert Wood)")
K(ESC, [es["aesc"], wt["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional), 'a significant escalation' (Rutte)")
K(DEP, [es["austin"], wt["rutte"], db["fake"], es["fake"], ts["fake"], hp["neb"], dm["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as fake / 'a blatant lie' (Peskov, the Kremlin, "
  "Nebenzia)",
  [("asserted", [es["austin"], wt["rutte"]]), ("dismissed", [db["fake"], es["fake"], ts["fake"], hp["neb"], dm["fake"]])])
K(LAW, [ts["kjg"], wt["kjg"], db["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [ts["kjg"], wt["kjg"]]), ("breaches UNSC resolutions (Seoul)", [db["unsc"]])])
K(IMG, [ts["img"], wt["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [ts["treaty"], hp["treaty"]], "agreement", "Putin: how Russia applies the treaty is Russia's / 'our' business")
K(CT, [wt["ct"], wt["weeks"], hp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [wt["ct"]]), ("several weeks (Pentagon)", [wt["weeks"]]),
   ("coming days (Blinken)", [hp["days"]])])
K(CS, [db["rutte"], hp["notseen"], sn["dod"], dm["begun"], dm["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17), not yet seen (Blinken Oct 31), no indication (Pentagon Nov 4) -> have "
  "begun engaging in combat (State Department Nov 12) and already fighting (NIS Nov 13)")
K(N5, [sn["um"], dm["um"], sn["mnd"], dm["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [sn["um"], dm["um"]]), ("cannot confirm (Seoul MND)", [sn["mnd"], dm["mnd"]])])
K(FRONT, [wt["closer"], bi["closer"], bi["front"], hp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon, Singh) / toward the front (NIS)")
K(KYB, [bi["kyb"], hp["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [bi["terms"], sn["terms"]], "agreement", "NIS (Oct 29): about 100 Russian military terms taught")
K(ICBM_T, [hp["t86"], sn["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(WITHDRAW, [es["wd"], hp["wd"]], "agreement",
  "Seoul demands the troops' withdrawal (foreign ministry Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(INTENDS, [wt["intends"], hp["intends"]], "agreement",
  "Pentagon: Russia intends to use the North Koreans in combat (Singh Oct 28, Austin Oct 31)")
K(TECH, [ts["tech"], hp["tech"], dm["tech"]], "agreement",
  "North Korea may get Russian military / missile / satellite technology in return (an analyst, Cho Tae-yul, Western "
  "officials)")
K(WPN, [ts["wpn"], dm["wpn"]], "agreement", "Yoon does not rule out sending weapons to Ukraine (Oct 24, Nov 7)")
K(LOSS, [bi["loss"], dm["loss"]], "agreement", "UK Defence Intelligence: Russia losing more than 1,000 soldiers a day")
K(T24, [wt["t24"], dm["t24"]], "agreement", "Trump: he could end the war in / within 24 hours")
K(AGE, [db["kimage"], sn["kage"]], "agreement", "Kim Jong Un's age, 40 (attributed to nobody)")

pairs = [
    (db["plan"], db["fb"], "about 12,000 planned vs a first contingent of about 1,500, adjacent paragraphs"),
    (db["sofar"], db["fb"], "1,500: Seoul's head count in Russia that week vs the first transport"),
    (db["brig"], db["ships"], "four brigades vs four landing ships, same paragraph"),
    (db["bud"], db["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), same paragraph"),
    (es["sb"], es["t3"], "another 1,500 vs about 3,000 in total, same sentence"),
    (es["t3"], es["pr"], "about 3,000 now vs around 10,000 expected by December, adjacent lines"),
    (es["fb"], es["sb"], "1,500: the first group (recap) vs the additional group"),
    (ts["hur"], ts["plan"], "12,000: HUR's count already in Russia vs the NIS's planned 12,000"),
    (ts["off"], ts["gen"], "500 officers vs three generals, same sentence"),
    (ts["nis3"], ts["pr"], "about 3,000 counted vs roughly 10,000 expected (NIS)"),
    (wt["dod"], wt["pr"], "about 10,000 already sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (bi["nis10"], bi["pr"], "more than 10,000 now vs 10,000 projected by December, same item"),
    (bi["fb"], bi["sb"], "roughly 1,500 first vs about 1,500 second group, same sentence"),
    (bi["off"], bi["gen"], "500 officers vs three generals (subhead '500 and 3')"),
    (hp["bl8"], hp["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (hp["days"], hp["notseen"], "combat expected in the coming days vs not yet seen in combat, same speaker"),
    (sn["z11"], sn["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (sn["plan"], sn["z11b"], "12,000 planned vs 11,000 in Kursk, same fact box"),
    (dm["bud"], dm["z11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
    (dm["plan"], dm["fb"], "about 12,000 planned vs the first 1,500 shipped, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
