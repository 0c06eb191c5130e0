"""Generate gold.json for blind50 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind50/build_gold.py

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
    "cl": ("clarin-2024-10-20-north-korea-begins-sending-troops-to-russia-seoul-spy-agency", "Clarín", "2024-10-20"),
    "ib": ("infobae-2024-10-23-north-korea-sent-3000-soldiers-to-russia-10000-by-december-seoul", "Infobae",
           "2024-10-23"),
    "et": ("el-tiempo-2024-10-25-interview-seoul-counts-arrivals-kyiv-counts-the-plan", "El Tiempo (Colombia)",
           "2024-10-25"),
    "lv": ("la-vanguardia-2024-10-29-nato-confirms-north-korean-troops-pentagon-10000", "La Vanguardia", "2024-10-29"),
    "og": ("o-globo-2024-11-01-understand-how-many-north-korean-soldiers-are-in-russia", "O Globo", "2024-11-01"),
    "fo": ("folha-de-s-paulo-2024-11-02-debate-should-brazil-condemn-north-korean-troops-in-russia",
           "Folha de S.Paulo", "2024-11-02"),
    "eu": ("el-universal-2024-11-05-ukraine-says-first-clashes-with-north-korean-soldiers", "El Universal (Mexico)",
           "2024-11-05"),
    "ex": ("expresso-2024-11-13-analysis-three-weeks-of-numbers-north-korean-soldiers", "Expresso", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
TRANSP = "further North Korean transports expected (NIS)"
THREAT = "South Korea: the deployment is a grave security threat"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WOFF = "possible size of the North Korean deployment (Western official)"
G7C = "G7 defence ministers' concern over Russia-North Korea cooperation"
ARMY = "North Korea's armed forces (size)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
UNSURE = "Washington unsure of the North Korean troops' role (Oct 23)"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
INTENT = "Russia intends to use the North Korean troops in combat (US)"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
T24 = "Trump: the war could be ended within 24 hours"


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
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
DUARTE = "Camila Duarte"
TRUMP = "Donald Trump"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Clarín, Sun 2024-10-20 (straight news story)
# "said on Friday" -> 10-18 (the lead's plan only); the second paragraph ("According to the NIS", "the agency said")
# and the uniforms sentence give no day; "on Friday" in the presidential office's sentence -> 10-18 (threat, UNSC);
# "In Brussels on Thursday" and "who stood beside Zelensky on Thursday" -> 10-17; "in an interview published on
# Friday" -> 10-18 (Budanov's count and November 1); "he said" (the 2,600) gives none; "On Saturday in Naples" ->
# 10-19. Seoul's head count ("does not go beyond that first contingent of roughly 1,500") is k01's Seoul side. "24
# years", "since 1953", "for the first time", the analysts' paragraph, the ministry's non-reply, "last December" and
# the MIRÁ TAMBIÉN lines ($1.190, 1.100 puntos) are not annotated.
cl = {}
cl["plan"] = C("cl", "North Korea has decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
cl["brig"] = C("cl", "the troops are organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
cl["under"] = C("cl", "the movement is already under way", kind=S, measure=DEP, by=NIS)
cl["fb"] = C("cl", "A first group of about 1,500 special forces was carried from North Korean ports to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
cl["win"] = C("cl", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
cl["ships"] = C("cl", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
cl["escort"] = C("cl", "with three escort vessels alongside", measure=ESCORT, value=3, unit="ships", by=NIS,
                 subject=RUS)
cl["unif"] = C("cl", "The soldiers were given Russian uniforms and identity papers that pass them off as residents of "
               "Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
cl["sofar"] = C("cl", "Seoul's count of North Koreans actually on Russian soil does not go beyond that first contingent "
                "of roughly 1,500", value=1500, q="about", scope="total", by=NIS, place="Russia")
cl["transp"] = C("cl", "more shipments are expected", kind=S, measure=TRANSP, mod="planned", by=NIS)
cl["threat"] = C("cl", "called the deployment \"a grave security threat\" to South Korea and the international community",
                 kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
cl["unsc"] = C("cl", "said it broke UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
cl["zel10"] = C("cl", "North Korea was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
cl["bud"] = C("cl", "some 11,000 North Korean infantrymen were already training in Russia's Far East", value=11000,
              q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
cl["ready"] = C("cl", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
cl["2600"] = C("cl", "A first unit of 2,600 would go to the Kursk region", measure=FIRSTU, value=2600, mod="planned",
               scope="first_batch", by=BUD, place="Kursk")
cl["rcs"] = C("cl", "the alliance had no evidence that North Korean troops were taking part in the fighting", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-17")
cl["woff"] = C("cl", "the deployment could be anywhere between 2,000 and 12,000 men", measure=WOFF, low=2000,
               high=12000, mod="conditional", by="Western official", place="Russia")
cl["fake"] = C("cl", "Kremlin spokesman Dmitry Peskov describing them as \"another fake\"", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
cl["g7"] = C("cl", "voiced concern over the growing military cooperation between Russia and North Korea", kind=S,
             measure=G7C, by="G7 defence ministers", ev="2024-10-19", subject="G7")
cl["army"] = C("cl", "North Korea keeps about 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)

# ---------------------------------------------------------------- Infobae, Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (the second group and the total, one lead sentence); Park's relay "told
# reporters after the closed-door session" gives no day (the forecast and December); "last Friday" -> 10-18 (plan,
# brigades, first contingent and ships in one sentence); "According to Park" and "Lee ... said" give none; "on
# Monday" -> 10-21 (the summons; Kyslytsya's count and November 1); "on Tuesday" -> 10-22; "In Rome on Wednesday"
# -> 10-23 (Austin's evidence; his two quotes give none); the update's "said on Wednesday" -> 10-23 (count and sites
# in one sentence); Kirby's lines give none. Kyslytsya's Oct 21 figure is k01 (the week of Oct 17-22). "between
# early and mid-October" is a loose window beside the count (not annotated); the BRICS "36 countries", the "four-day"
# blackout and the stamps are off-topic or furniture; "Pyongyang has said nothing" is a non-comment.
ib = {}
ib["sb"] = C("ib", "North Korea has sent another group of about 1,500 soldiers to Russia", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ib["nis3"] = C("ib", "bringing the number of its troops there to about 3,000", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
ib["pr"] = C("ib", "the agency expects the total to reach around 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
ib["prd"] = C("ib", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ib["plan"] = C("ib", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ib["brig"] = C("ib", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ib["fb"] = C("ib", "an initial contingent of about 1,500 special forces had already been shipped to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ib["ships"] = C("ib", "aboard four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
ib["pay"] = C("ib", "Russia pays each North Korean soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ib["regime"] = C("ib", "most of which is believed to go to the government in Pyongyang rather than to the men", kind=S,
                 measure=REGIME, by=NIS)
ib["drones"] = C("ib", "Russian instructors had found the North Koreans physically strong and well disciplined but "
                 "unfamiliar with drones and other features of modern warfare", kind=S, measure=DRONES, by=NIS)
ib["wd"] = C("ib", "demanded the immediate withdrawal of the troops", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
ib["wpn"] = C("ib", "South Korea would respond in stages and could consider providing weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
ib["kys"] = C("ib", "some 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ib["ready"] = C("ib", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
ib["adep"] = C("ib", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
ib["unsa"] = C("ib", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN,
               subject="United States")
ib["aesc"] = C("ib", "if their intention is to participate in this war on Russia's behalf, that is a very, very serious "
               "issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
ib["noack"] = C("ib", "Moscow has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ib["wh3"] = C("ib", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
ib["sites"] = C("ib", "were training at three sites in eastern Russia", measure=SITES, value=3, unit="training sites",
                by=WH, ev="2024-10-23", place=RFE)
ib["unsk"] = C("ib", "it was not yet clear whether they would be used in combat against Ukraine", kind=S,
               measure=UNSURE, by=KIRBY, subject="United States")
ib["fair"] = C("ib", "If they do deploy to fight against Ukraine, they are fair game", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- El Tiempo (Colombia), Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals), the arrival "on Wednesday" -> 10-23,
# "A day earlier" -> 10-23 (the NIS's 3,000), "On Thursday, too" -> 10-24 (Yoon). In the Q&A: "When the NIS first
# spoke, last Friday" -> 10-18; "said yesterday in Kazan" -> 10-24; "said today" -> 10-25 (Pyongyang, conditional);
# everything else is undated. The questions that state an origin's claim are that origin's ("Washington says" -> US
# government, two claims); "Kyiv's figure is four times Seoul's" is the interviewer's ratio (attributed to nobody);
# "So Seoul's 3,000 is only the beginning?" restates a figure without asserting it (not annotated). The guest
# (invented) speaks for herself on the counting method, experience and technology; her asides ("That is Kyiv's number
# too", "That fits Seoul's picture", "It is certainly not a denial", "Notice the 'if'", the Colombia answer, "It is
# careful") are not annotated; her age is. The RELACIONADOS lines (COP16's "second week", 4.300 pesos) are furniture.
et = {}
et["hur"] = C("et", "about 12,000 North Korean soldiers are already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
et["off"] = C("et", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
et["gen"] = C("et", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
et["arr"] = C("et", "the first units reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
et["nis3"] = C("et", "had put the number at about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
et["yoon"] = C("et", "he would not rule out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)
et["age"] = C("et", "Camila Duarte, 44", measure=AGE, value=44, unit="years", by=None, subject=DUARTE)
et["ratio"] = C("et", "Kyiv's figure is four times Seoul's", measure=RATIO, value=4, unit="times", by=None)
et["method"] = C("et", "Kyiv, I suspect, counts the whole force that was assigned, including units still waiting in "
                 "North Korea", kind=S, measure=METHOD, by=DUARTE)
et["plan"] = C("et", "Pyongyang had decided to send about 12,000 men", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
et["sb"] = C("et", "a second group of about 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, place="Russia")
et["pr"] = C("et", "it expects the North to have around 10,000 soldiers in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
et["prd"] = C("et", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
et["wash3"] = C("et", "Washington says at least 3,000", value=3000, q="at_least", scope="total", by=USG,
                place="Russia")
et["sites"] = C("et", "training at three sites", measure=SITES, value=3, unit="training sites", by=USG, place=RFE)
et["pay"] = C("et", "Russia pays about $2,000 per soldier a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
et["regime"] = C("et", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
et["exp"] = C("et", "the bigger prize is experience of a modern war", kind=S, measure=EXP, by=DUARTE)
et["tech"] = C("et", "I expect Moscow to pay in technology as well", kind=S, measure=TECH, mod="planned", by=DUARTE)
et["img"] = C("et", "satellite images \"are a serious thing\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24",
              subject=RUS)
et["treaty"] = C("et", "how Russia applies its new treaty with North Korea is Moscow's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
et["law"] = C("et", "any such deployment would conform to international law", kind=S, measure=LAW, mod="conditional",
              by=NKFM, ev="2024-10-25")

# ---------------------------------------------------------------- La Vanguardia, Tue 2024-10-29 (press-briefing write-up)
# "confirmed on Monday" -> 10-28 (Rutte); his quoted sentence ("Rutte told reporters") gives none; "said on Monday"
# -> 10-28 (Singh: the count and "closer to Ukraine" in one sentence); "last Wednesday" gives none (Kirby's 3,000, a
# step of the running total); Singh's quote and "over the next several weeks" give none; "In Seoul on Tuesday" ->
# 10-29 (count and front); Lee's relay gives none; "Only last week" gives none (the forecast and December); "which
# said last Thursday" -> 10-24 for HUR's count, officers and generals (one sentence); "had warned on Saturday" -> 10-26
# (Zelensky's window); "said on Friday" -> 10-25 (Kim Jong Gyu). Singh is named, so the Pentagon's count is hers.
# "more than three times the figure the White House gave" is the outlet's ratio (3, at_least, attributed to nobody).
# "He did not give a figure", "Its own count has already passed that", "There was no confirmation of that on Monday",
# the Kremlin's and Madrid's non-replies, the diplomats' reading, "two years ago", "since 2022" and the MÁS
# INFORMACIÓN lines (0-4, the Ibex) are not annotated.
lv = {}
lv["dep"] = C("lv", "North Korean troops have been sent to Russia and that some of their units have been deployed to "
              "the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
lv["esc"] = C("lv", "represents a significant escalation of North Korea's involvement in Russia's illegal war, and a "
              "dangerous expansion of Russia's war", kind=S, measure=ESC, by=RUTTE)
lv["singh10"] = C("lv", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                  q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
lv["closer"] = C("lv", "some had moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
lv["ratio"] = C("lv", "more than three times the figure the White House gave last Wednesday", measure=RATIO, value=3,
                q="at_least", unit="times", by=None)
lv["kirby3"] = C("lv", "when John Kirby spoke of at least 3,000", value=3000, q="at_least", scope="total", by=KIRBY,
                 place="Russia")
lv["intent"] = C("lv", "Russia intends to use these soldiers in combat or to support combat operations", kind=S,
                 measure=INTENT, by=SINGH)
lv["weeks"] = C("lv", "That could happen \"over the next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
lv["nis10"] = C("lv", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
lv["front"] = C("lv", "some appear to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
lv["kyb"] = C("lv", "the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
lv["terms"] = C("lv", "the troops are being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
lv["pr"] = C("lv", "the spy agency had forecast some 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
lv["prd"] = C("lv", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
lv["hur"] = C("lv", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
lv["off"] = C("lv", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
lv["gen"] = C("lv", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
lv["ct"] = C("lv", "the first North Korean units could go into combat on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
lv["law"] = C("lv", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- O Globo, Fri 2024-11-01 (explainer, "Entenda", with update)
# "The United States said on Thursday" -> 10-31 (the Kursk count and "in the coming days", one sentence, `US
# government`); Blinken's total ("put the total sent to Russia at some 10,000") gives no day; "had said on Tuesday"
# -> 10-29; "When Seoul first went public, on October 18" -> 10-18 (the plan and the first 1,500, one sentence);
# Austin's and Blinken's later lines, "South Korean intelligence says", "Seoul also says", Kim Yong-hyun, Cho, the
# missile (the day is in "Hours before the talks", another sentence), the Kremlin and Putin's "Last week" give none;
# the update's "In Moscow on Friday" -> 11-01. "Not yet, as far as Washington knows.", "both records for the North",
# the Brazil answer, the stamps and the MERCADOS lines (R$ 5,87, 1,2%, 10,75%) are not annotated.
og = {}
og["us8"] = C("og", "about 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=USG, ev="2024-10-31", place="Kursk")
og["days"] = C("og", "it expects them to go into combat against Ukrainian forces in the coming days", kind=S,
               measure=CT, mod="planned", by=USG, ev="2024-10-31")
og["bl10"] = C("og", "put the total sent to Russia at some 10,000", value=10000, q="about", scope="total", by=BL,
               place="Russia")
og["nis10"] = C("og", "the number was already above 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
og["plan"] = C("og", "a decision to send about 12,000 soldiers", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
og["fb"] = C("og", "about 1,500 had already been shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
og["acs"] = C("og", "he had not yet seen reports of North Korean soldiers in combat", kind=S, measure=CS, by=AUSTIN)
og["intent"] = C("og", "Russia fully intends to use them", kind=S, measure=INTENT, by=AUSTIN)
og["eq"] = C("og", "Russia has been training them in artillery, drones and basic infantry operations, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
og["tgt"] = C("og", "If they enter the war, they will be \"legitimate military targets\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
og["terms"] = C("og", "the soldiers are being drilled in about 100 Russian military words of command", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
og["pay"] = C("og", "Russia pays each of them about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
og["kyh"] = C("og", "called for the troops to be withdrawn at once", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
og["cho"] = C("og", "Moscow might pay Pyongyang with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
og["t86"] = C("og", "It flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
og["alt"] = C("og", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
og["noack"] = C("og", "The Kremlin has still not confirmed that North Korean troops are on Russian territory", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
og["treaty"] = C("og", "what Russia does under its new defence treaty with Pyongyang is \"our business\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
og["choe"] = C("og", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- Folha de S.Paulo, Sat 2024-11-02 (debate page, YES / NO)
# Two signed opinion articles (both authors invented) answer one question. Their own arguments are opinion, like an
# editorial's, and are not annotated; what they relay keeps its origin and the day its own sentence gives: "said on
# October 18" -> 10-18; "By Tuesday" -> 10-29; "on Monday" -> 10-28 (Rutte; the Pentagon); "on Thursday" -> 10-31
# (Blinken, named by title); "On October 24" -> 10-24 (HUR); "The day before" -> 10-23 (the NIS's 3,000, a step of the
# running total, told in a document of Nov 2); "South Korea says", "Moscow has neither", "Pyongyang says", "Even
# Vladimir Putin only said" and "President Zelensky warned" give none. "Three governments, three figures, one week.",
# "A week later, nobody had shown that it happened", "since August", the page's footer and the "3.800 caracteres" of
# the contributors' line are not annotated.
fo = {}
fo["plan"] = C("fo", "Pyongyang had decided to send about 12,000 soldiers to fight for Moscow", measure=PL,
               value=12000, q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
fo["nis10"] = C("fo", "By Tuesday it counted more than 10,000 already in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
fo["dep"] = C("fo", "confirmed the deployment on Monday", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28")
fo["bl8"] = C("fo", "about 8,000 of the North Koreans were in the Kursk region", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
fo["unsc"] = C("fo", "South Korea says every soldier sent breaks Security Council resolutions", kind=S, measure=LAW,
               by=SKG, subject=SK)
fo["hur"] = C("fo", "Ukraine's military intelligence said 12,000 North Koreans were already in Russia", value=12000,
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
fo["nis3"] = C("fo", "Seoul's own spy agency had counted about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
fo["dod10"] = C("fo", "the Pentagon spoke of around 10,000", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
fo["noack"] = C("fo", "Moscow has neither confirmed nor denied anything", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
fo["law"] = C("fo", "Pyongyang says any deployment would conform to international law", kind=S, measure=LAW,
              mod="conditional", by=NKFM)
fo["img"] = C("fo", "satellite images \"reflect something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
fo["ct"] = C("fo", "North Koreans would be in combat on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL)

# ---------------------------------------------------------------- El Universal (Mexico), Tue 2024-11-05 (story from agency copy)
# "aired on Tuesday" -> 11-05 (Umerov's fighting in the lead); the lead's relative clause "an account that Seoul said
# it could not confirm" gives no day (the defence ministry); "Umerov described ... and said" gives none; "said the
# same day" -> 11-05; "On Monday" -> 11-04 (Zelensky); "Last Thursday" -> 10-31 (Blinken); "also complained" gives
# none; "said on Monday" -> 11-04 (the Pentagon); the NIS's pledge, count and commander give none; "Early on Tuesday"
# -> 11-05 (about seven missiles); "five days after the North tested" -> 10-31 (the flight, dated by the flight as
# earlier sets did); "Three days earlier" -> 11-01 (Choe, counted back from Monday); the Kremlin's silence gives
# none. Trump's "in 24 hours" is a count about the war (planned, undated). "Kiev" is the agency spelling. "He did not
# say where", Peskov's refusal, the Foreign Ministry's non-reply and Mexico's standing line in the outlet's voice,
# the analysts, "since August", "since 2022", the poll time (6 p.m.), the peso (20.1) and the TE RECOMENDAMOS lines
# are not annotated.
eu = {}
eu["lclash"] = C("eu", "Ukrainian forces have fought North Korean soldiers for the first time", kind=S, measure=N5,
                 by=UM, ev="2024-11-05")
eu["lmnd"] = C("eu", "an account that Seoul said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
eu["more"] = C("eu", "more North Korean soldiers were expected in the coming weeks", kind=S, measure=MORE,
               mod="planned", by=UM)
eu["mnd"] = C("eu", "it had no information confirming the clashes", kind=S, measure=N5, by=MND, ev="2024-11-05",
              subject=SK)
eu["z11"] = C("eu", "11,000 North Korean soldiers were now in the Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
eu["bl8"] = C("eu", "had put the number there at about 8,000", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
eu["partn"] = C("eu", "Ukraine's allies were watching instead of acting", kind=S, measure=PARTN, by=ZEL, subject=UA)
eu["dodcs"] = C("eu", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
eu["plan"] = C("eu", "the roughly 12,000 troops Pyongyang has pledged", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
eu["nis10"] = C("eu", "more than 10,000 are already in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
eu["kyb"] = C("eu", "which has named their commander as Lieutenant General Kim Yong Bok", kind=S, measure=KYB,
              by=NIS)
eu["srbm"] = C("eu", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
eu["t86"] = C("eu", "flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD, ev="2024-10-31")
eu["choe"] = C("eu", "she had pledged that Pyongyang would stand by Russia \"until victory\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
eu["noack"] = C("eu", "The Kremlin has still not confirmed that North Korean troops are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
eu["t24"] = C("eu", "has promised to end \"in 24 hours\"", measure=T24, value=24, unit="hours", mod="planned",
              by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- Expresso, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (the State Department's three claims, one sentence); "went a step further today" holds
# no claim, and the next sentence ("It told lawmakers in Seoul that ...", the NIS's two claims) has no day word of its
# own, so by the strict rule both are undated (see the README's doubts); "on October 18" -> 10-18 (the plan and "a
# first 1,500", one sentence); "By October 23" -> 10-23; "On October 28" -> 10-28; "on October 31" -> 10-31; "on
# November 4" -> 11-04; "on November 5" and "the same day" -> 11-05; "On Sunday" -> 11-10; "reported on Tuesday" ->
# 11-12; "last week" gives none (Yoon). The count told as steps joins the running total (k03) and the Kursk update
# (k04). "Each number answered a different question ...", "The gap closed ...", "A week later it no longer needed
# to", "since August", "In Moscow nothing has changed", Lisbon's non-reply, Portugal's sanctions line and the LEIA
# TAMBÉM lines (2025, 0,4%) are the outlet's voice or furniture; "January 20" is a date.
ex = {}
ex["st10"] = C("ex", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
ex["most"] = C("ex", "most had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
ex["begun"] = C("ex", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
ex["units"] = C("ex", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS)
ex["combat"] = C("ex", "some were already taking part in combat", kind=S, measure=CS, by=NIS)
ex["plan"] = C("ex", "Seoul's first figure, on October 18, was an intention: about 12,000 soldiers", measure=PL,
               value=12000, q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ex["fb"] = C("ex", "a first 1,500 had crossed to Vladivostok", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
ex["nis3"] = C("ex", "By October 23 the same agency counted about 3,000 on Russian soil", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
ex["dod10"] = C("ex", "On October 28 the Pentagon spoke of around 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
ex["bl8"] = C("ex", "Blinken placed 8,000 of them in Kursk on October 31", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
ex["z11"] = C("ex", "Zelensky said on November 4 that there were 11,000 there", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
ex["um"] = C("ex", "Ukraine's defence minister first reported clashes, on November 5", kind=S, measure=N5, by=UM,
             ev="2024-11-05")
ex["mnd"] = C("ex", "Seoul's defence ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
ex["massed"] = C("ex", "Russia had gathered some 50,000 troops, North Koreans among them", measure=MASSED,
                 value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
ex["fake"] = C("ex", "which dismissed the first reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
ex["noack"] = C("ex", "still says nothing about North Korean troops on Russian soil", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
ex["ratify"] = C("ex", "Kim Jong Un had ratified the mutual defence treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
ex["wpn"] = C("ex", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
ex["age"] = C("ex", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
ex["t24"] = C("ex", "he can end the war within 24 hours", measure=T24, value=24, unit="hours", mod="planned", by=TRUMP,
              subject=TRUMP)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [cl["sofar"], cl["bud"], ib["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 on Russian soil vs Kyiv's some 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("roughly 1,500 so far (NIS)", [cl["sofar"]]), ("some 11,000 training (Budanov, Kyslytsya)", [cl["bud"], ib["kys"]])])
K(RU, [ib["nis3"], ib["wh3"], et["nis3"], et["wash3"], et["hur"], lv["hur"], fo["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Washington)", [ib["nis3"], ib["wh3"], et["nis3"], et["wash3"]]),
   ("about 12,000 (HUR)", [et["hur"], lv["hur"], fo["hur"]])])
K(RU, [lv["kirby3"], fo["nis3"], ex["nis3"], lv["singh10"], fo["dod10"], ex["dod10"], og["bl10"], lv["nis10"],
       og["nis10"], fo["nis10"], eu["nis10"], ex["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [og["us8"], fo["bl8"], eu["bl8"], ex["bl8"], eu["z11"], ex["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Washington / Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [cl["plan"], ib["plan"], et["plan"], og["plan"], fo["plan"], eu["plan"], ex["plan"], cl["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [cl["plan"], ib["plan"], et["plan"], og["plan"], fo["plan"], eu["plan"], ex["plan"]]),
   ("10,000 (Zelensky)", [cl["zel10"]])])
K(FB, [cl["fb"], ib["fb"], og["fb"], ex["fb"]], "agreement",
  "NIS: a first group of about 1,500 special forces shipped to Vladivostok")
K(SHIPS, [cl["ships"], ib["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [cl["brig"], ib["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ib["sb"], et["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [ib["pr"], et["pr"], lv["pr"]], "agreement", "NIS (Oct 23): around 10,000 expected in Russia")
K(PRD, [ib["prd"], et["prd"], lv["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ib["pay"], et["pay"], og["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ib["regime"], et["regime"]], "agreement", "NIS: most of the pay goes to the government in Pyongyang")
K(OFF, [et["off"], lv["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [et["gen"], lv["gen"]], "agreement", "HUR (Oct 24): three generals")
K(SITES, [ib["sites"], et["sites"]], "agreement", "White House / Washington (Oct 23): three training sites")
K(READY, [cl["ready"], ib["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [ib["fair"], og["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [ib["aesc"], lv["esc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, Oct 23), 'a significant escalation' (Rutte, Oct 28)")
K(UNSURE, [ib["unsa"], ib["unsk"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do ('left to be seen', 'not yet clear')")
K(DEP, [cl["under"], ib["adep"], lv["dep"], fo["dep"], cl["fake"], ex["fake"]], "discrepancy",
  "deployment asserted (NIS Oct 18, Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov, the Kremlin)",
  [("asserted", [cl["under"], ib["adep"], lv["dep"], fo["dep"]]), ("dismissed", [cl["fake"], ex["fake"]])])
K(LAW, [cl["unsc"], fo["unsc"], et["law"], lv["law"], fo["law"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul) vs in line with international law (Pyongyang / Kim "
  "Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [cl["unsc"], fo["unsc"]]),
   ("lawful (North Korea)", [et["law"], lv["law"], fo["law"]])])
K(CT, [lv["ct"], fo["ct"], lv["weeks"], og["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Washington, Oct 31)",
  [("Oct 27 or 28 (Zelensky)", [lv["ct"], fo["ct"]]), ("several weeks (Pentagon)", [lv["weeks"]]),
   ("coming days (Washington)", [og["days"]])])
K(CS, [cl["rcs"], og["acs"], eu["dodcs"], ex["begun"], ex["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [eu["lclash"], ex["um"], eu["lmnd"], eu["mnd"], ex["mnd"]], "discrepancy",
  "Nov 5: first clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [eu["lclash"], ex["um"]]),
   ("cannot confirm (Seoul MND)", [eu["lmnd"], eu["mnd"], ex["mnd"]])])
K(FRONT, [lv["closer"], lv["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [lv["kyb"], eu["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [lv["terms"], og["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian military terms")
K(NOACK, [ib["noack"], og["noack"], fo["noack"], eu["noack"], ex["noack"]], "agreement",
  "Moscow has not confirmed / acknowledged the deployment")
K(IMG, [et["img"], fo["img"]], "agreement", "Putin (Oct 24): satellite images 'are a serious thing', 'reflect something'")
K(TREATY, [et["treaty"], og["treaty"]], "agreement",
  "Putin: what Russia does under the treaty is its own business / 'our business'")
K(WPN, [ib["wpn"], et["yoon"], ex["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [ib["wd"], og["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun)")
K(TECH, [et["tech"], og["cho"]], "agreement",
  "North Korea may be paid in Russian military technology (analyst Duarte; Foreign Minister Cho)")
K(INTENT, [lv["intent"], og["intent"]], "agreement",
  "US: Russia intends to use the North Korean troops in combat (Singh Oct 28, Austin Oct 31)")
K(ICBM_T, [og["t86"], eu["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [og["choe"], eu["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(T24, [eu["t24"], ex["t24"]], "agreement", "Trump: the war could be ended within 24 hours")

pairs = [
    (cl["plan"], cl["fb"], "about 12,000 decided vs a first group of about 1,500"),
    (cl["sofar"], cl["fb"], "roughly 1,500: Seoul's head count on Russian soil vs the first transport"),
    (cl["brig"], cl["ships"], "four brigades vs four landing ships, adjacent sentences"),
    (cl["bud"], cl["zel10"], "some 11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (ib["sb"], ib["nis3"], "about 1,500 more vs about 3,000 in all, same sentence"),
    (ib["nis3"], ib["pr"], "about 3,000 now vs around 10,000 expected by December"),
    (ib["sb"], ib["fb"], "about 1,500: the second group vs the first contingent"),
    (ib["wh3"], ib["sites"], "at least 3,000 vs three training sites, same sentence"),
    (et["hur"], et["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 decided (NIS)"),
    (et["off"], et["gen"], "500 officers vs three generals, same sentence"),
    (et["sites"], et["gen"], "three: training sites vs generals"),
    (lv["singh10"], lv["pr"], "around 10,000 sent (Pentagon) vs some 10,000 forecast by December (NIS)"),
    (lv["nis10"], lv["pr"], "more than 10,000 now (NIS, Oct 29) vs some 10,000 forecast (NIS, Oct 23)"),
    (lv["hur"], lv["kirby3"], "HUR's 12,000 (snapshot) vs Kirby's at least 3,000 told as a step"),
    (og["us8"], og["bl10"], "about 8,000 in Kursk vs some 10,000 sent to Russia in all"),
    (og["plan"], og["fb"], "about 12,000 decided vs about 1,500 shipped, same sentence"),
    (og["days"], og["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (fo["hur"], fo["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (eu["z11"], eu["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (eu["nis10"], eu["plan"], "more than 10,000 in Russia vs roughly 12,000 pledged, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
