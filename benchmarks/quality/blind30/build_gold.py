"""Generate gold.json for blind30 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind30/build_gold.py

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
    "ft": ("focus-taiwan-2024-10-18-seoul-says-north-korea-sending-12000-troops-to-russia",
           "Focus Taiwan (CNA English)", "2024-10-18"),
    "mm": ("malay-mail-2024-10-23-seoul-spy-agency-3000-north-korean-troops-in-russia-10000-by-december",
           "Malay Mail", "2024-10-23"),
    "gma": ("gma-news-2024-10-24-24-oras-ukraine-says-12000-north-korean-troops-in-russia", "GMA News",
            "2024-10-24"),
    "vn": ("vietnam-news-2024-10-29-north-korean-troops-in-russia-top-10000-seoul-says", "Vietnam News",
           "2024-10-29"),
    "na": ("the-nation-thailand-2024-11-01-blinken-8000-north-korean-troops-kursk-combat-coming-days",
           "The Nation (Thailand)", "2024-11-01"),
    "rp": ("rappler-2024-11-02-thread-how-many-north-korean-soldiers-are-in-russia", "Rappler", "2024-11-02"),
    "kt": ("khmer-times-2024-11-05-interview-north-korean-troops-numbers-will-keep-rising", "Khmer Times",
           "2024-11-05"),
    "mb": ("manila-bulletin-2024-11-14-analysis-north-korean-troops-from-denial-to-combat", "Manila Bulletin",
           "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
FIRSTDEP = "North Korea's first large-scale ground deployment abroad"
BEGUN = "North Korean troop movement already begun"
FURTHER = "further North Korean troop transports expected"
THREAT = "Russia-North Korea cooperation a grave security threat (Seoul)"
YEARS = "years since Putin's previous visit to Pyongyang"
TWMON = "Taiwan following the reports"
TWAUTH = "Taiwan: cooperation among authoritarian states threatens the Indo-Pacific"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
UNSURE = "what the North Korean troops will do is unclear (US)"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMPREP = "North Korean ICBM launch prepared (NIS)"
ICBM_D = "ICBM distance flown"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
MORE = "more North Korean troops expected (Ukraine)"
RISE = "North Korean troop numbers will keep rising (analyst)"
FCAST = "North Korean troops in Russia by end of 2024 (analyst forecast)"
METHOD = "why Kyiv's and Washington's counts differ (analyst)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
LAVROV = "Russia-North Korea military ties"
PHDFA = "Philippines DFA monitoring the situation"
PHCONC = "Philippines concerned over tensions on the Korean Peninsula"
PHOFW = "Filipino workers in South Korea not affected"
THNAT = "Thai nationals not affected"
DIALOGUE = "Southeast Asian governments: settle the war through dialogue / peaceful means"
TRUMP24 = "Trump's promised time to end the war"


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
WO = "Western official"
TWMOFA = "Taiwan Ministry of Foreign Affairs"
PHDFA_O = "Philippines Department of Foreign Affairs"
VNMFA = "Vietnam Ministry of Foreign Affairs"
THMFA = "Thailand Ministry of Foreign Affairs"
KHMFA = "Cambodia Ministry of Foreign Affairs"
GUEST = "Touch Sopheap"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Focus Taiwan (CNA English), Fri 2024-10-18 (straight news story)
# "said Friday" -> 10-18 (the plan and, in the same sentence, "first large-scale ground deployment"); the following
# NIS sentences ("The spy agency said", "it said", "According to the NIS", "The agency said") give no day; "After an
# emergency security meeting ... on Friday" -> 10-18 (the threat), "It also said" gives none; Zelensky "in Brussels on
# Thursday" -> 10-17; "Standing beside him" (Rutte) gives none; "In an interview published Friday" -> 10-18
# (Budanov's figure and date), "he said" (the first unit) none; "earlier this month" none; "The Kremlin has rejected
# such reports" (no day) and Peskov's line are two claims on the dismissed side; Taipei's ministry "said
# Friday" -> 10-18, its standing warning none. "those fifteen hundred men are the only ... so far" is the NIS's head
# count that week (bundled k01). The Western official's range is single. "24 years" is the outlet's count
# (attributed to nobody). "fourth article", "without delay", the TAIEX (0.6 percent, 23,487), the NT$32.1, the
# stamp, the byline and the related headlines (153 aircraft) are not annotated.
ft = {}
ft["plan"] = C("ft", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ft["first"] = C("ft", "in what the agency called the North's first large-scale ground deployment abroad", kind=S,
                measure=FIRSTDEP, by=NIS, ev="2024-10-18")
ft["brig"] = C("ft", "the decision covered four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
ft["begun"] = C("ft", "the movement of troops had already begun", kind=S, measure=BEGUN, by=NIS)
ft["fb"] = C("ft", "Some 1,500 North Korean special forces were carried from the country's east coast to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ft["win"] = C("ft", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ft["ships"] = C("ft", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ft["escort"] = C("ft", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
ft["unif"] = C("ft", "the soldiers were issued Russian military uniforms and forged identity papers", kind=S,
               measure=UNIF, by=NIS)
ft["second"] = C("ft", "a second transport was expected to leave soon", kind=S, measure=FURTHER, mod="planned", by=NIS)
ft["sofar"] = C("ft", "those fifteen hundred men are the only North Korean soldiers on Russian soil so far", value=1500,
                scope="total", by=NIS, place="Russia")
ft["threat"] = C("ft", "the military cooperation between Moscow and Pyongyang had become \"a grave security threat\"",
                 kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
ft["unsc"] = C("ft", "It also said the cooperation breached U.N. Security Council resolutions.", kind=S, measure=LAW,
               by=PO, subject=SK)
ft["zel10"] = C("ft", "Pyongyang was preparing 10,000 soldiers to reinforce Russia's army", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ft["rutte"] = C("ft", "the alliance had no evidence so far that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE)
ft["bud"] = C("ft", "some 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ft["ready"] = C("ft", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
ft["2600"] = C("ft", "The first unit, numbering about 2,600, is to be sent to Russia's Kursk region", measure=FIRSTU,
               value=2600, q="about", mod="planned", scope="first_batch", by=BUD, place="Kursk")
ft["fake"] = C("ft", "Spokesman Dmitry Peskov called them \"another fake\" earlier this month.", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
ft["rej"] = C("ft", "The Kremlin has rejected such reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
ft["rng"] = C("ft", "estimated a possible deployment at between 2,000 and 12,000 troops", measure=PL, low=2000,
              high=12000, mod="planned", scope="total", by=WO, place="Russia")
ft["mofa"] = C("ft", "the Ministry of Foreign Affairs said Friday it was following the reports closely", kind=S,
               measure=TWMON, by=TWMOFA, ev="2024-10-18", subject="Taiwan")
ft["auth"] = C("ft", "closer cooperation among authoritarian states threatens the security of the Indo-Pacific", kind=S,
               measure=TWAUTH, by=TWMOFA, subject="Taiwan")
ft["24"] = C("ft", "first visit to Pyongyang in 24 years", measure=YEARS, value=24, unit="years", by=None, subject=RUS)

# ---------------------------------------------------------------- Malay Mail, Wed 2024-10-23 (wire story with an update block)
# "told lawmakers today" -> 10-23 (the lead's three claims and its "by December"); Park's and Lee's sentences give no
# day ("told reporters", "quoted", "said"); "last Friday" -> 10-18 (brigades, plan, first transport and ships in one
# sentence); "On Monday" -> 10-21 (Kyslytsya's figure and November 1); "on Monday" -> 10-21 (the summons); "yesterday"
# -> 10-22 (the presidential official); the update's "said in Rome today" -> 10-23, its later sentences none. The
# ringgit conversion sits inside the pay quote. "Pyongyang severed diplomatic ties ... in 2021", "Wisma Putra did not
# respond" (a non-reply), Budget 2025 (RM421 billion), the ringgit rate, the stamps, the agency line and the Also-read
# headlines (January 1, RM8 billion) are not annotated.
mm = {}
mm["nis3"] = C("mm", "About 3,000 North Korean soldiers are now in Russia", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
mm["sb"] = C("mm", "a second group of roughly 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
mm["pr"] = C("mm", "Pyongyang is expected to have sent some 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
mm["prd"] = C("mm", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
mm["more"] = C("mm", "the agency believed more transports were being prepared", kind=S, measure=FURTHER, mod="planned",
               by=NIS)
mm["prd2"] = C("mm", "By December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mm["pr2"] = C("mm", "around 10,000 North Korean troops will have been moved to Russia", measure=PR, value=10000,
              q="about", mod="planned", scope="total", by=NIS, place="Russia")
mm["pay"] = C("mm", "Russia pays each North Korean soldier about US$2,000 (RM8,700) a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
mm["regime"] = C("mm", "most of which it believes is pocketed by the regime in Pyongyang", kind=S, measure=REGIME,
                 by=NIS)
mm["drones"] = C("mm", "Russian instructors had assessed the troops as physically strong but poorly prepared for "
                 "modern warfare, including the use of drones", kind=S, measure=DRONES, by=NIS)
mm["brig"] = C("mm", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
mm["plan"] = C("mm", "totalling about 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
mm["fb"] = C("mm", "the first 1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
mm["ships"] = C("mm", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, ev="2024-10-18",
                subject=RUS)
mm["kys"] = C("mm", "about 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
mm["ready"] = C("mm", "would be ready to fight by November 1", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=KYS, ev="2024-10-21")
mm["wd"] = C("mm", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)
mm["wpn"] = C("mm", "South Korea could consider sending weapons to Ukraine, starting with defensive arms", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
mm["fab"] = C("mm", "The Kremlin has dismissed the reports as fabricated.", kind=S, measure=DEP, by=KREMLIN,
              subject=RUS)
mm["adep"] = C("mm", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
mm["unsure"] = C("mm", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
mm["aesc"] = C("mm", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)

# ---------------------------------------------------------------- GMA News, Thu 2024-10-24 (broadcast news segment)
# "said today" -> 10-24 (HUR's count, officers and generals); the arrival "yesterday" -> 10-23 (an arrival with its own
# day takes it, as blind21-28 did); "That is four times the figure ... gave on Wednesday" is the outlet's ratio
# (attributed to nobody); the NIS's next sentence ("told lawmakers") gives no day, nor does "had said last week";
# Kirby "on Wednesday, Washington time" -> 10-23 (count and sites); SOT lines give none; "Putin added" none; Yoon
# "said today" -> 10-24. The DFA's three lines are undated (present tense). "did not deny the reports" is the
# outlet's remark. The storm paragraph (95 km/h, 160, Signal No. 3, at least 20 deaths, 1.8 million), the classes,
# the weather (24 and 30 degrees), the header (3:05), "Sa susunod" and the text number are not annotated.
gma = {}
gma["hur"] = C("gma", "around 12,000 North Korean troops are now in Russia", value=12000, q="about", scope="total",
               by=HUR, ev="2024-10-24", place="Russia")
gma["off"] = C("gma", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
gma["gen"] = C("gma", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
gma["arr"] = C("gma", "the first units arrived in Russia's Kursk region, which borders Ukraine, yesterday", kind=S,
               measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
gma["ratio"] = C("gma", "That is four times the figure South Korea's spy agency gave on Wednesday", measure=RATIO,
                 value=4, unit="times", by=None)
gma["nis3"] = C("gma", "about 3,000 North Korean soldiers had been moved to Russia so far", value=3000, q="about",
                scope="total", by=NIS, place="Russia")
gma["pr"] = C("gma", "it expects around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
              by=NIS, place="Russia")
gma["prd"] = C("gma", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
gma["plan"] = C("gma", "Pyongyang planned to send about 12,000 troops in all", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
gma["brig"] = C("gma", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
gma["kirby"] = C("gma", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia in early to "
                 "mid-October", value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
gma["sites"] = C("gma", "were training at three military sites there", measure=SITES, value=3, unit="training sites",
                 by=KIRBY, ev="2024-10-23", place=RFE)
gma["fair"] = C("gma", "If they are going to fight against Ukraine, they are fair game.", kind=S, measure=TGT,
                mod="conditional", by=KIRBY)
gma["img"] = C("gma", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
               by=PUTIN, subject=RUS)
gma["treaty"] = C("gma", "how Russia carries out its new treaty with North Korea is \"our business.\"", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)
gma["yoon"] = C("gma", "he does not rule out supplying weapons to Ukraine, depending on how actively North Korea takes "
                "part in the war", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
gma["dfa"] = C("gma", "the Department of Foreign Affairs says it is monitoring the situation", kind=S, measure=PHDFA,
               by=PHDFA_O, subject="Philippines")
gma["conc"] = C("gma", "the DFA said Manila is concerned about any development that heightens tensions on the Korean "
                "Peninsula, and urged all parties to respect international law", kind=S, measure=PHCONC, by=PHDFA_O,
                subject="Philippines")
gma["ofw"] = C("gma", "it has no reports of Filipino workers in South Korea being affected", kind=S, measure=PHOFW,
               by=PHDFA_O, subject="Philippines")

# ---------------------------------------------------------------- Vietnam News, Tue 2024-10-29 (correspondent's dispatch from Seoul)
# "on Tuesday" -> 10-29 (the lead's count and the front, one sentence); Lee's later sentences and "The agency also
# told lawmakers" give no day; "said on Monday" -> 10-28 (the Pentagon's count; "a day after" agrees); Singh's
# sentence none; "Only last Wednesday" -> 10-23 (a step of the running total); "last Thursday" -> 10-24 (HUR's count)
# and the arrival "on the 23rd" -> 10-23 in the same sentence; "had forecast last week" none; "In Brussels on Monday"
# -> 10-28 (Rutte's confirmation), "He described" none; "on Saturday" -> 10-26 (Zelensky's window); "on Friday" ->
# 10-25 (Kim Jong Gyu). HUR's Oct 24 count stays in the snapshot k02 (not a step of the running total). "That
# projection has already been overtaken" and "By Tuesday evening there had been no confirmation" are the outlet's
# remarks; the weather, KOSPI (0.8 per cent, 2,617), the won (1,386), "December 2022" and "30th anniversary" are not
# annotated.
vn = {}
vn["nis10"] = C("vn", "More than 10,000 North Korean soldiers have now been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
vn["front"] = C("vn", "some of them appear to be moving towards the front line", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
vn["kyb"] = C("vn", "the contingent was commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
vn["terms"] = C("vn", "The soldiers were being drilled on about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
vn["icbm"] = C("vn", "the North appeared to have finished preparing a launch of an intercontinental ballistic missile",
               kind=S, measure=ICBMPREP, by=NIS)
vn["dod10"] = C("vn", "around 10,000 North Korean troops had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
vn["closer"] = C("vn", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
vn["weeks"] = C("vn", "Washington was increasingly concerned Russia intended to use them in combat \"over the next "
                "several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
vn["step3"] = C("vn", "Only last Wednesday, Seoul put the number at about 3,000.", value=3000, q="about", scope="total",
                by=NIS, ev="2024-10-23", place="Russia")
vn["hur"] = C("vn", "about 12,000 were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
vn["arr"] = C("vn", "the first units had reached the Kursk region on the 23rd", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
vn["pr"] = C("vn", "The NIS had forecast last week that the total would reach 10,000", measure=PR, value=10000,
             mod="planned", scope="total", by=NIS, place="Russia")
vn["prd"] = C("vn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
vn["rdep"] = C("vn", "North Korean units had been deployed to Russia's Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
vn["resc"] = C("vn", "He described the deployment as \"a significant escalation\" and \"a dangerous expansion of "
               "Russia's war\"", kind=S, measure=ESC, by=RUTTE)
vn["ct"] = C("vn", "the first North Korean soldiers could be sent into combat zones on October 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
vn["kjg"] = C("vn", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
vn["mfa"] = C("vn", "the country hoped the parties concerned would exercise restraint and settle their differences "
              "through dialogue and peaceful means", kind=S, measure=DIALOGUE, by=VNMFA, subject="Vietnam")

# ---------------------------------------------------------------- The Nation (Thailand), Fri 2024-11-01 (press-briefing write-up)
# "on Thursday" -> 10-31 (Blinken's Kursk figure and "in the coming days", one sentence); his later sentences, Austin,
# Kim Yong-hyun and Cho give no day; the ICBM figures are undated ("hours after" is in the previous sentence, and the
# ministry's and the JCS's sentences give none); "On Tuesday" -> 10-29 (the NIS's count and, in the same sentence, the
# front); the update's "on Friday" -> 11-01 (Choe; "who arrived in Moscow on Thursday" is reported fact), Lavrov's
# sentence none. "which suggested Moscow fully intended to use them" and "pointing instead to the mutual defence
# treaty" elaborate the statements they follow. "two-plus-two", "the four ministers", "the two countries'", "Thailand
# maintains diplomatic relations with both Koreas", the SET (0.7 per cent, 1,459), the baht (33.85), the stamps and
# the related headlines (10,000-baht, 3 million, 20 baht) are not annotated.
na = {}
na["bl8"] = C("na", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
na["days"] = C("na", "Washington expected them to enter combat against Ukrainian forces \"in the coming days\"",
               kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31")
na["bl10"] = C("na", "some 10,000 North Korean troops had been sent to Russia altogether", value=10000, q="about",
               scope="total", by=BL, place="Russia")
na["tgt"] = C("na", "If they do engage in combat against Ukraine, they will become legitimate military targets",
              kind=S, measure=TGT, mod="conditional", by=BL)
na["eq"] = C("na", "Russia had been training the North Koreans in artillery, drone operations and basic infantry "
             "tactics, including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
na["acs"] = C("na", "He said he had not yet seen reports of them fighting.", kind=S, measure=CS, by=AUSTIN)
na["kyh"] = C("na", "Kim Yong-hyun called on Pyongyang to withdraw its soldiers immediately", kind=S, measure=WITHDRAW,
              by=KYH, subject=SK)
na["cho"] = C("na", "Russia could reward the North with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
na["t86"] = C("na", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
na["alt"] = C("na", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
na["dist"] = C("na", "it travelled about 1,000km", measure=ICBM_D, value=1000, q="about", unit="km", by=JCS)
na["nis10"] = C("na", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
na["front"] = C("na", "some of them already moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
na["noack"] = C("na", "The Kremlin has neither confirmed nor denied that North Korean soldiers are on Russian "
                "territory", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
na["mfa"] = C("na", "Thailand was following the situation with concern and urged all sides to resolve the conflict "
              "through peaceful means and dialogue", kind=S, measure=DIALOGUE, by=THMFA, subject="Thailand")
na["thnat"] = C("na", "there were no reports of Thai nationals in Russia or South Korea being affected", kind=S,
                measure=THNAT, by=THMFA, subject="Thailand")
na["choe"] = C("na", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
na["lavrov"] = C("na", "Lavrov said the two countries' militaries and security services had \"very close\" ties.",
                 kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Rappler, Sat 2024-11-02 (numbered social-media thread)
# Each post is plain text; a post's leading date ("Oct 18:", "Oct 23:", "Oct 24:", "Oct 28:", "Oct 31:") is part of
# its first sentence and dates that sentence's claims; "The day before" -> 10-17 (Zelensky); "the same day" -> 10-23
# (the White House's count and sites, one sentence); "A day later" -> 10-29 (the NIS's count and commander, one
# sentence); "On Friday in Moscow" -> 11-01 (Choe). Sentences without a day of their own stay null: the first
# transport ("it said"), Kyiv's 11,000 (the HUR figure of Oct 18, bundled k01), Seoul's forecast, "Hours earlier"
# (the ICBM), Zelensky's window ("had warned"), the Kremlin, Putin, the pay, the regime, the DFA. The Oct 23 counts
# told as steps join the running total k03; HUR's Oct 24 count stays in the snapshot k02. Post numbers ("1/13"),
# "two weeks", "As of Saturday morning, no government had confirmed any combat" (the outlet's remark), "the longest
# flight time yet recorded", "tens of thousands of Filipinos", the engagement counts (214, 1.1K, 3.4K, 98K), the
# credits and the Viber number are not annotated.
rp = {}
rp["plan"] = C("rp", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
rp["fb"] = C("rp", "The first 1,500 special forces had already sailed to Vladivostok on Russian navy ships",
             measure=FB, value=1500, scope="first_batch", by=NIS, place=RFE)
rp["zel10"] = C("rp", "North Korea was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
rp["bud"] = C("rp", "11,000 North Korean infantry were already training in Russia's Far East", value=11000,
              scope="total", by=HUR, place=RFE)
rp["sb"] = C("rp", "the NIS said a second batch had arrived", kind=S, measure=SB, scope="additional", by=NIS,
             ev="2024-10-23", place="Russia")
rp["nis3"] = C("rp", "bringing the total to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
rp["wh3"] = C("rp", "it had evidence of at least 3,000", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
rp["sites"] = C("rp", "training at three sites in eastern Russia", measure=SITES, value=3, unit="training sites",
                by=WH, ev="2024-10-23", place=RFE)
rp["pr"] = C("rp", "Seoul's spies expected around 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
rp["prd"] = C("rp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rp["hur"] = C("rp", "about 12,000 already in Russia", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
              place="Russia")
rp["off"] = C("rp", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
rp["gen"] = C("rp", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
rp["dod10"] = C("rp", "the Pentagon said around 10,000 had been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
rp["nis10"] = C("rp", "A day later the NIS said the count had passed 10,000", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
rp["kyb"] = C("rp", "the troops were led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
rp["bl8"] = C("rp", "about 8,000 were now in Russia's Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
rp["days"] = C("rp", "would likely fight \"in the coming days.\"", kind=S, measure=CT, mod="planned", by=BL,
               ev="2024-10-31")
rp["t86"] = C("rp", "North Korea launched an ICBM that flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD)
rp["ct"] = C("rp", "the first units could be on the battlefield on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
rp["noack"] = C("rp", "the Kremlin has never confirmed the soldiers are there", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
rp["img"] = C("rp", "Putin said \"if there are images, they reflect something,\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
rp["treaty"] = C("rp", "called Russia's use of its treaty with Pyongyang \"our business.\"", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
rp["choe"] = C("rp", "promised Pyongyang would stand by Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
rp["pay"] = C("rp", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
rp["regime"] = C("rp", "most of it goes to the regime in Pyongyang, not the men", kind=S, measure=REGIME, by=NIS)
rp["dfa"] = C("rp", "the DFA says it is \"closely monitoring\" developments on the Korean Peninsula", kind=S,
              measure=PHDFA, by=PHDFA_O, subject="Philippines")

# ---------------------------------------------------------------- Khmer Times, Tue 2024-11-05 (interview)
# The intro: "aired today" -> 11-05 (Umerov), "said today" -> 11-05 (Seoul's defence ministry), "A day earlier" ->
# 11-04 (Zelensky), "Early this morning" -> 11-05 (the JCS's missiles); the Kremlin's line has no day. The questions
# relay their origins' claims, undated ("Kyiv says its troops have now met North Koreans" -> Ukraine government;
# "Last week Washington said" -> US government; "Seoul's spy agency says" -> NIS), except "The Pentagon said on
# Monday" -> 11-04. The guest (invented) relays Umerov, the NIS, the Foreign Ministry and Choe ("in Moscow on
# Friday" -> 11-01), keeping their origins; his own readings (the numbers will keep rising, the 15,000 forecast,
# the method, the technology) are his; his age is annotated (attributed to nobody).
# His asides ("Probably both, a few days apart", "That is not an army ready ...", "Washington wants proof ...",
# "Hard currency first", "That is what worries Seoul and Tokyo most", "Do not expect more than that", "That is as
# close to a confirmation ...") are not annotated. "by the end of the year" stays inside the forecast's quote (not a
# date claim). The riel (4,065), the Water Festival (November 14 to 16, 300 boats), the related line (30 percent,
# 18%, nine months) and the stamp are not annotated.
kt = {}
kt["um"] = C("kt", "Ukrainian forces had fought their first small-scale engagements with North Korean soldiers",
             kind=S, measure=N5, by=UM, ev="2024-11-05")
kt["mnd"] = C("kt", "South Korea's defence ministry said today it could not confirm the account.", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
kt["z11"] = C("kt", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
kt["noack"] = C("kt", "The Kremlin still has not confirmed that any are on its territory.", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
kt["srbm"] = C("kt", "the North fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
kt["age"] = C("kt", "Dr Touch Sopheap, 52", measure=AGE, value=52, unit="years", by=None, subject=GUEST)
kt["qclash"] = C("kt", "Kyiv says its troops have now met North Koreans in battle.", kind=S, measure=N5,
                 by="Ukraine government")
kt["more"] = C("kt", "Umerov also said he expects more of them to arrive in the coming weeks", kind=S, measure=MORE,
               mod="planned", by=UM)
kt["rise"] = C("kt", "The numbers will keep rising.", kind=S, measure=RISE, mod="planned", by=GUEST)
kt["15k"] = C("kt", "I would not be surprised to see 15,000 North Koreans in Russia by the end of the year",
              measure=FCAST, value=15000, mod="planned", scope="total", by=GUEST, place="Russia")
kt["q11"] = C("kt", "Zelensky says 11,000 are in Kursk.", measure=KU, value=11000, by=ZEL, place="Kursk")
kt["q8"] = C("kt", "Last week Washington said about 8,000.", measure=KU, value=8000, q="about", by=USG, place="Kursk")
kt["method"] = C("kt", "Kyiv counts what its units see opposite them, while the Americans count what their satellites "
                 "and intercepts can confirm", kind=S, measure=METHOD, by=GUEST)
kt["q10"] = C("kt", "Seoul's spy agency says more than 10,000 are in Russia", value=10000, q="at_least", scope="total",
              by=NIS, place="Russia")
kt["q12"] = C("kt", "about 12,000 Pyongyang has promised", measure=PL, value=12000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
kt["terms"] = C("kt", "the Russians are teaching them roughly a hundred words of military Russian", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
kt["drones"] = C("kt", "their trainers find them tough but clumsy with drones", kind=S, measure=DRONES, by=NIS)
kt["dodcs"] = C("kt", "The Pentagon said on Monday it had no indication yet that they had entered combat.", kind=S,
                measure=CS, by=DOD, ev="2024-11-04")
kt["tech"] = C("kt", "Then, I expect, Russian help with satellites, submarines and missile re-entry technology.",
               kind=S, measure=TECH, mod="planned", by=GUEST)
kt["mfa"] = C("kt", "The Foreign Ministry has said Cambodia supports a peaceful settlement of the war through "
              "negotiation and respect for the UN Charter.", kind=S, measure=DIALOGUE, by=KHMFA, subject="Cambodia")
kt["choe"] = C("kt", "told Sergei Lavrov in Moscow on Friday that Pyongyang would stand with Russia until the day of "
               "victory", kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- Manila Bulletin, Thu 2024-11-14 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims, one sentence); "a day later ... on Wednesday" -> 11-13
# (the NIS's two claims); "On Oct. 18" -> 10-18 (plan, first group and window, one sentence); "Five days later" ->
# 10-23; "By Oct. 28" -> 10-28; "On Nov. 4" -> 11-04; "On Nov. 5" -> 11-05 (Umerov) and "the same day" -> 11-05 (Seoul's
# ministry); "on Sunday" -> 11-10 (the NYT's officials); "on Tuesday" -> 11-12 (KCNA); "last week" (Yoon) gives null;
# the DFA's line none. The Oct 23 and Oct 28 counts told as steps join the running total k03. "The Kremlin, which
# first called the reports ..." is the Kremlin's (Peskov not named there). The outlet's reading ("men decided on,
# men landed, men at the front"), "Four weeks", "A week later, nobody ... was disputing it", Yoon's visit "last month"
# and the strategic partnership, "January 20", the byline's "senior writer", the stamps and the Read-more headlines
# (Signal No. 5, 58.77) are not annotated; Trump's age and "24 hours" are.
mb = {}
mb["st10"] = C("mb", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
mb["most"] = C("mb", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
mb["begun"] = C("mb", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
mb["units"] = C("mb", "North Koreans had been assigned to Russian marine and airborne units", kind=S, measure=UNITS,
                by=NIS, ev="2024-11-13")
mb["fight"] = C("mb", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
mb["plan"] = C("mb", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mb["fb"] = C("mb", "a first group of 1,500 special forces had been shipped", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
mb["win"] = C("mb", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
mb["step3"] = C("mb", "Five days later, it said about 3,000 were in Russia.", value=3000, q="about", scope="total",
                by=NIS, ev="2024-10-23", place="Russia")
mb["dod10"] = C("mb", "By Oct. 28, the Pentagon's number was around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place=RFE)
mb["z11"] = C("mb", "Ukrainian President Volodymyr Zelensky said 11,000 were in Kursk alone", measure=KU, value=11000,
              by=ZEL, ev="2024-11-04", place="Kursk")
mb["um"] = C("mb", "his forces had clashed with North Korean units for the first time", kind=S, measure=N5, by=UM,
             ev="2024-11-05")
mb["mnd"] = C("mb", "Seoul's defense ministry said the same day that it could not confirm his account", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
mb["massed"] = C("mb", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
mb["fake"] = C("mb", "The Kremlin, which first called the reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
mb["ratify"] = C("mb", "leader Kim Jong Un had ratified the mutual defense treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
mb["wpn"] = C("mb", "South Korea did not rule out sending weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
mb["dfa"] = C("mb", "it continues to monitor the situation and called on all parties to avoid actions that could raise "
              "tensions in the region", kind=S, measure=PHDFA, by=PHDFA_O, subject="Philippines")
mb["age"] = C("mb", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
mb["24h"] = C("mb", "has said he could end the war in 24 hours", measure=TRUMP24, value=24, unit="hours",
              mod="conditional", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ft["sofar"], ft["bud"], mm["kys"], rp["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's fifteen hundred on Russian soil so far vs Kyiv's about 11,000 "
  "training in the east (Budanov Oct 18, Kyslytsya Oct 21, 'Kyiv's military intelligence')",
  [("1,500 so far (NIS)", [ft["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya, HUR)", [ft["bud"], mm["kys"], rp["bud"]])])
K(RU, [mm["nis3"], gma["nis3"], gma["kirby"], gma["hur"], vn["hur"], rp["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Kirby's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby)", [mm["nis3"], gma["nis3"], gma["kirby"]]),
   ("about 12,000 (HUR)", [gma["hur"], vn["hur"], rp["hur"]])])
K(RU, [vn["step3"], rp["nis3"], rp["wh3"], mb["step3"], vn["dod10"], rp["dod10"], mb["dod10"], na["bl10"],
       vn["nis10"], na["nis10"], rp["nis10"], kt["q10"], mb["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: about / at least 3,000 (NIS and White House Oct 23, told as the step "
  "before) -> around / some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State "
  "Department Nov 12)")
K(KU, [na["bl8"], rp["bl8"], kt["q8"], kt["z11"], kt["q11"], mb["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Washington, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ft["plan"], mm["plan"], gma["plan"], rp["plan"], kt["q12"], mb["plan"], ft["zel10"], rp["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ft["plan"], mm["plan"], gma["plan"], rp["plan"], kt["q12"], mb["plan"]]),
   ("10,000 (Zelensky)", [ft["zel10"], rp["zel10"]])])
K(FB, [ft["fb"], mm["fb"], rp["fb"], mb["fb"]], "agreement", "NIS: a first transport of (about) 1,500 special forces")
K(WIN, [ft["win"], mb["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [ft["ships"], mm["ships"]], "agreement", "NIS: four Russian landing ships")
K(BRIG, [ft["brig"], mm["brig"], gma["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [mm["sb"], rp["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 has followed the first")
K(PR, [mm["pr"], mm["pr2"], gma["pr"], vn["pr"], rp["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [mm["prd"], mm["prd2"], gma["prd"], vn["prd"], rp["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [mm["pay"], rp["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [mm["regime"], rp["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [mm["drones"], kt["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / tough but poor / clumsy with drones")
K(OFF, [gma["off"], rp["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [gma["gen"], rp["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [gma["arr"], vn["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [gma["sites"], rp["sites"]], "agreement",
  "White House / Kirby (Oct 23): three training sites in eastern Russia")
K(READY, [ft["ready"], mm["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [gma["fair"], na["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [mm["aesc"], vn["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin Oct 23), 'a significant escalation' and 'a dangerous "
  "expansion' (Rutte Oct 28)")
K(DEP, [mm["adep"], vn["rdep"], ft["rej"], ft["fake"], mm["fab"], mb["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' / fabricated (Peskov, the Kremlin)",
  [("asserted", [mm["adep"], vn["rdep"]]), ("dismissed", [ft["rej"], ft["fake"], mm["fab"], mb["fake"]])])
K(LAW, [ft["unsc"], vn["kjg"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul's presidential office, Oct 18) vs 'an act conforming "
  "with ... international law' (Kim Jong Gyu, Oct 25)",
  [("breaches UNSC resolutions (Seoul)", [ft["unsc"]]), ("lawful (North Korea)", [vn["kjg"]])])
K(IMG, [gma["img"], rp["img"]], "agreement", "Putin (Oct 24): if there are images, 'they reflect something'")
K(TREATY, [gma["treaty"], rp["treaty"]], "agreement", "Putin: how Russia applies the treaty is 'our business'")
K(WPN, [mm["wpn"], gma["yoon"], mb["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, depending on the North (presidential official Oct 22, "
  "Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [mm["wd"], na["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [na["cho"], kt["tech"]], "agreement",
  "North Korea may get sensitive Russian military technology in return (Cho Tae-yul; analyst Touch Sopheap)")
K(CT, [vn["ct"], rp["ct"], vn["weeks"], na["days"], rp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [vn["ct"], rp["ct"]]), ("several weeks (Pentagon)", [vn["weeks"]]),
   ("coming days (Blinken)", [na["days"], rp["days"]])])
K(CS, [ft["rutte"], na["acs"], kt["dodcs"], mb["begun"], mb["fight"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [kt["um"], kt["qclash"], mb["um"], kt["mnd"], mb["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, 'Kyiv')", [kt["um"], kt["qclash"], mb["um"]]),
   ("cannot confirm (Seoul MND)", [kt["mnd"], mb["mnd"]])])
K(FRONT, [vn["front"], vn["closer"], na["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [vn["kyb"], rp["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [vn["terms"], kt["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian military terms")
K(NOACK, [na["noack"], rp["noack"], kt["noack"]], "agreement",
  "Moscow has not confirmed the deployment (three wordings)")
K(ICBM_T, [na["t86"], rp["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [na["choe"], rp["choe"], kt["choe"]], "agreement",
  "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")
K(PHDFA, [gma["dfa"], rp["dfa"], mb["dfa"]], "agreement",
  "Philippines DFA: monitoring / closely monitoring the situation (three wordings)")
K(DIALOGUE, [vn["mfa"], na["mfa"], kt["mfa"]], "agreement",
  "Vietnam, Thailand and Cambodia: settle the war through dialogue / peaceful means")

pairs = [
    (ft["plan"], ft["fb"], "about 12,000 planned vs some 1,500 in the first transport"),
    (ft["sofar"], ft["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (ft["brig"], ft["ships"], "four brigades vs four landing ships"),
    (ft["bud"], ft["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (mm["sb"], mm["nis3"], "a second group of roughly 1,500 vs about 3,000 in all, same sentence"),
    (mm["nis3"], mm["pr"], "about 3,000 now vs some 10,000 expected by December, same sentence"),
    (mm["kys"], mm["plan"], "about 11,000 training (Kyslytsya) vs about 12,000 planned (NIS)"),
    (mm["sb"], mm["fb"], "1,500: the second group vs the first transport"),
    (gma["hur"], gma["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (gma["off"], gma["gen"], "500 officers vs three generals, same sentence"),
    (gma["sites"], gma["gen"], "three: training sites vs generals"),
    (vn["nis10"], vn["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast by December (NIS, Oct 23)"),
    (vn["dod10"], vn["hur"], "around 10,000 sent (Pentagon Oct 28) vs about 12,000 (HUR Oct 24)"),
    (na["bl8"], na["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (na["days"], na["acs"], "combat expected in the coming days vs not yet seen fighting"),
    (rp["hur"], rp["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (rp["dod10"], rp["zel10"], "10,000: sent (Pentagon) vs being prepared (Zelensky)"),
    (kt["q10"], kt["q12"], "more than 10,000 in Russia vs about 12,000 promised, same sentence"),
    (kt["z11"], kt["q10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (mb["st10"], mb["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
