"""Generate gold.json for blind32 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind32/build_gold.py

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
    "sc": ("the-scotsman-2024-10-21-seoul-summons-russian-envoy-kyiv-says-11000-north-koreans-training",
           "The Scotsman", "2024-10-21"),
    "bt": ("belfast-telegraph-2024-10-23-north-korea-sends-another-1500-troops-to-russia-total-3000",
           "Belfast Telegraph", "2024-10-23"),
    "ie": ("irish-examiner-2024-10-24-interview-why-kyiv-and-seoul-disagree-on-north-korean-troops",
           "Irish Examiner", "2024-10-24"),
    "men": ("manchester-evening-news-2024-10-29-live-north-korean-troops-russia-more-than-10000",
            "Manchester Evening News", "2024-10-29"),
    "tj": ("thejournal-ie-2024-10-30-explainer-how-many-north-korean-soldiers-are-in-russia", "TheJournal.ie",
           "2024-10-30"),
    "yp": ("the-yorkshire-post-2024-11-01-blinken-says-8000-north-korean-troops-in-kursk", "The Yorkshire Post",
           "2024-11-01"),
    "hr": ("the-herald-2024-11-02-a-to-z-of-north-koreas-troops-in-russia", "The Herald (Glasgow)", "2024-11-02"),
    "wo": ("walesonline-2024-11-05-ukraine-says-its-troops-have-clashed-with-north-korean-soldiers", "WalesOnline",
           "2024-11-05"),
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
EXP = "North Korean troops gaining modern combat experience"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
ARMY = "North Korea's armed forces (size)"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
UNDERWAY = "North Korean troop movement to Russia already under way (NIS)"
G7C = "G7 defence ministers' concern at Russia-North Korea military cooperation"
MORE_T = "further North Korean troop transports being prepared (NIS)"
UNSURE = "whether the North Korean troops will fight is not yet known (US, Oct 23)"
UKG = "UK government on the deployment"
LASTWAR = "years since North Korea's army last fought (analyst)"
IEDFA = "Ireland on the deployment (Department of Foreign Affairs)"
ICBM_W = "North Korean long-range missile test expected around the US election (NIS)"
CASD = "North Korean troops sent, in days of Russian casualties (analyst)"
SMALL = "North Korean numbers small against Russia's losses (analyst)"


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
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
QUIRKE = "Niamh Quirke"
HAWORTH = "Tom Haworth"
SK, UA, RUS, UK, IE = "South Korea", "Ukraine", "Russia", "United Kingdom", "Ireland"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Scotsman, Mon 2024-10-21 (straight news story)
# "on Monday" -> 10-21 (the lead's withdrawal demand and, by "as", Kyslytsya's figure told at the UN the same day;
# Rutte); "on Friday" -> 10-18 (the NIS's plan, brigades and "already begun" in one sentence); "on Thursday" -> 10-17
# (Zelensky); "A day later" -> 10-18 (Budanov's first unit); "on Saturday" -> 10-19 (the G7). The "According to the
# agency" sentence (first transport, window, ships, escorts) gives no day. Kyslytsya's "told reporters" paragraph gives
# none. "That first group of about 1,500 ... is so far the only North Korean contingent it can place on Russian soil"
# is the NIS's head count that week (bundled k01), not the transfer report. "If confirmed, it would be the North's
# first large-scale ground deployment abroad" is the outlet's; "since August", "since 1953", the caption and the
# Read-more lines (£1bn, five minutes) are not annotated.
sc = {}
sc["wd"] = C("sc", "demanded that North Korean soldiers be sent home from Russia without delay", kind=S,
             measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
sc["lead11"] = C("sc", "some 11,000 of them were already training in the country's far east", value=11000, q="about",
                 scope="total", by=KYS, ev="2024-10-21", place=RFE)
sc["unsc"] = C("sc", "the military co-operation between Moscow and Pyongyang breached UN Security Council resolutions",
               kind=S, measure=LAW, by=SKFM, subject=SK)
sc["zinov"] = C("sc", "The ambassador answered that the co-operation was not aimed at South Korea's security", kind=S,
                measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
sc["kys11"] = C("sc", "around 11,000 North Korean infantrymen were being trained at bases in eastern Russia",
                value=11000, q="about", scope="total", by=KYS, place=RFE)
sc["ready"] = C("sc", "They would be ready for deployment by November 1", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=KYS)
sc["plan"] = C("sc", "Pyongyang had decided to send a total of about 12,000 troops", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sc["brig"] = C("sc", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
sc["begun"] = C("sc", "the movement had already begun", kind=S, measure=UNDERWAY, by=NIS, ev="2024-10-18")
sc["fb"] = C("sc", "roughly 1,500 special forces were shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
sc["win"] = C("sc", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
sc["ships"] = C("sc", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
sc["escort"] = C("sc", "with three escort vessels in attendance", measure=ESCORT, value=3, unit="ships", by=NIS,
                 subject=RUS)
sc["sofar"] = C("sc", "That first group of about 1,500, the agency says, is so far the only North Korean contingent it "
                "can place on Russian soil", value=1500, q="about", scope="total", by=NIS, place="Russia")
sc["unif"] = C("sc", "The soldiers were issued Russian uniforms and identity papers describing them as natives of "
               "Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
sc["zel10"] = C("sc", "North Korea was preparing 10,000 soldiers for the Russian army", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
sc["2600"] = C("sc", "a first unit of 2,600 was due to go to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
sc["rcs"] = C("sc", "the alliance could not yet confirm that North Korean soldiers were taking part in the fighting",
              kind=S, measure=CS, by=RUTTE, ev="2024-10-21")
sc["resc"] = C("sc", "Should they join it, he said, it would mark \"a significant escalation\"", kind=S, measure=ESC,
               mod="conditional", by=RUTTE)
sc["fake"] = C("sc", "The Kremlin has brushed the reports aside, with spokesman Dmitry Peskov calling them \"another "
               "fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
sc["g7"] = C("sc", "voiced concern at the growing military co-operation between Russia and North Korea", kind=S,
             measure=G7C, by="G7 defence ministers", ev="2024-10-19", subject="G7")
sc["army"] = C("sc", "The North keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)

# ---------------------------------------------------------------- Belfast Telegraph, Wed 2024-10-23 (wire story with update block)
# "on Wednesday" -> 10-23 (the lead: the second group and the total in one sentence; Austin in Rome; the White
# House's count in the update); "Last Friday" -> 10-18 (the plan); "on Tuesday" -> 10-22 (the presidential office);
# "On Monday" -> 10-21 (the summons; Kyslytsya). Park's forecast ("told reporters after the closed-door briefing"),
# Lee's relays, Austin's second quote and Kirby's lines give no day. "in the first half of the month" and
# "between early and mid-October" are loose windows inside or beside counts, not date claims. "Kyiv's figures are far
# higher", the treaty paragraph and the last paragraph (HUR's estimate "expected later this week") are the outlet's; "(£1,540)" is a
# conversion inside the pay quote. The related articles (1,000 jobs, 40 buses, £236m) are not annotated.
bt = {}
bt["sb"] = C("bt", "North Korea has sent a further 1,500 or so soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
bt["nis3"] = C("bt", "taking the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
bt["pr"] = C("bt", "expects the total to reach some 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
bt["prd"] = C("bt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bt["fb"] = C("bt", "The earlier group, around 1,500 special forces, was carried to Vladivostok on Russian ships",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
bt["plan"] = C("bt", "Pyongyang had committed about 12,000 troops in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bt["pay"] = C("bt", "Russia was paying each soldier about $2,000 (£1,540) a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
bt["regime"] = C("bt", "the NIS believed the North Korean state would keep most of the money", kind=S, measure=REGIME,
                 by=NIS)
bt["drones"] = C("bt", "had judged the North Koreans physically strong but poorly prepared for drone warfare", kind=S,
                 measure=DRONES, by=NIS)
bt["more"] = C("bt", "The lawmakers said further transports were being prepared.", kind=S, measure=MORE_T, by=NIS)
bt["wpn"] = C("bt", "it would respond in stages and could consider supplying Ukraine with defensive weapons first",
              kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
bt["wd"] = C("bt", "the foreign ministry summoned Russia's ambassador and demanded that the troops be withdrawn", kind=S,
             measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
bt["adep"] = C("bt", "there was \"evidence that there are DPRK troops in Russia\"", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
bt["aesc"] = C("bt", "If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, "
               "that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
bt["kys11"] = C("bt", "11,000 North Korean infantry were already being trained in Russia's east", value=11000,
                scope="total", by=KYS, ev="2024-10-21", place=RFE)
bt["noack"] = C("bt", "Moscow has neither confirmed nor denied that North Korean soldiers are on its territory.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
bt["wh3"] = C("bt", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
bt["sites"] = C("bt", "they were training at three military sites there", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
bt["unsure_k"] = C("bt", "Washington did not yet know whether they would go on to fight", kind=S, measure=UNSURE,
                   by=KIRBY, subject="United States")
bt["fair"] = C("bt", "If they do deploy to fight against Ukraine, they are fair game", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- Irish Examiner, Thu 2024-10-24 (interview)
# The intro: "today" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "yesterday" -> 10-23
# (an arrival with its own day takes it, as blind21-31 did), "on Wednesday" -> 10-23 (the NIS's 3,000). The answers:
# "last Friday" -> 10-18 (plan, brigades), "On Wednesday" -> 10-23 (forecast and December), "yesterday" -> 10-23 (the
# White House's count and sites in one sentence), "today" -> 10-24 (Yoon). The questions' figures are their origins'
# claims, undated ("Kyiv says twelve thousand and Seoul says three thousand" -> HUR and NIS; "Last week Kyrylo Budanov
# put ..." -> Budanov). Putin's lines are in an answer whose sentence gives no day (the question says "today"). The
# guest (invented) speaks for herself; her age is annotated (attributed to nobody). Her asides ("Possibly both", "Give
# it a few weeks ...", "It's hard to say", "That is hardly a denial", "a big shift", the neutrality answer's first
# sentence, the "one theatre" answer) are not annotated. The event line (November 12, €10) is furniture.
ie = {}
ie["hur"] = C("ie", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
ie["off"] = C("ie", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ie["gen"] = C("ie", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ie["arr"] = C("ie", "the first units reached Russia's Kursk region, on the Ukrainian border, yesterday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
ie["nis3"] = C("ie", "the figure stood at around 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
ie["age"] = C("ie", "Dr Niamh Quirke, 44", measure=AGE, value=44, unit="years", by=None, subject=QUIRKE)
ie["q12"] = C("ie", "Kyiv says twelve thousand", value=12000, scope="total", by=HUR, place="Russia")
ie["q3"] = C("ie", "Seoul says three thousand", value=3000, scope="total", by=NIS, place="Russia")
ie["method"] = C("ie", "I think Kyiv is counting the whole force Pyongyang has assigned to this, including men still "
                 "waiting at home", kind=S, measure=METHOD, by=QUIRKE)
ie["plan"] = C("ie", "Pyongyang had decided on about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ie["brig"] = C("ie", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ie["pr"] = C("ie", "it expects around 10,000 of them to be in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-23", place="Russia")
ie["prd"] = C("ie", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ie["bud11"] = C("ie", "Last week Kyrylo Budanov put the number training in Russia's east at 11,000", value=11000,
                scope="total", by=BUD, place=RFE)
ie["wh3"] = C("ie", "The White House said yesterday that at least 3,000 had been moved by ship", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
ie["sites"] = C("ie", "they were training at three sites in the Russian Far East", measure=SITES, value=3,
                unit="training sites", by=WH, ev="2024-10-23", place=RFE)
ie["pay"] = C("ie", "Russia pays roughly $2,000 per soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ie["regime"] = C("ie", "most of it ends up with the regime rather than the men", kind=S, measure=REGIME, by=NIS)
ie["exp"] = C("ie", "Then there is combat experience", kind=S, measure=EXP, by=QUIRKE)
ie["70"] = C("ie", "which his army has not had for seventy years", measure=LASTWAR, value=70, unit="years", by=QUIRKE)
ie["tech"] = C("ie", "I would expect him to ask Moscow for technology in return", kind=S, measure=TECH, mod="planned",
               by=QUIRKE)
ie["img"] = C("ie", "He said images \"are a serious thing\" and \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
ie["treaty"] = C("ie", "how Russia applies its new treaty with Pyongyang is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
ie["hint"] = C("ie", "Seoul has suggested it might send arms to Kyiv.", kind=S, measure=WPN, mod="conditional", by=SKG,
               subject=SK)
ie["yoon"] = C("ie", "he would not rule out supplying weapons to Kyiv, depending on what the North Korean troops do",
               kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
ie["dfa"] = C("ie", "any North Korean role in the fighting would be viewed \"with the utmost seriousness\" and raised "
              "at EU level", kind=S, measure=IEDFA, by="Ireland Department of Foreign Affairs", subject=IE)

# ---------------------------------------------------------------- Manchester Evening News, Tue 2024-10-29 (live blog)
# Entry times give no day; each entry's own sentence does: "on Tuesday" -> 10-29 (the NIS), "yesterday" -> 10-28
# (Rutte's confirmation), "on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence), "Only
# last Wednesday" -> 10-23 (the White House's minimum, a step of the running total), "a day later" -> 10-24 (HUR's
# count, which stays in the snapshot k02), "on Friday" -> 10-25 (Pyongyang). Lee's relays, "Speaking in Brussels ...",
# Singh's line, "had predicted last week" and "said last week" give null. "it has now passed that figure weeks early,
# by the agency's own count" is the outlet's remark. The entry headings are headlines; the local entries (the
# Metrolink points failure, £12.21, 6.7 per cent, three million workers, 2-1, 14th, 14C, the phone number) are
# off-topic or furniture.
men = {}
men["nis10"] = C("men", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
men["front"] = C("men", "some of them appear to be moving towards the front line", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
men["kyb"] = C("men", "the force was commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
men["terms"] = C("men", "The soldiers had been learning roughly a hundred basic Russian military terms", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
men["rdep"] = C("men", "North Korean troops have been sent to Russia and that units have been deployed to the Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
men["resc"] = C("men", "he called the move \"a significant escalation\" and \"a dangerous expansion of Russia's war\"",
                kind=S, measure=ESC, by=RUTTE)
men["dod10"] = C("men", "around 10,000 North Korean soldiers had been sent to eastern Russia to train", value=10000,
                 q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
men["closer"] = C("men", "some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
men["weeks"] = C("men", "Russia intends to use them in combat or to support combat operations \"over the next several "
                 "weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
men["wh3"] = C("men", "Only last Wednesday the White House put the number at a minimum of 3,000", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
men["hur"] = C("men", "saying about 12,000 North Koreans were already in Russia", value=12000, q="about",
               scope="total", by=HUR, ev="2024-10-24", place="Russia")
men["pr"] = C("men", "Seoul had predicted last week that the contingent would reach 10,000", measure=PR, value=10000,
              mod="planned", scope="total", by=NIS, place="Russia")
men["prd"] = C("men", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
men["law"] = C("men", "sending troops to Russia, if it happened, would be \"an act conforming with the regulations of "
               "international law\"", kind=S, measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
men["treaty"] = C("men", "what Russia does with its new treaty with the North is \"our business\"", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- TheJournal.ie, Wed 2024-10-30 (explainer)
# "On Monday" -> 10-28 (the Pentagon), "Yesterday" -> 10-29 (the NIS's count; the DFA), "A week ago" gives null (the
# White House's and the NIS's Oct 23 figures told as the steps before, two claims of one sentence), "last Thursday" ->
# 10-24 (HUR's count, the snapshot k02; Putin), "On 18 October" -> 10-18, "the previous day" -> 10-17, "on 23 October"
# -> 10-23 (the arrival, its own day), "on Monday" -> 10-28 (Rutte), "on Saturday" -> 10-26 (Zelensky's window),
# "on Friday" -> 10-25 (Kim Jong Gyu). "THE ESTIMATES HAVE more than tripled in a week" is the outlet's ratio
# (attributed to nobody). The outlet's remarks ("As of last night, nobody had confirmed ...", "Neither has admitted
# the deployment", the why-paragraph) are not annotated; "in August", "14th", "six days away" and the Read-more line
# are not.
tj = {}
tj["ratio"] = C("tj", "THE ESTIMATES HAVE more than tripled in a week", measure=RATIO, value=3, q="at_least",
                unit="times", by=None)
tj["dod10"] = C("tj", "On Monday the Pentagon said around 10,000 North Korean troops had been sent to eastern Russia for "
                "training", value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
tj["nis10"] = C("tj", "the number had gone past 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
tj["wh3"] = C("tj", "The White House spoke of at least 3,000", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
tj["nis3"] = C("tj", "the NIS had counted about 3,000", value=3000, q="about", scope="total", by=NIS, place="Russia")
tj["sb"] = C("tj", "after a second shipment of roughly 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, place="Russia")
tj["hur"] = C("tj", "last Thursday it said some 12,000 were already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
tj["plan"] = C("tj", "On 18 October the NIS said North Korea had decided to send about 12,000 soldiers", measure=PL,
               value=12000, q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tj["zel10"] = C("tj", "Volodymyr Zelensky had put it at 10,000 the previous day", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
tj["pay"] = C("tj", "The NIS also expects the men to be paid about $2,000 a month each", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
tj["regime"] = C("tj", "most of which it believes will be kept by the North Korean government", kind=S, measure=REGIME,
                 by=NIS)
tj["arr"] = C("tj", "HUR said the first units reached the Kursk region on 23 October", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
tj["rdep"] = C("tj", "on Monday Nato secretary general Mark Rutte confirmed that North Korean units had been deployed "
               "there", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
tj["ct"] = C("tj", "the first North Korean soldiers could be on the battlefield on 27 or 28 October", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
tj["weeks"] = C("tj", "The Pentagon's Sabrina Singh spoke of Russia using them \"over the next several weeks\"", kind=S,
                measure=CT, mod="planned", by=SINGH)
tj["img"] = C("tj", "Vladimir Putin, asked about satellite images last Thursday, said only that images \"reflect "
              "something\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
tj["kjg"] = C("tj", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
tj["unsc"] = C("tj", "It says any military help to Russia breaks UN Security Council resolutions.", kind=S, measure=LAW,
               by=SKG, subject=SK)
tj["dfa"] = C("tj", "Ireland \"strongly condemns\" any supply of troops to Russia's war and supports further EU "
              "sanctions", kind=S, measure=IEDFA, by="Ireland Department of Foreign Affairs", ev="2024-10-29",
              subject=IE)
tj["icbmw"] = C("tj", "the NIS has warned that Pyongyang may test a long-range missile around that date", kind=S,
                measure=ICBM_W, mod="planned", by=NIS)

# ---------------------------------------------------------------- The Yorkshire Post, Fri 2024-11-01 (press-briefing write-up)
# "on Thursday" -> 10-31 (Blinken's lead: the 8,000 and "in the coming days" in one sentence), "on Tuesday" -> 10-29
# (the NIS's count and the front in one sentence). The briefing's other sentences ("Speaking at a press conference
# ...", "he said", "told the same briefing") give no day; Japan's ministry sentence gives none. "a sign that Moscow
# fully intended to use them at the front" elaborates Austin's training line; "the longest flight the North has
# recorded" and "falling into the sea west of Hokkaido" elaborate the ministry's. "Neither secretary would say ...",
# "The two-plus-two meeting was dominated ...", the launch "on Thursday morning", "the North's first test ... since
# December" and the press conference's length are the outlet's. Downing Street's line is the UK government's. The
# analyst (invented) speaks for himself (his judgment, and "ten days", spelled out, in the next sentence); his "This is
# about signalling ..." is an aside.
# The politics-page lines (£40bn, 15 per cent, £68m) are not annotated.
yp = {}
yp["bl8"] = C("yp", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
yp["days"] = C("yp", "are expected to be sent into battle against Ukraine \"in the coming days\"", kind=S, measure=CT,
               mod="planned", by=BL, ev="2024-10-31")
yp["bl10"] = C("yp", "some 10,000 North Korean troops had been sent to Russia in total", value=10000, q="about",
               scope="total", by=BL, place="Russia")
yp["tgt"] = C("yp", "If DPRK troops enter the fight against Ukraine, they will become legitimate military targets",
              kind=S, measure=TGT, mod="conditional", by=BL)
yp["eq"] = C("yp", "Russia had been training the North Koreans in artillery, drone operations and basic infantry "
             "tactics, including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
yp["acs"] = C("yp", "He said he had not yet seen reports of North Korean soldiers in combat.", kind=S, measure=CS,
              by=AUSTIN)
yp["kyh"] = C("yp", "urged Pyongyang to withdraw its troops immediately", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
yp["cho"] = C("yp", "Seoul was worried that Russia could pay the North back with sensitive military technology", kind=S,
              measure=TECH, mod="conditional", by=CHO)
yp["t86"] = C("yp", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
yp["alt"] = C("yp", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
yp["nis10"] = C("yp", "more than 10,000 North Korean troops were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
yp["front"] = C("yp", "some had been moved towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
yp["noack"] = C("yp", "The Kremlin has not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
yp["ukg"] = C("yp", "the UK would \"continue to stand with Ukraine for as long as it takes\"", kind=S, measure=UKG,
              by="UK government", subject=UK)
yp["small"] = C("yp", "said the numbers involved were small set against Russia's own losses", kind=S, measure=SMALL,
                by=HAWORTH)
yp["casd"] = C("yp", "The troops sent so far amounted to roughly ten days of Russian casualties at the current rate",
               measure=CASD, value=10, q="about", unit="days", by=HAWORTH)

# ---------------------------------------------------------------- The Herald (Glasgow), Sat 2024-11-02 (A-to-Z glossary)
# Entries are headed by a letter and a term ("B is for Brigades."), in alphabetical, not chronological, order; an
# entry's sentences carry its own origin and day. "on Thursday" -> 10-31 (Austin; the ICBM "fired on Thursday", the
# flight's day, as blind23-31 dated the minutes; Blinken's Kursk figure), "In Moscow on Friday" -> 11-01 (Choe), "on
# October 23" -> 10-23 (the forecast; Seoul's count), "on Monday" -> 10-28 (Rutte's word and confirmation, one
# sentence; the Pentagon's estimate), "on October 24" -> 10-24 (HUR's count, officers and generals, one sentence),
# "on Tuesday" -> 10-29 (Kim Yong Bok), "six days later" -> 10-29, "on October 18" -> 10-18, "on October 17" -> 10-17.
# Two headings are themselves date claims ("D is for December", "N is for November 1"): each quote runs from the
# heading into the entry's sentence, which names the origin but not the date (December takes the briefing's day).
# "according to Seoul" -> NIS. "It has said little since", the treaty's description and the "Missing letters" line
# are the paper's; "Two weeks" is furniture.
hr = {}
hr["acs"] = C("hr", "he had not yet seen North Korean soldiers in combat", kind=S, measure=CS, by=AUSTIN,
              ev="2024-10-31")
hr["brig"] = C("hr", "North Korea decided to send four of them", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
hr["choe"] = C("hr", "Pyongyang would stand with Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
hr["prd"] = C("hr", "D is for December. That is when the NIS, briefing lawmakers on October 23,", kind=D, measure=PRD,
              value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
hr["pr"] = C("hr", "expected about 10,000 North Korean troops to be in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, ev="2024-10-23", place="Russia")
hr["resc"] = C("hr", "Nato's Mark Rutte used the word on Monday", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
hr["rdep"] = C("hr", "he confirmed that North Korean units had reached the Kursk region", kind=S, measure=DEP, by=RUTTE,
               ev="2024-10-28", place="Kursk")
hr["fake"] = C("hr", "The Kremlin's first answer, from spokesman Dmitry Peskov, was that the reports were \"another "
               "fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
hr["gen"] = C("hr", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
hr["off"] = C("hr", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
hr["hur"] = C("hr", "some 12,000 North Koreans in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
hr["t86"] = C("hr", "flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD, ev="2024-10-31")
hr["alt"] = C("hr", "climbed above 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km", by=JMOD,
              ev="2024-10-31")
hr["bl8"] = C("hr", "roughly 8,000 North Koreans were now there", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
hr["kyb"] = C("hr", "Kim Yong Bok, a senior officer of the North's general staff, leads the contingent", kind=S,
              measure=KYB, by=NIS, ev="2024-10-29")
hr["pay"] = C("hr", "About $2,000 per soldier per month, paid by Moscow", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
hr["regime"] = C("hr", "Most of it, the NIS believes, goes to the regime.", kind=S, measure=REGIME, by=NIS)
hr["ready"] = C("hr", "N is for November 1. The day by which Kyrylo Budanov, Ukraine's military intelligence chief, said "
                "the North Koreans would be ready", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
hr["dod10"] = C("hr", "Its estimate, given on Monday, was around 10,000 North Koreans in eastern Russia", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
hr["terms"] = C("hr", "The soldiers are being drilled in about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
hr["drones"] = C("hr", "are poor at drone warfare", kind=S, measure=DRONES, by=NIS)
hr["s3"] = C("hr", "About 3,000 on October 23.", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
hr["s10"] = C("hr", "More than 10,000 six days later.", value=10000, q="at_least", scope="total", by=NIS,
              ev="2024-10-29", place="Russia")
hr["treaty"] = C("hr", "Vladimir Putin says how Russia uses it is Russia's business.", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
hr["fb"] = C("hr", "About 1,500 special forces landed there", measure=FB, value=1500, q="about", scope="first_batch",
             by=NIS, place=RFE)
hr["win"] = C("hr", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
hr["ships"] = C("hr", "carried by four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
hr["tgt"] = C("hr", "\"Legitimate military targets,\" in Blinken's words, if they enter the fight.", kind=S,
              measure=TGT, mod="conditional", by=BL)
hr["wpn"] = C("hr", "South Korea's president has not ruled out sending weapons to Ukraine.", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
hr["zel10"] = C("hr", "saying on October 17 that 10,000 soldiers were being prepared", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")

# ---------------------------------------------------------------- WalesOnline, Tue 2024-11-05 (straight news story)
# The lead's two clauses (Umerov's fighting; "South Korea says it cannot yet confirm", the defence ministry) give no
# day and join the Nov 5 discrepancy beside the body's dated sentences. "in an interview aired on Tuesday" -> 11-05,
# "on Tuesday" -> 11-05 (the ministry), "on Monday" -> 11-04 (Zelensky; the Pentagon), "On the same day as Mr Umerov's
# interview" -> 11-05 (the JCS's missiles), "on October 23" -> 10-23 (HUR's arrival, its own day). "at the end of last
# week", "at the time", "has said", "Days earlier" give null. The outlet's "first known combat ... since the Korean War
# ended in 1953", Choe's meeting with Putin (a reported fact), the Kremlin's refusal, the Cardiff colour (several
# hundred Ukrainians; the invented resident's reaction and her two children), the Welsh Government's resettlement
# count (more than 7,000 people from Ukraine; diaspora and resettlement counts are left out, as blind24-31 left them)
# and the election and newsletter lines are not annotated; the resident's age is.
wo = {}
wo["lclash"] = C("wo", "Ukrainian forces have fought North Korean soldiers for the first time, Ukraine's defence "
                 "minister has said", kind=S, measure=N5, by=UM)
wo["lmnd"] = C("wo", "South Korea says it cannot yet confirm the report", kind=S, measure=N5, by=MND, subject=SK)
wo["um"] = C("wo", "the first small-scale engagements with North Korean units had taken place in Russia's Kursk region",
             kind=S, measure=N5, by=UM, ev="2024-11-05", place="Kursk")
wo["mnd"] = C("wo", "South Korea's Ministry of National Defence said on Tuesday that it could not verify his account",
              kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
wo["z11"] = C("wo", "11,000 North Korean soldiers were now in the Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
wo["bl8"] = C("wo", "the roughly 8,000 that US Secretary of State Antony Blinken said were there at the end of last "
              "week", measure=KU, value=8000, q="about", by=BL, place="Kursk")
wo["days"] = C("wo", "Mr Blinken had predicted at the time that they would be sent into combat within days.", kind=S,
               measure=CT, mod="planned", by=BL)
wo["arr"] = C("wo", "Ukraine's military intelligence agency had said the first North Korean units reached Kursk on "
              "October 23", kind=S, measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
wo["partn"] = C("wo", "accused Ukraine's allies of watching rather than acting", kind=S, measure=PARTN, by=ZEL,
                subject=UA)
wo["dodcs"] = C("wo", "it had no indication so far that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
wo["nis10"] = C("wo", "more than 10,000 North Koreans are now in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
wo["plan"] = C("wo", "out of about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
wo["srbm"] = C("wo", "North Korea fired about seven short-range ballistic missiles into the sea off its east coast",
               measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
wo["choe"] = C("wo", "she had pledged that Pyongyang would stand by Russia \"until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH)
wo["noack"] = C("wo", "The Kremlin, which has never confirmed that North Korean troops are in Russia", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
wo["age"] = C("wo", "Olena Hrytsenko, 38", measure=AGE, value=38, unit="years", by=None, subject="Olena Hrytsenko")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [sc["sofar"], sc["lead11"], sc["kys11"], bt["kys11"], ie["bud11"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's first group of about 1,500, the only contingent it can place in Russia, "
  "vs Kyiv's about 11,000 training in the east (Kyslytsya Oct 21, Budanov Oct 18)",
  [("about 1,500 so far (NIS)", [sc["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [sc["lead11"], sc["kys11"], bt["kys11"], ie["bud11"]])])
K(RU, [bt["nis3"], bt["wh3"], ie["nis3"], ie["q3"], ie["wh3"], ie["hur"], ie["q12"], men["hur"], tj["hur"], hr["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [bt["nis3"], bt["wh3"], ie["nis3"], ie["q3"], ie["wh3"]]),
   ("about 12,000 (HUR)", [ie["hur"], ie["q12"], men["hur"], tj["hur"], hr["hur"]])])
K(RU, [men["wh3"], tj["wh3"], tj["nis3"], hr["s3"], men["dod10"], tj["dod10"], hr["dod10"], yp["bl10"], men["nis10"],
       tj["nis10"], yp["nis10"], hr["s10"], wo["nis10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29)")
K(KU, [yp["bl8"], hr["bl8"], wo["bl8"], wo["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [sc["plan"], bt["plan"], ie["plan"], tj["plan"], wo["plan"], sc["zel10"], tj["zel10"], hr["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [sc["plan"], bt["plan"], ie["plan"], tj["plan"], wo["plan"]]),
   ("10,000 (Zelensky)", [sc["zel10"], tj["zel10"], hr["zel10"]])])
K(FB, [sc["fb"], bt["fb"], hr["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [sc["win"], hr["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [sc["ships"], hr["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [sc["brig"], ie["brig"], hr["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [bt["sb"], tj["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [bt["pr"], ie["pr"], men["pr"], hr["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in Russia")
K(PRD, [bt["prd"], ie["prd"], men["prd"], hr["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [bt["pay"], ie["pay"], tj["pay"], hr["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [bt["regime"], ie["regime"], tj["regime"], hr["regime"]], "agreement",
  "NIS: most of the pay is kept by the North Korean state / regime")
K(DRONES, [bt["drones"], hr["drones"]], "agreement", "NIS: the troops are strong but poor at drone warfare")
K(OFF, [ie["off"], hr["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ie["gen"], hr["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [ie["arr"], tj["arr"], wo["arr"]], "agreement", "HUR: the first units reached the Kursk region on Oct 23")
K(SITES, [bt["sites"], ie["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [sc["ready"], hr["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov)")
K(TGT, [bt["fair"], yp["tgt"], hr["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [sc["resc"], bt["aesc"], men["resc"], hr["resc"]], "agreement",
  "escalation warning: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' (Rutte Oct 28)")
K(DEP, [bt["adep"], men["rdep"], tj["rdep"], hr["rdep"], sc["fake"], hr["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov)",
  [("asserted", [bt["adep"], men["rdep"], tj["rdep"], hr["rdep"]]), ("dismissed", [sc["fake"], hr["fake"]])])
K(LAW, [sc["unsc"], tj["unsc"], men["law"], tj["kjg"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul) vs in line with international law (Pyongyang, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [sc["unsc"], tj["unsc"]]),
   ("lawful (North Korea)", [men["law"], tj["kjg"]])])
K(IMG, [ie["img"], tj["img"]], "agreement", "Putin (Oct 24): images 'are a serious thing', they 'reflect something'")
K(TREATY, [ie["treaty"], men["treaty"], hr["treaty"]], "agreement",
  "Putin: what Russia does under its treaty with Pyongyang is Russia's business")
K(WPN, [bt["wpn"], ie["hint"], ie["yoon"], hr["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24)")
K(WITHDRAW, [sc["wd"], bt["wd"], yp["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(CT, [tj["ct"], men["weeks"], tj["weeks"], yp["days"], wo["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [tj["ct"]]), ("several weeks (Pentagon)", [men["weeks"], tj["weeks"]]),
   ("coming days (Blinken)", [yp["days"], wo["days"]])])
K(CS, [sc["rcs"], yp["acs"], hr["acs"], wo["dodcs"]], "agreement",
  "combat not confirmed before Nov 5: cannot confirm (Rutte Oct 21), not yet seen (Austin Oct 31), no indication "
  "(Pentagon Nov 4)")
K(N5, [wo["lclash"], wo["um"], wo["lmnd"], wo["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [wo["lclash"], wo["um"]]), ("cannot confirm (Seoul MND)", [wo["lmnd"], wo["mnd"]])])
K(FRONT, [men["front"], men["closer"], yp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [men["kyb"], hr["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [men["terms"], hr["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian military terms")
K(NOACK, [bt["noack"], yp["noack"], wo["noack"]], "agreement",
  "Moscow has not confirmed the deployment (neither confirmed nor denied / never confirmed)")
K(ICBM_T, [yp["t86"], hr["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(ICBM_A, [yp["alt"], hr["alt"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM rose above 7,000 km")
K(CHOE, [hr["choe"], wo["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")
K(TECH, [ie["tech"], yp["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Quirke; Foreign Minister Cho)")
K(IEDFA, [ie["dfa"], tj["dfa"]], "agreement",
  "Ireland's Department of Foreign Affairs: the deployment is viewed with the utmost seriousness / strongly condemned")

pairs = [
    (sc["plan"], sc["fb"], "about 12,000 planned vs roughly 1,500 in the first transport, adjacent sentences"),
    (sc["sofar"], sc["fb"], "about 1,500: Seoul's head count so far vs the first transport"),
    (sc["brig"], sc["ships"], "four brigades vs four landing ships, one paragraph"),
    (sc["kys11"], sc["zel10"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (bt["sb"], bt["nis3"], "a further 1,500 vs a total of about 3,000, same sentence"),
    (bt["sb"], bt["fb"], "about 1,500: the second group vs the first transport"),
    (bt["nis3"], bt["pr"], "about 3,000 now vs some 10,000 expected by December"),
    (ie["hur"], ie["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (ie["off"], ie["gen"], "500 officers vs three generals, same sentence"),
    (ie["sites"], ie["gen"], "three: training sites vs generals"),
    (ie["bud11"], ie["hur"], "Budanov's 11,000 training (Oct 18) vs HUR's about 12,000 in Russia (Oct 24)"),
    (men["nis10"], men["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast for December (NIS, Oct 23)"),
    (men["dod10"], men["hur"], "around 10,000 sent (Pentagon, Oct 28) vs about 12,000 in Russia (HUR, Oct 24)"),
    (tj["hur"], tj["plan"], "some 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (tj["dod10"], tj["zel10"], "around 10,000 sent (Pentagon) vs 10,000 being prepared (Zelensky)"),
    (yp["bl8"], yp["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (yp["days"], yp["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (hr["pr"], hr["dod10"], "about 10,000 expected by December (NIS) vs around 10,000 in eastern Russia (Pentagon)"),
    (wo["z11"], wo["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (wo["nis10"], wo["plan"], "more than 10,000 sent vs about 12,000 agreed, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
