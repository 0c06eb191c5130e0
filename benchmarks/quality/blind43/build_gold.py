"""Generate gold.json for blind43 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind43/build_gold.py

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
    "gt": ("georgia-today-2024-10-19-seoul-says-north-korea-sending-12000-troops-to-russia", "Georgia Today",
           "2024-10-19"),
    "arm": ("armenpress-2024-10-23-seoul-says-north-korean-troops-in-russia-now-around-3000", "Armenpress",
            "2024-10-23"),
    "n1": ("n1-2024-10-24-dnevnik-kyiv-says-12000-north-korean-soldiers-already-in-russia", "N1 (Serbia)", "2024-10-24"),
    "sg": ("the-sofia-globe-2024-10-28-nato-confirms-north-korean-units-in-kursk-pentagon-says-10000", "The Sofia Globe",
           "2024-10-28"),
    "at": ("the-astana-times-2024-10-29-transcript-foreign-ministry-briefing-north-korean-troops", "The Astana Times",
           "2024-10-29"),
    "jam": ("jamnews-2024-11-01-interview-why-the-north-korean-numbers-keep-changing", "JAMnews", "2024-11-01"),
    "eur": ("eurasianet-2024-11-05-explainer-first-clashes-with-north-korean-troops", "Eurasianet", "2024-11-05"),
    "bne": ("bne-intellinews-2024-11-13-north-korean-troops-now-fighting-how-the-count-grew", "bne IntelliNews",
            "2024-11-13"),
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
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
THREAT = "North Korean deployment a grave security threat (Seoul)"
UNDERWAY = "North Korean troop transfer under way"
MORET = "further North Korean troop transports expected (NIS)"
YEARS = "years since Putin's previous visit to Pyongyang"
UNSURE = "Washington unsure whether the troops will fight (Oct 23)"
ALLIES = "US discussing a response with allies"
NATOCONS = "NATO consulting Kyiv and Seoul on a response"
CLASHFC = "first clashes forecast (analyst)"
KZPEACE = "Kazakhstan: settlement on the basis of the UN Charter"
KZLAW = "Kazakhstan: fighting in foreign wars is a crime"
KZTRANSIT = "Kazakhstan: no transit of foreign military personnel"
KZSANC = "Kazakhstan implements UN sanctions on North Korea"
TRUMP24 = "Trump's promise to end the war (hours)"
HARRIS = "Harris pledge to keep supporting Ukraine"


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
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
PO = "South Korea presidential office"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
KZMFA = "Kazakhstan Ministry of Foreign Affairs"
WEST = "Western official"
STAN = "Marko Stanojević"
MKR = "Ani Mkrtchyan"
TRUMP = "Donald Trump"
SK, UA, RUS, KZ, US = "South Korea", "Ukraine", "Russia", "Kazakhstan", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Georgia Today, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the plan, in the lead); the second paragraph ("The spy agency said", "according to the
# agency", "it added") gives no day, so brigades, the transfer, the first contingent, its window, ships, escorts and
# uniforms are undated. "For now, Seoul's intelligence service says" (present tense) gives none: the head count is the
# NIS's "sent so far" figure of the week (bundled k01), not the transfer report. "on Friday, after which" -> 10-18 (the
# threat and the UNSC line in one sentence); "had said on Thursday" -> 10-17 (Zelensky); Rutte's "who stood beside
# him" gives none; "in an interview published on Friday" -> 10-18 (Budanov's count and November 1); "he said" (2,600)
# gives none; the Western official's range and Peskov's "earlier this month" give none. The 1.2 million and the 24
# years are the outlet's (attributed to nobody). "Analysts in Seoul" are unnamed; the treaty clause is the outlet's.
# The election (150 seats, 5 percent), "since 2008", the caption's date and the Read-also line are not annotated.
gt = {}
gt["plan"] = C("gt", "North Korea has decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
gt["brig"] = C("gt", "the force was organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
gt["underway"] = C("gt", "the transfer had already started", kind=S, measure=UNDERWAY, by=NIS)
gt["fb"] = C("gt", "A first contingent of roughly 1,500 special forces was carried from North Korean ports to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
gt["win"] = C("gt", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
gt["ships"] = C("gt", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
gt["escort"] = C("gt", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
gt["unif"] = C("gt", "The men were then handed Russian uniforms and identity papers presenting them as residents of "
               "Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
gt["sofar"] = C("gt", "that first contingent – about 1,500 men – is the only North Korean unit it can place on Russian "
                "soil", value=1500, q="about", scope="total", by=NIS, place="Russia")
gt["moret"] = C("gt", "More transports are expected \"soon,\" the agency said.", kind=S, measure=MORET, mod="planned",
                by=NIS)
gt["threat"] = C("gt", "his office called the deployment a grave security threat to South Korea and the international "
                 "community", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
gt["unsc"] = C("gt", "said it violated UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
gt["zel"] = C("gt", "North Korea was preparing 10,000 soldiers to join the Russian army", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
gt["rutte"] = C("gt", "the alliance had no evidence so far that North Korean troops were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE)
gt["bud"] = C("gt", "some 11,000 North Korean infantrymen were already training in Russia's Far East", value=11000,
              q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
gt["ready"] = C("gt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
gt["2600"] = C("gt", "A first unit of 2,600 was to be sent to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
gt["west"] = C("gt", "put a possible deployment at anywhere from 2,000 to 12,000 troops", measure=PL, low=2000,
               high=12000, mod="conditional", scope="total", by=WEST, place="Russia")
gt["peskov"] = C("gt", "Kremlin spokesman Dmitry Peskov dismissed the reports earlier this month as \"another fake.\"",
                 kind=S, measure=DEP, by=PESKOV, subject=RUS)
gt["army"] = C("gt", "keeps an estimated 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
gt["years"] = C("gt", "Vladimir Putin's first visit to Pyongyang in 24 years", measure=YEARS, value=24, unit="years",
                by=None, subject=RUS)

# ---------------------------------------------------------------- Armenpress, Wed 2024-10-23 (wire story with update block)
# The lead's "on Wednesday" -> 10-23 (the second group and the total, one sentence, relayed by lawmakers: the NIS's
# snapshot, k02). Park's "told reporters after the session" gives no day (forecast, December, further transports).
# "Last Friday" -> 10-18 (plan, brigades and first group in one sentence); "According to Park" and Lee's sentence give
# none; "On Monday" -> 10-21 (the summons); "A day later" -> 10-22 (the presidential official); Kyslytsya "on Monday"
# -> 10-21 (his count and November 1); "In Rome on Wednesday" -> 10-23 (Austin's evidence and "left to be seen" in one
# sentence); Austin's quoted conditional gives none. The update's "said on Wednesday" -> 10-23 (the White House's count,
# k02); Kirby's three sentences give none. The drams inside the pay quote are a conversion; "economic activity up
# 8.7%", the metro fare, Pashinyan's trip and the ministry's silence are not annotated.
arm = {}
arm["sb"] = C("arm", "About 1,500 more North Korean soldiers have been moved to Russia", measure=SB, value=1500,
              q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
arm["nis3"] = C("arm", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
arm["pr"] = C("arm", "the agency expected the total to reach about 10,000", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
arm["prd"] = C("arm", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
arm["moret"] = C("arm", "further transports were being prepared", kind=S, measure=MORET, mod="planned", by=NIS)
arm["plan"] = C("arm", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
arm["brig"] = C("arm", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
arm["fb"] = C("arm", "a first group of about 1,500 special forces had already been shipped to Russia's Far East",
              measure=FB, value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
arm["pay"] = C("arm", "Russia pays each North Korean soldier about 2,000 US dollars a month, or roughly 775,000 drams",
               measure=PAY, value=2000, q="about", unit="USD per month", by=NIS)
arm["regime"] = C("arm", "most of the money is believed to go to the government in Pyongyang rather than to the men",
                  kind=S, measure=REGIME, by=NIS)
arm["drones"] = C("arm", "Russian instructors had rated the North Koreans as physically tough but unfamiliar with drones "
                  "and other features of modern warfare", kind=S, measure=DRONES, by=NIS)
arm["wd"] = C("arm", "South Korea's foreign ministry summoned the Russian ambassador, Georgy Zinoviev, and demanded the "
              "immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21",
              subject=SK)
arm["wpn"] = C("arm", "Seoul would respond in phases and could consider sending weapons to Ukraine, starting with "
               "defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
arm["kys"] = C("arm", "about 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
               scope="total", by=KYS, ev="2024-10-21", place=RFE)
arm["ready"] = C("arm", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=KYS, ev="2024-10-21")
arm["noack"] = C("arm", "Moscow has neither confirmed nor denied that North Korean soldiers are on its territory.",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
arm["adep"] = C("arm", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
                ev="2024-10-23", subject=US)
arm["unsure_a"] = C("arm", "what exactly they were doing there was still \"left to be seen.\"", kind=S, measure=UNSURE,
                    by=AUSTIN, ev="2024-10-23", subject=US)
arm["aesc"] = C("arm", "If they are co-belligerents, if their intention is to take part in this war on Russia's side, "
                "that is a very, very serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN, subject=US)
arm["wh3"] = C("arm", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
arm["sites"] = C("arm", "they were being trained at three military sites there", measure=SITES, value=3,
                 unit="training sites", by=KIRBY, place=RFE)
arm["unsure_k"] = C("arm", "it was not yet clear whether they would be sent into combat against Ukraine", kind=S,
                    measure=UNSURE, by=KIRBY, subject=US)
arm["fair"] = C("arm", "If they deploy to fight against Ukraine, they become fair game", kind=S, measure=TGT,
                mod="conditional", by=KIRBY, subject=US)
arm["allies"] = C("arm", "Washington was discussing a response with its allies and partners", kind=S, measure=ALLIES,
                  by=KIRBY, subject=US)

# ---------------------------------------------------------------- N1 (Serbia), Thu 2024-10-24 (broadcast news segment)
# "said today" -> 10-24 (HUR's count, officers and generals, one sentence); the arrival "yesterday" -> 10-23 (an arrival
# takes its own day, as blind21-40 did); "told lawmakers yesterday" -> 10-23 (second group and total); "The agency
# expects" (present) gives none; "Last Friday" -> 10-18 (the plan in words and brigades); "said on Wednesday" -> 10-23
# ("Washington": US government; the count and three sites in one sentence); Austin's "In Rome ... warned" gives none;
# "According to the South Koreans" gives none (pay, regime); the SOT and "Putin added" give none; Yoon "said today" ->
# 10-24. The guest (invented) speaks for himself: his method and experience readings are his, his asides ("The
# difference will shrink within weeks", "not a game changer", the precedent, Belgrade) are not annotated; his age is
# annotated (attributed to nobody). Item number, running time, "since 1953", the fuel price, the euro and the weather
# are not annotated; "Seoul's numbers are far smaller" is the correspondent's remark. The anchor's question "Colonel,
# twelve thousand or three thousand?" restates HUR's and the NIS's counts in words: two exact, undated claims in k02.
n1 = {}
n1["hur"] = C("n1", "about twelve thousand North Korean soldiers are already in Russia", value=12000, q="about",
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
n1["off"] = C("n1", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
n1["gen"] = C("n1", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
n1["arr"] = C("n1", "the first units reached Russia's Kursk region, on the Ukrainian border, yesterday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
n1["sb"] = C("n1", "a second group of about 1,500 North Koreans had followed the first", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
n1["nis3"] = C("n1", "bringing the total in Russia to roughly 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
n1["pr"] = C("n1", "The agency expects that figure to climb to around 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
n1["prd"] = C("n1", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
n1["plan"] = C("n1", "Pyongyang had committed twelve thousand soldiers", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
n1["brig"] = C("n1", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
n1["us3"] = C("n1", "it had evidence of at least 3,000 North Koreans in eastern Russia", value=3000, q="at_least",
              scope="total", by=USG, ev="2024-10-23", place=RFE)
n1["sites"] = C("n1", "training at three separate sites", measure=SITES, value=3, unit="training sites", by=USG,
                ev="2024-10-23", place=RFE)
n1["aesc"] = C("n1", "if they joined the fighting on Russia's side, it would be \"a very, very serious issue.\"",
               kind=S, measure=ESC, mod="conditional", by=AUSTIN, subject=US)
n1["pay"] = C("n1", "Moscow pays each man roughly two thousand dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
n1["regime"] = C("n1", "most of which ends up with the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
n1["img"] = C("n1", "Images are a serious matter. If there are images, then they reflect something.", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
n1["treaty"] = C("n1", "how Russia carried out its treaty with North Korea was \"our business.\"", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
n1["yoon"] = C("n1", "South Korea no longer ruled out sending weapons to Ukraine, depending on what Pyongyang does next",
               kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
n1["age"] = C("n1", "a retired colonel, 58", measure=AGE, value=58, unit="years", by=None, subject=STAN)
n1["q12"] = C("n1", "Colonel, twelve thousand", value=12000, scope="total", by=HUR, place="Russia")
n1["q3"] = C("n1", "or three thousand?", value=3000, scope="total", by=NIS, place="Russia")
n1["method"] = C("n1", "Seoul counts the men it has watched arrive. Kyiv, I think, counts the whole force that has been "
                 "assigned to this operation, including men still on their way.", kind=S, measure=METHOD, by=STAN)
n1["exp"] = C("n1", "something his army has not had since 1953: real combat experience against a modern enemy", kind=S,
              measure=EXP, by=STAN)

# ---------------------------------------------------------------- The Sofia Globe, Mon 2024-10-28 (press-briefing write-up)
# "said on October 28" -> 10-28 (Rutte's confirmation); "Speaking to reporters ..., Rutte called" and "He said" give
# none; "told reporters on Monday" -> 10-28 (Singh's count and "closer to Ukraine", one sentence; the count is given to
# Singh, whose name the sentence carries); her "over the next several weeks" sentence gives none; "Five days earlier"
# -> 10-23 (the White House's step, k03); the outlet's "more than tripled" is its ratio (attributed to nobody);
# "said last Thursday" -> 10-24 (HUR's count, officers, generals) with the arrival "on the 23rd" -> 10-23 in the same
# sentence; "said on Saturday" -> 10-26 (Zelensky's window); "said last week" gives none (the NIS's forecast); "on
# Friday, when" -> 10-25 (Kim Jong Gyu). "Washington did, later the same evening" has no claim; "He did not confirm"
# and the Kremlin's and the cabinet's silence are not annotated; the election (seventh, April 2021, 26 percent, 39
# percent), 2004, February 2022, October 1 and the Related line are not.
sg = {}
sg["rdep"] = C("sg", "North Korean troops had been sent to Russia and that North Korean units had been deployed to the "
               "Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
sg["resc"] = C("sg", "Rutte called the deployment \"a significant escalation\" of North Korea's involvement and \"a "
               "dangerous expansion\" of Russia's war against Ukraine", kind=S, measure=ESC, by=RUTTE)
sg["consult"] = C("sg", "the alliance was consulting Kyiv and Seoul on how to respond", kind=S, measure=NATOCONS,
                  by=RUTTE, subject="NATO")
sg["dod10"] = C("sg", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
sg["closer"] = C("sg", "some of whom had moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
sg["weeks"] = C("sg", "the US was \"increasingly concerned\" that Russia intended to use the North Koreans in combat, or "
                "to support combat operations, in Kursk \"over the next several weeks.\"", kind=S, measure=CT,
                mod="planned", by=SINGH, place="Kursk")
sg["wh3"] = C("sg", "Five days earlier the White House had spoken of at least 3,000.", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
sg["ratio"] = C("sg", "Washington's estimate has thus more than tripled in under a week.", measure=RATIO, value=3,
                q="at_least", unit="times", by=None)
sg["hur"] = C("sg", "Its military intelligence agency said last Thursday that about 12,000 North Koreans", value=12000,
              q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
sg["off"] = C("sg", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
sg["gen"] = C("sg", "and three generals, were already in Russia", measure=GEN, value=3, unit="generals", by=HUR,
              ev="2024-10-24")
sg["arr"] = C("sg", "the first of them had reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
sg["ct"] = C("sg", "North Korean troops could be sent into battle on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
sg["pr"] = C("sg", "it expected about 10,000 North Koreans to be in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
sg["prd"] = C("sg", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
sg["kjg"] = C("sg", "if such a deployment existed, it would be \"an act conforming with the regulations of "
              "international law.\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- The Astana Times, Tue 2024-10-29 (briefing transcript)
# A ministry briefing printed as questions and answers. The questions carry origins' claims and are annotated as those
# origins' claims, dated only by their own sentence: "Yesterday" -> 10-28 (Rutte), "this morning" -> 10-29 (the NIS's
# count and the front, one sentence), "on October 17" -> 10-17 (Zelensky); "puts" (the Pentagon), "A week ago it spoke
# of" (the NIS's Oct 23 step, k03) and "said last week" (HUR, k02) give none. The spokesperson's answers are the
# Kazakh ministry's statements (undated: the briefing's day is only in the intro); refusals ("We do not comment",
# "It is not for the ministry to judge", "I have no figures") and the announcements are not annotated. The CSTO
# summit, the 40,000 registrations, "November 5 at 11:00" and the Related line are not annotated.
at = {}
at["rdep"] = C("at", "Yesterday NATO Secretary General Mark Rutte confirmed that North Korean units have been deployed "
               "to Russia's Kursk region.", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
at["dod10"] = C("at", "The Pentagon puts the number of North Korean soldiers sent to Russia at around 10,000.",
                value=10000, q="about", scope="total", by=DOD, place="Russia")
at["kzpeace"] = C("at", "Kazakhstan stands for a peaceful settlement on the basis of the UN Charter, including respect "
                  "for the territorial integrity and sovereignty of states, and calls on all parties to return to "
                  "negotiations", kind=S, measure=KZPEACE, by=KZMFA, subject=KZ)
at["nis10"] = C("at", "South Korea's intelligence service told lawmakers this morning that more than 10,000 North "
                "Korean troops are now in Russia", value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29",
                place="Russia")
at["front"] = C("at", "some of them are moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
at["nis3"] = C("at", "A week ago it spoke of about 3,000.", value=3000, q="about", scope="total", by=NIS,
               place="Russia")
at["transit"] = C("at", "The territory of Kazakhstan is not used for the transit of military personnel of third "
                  "countries", kind=S, measure=KZTRANSIT, by=KZMFA, subject=KZ)
at["hur"] = C("at", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              place="Russia")
at["off"] = C("at", "with 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
at["gen"] = C("at", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR)
at["zel"] = C("at", "President Zelensky first spoke of 10,000 on October 17.", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, ev="2024-10-17", place="Russia")
at["sanc"] = C("at", "Kazakhstan implements the UN Security Council sanctions on the Democratic People's Republic of "
               "Korea in full", kind=S, measure=KZSANC, by=KZMFA, subject=KZ)
at["kzlaw"] = C("at", "Under Kazakh law, taking part in armed conflicts abroad is a criminal offence, and we urge "
                "citizens not to let themselves be drawn into them", kind=S, measure=KZLAW, by=KZMFA, subject=KZ)

# ---------------------------------------------------------------- JAMnews, Fri 2024-11-01 (interview)
# The intro: "said on Thursday" -> 10-31 (Blinken's Kursk count and "in the coming days", one sentence); "He put the
# total" gives none; "Hours earlier" gives none (the 86 minutes). The questions' figures are their origins' claims,
# undated ("Two weeks ago Seoul said 12,000" is the NIS's plan; "Then 3,000." the NIS's Oct 23 step; "Now Washington
# says 10,000" the US government's, k03). The guest (invented) relays: "On Tuesday the South Koreans told their
# parliament" -> 10-29 (the count and the front, one sentence); "According to Seoul", "The NIS also says", "Seoul says"
# give none; Austin, Blinken, Kim Yong-hyun and Cho at "yesterday's talks" are relayed in sentences without a day. Her
# own readings (method, experience, technology) and her forecast ("within ten days") are hers; her age is annotated
# (attributed to nobody). "The 12,000 was the size of the force Pyongyang promised" names no origin and is not
# annotated; her asides ("which tells you ...", "Russia did not bring them to Kursk to dig trenches", the Caucasus
# answer, "That is a message to Washington") are not either; "Japan says the missile climbed higher than 7,000
# kilometres" is Japan's ministry's (undated).
jam = {}
jam["bl8"] = C("jam", "about 8,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
jam["days"] = C("jam", "Washington expected them to go into battle against Ukrainian forces \"in the coming days.\"",
                kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31", place="Kursk")
jam["bl10"] = C("jam", "He put the total sent to Russia at some 10,000.", value=10000, q="about", scope="total", by=BL,
                place="Russia")
jam["t86"] = C("jam", "which Japan's defence ministry said flew for about 86 minutes", measure=ICBM_T, value=86,
               q="about", unit="minutes", by=JMOD)
jam["age"] = C("jam", "Ani Mkrtchyan, 41", measure=AGE, value=41, unit="years", by=None, subject=MKR)
jam["qplan"] = C("jam", "Two weeks ago Seoul said 12,000.", measure=PL, value=12000, mod="planned", scope="total",
                 by=NIS, place="Russia")
jam["q3"] = C("jam", "Then 3,000.", value=3000, scope="total", by=NIS, place="Russia")
jam["q10"] = C("jam", "Now Washington says 10,000.", value=10000, scope="total", by=USG, place="Russia")
jam["method"] = C("jam", "Seoul counts the men it has actually seen arrive, so its figure grows in steps.", kind=S,
                  measure=METHOD, by=MKR)
jam["nis10"] = C("jam", "On Tuesday the South Koreans told their parliament the count had passed 10,000", value=10000,
                 q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
jam["front"] = C("jam", "some units were heading for the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
jam["kyb"] = C("jam", "a three-star general, Kim Yong Bok", kind=S, measure=KYB, by=NIS)
jam["terms"] = C("jam", "the soldiers are being taught around a hundred basic Russian military words", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
jam["pay"] = C("jam", "Russia pays about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
jam["regime"] = C("jam", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
jam["exp"] = C("jam", "what Kim Jong Un really wants is an officer corps that has been under drone fire", kind=S,
               measure=EXP, by=MKR)
jam["tech"] = C("jam", "Moscow will also pay in technology – satellites, submarines, perhaps missile re-entry", kind=S,
                measure=TECH, mod="planned", by=MKR)
jam["acs"] = C("jam", "he had not yet seen reports of North Koreans in combat", kind=S, measure=CS, by=AUSTIN)
jam["eq"] = C("jam", "listed what Russia was training them in: artillery, drones and basic infantry tactics, including "
              "trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
jam["tgt"] = C("jam", "if they fought, they would be legitimate military targets", kind=S, measure=TGT,
               mod="conditional", by=BL, subject=US)
jam["kyh"] = C("jam", "South Korea's defence minister, Kim Yong-hyun, called for their immediate withdrawal", kind=S,
               measure=WITHDRAW, by=KYH, subject=SK)
jam["cho"] = C("jam", "Seoul worried that Russia might hand Pyongyang sensitive military technology in return", kind=S,
               measure=TECH, mod="conditional", by=CHO)
jam["fc"] = C("jam", "I would be surprised if we did not hear of the first clashes within ten days", measure=CLASHFC,
              value=10, q="up_to", unit="days", mod="planned", by=MKR)
jam["alt"] = C("jam", "the missile climbed higher than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
               unit="km", by=JMOD)

# ---------------------------------------------------------------- Eurasianet, Tue 2024-11-05 (explainer)
# The two-sentence lead gives no day ("Ukraine says" -> Ukraine government; "South Korea says it cannot confirm" -> the
# defence ministry, as blind23-40 read such leads). "in an interview aired on Tuesday" -> 11-05 (Umerov's clashes);
# "He said he expected more" gives none; "the same day" -> 11-05 (the ministry); "said on Monday" -> 11-04 (Zelensky;
# the Pentagon); "Last Thursday" -> 10-31 (Blinken's Kursk count and "within days", one sentence); "says" and "Seoul
# says" give none (the NIS's count, the plan, the commander, the terms); "early on Tuesday ... said" -> 11-05 (the JCS);
# "five days after the North tested" -> 10-31 (the 86 minutes and the altitude, dated by the flight as blind23-40 did);
# "on Friday" -> 11-01 (Choe, the main clause; "on Monday" is the reception in the relative clause); "said last week"
# gives none (Kazakhstan). Trump's age is annotated (attributed to nobody). "Governments in the region", "Neighbouring
# governments", the migrants paragraph, "around a fifth" (remittances), "7pm" and "January 20" are not annotated.
eur = {}
eur["lclash"] = C("eur", "Ukraine says its forces have fought North Korean soldiers for the first time.", kind=S,
                  measure=N5, by=UAG, place="Kursk")
eur["lmnd"] = C("eur", "South Korea says it cannot confirm that.", kind=S, measure=N5, by=MND, subject=SK)
eur["um"] = C("eur", "the first small-scale engagements with North Korean units had taken place in the Kursk region",
              kind=S, measure=N5, by=UM, ev="2024-11-05", place="Kursk")
eur["more"] = C("eur", "he expected more soldiers from the North to arrive in the coming weeks", kind=S, measure=MORE,
                mod="planned", by=UM)
eur["mnd"] = C("eur", "South Korea's Ministry of National Defence said the same day that it could not confirm his "
               "account", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
eur["z11"] = C("eur", "11,000 North Korean soldiers were now in the Kursk region", measure=KU, value=11000, by=ZEL,
               ev="2024-11-04", place="Kursk")
eur["bl8"] = C("eur", "Last Thursday US Secretary of State Antony Blinken had put the number there at about 8,000",
               measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
eur["within"] = C("eur", "said they would be in combat within days", kind=S, measure=CT, mod="planned", by=BL,
                  ev="2024-10-31")
eur["nis10"] = C("eur", "more than 10,000 North Koreans are in Russia as a whole", value=10000, q="at_least",
                 scope="total", by=NIS, place="Russia")
eur["plan"] = C("eur", "out of roughly 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
eur["kyb"] = C("eur", "they are commanded by Lt Gen Kim Yong Bok", kind=S, measure=KYB, by=NIS)
eur["terms"] = C("eur", "have been drilled in about 100 Russian words of command", measure=TERMS, value=100, q="about",
                 unit="terms", by=NIS)
eur["dodcs"] = C("eur", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                 by=DOD, ev="2024-11-04")
eur["srbm"] = C("eur", "North Korea fired about seven short-range ballistic missiles early on Tuesday", measure=SRBM,
                value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
eur["t86"] = C("eur", "according to Japan, flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD,
               ev="2024-10-31")
eur["alt"] = C("eur", "climbed to more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least", unit="km",
               by=JMOD, ev="2024-10-31")
eur["noack"] = C("eur", "The Kremlin has still not confirmed that North Korean soldiers are on Russian territory.",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
eur["choe"] = C("eur", "had told Sergei Lavrov in Moscow on Friday that her country would stand by Russia \"until "
                "victory.\"", kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
eur["kzpeace"] = C("eur", "Kazakhstan's foreign ministry said last week that it stood for a settlement on the basis of "
                   "the UN Charter and respect for the territorial integrity of states", kind=S, measure=KZPEACE,
                   by=KZMFA, subject=KZ)
eur["kzlaw"] = C("eur", "It also reminded Kazakh citizens that fighting in foreign wars is a crime under Kazakh law.",
                 kind=S, measure=KZLAW, by=KZMFA, subject=KZ)
eur["age"] = C("eur", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
eur["trump24"] = C("eur", "has promised to end the war within 24 hours if he wins", measure=TRUMP24, value=24,
                   q="up_to", unit="hours", mod="conditional", by=TRUMP, subject=US)
eur["harris"] = C("eur", "Kamala Harris has pledged to keep supporting Ukraine", kind=S, measure=HARRIS,
                  mod="conditional", by="Kamala Harris", subject=US)

# ---------------------------------------------------------------- bne IntelliNews, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (the State Department's three claims, one sentence); "Today" -> 11-13 (the NIS's two);
# "On October 18" -> 10-18 (plan, first group and window, one sentence); "Five days later" -> 10-23 (the NIS's step,
# k03); "By October 28" -> 10-28 (the Pentagon); "On October 31" -> 10-31 (Blinken's 8,000, unhedged); "on November
# 4" -> 11-04 (Zelensky); "on November 5" and "the same day" -> 11-05; "On Sunday" -> 11-10 (the NYT's officials);
# "reported on Tuesday" -> 11-12 (KCNA). "Moscow, which first called ..., now says only ..." is two Kremlin claims,
# undated; Choe's promise is undated (the day in its sentence is her reception); Yoon's "last week" and Trump's line
# give none. "Seoul's 12,000 was always a plan" is the outlet's restatement of the NIS's plan, annotated as an undated
# NIS claim; "its early figures described men it had watched land" has no figure and is not. "mid-October", "August",
# the markets (21%, October 25, 98, "more than doubled"), the outlet's judgments and the Related line are not annotated.
bne = {}
bne["st10"] = C("bne", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000,
                q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
bne["most"] = C("bne", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
bne["begun"] = C("bne", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                 by=STATE, ev="2024-11-12", place="Kursk")
bne["units"] = C("bne", "some of the North Koreans had been attached to Russian marine and airborne units", kind=S,
                 measure=UNITS, by=NIS, ev="2024-11-13")
bne["combat"] = C("bne", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
bne["plan"] = C("bne", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bne["fb"] = C("bne", "a first group of 1,500 special forces had crossed to Vladivostok", measure=FB, value=1500,
              scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bne["win"] = C("bne", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS, ev="2024-10-18")
bne["nis3"] = C("bne", "Five days later it counted about 3,000 in Russia.", value=3000, q="about", scope="total",
                by=NIS, ev="2024-10-23", place="Russia")
bne["dod10"] = C("bne", "By October 28 the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                 by=DOD, ev="2024-10-28", place="Russia")
bne["bl8"] = C("bne", "On October 31 Secretary of State Antony Blinken said 8,000 of them were in Kursk", measure=KU,
               value=8000, by=BL, ev="2024-10-31", place="Kursk")
bne["z11"] = C("bne", "on November 4 President Volodymyr Zelensky put the figure there at 11,000", measure=KU,
               value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
bne["plan2"] = C("bne", "Seoul's 12,000 was always a plan", measure=PL, value=12000, mod="planned", scope="total",
                 by=NIS, place="Russia")
bne["uaclash"] = C("bne", "The first clashes were reported by Ukraine on November 5.", kind=S, measure=N5, by=UAG,
                   ev="2024-11-05", place="Kursk")
bne["mnd"] = C("bne", "South Korea's defence ministry said the same day that it could not verify them.", kind=S,
               measure=N5, by=MND, ev="2024-11-05", subject=SK)
bne["massed"] = C("bne", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASSED,
                  value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk",
                  subject=RUS)
bne["fake"] = C("bne", "Moscow, which first called the reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
                subject=RUS)
bne["treaty"] = C("bne", "now says only that what it does under its mutual defence treaty with Pyongyang is its own "
                  "affair", kind=S, measure=TREATY, by=KREMLIN, subject=RUS)
bne["ratify"] = C("bne", "North Korea's state news agency KCNA reported on Tuesday that Kim Jong Un had ratified the "
                  "treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
bne["choe"] = C("bne", "had promised that Pyongyang would stand with Russia until the day of victory", kind=S,
                measure=CHOE, by=CHOE_SH)
bne["yoon"] = C("bne", "South Korea did not rule out supplying weapons directly to Ukraine", kind=S, measure=WPN,
                mod="conditional", by=YOON, subject=SK)
bne["trump24"] = C("bne", "he would end the war within 24 hours of taking office", measure=TRUMP24, value=24,
                   q="up_to", unit="hours", mod="conditional", by=TRUMP, subject=US)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [gt["sofar"], gt["bud"], arm["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 on Russian soil so far vs Kyiv's about 11,000 training in "
  "the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [gt["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [gt["bud"], arm["kys"]])])
K(RU, [arm["nis3"], arm["wh3"], n1["nis3"], n1["us3"], n1["q3"], n1["hur"], n1["q12"], sg["hur"], at["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Washington)", [arm["nis3"], arm["wh3"], n1["nis3"], n1["us3"],
                                                             n1["q3"]]),
   ("about 12,000 (HUR)", [n1["hur"], n1["q12"], sg["hur"], at["hur"]])])
K(RU, [sg["wh3"], at["nis3"], jam["q3"], bne["nis3"], sg["dod10"], at["dod10"], jam["bl10"], jam["q10"], bne["dod10"],
       at["nis10"], jam["nis10"], eur["nis10"], bne["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [jam["bl8"], eur["bl8"], bne["bl8"], eur["z11"], bne["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [gt["plan"], arm["plan"], n1["plan"], jam["qplan"], eur["plan"], bne["plan"], bne["plan2"], gt["zel"],
       at["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [gt["plan"], arm["plan"], n1["plan"], jam["qplan"], eur["plan"], bne["plan"], bne["plan2"]]),
   ("10,000 (Zelensky)", [gt["zel"], at["zel"]])])
K(FB, [gt["fb"], arm["fb"], bne["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [gt["win"], bne["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [gt["brig"], arm["brig"], n1["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [arm["sb"], n1["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [arm["pr"], n1["pr"], sg["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [arm["prd"], n1["prd"], sg["prd"]], "agreement", "NIS projection deadline: December")
K(MORET, [gt["moret"], arm["moret"]], "agreement", "NIS: further transports expected / being prepared (Oct 18, Oct 23)")
K(PAY, [arm["pay"], n1["pay"], jam["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [arm["regime"], n1["regime"], jam["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(OFF, [n1["off"], sg["off"], at["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [n1["gen"], sg["gen"], at["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [n1["arr"], sg["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [arm["sites"], n1["sites"]], "agreement", "Kirby / Washington (Oct 23): three training sites in the east")
K(READY, [gt["ready"], arm["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [arm["fair"], jam["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [arm["aesc"], n1["aesc"], sg["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, twice, conditional); 'a significant escalation' "
  "and 'a dangerous expansion' (Rutte, Oct 28)")
K(DEP, [arm["adep"], sg["rdep"], at["rdep"], gt["peskov"], bne["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28 twice) vs dismissed as 'another fake' (Peskov; Moscow)",
  [("asserted", [arm["adep"], sg["rdep"], at["rdep"]]), ("dismissed", [gt["peskov"], bne["fake"]])])
K(LAW, [gt["unsc"], sg["kjg"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul's presidential office, Oct 18) vs an act conforming "
  "with international law (Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [gt["unsc"]]), ("lawful (Pyongyang)", [sg["kjg"]])])
K(CT, [sg["ct"], sg["weeks"], jam["days"], eur["within"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [sg["ct"]]), ("several weeks (Pentagon)", [sg["weeks"]]),
   ("coming days (Blinken)", [jam["days"], eur["within"]])])
K(CS, [gt["rutte"], jam["acs"], eur["dodcs"], bne["begun"], bne["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [eur["lclash"], eur["um"], bne["uaclash"], eur["lmnd"], eur["mnd"], bne["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Ukraine) vs Seoul's defence ministry cannot confirm / verify them",
  [("clashes reported (Umerov, Ukraine)", [eur["lclash"], eur["um"], bne["uaclash"]]),
   ("cannot confirm (Seoul MND)", [eur["lmnd"], eur["mnd"], bne["mnd"]])])
K(FRONT, [sg["closer"], at["front"], jam["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [jam["kyb"], eur["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [jam["terms"], eur["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(TREATY, [n1["treaty"], bne["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is 'our business' / its own affair (Putin; the Kremlin)")
K(NOACK, [arm["noack"], eur["noack"]], "agreement", "Moscow has not confirmed / acknowledged the deployment")
K(ICBM_T, [jam["t86"], eur["t86"]], "agreement", "Japan's defence ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [jam["alt"], eur["alt"]], "agreement", "Japan's defence ministry: the Oct 31 ICBM rose above 7,000 km")
K(CHOE, [eur["choe"], bne["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(WPN, [arm["wpn"], n1["yoon"], bne["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22; Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [arm["wd"], jam["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [jam["tech"], jam["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Mkrtchyan; Foreign Minister Cho)")
K(UNSURE, [arm["unsure_a"], arm["unsure_k"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do / whether they will fight (Austin in Rome, Kirby), one document")
K(METHOD, [n1["method"], jam["method"]], "agreement",
  "two analysts: Seoul counts the men it has seen arrive (Stanojević on N1, Mkrtchyan in JAMnews)")
K(EXP, [n1["exp"], jam["exp"]], "agreement",
  "two analysts: what Pyongyang wants is combat experience for its army (Stanojević, Mkrtchyan)")
K(KZPEACE, [at["kzpeace"], eur["kzpeace"]], "agreement",
  "Kazakhstan's foreign ministry: a settlement on the basis of the UN Charter and territorial integrity")
K(KZLAW, [at["kzlaw"], eur["kzlaw"]], "agreement",
  "Kazakhstan's foreign ministry: fighting in foreign wars is a crime under Kazakh law")
K(TRUMP24, [eur["trump24"], bne["trump24"]], "agreement", "Trump: end the war within 24 hours")

pairs = [
    (gt["plan"], gt["fb"], "about 12,000 planned vs a first contingent of roughly 1,500"),
    (gt["sofar"], gt["fb"], "about 1,500: Seoul's head count on Russian soil vs the first transport"),
    (gt["bud"], gt["zel"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), adjacent paragraphs"),
    (arm["sb"], arm["nis3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (arm["plan"], arm["fb"], "some 12,000 planned vs a first group of about 1,500, same sentence"),
    (arm["sb"], arm["fb"], "about 1,500: the second group vs the first group"),
    (arm["nis3"], arm["pr"], "around 3,000 now vs about 10,000 expected by December"),
    (n1["hur"], n1["plan"], "twelve thousand already in Russia (HUR) vs twelve thousand committed (NIS)"),
    (n1["off"], n1["gen"], "500 officers vs three generals, same sentence"),
    (n1["sites"], n1["gen"], "three: training sites vs generals"),
    (sg["dod10"], sg["pr"], "around 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (sg["hur"], sg["dod10"], "HUR's about 12,000 (Oct 24) vs the Pentagon's around 10,000 (Oct 28)"),
    (at["nis3"], at["hur"], "the NIS's 3,000 of a week ago (a step) vs HUR's 12,000 of last week (the snapshot)"),
    (at["dod10"], at["zel"], "10,000: the Pentagon's count sent vs Zelensky's 10,000 being prepared"),
    (jam["bl8"], jam["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (jam["days"], jam["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (jam["qplan"], jam["q3"], "Seoul's 12,000 plan vs its 3,000 count, one question"),
    (eur["z11"], eur["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (eur["nis10"], eur["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (bne["bl8"], bne["dod10"], "8,000 in Kursk (Blinken) vs around 10,000 in Russia (Pentagon), adjacent sentences"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
