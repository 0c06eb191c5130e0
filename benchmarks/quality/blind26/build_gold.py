"""Generate gold.json for blind26 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind26/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, USK  # noqa: F401
)

DOCS = {
    "sw": ("swissinfo-2024-10-21-seoul-summons-russian-envoy-kyiv-says-11000-north-koreans-training", "Swissinfo",
           "2024-10-21"),
    "ds": ("der-standard-2024-10-23-liveticker-seoul-3000-north-korean-soldiers-in-russia", "Der Standard",
           "2024-10-23"),
    "rte": ("rte-news-2024-10-24-drivetime-interview-why-kyiv-and-seoul-count-north-korean-troops-differently",
            "RTÉ News", "2024-10-24"),
    "welt": ("die-welt-2024-10-28-analysis-pentagon-10000-north-korean-troops-russia", "Die Welt", "2024-10-28"),
    "ii": ("irish-independent-2024-10-30-explained-how-many-north-korean-soldiers-are-in-russia", "Irish Independent",
           "2024-10-30"),
    "nzz": ("nzz-2024-11-01-seoul-dispatch-blinken-8000-north-korean-soldiers-kursk",
            "Neue Zürcher Zeitung (English edition)", "2024-11-01"),
    "dst": ("de-standaard-2024-11-05-kyiv-first-clashes-north-korean-troops-seoul-cannot-confirm", "De Standaard",
            "2024-11-05"),
    "pol": ("politiken-2024-11-16-weekly-news-quiz-north-korean-soldiers-kursk", "Politiken", "2024-11-16"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
FIRSTDEP = "first large-scale North Korean ground deployment abroad"
WESTR = "possible North Korean deployment (Western official's range)"
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
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
UNCLEAR = "what the North Korean troops will do is unclear (US)"
KJU = "Kim Jong Un on the Oct 31 ICBM launch"
LAVROV = "Russia-North Korea military ties"
MORE = "more North Korean troops expected (Ukraine)"
DEEP = "Ukraine asks permission for long-range strikes into Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
DIFF = "difference between troop estimates (outlet's own)"
MANP = "North Korean troops spare Russia a mobilisation (analyst)"
ICBMW = "North Korean long-range missile test expected around the US election (NIS)"
IRL = "Ireland's reaction to the deployment"
AUT = "Austria's reaction to the deployment"
GER = "Germany summons Russian envoy over the deployment"
BEL = "Belgium condemns the deployment"
SWISS = "Switzerland following the reports"
PEACEPROC = "Swiss peace process must include Russia"
SUMMIT = "countries at the Bürgenstock Ukraine peace summit"
EPF = "Ireland's non-lethal support to Ukraine via the European Peace Facility"
INDO = "Nov 5 launches no immediate threat (US Indo-Pacific Command)"
EEZ = "Nov 5 missiles outside Japan's exclusive economic zone"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
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
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
MORAN = "Ciarán Moran"
RENNER = "Tobias Renner"
IRLDFA = "Ireland Department of Foreign Affairs"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Swissinfo, Mon 2024-10-21 (straight news story, agency copy)
# "on Monday" -> 10-21 (the summons, Rutte); "the same day" after the Monday lead -> 10-21 (Kyslytsya's figure and
# date); "on Friday" -> 10-18 (the NIS's plan, brigades, first group, window, ships and escorts in one sentence;
# Budanov's "in an interview published on Friday"); "last Thursday" in a Monday story -> 10-17 (Zelensky), "the same
# day" after it -> 10-17 (the Western official); "last week" gives null. "By the count of ... roughly 1,500 ... so
# far" is the NIS's head count that week (bundled k01), apart from the transport report. The FDFA's "Bern calls on
# all states ..." elaborates its statement and is not annotated separately. "three days after", "since August", the
# stamp, the agency line, the related headlines (CHF5 billion, 2036, 0.8%) and the copyright are not annotated; the
# 92 countries of the peace summit and the 1.2 million under arms are background attributed to nobody.
sw = {}
sw["wd"] = C("sw", "demanded the immediate withdrawal of North Korean troops from Russia", kind=S, measure=WITHDRAW,
             by=SKG, ev="2024-10-21", subject=SK)
sw["unsc"] = C("sw", "the military cooperation between Moscow and Pyongyang breached United Nations Security Council "
               "resolutions", kind=S, measure=LAW, by=SKFM, subject=SK)
sw["zin"] = C("sw", "Zinoviev answered that the cooperation was not aimed at South Korea's security interests", kind=S,
              measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
sw["kys"] = C("sw", "about 11,000 North Korean infantrymen were being trained in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
sw["ready"] = C("sw", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
sw["sofar"] = C("sw", "roughly 1,500 North Korean soldiers are in Russia so far", value=1500, q="about", scope="total",
                by=NIS, place="Russia")
sw["plan"] = C("sw", "the North had decided to send 12,000 troops", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
sw["brig"] = C("sw", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
sw["fb"] = C("sw", "a first group of around 1,500 special forces had been carried from North Korean ports to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
sw["win"] = C("sw", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
sw["ships"] = C("sw", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
sw["escort"] = C("sw", "escorted by three Russian vessels", measure=ESCORT, value=3, unit="ships", by=NIS,
                 ev="2024-10-18", subject=RUS)
sw["unif"] = C("sw", "The men had been given Russian uniforms and forged identity papers describing them as residents "
               "of Siberian regions, the agency said.", kind=S, measure=UNIF, by=NIS)
sw["first"] = C("sw", "It would be the North's first large-scale ground deployment abroad, it added.", kind=S,
                measure=FIRSTDEP, by=NIS)
sw["bud"] = C("sw", "saying some 11,000 North Koreans were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
sw["2600"] = C("sw", "A first unit of 2,600 was to be sent on to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
sw["zel"] = C("sw", "Pyongyang was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, ev="2024-10-17", place="Russia")
sw["west"] = C("sw", "put a possible deployment at between 2,000 and 12,000", measure=WESTR, low=2000, high=12000,
               mod="planned", scope="total", by="Western official", ev="2024-10-17", place="Russia")
sw["krem"] = C("sw", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
sw["fake"] = C("sw", "Spokesman Dmitry Peskov called them \"another fake\" last week.", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
sw["rcs"] = C("sw", "the alliance could not yet confirm North Korean soldiers were involved in the fighting", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-21")
sw["resc"] = C("sw", "If they were, it would mark \"a significant escalation\", he told reporters.", kind=S,
               measure=ESC, mod="conditional", by=RUTTE)
sw["army"] = C("sw", "North Korea keeps some 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
sw["fdfa"] = C("sw", "said it was aware of the reports and was following the situation closely", kind=S,
               measure=SWISS, by="Swiss Federal Department of Foreign Affairs", subject="Switzerland")
sw["summit"] = C("sw", "which drew delegations from 92 countries", measure=SUMMIT, value=92, unit="countries", by=None,
                 subject="Switzerland")
sw["fc"] = C("sw", "The Federal Council has since said any follow-up process must eventually include Moscow.", kind=S,
             measure=PEACEPROC, by="Swiss Federal Council", subject="Switzerland")

# ---------------------------------------------------------------- Der Standard, Wed 2024-10-23 (live ticker)
# Entry times give no day; sentences do: the summary's "on Wednesday" -> 10-23 (second group and total, one sentence),
# Kirby "on Wednesday" -> 10-23, "Last Friday" -> 10-18 (plan, first group), "a day earlier" -> 10-17 (Zelensky),
# "On Monday" -> 10-21 (summons). The 11:47 entry's NIS lines (relayed by Park and Lee) give no day. The summary's
# "the White House said it had evidence of at least 3,000" is undated. Peskov's "nothing to add" is a refusal, the
# forum user and "It has not." are not sources; "day 973", the stamps, the election result (28.8 percent), the
# podcast and forum lines are not annotated.
ds = {}
ds["sbs"] = C("ds", "a second group of North Korean soldiers has reached Russia", kind=S, measure=SB,
              scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ds["nis3a"] = C("ds", "bringing the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
ds["wh3"] = C("ds", "the White House said it had evidence of at least 3,000", value=3000, q="at_least", scope="total",
              by=WH, place="Russia")
ds["kirby3"] = C("ds", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia between early "
                 "and mid-October", value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
ds["sites"] = C("ds", "They were being trained at three military sites there", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
ds["unck"] = C("ds", "What they would do afterwards was still not clear, Kirby added.", kind=S, measure=UNCLEAR,
               by=KIRBY, subject="United States")
ds["fair"] = C("ds", "if they are sent to fight against Ukraine, \"they are fair game\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
ds["adep"] = C("ds", "said there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN)
ds["unca"] = C("ds", "\"What exactly they are doing is left to be seen,\" he told reporters.", kind=S, measure=UNCLEAR,
               by=AUSTIN, subject="United States")
ds["aesc"] = C("ds", "Should they take part in the war on Russia's side, that would be \"a very, very serious issue\"",
               kind=S, measure=ESC, mod="conditional", by=AUSTIN)
ds["aut"] = C("ds", "The foreign ministry in Vienna called the reports \"deeply worrying\"", kind=S, measure=AUT,
              by="Austria Foreign Ministry", subject="Austria")
ds["sb"] = C("ds", "another 1,500 or so North Korean soldiers had been moved to Russia", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, place="Russia")
ds["nis3b"] = C("ds", "That puts the total at roughly 3,000", value=3000, q="about", scope="total", by=NIS,
                place="Russia")
ds["pr"] = C("ds", "The agency expects the number to reach 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
ds["prd"] = C("ds", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ds["pay"] = C("ds", "Russia pays each soldier about 2,000 dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ds["regime"] = C("ds", "most of which probably goes to the regime in Pyongyang rather than to the men", kind=S,
                 measure=REGIME, by=NIS)
ds["drones"] = C("ds", "Russian instructors regard the soldiers as physically fit but lacking an understanding of "
                 "modern warfare such as drones", kind=S, measure=DRONES, by=NIS)
ds["plan"] = C("ds", "North Korea had decided to deploy around 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ds["fb"] = C("ds", "1,500 had already been taken to Vladivostok on Russian ships", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ds["zel"] = C("ds", "Zelensky had spoken of 10,000 a day earlier", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ds["wd"] = C("ds", "Seoul summoned the Russian ambassador and demanded that the troops be withdrawn", kind=S,
             measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)

# ---------------------------------------------------------------- RTÉ News, Thu 2024-10-24 (broadcast interview transcript)
# The presenter's intro: "said today" -> 10-24 (HUR's count, officers, generals), the arrival "yesterday" -> 10-23
# (an arrival with its own day takes it, as blind21-25 did), "on Wednesday" -> 10-23 (the NIS). The guest: "The White
# House said yesterday" -> 10-23 (figure and sites, one sentence), "last Friday" (the presenter) -> 10-18, "President
# Yoon said today" -> 10-24; "last week" (Budanov) and the guest's other relays give null. The guest (invented)
# speaks for himself in his method reading, ratio and experience; what he relays keeps its origin. His asides
# ("they may both be honest", "That is not a denial", the converge forecast, the non-lethal-aid and neutrality lines)
# are not annotated. "since 1953", the running time, the weather, the programme times and the text number are not.
rte = {}
rte["hur"] = C("rte", "around 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
               by=HUR, ev="2024-10-24", place="Russia")
rte["off"] = C("rte", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
rte["gen"] = C("rte", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
rte["arr"] = C("rte", "the first of them reached the Kursk region yesterday", kind=S, measure=ARR, by=HUR,
               ev="2024-10-23", place="Kursk")
rte["nis3"] = C("rte", "told its parliament on Wednesday that the figure was about 3,000", value=3000, q="about",
                scope="total", by=NIS, ev="2024-10-23", place="Russia")
rte["method"] = C("rte", "Kyiv, I think, counts the whole force that has been assigned, including units still waiting "
                  "at home", kind=S, measure=METHOD, by=MORAN)
rte["ratio"] = C("rte", "Kyiv's number is four times Seoul's", measure=RATIO, value=4, unit="times", by=MORAN)
rte["wh3"] = C("rte", "The White House said yesterday that at least 3,000 had been moved by ship", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
rte["sites"] = C("rte", "were training at three sites", measure=SITES, value=3, unit="training sites", by=WH,
                 ev="2024-10-23", place=RFE)
rte["plan"] = C("rte", "Pyongyang plans to send 12,000 altogether", measure=PL, value=12000, mod="planned",
                scope="total", by=NIS, ev="2024-10-18", place="Russia")
rte["brig"] = C("rte", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
rte["pr"] = C("rte", "expects something like 10,000 to be in Russia", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
rte["prd"] = C("rte", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rte["bud"] = C("rte", "around 11,000 were training in the Far East", value=11000, q="about", scope="total", by=BUD,
               place=RFE)
rte["ready"] = C("rte", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=BUD)
rte["img"] = C("rte", "He said, \"Images are a serious thing. If there are images, they reflect something.\"", kind=S,
               measure=IMG, by=PUTIN, subject=RUS)
rte["treaty"] = C("rte", "how Russia applies its new treaty with North Korea is Russia's own business", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)
rte["pay"] = C("rte", "Moscow pays about 2,000 US dollars a month per soldier", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
rte["regime"] = C("rte", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
rte["exp"] = C("rte", "Second, and more important, combat experience.", kind=S, measure=EXP, by=MORAN)
rte["yoon"] = C("rte", "he would not rule out sending weapons directly to Ukraine", kind=S, measure=WPN,
                mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
rte["irl"] = C("rte", "the reports are deeply concerning and would be a further breach of UN Security Council "
               "resolutions", kind=S, measure=IRL, by=IRLDFA, subject="Ireland")

# ---------------------------------------------------------------- Die Welt, Mon 2024-10-28 (analysis)
# "On Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence; Rutte; the Foreign Office's
# summons); "Last Wednesday" -> 10-23 and "the same day" -> 10-23 (the Oct 23 counts told as the step before, k03);
# "on Saturday" -> 10-26 (Zelensky's warning, a date claim); "last Thursday" -> 10-24 (HUR's count, officers and
# generals in one sentence; Putin); "On Friday" -> 10-25 (Kim Jong Gyu). "last week" (the NIS's forecast), Singh's
# sentence and the X post give null. "more than tripled" and "7,000 higher" are the outlet's own arithmetic
# (attributed to nobody). "That is the number Seoul says Pyongyang has pledged in total" carries the plan without a
# numeral and is not annotated. "Within five days", the reading time, Volkswagen (three plants, tens of thousands of
# jobs), the DAX (0.3 percent, 19,531) and the related headlines (105 tanks) are not annotated.
welt = {}
welt["tripled"] = C("welt", "the West's estimate of North Korea's contribution to Russia's war has more than tripled",
                    measure=RATIO, value=3, q="at_least", unit="times", by=None)
welt["dod10"] = C("welt", "around 10,000 North Korean soldiers had been sent to eastern Russia for training",
                  value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
welt["closer"] = C("welt", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
welt["wh3"] = C("welt", "Last Wednesday the White House had spoken of at least 3,000", value=3000, q="at_least",
                scope="total", by=WH, ev="2024-10-23", place="Russia")
welt["nis3"] = C("welt", "South Korea's intelligence service gave about 3,000 the same day", value=3000, q="about",
                 scope="total", by=NIS, ev="2024-10-23", place="Russia")
welt["diff"] = C("welt", "The new American figure is 7,000 higher than the old one", measure=DIFF, value=7000,
                 by=None)
welt["pr"] = C("welt", "it anticipated around 10,000 North Koreans in Russia", measure=PR, value=10000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
welt["prd"] = C("welt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
welt["weeks"] = C("welt", "Russia intends to use the North Koreans in combat, or to support combat operations, against "
                  "Ukrainian forces in the Kursk region \"over the next several weeks\"", kind=S, measure=CT,
                  mod="planned", by=SINGH, place="Kursk")
welt["rdep"] = C("welt", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk "
                 "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
welt["resc"] = C("welt", "He called it \"a significant escalation\" and \"a dangerous expansion\" of Russia's war.",
                 kind=S, measure=ESC, by=RUTTE)
welt["ct"] = C("welt", "the first North Korean soldiers could appear in combat zones on 27 and 28 October", kind=D,
               measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
welt["hur"] = C("welt", "some 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
welt["off"] = C("welt", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
welt["gen"] = C("welt", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
welt["img"] = C("welt", "Vladimir Putin replied that images \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
                ev="2024-10-24", subject=RUS)
welt["kjg"] = C("welt", "if such a deployment existed, it would be \"an act conforming with the regulations of "
                "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
welt["ger"] = C("welt", "The Foreign Office in Berlin summoned Russia's chargé d'affaires on Monday over the "
                "deployment", kind=S, measure=GER, by="Germany Foreign Office", ev="2024-10-28", subject="Germany")
welt["gesc"] = C("welt", "Germany regards Pyongyang's involvement as a further escalation by Moscow, the ministry wrote "
                 "on X.", kind=S, measure=ESC, by="Germany Foreign Office", subject="Germany")
welt["manp"] = C("welt", "\"Every North Korean battalion is one Putin does not have to raise at home,\"", kind=S,
                 measure=MANP, by=RENNER, subject=RUS)
welt["tech"] = C("welt", "he expects Pyongyang to seek Russian help with satellites and submarines", kind=S,
                 measure=TECH, mod="planned", by=RENNER)
welt["pay"] = C("welt", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
                unit="USD per month", by=NIS)

# ---------------------------------------------------------------- Irish Independent, Wed 2024-10-30 (explainer)
# "on Tuesday" -> 10-29 (the NIS's count and the front, one sentence); "A day earlier" -> 10-28 (the Pentagon); "last
# Thursday" -> 10-24 (HUR's count) and "the day before" in the same sentence -> 10-23 (the arrival); "on October 18"
# -> 10-18 (the plan); "on Monday" -> 10-28 (Rutte); "last Friday" -> 10-25 (Kim Jong Gyu). "A week ago both Washington
# and Seoul were talking about 3,000" is one claim from two origins (US and South Korea), the step before in k03.
# The lead's "Now Nato says they are on the border with Ukraine" is Rutte's Oct 28 line told loosely (undated,
# asserted side of the deployment). The question headings, "Two weeks ago", "in August", "but did not say they had fought", the stamp, the Budget line
# (EUR 10.5bn) and the related headlines are not annotated; the EUR 1,850 conversion sits inside the pay quote. The
# DFA spokesperson's EUR 200m is a count about the war (Ireland's support), annotated.
ii = {}
ii["nato"] = C("ii", "Now Nato says they are on the border with Ukraine.", kind=S, measure=DEP, by=RUTTE,
               place="Kursk")
ii["nis10"] = C("ii", "more than 10,000 North Korean soldiers have been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
ii["front"] = C("ii", "some of them appear to be moving towards the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
ii["dod10"] = C("ii", "A day earlier the Pentagon put the number at around 10,000", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
ii["step3"] = C("ii", "A week ago both Washington and Seoul were talking about 3,000", value=3000, q="about",
                scope="total", by=USK, place="Russia")
ii["hur"] = C("ii", "Ukraine's military intelligence said last Thursday that about 12,000 were in Russia", value=12000,
              q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
ii["arr"] = C("ii", "the first units had reached Kursk the day before", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
ii["plan"] = C("ii", "Pyongyang had decided to send about 12,000 troops in total", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ii["fb"] = C("ii", "The first batch, some 1,500 special forces, was shipped to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
ii["win"] = C("ii", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ii["kyb"] = C("ii", "The NIS says the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB,
              by=NIS)
ii["terms"] = C("ii", "The soldiers are being taught around 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
ii["drones"] = C("ii", "Russian instructors think they understand little about drones", kind=S, measure=DRONES,
                 by=NIS)
ii["pay"] = C("ii", "Russia pays about $2,000 (€1,850) a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ii["regime"] = C("ii", "It believes most of the money is kept by the regime in Pyongyang.", kind=S, measure=REGIME,
                 by=NIS)
ii["ct"] = C("ii", "the first units would reach combat zones on October 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
ii["rdep"] = C("ii", "North Korean units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
ii["kjg"] = C("ii", "any such deployment would comply with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
ii["noack"] = C("ii", "Moscow has not confirmed that any North Korean soldiers are on its territory.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ii["irl"] = C("ii", "the deployment was \"a grave development\" and in breach of UN Security Council resolutions",
              kind=S, measure=IRL, by=IRLDFA, subject="Ireland")
ii["epf"] = C("ii", "The Government has committed over €200m in non-lethal support to Ukraine", measure=EPF,
              value=200000000, q="at_least", unit="EUR", by=IRLDFA, subject="Ireland")
ii["icbm"] = C("ii", "the North may test a long-range missile around the US election", kind=S, measure=ICBMW,
               mod="conditional", by=NIS)

# ---------------------------------------------------------------- Neue Zürcher Zeitung (English edition), Fri 2024-11-01
# (correspondent's dispatch from Seoul)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure); his later sentences ("he said", "In all", "Blinken warned")
# give null. "on Tuesday" -> 10-29 (the NIS's count and the 100 commands, one sentence); "On Thursday morning" ->
# 10-31 (the flight time and altitude, one sentence, per Japan); "on Friday" -> 11-01 (state media quoting Kim; Choe).
# The unnamed ministry official, the Swiss officer and the defectors' groups are not identified sources; "both
# records" is the outlet's remark. The poll (19 percent), the Kospi (1.5 percent), "1953", the related headline
# (71 years), the stamp and the headline's kilometres are not annotated.
nzz = {}
nzz["bl8"] = C("nzz", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
nzz["days"] = C("nzz", "Washington expected them to join the fighting against Ukraine \"in the coming days\"", kind=S,
                measure=CT, mod="planned", by=BL)
nzz["bl10"] = C("nzz", "In all, roughly 10,000 North Koreans had been sent to Russia.", value=10000, q="about",
                scope="total", by=BL, place="Russia")
nzz["tgt"] = C("nzz", "If they fight, Blinken warned, they will be \"legitimate military targets\"", kind=S,
               measure=TGT, mod="conditional", by=BL)
nzz["eq"] = C("nzz", "Russian officers were training the North Koreans in artillery, drones and basic infantry "
              "tactics, including clearing trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
nzz["acs"] = C("nzz", "He had not yet seen them used in combat, he said.", kind=S, measure=CS, by=AUSTIN)
nzz["kyh"] = C("nzz", "demanded that Pyongyang withdraw its troops immediately", kind=S, measure=WITHDRAW, by=KYH,
               subject=SK)
nzz["wpn"] = C("nzz", "President Yoon Suk Yeol has said he does not rule out sending weapons to Ukraine.", kind=S,
               measure=WPN, mod="conditional", by=YOON, subject=SK)
nzz["cho"] = C("nzz", "Russia could pay for the soldiers with military technology the North cannot develop on its own",
               kind=S, measure=TECH, mod="conditional", by=CHO)
nzz["nis10"] = C("nzz", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
nzz["terms"] = C("nzz", "they were learning around 100 Russian military commands", measure=TERMS, value=100,
                 q="about", unit="terms", by=NIS, ev="2024-10-29")
nzz["t86"] = C("nzz", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
               ev="2024-10-31")
nzz["alt"] = C("nzz", "climbed to an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000,
               q="at_least", unit="km", by=JMOD, ev="2024-10-31")
nzz["kju"] = C("nzz", "quoted Kim Jong Un as calling the launch an \"appropriate military action\"", kind=S,
               measure=KJU, by="Kim Jong Un", ev="2024-11-01")
nzz["choe"] = C("nzz", "her country would stand firmly by its Russian comrades \"until the day of victory\"", kind=S,
                measure=CHOE, by=CHOE_SH, ev="2024-11-01")
nzz["lavrov"] = C("nzz", "Lavrov said the militaries and security services of both countries had \"very close\" "
                  "ties.", kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- De Standaard, Tue 2024-11-05 (wire story with update block)
# The lead's two clauses (Umerov's encounters; "South Korea says it has no evidence", the defence ministry) give no
# day and join the Nov 5 discrepancy beside the dated body sentences: "in an interview aired on Tuesday" -> 11-05,
# the ministry "on Tuesday" -> 11-05, "Early on Tuesday" -> 11-05 (the JCS), "on Monday" -> 11-04 (Zelensky's count;
# the Pentagon; Belgium's condemnation), "In Moscow on Friday" -> 11-01 (Choe). "last week" (Blinken, the NIS) gives
# null. Lahbib's sentence has no day of its own. Peskov's non-comment, "Five days earlier", the formation talks (149
# days, four parties, 9 June), the Bel20 (0.4 percent), the stamps and the related headlines are not annotated.
dst = {}
dst["lclash"] = C("dst", "Ukrainian forces have had their first, small-scale encounters with North Korean troops "
                  "fighting for Russia, Ukraine's defence minister says", kind=S, measure=N5,
                  by=UM)
dst["lmnd"] = C("dst", "South Korea says it has no evidence of that yet.", kind=S, measure=N5, by=MND, subject=SK)
dst["um"] = C("dst", "the first small engagements with North Korean units had taken place", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
dst["more"] = C("dst", "More North Korean soldiers were expected to arrive in the coming weeks, Umerov said.", kind=S,
                measure=MORE, mod="planned", by=UM)
dst["mnd"] = C("dst", "said on Tuesday that it could not confirm that North Korean troops had taken part in combat",
               kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
dst["z11"] = C("dst", "11,000 North Korean soldiers were now in the Kursk region", measure=KU, value=11000, by=ZEL,
               ev="2024-11-04", place="Kursk")
dst["bl8"] = C("dst", "the roughly 8,000 that US Secretary of State Antony Blinken said last week were in Kursk",
               measure=KU, value=8000, q="about", by=BL, place="Kursk")
dst["partn"] = C("dst", "Zelensky accused Ukraine's allies of watching rather than acting", kind=S, measure=PARTN,
                 by=ZEL, subject=UA)
dst["deep"] = C("dst", "repeated his request to be allowed to strike military targets deep inside Russia with Western "
                "weapons", kind=S, measure=DEEP, by=ZEL, subject=UA)
dst["dodcs"] = C("dst", "it had no indication yet that North Korean soldiers had entered combat", kind=S, measure=CS,
                 by=DOD, ev="2024-11-04")
dst["nis10"] = C("dst", "more than 10,000 North Korean soldiers had been sent to Russia", value=10000, q="at_least",
                 scope="total", by=NIS, place="Russia")
dst["plan"] = C("dst", "the roughly 12,000 Pyongyang has committed", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
dst["kyb"] = C("dst", "The agency also named their commander as Lieutenant General Kim Yong Bok.", kind=S,
               measure=KYB, by=NIS)
dst["srbm"] = C("dst", "North Korea fired seven short-range ballistic missiles into the sea off its east coast",
                measure=SRBM, value=7, unit="missiles", by=JCS, ev="2024-11-05")
dst["choe"] = C("dst", "she had pledged that Pyongyang would stand with Russia \"until victory\"", kind=S,
                measure=CHOE, by=CHOE_SH, ev="2024-11-01")
dst["noack"] = C("dst", "The Kremlin has never officially confirmed that North Korean soldiers are on Russian soil.",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
dst["bel"] = C("dst", "Belgium, which has promised F-16 fighter jets to Ukraine, condemned the deployment again on "
               "Monday", kind=S, measure=BEL, by="Belgium government", ev="2024-11-04", subject="Belgium")
dst["besc"] = C("dst", "it was \"an extremely dangerous escalation\"", kind=S, measure=ESC, by="Hadja Lahbib",
                subject="Belgium")
dst["indo"] = C("dst", "the missile launches posed no immediate threat to US personnel or territory, or to its "
                "allies", kind=S, measure=INDO, by="US Indo-Pacific Command", subject="United States")
dst["eez"] = C("dst", "none of the missiles had landed inside its exclusive economic zone", kind=S, measure=EEZ,
               by="Japan government", subject="Japan")

# ---------------------------------------------------------------- Politiken, Sat 2024-11-16 (weekly news quiz)
# The answer options (a/b/c) are not claims, whatever their figures; the questions carry a claim only where they state
# one (question 3: Umerov's clashes "on 5 November" -> 11-05). The answers are annotated as their origins' claims,
# dated only by their own sentence: "on Tuesday" -> 11-12 (the State Department, count and combat in one sentence),
# "On 31 October" (Blinken), "the same day" after question 3's date -> 11-05 (Seoul's ministry), "reported on Tuesday"
# -> 11-12 (state media on Kim's ratification). Answers 4, 5, 6, 7, 8 and 9 give no day of their own (the question's
# day is not the answer's sentence). Answer 7's and 8's bare "About ..." figures are Seoul's (the question names it).
# "Twelve questions, one point each", the scoring bands, "the three-party coalition", "since August", COP29, "the
# longest flight North Korea has ever recorded" (the quiz's remark) and the stamp are not annotated.
pol = {}
pol["um"] = C("pol", "his forces had had their first clashes with North Korean soldiers", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
pol["st10"] = C("pol", "More than 10,000, the State Department said on Tuesday", value=10000, q="at_least",
                scope="total", by=STATE, ev="2024-11-12", place=RFE)
pol["begun"] = C("pol", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                 by=STATE, ev="2024-11-12")
pol["bl8"] = C("pol", "On 31 October Antony Blinken had put the number there at about 8,000.", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
pol["mnd"] = C("pol", "Seoul's defence ministry said the same day it could not confirm the clashes", kind=S,
               measure=N5, by=MND, ev="2024-11-05", subject=SK)
pol["z11"] = C("pol", "11,000, Zelensky said in his evening address", measure=KU, value=11000, by=ZEL, place="Kursk")
pol["2600"] = C("pol", "2,600 was the first unit Ukraine's military intelligence expected to be sent to Kursk",
                measure=FIRSTU, value=2600, mod="planned", scope="first_batch", by=HUR, place="Kursk")
pol["massed"] = C("pol", "About 50,000, the newspaper reported, citing US and Ukrainian officials", measure=MASSED,
                  value=50000, q="about", by="US and Ukrainian officials", place="Kursk", subject=RUS)
pol["units"] = C("pol", "Marine and airborne units, the NIS said", kind=S, measure=UNITS, by=NIS)
pol["fight"] = C("pol", "some of the North Koreans were already fighting", kind=S, measure=CS, by=NIS)
pol["plan"] = C("pol", "About 12,000", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
                place="Russia")
pol["fb"] = C("pol", "The first 1,500 special forces were shipped in early October.", measure=FB, value=1500,
              scope="first_batch", by=NIS, place=RFE)
pol["pay"] = C("pol", "About $2,000", measure=PAY, value=2000, q="about", unit="USD per month", by=NIS)
pol["regime"] = C("pol", "most of which the regime keeps, the NIS believes", kind=S, measure=REGIME, by=NIS)
pol["t86"] = C("pol", "About 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
pol["ratify"] = C("pol", "Kim Jong Un ratified the treaty, North Korean state media reported on Tuesday", kind=S,
                  measure=RATIFY, by="KCNA", ev="2024-11-12")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [sw["sofar"], sw["kys"], sw["bud"], rte["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 in Russia so far vs Kyiv's about 11,000 training in the "
  "east (Kyslytsya Oct 21, Budanov Oct 18)",
  [("about 1,500 so far (NIS)", [sw["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [sw["kys"], sw["bud"], rte["bud"]])])
K(RU, [ds["nis3a"], ds["nis3b"], ds["wh3"], ds["kirby3"], rte["nis3"], rte["wh3"], rte["hur"], welt["hur"], ii["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Kirby)",
    [ds["nis3a"], ds["nis3b"], ds["wh3"], ds["kirby3"], rte["nis3"], rte["wh3"]]),
   ("about 12,000 (HUR)", [rte["hur"], welt["hur"], ii["hur"]])])
K(RU, [welt["wh3"], welt["nis3"], ii["step3"], welt["dod10"], ii["dod10"], nzz["bl10"], ii["nis10"], nzz["nis10"],
       dst["nis10"], pol["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [nzz["bl8"], dst["bl8"], pol["bl8"], dst["z11"], pol["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [sw["plan"], ds["plan"], rte["plan"], ii["plan"], dst["plan"], pol["plan"], sw["zel"], ds["zel"]], "discrepancy",
  "planned total: the NIS's (about) 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("(about) 12,000 (NIS)", [sw["plan"], ds["plan"], rte["plan"], ii["plan"], dst["plan"], pol["plan"]]),
   ("10,000 (Zelensky)", [sw["zel"], ds["zel"]])])
K(FB, [sw["fb"], ds["fb"], ii["fb"], pol["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [sw["win"], ii["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [sw["brig"], rte["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ds["sbs"], ds["sb"]], "agreement",
  "NIS (Oct 23): a second group (another 1,500 or so) has reached Russia")
K(PR, [ds["pr"], rte["pr"], welt["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in Russia")
K(PRD, [ds["prd"], rte["prd"], welt["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ds["pay"], rte["pay"], welt["pay"], ii["pay"], pol["pay"]], "agreement",
  "NIS: about $2,000 a month per soldier")
K(REGIME, [ds["regime"], rte["regime"], ii["regime"], pol["regime"]], "agreement",
  "NIS: most of the pay goes to the regime")
K(DRONES, [ds["drones"], ii["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit but weak on drones / modern warfare")
K(OFF, [rte["off"], welt["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [rte["gen"], welt["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [rte["arr"], ii["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [ds["sites"], rte["sites"]], "agreement", "Kirby / the White House (Oct 23): three training sites")
K(READY, [sw["ready"], rte["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov Oct 18)")
K(FIRSTU, [sw["2600"], pol["2600"]], "agreement",
  "Ukrainian military intelligence (Budanov, Oct 18): a first unit of 2,600 for Kursk")
K(WITHDRAW, [sw["wd"], ds["wd"], nzz["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(LAW, [welt["kjg"], ii["kjg"], sw["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security Council resolutions "
  "(Seoul's foreign ministry, Oct 21)",
  [("lawful (North Korea)", [welt["kjg"], ii["kjg"]]), ("breaches UNSC resolutions (Seoul)", [sw["unsc"]])])
K(DEP, [ds["adep"], welt["rdep"], ii["nato"], ii["rdep"], sw["krem"], sw["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs rejected as 'another fake' (the Kremlin, Peskov)",
  [("asserted", [ds["adep"], welt["rdep"], ii["nato"], ii["rdep"]]), ("rejected", [sw["krem"], sw["fake"]])])
K(UNCLEAR, [ds["unck"], ds["unca"]], "agreement",
  "Washington (Oct 23): what the troops will do is not clear / left to be seen (Kirby, Austin)")
K(TGT, [ds["fair"], nzz["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [sw["resc"], ds["aesc"], welt["resc"], welt["gesc"], dst["besc"]], "agreement",
  "escalation: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' (Rutte Oct 28), 'a further escalation' (Berlin), 'an extremely dangerous "
  "escalation' (Lahbib)")
K(IMG, [rte["img"], welt["img"]], "agreement", "Putin (Oct 24): images 'reflect something'")
K(WPN, [rte["yoon"], nzz["wpn"]], "agreement", "Yoon does not rule out sending weapons to Ukraine")
K(IRL, [rte["irl"], ii["irl"]], "agreement",
  "Ireland's Department of Foreign Affairs: deeply concerning / a grave development, a breach of UNSC resolutions")
K(FRONT, [welt["closer"], ii["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / towards the front (NIS)")
K(CT, [welt["ct"], ii["ct"], welt["weeks"], nzz["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [welt["ct"], ii["ct"]]), ("several weeks (Pentagon)", [welt["weeks"]]),
   ("coming days (Blinken)", [nzz["days"]])])
K(CS, [sw["rcs"], nzz["acs"], dst["dodcs"], pol["begun"], pol["fight"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 21), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> have "
  "begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [dst["lclash"], dst["um"], pol["um"], dst["lmnd"], dst["mnd"], pol["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [dst["lclash"], dst["um"], pol["um"]]),
   ("cannot confirm (Seoul MND)", [dst["lmnd"], dst["mnd"], pol["mnd"]])])
K(KYB, [ii["kyb"], dst["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [ii["terms"], nzz["terms"]], "agreement", "NIS (Oct 29): the troops are taught about 100 Russian terms")
K(TECH, [welt["tech"], nzz["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Renner; Foreign Minister Cho)")
K(NOACK, [ii["noack"], dst["noack"]], "agreement", "Moscow has not confirmed the deployment")
K(ICBM_T, [nzz["t86"], pol["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [nzz["choe"], dst["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")

pairs = [
    (sw["sofar"], sw["fb"], "about 1,500: Seoul's head count in Russia so far vs the first transport"),
    (sw["plan"], sw["fb"], "12,000 planned vs a first group of around 1,500, same sentence"),
    (sw["kys"], sw["zel"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (ds["sb"], ds["nis3b"], "another 1,500 or so vs roughly 3,000 in all"),
    (ds["nis3b"], ds["pr"], "roughly 3,000 now vs 10,000 expected by December"),
    (ds["fb"], ds["sb"], "1,500: the first transport vs the second group"),
    (rte["hur"], rte["plan"], "12,000 already in Russia (HUR) vs 12,000 planned (NIS)"),
    (rte["off"], rte["gen"], "500 officers vs three generals, same sentence"),
    (rte["sites"], rte["gen"], "three: training sites vs generals"),
    (rte["ready"], rte["prd"], "ready by November 1 (Budanov) vs 10,000 by December (NIS), adjacent sentences"),
    (welt["dod10"], welt["pr"], "around 10,000 sent (Pentagon) vs around 10,000 expected by December (NIS)"),
    (ii["hur"], ii["plan"], "about 12,000 in Russia (HUR) vs about 12,000 planned (NIS)"),
    (nzz["bl8"], nzz["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (nzz["days"], nzz["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (dst["z11"], dst["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (dst["nis10"], dst["plan"], "more than 10,000 sent vs roughly 12,000 committed, same sentence"),
    (pol["st10"], pol["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
    (pol["fb"], pol["plan"], "the first 1,500 vs about 12,000 in total, adjacent sentences"),
    (pol["2600"], pol["fb"], "first units: 2,600 bound for Kursk (HUR) vs the first 1,500 shipped (NIS)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
