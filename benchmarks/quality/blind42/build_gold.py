"""Generate gold.json for blind42 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind42/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "bs": ("business-standard-2024-10-22-modi-putin-kazan-seoul-summons-russian-envoy-north-korean-troops",
           "Business Standard (India)", "2024-10-22"),
    "an": ("antara-news-2024-10-23-seoul-says-north-korea-sent-about-3000-troops-to-russia", "Antara News",
           "2024-10-23"),
    "tp": ("tempo-2024-10-25-interview-seoul-counts-arrivals-kyiv-counts-the-whole-force", "Tempo (English)",
           "2024-10-25"),
    "dh": ("deccan-herald-2024-10-29-live-updates-north-korean-troops-russia-seoul-over-10000", "Deccan Herald",
           "2024-10-29"),
    "ed": ("the-edge-malaysia-2024-11-01-us-says-8000-north-korean-troops-in-kursk-korean-defence-stocks-rally",
           "The Edge Malaysia", "2024-11-01"),
    "is": ("the-island-2024-11-03-the-week-in-quotes", "The Island (Sri Lanka)", "2024-11-03"),
    "tr": ("the-tribune-2024-11-05-ukraine-reports-first-clashes-north-korean-troops-punjab-families",
           "The Tribune (India)", "2024-11-05"),
    "pt": ("pakistan-today-2024-11-18-biden-lets-ukraine-use-us-long-range-missiles-after-north-korean-deployment",
           "Pakistan Today", "2024-11-18"),
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
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
PEACE = "third countries: the war to be settled through dialogue / peaceful means"
UNSURE = "Washington unsure what the North Korean troops will do (Oct 23)"
FAMILIES = "families of deployed North Korean soldiers isolated"
LAVROV = "Russia-North Korea military ties"
KJU = "Kim Jong Un on the Oct 31 ICBM launch"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MEA = "India presses Russia to discharge Indian recruits"
ATACMS = "US permits Ukraine's long-range strikes inside Russia"
ATACMS_WHY = "long-range permission as a response to the North Korean deployment"
ATACMS_TGT = "first long-range strikes to target forces in Kursk"
ZEL_MSL = "Zelensky on the long-range permission"
FUEL = "Kremlin on the long-range permission"
TRUMP24 = "Trump: end the war within 24 hours"


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
PRASETYO = "Dimas Prasetyo"
SK, UA, RUS, IN, US = "South Korea", "Ukraine", "Russia", "India", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Business Standard, Tue 2024-10-22 (straight news story)
# "on Tuesday" -> 10-22 (Modi; the presidential official), "on Monday" -> 10-21 (the summons; Rutte), "The same day as
# the summons" -> 10-21 (Kyslytsya's count and deadline, one sentence), "on Friday" -> 10-18 (the NIS's plan,
# brigades, first group, window, ships and escorts, one sentence), "last Thursday" -> 10-17 (Zelensky); "last week"
# (Budanov) gives null, as do "The foreign ministry said", "the agency said", "By the agency's count" and "Rutte added".
# "By the agency's count, that first group of some 1,500 is all the North has moved so far" is the NIS's head count
# that week (bundled k01), not the transfer report. "Moscow has brushed the reports aside; Kremlin spokesman Dmitry
# Peskov dismissed them as 'another fake'" is one claim (Peskov). The army's size is the outlet's (attributed to
# nobody). "second visit", "since July", "declined to be drawn", the oil imports (1.7 million barrels a day), the
# Nifty (1.2 per cent, 24,470), "early August" and the ALSO READ lines (7%, 84.07) are not annotated.
bs = {}
bs["modi"] = C("bs", "India supports a peaceful resolution of the conflict in Ukraine", kind=S, measure=PEACE,
               by="Narendra Modi", ev="2024-10-22", subject=IN)
bs["wd"] = C("bs", "demanded the immediate withdrawal of North Korean troops from Russia", kind=S, measure=WITHDRAW,
             by=SKFM, ev="2024-10-21", subject=SK)
bs["unsc"] = C("bs", "the military cooperation between Moscow and Pyongyang breached UN Security Council resolutions",
               kind=S, measure=LAW, by=SKFM, subject=SK)
bs["wpn"] = C("bs", "Seoul would respond in phases and could consider supplying weapons to Ukraine, starting with "
              "defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
bs["kys11"] = C("bs", "some 11,000 North Korean infantrymen were training in Russia's far east", value=11000, q="about",
                scope="total", by=KYS, ev="2024-10-21", place=RFE)
bs["ready"] = C("bs", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
bs["plan"] = C("bs", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bs["brig"] = C("bs", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
bs["fb"] = C("bs", "a first group of about 1,500 special forces had been carried to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bs["win"] = C("bs", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
bs["ships"] = C("bs", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
bs["escort"] = C("bs", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS,
                 ev="2024-10-18", subject=RUS)
bs["unif"] = C("bs", "The soldiers were given Russian uniforms and forged identity papers, the agency said.", kind=S,
               measure=UNIF, by=NIS)
bs["sofar"] = C("bs", "that first group of some 1,500 is all the North has moved so far", value=1500, q="about",
                scope="total", by=NIS, place="Russia")
bs["bud11"] = C("bs", "about 11,000 North Korean infantry in training", value=11000, q="about", scope="total", by=BUD,
                place="Russia")
bs["2600"] = C("bs", "a first unit of 2,600 bound for Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
bs["zel10"] = C("bs", "had put the number being prepared at 10,000", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
bs["rcs"] = C("bs", "the alliance could not yet confirm that North Korean soldiers were fighting", kind=S, measure=CS,
              by=RUTTE, ev="2024-10-21")
bs["resc"] = C("bs", "it would be a significant escalation of the war", kind=S, measure=ESC, mod="conditional",
               by=RUTTE)
bs["fake"] = C("bs", "Moscow has brushed the reports aside; Kremlin spokesman Dmitry Peskov dismissed them as "
               "\"another fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
bs["army"] = C("bs", "well over a million men under arms", measure=ARMY, value=1000000, q="at_least", by=None)

# ---------------------------------------------------------------- Antara News, Wed 2024-10-23 (wire story with an update block)
# The lead's "told lawmakers on Wednesday" -> 10-23 (the second group, the count, the forecast and "by December", one
# sentence); "the agency said last week" gives null (the first transport and its window); "Last Friday" -> 10-18 (plan,
# brigades); "Park quoted the agency as saying" (pay, regime) and Lee's two sentences give none; "In Rome on
# Wednesday" -> 10-23 (Austin's evidence line only; his two quotes are undated); the update's "said on Wednesday" ->
# 10-23 (the White House's count); Kirby's sentences give none. "between early and mid-October" stays inside the White
# House's sentence, outside its quote, and is not a date claim. The Jakarta spokesperson's call is annotated (Indonesia
# Ministry of Foreign Affairs, no day); "48-member cabinet", the rupiah (15,630), the index (0.7 percent) and the
# update time are not.
an = {}
an["sb"] = C("an", "another 1,500 or so soldiers to Russia", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
an["nis3"] = C("an", "bringing the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
an["pr"] = C("an", "it expected around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
an["prd"] = C("an", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
an["fb"] = C("an", "a first transport of about 1,500 special forces", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
an["win"] = C("an", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
an["plan"] = C("an", "Pyongyang had committed some 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
an["brig"] = C("an", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
an["pay"] = C("an", "Russia pays each North Korean soldier about 2,000 US dollars a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
an["regime"] = C("an", "most of that money is believed to go to the government in Pyongyang rather than to the troops "
                 "themselves", kind=S, measure=REGIME, by=NIS)
an["drones"] = C("an", "the North Koreans were physically strong and disciplined but had little grasp of drones and "
                 "other features of modern warfare", kind=S, measure=DRONES, by=NIS)
an["fam"] = C("an", "the families of the deployed soldiers had been moved and isolated to keep the deployment secret",
              kind=S, measure=FAMILIES, by=NIS)
an["adep"] = C("an", "Austin said there was evidence of North Korean troops in Russia", kind=S, measure=DEP,
               by=AUSTIN, ev="2024-10-23")
an["unsure"] = C("an", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN,
                 subject=US)
an["aesc"] = C("an", "If their intention is to take part in this war on Russia's behalf, that is a very, very serious "
               "issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
an["noack"] = C("an", "Moscow has neither confirmed nor denied that North Korean soldiers are on its territory.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
an["indo"] = C("an", "Indonesia urged all parties to refrain from steps that could widen the war and to return to "
               "dialogue", kind=S, measure=PEACE, by="Indonesia Ministry of Foreign Affairs", subject="Indonesia")
an["wh3"] = C("an", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
an["sites"] = C("an", "three training sites in eastern Russia", measure=SITES, value=3, unit="training sites",
                by=KIRBY, place=RFE)
an["kunsure"] = C("an", "it was not yet clear whether they would join the fighting", kind=S, measure=UNSURE, by=KIRBY,
                  subject=US)
an["fair"] = C("an", "If they deploy against Ukraine, they are fair game", kind=S, measure=TGT, mod="conditional",
               by=KIRBY)

# ---------------------------------------------------------------- Tempo (English), Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers, generals), the arrival "on Wednesday" -> 10-23 (an
# arrival takes its own day, as blind21-40 did), "A day earlier" -> 10-23 (the NIS). The question "Twelve thousand
# from Kyiv, three thousand from Seoul." restates HUR's and the NIS's counts in words (two undated, exact claims). The
# guest (invented) speaks for himself in his method reading, his experience reading and his technology forecast; what
# he relays keeps its origin: "said a week ago" gives null (plan, brigades; the first 1,500 and the ships in the next
# sentence, "they said"), "on Wednesday they told parliament" -> 10-23 (second group), "The White House said on
# Wednesday" -> 10-23 (count and sites, one sentence); "Seoul now expects" gives none. The question "Last week Kyrylo
# Budanov ..." carries Budanov's 11,000 and November 1 and Zelensky's 10,000 (all undated). Putin's lines are in an
# answer whose day sits in the question ("on Thursday"), so they stay undated; "Today ... Kim Jong Gyu" -> 10-25;
# Yoon "said on Thursday" -> 10-24. The guest's age is annotated (attributed to nobody). His asides ("Possibly",
# "Those were early figures", "Cash first", "hardly a denial", "a big shift", "non-lethal aid", the warning reading,
# the Jakarta answer with its $20 billion of trade) are not annotated.
tp = {}
tp["hur"] = C("tp", "about 12,000 North Korean soldiers were now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
tp["off"] = C("tp", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
tp["gen"] = C("tp", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
tp["arr"] = C("tp", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
tp["nis3"] = C("tp", "had put the number at about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
tp["age"] = C("tp", "Dimas Prasetyo, 41", measure=AGE, value=41, unit="years", by=None, subject=PRASETYO)
tp["qhur"] = C("tp", "Twelve thousand from Kyiv", value=12000, scope="total", by=HUR, place="Russia")
tp["qnis"] = C("tp", "three thousand from Seoul", value=3000, scope="total", by=NIS, place="Russia")
tp["method"] = C("tp", "Seoul, as I understand it, counts the men it has seen arrive, while Kyiv seems to count the "
                 "whole force assigned to the operation", kind=S, measure=METHOD, by=PRASETYO)
tp["plan"] = C("tp", "Pyongyang had agreed to send about 12,000 in total", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
tp["brig"] = C("tp", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
tp["fb"] = C("tp", "The first 1,500 crossed", measure=FB, value=1500, scope="first_batch", by=NIS, place=RFE)
tp["ships"] = C("tp", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
tp["sb"] = C("tp", "on Wednesday they told parliament that a second group of about 1,500 had followed", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
tp["wh3"] = C("tp", "it had seen at least 3,000 move by ship", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
tp["sites"] = C("tp", "they were training at three sites in the Russian Far East", measure=SITES, value=3,
                unit="training sites", by=WH, ev="2024-10-23", place=RFE)
tp["pr"] = C("tp", "Seoul now expects the figure to reach roughly 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
tp["prd"] = C("tp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tp["bud"] = C("tp", "Kyrylo Budanov put the number in training at 11,000", value=11000, scope="total", by=BUD,
              place="Russia")
tp["ready"] = C("tp", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD)
tp["zel10"] = C("tp", "President Zelensky spoke of 10,000", measure=PL, value=10000, mod="planned", scope="total",
                by=ZEL, place="Russia")
tp["pay"] = C("tp", "Russia pays roughly $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tp["regime"] = C("tp", "the regime pockets the bulk of it", kind=S, measure=REGIME, by=NIS)
tp["exp"] = C("tp", "what Pyongyang cannot buy anywhere else is experience of a modern war", kind=S, measure=EXP,
              by=PRASETYO)
tp["tech"] = C("tp", "I also expect Moscow to repay it with technology: satellites, submarines, perhaps missile "
               "know-how", kind=S, measure=TECH, mod="planned", by=PRASETYO)
tp["img"] = C("tp", "He said images \"reflect something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
tp["treaty"] = C("tp", "what Russia does under its new treaty with Pyongyang is Russia's own affair", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
tp["kjg"] = C("tp", "Today North Korea's vice foreign minister, Kim Jong Gyu, said any deployment would conform with "
              "international law", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
tp["yoon"] = C("tp", "President Yoon Suk Yeol said on Thursday that Seoul would not rule out sending weapons to "
               "Ukraine", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Deccan Herald, Tue 2024-10-29 (live blog)
# Entry times give no day; each entry's own sentence does: "said on Tuesday" -> 10-29 (the NIS's count and the front,
# one sentence), "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence), "Five days
# before that" -> 10-23 (the White House's step, resolved against the Pentagon's Monday), "confirmed on Monday" ->
# 10-28 (Rutte), "last Thursday" -> 10-24 (HUR's count, officers, generals) with the arrival "on the 23rd" -> 10-23 in
# the same sentence, "on Saturday" -> 10-26 (Zelensky's window), "on Friday" -> 10-25 (Kim Jong Gyu). "Lee said", "he
# added", Singh's sentence, "He described", "Last week the agency had forecast" and Putin's "last week" give null.
# Entry headings ("'more than 10,000' now in Russia", "'around 10,000' in eastern Russia") are headings. "That
# forecast has already been overtaken" is the outlet's. Gold (Rs 80,000, 24-carat, 10 grams), the weather (two days,
# 40 mm) and the metro (8.6 lakh) are off-topic.
dh = {}
dh["nis10"] = C("dh", "more than 10,000 North Korean soldiers had been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
dh["front"] = C("dh", "some of them appeared to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
dh["kyb"] = C("dh", "The agency has identified the contingent's commander as Lieutenant General Kim Yong Bok", kind=S,
              measure=KYB, by=NIS)
dh["terms"] = C("dh", "about 100 basic Russian military terms", measure=TERMS, value=100, q="about", unit="terms",
                by=NIS)
dh["drones"] = C("dh", "Russian instructors rate their fitness highly but find them weak with drones", kind=S,
                 measure=DRONES, by=NIS)
dh["pr"] = C("dh", "the number would reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
dh["prd"] = C("dh", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dh["dod10"] = C("dh", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dh["closer"] = C("dh", "some had already moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
dh["weeks"] = C("dh", "Russia intended to use them in combat \"over the next several weeks\"", kind=S, measure=CT,
                mod="planned", by=SINGH)
dh["wh3"] = C("dh", "the White House had put the figure at no fewer than 3,000", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
dh["rdep"] = C("dh", "North Korean military units were now in Russia's Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
dh["resc"] = C("dh", "He described the move as a significant escalation and a dangerous expansion of Russia's war.",
               kind=S, measure=ESC, by=RUTTE)
dh["hur"] = C("dh", "about 12,000 North Korean troops were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
dh["off"] = C("dh", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
dh["gen"] = C("dh", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
dh["arr"] = C("dh", "the first units reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
dh["ct"] = C("dh", "North Korean soldiers could be in combat zones as early as October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
dh["kjg"] = C("dh", "any such deployment would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
dh["img"] = C("dh", "said only that they \"reflect something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- The Edge Malaysia, Fri 2024-11-01 (press-briefing write-up)
# The dateline "(Oct 31)" and "said on Thursday" -> 10-31 (Blinken's Kursk count and "in the coming days", one
# sentence); his next two sentences ("Blinken said", "he said") give none; Austin's sentence gives none; "had said on
# Tuesday" -> 10-29 (the NIS's count and the front, one sentence); "It has said" gives none; the ICBM's minutes and
# altitude are undated ("Hours before the talks" is the previous sentence); the update's "in Moscow on Friday" ->
# 11-01 (Choe); Lavrov's sentence gives none. The markets section (4%, "since January", 1.5%, 2,556, 0.6%, 1,602,
# 4.37, 0.8%, US$73), the fund manager and the analysts (unnamed), "both records for the North", "in 2021", Malaysia's
# non-comment and the update time are not annotated.
ed = {}
ed["bl8"] = C("ed", "About 8,000 North Korean soldiers have moved into Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
ed["days"] = C("ed", "are expected to join the fighting against Ukraine \"in the coming days\"", kind=S, measure=CT,
               mod="planned", by=BL, ev="2024-10-31")
ed["bl10"] = C("ed", "roughly 10,000 North Korean troops had been sent to Russia altogether", value=10000, q="about",
               scope="total", by=BL, place="Russia")
ed["tgt"] = C("ed", "If they take part in combat, he said, they will be \"legitimate military targets\"", kind=S,
              measure=TGT, mod="conditional", by=BL)
ed["eq"] = C("ed", "Russia had been training the North Koreans in artillery, drones and basic infantry tactics, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
ed["acs"] = C("ed", "he had not yet seen reports of them fighting", kind=S, measure=CS, by=AUSTIN)
ed["kyh"] = C("ed", "called for the immediate withdrawal of the troops", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
ed["cho"] = C("ed", "Moscow could pay Pyongyang with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
ed["nis10"] = C("ed", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
ed["front"] = C("ed", "some were heading toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
ed["plan"] = C("ed", "Pyongyang intends to send about 12,000 in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
ed["t86"] = C("ed", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
ed["alt"] = C("ed", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
ed["choe"] = C("ed", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
ed["lavrov"] = C("ed", "the two countries' armed forces and security services had \"very close\" ties", kind=S,
                 measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- The Island, Sun 2024-11-03 (the week in quotes)
# Each item is a quotation followed by an attribution line; the pair is read as one sentence, so the attribution
# line's day dates the quote: "on Monday" -> 10-28 (Rutte; Singh and, in her line, the Pentagon's estimate), "A week
# earlier" -> 10-21 (Rutte's earlier line, resolved against that Monday), "on Tuesday" -> 10-29 (the NIS via Lee),
# "on Thursday" -> 10-31 (Blinken's count, Kursk figure and timing, one quote), "at the same news conference" and
# "standing beside him" give none, "KCNA on Friday" -> 11-01 (Kim Jong Un's line, dated by the report as blind26 and
# blind31 did; Japan's 86 minutes in the relative clause stay undated), "in Moscow on Friday" -> 11-01 (Choe). The
# Singh line's "Washington's new estimate of around 10,000" is given to Singh (her line), as blind40 gave a Pentagon
# count to her by name. The off-topic items (the Matara mother, Paiporta and its "more than 200", the 17 million
# voters, the 70 million early votes, the pollster) and the closing note are not annotated.
is_ = {}
is_["resc"] = C("is", "The deployment of North Korean troops to Russia is a significant escalation and a dangerous "
                "expansion of Russia's war.", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
is_["rcs"] = C("is", "he had said NATO could not yet confirm that North Koreans were taking part in the fighting",
               kind=S, measure=CS, by=RUTTE, ev="2024-10-21")
is_["weeks"] = C("is", "We are increasingly concerned that Russia intends to use these soldiers in combat, or to "
                 "support combat operations, over the next several weeks.", kind=S, measure=CT, mod="planned",
                 by=SINGH, ev="2024-10-28")
is_["dod10"] = C("is", "Washington's new estimate of around 10,000 North Koreans in eastern Russia", value=10000,
                 q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
is_["nis10"] = C("is", "More than 10,000 have been sent", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
is_["front"] = C("is", "some appear to be moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
is_["bl10"] = C("is", "Of the roughly 10,000 in Russia", value=10000, q="about", scope="total", by=BL,
                ev="2024-10-31", place="Russia")
is_["bl8"] = C("is", "about 8,000 are now in the Kursk region", measure=KU, value=8000, q="about", by=BL,
               ev="2024-10-31", place="Kursk")
is_["days"] = C("is", "we expect them to engage in combat in the coming days", kind=S, measure=CT, mod="planned",
                by=BL, ev="2024-10-31")
is_["tgt"] = C("is", "If they do, they are legitimate military targets.", kind=S, measure=TGT, mod="conditional",
               by=BL)
is_["acs"] = C("is", "I have not yet seen reports of them engaged in combat.", kind=S, measure=CS, by=AUSTIN)
is_["kju"] = C("is", "An appropriate military action.", kind=S, measure=KJU, by="Kim Jong Un", ev="2024-11-01")
is_["t86"] = C("is", "Japan's Defence Ministry said flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
               unit="minutes", by=JMOD)
is_["choe"] = C("is", "We will always stand firmly by our Russian comrades until the day of victory.", kind=S,
                measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- The Tribune, Tue 2024-11-05 (news story with a regional angle)
# The lead: "said on Tuesday" -> 11-05 (Umerov's battles); its relative clause "a claim South Korea said it could not
# yet confirm" gives none (the defence ministry, as blind38 read a like lead). "in an interview aired on Tuesday" ->
# 11-05 (Umerov's "more"), "said the same day" -> 11-05 (the ministry), "On Monday" -> 11-04 (Zelensky's 11,000; the
# sentence's "cited last week" clause gives Blinken's 8,000 no day), "said on Monday" -> 11-04 (the Pentagon), "says"
# and "has also said" give none (the NIS's count, the plan and Kim Yong Bok), "Early on Tuesday" -> 11-05 (the
# missiles), "five days after it tested" -> 10-31 (the flight time, dated by the flight as blind35 and blind39 did;
# given to Japan's Defence Ministry, the figure's origin), "days earlier" gives none (Choe). The mother's age is
# annotated (attributed to nobody); her words, the neighbour's and the officials in Chandigarh (a routine) are not.
# The bypolls ("November 20", "four Assembly seats"), paddy ("100 lakh tonnes"), the AQI (300) and "third straight
# day" are off-topic.
tr = {}
tr["um"] = C("tr", "Ukrainian forces have fought their first small-scale battles with North Korean troops", kind=S,
             measure=N5, by=UM, ev="2024-11-05", place="Kursk", subject=UA)
tr["lmnd"] = C("tr", "a claim South Korea said it could not yet confirm", kind=S, measure=N5, by=MND, subject=SK)
tr["more"] = C("tr", "more North Korean soldiers were expected to be sent to the front in the coming weeks", kind=S,
               measure=MORE, mod="planned", by=UM, ev="2024-11-05")
tr["mnd"] = C("tr", "South Korea's defence ministry said the same day it could not confirm his remarks", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
tr["z11"] = C("tr", "11,000 North Korean soldiers were in Kursk", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
tr["bl8"] = C("tr", "the roughly 8,000 that US Secretary of State Antony Blinken cited last week", measure=KU,
              value=8000, q="about", by=BL, place="Kursk")
tr["dodcs"] = C("tr", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
tr["nis10"] = C("tr", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least",
                scope="total", by=NIS, place="Russia")
tr["plan"] = C("tr", "out of about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
tr["kyb"] = C("tr", "the contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
tr["srbm"] = C("tr", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
tr["t86"] = C("tr", "an intercontinental missile that flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
              by=JMOD, ev="2024-10-31")
tr["choe"] = C("tr", "her country would stand by Russia until victory", kind=S, measure=CHOE, by=CHOE_SH)
tr["noack"] = C("tr", "The Kremlin has still not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
tr["age"] = C("tr", "Harjinder Kaur, 54", measure=AGE, value=54, unit="years", by=None, subject="Harjinder Kaur")
tr["mea"] = C("tr", "it is pressing Moscow to discharge all Indian nationals serving in the Russian army", kind=S,
              measure=MEA, by="India Ministry of External Affairs", subject=IN)

# ---------------------------------------------------------------- Pakistan Today, Mon 2024-11-18 (straight news story from wire copy)
# "said on Sunday" -> 11-17 (the US officials' permission and its reason, one sentence; Zelensky's address), "the
# officials added" gives none, "said on Monday" -> 11-18 (Peskov), "last Tuesday" -> 11-12 (the State Department's
# three claims, one sentence), "A day later" -> 11-13 (the NIS's two claims), "On November 10" -> 11-10 (the NYT's
# officials), "on October 18" -> 10-18 (plan and first group, one sentence), "Five days later" -> 10-23, "By October
# 28" -> 10-28, "On October 31" -> 10-31, "on November 4" -> 11-04, "On November 5" and "the same day" -> 11-05, "on
# Friday" -> 11-15 (the Foreign Office). "Moscow, which at first called ..., now says only ..." is two claims of the
# Kremlin, undated. Trump's age is annotated (attributed to nobody) and his "within 24 hours" (conditional). "since
# August", "January 20", the KSE-100 (1,000 points), petrol (Rs248.38), "the next fortnight", "Group of 20" and the
# abstentions sentence are not annotated.
pt = {}
pt["perm"] = C("pt", "US President Joe Biden has allowed Ukraine to use American-made long-range missiles for strikes "
               "inside Russia", kind=S, measure=ATACMS, by=USG, ev="2024-11-17", subject=US)
pt["why"] = C("pt", "a decision they described as partly a response to Moscow's use of North Korean troops", kind=S,
              measure=ATACMS_WHY, by=USG, ev="2024-11-17", subject=US)
pt["target"] = C("pt", "The first strikes were expected to hit Russian and North Korean forces in Russia's Kursk "
                 "region", kind=S, measure=ATACMS_TGT, mod="planned", by=USG, place="Kursk", subject=UA)
pt["zel"] = C("pt", "The missiles will speak for themselves", kind=S, measure=ZEL_MSL, by=ZEL, ev="2024-11-17",
              subject=UA)
pt["fuel"] = C("pt", "the outgoing US administration was \"adding fuel to the fire\"", kind=S, measure=FUEL,
               mod="conditional", by=PESKOV, ev="2024-11-18", subject=RUS)
pt["st10"] = C("pt", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
pt["mostk"] = C("pt", "most had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
pt["begun"] = C("pt", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
pt["units"] = C("pt", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
pt["nisc"] = C("pt", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
pt["massed"] = C("pt", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
pt["plan"] = C("pt", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
pt["fb"] = C("pt", "a first group of 1,500 had already left", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
pt["nis3"] = C("pt", "Five days later it said about 3,000 were in Russia", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
pt["dod10"] = C("pt", "By October 28 the Pentagon was saying around 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
pt["bl8"] = C("pt", "On October 31 Blinken put 8,000 in the Kursk region alone", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
pt["z11"] = C("pt", "on November 4 Zelensky said there were 11,000", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
pt["fake"] = C("pt", "Moscow, which at first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
pt["treaty"] = C("pt", "now says only that its treaty with Pyongyang is a matter for the two countries", kind=S,
                 measure=TREATY, by=KREMLIN, subject=RUS)
pt["um"] = C("pt", "On November 5 Ukraine's defence minister reported the first clashes with North Korean units",
             kind=S, measure=N5, by=UM, ev="2024-11-05", subject=UA)
pt["mnd"] = C("pt", "Seoul's defence ministry said the same day it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
pt["tage"] = C("pt", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
pt["t24"] = C("pt", "he could end the war within 24 hours", measure=TRUMP24, value=24, q="up_to", unit="hours",
              mod="conditional", by="Donald Trump", subject=US)
pt["pak"] = C("pt", "Pakistan wanted the conflict resolved through dialogue and diplomacy", kind=S, measure=PEACE,
              by="Pakistan Foreign Office", ev="2024-11-15", subject="Pakistan")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [bs["sofar"], bs["kys11"], bs["bud11"], tp["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 moved so far vs Kyiv's about 11,000 training in the east "
  "(Kyslytsya Oct 21, Budanov)",
  [("about 1,500 so far (NIS)", [bs["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [bs["kys11"], bs["bud11"], tp["bud"]])])
K(RU, [an["nis3"], an["wh3"], tp["nis3"], tp["qnis"], tp["wh3"], tp["hur"], tp["qhur"], dh["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [an["nis3"], an["wh3"], tp["nis3"], tp["qnis"], tp["wh3"]]),
   ("about 12,000 (HUR)", [tp["hur"], tp["qhur"], dh["hur"]])])
K(RU, [dh["wh3"], pt["nis3"], dh["dod10"], is_["dod10"], pt["dod10"], ed["bl10"], is_["bl10"], dh["nis10"],
       ed["nis10"], is_["nis10"], tr["nis10"], pt["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [ed["bl8"], is_["bl8"], tr["bl8"], pt["bl8"], tr["z11"], pt["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [bs["plan"], an["plan"], tp["plan"], ed["plan"], tr["plan"], pt["plan"], bs["zel10"], tp["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [bs["plan"], an["plan"], tp["plan"], ed["plan"], tr["plan"], pt["plan"]]),
   ("10,000 (Zelensky)", [bs["zel10"], tp["zel10"]])])
K(FB, [bs["fb"], an["fb"], tp["fb"], pt["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [bs["win"], an["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [bs["ships"], tp["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [bs["brig"], an["brig"], tp["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [an["sb"], tp["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [an["pr"], tp["pr"], dh["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [an["prd"], tp["prd"], dh["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [an["pay"], tp["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [an["regime"], tp["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [an["drones"], dh["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / fit but weak on drones")
K(OFF, [tp["off"], dh["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [tp["gen"], dh["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [tp["arr"], dh["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [an["sites"], tp["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [bs["ready"], tp["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov)")
K(UNSURE, [an["unsure"], an["kunsure"]], "agreement",
  "Oct 23: Washington does not know what the troops will do (Austin 'left to be seen', Kirby 'not yet clear')")
K(TGT, [an["fair"], ed["tgt"], is_["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [bs["resc"], an["aesc"], dh["resc"], is_["resc"]], "agreement",
  "escalation warning: 'a significant escalation' if confirmed (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation and a dangerous expansion' (Rutte Oct 28, twice)")
K(DEP, [an["adep"], dh["rdep"], bs["fake"], pt["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; Moscow)",
  [("asserted", [an["adep"], dh["rdep"]]), ("dismissed", [bs["fake"], pt["fake"]])])
K(LAW, [bs["unsc"], tp["kjg"], dh["kjg"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul's foreign ministry) vs in conformity with international "
  "law (Kim Jong Gyu, Oct 25)",
  [("breaches UNSC resolutions (Seoul)", [bs["unsc"]]), ("lawful (Kim Jong Gyu)", [tp["kjg"], dh["kjg"]])])
K(CT, [dh["ct"], dh["weeks"], is_["weeks"], ed["days"], is_["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [dh["ct"]]), ("several weeks (Singh)", [dh["weeks"], is_["weeks"]]),
   ("coming days (Blinken)", [ed["days"], is_["days"]])])
K(CS, [bs["rcs"], is_["rcs"], ed["acs"], is_["acs"], tr["dodcs"], pt["begun"], pt["nisc"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 21), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [tr["um"], pt["um"], tr["lmnd"], tr["mnd"], pt["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [tr["um"], pt["um"]]),
   ("cannot confirm (Seoul MND)", [tr["lmnd"], tr["mnd"], pt["mnd"]])])
K(FRONT, [dh["front"], dh["closer"], ed["front"], is_["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [dh["kyb"], tr["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(IMG, [tp["img"], dh["img"]], "agreement", "Putin (Oct 24): images 'reflect something'")
K(TREATY, [tp["treaty"], pt["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is its own affair / a matter for the two countries (Putin; the Kremlin)")
K(WPN, [bs["wpn"], tp["yoon"]], "agreement",
  "Seoul could consider / would not rule out arming Ukraine (presidential official Oct 22, Yoon Oct 24)")
K(WITHDRAW, [bs["wd"], ed["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [tp["tech"], ed["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Prasetyo; Foreign Minister Cho)")
K(ICBM_T, [ed["t86"], is_["t86"], tr["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew about 86 "
  "minutes")
K(CHOE, [ed["choe"], is_["choe"], tr["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(NOACK, [an["noack"], tr["noack"]], "agreement", "Moscow has not confirmed the deployment")
K(PEACE, [bs["modi"], an["indo"], pt["pak"]], "agreement",
  "India, Indonesia and Pakistan: the war to be settled peacefully / through dialogue")

pairs = [
    (bs["plan"], bs["fb"], "about 12,000 planned vs a first group of about 1,500, same sentence"),
    (bs["sofar"], bs["fb"], "about 1,500: Seoul's head count moved so far vs the first transport"),
    (bs["brig"], bs["ships"], "four brigades vs four landing ships, same sentence"),
    (bs["kys11"], bs["zel10"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (an["sb"], an["nis3"], "another 1,500 vs about 3,000 in all, same sentence"),
    (an["nis3"], an["pr"], "about 3,000 now vs around 10,000 expected by December, same sentence"),
    (an["sb"], an["fb"], "about 1,500: the second group vs the first transport"),
    (tp["hur"], tp["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (tp["off"], tp["gen"], "500 officers vs three generals, same sentence"),
    (tp["sites"], tp["gen"], "three: training sites vs generals"),
    (tp["fb"], tp["sb"], "1,500: the first crossing vs the second group, one answer"),
    (dh["dod10"], dh["pr"], "around 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (dh["nis10"], dh["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (dh["hur"], dh["dod10"], "about 12,000 (HUR, Oct 24) vs around 10,000 (Pentagon, Oct 28)"),
    (ed["bl8"], ed["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (ed["days"], ed["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (is_["bl8"], is_["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, one quote"),
    (tr["z11"], tr["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (tr["nis10"], tr["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (pt["plan"], pt["fb"], "about 12,000 planned vs a first group of 1,500, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
