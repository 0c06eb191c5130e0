"""Generate gold.json for blind36 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind36/build_gold.py

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
    "dm": ("daily-mirror-2024-10-19-north-korea-to-send-12000-troops-to-russia-seoul-says",
           "Daily Mirror (Sri Lanka)", "2024-10-19"),
    "td": ("today-2024-10-23-north-korea-sends-1500-more-troops-3000-in-russia-seoul", "TODAY (Singapore)",
           "2024-10-23"),
    "fm": ("free-malaysia-today-2024-10-25-interview-why-kyiv-and-seoul-count-north-korean-troops-differently",
           "Free Malaysia Today", "2024-10-25"),
    "ns": ("new-straits-times-2024-10-29-pentagon-says-10000-north-korean-troops-sent-to-russia", "New Straits Times",
           "2024-10-29"),
    "kp": ("the-kathmandu-post-2024-10-31-readers-editor-who-counted-and-what-did-they-count", "The Kathmandu Post",
           "2024-10-31"),
    "bt": ("the-business-times-2024-11-01-explainer-north-korean-troops-in-kursk-what-it-means", "The Business Times",
           "2024-11-01"),
    "mn": ("montsame-2024-11-05-ukraine-reports-first-clashes-with-north-korean-troops", "Montsame", "2024-11-05"),
    "pp": ("the-phnom-penh-post-2024-11-14-analysis-four-weeks-of-north-korean-troop-numbers", "The Phnom Penh Post",
           "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
UNDERWAY = "North Korean troop movement already under way"
THREAT = "deployment a grave threat to South Korea"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
AGE = "age"
Y24 = "years between Russian leaders' visits to Pyongyang"
SL_REC = "Sri Lankans recruited into the Russian army"
DIALOGUE = "war to be settled through dialogue / negotiation (third countries)"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "Washington unsure what the troops will do (Oct 23)"
NOACK = "Russia has not acknowledged the deployment"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
INTENT = "Russia intends to use North Korean troops in combat (US)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NEPAL = "Nepal asks Russia to return recruited Nepalis"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
MASSED = "Russian force massed for Kursk counteroffensive"
TRUMP = "Trump to end the war quickly"


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
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
HAMZAH = "Farid Hamzah"
SK, RUS = "South Korea", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Daily Mirror (Sri Lanka), Sat 2024-10-19 (straight news story)
# "said yesterday" -> 10-18 (the lead's plan), "published yesterday" -> 10-18 (Budanov's count and date), "on Friday"
# -> 10-18 (the presidential office's two lines), "on Thursday" -> 10-17 (Zelensky; Rutte "standing beside Zelensky on
# Thursday"). "The spy agency said", "it said", "according to the agency", "the NIS said", "he said" give no day.
# "By Seoul's count, those fifteen hundred men are the only ..." is the NIS's head count that week (bundled k01), not
# the transfer report. The Western official's range is single (measure PL, conditional). "24 years" is the outlet's
# number; Chandrika's age is annotated, her words are a reaction. The Sri Lankan recruits are a count about the war
# (vague, several hundred). "did not comment" is a non-reply; the market line, the fuel price, the 4,500 police, the
# election date and "less than a month" are off-topic or furniture.
dm = {}
dm["pl"] = C("dm", "North Korea has decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
dm["brig"] = C("dm", "the North would send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
dm["begun"] = C("dm", "the movement had already begun", kind=S, measure=UNDERWAY, by=NIS)
dm["win"] = C("dm", "Between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
dm["fb"] = C("dm", "Russian navy ships ferried about 1,500 special forces troops", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
dm["ships"] = C("dm", "Four landing ships made the crossing", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
dm["escort"] = C("dm", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
dm["unif"] = C("dm", "the soldiers were handed Russian uniforms and forged identity papers", kind=S, measure=UNIF,
               by=NIS)
dm["sofar"] = C("dm", "those fifteen hundred men are the only North Korean troops on Russian soil for now", value=1500,
                scope="total", by=NIS, place="Russia")
dm["threat"] = C("dm", "called the deployment a grave threat to South Korea's security", kind=S, measure=THREAT, by=PO,
                 ev="2024-10-18", subject=SK)
dm["unsc"] = C("dm", "said it violated UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
dm["zel"] = C("dm", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
dm["bud"] = C("dm", "some 11,000 North Korean infantrymen were training in Russia's far east", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
dm["ready"] = C("dm", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
dm["u2600"] = C("dm", "A first unit of 2,600 was to be sent to Russia's Kursk region", measure=FIRSTU, value=2600,
                mod="planned", scope="first_batch", by=BUD, place="Kursk")
dm["west"] = C("dm", "put a possible deployment at anywhere from 2,000 to 12,000 troops", measure=PL, low=2000,
               high=12000, mod="conditional", scope="total", by="Western official", place="Russia")
dm["rutte"] = C("dm", "the alliance had no evidence yet that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
dm["fake"] = C("dm", "The Kremlin has dismissed the reports, with spokesman Dmitry Peskov calling them \"another fake\"",
               kind=S, measure=DEP, by=PESKOV, subject=RUS)
dm["y24"] = C("dm", "first visit to Pyongyang in 24 years", measure=Y24, value=24, unit="years", by=None,
              subject=PUTIN)
dm["sl"] = C("dm", "several hundred Sri Lankans were recruited into the Russian army", measure=SL_REC, low=200, high=900,
             q="vague", unit="people", by="Sri Lanka Foreign Ministry", subject="Sri Lanka", place="Russia")
dm["age"] = C("dm", "W.M. Chandrika, 52", measure=AGE, value=52, unit="years", by=None, subject="W.M. Chandrika")
dm["dlg"] = C("dm", "The ministry has said repeatedly that Sri Lanka wants the war ended through dialogue and diplomacy",
              kind=S, measure=DIALOGUE, by="Sri Lanka Foreign Ministry", subject="Sri Lanka")

# ---------------------------------------------------------------- TODAY (Singapore), Wed 2024-10-23 (wire story with update block)
# "on Wednesday (Oct 23)" -> 10-23 (the lead's four claims), "Last Friday" -> 10-18 (plan, brigades, first contingent in
# one sentence), "On Monday" -> 10-21 (the summons), "A day later" -> 10-22 (the presidential official), "said on
# Monday" -> 10-21 (Kyslytsya), "on a visit to Rome on Wednesday" -> 10-23 (Austin's evidence), "said on Wednesday (US
# time)" -> 10-23 (the White House). Austin's quotes ("he told reporters"), Lee's relays ("citing the agency", "he
# said"), Kirby's sites, "unclear" and "fair game" give no day. "The new group followed that one, Mr Park said" is
# the second group told again without a number (a statement in k10). The Oct 23 figures are the snapshot k02.
# "Analysts in Seoul say" (nobody identified), "Pyongyang has not commented" and Kirby's refusal are not annotated;
# "1950-53", the COE, STI and MRT lines are furniture.
td = {}
td["sb"] = C("td", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
td["n3"] = C("td", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
td["pr"] = C("td", "it expected the figure to reach some 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
td["prd"] = C("td", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
td["pl"] = C("td", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
td["brig"] = C("td", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
td["fb"] = C("td", "the first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
td["sb2"] = C("td", "The new group followed that one, Mr Park said.", kind=S, measure=SB, scope="additional", by=NIS,
              place="Russia")
td["pay"] = C("td", "Russia is paying each soldier about US$2,000 (S$2,630) a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
td["regime"] = C("td", "most of the money is likely to be taken by the regime in Pyongyang", kind=S, measure=REGIME,
                 by=NIS)
td["drones"] = C("td", "Russian instructors have found the troops physically strong and highly motivated, but "
                 "unfamiliar with drones and other features of modern warfare", kind=S, measure=DRONES, by=NIS)
td["wd"] = C("td", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)
td["wpn"] = C("td", "Seoul could consider supplying weapons to Ukraine in stages, starting with defensive arms", kind=S,
              measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
td["kys"] = C("td", "some 11,000 North Korean infantrymen were being trained in eastern Russia", value=11000,
              q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
td["ready"] = C("td", "would be ready by Nov 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
td["noack"] = C("td", "Moscow has neither confirmed nor denied the presence of North Korean troops on its soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
td["adep"] = C("td", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23", place="Russia")
td["aun"] = C("td", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
td["aesc"] = C("td", "If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, "
               "that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
td["wh"] = C("td", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
             q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
td["sites"] = C("td", "they were training at three sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
td["kun"] = C("td", "it was unclear whether they would go on to fight", kind=S, measure=UNSURE, by=KIRBY)
td["fair"] = C("td", "If they do deploy to fight against Ukraine, they become fair game", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- Free Malaysia Today, Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on
# Wednesday" -> 10-23 (an arrival takes its own day), "A day earlier" -> 10-23 (the NIS's 3,000). The guest relays the
# NIS ("said last Friday" -> 10-18; "now expects" no day) and the White House ("said on Wednesday" -> 10-23, count and
# sites in one sentence); Putin's lines ("He said") and the question about Kazan give no day; Yoon "said on Thursday"
# -> 10-24. Kim Jong Gyu's quote gives no day: "broke its silence on Friday" is the previous sentence. The question's
# "four times apart" is the interviewer's ratio (attributed to nobody); "Last week President Zelensky spoke of 10,000"
# is Zelensky's planned figure, undated. The guest (invented) speaks for himself in the method reading, experience
# and technology; his asides ("Possibly", "hardly a denial", "a big shift", "close to nil", "Watch the next two weeks",
# "since 1953", "since ... 2021") are not annotated. Anwar's silence is the outlet's remark.
fm = {}
fm["hur"] = C("fm", "about 12,000 North Korean soldiers were already in Russia", value=12000, q="about",
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
fm["off"] = C("fm", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
fm["gen"] = C("fm", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
fm["arr"] = C("fm", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
fm["n3"] = C("fm", "South Korea's National Intelligence Service had put the number at about 3,000", value=3000,
             q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
fm["age"] = C("fm", "Dr Farid Hamzah, 47", measure=AGE, value=47, unit="years", by=None, subject=HAMZAH)
fm["ratio"] = C("fm", "The two estimates are four times apart", measure=RATIO, value=4, unit="times", by=None)
fm["method"] = C("fm", "Kyiv, I think, counts the whole force Pyongyang has assigned to the mission, including men "
                 "still in transit or waiting at home", kind=S, measure=METHOD, by=HAMZAH)
fm["pl"] = C("fm", "the North had decided to send around 12,000 in total", measure=PL, value=12000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
fm["pr"] = C("fm", "it now expects about 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
fm["prd"] = C("fm", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fm["zel"] = C("fm", "Last week President Zelensky spoke of 10,000", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, place="Russia")
fm["wh"] = C("fm", "at least 3,000 had arrived", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23",
             place="Russia")
fm["sites"] = C("fm", "were training at three sites in Russia's Far East", measure=SITES, value=3,
                unit="training sites", by=WH, ev="2024-10-23", place=RFE)
fm["pay"] = C("fm", "Moscow pays about US$2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
fm["regime"] = C("fm", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
fm["exp"] = C("fm", "the bigger prize is something money cannot buy, which is experience of a modern war with drones "
              "overhead", kind=S, measure=EXP, by=HAMZAH)
fm["tech"] = C("fm", "I would expect Russia to pay in technology as well: satellites, submarines, perhaps help with "
               "missile re-entry", kind=S, measure=TECH, mod="planned", by=HAMZAH)
fm["img"] = C("fm", "He said images \"are a serious thing\" and that they \"reflect something\"", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
fm["treaty"] = C("fm", "what Russia does under its treaty with Pyongyang is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
fm["yoon"] = C("fm", "President Yoon said on Thursday, with the Polish president beside him, that he would not rule out "
               "sending weapons", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
fm["dlg"] = C("fm", "Wisma Putra's line has been that the conflict should be settled through dialogue and in line with "
              "international law", kind=S, measure=DIALOGUE, by="Malaysia Ministry of Foreign Affairs",
              subject="Malaysia")
fm["kjg"] = C("fm", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG)

# ---------------------------------------------------------------- New Straits Times, Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence), "last Wednesday, when ...
# Kirby said" -> 10-23 (a step of the running total), "Hours earlier in Brussels" -> 10-28 (Rutte), "In Seoul on
# Tuesday" -> 10-29 (the NIS's count and the front), "last Thursday" -> 10-24 (HUR's count, officers, generals) with
# the arrival "on the 23rd" -> 10-23, "on Saturday" -> 10-26 (Zelensky's window), "on Friday" -> 10-25 (Kim Jong Gyu).
# Singh's quote and "She said", "He called", Lee's relays ("citing the agency", "he added") and "Last week the agency
# had forecast" give no day. "roughly triple the White House's estimate of last week" is the outlet's ratio (value 3,
# about). "declined to say", "There was no confirmation by Monday evening", "It has been overtaken within days", the
# unnamed analysts, the early-vote count, the KLCI, the ringgit and the hospitals are not annotated.
ns = {}
ns["dod"] = C("ns", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
              q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
ns["ratio"] = C("ns", "roughly triple the White House's estimate of last week", measure=RATIO, value=3, q="about",
                unit="times", by=None)
ns["closer"] = C("ns", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
ns["intent"] = C("ns", "We are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH)
ns["weeks"] = C("ns", "She said that could happen \"over the next several weeks\"", kind=S, measure=CT, mod="planned",
                by=SINGH)
ns["k3"] = C("ns", "John Kirby said at least 3,000 had been moved to Russia by ship", value=3000, q="at_least",
             scope="total", by=KIRBY, ev="2024-10-23", place="Russia")
ns["rdep"] = C("ns", "confirmed that North Korean troops had been sent to Russia and that units had been deployed to the "
               "Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
ns["resc"] = C("ns", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war\"", kind=S, measure=ESC, by=RUTTE)
ns["n10"] = C("ns", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
              scope="total", by=NIS, ev="2024-10-29", place="Russia")
ns["front"] = C("ns", "some appeared to be moving towards the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
ns["kyb"] = C("ns", "The contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
ns["terms"] = C("ns", "the troops are being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
ns["drones"] = C("ns", "Russian instructors regard them as physically fit but poorly prepared for drone warfare",
                 kind=S, measure=DRONES, by=NIS)
ns["pr"] = C("ns", "the agency had forecast that the total would reach about 10,000", measure=PR, value=10000,
             q="about", mod="planned", scope="total", by=NIS, place="Russia")
ns["prd"] = C("ns", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ns["hur"] = C("ns", "around 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
ns["off"] = C("ns", "with 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ns["gen"] = C("ns", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ns["arr"] = C("ns", "the first units had arrived in Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
ns["ct"] = C("ns", "the first North Korean soldiers could be used in combat on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
ns["kjg"] = C("ns", "any such deployment would conform to international law", kind=S, measure=LAW, mod="conditional",
              by=KJG, ev="2024-10-25")
ns["noack"] = C("ns", "The Kremlin has not confirmed the deployment.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- The Kathmandu Post, Thu 2024-10-31 (readers' editor column)
# "actually said on October 18" -> 10-18 (plan, brigades and first group in one sentence), "On October 23" -> 10-23
# (second group, count, forecast and December in one sentence), "The next day" -> 10-24 (HUR), "On Monday" -> 10-28
# and "on Tuesday" -> 10-29 (the Pentagon's and the NIS's counts and the front, one sentence), "The Pentagon added"
# gives none, "had warned" gives none, "last week" gives none. The quoted headline ("North Korea sends 12,000 troops to
# Russia") is the paper's own error, quoted to be corrected, and is not a claim; so are "The first figure was a plan.
# The second was what had moved.", the correction and apology, "five of them in ten days", the desk's new rule, the
# Lalitpur reader's question and the contact line. The Oct 23 count is told as a step of the running total (k03);
# HUR's Oct 24 count stays in the snapshot k02. Nepal's foreign ministry call is annotated; the work ban is an action.
kp = {}
kp["pl"] = C("kp", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
kp["brig"] = C("kp", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
kp["fb"] = C("kp", "a first group of about 1,500 special forces had already been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
kp["sb"] = C("kp", "a second group of roughly 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
kp["n3"] = C("kp", "putting the number in Russia at around 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
kp["pr"] = C("kp", "it expected some 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
kp["prd"] = C("kp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
kp["hur"] = C("kp", "about 12,000 North Koreans were already there", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
kp["dod"] = C("kp", "the Pentagon said around 10,000 had been sent to eastern Russia", value=10000, q="about",
              scope="total", by=DOD, ev="2024-10-28", place=RFE)
kp["n10"] = C("kp", "the NIS said more than 10,000 were in Russia", value=10000, q="at_least", scope="total", by=NIS,
              ev="2024-10-29", place="Russia")
kp["front"] = C("kp", "some of them heading towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
kp["weeks"] = C("kp", "The Pentagon added that Russia could use them in combat \"over the next several weeks\"", kind=S,
                measure=CT, mod="planned", by=DOD)
kp["ct"] = C("kp", "North Korean units could be in battle on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL)
kp["img"] = C("kp", "Vladimir Putin said only that images \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
kp["nepal"] = C("kp", "The Ministry of Foreign Affairs has asked Moscow to send home Nepali citizens recruited into the "
                "Russian army and to return the bodies of those killed", kind=S, measure=NEPAL,
                by="Nepal Ministry of Foreign Affairs", subject="Nepal")

# ---------------------------------------------------------------- The Business Times, Fri 2024-11-01 (explainer)
# "said on Thursday (Oct 31)" -> 10-31 (Blinken's Kursk count); "He said", "Mr Blinken said", Austin's lines, the two
# ministers' lines and Japan's ministry give no day ("Hours before the Washington talks" is the previous sentence).
# "said on Tuesday" -> 10-29 (the NIS's count and the front), "When it first disclosed the deployment on Oct 18, the
# agency said" -> 10-18 (first 1,500, window, ships in one sentence), "On Friday in Moscow" -> 11-01 (Choe). "Seoul
# also says" -> NIS (pay, regime). "the outcome Seoul fears most", "Closely, for once", "real money", "both records
# for the North" and the "WHY SHOULD INVESTORS CARE" and "WHAT TO WATCH" sections are the outlet's voice; the Kospi,
# Hanwha's "more than doubled", Brent, the STI, "a seventh nuclear test", Singapore's position and the subscription
# line are not annotated.
bt = {}
bt["ku"] = C("bt", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
             q="about", by=BL, ev="2024-10-31", place="Kursk")
bt["days"] = C("bt", "He said Washington expected them to enter combat against Ukrainian forces \"in the coming days\"",
               kind=S, measure=CT, mod="planned", by=BL)
bt["b10"] = C("bt", "In all, some 10,000 North Korean troops have been sent to Russia", value=10000, q="about",
              scope="total", by=BL, place="Russia")
bt["tgt"] = C("bt", "if they join the fighting they will be \"legitimate military targets\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
bt["acs"] = C("bt", "US Defense Secretary Lloyd Austin said he had not yet seen them engaged in combat", kind=S,
              measure=CS, by=AUSTIN)
bt["eq"] = C("bt", "Russia had been training them in artillery, drones and basic infantry tactics, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
bt["kyh"] = C("bt", "Defence Minister Kim Yong-hyun called for the troops' immediate withdrawal", kind=S,
              measure=WITHDRAW, by=KYH, subject=SK)
bt["cho"] = C("bt", "Russia might hand the North sensitive military technology in return", kind=S, measure=TECH,
              mod="conditional", by=CHO)
bt["n10"] = C("bt", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total", by=NIS,
              ev="2024-10-29", place="Russia")
bt["front"] = C("bt", "some were moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
bt["fb"] = C("bt", "the first 1,500 special forces had been carried to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bt["win"] = C("bt", "between Oct 8 and Oct 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
bt["ships"] = C("bt", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
bt["pay"] = C("bt", "Russia pays each soldier about US$2,000 (about S$2,650) a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
bt["regime"] = C("bt", "most of which the regime in Pyongyang keeps", kind=S, measure=REGIME, by=NIS)
bt["t86"] = C("bt", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
bt["alt"] = C("bt", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
bt["choe"] = C("bt", "Pyongyang would stand by its Russian comrades \"until victory\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- Montsame, Tue 2024-11-05 (straight news story)
# "broadcast on Tuesday" -> 11-05 (Umerov's clashes), "said the same day" -> 11-05 (the defence ministry), "said on
# Monday" -> 11-04 (Zelensky's Kursk count; the Pentagon's "no indication"), "Early on Tuesday" -> 11-05 (the JCS).
# "Speaking to KBS, Mr. Umerov described ..." and "said more ..." give no day (two claims: a second wording of the
# clashes, and "more ... expected"); the ministry spokesperson's "checking the report" is the ministry's line again,
# undated. "Last week Washington had put the number in Kursk at about 8,000" is Blinken's Oct 31 figure told loosely
# (`US government`, undated). The NIS sentence ("estimates", "has said") gives no day; it holds the running total, the
# plan and the commander. The 86 minutes sit in a sentence whose "five days after" counts from the launches of the
# previous sentence, so it is undated by the strict rule. Choe's pledge ("days after pledging") is undated; the
# meeting "on Monday" is not her statement. "has not commented" is a non-reply. "85th anniversary", "50 percent",
# "more than 90 percent", the togrog, the budget and "September 3" are off-topic or not counts of the story.
mn = {}
mn["um"] = C("mn", "Ukrainian forces have clashed with North Korean soldiers for the first time", kind=S, measure=N5,
             by=UM, ev="2024-11-05", subject="Ukraine")
mn["mnd"] = C("mn", "South Korea's Ministry of National Defense said the same day that it could not confirm the report",
              kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
mn["um2"] = C("mn", "described the first engagements as small-scale", kind=S, measure=N5, by=UM, subject="Ukraine")
mn["more"] = C("mn", "more North Korean troops were expected to arrive in the coming weeks", kind=S, measure=MORE,
               mod="planned", by=UM)
mn["mnd2"] = C("mn", "it was checking the report with Ukraine and other partners", kind=S, measure=N5, by=MND,
               subject=SK)
mn["z11"] = C("mn", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
mn["w8"] = C("mn", "Last week Washington had put the number in Kursk at about 8,000", measure=KU, value=8000, q="about",
             by=USG, place="Kursk")
mn["dod"] = C("mn", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS, by=DOD,
              ev="2024-11-04")
mn["n10"] = C("mn", "more than 10,000 North Korean soldiers have been sent to Russia", value=10000, q="at_least",
              scope="total", by=NIS, place="Russia")
mn["pl"] = C("mn", "a total of about 12,000 Pyongyang has agreed to supply", measure=PL, value=12000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
mn["kyb"] = C("mn", "they are led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
mn["srbm"] = C("mn", "North Korea had fired about seven short-range ballistic missiles", measure=SRBM, value=7,
               q="about", unit="missiles", by=JCS, ev="2024-11-05")
mn["t86"] = C("mn", "flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD)
mn["choe"] = C("mn", "Pyongyang would stand by Russia \"until the day of victory\"", kind=S, measure=CHOE, by=CHOE_SH)
mn["noack"] = C("mn", "has never confirmed that North Korean troops are in Russia", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
mn["dlg"] = C("mn", "Mongolia's Ministry of Foreign Affairs has consistently called for the conflict in Ukraine to be "
              "resolved through peaceful means and dialogue", kind=S, measure=DIALOGUE,
              by="Mongolia Ministry of Foreign Affairs", subject="Mongolia")

# ---------------------------------------------------------------- The Phnom Penh Post, Thu 2024-11-14 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence), "A day later" -> 11-13 (the NIS's two),
# "On October 18" -> 10-18 (plan and first 1,500 in one sentence), "Five days later" -> 10-23, "On October 28" -> 10-28,
# "On October 31" -> 10-31, "on November 4" -> 11-04, "on November 5" -> 11-05, "the same day" -> 11-05, "on Sunday" ->
# 11-10; "this week" and "last week" give null. "Ukraine reported" -> Ukraine government; "Moscow, which first
# dismissed" and "has never acknowledged" -> Kremlin; "North Korean state media said" -> KCNA; the NYT's 50,000 -> US
# and Ukrainian officials. The paragraph "Read in order, ..." and the closing judgments are the outlet's reading;
# "four weeks", "five numbers", "January 20", the riel, the canal's $1.7 billion and "24 percent in ten months" are not
# annotated; "has not commented" is a non-reply.
pp = {}
pp["st10"] = C("pp", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
pp["most"] = C("pp", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
pp["begun"] = C("pp", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
pp["units"] = C("pp", "some of the North Koreans had been attached to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
pp["fight"] = C("pp", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
pp["pl"] = C("pp", "the North had decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
pp["fb"] = C("pp", "the first 1,500 had already been shipped to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
pp["n3"] = C("pp", "Five days later it said about 3,000 were in Russia", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
pp["dod"] = C("pp", "On October 28 the Pentagon put the number at about 10,000", value=10000, q="about",
              scope="total", by=DOD, ev="2024-10-28", place="Russia")
pp["bl8"] = C("pp", "On October 31 Antony Blinken said 8,000 were in Kursk alone", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
pp["z11"] = C("pp", "on November 4 Volodymyr Zelensky said 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
pp["ua"] = C("pp", "Ukraine reported its first clashes with North Korean units on November 5", kind=S, measure=N5,
             by=UAG, ev="2024-11-05", subject="Ukraine")
pp["mnd"] = C("pp", "Seoul's defence ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
pp["fake"] = C("pp", "which first dismissed the reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
pp["noack"] = C("pp", "has never acknowledged the troops", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
pp["ratify"] = C("pp", "North Korean state media said this week had been ratified by Kim Jong Un", kind=S,
                 measure=RATIFY, by="KCNA")
pp["massed"] = C("pp", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
pp["yoon"] = C("pp", "President Yoon Suk Yeol said last week that Seoul did not rule out supplying weapons to Ukraine "
               "directly", kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)
pp["dlg"] = C("pp", "The Ministry of Foreign Affairs and International Cooperation has said that Cambodia supports a "
              "peaceful settlement of the war through negotiations", kind=S, measure=DIALOGUE,
              by="Cambodia Ministry of Foreign Affairs and International Cooperation", subject="Cambodia")
pp["trump"] = C("pp", "has said he will end the war quickly", kind=S, measure=TRUMP, mod="planned", by="Donald Trump",
                subject="United States")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [dm["sofar"], dm["bud"], td["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's fifteen hundred on Russian soil so far vs Kyiv's about 11,000 training "
  "in the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [dm["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [dm["bud"], td["kys"]])])
K(RU, [td["n3"], td["wh"], fm["n3"], fm["wh"], fm["hur"], ns["hur"], kp["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [td["n3"], td["wh"], fm["n3"], fm["wh"]]),
   ("about 12,000 (HUR)", [fm["hur"], ns["hur"], kp["hur"]])])
K(RU, [ns["k3"], kp["n3"], pp["n3"], ns["dod"], kp["dod"], pp["dod"], bt["b10"], ns["n10"], kp["n10"], bt["n10"],
       mn["n10"], pp["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [bt["ku"], mn["w8"], pp["bl8"], mn["z11"], pp["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken Oct 31; 'Washington') -> 11,000 (Zelensky Nov 4)")
K(PL, [dm["pl"], td["pl"], fm["pl"], kp["pl"], mn["pl"], pp["pl"], dm["zel"], fm["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [dm["pl"], td["pl"], fm["pl"], kp["pl"], mn["pl"], pp["pl"]]),
   ("10,000 (Zelensky)", [dm["zel"], fm["zel"]])])
K(FB, [dm["fb"], td["fb"], kp["fb"], bt["fb"], pp["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [dm["win"], bt["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [dm["ships"], bt["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [dm["brig"], td["brig"], kp["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [td["sb"], td["sb2"], kp["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 followed the first (a number twice, a statement once)")
K(PR, [td["pr"], fm["pr"], ns["pr"], kp["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [td["prd"], fm["prd"], ns["prd"], kp["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [td["pay"], fm["pay"], bt["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [td["regime"], fm["regime"], bt["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [td["drones"], ns["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / fit but unfamiliar with drones")
K(OFF, [fm["off"], ns["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [fm["gen"], ns["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [fm["arr"], ns["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [td["sites"], fm["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [dm["ready"], td["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [td["fair"], bt["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [td["aesc"], ns["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte "
  "Oct 28)")
K(DEP, [td["adep"], ns["rdep"], dm["fake"], pp["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; Moscow)",
  [("asserted", [td["adep"], ns["rdep"]]), ("dismissed", [dm["fake"], pp["fake"]])])
K(LAW, [fm["kjg"], ns["kjg"], dm["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [fm["kjg"], ns["kjg"]]), ("violates UNSC resolutions (Seoul)", [dm["unsc"]])])
K(CT, [ns["ct"], kp["ct"], ns["weeks"], kp["weeks"], bt["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in the "
  "coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [ns["ct"], kp["ct"]]), ("several weeks (Pentagon)", [ns["weeks"], kp["weeks"]]),
   ("coming days (Blinken)", [bt["days"]])])
K(CS, [dm["rutte"], bt["acs"], mn["dod"], pp["begun"], pp["fight"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [mn["um"], mn["um2"], pp["ua"], mn["mnd"], mn["mnd2"], pp["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS; 'Ukraine reported') vs Seoul's defence ministry cannot confirm / "
  "is checking",
  [("clashes reported (Umerov, Kyiv)", [mn["um"], mn["um2"], pp["ua"]]),
   ("cannot confirm (Seoul MND)", [mn["mnd"], mn["mnd2"], pp["mnd"]])])
K(FRONT, [ns["closer"], ns["front"], kp["front"], bt["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [ns["kyb"], mn["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(IMG, [fm["img"], kp["img"]], "agreement", "Putin (Oct 24): images 'are a serious thing', they 'reflect something'")
K(WPN, [td["wpn"], fm["yoon"], pp["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, depending on the North (presidential official Oct 22; Yoon "
  "Oct 24 and Nov 7)")
K(ICBM_T, [bt["t86"], mn["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [bt["choe"], mn["choe"]], "agreement", "Choe Son Hui to Lavrov (Nov 1): with Russia until (the day of) victory")
K(NOACK, [td["noack"], ns["noack"], mn["noack"], pp["noack"]], "agreement",
  "Moscow has not confirmed / acknowledged the deployment (four wordings)")
K(TECH, [fm["tech"], bt["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Hamzah; Foreign Minister Cho)")
K(WITHDRAW, [td["wd"], bt["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(DIALOGUE, [dm["dlg"], fm["dlg"], mn["dlg"], pp["dlg"]], "agreement",
  "third countries: the war to be settled through dialogue / negotiation (Sri Lanka, Malaysia, Mongolia, Cambodia)")
K(UNSURE, [td["aun"], td["kun"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin 'left to be seen', Kirby 'unclear')")

pairs = [
    (dm["pl"], dm["fb"], "around 12,000 planned vs about 1,500 in the first transport"),
    (dm["sofar"], dm["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (dm["brig"], dm["ships"], "four brigades vs four landing ships, adjacent sentences"),
    (dm["bud"], dm["zel"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (td["sb"], td["n3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (td["n3"], td["pr"], "around 3,000 now vs some 10,000 expected by December, same sentence"),
    (td["sb"], td["fb"], "about 1,500: the second group vs the first contingent"),
    (fm["hur"], fm["pl"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (fm["off"], fm["gen"], "500 officers vs three generals, same sentence"),
    (fm["sites"], fm["gen"], "three: training sites vs generals"),
    (ns["dod"], ns["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (ns["n10"], ns["pr"], "more than 10,000 now (NIS Oct 29) vs about 10,000 forecast (NIS Oct 23)"),
    (kp["pl"], kp["hur"], "about 12,000: the NIS's plan vs HUR's count already there"),
    (kp["sb"], kp["n3"], "roughly 1,500 more vs around 3,000 in all, same sentence"),
    (bt["ku"], bt["b10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (bt["days"], bt["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (mn["z11"], mn["n10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (mn["n10"], mn["pl"], "more than 10,000 sent vs about 12,000 agreed, same sentence"),
    (pp["fb"], pp["pl"], "the first 1,500 vs around 12,000 decided, same sentence"),
    (td["kys"], mn["z11"], "11,000: training in the east (Kyslytsya Oct 21) vs in Kursk (Zelensky Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
