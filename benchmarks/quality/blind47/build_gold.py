"""Generate gold.json for blind47 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind47/build_gold.py

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
    "sa": ("honolulu-star-advertiser-2024-10-20-north-korea-to-send-12000-troops-to-russia-seoul-says",
           "Honolulu Star-Advertiser", "2024-10-20"),
    "nd": ("newsday-2024-10-23-north-korea-sends-1500-more-troops-to-russia-3000-in-all", "Newsday", "2024-10-23"),
    "hc": ("hartford-courant-2024-10-25-qa-why-kyiv-and-seoul-count-north-korean-troops-differently",
           "Hartford Courant", "2024-10-25"),
    "ut": ("san-diego-union-tribune-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia",
           "The San Diego Union-Tribune", "2024-10-29"),
    "slt": ("the-salt-lake-tribune-2024-10-30-tribune-in-education-counting-north-koreas-soldiers",
            "The Salt Lake Tribune", "2024-10-30"),
    "vp": ("the-virginian-pilot-2024-11-01-what-to-know-north-korean-troops-kursk", "The Virginian-Pilot",
           "2024-11-01"),
    "rj": ("las-vegas-review-journal-2024-11-05-ukraine-says-its-troops-fought-north-koreans-seoul-cannot-confirm",
           "Las Vegas Review-Journal", "2024-11-05"),
    "adn": ("anchorage-daily-news-2024-11-13-analysis-north-korean-troops-now-fighting-how-count-grew",
            "Anchorage Daily News", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse earlier sets' wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
MOVE = "North Korean troop movement to Russia already under way"
MORE_T = "further North Korean transports expected (NIS)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
THREAT = "deployment a grave security threat (Seoul)"
G7C = "G7 defence ministers' concern over Russia-North Korea cooperation"
ARMY = "North Korea's armed forces (size)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "US unsure what the North Korean troops will do (Oct 23)"
CONSULT = "US consulting allies on a response"
INTENT = "Russia intends to use North Korean troops in combat (US)"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
FORECAST = "analyst's forecast of North Korean combat entry"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
HWASONG = "Oct 31 ICBM named as the Hwasong-19"
LAVROV = "Russia-North Korea military ties"
UM_MORE = "more North Korean troops expected (Ukraine)"
N5 = "first clashes with North Korean troops (Nov 5)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
TRUMP24 = "Trump's pledge to end the war (hours)"


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
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
SEO = "Helen Seo"
JCS = "South Korea Joint Chiefs of Staff"
SK, RUS, US = "South Korea", "Russia", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Honolulu Star-Advertiser, Sun 2024-10-20 (straight news story from wire copy)
# "said Friday" -> 10-18 (the lead's plan only; the second paragraph's "The National Intelligence Service said" and
# "it said" give no day, nor do the uniforms, the head count and "more transports"); "Friday, after which" -> 10-18
# (the threat and the UNSC line, one sentence); "on Thursday" -> 10-17 (Zelensky; Rutte "who stood beside Zelenskyy on
# Thursday"); "A day later" -> 10-18 (Budanov's count and November 1); "he said" gives none (the 2,600); "On Saturday"
# -> 10-19 (the G7). "By Seoul's count, that first contingent of roughly 1,500 is the only North Korean force on
# Russian soil for now" is the NIS's head count that week (bundled k01), not the transfer report. The Western
# official's range is the planned total, conditional. "in what would be ... first large-scale" is the outlet's; the
# 1.2 million is the outlet's background (attributed to nobody). Indo-Pacific Command's referral, the unnamed
# church member, "Analysts in Seoul", Grace Kim's words, "since 2000", "1950" and the RELATED lines (1 million, $4.70)
# are not annotated; her age is.
sa = {}
sa["plan"] = C("sa", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sa["brig"] = C("sa", "the soldiers would go in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
sa["move"] = C("sa", "the movement was already under way", kind=S, measure=MOVE, by=NIS)
sa["win"] = C("sa", "Between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
sa["fb"] = C("sa", "Russian navy ships carried about 1,500 special forces", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
sa["ships"] = C("sa", "Four landing ships made the crossings", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
sa["escort"] = C("sa", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
sa["unif"] = C("sa", "The men were issued Russian uniforms and forged identity papers", kind=S, measure=UNIF, by=NIS)
sa["sofar"] = C("sa", "that first contingent of roughly 1,500 is the only North Korean force on Russian soil for now",
                value=1500, q="about", scope="total", by=NIS, place="Russia")
sa["more"] = C("sa", "more transports are expected soon", kind=S, measure=MORE_T, mod="planned", by=NIS)
sa["threat"] = C("sa", "his office said the deployment was a grave security threat to South Korea and the "
                 "international community", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
sa["unsc"] = C("sa", "a violation of U.N. Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
sa["zel10"] = C("sa", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
sa["bud"] = C("sa", "some 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
sa["ready"] = C("sa", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
sa["2600"] = C("sa", "A first unit of 2,600 is to go to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
sa["rcs"] = C("sa", "the alliance had no evidence that North Korean soldiers were taking part in the fighting", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-17")
sa["west"] = C("sa", "put a possible deployment at between 2,000 and 12,000 troops", measure=PL, low=2000, high=12000,
               mod="conditional", scope="total", by="Western official", place="Russia")
sa["dism"] = C("sa", "The Kremlin has dismissed the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
sa["fake"] = C("sa", "Its spokesman, Dmitry Peskov, earlier called them \"another fake.\"", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
sa["g7"] = C("sa", "said they were concerned about deepening military cooperation between Russia and North Korea",
             kind=S, measure=G7C, by="G7 defence ministers", ev="2024-10-19", subject="G7")
sa["army"] = C("sa", "North Korea keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
sa["age"] = C("sa", "Grace Kim, 67", measure=AGE, value=67, unit="years", by=None, subject="Grace Kim")

# ---------------------------------------------------------------- Newsday, Wed 2024-10-23 (wire story with an update block)
# "told lawmakers Wednesday" -> 10-23 (the lead: second group, total, forecast and December in one sentence); "Last
# Friday" -> 10-18 (plan, brigades, first group; "in the second week of October" is a loose window, not a date
# claim); "on Monday" -> 10-21 (the withdrawal demand); "On Tuesday" -> 10-22 (the presidential official); "In Rome on
# Wednesday" -> 10-23 (Austin's evidence; his two quotes are "he said", undated); the update's "said Wednesday" ->
# 10-23 (the White House's count and sites). Park's and Lee's lines ("he said", "Park quoted the agency as saying",
# "Lee ... said") relay the NIS, undated. Kirby's lines have no day. The Great Neck director and the parishes are
# unnamed; the embassy's and the UN mission's non-replies, "North Korea has said nothing publicly" and the MORE FROM
# NEWSDAY lines (Game 6, 12 trains) are not annotated.
nd = {}
nd["sb"] = C("nd", "North Korea has shipped roughly 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
nd["nis3"] = C("nd", "doubling its contingent there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
nd["pr"] = C("nd", "expects the number to reach some 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
nd["prd"] = C("nd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
nd["more"] = C("nd", "Further shipments are being prepared, he said.", kind=S, measure=MORE_T, mod="planned", by=NIS)
nd["plan"] = C("nd", "Pyongyang had decided to send around 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
nd["brig"] = C("nd", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
nd["fb"] = C("nd", "an initial group of about 1,500 special forces had crossed to Russia's Far East by sea",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
nd["pay"] = C("nd", "Moscow is paying each soldier roughly $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
nd["regime"] = C("nd", "most of that money is thought to be kept by the government in Pyongyang", kind=S,
                 measure=REGIME, by=NIS)
nd["drones"] = C("nd", "Russian instructors had rated the North Koreans highly for physical strength and discipline but "
                 "found them lost when it came to drones and other tools of modern combat", kind=S, measure=DRONES,
                 by=NIS)
nd["info"] = C("nd", "The soldiers' families have been told nothing, he said.", kind=S, measure=INFO, by=NIS)
nd["wd"] = C("nd", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
nd["wpn"] = C("nd", "Seoul would respond in stages and could consider sending weapons to Ukraine, starting with "
              "defensive arms, if the cooperation deepened", kind=S, measure=WPN, mod="conditional", by=PO,
              ev="2024-10-22", subject=SK)
nd["adep"] = C("nd", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
nd["left"] = C("nd", "What exactly they're doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
nd["aesc"] = C("nd", "if they were joining the war on Russia's side, \"that is a very, very serious issue",
               kind=S, measure=ESC, mod="conditional", by=AUSTIN)
nd["noack"] = C("nd", "The Kremlin has not confirmed the reports.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
nd["wh3"] = C("nd", "at least 3,000 North Korean soldiers had been moved by ship to Vladivostok", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
nd["sites"] = C("nd", "then traveled to three training sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=WH, ev="2024-10-23", place=RFE)
nd["clear"] = C("nd", "it was not yet clear whether the troops would fight alongside Russian forces or in what role",
                kind=S, measure=UNSURE, by=KIRBY)
nd["fair"] = C("nd", "North Korean soldiers deployed against Ukraine would be \"fair game.\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
nd["consult"] = C("nd", "Washington was consulting allies and partners on a response", kind=S, measure=CONSULT,
                  by=KIRBY, subject=US)

# ---------------------------------------------------------------- Hartford Courant, Fri 2024-10-25 (interview)
# The intro: "said Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on Wednesday"
# -> 10-23 (an arrival takes its own day), "A day earlier" -> 10-23 (the NIS). Questions and answers carry claims:
# "last Friday" -> 10-18 (the plan and brigades in the guest's relay), "said Wednesday" -> 10-23 (the White House's
# count and sites in a question), "on Wednesday" -> 10-23 (the forecast and December in an answer), "last week"
# gives none (Budanov), "The NIS says" gives none (pay, regime), "said Thursday in Kazan" -> 10-24 (Putin), "In the
# same answer" gives none (the treaty), "said today" -> 10-25 (the vice foreign minister), Yoon "said Thursday" ->
# 10-24. "Kyiv's figure is four times Seoul's" is the interviewer's ratio (attributed to nobody). The guest (invented)
# gives her own readings (the counting method, experience, technology, "Within three or four weeks"); her asides
# ("That is Kyiv's number", "Budanov tends to lead with the larger number", "Notice the 'if'", Seoul's caution, the
# readers' answer) are not annotated; "since 1953" is a year. Her age is annotated.
hc = {}
hc["hur"] = C("hc", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
hc["off"] = C("hc", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
hc["gen"] = C("hc", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
hc["arr"] = C("hc", "the first units had reached the Kursk region, on Ukraine's border, on Wednesday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
hc["nis3"] = C("hc", "had put the number at around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
hc["age"] = C("hc", "Helen Seo, 58", measure=AGE, value=58, unit="years", by=None, subject=SEO)
hc["ratio"] = C("hc", "Kyiv's figure is four times Seoul's", measure=RATIO, value=4, unit="times", by=None)
hc["method"] = C("hc", "Kyiv, I suspect, counts the whole force that has been committed, including units still "
                 "waiting at home", kind=S, measure=METHOD, by=SEO)
hc["plan"] = C("hc", "it said the plan was about 12,000 men", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
hc["brig"] = C("hc", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
hc["wh3"] = C("hc", "at least 3,000 had arrived", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23",
              place="Russia")
hc["sites"] = C("hc", "were training at three sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=WH, ev="2024-10-23", place=RFE)
hc["pr"] = C("hc", "it expects around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
hc["prd"] = C("hc", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
hc["bud"] = C("hc", "11,000 were training in the Far East", value=11000, scope="total", by=BUD, place=RFE)
hc["ready"] = C("hc", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
hc["pay"] = C("hc", "Russia pays about $2,000 per soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
hc["regime"] = C("hc", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
hc["exp"] = C("hc", "What Kim really wants, though, is combat experience.", kind=S, measure=EXP, by=SEO)
hc["tech"] = C("hc", "I expect Moscow to pay in technology as well: satellites, missile guidance, perhaps help with "
               "submarine propulsion", kind=S, measure=TECH, mod="planned", by=SEO)
hc["img"] = C("hc", "Putin said Thursday in Kazan that satellite images \"reflect something", kind=S, measure=IMG,
              by=PUTIN, ev="2024-10-24", subject=RUS)
hc["treaty"] = C("hc", "how Russia applies its new treaty with North Korea is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
hc["law"] = C("hc", "its vice foreign minister said today that if such a deployment happened, it would be in line with "
              "international law", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
hc["yoon"] = C("hc", "he would not rule out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)
hc["fc"] = C("hc", "Within three or four weeks", measure=FORECAST, low=3, high=4, unit="weeks", mod="planned", by=SEO)

# ---------------------------------------------------------------- The San Diego Union-Tribune, Tue 2024-10-29 (press-briefing write-up)
# "said Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence); Singh's quote and "over the
# next several weeks" have no day; "Last Wednesday" -> 10-23 (Kirby's 3,000, told as the step before the Pentagon's
# figure: k03); "Earlier Monday" -> 10-28 (Rutte; "He called it" gives none); "went further Tuesday" -> 10-29 (the NIS's
# count and the front); Lee's relays give none; "Only last week" gives none (forecast, December); "last Thursday" ->
# 10-24 (HUR's count, officers, generals); "on Saturday" -> 10-26 (Zelensky's window); "said Friday" -> 10-25 (Kim Jong
# Gyu). "a figure more than three times the one the White House gave last week" is the outlet's ratio. "Its own count
# has now passed that mark", "Ukraine's numbers have been higher all along", "There was no confirmed report", Singh's
# refusal, the Pacific Fleet referral, Reyes's words, the congregant and the MORE lines are not annotated; "Lt. Gen."
# is a rank; Reyes's age is annotated.
ut = {}
ut["dod10"] = C("ut", "around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
ut["closer"] = C("ut", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
ut["ratio"] = C("ut", "a figure more than three times the one the White House gave last week", measure=RATIO, value=3,
                q="at_least", unit="times", by=None)
ut["intent"] = C("ut", "We are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH, subject=US)
ut["weeks"] = C("ut", "that could happen \"over the next several weeks", kind=S, measure=CT, mod="planned", by=SINGH)
ut["kirby3"] = C("ut", "John Kirby had said at least 3,000 North Koreans were in Russia's Far East", value=3000,
                 q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
ut["rdep"] = C("ut", "Rutte confirmed that North Korean troops had been sent to Russia and that units had been deployed "
               "to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
ut["resc"] = C("ut", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war.\"", kind=S,
               measure=ESC, by=RUTTE)
ut["nis10"] = C("ut", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
ut["front"] = C("ut", "some appear to be on their way to the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
ut["kyb"] = C("ut", "The soldiers are commanded by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
ut["terms"] = C("ut", "They are being drilled on about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
ut["drones"] = C("ut", "Russian instructors have found them poorly prepared for drone warfare", kind=S, measure=DRONES,
                 by=NIS)
ut["pr"] = C("ut", "the National Intelligence Service had forecast some 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
ut["prd"] = C("ut", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ut["hur"] = C("ut", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
ut["off"] = C("ut", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ut["gen"] = C("ut", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ut["ct"] = C("ut", "the first North Korean units could see combat on Oct. 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
ut["kjg"] = C("ut", "any such deployment would be \"an act conforming with the regulations of international law.\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
ut["noack"] = C("ut", "The Kremlin has neither confirmed nor denied that the troops are there.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ut["age"] = C("ut", "Tom Reyes, 71", measure=AGE, value=71, unit="years", by=None, subject="Tom Reyes")

# ---------------------------------------------------------------- The Salt Lake Tribune, Wed 2024-10-30 (classroom lesson page)
# A Newspaper in Education lesson page: "The story" is read like news prose; discussion questions that state an
# origin's claim are annotated as that origin's claims, dated by their own sentence. "said Friday" -> 10-25 (the vice
# foreign minister); "On Oct. 18" -> 10-18 (plan, first group and ships in one sentence); "Five days later" -> 10-23
# (the NIS's 3,000, told as a step: k03); "On Oct. 24" -> 10-24 (HUR, the snapshot k02); "On Monday" -> 10-28 (the
# Pentagon) and "on Tuesday" -> 10-29 (the NIS) in one sentence; question 3's "on Saturday" -> 10-26 (Zelensky's
# window) and "said Monday" -> 10-28 ("A Pentagon spokeswoman": US Department of Defense); question 4's "last week"
# gives none. "According to the Pentagon" and "South Korea says" give none. The page's own framing is not annotated:
# the opening sentence, "Most of the soldiers are training in Russia's Far East", "The hard part is the number",
# questions 1 and 2 (they restate figures annotated above as plan vs count), the definitions, the treaty line, the
# Trans-Siberian's 9,300 kilometers, "grades 9-12", "300th" and the Utah paragraph.
slt = {}
slt["noack"] = C("slt", "Russia has not confirmed that they are there.", kind=S, measure=NOACK, by=KREMLIN,
                 subject=RUS)
slt["law"] = C("slt", "said Friday that any such deployment would follow international law", kind=S, measure=LAW,
               mod="conditional", by=KJG, ev="2024-10-25")
slt["plan"] = C("slt", "North Korea had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
slt["fb"] = C("slt", "a first group of about 1,500 had already sailed to Russia", measure=FB, value=1500, q="about",
              scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
slt["ships"] = C("slt", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 ev="2024-10-18", subject=RUS)
slt["nis3"] = C("slt", "the agency said about 3,000 were in Russia", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
slt["hur"] = C("slt", "Ukraine's military intelligence said about 12,000 were already there", value=12000, q="about",
               scope="total", by=HUR, ev="2024-10-24", place="Russia")
slt["dod10"] = C("slt", "the Pentagon said around 10,000 had been sent", value=10000, q="about", scope="total", by=DOD,
                 ev="2024-10-28", place="Russia")
slt["nis10"] = C("slt", "South Korea's agency said more than 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
slt["closer"] = C("slt", "According to the Pentagon, some have moved closer to Ukraine.", kind=S, measure=FRONT, by=DOD)
slt["pay"] = C("slt", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
slt["regime"] = C("slt", "North Korea's government keeps most of the money", kind=S, measure=REGIME, by=NIS)
slt["ct"] = C("slt", "North Korean units could be in combat on Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27",
              high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
slt["weeks"] = C("slt", "A Pentagon spokeswoman said Monday it could happen over the next several weeks", kind=S,
                 measure=CT, mod="planned", by=DOD, ev="2024-10-28")
slt["img"] = C("slt", "Putin said last week that satellite images \"reflect something", kind=S, measure=IMG, by=PUTIN,
               subject=RUS)

# ---------------------------------------------------------------- The Virginian-Pilot, Fri 2024-11-01 (explainer with question headings)
# "said Thursday" -> 10-31 (Blinken's Kursk count and "in the coming days" in one sentence); "Blinken put the total"
# gives none; "said Tuesday" -> 10-29 (the NIS's count and the front); "on Oct. 18" -> 10-18 (plan, brigades and the
# first group in one sentence); "at the same news conference", "he said" and the Q&A lines give none (Austin, Blinken's
# targets, Kim Yong-hyun, Cho); "launched Thursday morning" -> 10-31 (the flight time and altitude, as earlier sets
# dated "launched on Oct. 31"); "said Friday" -> 11-01 (KCNA's name); "On Friday in Moscow" -> 11-01 (Choe; Lavrov's
# next sentence gives none). "Two weeks after", "Not yet, as far as Washington knows", "both records for the North",
# "Hours before the talks", the Navy's referral and the outlet's fleet paragraph, Hensley's words and the RELATED lines
# are not annotated; Hensley's age is.
vp = {}
vp["bl8"] = C("vp", "about 8,000 of them are in Russia's Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
vp["days"] = C("vp", "he expected them to go into combat against Ukrainian forces \"in the coming days", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
vp["bl10"] = C("vp", "Blinken put the total sent to Russia at roughly 10,000", value=10000, q="about", scope="total",
               by=BL, place="Russia")
vp["nis10"] = C("vp", "the number was above 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
vp["front"] = C("vp", "some of the troops were moving toward the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
vp["plan"] = C("vp", "a plan to send about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
vp["brig"] = C("vp", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
vp["fb"] = C("vp", "of which about 1,500 had shipped out by then", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place="Russia")
vp["acs"] = C("vp", "he had not yet seen reports of North Korean troops in combat", kind=S, measure=CS, by=AUSTIN)
vp["intent"] = C("vp", "Russia fully intends to use them", kind=S, measure=INTENT, by=AUSTIN, subject=US)
vp["eq"] = C("vp", "has been training them in artillery, drones and basic infantry operations, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
vp["tgt"] = C("vp", "North Korean soldiers who join the fight will be \"legitimate military targets.\"", kind=S,
              measure=TGT, mod="conditional", by=BL)
vp["kyh"] = C("vp", "called for the North Korean troops to be withdrawn immediately", kind=S, measure=WITHDRAW, by=KYH,
              subject=SK)
vp["cho"] = C("vp", "Russia could repay Pyongyang with sensitive military technology, possibly including help with "
              "nuclear weapons and missiles", kind=S, measure=TECH, mod="conditional", by=CHO)
vp["t86"] = C("vp", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
              ev="2024-10-31")
vp["alt"] = C("vp", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD, ev="2024-10-31")
vp["hw19"] = C("vp", "North Korea's state media said Friday that it was a new solid-fuel model, the Hwasong-19",
               kind=S, measure=HWASONG, by="KCNA", ev="2024-11-01")
vp["noack"] = C("vp", "The Kremlin has not confirmed that North Korean soldiers are on its territory.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
vp["choe"] = C("vp", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory.\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
vp["lavrov"] = C("vp", "Lavrov called the two countries' military and security ties \"very close.\"", kind=S,
                 measure=LAVROV, by="Sergei Lavrov", subject=RUS)
vp["age"] = C("vp", "Walt Hensley, 79", measure=AGE, value=79, unit="years", by=None, subject="Walt Hensley")

# ---------------------------------------------------------------- Las Vegas Review-Journal, Tue 2024-11-05 (straight news story from agency copy)
# The lead: "said Tuesday" -> 11-05 (Umerov's fighting); its relative clause "a claim South Korea said it could not
# confirm" gives none (the defence ministry). "in an interview aired Tuesday" -> 11-05 (the engagements); "he said"
# gives none (more troops). "said the same day" -> 11-05 (the ministry); "said Monday" -> 11-04 (Zelensky; the
# Pentagon); "Last week" gives none (Blinken's 8,000). "as of last week" and "By Seoul's count" give none (the NIS's
# count, the pledge and Kim Yong Bok; "three-star" is a rank). "Early Tuesday" -> 11-05 (the JCS's missiles); "less
# than a week after" dates nothing (the 86 minutes, Japan's, undated). Choe's reception "on Monday" is an event; her
# promise ("days after promising") is undated. Peskov's refusal, Nellis's referral, the Guard's non-reply, Melnyk's
# and her cousin's words, "Analysts in Seoul", the election lines (7 p.m., six electoral votes) and the RELATED lines
# (2-6) are not annotated; Melnyk's age is.
rj = {}
rj["lum"] = C("rj", "his forces had fought North Korean soldiers for the first time", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
rj["lmnd"] = C("rj", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
rj["um"] = C("rj", "the first small-scale engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
rj["more"] = C("rj", "More soldiers from the North are likely to arrive in the coming weeks, he said.", kind=S,
               measure=UM_MORE, mod="planned", by=UM)
rj["mnd"] = C("rj", "South Korea's Defense Ministry said the same day that it could not confirm Umerov's account",
              kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
rj["z11"] = C("rj", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
rj["bl8"] = C("rj", "had put the number there at about 8,000", measure=KU, value=8000, q="about", by=BL,
              place="Kursk")
rj["dodcs"] = C("rj", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
rj["nis10"] = C("rj", "South Korea's spy agency counted more than 10,000 North Koreans in Russia", value=10000,
                q="at_least", scope="total", by=NIS, place="Russia")
rj["plan"] = C("rj", "Pyongyang has pledged about 12,000 in all", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
rj["kyb"] = C("rj", "a three-star general, Kim Yong Bok, is leading them", kind=S, measure=KYB, by=NIS)
rj["srbm"] = C("rj", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
rj["t86"] = C("rj", "stayed aloft for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
rj["choe"] = C("rj", "her country would stand with Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH)
rj["noack"] = C("rj", "The Kremlin has still not confirmed that North Korean troops are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
rj["age"] = C("rj", "Oksana Melnyk, 44", measure=AGE, value=44, unit="years", by=None, subject="Oksana Melnyk")

# ---------------------------------------------------------------- Anchorage Daily News, Wed 2024-11-13 (analysis)
# "said Tuesday" -> 11-12 (the State Department's three claims in one sentence); "On Wednesday" -> 11-13 (the NIS's
# two claims); the count retold with dates: "on Oct. 18" -> 10-18 (plan and "a first 1,500", one sentence), "By Oct.
# 23" -> 10-23 (the NIS's 3,000, a step of k03), "on Oct. 28" -> 10-28, "Three days later" -> 10-31 (Blinken's
# 8,000), "on Nov. 4" -> 11-04; "on Nov. 5" and "the same day" -> 11-05; "Washington said for another week" gives none
# (US government, the combat-status update); "on Sunday" -> 11-10 (the NYT's officials); "reported Tuesday" -> 11-12
# (KCNA); "last week" gives none (Yoon). "The Kremlin called the first reports 'another fake'" (deployment dismissed)
# and "has not confirmed since then" (Moscow's silence) are two claims of one sentence. The outlet's paragraph on the
# numbers ("The 12,000 was an intention"), "Now it is what they are doing", the Alaska paragraph (2.5 miles, "11th"),
# the non-comments, "Jan. 20", "What to watch now" and the RELATED lines ($1,702) are not annotated; Trump's "within 24
# hours" is.
adn = {}
adn["st10"] = C("adn", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000,
                q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
adn["most"] = C("adn", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE,
                ev="2024-11-12", place="Kursk")
adn["begun"] = C("adn", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                 by=STATE, ev="2024-11-12", place="Kursk")
adn["units"] = C("adn", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                 measure=UNITS, by=NIS, ev="2024-11-13")
adn["combat"] = C("adn", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
adn["plan"] = C("adn", "of a decision to send about 12,000 men", measure=PL, value=12000, q="about", mod="planned",
                scope="total", by=NIS, ev="2024-10-18", place="Russia")
adn["fb"] = C("adn", "with a first 1,500 already across the sea", measure=FB, value=1500, scope="first_batch", by=NIS,
              ev="2024-10-18", place=RFE)
adn["nis3"] = C("adn", "By Oct. 23 it counted some 3,000 in Russia", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
adn["dod10"] = C("adn", "The Pentagon said around 10,000 on Oct. 28", value=10000, q="about", scope="total", by=DOD,
                 ev="2024-10-28", place="Russia")
adn["bl8"] = C("adn", "Blinken put about 8,000 of them in Kursk", measure=KU, value=8000, q="about", by=BL,
               ev="2024-10-31", place="Kursk")
adn["z11"] = C("adn", "on Nov. 4 President Volodymyr Zelenskyy said the number there was 11,000", measure=KU,
               value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
adn["um"] = C("adn", "Rustem Umerov described small-scale clashes with North Korean units", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
adn["mnd"] = C("adn", "Seoul's defense ministry said the same day that it could not confirm them", kind=S, measure=N5,
               by=MND, ev="2024-11-05", subject=SK)
adn["nosign"] = C("adn", "Washington said for another week that it had seen no sign of North Koreans in combat",
                  kind=S, measure=CS, by=USG)
adn["massed"] = C("adn", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED,
                  value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk",
                  subject=RUS)
adn["fake"] = C("adn", "The Kremlin called the first reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
                subject=RUS)
adn["noack"] = C("adn", "has not confirmed since then that any North Koreans are on its soil", kind=S, measure=NOACK,
                 by=KREMLIN, subject=RUS)
adn["ratify"] = C("adn", "Kim Jong Un had ratified the mutual defense treaty", kind=S, measure=RATIFY, by="KCNA",
                  ev="2024-11-12")
adn["wpn"] = C("adn", "Seoul no longer rules out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
adn["24h"] = C("adn", "who has said he could end the war within 24 hours", measure=TRUMP24, value=24, q="up_to",
               unit="hours", mod="conditional", by="Donald Trump", subject=US)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [sa["sofar"], sa["bud"], hc["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500, the only force on Russian soil for now, vs Budanov's "
  "11,000 training in the Far East (Oct 18; undated in a Courant question)",
  [("roughly 1,500 so far (NIS)", [sa["sofar"]]), ("about 11,000 training (Budanov)", [sa["bud"], hc["bud"]])])
K(RU, [nd["nis3"], hc["nis3"], nd["wh3"], hc["wh3"], hc["hur"], ut["hur"], slt["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [nd["nis3"], hc["nis3"], nd["wh3"], hc["wh3"]]),
   ("about 12,000 (HUR)", [hc["hur"], ut["hur"], slt["hur"]])])
K(RU, [ut["kirby3"], slt["nis3"], adn["nis3"], ut["dod10"], slt["dod10"], adn["dod10"], vp["bl10"], ut["nis10"],
       slt["nis10"], vp["nis10"], rj["nis10"], adn["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [vp["bl8"], rj["bl8"], adn["bl8"], rj["z11"], adn["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [sa["plan"], nd["plan"], hc["plan"], slt["plan"], vp["plan"], rj["plan"], adn["plan"], sa["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [sa["plan"], nd["plan"], hc["plan"], slt["plan"], vp["plan"], rj["plan"], adn["plan"]]),
   ("10,000 (Zelensky)", [sa["zel10"]])])
K(FB, [sa["fb"], nd["fb"], slt["fb"], vp["fb"], adn["fb"]], "agreement",
  "NIS (Oct 18): a first transport of about 1,500 special forces")
K(SHIPS, [sa["ships"], slt["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [sa["brig"], nd["brig"], hc["brig"], vp["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(MORE_T, [sa["more"], nd["more"]], "agreement",
  "NIS: more transports expected soon (Oct 18) / further shipments being prepared (Oct 23)")
K(PR, [nd["pr"], hc["pr"], ut["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [nd["prd"], hc["prd"], ut["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [nd["pay"], hc["pay"], slt["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [nd["regime"], hc["regime"], slt["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [nd["drones"], ut["drones"]], "agreement",
  "NIS (via Lee): Russian instructors find the troops strong but lost with / poorly prepared for drones")
K(OFF, [hc["off"], ut["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [hc["gen"], ut["gen"]], "agreement", "HUR (Oct 24): three generals")
K(SITES, [nd["sites"], hc["sites"]], "agreement", "White House (Oct 23): three training sites in eastern Russia")
K(READY, [sa["ready"], hc["ready"]], "agreement", "Budanov: ready by November 1")
K(UNSURE, [nd["left"], nd["clear"]], "agreement",
  "Washington unsure on Oct 23: 'left to be seen' (Austin), 'not yet clear' (Kirby)")
K(ESC, [nd["aesc"], ut["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they join the war (Austin, conditional), 'a significant escalation' and "
  "'a dangerous expansion' (Rutte, Oct 28)")
K(DEP, [nd["adep"], ut["rdep"], sa["dism"], sa["fake"], adn["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed by Moscow ('another fake')",
  [("asserted", [nd["adep"], ut["rdep"]]), ("dismissed", [sa["dism"], sa["fake"], adn["fake"]])])
K(LAW, [hc["law"], ut["kjg"], slt["law"], sa["unsc"]], "discrepancy",
  "legality: in line with / conforming with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security "
  "Council resolutions (Yoon's office, Oct 18)",
  [("lawful (North Korea)", [hc["law"], ut["kjg"], slt["law"]]), ("violates UNSC resolutions (Seoul)", [sa["unsc"]])])
K(TGT, [nd["fair"], vp["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are 'fair game' / 'legitimate military targets' (Kirby, Blinken)")
K(INTENT, [ut["intent"], vp["intent"]], "agreement",
  "US: Russia intends to use the North Korean troops in combat (Singh Oct 28, Austin Oct 31)")
K(CT, [ut["ct"], slt["ct"], ut["weeks"], slt["weeks"], vp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [ut["ct"], slt["ct"]]), ("several weeks (Pentagon)", [ut["weeks"], slt["weeks"]]),
   ("coming days (Blinken)", [vp["days"]])])
K(CS, [sa["rcs"], vp["acs"], rj["dodcs"], adn["nosign"], adn["begun"], adn["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4), no sign "
  "(Washington, undated) -> begun engaging in combat (State Department Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [rj["lum"], rj["um"], adn["um"], rj["lmnd"], rj["mnd"], adn["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [rj["lum"], rj["um"], adn["um"]]),
   ("cannot confirm (Seoul MND)", [rj["lmnd"], rj["mnd"], adn["mnd"]])])
K(FRONT, [ut["closer"], slt["closer"], ut["front"], vp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [ut["kyb"], rj["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(NOACK, [nd["noack"], ut["noack"], slt["noack"], vp["noack"], rj["noack"], adn["noack"]], "agreement",
  "Moscow has not confirmed the deployment")
K(ICBM_T, [vp["t86"], rj["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [vp["choe"], rj["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(WPN, [nd["wpn"], hc["yoon"], adn["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (the presidential office Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [nd["wd"], vp["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [hc["tech"], vp["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Seo; Foreign Minister Cho)")
K(IMG, [hc["img"], slt["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")

pairs = [
    (sa["plan"], sa["sofar"], "about 12,000 planned vs roughly 1,500 on Russian soil for now"),
    (sa["sofar"], sa["fb"], "roughly / about 1,500: Seoul's head count vs the first transport"),
    (sa["brig"], sa["ships"], "four brigades vs four landing ships"),
    (sa["bud"], sa["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (nd["nis3"], nd["pr"], "about 3,000 now vs some 10,000 expected by December, same sentence"),
    (nd["plan"], nd["fb"], "around 12,000 planned vs an initial group of about 1,500, same sentence"),
    (hc["hur"], hc["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (hc["off"], hc["gen"], "500 officers vs three generals, same sentence"),
    (hc["sites"], hc["gen"], "three: training sites vs generals"),
    (hc["bud"], hc["hur"], "Kyiv's two counts: Budanov's 11,000 training vs HUR's 12,000 in Russia"),
    (ut["dod10"], ut["pr"], "around 10,000 sent (Pentagon) vs some 10,000 forecast by December (NIS)"),
    (ut["nis10"], ut["pr"], "more than 10,000 counted (NIS, Oct 29) vs some 10,000 forecast (NIS, Oct 23)"),
    (ut["hur"], ut["kirby3"], "HUR's 12,000 (snapshot) vs Kirby's at least 3,000 told as the step before"),
    (slt["nis3"], slt["hur"], "about 3,000 (a step of the running total) vs about 12,000 (HUR's snapshot)"),
    (slt["plan"], slt["hur"], "12,000: the NIS's planned total vs HUR's count already there"),
    (vp["bl8"], vp["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (vp["days"], vp["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (rj["z11"], rj["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (rj["nis10"], rj["plan"], "more than 10,000 counted vs about 12,000 pledged, adjacent sentences"),
    (adn["plan"], adn["fb"], "about 12,000 decided vs a first 1,500, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
