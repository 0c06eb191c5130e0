"""Generate gold.json for blind46 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind46/build_gold.py

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
    "ei": ("egypt-independent-2024-10-20-north-korea-12000-troops-russia-seoul-kyiv-11000", "Egypt Independent",
           "2024-10-20"),
    "ct": ("the-citizen-2024-10-23-north-korea-troops-in-russia-reach-3000-spy-agency", "The Citizen (Tanzania)",
           "2024-10-23"),
    "nt": ("the-new-times-2024-10-25-interview-why-seoul-and-kyiv-count-north-korean-troops-differently",
           "The New Times (Rwanda)", "2024-10-25"),
    "mw": ("morocco-world-news-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia-nato-confirms-kursk",
           "Morocco World News", "2024-10-29"),
    "rt": ("the-rio-times-2024-11-01-explainer-north-korean-troops-in-russia-what-we-know", "The Rio Times",
           "2024-11-01"),
    "vg": ("vanguard-2024-11-02-full-text-ukraine-embassy-statement-on-north-korean-troops-in-russia",
           "Vanguard (Nigeria)", "2024-11-02"),
    "tt": ("the-tico-times-2024-11-05-ukraine-says-first-clashes-with-north-korean-troops-seoul-cannot-confirm",
           "The Tico Times", "2024-11-05"),
    "cr": ("colombia-reports-2024-11-13-analysis-north-korean-troops-are-fighting-how-the-count-grew",
           "Colombia Reports", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse earlier sets' wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
BEGUN = "North Korean troop transfer already under way"
MORE_T = "further North Korean transports expected (NIS)"
THREAT = "deployment a grave security threat (Seoul)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
G7C = "G7 concern over Russia-North Korea military cooperation"
G7S = "G7: no change of the status quo by force in the East and South China seas"
ARMY = "North Korea's armed forces (size)"
PEACE = "negotiated settlement of the war"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "Washington unsure what the North Korean troops will do (Oct 23)"
SITES = "training sites in eastern Russia (US)"
AGE = "age"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
CALL = "Ukraine asks Nigeria and the African Union to condemn the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE_UA = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
H24 = "Trump: war ended within 24 hours"


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
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
EMB = "Embassy of Ukraine in Nigeria"
GUEST = "Eric Mugisha"
G7 = "G7 defence ministers"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Egypt Independent, Sun 2024-10-20 (straight news story from agency copy)
# "said on Friday" -> 10-18 (the lead's plan only); the second and third paragraphs give no day (brigades, the
# movement, the first transport, window, ships, escorts, uniforms, the head count, more transports); "on Friday,
# after which" -> 10-18 (the presidential office's threat and UNSC lines); "in Brussels on Thursday" -> 10-17
# (Zelensky); "A day later" -> 10-18 (Budanov's count and November 1); ", he said" (the 2,600) gives none; the
# Western official gives none; "speaking beside Zelensky on Thursday" -> 10-17 (Rutte); "on Saturday" -> 10-19 (the
# G7's concern; its seas line is the next sentence, undated). "By its count, those 1,500 are the only ..." is the
# NIS's head count of the week (k01), not the transfer report. "in what would be Pyongyang's first large-scale
# deployment" is the outlet's; the 1.2 million is the outlet's background (attributed to nobody). "since 2000",
# "in January", the BRICS summit, Sisi's attendance, "Cairo has not commented", the wheat paragraph and the Related
# lines (26.4%, 48.6) are not annotated; the Foreign Ministry's standing line is.
ei = {}
ei["plan"] = C("ei", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ei["brig"] = C("ei", "the troops would go in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
ei["begun"] = C("ei", "the movement had already begun", kind=S, measure=BEGUN, by=NIS)
ei["fb"] = C("ei", "some 1,500 special forces were carried to the Russian port of Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
ei["win"] = C("ei", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ei["ships"] = C("ei", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ei["escort"] = C("ei", "with three escort vessels alongside", measure=ESCORT, value=3, unit="ships", by=NIS,
                 subject=RUS)
ei["unif"] = C("ei", "The soldiers were issued Russian uniforms and forged identity papers", kind=S, measure=UNIF,
               by=NIS)
ei["sofar"] = C("ei", "those 1,500 are the only North Korean soldiers on Russian soil so far", value=1500,
                scope="total", by=NIS, place="Russia")
ei["more"] = C("ei", "more transports are expected soon", kind=S, measure=MORE_T, mod="planned", by=NIS)
ei["threat"] = C("ei", "his office called the deployment a grave threat to the South's security", kind=S,
                 measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
ei["unsc"] = C("ei", "said it breached UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
ei["zel10"] = C("ei", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ei["bud"] = C("ei", "about 11,000 North Korean infantrymen were training in Russia's far east", value=11000,
              q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
ei["ready"] = C("ei", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD, ev="2024-10-18")
ei["2600"] = C("ei", "The first unit, 2,600 strong, is to be sent to Russia's Kursk region", measure=FIRSTU,
               value=2600, mod="planned", scope="first_batch", by=BUD, place="Kursk")
ei["west"] = C("ei", "put the size of a possible deployment at between 2,000 and 12,000", measure=PL, low=2000,
               high=12000, mod="conditional", scope="total", by="Western official", place="Russia")
ei["rutte"] = C("ei", "the alliance had no evidence that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
ei["reject"] = C("ei", "Moscow has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
ei["fake"] = C("ei", "Kremlin spokesman Dmitry Peskov called them \"another fake\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
ei["g7"] = C("ei", "they were concerned about growing military cooperation between Russia and North Korea", kind=S,
             measure=G7C, by=G7, ev="2024-10-19", subject="G7")
ei["seas"] = C("ei", "They also opposed any attempt to change the status quo by force or coercion in the East and "
               "South China Seas.", kind=S, measure=G7S, by=G7, subject="G7")
ei["army"] = C("ei", "keeps roughly 1.2 million active-duty troops", measure=ARMY, value=1200000, q="about", by=None)
ei["cairo"] = C("ei", "The Foreign Ministry has repeatedly called for a negotiated settlement between Moscow and Kyiv",
                kind=S, measure=PEACE, by="Egypt Ministry of Foreign Affairs", subject="Egypt")

# ---------------------------------------------------------------- The Citizen (Tanzania), Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (the second group and the count in one lead sentence); Park's sentence
# ("told reporters after the closed-door session") and "he said" give none; "Last Friday" -> 10-18 (plan, brigades,
# first contingent and window in one sentence); "Park quoted the agency as saying" and Lee's sentence give none; "On
# Monday" -> 10-21 (the summons), "A day later" -> 10-22 (the presidential official), "in New York on Monday" -> 10-21
# (Kyslytsya's count and November 1), "In Rome on Wednesday" -> 10-23 (Austin's evidence line; his quotes in the
# next sentence are undated); the update's "said on Wednesday" -> 10-23 (the White House's at least 3,000; Kirby's
# next sentence gives none). "between early and mid-October" is a loose window beside the count, not a date claim.
# Tanzania's non-comment, the Korea-Africa summit ($10 billion), the unnamed analysts, "February 2022" and the Also
# read lines (Sh8.9 trillion, 2,720) are not annotated.
ct = {}
ct["sb"] = C("ct", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ct["nis3"] = C("ct", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
ct["pr"] = C("ct", "The agency expects the total to reach about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
ct["prd"] = C("ct", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ct["more"] = C("ct", "Further transports were being prepared, he said.", kind=S, measure=MORE_T, mod="planned", by=NIS)
ct["plan"] = C("ct", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ct["brig"] = C("ct", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ct["fb"] = C("ct", "a first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ct["win"] = C("ct", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
ct["pay"] = C("ct", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ct["regime"] = C("ct", "most of the money is believed to end up with the regime in Pyongyang", kind=S,
                 measure=REGIME, by=NIS)
ct["drones"] = C("ct", "Russian instructors had found the North Koreans physically strong and highly motivated but "
                 "poorly prepared for modern warfare, including the use of drones", kind=S, measure=DRONES, by=NIS)
ct["wd"] = C("ct", "demanded that the North Korean troops be withdrawn immediately", kind=S, measure=WITHDRAW,
             by=SKFM, ev="2024-10-21", subject=SK)
ct["wpn"] = C("ct", "Seoul would respond in stages and could consider sending weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
ct["kys"] = C("ct", "about 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ct["ready"] = C("ct", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=KYS, ev="2024-10-21")
ct["adep"] = C("ct", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
ct["unsure"] = C("ct", "\"What exactly they're doing is left to be seen,\" he said", kind=S, measure=UNSURE,
                 by=AUSTIN, subject="United States")
ct["aesc"] = C("ct", "if they joined the war on Russia's side, \"this is a very, very serious issue.\"", kind=S,
               measure=ESC, mod="conditional", by=AUSTIN)
ct["noack"] = C("ct", "Moscow has neither confirmed nor denied the deployment.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ct["wh3"] = C("ct", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
ct["sites"] = C("ct", "the troops had gone on to three training sites in the region", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
ct["kunsure"] = C("ct", "it was not yet clear whether they would be sent into combat against Ukraine", kind=S,
                  measure=UNSURE, by=KIRBY, subject="United States")
ct["fair"] = C("ct", "\"If they do, they are fair game,\" he said.", kind=S, measure=TGT, mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- The New Times (Rwanda), Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals), the arrival "on Wednesday" -> 10-23
# (an arrival takes its own day), "A day earlier" -> 10-23 (the NIS's 3,000). Questions that state an origin's claim
# are that origin's claims, dated only by their own sentence ("Washington says" -> US government, undated; "said on
# Thursday in Kazan" -> 10-24; "said today" -> 10-25; "said on Thursday" -> 10-24 for Yoon); "Seoul says it violates"
# -> South Korea government, undated. The guest (invented) relays the NIS ("said last Friday" -> 10-18, plan and
# brigades in one sentence; "On Wednesday it told lawmakers" -> 10-23, the second group, the forecast and December in
# one sentence; "According to the NIS" -> pay and the state's share, undated) and gives his own readings (method,
# experience, technology). "In the same press conference he said" gives no day (Putin's treaty line). The guest's age
# is annotated (attributed to nobody); "Kyiv's number is four times Seoul's" is the interviewer's ratio. "since
# 1953", "Russia holds a veto", "the world mostly shrugs" and his other asides are not annotated.
nt = {}
nt["hur"] = C("nt", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
nt["off"] = C("nt", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
nt["gen"] = C("nt", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
nt["arr"] = C("nt", "the first units reached the Kursk region, on the border with Ukraine, on Wednesday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
nt["nis3"] = C("nt", "South Korea's spy agency had put the number at about 3,000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
nt["age"] = C("nt", "Eric Mugisha, 49", measure=AGE, value=49, unit="years", by=None, subject=GUEST)
nt["ratio"] = C("nt", "Kyiv's number is four times Seoul's.", measure=RATIO, value=4, unit="times", by=None)
nt["method"] = C("nt", "Seoul counts the men it has seen arrive in Russia. Kyiv, I think, counts the whole force that "
                 "has been promised", kind=S, measure=METHOD, by=GUEST)
nt["us3"] = C("nt", "Washington says at least 3,000", value=3000, q="at_least", scope="total", by=USG,
              place="Russia")
nt["sites"] = C("nt", "at three training sites", measure=SITES, value=3, unit="training sites", by=USG, place=RFE)
nt["plan"] = C("nt", "North Korea had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
nt["brig"] = C("nt", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
nt["sb"] = C("nt", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
nt["pr"] = C("nt", "it expected around 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
nt["prd"] = C("nt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
nt["pay"] = C("nt", "Russia pays about $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
nt["regime"] = C("nt", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
nt["exp"] = C("nt", "But the bigger prize is experience.", kind=S, measure=EXP, by=GUEST)
nt["tech"] = C("nt", "I expect Russia to share military technology with Pyongyang", kind=S, measure=TECH,
               mod="planned", by=GUEST)
nt["img"] = C("nt", "President Putin said on Thursday in Kazan that satellite images \"reflect something\"", kind=S,
              measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
nt["treaty"] = C("nt", "how Russia applies its treaty with Pyongyang is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
nt["kjg"] = C("nt", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
nt["seoul"] = C("nt", "Seoul says it violates UN Security Council resolutions.", kind=S, measure=LAW, by=SKG,
                subject=SK)
nt["yoon"] = C("nt", "he would not rule out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Morocco World News, Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence); Singh's "over the next
# several weeks" sentence gives none; "Last Wednesday" -> 10-23 (the White House's 3,000, the step before: k03);
# "Hours earlier in Brussels" -> 10-28 (Rutte, resolved against the Pentagon's Monday, as blind29-43 read the phrase;
# his phrases in the next sentence are undated); "In Seoul on Tuesday" -> 10-29 (count and front in one sentence);
# Lee's relays give none; "Only last week" gives none (the forecast and December); "said last Thursday" -> 10-24
# (HUR's 12,000, the snapshot k02); "said on Saturday" -> 10-26 (the window is a date claim dated by its sentence);
# "said on Friday" -> 10-25 (Kim Jong Gyu). "The new estimate is more than three times the one Washington gave last
# week" is the outlet's ratio (attributed to nobody). "Singh would not say", "Its own count has now overtaken that
# forecast", "There was no confirmation on Tuesday", "Pyongyang has not denied the reports", the Moroccan paragraphs
# (the summit, the non-reply, the unnamed analysts) and the Read also lines (13.6%, 10 routes) are not annotated.
mw = {}
mw["dod10"] = C("mw", "around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
mw["closer"] = C("mw", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
mw["weeks"] = C("mw", "Russia intends to use the troops in combat or to support combat operations against Ukrainian "
                "forces \"over the next several weeks.\"", kind=S, measure=CT, mod="planned", by=SINGH)
mw["ratio"] = C("mw", "The new estimate is more than three times the one Washington gave last week.", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
mw["wh3"] = C("mw", "no fewer than 3,000 North Korean soldiers had arrived in Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
mw["rdep"] = C("mw", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
mw["resc"] = C("mw", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war.\"", kind=S, measure=ESC, by=RUTTE)
mw["nis10"] = C("mw", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
mw["front"] = C("mw", "some of them appeared to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
mw["kyb"] = C("mw", "the contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
mw["terms"] = C("mw", "The soldiers are being taught about 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
mw["drones"] = C("mw", "Russian instructors still find them weak in drone warfare", kind=S, measure=DRONES, by=NIS)
mw["pr"] = C("mw", "the North Korean force would grow to 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
mw["prd"] = C("mw", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mw["hur"] = C("mw", "said last Thursday that 12,000 North Koreans were already in Russia", value=12000, scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
mw["ct"] = C("mw", "on October 27 and 28", kind=D, measure=CT, low="2024-10-27", high="2024-10-28", mod="planned",
             by=ZEL, ev="2024-10-26")
mw["kjg"] = C("mw", "any such deployment would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
mw["noack"] = C("mw", "The Kremlin has not confirmed that North Korean troops are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- The Rio Times, Fri 2024-11-01 (explainer with question headings)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure); "In all, some 10,000 ..., he said" gives none; "said on
# Tuesday" -> 10-29 (the NIS's "passed 10,000"); "When it first went public on October 18, the agency said" -> 10-18
# (the plan) and "by October 23 its count ... stood at about 3,000" -> 10-23 (a step of the running total, k03), two
# claims of one sentence; Blinken's "in the coming days" and "legitimate military targets", Austin's two lines, Kim
# Yong-hyun and Cho give none; "Hours before the talks" is the previous sentence, so Japan's minutes and altitude are
# undated; "On Friday in Moscow" -> 11-01 (Choe); "said last week" gives none (Putin's images and treaty lines, one
# sentence, two claims). "Two weeks after", "both records for the North", Brazil's non-comment, Lula's absence, the
# peace proposal (reported as fact, not as a statement) and the markets paragraph (129,700, 5.78, 10.75%) are not
# annotated.
rt = {}
rt["bl8"] = C("rt", "about 8,000 North Korean troops were now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
rt["bl10"] = C("rt", "In all, some 10,000 have been sent to Russia, he said.", value=10000, q="about", scope="total",
               by=BL, place="Russia")
rt["nis10"] = C("rt", "the number had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
rt["plan"] = C("rt", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
rt["nis3"] = C("rt", "by October 23 its count of soldiers actually in Russia stood at about 3,000", value=3000,
               q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
rt["days"] = C("rt", "the North Koreans were expected to engage in combat against Ukrainian forces \"in the coming "
               "days.\"", kind=S, measure=CT, mod="planned", by=BL)
rt["tgt"] = C("rt", "If they do, he said, they will be \"legitimate military targets.\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
rt["acs"] = C("rt", "he had not yet seen reports of North Korean troops in combat", kind=S, measure=CS, by=AUSTIN)
rt["eq"] = C("rt", "Russia had been training them in artillery, drones and basic infantry operations, he said.",
             kind=S, measure=EQ, by=AUSTIN, subject=RUS)
rt["kyh"] = C("rt", "called for the troops to be withdrawn at once", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
rt["cho"] = C("rt", "Seoul was worried that Moscow could pay Pyongyang back with sensitive military technology",
              kind=S, measure=TECH, mod="conditional", by=CHO)
rt["t86"] = C("rt", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
rt["alt"] = C("rt", "climbed to an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
rt["choe"] = C("rt", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory.\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
rt["noack"] = C("rt", "The Kremlin has neither confirmed nor denied that North Korean soldiers are on Russian soil.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
rt["img"] = C("rt", "if there are satellite images of the troops, \"they reflect something,\"", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
rt["treaty"] = C("rt", "what Russia does under its mutual defense treaty with Pyongyang is \"our business.\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- Vanguard (Nigeria), Sat 2024-11-02 (embassy statement carried in full)
# The statement is the embassy's document (dated "Abuja, 1 November 2024"); its numbered paragraphs are read like news
# sentences. What it relays keeps its origin ("According to the Defence Intelligence of Ukraine" -> Ukraine HUR, and
# the next sentence of that paragraph, the arrival, too; "According to the Republic of Korea" -> South Korea NIS; the
# "Russian side" -> Kremlin); its own positions, and the 1.2 million of its notes to editors, are `Embassy of Ukraine
# in Nigeria`. Each sentence's own explicit date gives the day: "as of 24 October" -> 10-24 (count, officers,
# generals), "on 23 October" -> 10-23 (the arrival), "On 26 October ... warned" -> 10-26 (the window "as early as 27-28
# October" is a date claim), "On 28 October" -> 10-28, "On 29 October" -> 10-29, "On 31 October" -> 10-31; the
# release's date line dates nothing. Paragraph 1 ("a dangerous new stage") and paragraph 10 (food security, Grain from
# Ukraine) are boilerplate and not annotated; the resolution numbers, "19 June 2024" and "Article 4" are not counts;
# Vanguard's note, its non-reply line and the Related lines (N1,680, N70,000) are not annotated.
vg = {}
vg["hur"] = C("vg", "as of 24 October about 12,000 servicemen of the armed forces of the Democratic People's Republic "
              "of Korea were on the territory of the Russian Federation", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
vg["off"] = C("vg", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
vg["gen"] = C("vg", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
vg["arr"] = C("vg", "The first DPRK units arrived in the Kursk region on 23 October.", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
vg["ct"] = C("vg", "as early as 27-28 October", kind=D, measure=CT, low="2024-10-27", high="2024-10-28",
             mod="planned", by=ZEL, ev="2024-10-26")
vg["rdep"] = C("vg", "DPRK troops had been sent to Russia and that DPRK units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
vg["nis10"] = C("vg", "more than 10,000 DPRK soldiers were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
vg["bl8"] = C("vg", "about 8,000 of them were already in the Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
vg["pay"] = C("vg", "the Russian Federation pays about USD 2,000 per month for each DPRK soldier", measure=PAY,
              value=2000, q="about", unit="USD per month", by=NIS)
vg["regime"] = C("vg", "most of which is retained by the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
vg["law"] = C("vg", "The involvement of DPRK troops in the war is a flagrant violation of UN Security Council "
              "resolutions", kind=S, measure=LAW, by=EMB, subject=UA)
vg["fake"] = C("vg", "which at first dismissed the reports as \"fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
vg["noack"] = C("vg", "has still not acknowledged the presence of DPRK troops on its territory", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
vg["esc"] = C("vg", "Ukraine regards the deployment as an escalation that turns Russia's war against Ukraine into a war "
              "with the participation of a third state", kind=S, measure=ESC, by=EMB, subject=UA)
vg["call"] = C("vg", "The Embassy calls on the Government of the Federal Republic of Nigeria and on the African Union "
               "to condemn the involvement of DPRK troops in the war", kind=S, measure=CALL, by=EMB, subject=UA)
vg["army"] = C("vg", "estimated at about 1.2 million active personnel", measure=ARMY, value=1200000, q="about",
               by=EMB)

# ---------------------------------------------------------------- The Tico Times, Tue 2024-11-05 (straight news story from agency copy)
# The lead's two clauses (the defence minister's fighting; "a claim South Korea said it could not confirm", the
# defence ministry) give no day and join the Nov 5 discrepancy beside the dated body sentences. "aired on Tuesday" ->
# 11-05 (Umerov's engagements and his "more ... in the coming weeks", one sentence), "said the same day" -> 11-05 (the
# ministry), "said on Monday" -> 11-04 (Zelensky's 11,000; the Pentagon); Blinken's 8,000 "last week" gives none, nor
# does "Zelensky also complained"; "has said" gives none (the NIS's more than 10,000 and about 12,000 in one
# sentence); "Early on Tuesday" -> 11-05 (the JCS's about seven); "five days after the North tested" -> 10-31 (the
# 86 minutes, unhedged, no speaker named: Japan's ministry, as blind23-43 did); "on Friday" -> 11-01 (Choe's pledge;
# "on Monday" is the reception in the relative clause). "He did not say where", Peskov's refusal, the Costa Rica
# paragraphs (1948, the watch parties, the non-reply, the CNE alert, Route 32, ₡512) and the Related lines (4%) are not
# annotated.
tt = {}
tt["lclash"] = C("tt", "Ukraine's defense minister says his forces have fought North Korean soldiers for the first time",
                 kind=S, measure=N5, by=UM)
tt["lmnd"] = C("tt", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
tt["um"] = C("tt", "the first small-scale engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
tt["more"] = C("tt", "more North Korean soldiers were expected to be sent to the front in the coming weeks", kind=S,
               measure=MORE_UA, mod="planned", by=UM, ev="2024-11-05")
tt["mnd"] = C("tt", "said the same day that it could not verify his remarks", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
tt["z11"] = C("tt", "11,000 North Korean troops were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
tt["bl8"] = C("tt", "the roughly 8,000 that US Secretary of State Antony Blinken put there last week", measure=KU,
              value=8000, q="about", by=BL, place="Kursk")
tt["partn"] = C("tt", "Ukraine's partners were only watching instead of acting", kind=S, measure=PARTN, by=ZEL,
                subject=UA)
tt["dodcs"] = C("tt", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
tt["nis10"] = C("tt", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
tt["plan"] = C("tt", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
tt["srbm"] = C("tt", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
tt["t86"] = C("tt", "a new intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
tt["choe"] = C("tt", "Pyongyang would stand by Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
tt["noack"] = C("tt", "The Kremlin has still not confirmed that North Korean soldiers are on Russian territory", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Colombia Reports, Wed 2024-11-13 (analysis)
# "The United States said on Tuesday" -> 11-12 (three claims in one sentence; `US government`, the loose origin of
# the State Department's line); "went further on Wednesday, telling lawmakers" -> 11-13 (two claims); the count
# retold: "On October 18" -> 10-18 (plan and "a first group of 1,500", unhedged), "Five days later" -> 10-23, "By
# October 28" -> 10-28, "On October 31" -> 10-31 ("8,000 in Kursk alone", unhedged), "on November 4" -> 11-04;
# "on November 5" and "the same day" -> 11-05 ("Ukraine reported" -> Ukraine government); "On Sunday" -> 11-10 (the
# NYT's officials); "reported on Tuesday" -> 11-12 (KCNA); "last week" gives none (Yoon). "Moscow, which first called
# the reports 'another fake,' now says only ..." is two claims (Kremlin). "Seoul's first figure was a plan" and the
# rest of that paragraph are the outlet's reading; "mid-October", "since August", the Colombian paragraph ("Bogota has
# never published a count"), "January 20" and the markets line (4,430, 9.75%) are not annotated; Trump's age and his
# "within 24 hours" are.
cr = {}
cr["st10"] = C("cr", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=USG, ev="2024-11-12", place=RFE)
cr["most"] = C("cr", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=USG, ev="2024-11-12",
               place="Kursk")
cr["begun"] = C("cr", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=USG, ev="2024-11-12", place="Kursk")
cr["units"] = C("cr", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
cr["combat"] = C("cr", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
cr["plan"] = C("cr", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
cr["fb"] = C("cr", "a first group of 1,500 had already been shipped to Russia", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place="Russia")
cr["nis3"] = C("cr", "Five days later it counted about 3,000 in Russia.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
cr["dod10"] = C("cr", "By October 28, the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
cr["bl8"] = C("cr", "Antony Blinken put 8,000 in Kursk alone", measure=KU, value=8000, by=BL, ev="2024-10-31",
              place="Kursk")
cr["z11"] = C("cr", "Volodymyr Zelensky said 11,000 were there", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
cr["ua"] = C("cr", "Ukraine reported the first clashes on November 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
cr["mnd"] = C("cr", "South Korea's defense ministry said the same day that it could not confirm them", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
cr["massed"] = C("cr", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
cr["fake"] = C("cr", "Moscow, which first called the reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
cr["treaty"] = C("cr", "now says only that what it does under its new treaty with Pyongyang is its own affair", kind=S,
                 measure=TREATY, by=KREMLIN, subject=RUS)
cr["ratify"] = C("cr", "leader Kim Jong Un had ratified the treaty", kind=S, measure=RATIFY, by="KCNA",
                 ev="2024-11-12")
cr["yoon"] = C("cr", "his government did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
cr["age"] = C("cr", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
cr["h24"] = C("cr", "he could end the war within 24 hours", measure=H24, value=24, q="up_to", unit="hours",
              mod="conditional", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ei["sofar"], ei["bud"], ct["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500 on Russian soil so far vs Kyiv's about 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [ei["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [ei["bud"], ct["kys"]])])
K(RU, [ct["nis3"], ct["wh3"], nt["nis3"], nt["us3"], nt["hur"], mw["hur"], vg["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Washington)", [ct["nis3"], ct["wh3"], nt["nis3"], nt["us3"]]),
   ("about 12,000 (HUR)", [nt["hur"], mw["hur"], vg["hur"]])])
K(RU, [mw["wh3"], rt["nis3"], cr["nis3"], mw["dod10"], cr["dod10"], rt["bl10"], mw["nis10"], rt["nis10"], vg["nis10"],
       tt["nis10"], cr["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; US Nov 12)")
K(KU, [rt["bl8"], vg["bl8"], tt["bl8"], cr["bl8"], tt["z11"], cr["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ei["plan"], ct["plan"], nt["plan"], rt["plan"], tt["plan"], cr["plan"], ei["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ei["plan"], ct["plan"], nt["plan"], rt["plan"], tt["plan"], cr["plan"]]),
   ("10,000 (Zelensky)", [ei["zel10"]])])
K(FB, [ei["fb"], ct["fb"], cr["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [ei["win"], ct["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [ei["brig"], ct["brig"], nt["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ct["sb"], nt["sb"]], "agreement", "NIS (Oct 23): about 1,500 more / a second group of about 1,500")
K(PR, [ct["pr"], nt["pr"], mw["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [ct["prd"], nt["prd"], mw["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ct["pay"], nt["pay"], vg["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ct["regime"], nt["regime"], vg["regime"]], "agreement", "NIS: most of the pay goes to the regime / state")
K(DRONES, [ct["drones"], mw["drones"]], "agreement", "NIS: Russian instructors find the troops strong but weak on drones")
K(MORE_T, [ei["more"], ct["more"]], "agreement", "NIS: more transports expected / being prepared")
K(OFF, [nt["off"], vg["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [nt["gen"], vg["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [nt["arr"], vg["arr"]], "agreement", "HUR: the first units reached the Kursk region on Oct 23")
K(SITES, [ct["sites"], nt["sites"]], "agreement", "Kirby / Washington (Oct 23): three training sites")
K(READY, [ei["ready"], ct["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [ct["fair"], rt["tgt"]], "agreement",
  "US: North Koreans who fight are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [ct["aesc"], mw["resc"], vg["esc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin), 'a significant escalation' (Rutte Oct 28), an "
  "escalation bringing in a third state (Ukraine's embassy)")
K(DEP, [ct["adep"], mw["rdep"], vg["rdep"], ei["reject"], ei["fake"], vg["fake"], cr["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs rejected / dismissed as 'another fake' (the Kremlin, Peskov)",
  [("asserted", [ct["adep"], mw["rdep"], vg["rdep"]]),
   ("rejected / fake", [ei["reject"], ei["fake"], vg["fake"], cr["fake"]])])
K(LAW, [nt["kjg"], mw["kjg"], ei["unsc"], nt["seoul"], vg["law"]], "discrepancy",
  "legality: conforming with / in line with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security "
  "Council resolutions (Seoul; Ukraine's embassy)",
  [("lawful (North Korea)", [nt["kjg"], mw["kjg"]]),
   ("violates UNSC resolutions (Seoul, Ukraine)", [ei["unsc"], nt["seoul"], vg["law"]])])
K(IMG, [nt["img"], rt["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(TREATY, [nt["treaty"], rt["treaty"], cr["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is its own business / affair (Putin; the Kremlin)")
K(WPN, [ct["wpn"], nt["yoon"], cr["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [ct["wd"], rt["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [nt["tech"], rt["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Mugisha; Foreign Minister Cho)")
K(CT, [mw["ct"], vg["ct"], mw["weeks"], rt["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [mw["ct"], vg["ct"]]), ("several weeks (Pentagon)", [mw["weeks"]]),
   ("coming days (Blinken)", [rt["days"]])])
K(CS, [ei["rutte"], rt["acs"], tt["dodcs"], cr["begun"], cr["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (US Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [tt["lclash"], tt["um"], cr["ua"], tt["lmnd"], tt["mnd"], cr["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Ukraine) vs Seoul's defence ministry cannot confirm / verify them",
  [("clashes reported (Umerov, Ukraine)", [tt["lclash"], tt["um"], cr["ua"]]),
   ("cannot confirm (Seoul MND)", [tt["lmnd"], tt["mnd"], cr["mnd"]])])
K(FRONT, [mw["closer"], mw["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front lines (NIS)")
K(NOACK, [ct["noack"], mw["noack"], rt["noack"], vg["noack"], tt["noack"]], "agreement",
  "Moscow has neither confirmed nor denied / not acknowledged the deployment")
K(ICBM_T, [rt["t86"], tt["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [rt["choe"], tt["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")
K(UNSURE, [ct["unsure"], ct["kunsure"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Austin's 'left to be seen', Kirby's 'not yet clear')")
K(ARMY, [ei["army"], vg["army"]], "agreement", "North Korea's armed forces: about 1.2 million active troops")

pairs = [
    (ei["plan"], ei["fb"], "about 12,000 planned vs some 1,500 in the first transport"),
    (ei["sofar"], ei["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (ei["bud"], ei["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (ct["sb"], ct["nis3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (ct["nis3"], ct["pr"], "around 3,000 now vs about 10,000 expected by December"),
    (ct["sb"], ct["fb"], "about 1,500: the second group vs the first contingent"),
    (ct["plan"], ct["fb"], "some 12,000 planned vs a first contingent of about 1,500, same sentence"),
    (ct["kys"], ct["pr"], "about 11,000 training (Kyslytsya) vs about 10,000 expected (NIS)"),
    (nt["hur"], nt["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (nt["off"], nt["gen"], "500 officers vs three generals, same sentence"),
    (nt["gen"], nt["sites"], "three: generals vs training sites"),
    (nt["sb"], nt["nis3"], "a second group of about 1,500 vs about 3,000 in Russia"),
    (mw["dod10"], mw["pr"], "around 10,000 sent (Pentagon) vs 10,000 forecast by December (NIS)"),
    (mw["nis10"], mw["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, Oct 23)"),
    (mw["hur"], mw["wh3"], "HUR's 12,000 (the Oct 24 snapshot) vs the White House's 3,000 told as a step"),
    (rt["bl8"], rt["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (rt["days"], rt["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (vg["hur"], vg["nis10"], "about 12,000 (HUR, Oct 24) vs more than 10,000 (NIS, Oct 29), one statement"),
    (tt["z11"], tt["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (tt["nis10"], tt["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
