"""Generate gold.json for blind20 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind20/build_gold.py

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
    "pi": ("philippine-daily-inquirer-2024-10-19-north-korea-12000-troops-russia-seoul-says",
           "Philippine Daily Inquirer", "2024-10-19"),
    "mb": ("mbc-news-2024-10-23-newsdesk-nis-1500-more-troops-3000-in-russia", "MBC News", "2024-10-23"),
    "jt": ("jtbc-2024-10-25-newsroom-interview-north-korean-troop-counts", "JTBC", "2024-10-25"),
    "mk": ("maeil-business-newspaper-2024-10-29-defence-stocks-pentagon-10000-north-korean-troops",
           "Maeil Business Newspaper", "2024-10-29"),
    "at": ("asia-times-2024-10-30-why-nobody-agrees-north-korean-troops-russia", "Asia Times", "2024-10-30"),
    "bp": ("bangkok-post-2024-11-01-us-8000-north-korean-troops-kursk-coming-days", "Bangkok Post", "2024-11-01"),
    "jp": ("the-jakarta-post-2024-11-05-explainer-north-korean-troops-russia-what-we-know", "The Jakarta Post",
           "2024-11-05"),
    "tt": ("taipei-times-2024-11-14-editorial-lesson-of-kursk-for-taiwan", "Taipei Times", "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind17's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
TOFRONT = "North Korean troops to go to the front after training (NIS)"
THREAT = "South Korea calls the deployment a grave security threat"
OFFSENT = "North Korean officers already sent (Zelensky)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
AGE = "age"
YRS24 = "years since Putin's previous visit to Pyongyang"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
NEXT = "next North Korean transfer being prepared (NIS)"
UNSURE = "US unsure what North Korean troops will do in Russia"
INFO = "North Korean information control on deployment"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMP = "North Korean ICBM launch and nuclear test preparations"
ICBM_D = "ICBM flight distance"
EXP = "North Korean troops gaining modern combat experience"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
TRAIN = "training time before North Korean troops are useful (analyst)"
INC_Y = "North Korea's yearly income from the deployment (estimate)"
WARYRS = "years since North Korea's army last fought a war"
BEYOND = "North Korean deployment to exceed the planned total (analyst)"
NOACK = "Russia has not acknowledged the deployment"
INTEG = "North Korean units folded into Russian formations"
STRIKE = "Ukraine asks allies to allow strikes on North Korean camps"
LAVROV = "Russia-North Korea military ties"
N5 = "first clashes with North Korean troops (Nov 5)"
ASEAN = "the deployment and Southeast Asia's security"
CHN = "China not aware of the deployment"
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
UAG = "Ukraine government"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
RUG = "Russia government"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KWON = "Kwon Tae-hoon"
LEEJH = "Lee Ji-hye"
RIZAL = "Rizal Hakim"
KYH = "Kim Yong-hyun"
SK, UA, RUS, CN = "South Korea", "Ukraine", "Russia", "China"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Philippine Daily Inquirer, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 for the lead's two claims; "After Friday's meeting" -> 10-18; "on Thursday" -> 10-17. The
# ships, window and uniforms sentences ("according to the agency", "it said") give no day and stay undated, as do
# Rutte ("Standing beside him"), Budanov and the NIS's "so far" line. "By Seoul's count, only about 1,500 ... so far"
# is the week's head count set against Budanov's 11,000 (bundled k01), not the transfer report. Kim Jong Un's age and
# "24 years" are background attributed to nobody. "February 2022", "June", "August", the analysts' line (nobody
# identified) and the related headlines (75 years, 12 jets) are not annotated.
pi = {}
pi["brig"] = C("pi", "North Korea has decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
pi["plan"] = C("pi", "about 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
pi["begun"] = C("pi", "The movement has already begun, the National Intelligence Service (NIS) said.", kind=S,
                measure="North Korean troop movement already begun (NIS)", by=NIS)
pi["fb"] = C("pi", "Russian navy ships carried about 1,500 North Korean special forces", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
pi["win"] = C("pi", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
pi["ships"] = C("pi", "Four landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
pi["esc"] = C("pi", "three escort vessels made the trip", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
pi["next"] = C("pi", "a second transport is expected soon", kind=S, measure=NEXT, mod="planned", by=NIS)
pi["unif"] = C("pi", "the soldiers were issued Russian military uniforms and forged identity papers", kind=S,
               measure=UNIF, by=NIS)
pi["tofront"] = C("pi", "are expected to be sent to the front once they finish acclimatization training", kind=S,
                  measure=TOFRONT, mod="planned", by=NIS, place=RFE)
pi["threat"] = C("pi", "his office said the dispatch posed a grave security threat to South Korea and the international "
                 "community", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
pi["unsc"] = C("pi", "military cooperation between Moscow and Pyongyang violated United Nations Security Council "
               "resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18", subject=SK)
pi["zel10"] = C("pi", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
pi["zeloff"] = C("pi", "had already sent \"tactical personnel and officers.\"", kind=S, measure=OFFSENT, by=ZEL,
                 ev="2024-10-17")
pi["rutte"] = C("pi", "Mark Rutte said the alliance could not confirm that North Korean soldiers were taking part in "
                "the fighting", kind=S, measure=CS, by=RUTTE)
pi["bud"] = C("pi", "He said around 11,000 North Korean infantrymen were being trained in eastern Russia", value=11000,
              q="about", scope="total", by=BUD, place=RFE)
pi["ready"] = C("pi", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
pi["2600"] = C("pi", "a first unit of 2,600 was to be sent to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
pi["sofar"] = C("pi", "By Seoul's count, only about 1,500 North Koreans are in Russia so far.", value=1500, q="about",
                scope="total", by=NIS, place="Russia")
pi["fake"] = C("pi", "Its spokesperson Dmitry Peskov has called them \"another fake,\"", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
pi["age"] = C("pi", "Kim Jong Un, 40", measure=AGE, value=40, unit="years", by=None, subject="Kim Jong Un")
pi["yrs"] = C("pi", "on Putin's first visit there in 24 years", measure=YRS24, value=24, unit="years", by=None,
              subject=RUS)
pi["shells"] = C("pi", "Seoul, Washington and Kyiv have accused the North of shipping artillery shells and ballistic "
                 "missiles to Russia", kind=S, measure="North Korean munitions shipped to Russia (accusation)",
                 by="South Korea, US and Ukraine governments")

# ---------------------------------------------------------------- MBC News, Wed 2024-10-23 (broadcast news segment)
# The two lawmakers' SOT lines relay the NIS, so they are the NIS's claims, undated (the SOT labels give no day).
# "this afternoon" dates the anchor's forecast sentence (10-23); "last Friday" -> 10-18; "On Monday" -> 10-21;
# "A day later" -> 10-22. Austin's lines follow "today" in the sentence before and stay undated. The item number,
# running time, "9 degrees", the tip line and the copyright year are furniture. The anchor's "some three thousand"
# is the NIS's count of the day (snapshot k02), in words.
mb = {}
mb["sb0"] = C("mb", "North Korea has sent a second group of soldiers to Russia.", kind=S, measure=SB,
              scope="additional", by=NIS, place="Russia")
mb["a3"] = C("mb", "some three thousand North Korean troops are there", value=3000, q="about", scope="total", by=NIS,
             place="Russia")
mb["pr"] = C("mb", "the number could reach ten thousand", measure=PR, value=10000, mod="planned", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
mb["prd"] = C("mb", "before the year is out", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS,
              ev="2024-10-23")
mb["sb"] = C("mb", "An additional 1,500 or so have been moved", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, place="Russia")
mb["r3"] = C("mb", "we believe about 3,000 are in Russia in total", value=3000, q="about", scope="total", by=NIS,
             place="Russia")
mb["fb"] = C("mb", "the first group of about 1,500 special forces crossed earlier this month", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
mb["plan"] = C("mb", "saying Pyongyang had decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mb["brig"] = C("mb", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
mb["next"] = C("mb", "the agency believes preparations for the next transfer are already under way", kind=S,
               measure=NEXT, mod="planned", by=NIS)
mb["pay"] = C("mb", "Russia is paying each soldier about 2,000 dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
mb["regime"] = C("mb", "the NIS believes most of that money will end up with the regime, not the soldiers", kind=S,
                 measure=REGIME, by=NIS)
mb["drones"] = C("mb", "Russian instructors rate the North Koreans as physically strong and highly motivated, but short "
                 "on any real understanding of modern warfare such as drone attacks", kind=S, measure=DRONES, by=NIS)
mb["info"] = C("mb", "news of the deployment is being kept from the public, and the soldiers' families have been moved "
               "and cut off from their neighbours", kind=S, measure=INFO, by=NIS)
mb["wd"] = C("mb", "summoned Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of the North Korean "
             "troops", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
mb["wpn"] = C("mb", "a senior official at the presidential office said Seoul could consider supplying weapons to "
              "Ukraine, starting with defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22",
              subject=SK)
mb["austin"] = C("mb", "Lloyd Austin told reporters there is evidence that North Korean troops are in Russia", kind=S,
                 measure=DEP, by=AUSTIN)
mb["unsure"] = C("mb", "What exactly they're doing is left to be seen.", kind=S, measure=UNSURE, by=AUSTIN)
mb["esc"] = C("mb", "If they are preparing to participate in the war on Russia's behalf, that is a very, very serious "
              "issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)

# ---------------------------------------------------------------- JTBC, Fri 2024-10-25 (studio interview)
# "yesterday" -> 10-24, "today" -> 10-25, "on Wednesday" -> 10-23; "last week" gives null. The anchor's questions
# relay their origins' figures and are annotated as those origins' claims (as blind10/14/19 did); "four times" is
# the anchor's own ratio (attributed to nobody). What the guest relays ("The NIS counts", "According to the NIS",
# "Putin said yesterday", "the government has said") keeps its origin; his own readings and forecasts are his
# (Kwon Tae-hoon, invented). "1953", "in seconds", the views count and the tip line are not counts of the story.
jt = {}
jt["hur"] = C("jt", "about 12,000 North Korean soldiers are already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
jt["off"] = C("jt", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
jt["gen"] = C("jt", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
jt["arr"] = C("jt", "the first units reached the Kursk region this week", kind=S, measure=ARR, by=HUR,
              ev="2024-10-24", place="Kursk")
jt["kjg"] = C("jt", "Kim Jong Gyu said through the KCNA news agency that if such a deployment were happening, it would "
              "be in line with international law", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
jt["nis3"] = C("jt", "Our own intelligence service said on Wednesday there were about 3,000.", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
jt["wh3"] = C("jt", "The White House says at least 3,000.", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
jt["ratio"] = C("jt", "Kyiv's figure is four times that.", measure=RATIO, value=4, unit="times", by=None)
jt["fb"] = C("jt", "a first group of 1,500 special forces in mid-October", measure=FB, value=1500,
             scope="first_batch", by=NIS, place=RFE)
jt["sb"] = C("jt", "then a second group of roughly the same size", kind=S, measure=SB, scope="additional", by=NIS,
             place="Russia")
jt["method"] = C("jt", "Kyiv is counting the whole force that has been assigned, including units that have not yet left "
                 "North Korea", kind=S, measure=METHOD, by=KWON)
jt["bud"] = C("jt", "Kyrylo Budanov said last week that 11,000 infantry were training in the Far East", value=11000,
              scope="total", by=BUD, place=RFE)
jt["ready"] = C("jt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
jt["drones"] = C("jt", "Russian instructors find them fit and well motivated, but they have almost no idea of drone "
                 "warfare", kind=S, measure=DRONES, by=NIS)
jt["train"] = C("jt", "it takes two to three months before they are of real use", measure=TRAIN, low=2, high=3,
                unit="months", by=KWON)
jt["sites"] = C("jt", "they had gone to three training sites in the Far East", measure=SITES, value=3,
                unit="training sites", by=KIRBY, ev="2024-10-23", place=RFE)
jt["fair"] = C("jt", "if they fight against Ukraine, they are \"fair game.\"", kind=S, measure=TGT, mod="conditional",
               by=KIRBY, ev="2024-10-23")
jt["img"] = C("jt", "President Putin said yesterday in Kazan that images are a serious thing and that if there are "
              "images, they reflect something", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
jt["treaty"] = C("jt", "how Russia applies its treaty with North Korea is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
jt["exp"] = C("jt", "the thing money cannot buy is combat experience", kind=S, measure=EXP, by=KWON)
jt["tech"] = C("jt", "it may ask Russia for technology it cannot build alone: reconnaissance satellites, submarines, "
               "perhaps help with missile re-entry", kind=S, measure=TECH, mod="conditional", by=KWON)
jt["wpn"] = C("jt", "President Yoon said yesterday, standing beside the Polish president, that he would not rule out "
              "providing weapons to Ukraine", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24",
              subject=SK)
jt["wpn2"] = C("jt", "the government has said it would arm Ukraine only in stages, depending on what the North does",
               kind=S, measure=WPN, mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Maeil Business Newspaper, Tue 2024-10-29 (stock-market report)
# "on Monday" -> 10-28, "last Wednesday" -> 10-23, "on Saturday" -> 10-26, the update's "on Tuesday" -> 10-29;
# "Only last week" gives null. The share prices, index, won, foreign selling, the analyst's market view and the K2
# contract, "about a third", the related headlines and the time stamps are off-topic or furniture (not annotated, as
# blind16-19 left market figures out). "more than three times" is the outlet's ratio (10,000 / 3,000); the yearly
# sum is the outlet's own arithmetic (attributed to nobody, conditional), with "10,000 troops" inside its quote.
mk = {}
mk["dod"] = C("mk", "the Pentagon said on Monday that around 10,000 North Korean soldiers had been sent to Russia",
              value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place="Russia")
mk["ratio"] = C("mk", "The number cited by the US Defense Department is more than three times", measure=RATIO, value=3,
                q="at_least", unit="times", by=None)
mk["wh3"] = C("mk", "the \"at least 3,000\" that the White House gave last Wednesday", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
mk["closer"] = C("mk", "some of the troops had already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
mk["weeks"] = C("mk", "Washington was concerned Russia would use them in combat or combat support \"over the next "
                "several weeks.\"", kind=S, measure=CT, mod="planned", by=SINGH)
mk["rutte"] = C("mk", "Mark Rutte said the alliance could confirm that North Korean units had been deployed to Russia's "
                "Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
mk["esc"] = C("mk", "calling it \"a significant escalation\" of the war", kind=S, measure=ESC, by=RUTTE,
              ev="2024-10-28")
mk["ct"] = C("mk", "the first North Korean soldiers could appear in combat zones on Oct. 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
mk["pr"] = C("mk", "it expected the North's contingent to reach 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
mk["prd"] = C("mk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mk["pay"] = C("mk", "the roughly $2,000 a month per soldier that the NIS says Russia pays", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
mk["inc"] = C("mk", "10,000 troops would bring Pyongyang about $240 million a year", measure=INC_Y, value=240000000,
              q="about", unit="USD per year", mod="conditional", by=None)
mk["nis10"] = C("mk", "more than 10,000 North Korean troops are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
mk["front"] = C("mk", "some of them believed to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
mk["kyb"] = C("mk", "the contingent was led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
mk["icbm"] = C("mk", "the agency believed the North had completed preparations for an intercontinental ballistic missile "
               "launch", kind=S, measure=ICBMP, by=NIS)

# ---------------------------------------------------------------- Asia Times, Wed 2024-10-30 (analysis)
# "on October 18" -> 10-18; "By October 23" dates its sentence's three claims (10-23); "On Tuesday" -> 10-29;
# "On Monday" -> 10-28; "on October 24" -> 10-24; "last Friday" -> 10-25; "last week" gives null. The Oct 23 count
# is told as a step toward "passed 10,000" and joins the running total (k03); HUR's Oct 24 figure is not a step of
# that count and joins the snapshot (k02), as blind19 did with its timeline. The method paragraph and "Moscow's is
# vaguer still" are the outlet's voice. The analyst (invented) speaks for herself. The China trade figure, "2017",
# "Two weeks" and the X handle are not annotated.
at = {}
at["brig"] = C("at", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
at["plan"] = C("at", "some 12,000 men", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
at["nis3"] = C("at", "By October 23 the agency was counting about 3,000 already in Russia", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
at["pr"] = C("at", "expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
at["prd"] = C("at", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
at["nis10"] = C("at", "On Tuesday it told lawmakers the figure had passed 10,000", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
at["dod"] = C("at", "On Monday the Pentagon put the number at around 10,000", value=10000, q="about", scope="total",
              by=DOD, ev="2024-10-28", place="Russia")
at["closer"] = C("at", "said some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
at["hur"] = C("at", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
at["off"] = C("at", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
at["gen"] = C("at", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
at["arr"] = C("at", "the first units had reached the Kursk region the day before", kind=S, measure=ARR, by=HUR,
              ev="2024-10-24", place="Kursk")
at["rutte"] = C("at", "Mark Rutte confirmed on Monday that North Korean units had been deployed to the Kursk region",
                kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
at["esc"] = C("at", "He called it \"a dangerous expansion\" of Russia's war.", kind=S, measure=ESC, by=RUTTE)
at["kjg"] = C("at", "Pyongyang's line, delivered by Vice Foreign Minister Kim Jong Gyu last Friday, is that any such "
              "deployment would conform to international law.", kind=S, measure=LAW, mod="conditional", by=KJG,
              ev="2024-10-25")
at["img"] = C("at", "Vladimir Putin said only: \"Images are a serious thing.\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
at["pay"] = C("at", "Russia pays each of them about US$2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
at["regime"] = C("at", "most of which it believes is kept by the regime", kind=S, measure=REGIME, by=NIS)
at["drones"] = C("at", "Russian instructors have found them fit and motivated but ignorant of drone warfare", kind=S,
                 measure=DRONES, by=NIS)
at["terms"] = C("at", "have been drilling them on about 100 basic military terms in Russian", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
at["kyb"] = C("at", "The contingent, the NIS said on Tuesday, is commanded by Lieutenant General Kim Yong Bok.", kind=S,
              measure=KYB, by=NIS, ev="2024-10-29")
at["exp"] = C("at", "What Kim wants is combat experience", kind=S, measure=EXP, by=LEEJH)
at["yrs"] = C("at", "an army that has not fought a war in seven decades", measure=WARYRS, value=70, unit="years",
              by=LEEJH)
at["tech"] = C("at", "he will ask Moscow for what he cannot build himself: satellites, submarines, maybe re-entry "
               "technology for his missiles", kind=S, measure=TECH, mod="planned", by=LEEJH)
at["beyond"] = C("at", "I would be surprised if the North stopped at 12,000", measure=BEYOND, value=12000,
                 q="at_least", mod="planned", scope="total", by=LEEJH, place="Russia")

# ---------------------------------------------------------------- Bangkok Post, Fri 2024-11-01 (wire story with update block)
# "on Thursday" -> 10-31 (the lead and Japan's ministry), "on Tuesday" -> 10-29, the update's "on Friday" -> 11-01.
# Blinken's and Austin's later lines give no day. "Moscow has not confirmed" -> Kremlin; "Russian officials have
# instead pointed to" -> Russia government (as blind19); "Ukraine says" -> Ukraine government. "almost a year",
# "annual", "Wednesday" (the SCM, reported fact), "June" and "last week" (the ratification, reported fact), the stamps
# and the related headlines (33.8, 0.6%, 100,000) are not annotated. "Washington has so far declined" and "Neither
# minister mentioned the troops" are the outlet's remarks on refusals and silence.
bp = {}
bp["bl8"] = C("bp", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
bp["days"] = C("bp", "Washington expected them to join the fighting against Ukraine \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
bp["bl10"] = C("bp", "put the total number of North Korean troops in Russia at roughly 10,000", value=10000, q="about",
               scope="total", by=BL, place="Russia")
bp["notseen"] = C("bp", "The United States had not yet seen them deployed into combat, he said", kind=S, measure=CS,
                  by=BL)
bp["tgt"] = C("bp", "\"if they do engage in combat against Ukraine, they become legitimate military targets\"", kind=S,
              measure=TGT, mod="conditional", by=BL)
bp["eq"] = C("bp", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
bp["austin"] = C("bp", "Austin said he was not aware of any having engaged in combat yet", kind=S, measure=CS, by=AUSTIN)
bp["kyh"] = C("bp", "said the North Korean troops should be withdrawn from Russia immediately", kind=S, measure=WITHDRAW,
              by=KYH, subject=SK)
bp["t86"] = C("bp", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD, ev="2024-10-31")
bp["alt"] = C("bp", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD, ev="2024-10-31")
bp["dist"] = C("bp", "it travelled about 1,000km before falling into the sea", measure=ICBM_D, value=1000, q="about",
               unit="km", by="South Korea Joint Chiefs of Staff")
bp["nis10"] = C("bp", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
bp["icbm"] = C("bp", "Pyongyang was likely to stage an ICBM launch around next week's US presidential election", kind=S,
               measure=ICBMP, by=NIS, ev="2024-10-29")
bp["noack"] = C("bp", "Moscow has not confirmed the presence of North Korean soldiers on its soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
bp["treaty"] = C("bp", "Russian officials have instead pointed to the mutual defence treaty the two countries signed in "
                 "June", kind=S, measure=TREATY, by=RUG, subject=RUS)
bp["integ"] = C("bp", "Ukraine says North Korean units are being folded into Russian formations under Russian command",
                kind=S, measure=INTEG, by=UAG)
bp["strike"] = C("bp", "has urged its allies to allow strikes on the camps where they are gathering", kind=S,
                 measure=STRIKE, by=UAG, subject=UA)
bp["choe"] = C("bp", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
bp["lavrov"] = C("bp", "Lavrov said the ties between the two countries' armed forces and security services were \"very "
                 "close\"", kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- The Jakarta Post, Tue 2024-11-05 (explainer)
# Explicit dates date their sentences: "On Oct. 18" (four claims), "a day earlier" -> 10-17, "By Oct. 23, the NIS
# said" -> 10-23 for that clause's two claims, "on Oct. 29" -> 10-29, "on Oct. 23" / "on Oct. 28" date Washington's
# two steps, "on Oct. 31" -> 10-31, "On Monday" -> 11-04, "aired on Tuesday" -> 11-05. "in mid-October", "last week"
# give null. The counts of Oct 23-29 are told as steps and join the running total (k03); Budanov's 11,000 is the
# week's snapshot (k01), as blind17's timeline put it. "Washington's estimate" -> US government. The subheads,
# "Less than a month", "August", "Oct. 24" (Sugiono's attendance, reported fact) and the "Read also" headlines are
# not annotated; "has not commented" is a non-reply.
jp = {}
jp["fb"] = C("jp", "a first batch of about 1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
jp["win"] = C("jp", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
jp["ships"] = C("jp", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
jp["plan"] = C("jp", "part of a planned force of about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
jp["zel10"] = C("jp", "Zelensky had spoken a day earlier of 10,000", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
jp["sb"] = C("jp", "a second group had followed", kind=S, measure=SB, scope="additional", by=NIS, ev="2024-10-23",
             place="Russia")
jp["nis3"] = C("jp", "the total had reached about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
jp["nis10"] = C("jp", "on Oct. 29 it told lawmakers that more than 10,000 were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
jp["us3"] = C("jp", "from at least 3,000 on Oct. 23", value=3000, q="at_least", scope="total", by=USG,
              ev="2024-10-23", place="Russia")
jp["us10"] = C("jp", "to around 10,000 on Oct. 28", value=10000, q="about", scope="total", by=USG, ev="2024-10-28",
               place="Russia")
jp["bud"] = C("jp", "about 11,000 North Korean infantry were training there", value=11000, q="about", scope="total",
              by=BUD, place=RFE)
jp["ready"] = C("jp", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
jp["bl8"] = C("jp", "Antony Blinken said on Oct. 31 that about 8,000 were in Russia's Kursk region", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
jp["z11"] = C("jp", "On Monday, Zelensky said the number there had reached 11,000.", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
jp["um"] = C("jp", "Rustem Umerov told South Korean broadcaster KBS in an interview aired on Tuesday that the first "
             "small-scale clashes with North Korean units had already taken place", kind=S, measure=N5, by=UM,
             ev="2024-11-05", place="Kursk")
jp["mnd"] = C("jp", "South Korea's Defense Ministry said it could not confirm his remarks.", kind=S, measure=N5, by=MND,
              subject=SK)
jp["uscs"] = C("jp", "Washington said last week it had not yet seen the North Koreans in combat.", kind=S, measure=CS,
               by=USG)
jp["wd"] = C("jp", "Seoul has summoned Russia's ambassador and demanded the troops' withdrawal.", kind=S,
             measure=WITHDRAW, by=SKG, subject=SK)
jp["wpn"] = C("jp", "President Yoon Suk Yeol has said South Korea could supply weapons to Ukraine, depending on what the "
              "North does next.", kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)
jp["pay"] = C("jp", "The NIS says Russia pays each North Korean soldier about US$2,000 a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
jp["regime"] = C("jp", "most of which goes to the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
jp["choe"] = C("jp", "pledged to stand by Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH)
jp["noack"] = C("jp", "Moscow has neither confirmed nor denied sending North Koreans into battle.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
jp["asean"] = C("jp", "It is no longer possible to treat Ukraine as someone else's war", kind=S, measure=ASEAN, by=RIZAL,
                subject="ASEAN")
jp["tech"] = C("jp", "If Russia repays Pyongyang with missile or satellite technology, the risks land in our region.",
               kind=S, measure=TECH, mod="conditional", by=RIZAL)

# ---------------------------------------------------------------- Taipei Times, Thu 2024-11-14 (editorial)
# The editorial's own arguments are the outlet's voice and are not annotated; what it relays is. "on Oct. 18" dates
# the plan; "On Tuesday" -> 11-12 (the State Department's three claims); "A day later" -> 11-13; "as early as Nov. 4"
# -> 11-04; "on Nov. 5" / "the same day" -> 11-05; "On Sunday" -> 11-10; "tested on Oct. 31" dates the flight time
# (as blind17's timeline); "last month", "last week" give null. "Moscow dismissed the reports as fabrications" ->
# Kremlin (undated: the sentence's Oct. 18 is the NIS's day); "Kyiv first reported" -> Ukraine government; "South
# Korean officials have warned" -> South Korea government. The budget (NT$647 billion, 2.45 percent), "June",
# "Less than a month" and the page line are not annotated.
tt = {}
tt["plan"] = C("tt", "North Korea had decided to send about 12,000 troops to help Russia", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tt["fab"] = C("tt", "Moscow dismissed the reports as fabrications", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
tt["chn"] = C("tt", "Beijing said it was \"not aware\" of the situation", kind=S, measure=CHN, by="China government",
              subject=CN)
tt["st10"] = C("tt", "the US Department of State said that more than 10,000 North Korean soldiers had been sent to "
               "eastern Russia", value=10000, q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
tt["most"] = C("tt", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
tt["begun"] = C("tt", "they had begun engaging in combat operations alongside Russian troops", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
tt["units"] = C("tt", "some North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
tt["combat"] = C("tt", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
tt["z11"] = C("tt", "Zelensky had put the number in Kursk at 11,000 as early as Nov. 4", measure=KU, value=11000,
              by=ZEL, ev="2024-11-04", place="Kursk")
tt["um"] = C("tt", "Kyiv first reported clashes with North Korean units on Nov. 5", kind=S, measure=N5, by=UAG,
             ev="2024-11-05", place="Kursk")
tt["mnd"] = C("tt", "Seoul's Ministry of National Defense said the same day that it could not confirm them", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
tt["massed"] = C("tt", "Russia had massed about 50,000 troops, North Koreans among them, to retake the ground Ukraine "
                 "holds in Kursk", measure=MASSED, value=50000, q="about", by="US and Ukrainian officials",
                 ev="2024-11-10", place="Kursk", subject=RUS)
tt["treaty"] = C("tt", "said how Russia applied the treaty's mutual assistance clause was \"our business.\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
tt["t86"] = C("tt", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
              ev="2024-10-31")
tt["tech"] = C("tt", "South Korean officials have warned that Russia may be repaying Pyongyang with missile and "
               "satellite know-how.", kind=S, measure=TECH, mod="conditional", by=SKG)
tt["wpn"] = C("tt", "South Korean President Yoon Suk Yeol said last week that his government does not rule out sending "
              "weapons to Ukraine", kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [pi["sofar"], pi["bud"], jt["bud"], jp["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 in Russia so far vs Budanov's about 11,000 training",
  [("about 1,500 so far (NIS)", [pi["sofar"]]), ("about 11,000 training (Budanov)", [pi["bud"], jt["bud"], jp["bud"]])])
K(RU, [mb["a3"], mb["r3"], jt["nis3"], jt["wh3"], jt["hur"], at["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [mb["a3"], mb["r3"], jt["nis3"], jt["wh3"]]),
   ("about 12,000 (HUR)", [jt["hur"], at["hur"]])])
K(RU, [mk["wh3"], at["nis3"], jp["nis3"], jp["us3"], mk["dod"], at["dod"], jp["us10"], bp["bl10"], mk["nis10"],
       at["nis10"], bp["nis10"], jp["nis10"], tt["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: about / at least 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [bp["bl8"], jp["bl8"], jp["z11"], tt["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [pi["plan"], mb["plan"], at["plan"], jp["plan"], tt["plan"], pi["zel10"], jp["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [pi["plan"], mb["plan"], at["plan"], jp["plan"], tt["plan"]]),
   ("10,000 (Zelensky)", [pi["zel10"], jp["zel10"]])])
K(FB, [pi["fb"], mb["fb"], jt["fb"], jp["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [pi["win"], jp["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [pi["ships"], jp["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [pi["brig"], mb["brig"], at["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [mb["sb0"], mb["sb"], jt["sb"], jp["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [mb["pr"], mk["pr"], at["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [mb["prd"], mk["prd"], at["prd"]], "agreement",
  "NIS projection deadline: December ('before the year is out', 'by December')")
K(NEXT, [pi["next"], mb["next"]], "agreement",
  "NIS: a further transport expected / being prepared (Oct 18 and Oct 23)")
K(PAY, [mb["pay"], mk["pay"], at["pay"], jp["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [mb["regime"], at["regime"], jp["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [mb["drones"], jt["drones"], at["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit and motivated but weak on drone warfare")
K(OFF, [jt["off"], at["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [jt["gen"], at["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [jt["arr"], at["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region")
K(READY, [pi["ready"], jt["ready"], jp["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(TGT, [jt["fair"], bp["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [mb["esc"], mk["esc"], at["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional), 'a significant escalation' and 'a dangerous "
  "expansion' (Rutte)")
K(DEP, [mb["austin"], mk["rutte"], at["rutte"], pi["fake"], tt["fab"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' / fabrications (Peskov, Moscow)",
  [("asserted", [mb["austin"], mk["rutte"], at["rutte"]]), ("dismissed", [pi["fake"], tt["fab"]])])
K(LAW, [jt["kjg"], at["kjg"], pi["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [jt["kjg"], at["kjg"]]), ("violates UNSC resolutions (Seoul)", [pi["unsc"]])])
K(IMG, [jt["img"], at["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [jt["treaty"], bp["treaty"], tt["treaty"]], "agreement",
  "Moscow points to the treaty: how Russia applies it is 'our business' (Putin; Russian officials)")
K(WITHDRAW, [mb["wd"], bp["kyh"], jp["wd"]], "agreement",
  "Seoul demands the troops' withdrawal (foreign ministry Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(WPN, [mb["wpn"], jt["wpn"], jt["wpn2"], jp["wpn"], tt["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, in stages (presidential office Oct 22, Yoon Oct 24 and "
  "Nov 7, the government)")
K(CT, [mk["ct"], mk["weeks"], bp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [mk["ct"]]), ("several weeks (Pentagon)", [mk["weeks"]]),
   ("coming days (Blinken)", [bp["days"]])])
K(CS, [pi["rutte"], bp["notseen"], bp["austin"], jp["uscs"], tt["begun"], tt["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17) and not yet seen (Blinken, Austin Oct 31) -> have begun engaging in "
  "combat (State Department Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [jp["um"], tt["um"], jp["mnd"], tt["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [jp["um"], tt["um"]]), ("cannot confirm (Seoul MND)", [jp["mnd"], tt["mnd"]])])
K(FRONT, [mk["closer"], at["closer"], mk["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon, Singh) / toward the front (NIS)")
K(KYB, [mk["kyb"], at["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(ICBMP, [mk["icbm"], bp["icbm"]], "agreement",
  "NIS (Oct 29): ICBM launch prepared, likely around the US election")
K(ICBM_T, [bp["t86"], tt["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [bp["choe"], jp["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(EXP, [jt["exp"], at["exp"]], "agreement",
  "what Pyongyang gains is combat experience (Kwon Tae-hoon, Lee Ji-hye)")
K(TECH, [jt["tech"], at["tech"], jp["tech"], tt["tech"]], "agreement",
  "North Korea may get Russian missile / satellite / submarine technology in return (two analysts, a lecturer, "
  "South Korean officials)")
K(NOACK, [bp["noack"], jp["noack"]], "agreement", "Moscow has not confirmed the deployment")

pairs = [
    (pi["plan"], pi["fb"], "about 12,000 planned vs the first transport of about 1,500, adjacent paragraphs"),
    (pi["sofar"], pi["fb"], "1,500: Seoul's head count in Russia that week vs the first transport"),
    (pi["brig"], pi["ships"], "four brigades vs four landing ships"),
    (pi["bud"], pi["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (mb["sb"], mb["r3"], "an additional 1,500 vs about 3,000 in total, same quote"),
    (mb["fb"], mb["sb"], "1,500: the first group vs the additional group"),
    (mb["a3"], mb["pr"], "some three thousand now vs ten thousand expected, same sentence (in words)"),
    (jt["hur"], pi["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (jt["off"], jt["gen"], "500 officers vs three generals, same sentence"),
    (jt["fb"], jt["sb"], "a first group of 1,500 vs a second group of the same size, same sentence"),
    (mk["dod"], mk["pr"], "around 10,000 already sent (Pentagon) vs 10,000 expected by December (NIS)"),
    (mk["nis10"], mk["pr"], "more than 10,000 sent (update block) vs 10,000 expected by December"),
    (at["nis3"], at["pr"], "about 3,000 counted vs 10,000 expected, same sentence"),
    (at["hur"], at["plan"], "12,000: HUR's count in Russia vs the NIS's planned 12,000"),
    (bp["bl8"], bp["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (bp["days"], bp["notseen"], "combat expected in the coming days vs not yet seen in combat, same speaker"),
    (jp["fb"], jp["plan"], "first batch of about 1,500 vs a planned force of about 12,000, same sentence"),
    (jp["z11"], jp["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (jp["bud"], jp["z11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
    (tt["st10"], tt["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
