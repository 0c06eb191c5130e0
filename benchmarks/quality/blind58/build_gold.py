"""Generate gold.json for blind58 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind58/build_gold.py

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
    "gr": ("grid-news-2024-10-21-seoul-summons-russian-envoy-kyiv-says-11000-north-korean-troops", "Grid News",
           "2024-10-21"),
    "vi": ("vice-news-2024-10-23-live-updates-north-korean-troops-russia-3000", "Vice News", "2024-10-23"),
    "to": ("tortoise-media-2024-10-25-sensemaker-kyiv-says-12000-north-koreans-seoul-says-3000", "Tortoise Media",
           "2024-10-25"),
    "pu": ("puck-2024-10-29-the-north-korea-number-just-tripled", "Puck", "2024-10-29"),
    "sl": ("slate-2024-10-30-slack-chat-so-how-many-north-korean-soldiers-are-in-russia", "Slate", "2024-10-30"),
    "qz": ("quartz-2024-11-01-blinken-says-8000-north-korean-troops-in-kursk-defense-stocks", "Quartz", "2024-11-01"),
    "rw": ("rest-of-world-2024-11-05-interview-north-korean-soldiers-meet-ukraines-drone-war", "Rest of World",
           "2024-11-05"),
    "fp": ("the-free-press-2024-11-13-north-koreans-are-fighting-for-russia-how-the-count-moved", "The Free Press",
           "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and papers issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
KYSTRAIN = "North Korean troops readied at bases in Russia's east (Kyslytsya, no figure)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drone warfare (Russian instructors, via NIS)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops attached to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
NOTAGAINST = "Russia: cooperation with North Korea not aimed at South Korea"
THREAT = "South Korea: deployment a grave security threat"
MORETR = "further North Korean transports expected (NIS)"
UNSURE = "Washington unsure what the troops will do (Oct 23)"
LAVROV = "Russia-North Korea military ties"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
TRUMP24 = "time Trump says he needs to end the war"
DRILL = "North Korean training unsuited to drone war (Melnyk)"
SEPARATE = "Russia will keep North Koreans in separate units (Melnyk)"


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
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
MELNYK = "Daria Melnyk"
JCS = "South Korea Joint Chiefs of Staff"
SK, RUS = "South Korea", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Grid News, Mon 2024-10-21 (straight news story)
# "on Monday" -> 10-21 (the summons; by "as", Kyslytsya's figure at the UN the same day; Rutte); "said on Friday" ->
# 10-18 (plan and brigades); "in Brussels on Thursday" -> 10-17; "A day later" -> 10-18 (Budanov's count and first
# unit); "after an emergency security meeting on Friday" -> 10-18. "The agency said", "the NIS said", "By the
# agency's count", "The ministry said", "the ministry said" and Kyslytsya's "said" in New York give no day. The 1.2
# million is the outlet's own background (nobody). "Officials in Seoul have hinted" (unnamed), "North Korea has said
# nothing", "since the Korean War", the stamp and the Related lines (15 days, 7%) are not annotated.
gr = {}
gr["wd"] = C("gr", "summoned Russia's ambassador on Monday and told him Pyongyang's soldiers must leave Russia at once",
             kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
gr["lead11"] = C("gr", "roughly 11,000 North Korean infantrymen were already in training on Russian soil", value=11000,
                 q="about", scope="total", by=KYS, ev="2024-10-21", place="Russia")
gr["unsc"] = C("gr", "military cooperation between Moscow and Pyongyang breaches Security Council resolutions", kind=S,
               measure=LAW, by=SKFM, subject=SK)
gr["zinov"] = C("gr", "the cooperation did not target South Korea's security", kind=S, measure=NOTAGAINST,
                by="Georgy Zinoviev", subject=RUS)
gr["kystrain"] = C("gr", "the North Korean soldiers were being readied at bases in Russia's east", kind=S,
                   measure=KYSTRAIN, by=KYS, place=RFE)
gr["ready"] = C("gr", "should be fit for deployment by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=KYS)
gr["plan"] = C("gr", "the North had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
gr["brig"] = C("gr", "organized in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
gr["fb"] = C("gr", "roughly 1,500 special forces had already been carried from North Korean ports to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
gr["win"] = C("gr", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
gr["ships"] = C("gr", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
gr["escort"] = C("gr", "with three escort vessels alongside", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
gr["unif"] = C("gr", "The men were handed Russian uniforms and identity papers that pass them off as locals from "
               "Siberian regions", kind=S, measure=UNIF, by=NIS)
gr["sofar"] = C("gr", "that shipment of about 1,500 is the only North Korean contingent known to be in Russia so far",
                value=1500, q="about", scope="total", by=NIS, place="Russia")
gr["moretr"] = C("gr", "it expects a second one soon", kind=S, measure=MORETR, mod="planned", by=NIS)
gr["zel10"] = C("gr", "Pyongyang was getting 10,000 soldiers ready for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
gr["bud11"] = C("gr", "put the number of North Korean infantry training in the Russian Far East at about 11,000",
                value=11000, q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
gr["2600"] = C("gr", "the first unit, some 2,600 men, was bound for the Kursk region", measure=FIRSTU, value=2600,
               q="about", mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
gr["rcs"] = C("gr", "the alliance could not yet verify that North Korean soldiers were fighting", kind=S, measure=CS,
              by=RUTTE, ev="2024-10-21")
gr["resc"] = C("gr", "If they were, he said, it would mark \"a significant escalation.\"", kind=S, measure=ESC,
               mod="conditional", by=RUTTE)
gr["fake"] = C("gr", "The Kremlin has brushed the reports aside, with spokesman Dmitry Peskov calling them \"another "
               "fake.\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
gr["army"] = C("gr", "The North keeps about 1.2 million people in uniform", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
gr["threat"] = C("gr", "the deployment posed a grave threat to the South", kind=S, measure=THREAT, by=PO,
                 ev="2024-10-18", subject=SK)

# ---------------------------------------------------------------- Vice News, Wed 2024-10-23 (live blog)
# Entry times give no day; each entry's own sentences do: "on Wednesday" -> 10-23 (the White House's count; Austin in
# Rome; the NIS's second group and total), "last Friday, when it said" -> 10-18 (plan and first 1,500, one sentence),
# "On Monday" and "The same day" -> 10-21 (summons; Kyslytsya), "on Tuesday" -> 10-22 (the presidential official).
# Kirby's "told reporters", "he said", "he added", Austin's two later sentences, Park's "told reporters afterward",
# "Park quoted the agency as saying" and Lee's "said" give no day. The Oct 23 counts form the snapshot k02. The
# programming note (Thursday, 8 PM, Episode 14, a drone unit's "more than 300 missions", an unnamed unit), the
# morning entry, the stamp, North Korea's and the embassy's non-replies are not annotated.
vi = {}
vi["wh3"] = C("vi", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia this month",
              value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
vi["sites"] = C("vi", "the troops were spread across three training sites there", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
vi["unsure"] = C("vi", "Washington did not yet know whether they would be sent to fight Ukraine", kind=S, measure=UNSURE,
                 by=KIRBY, subject="United States")
vi["fair"] = C("vi", "If they are, they will be \"fair game,\"", kind=S, measure=TGT, mod="conditional", by=KIRBY)
vi["adep"] = C("vi", "there was evidence North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
vi["left"] = C("vi", "What exactly they are doing there \"is left to be seen,\"", kind=S, measure=UNSURE, by=AUSTIN,
               subject="United States")
vi["aesc"] = C("vi", "Should they join the war on Russia's behalf, he said, that would be \"a very, very serious "
               "issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
vi["sb"] = C("vi", "roughly 1,500 more North Korean soldiers had reached Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
vi["nis3"] = C("vi", "bringing the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
vi["pr"] = C("vi", "the agency expects the contingent in Russia to grow to around 10,000", measure=PR, value=10000,
             q="about", mod="planned", scope="total", by=NIS, place="Russia")
vi["prd"] = C("vi", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
vi["pay"] = C("vi", "Moscow pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
vi["regime"] = C("vi", "most of that cash is taken by the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
vi["drones"] = C("vi", "Russian instructors had found the North Koreans physically tough but clueless about drone "
                 "warfare", kind=S, measure=DRONES, by=NIS)
vi["plan"] = C("vi", "Pyongyang had committed about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
vi["fb"] = C("vi", "had already shipped its first 1,500 or so across the sea", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
vi["wd"] = C("vi", "Seoul summoned Russia's ambassador and demanded that the soldiers be withdrawn", kind=S,
             measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
vi["kys"] = C("vi", "some 11,000 were training in Russia's east", value=11000, q="about", scope="total", by=KYS,
              ev="2024-10-21", place=RFE)
vi["wpn"] = C("vi", "Seoul would respond in stages and could consider supplying Ukraine with weapons, defensive ones "
              "first", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
vi["noack"] = C("vi", "The Kremlin has not said whether North Korean soldiers are on Russian territory", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Tortoise Media, Fri 2024-10-25 (Sensemaker explainer)
# "on Thursday" -> 10-24 (HUR's count, officers, generals); the arrival "on Wednesday" -> 10-23 (an arrival takes its
# own day, as blind21-55 did); "a day earlier" -> 10-23 (the NIS's 3,000); "said last Friday" -> 10-18 (plan,
# brigades); "On Wednesday it told lawmakers" -> 10-23 (second shipment, forecast, December); "said on Thursday" ->
# 10-24 (Yoon). "says", "had spoken of", "said last week" (Budanov), "he said" give no day; Putin's quoted sentence
# has no day of its own ("on Thursday" sits in the previous sentence, whose "did not deny them" is the outlet's);
# Kim Jong Gyu's sentence has none either ("North Korea broke its silence today." holds no claim). "That is four
# times" is the outlet's ratio (nobody). The gap paragraph, "since 1953", "What we don't know", the Tortoise take
# (its two 12,000s restate claims without origins) and the ThinkIn line (28 October, 6.30pm, £10) are not annotated.
to = {}
to["hur"] = C("to", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
to["off"] = C("to", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
to["gen"] = C("to", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
to["arr"] = C("to", "The first units arrived in the Kursk region, which borders Ukraine, on Wednesday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
to["ratio"] = C("to", "That is four times", measure=RATIO, value=4, unit="times", by=None)
to["nis3"] = C("to", "the figure South Korea's spy agency gave a day earlier: about 3,000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
to["plan"] = C("to", "North Korea had decided to send about 12,000 troops in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
to["brig"] = C("to", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
to["sb"] = C("to", "a second shipment of roughly 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
to["pr"] = C("to", "it expects around 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
to["prd"] = C("to", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
to["wh3"] = C("to", "at least 3,000 North Koreans have been shipped to Russia's Far East", value=3000, q="at_least",
              scope="total", by=WH, place=RFE)
to["sites"] = C("to", "they are training at three sites", measure=SITES, value=3, unit="training sites", by=WH,
                place=RFE)
to["zel10"] = C("to", "President Volodymyr Zelensky had spoken of 10,000 being prepared", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, place="Russia")
to["bud"] = C("to", "11,000 were in training", value=11000, scope="total", by=BUD, place="Russia")
to["ready"] = C("to", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
to["img"] = C("to", "\"Images are a serious thing,\" he said, adding that if there are images, \"they reflect "
              "something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
to["treaty"] = C("to", "How Russia applies its new defence treaty with North Korea is Russia's own affair, he said.",
                 kind=S, measure=TREATY, by=PUTIN, subject=RUS)
to["law"] = C("to", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
              "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG)
to["pay"] = C("to", "Moscow pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
to["regime"] = C("to", "most of it goes straight to the regime", kind=S, measure=REGIME, by=NIS)
to["yoon"] = C("to", "South Korea would not rule out supplying weapons to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Puck, Tue 2024-10-29 (analysis column, newsletter voice)
# "Last Wednesday" -> 10-23 (Kirby's 3,000, told as the step before: k03); "On Monday" -> 10-28 (Singh's count and the
# move closer to Ukraine, one sentence); "said on Monday" -> 10-28 (Rutte's confirmation); "told lawmakers on
# Tuesday" -> 10-29 (more than 10,000 and the front, one sentence); "said last Thursday" -> 10-24 (HUR's count,
# officers, generals) with the arrival "on Oct. 23" -> 10-23 in the same sentence; "On Saturday" -> 10-26
# (Zelensky's window). "He called it", "According to lawmaker Lee Seong-kweun", "A week ago" (the forecast), "Singh,
# for her part, said" give no day. "That's more than triple" is the outlet's ratio (nobody). The unnamed official's
# quotation, "people who were in the room", "Both days came and went ...", Singh's refusal, the Post's 200,000
# subscriptions, 41 million ballots, "a week out" and "2 free articles" are not annotated.
pu = {}
pu["kirby"] = C("pu", "said at least 3,000 North Korean soldiers had gone to Russia", value=3000, q="at_least",
                scope="total", by=KIRBY, ev="2024-10-23", place="Russia")
pu["dod"] = C("pu", "the figure was around 10,000, all of them sent to eastern Russia for training", value=10000,
              q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
pu["closer"] = C("pu", "some had since moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
pu["ratio"] = C("pu", "That's more than triple", measure=RATIO, value=3, q="at_least", unit="times", by=None)
pu["rdep"] = C("pu", "North Korean troops had indeed been sent to Russia and that some units were now in the Kursk "
               "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
pu["resc"] = C("pu", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war.\"", kind=S,
               measure=ESC, by=RUTTE)
pu["nis10"] = C("pu", "more than 10,000 North Koreans are now in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
pu["front"] = C("pu", "some are moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
pu["kyb"] = C("pu", "the agency identified their commander as Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
pu["terms"] = C("pu", "the men are memorizing roughly 100 Russian military words", measure=TERMS, value=100, q="about",
                unit="terms", by=NIS)
pu["pr"] = C("pu", "A week ago the NIS was forecasting 10,000", measure=PR, value=10000, mod="planned", scope="total",
             by=NIS, place="Russia")
pu["prd"] = C("pu", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
pu["hur"] = C("pu", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
pu["off"] = C("pu", "500 of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
pu["gen"] = C("pu", "with three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
pu["arr"] = C("pu", "the first units had reached Kursk on Oct. 23", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
pu["ct"] = C("pu", "the first North Korean units could show up in combat zones on Oct. 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
pu["weeks"] = C("pu", "Russia intends to use the soldiers in combat, or in support of combat operations, \"over the "
                "next several weeks.\"", kind=S, measure=CT, mod="planned", by=SINGH)
pu["noack"] = C("pu", "The Kremlin, for what it's worth, still won't say whether any of this is happening.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Slate, Wed 2024-10-30 (Slack chat: the less usual form)
# The editor's note dates the chat Tuesday 10-29 and says "today" and "yesterday" are as typed that day, so the chat's
# relative days resolve against 10-29, not against `published` (as blind54's earnings call did): "yesterday" -> 10-28
# (the Pentagon's count and its several weeks; Rutte), "today, Seoul time" -> 10-29 (the NIS), "Last Wednesday" ->
# 10-23 (the NIS's and the White House's 3,000, told as steps: k03), "on Oct. 18" -> 10-18, "last Thursday" -> 10-24
# (HUR's 12,000), "on Saturday" -> 10-26 (Zelensky's window), "on Friday" -> 10-25 (the vice foreign minister, not
# named: North Korea Foreign Ministry). "HUR also said", "he called it", "Putin last week", "the agency thinks", "the
# NIS says" give no day. Staff lines that restate figures without an origin ("wasn't it 3,000", Priya's draft
# wording "Seoul: more than 10,000 ..."), the TikTok relay (no identifiable origin), the emoji lines, the Dodgers'
# "3-0", "Game 4", the timestamps and the Slate Plus line are not annotated.
sl = {}
sl["dod"] = C("sl", "the Pentagon said yesterday that about 10,000 have been sent to eastern Russia for training",
              value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
sl["nis10"] = C("sl", "there are now more than 10,000 in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
sl["nis3"] = C("sl", "Last Wednesday the NIS said about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
sl["wh3"] = C("sl", "the White House said at least 3,000", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
sl["plan"] = C("sl", "the North had decided to send about 12,000 in total", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sl["hur"] = C("sl", "about 12,000 were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
sl["off"] = C("sl", "500 of them were officers", measure=OFF, value=500, unit="officers", by=HUR)
sl["gen"] = C("sl", "three were generals", measure=GEN, value=3, unit="generals", by=HUR)
sl["ct"] = C("sl", "the first units could be in combat zones on Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
sl["weeks"] = C("sl", "Russia plans to use them in combat over the next several weeks", kind=S, measure=CT,
                mod="planned", by=DOD, ev="2024-10-28")
sl["rdep"] = C("sl", "Rutte confirmed yesterday that they've been sent to Russia and that some units are in Kursk",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
sl["resc"] = C("sl", "he called it a significant escalation", kind=S, measure=ESC, by=RUTTE)
sl["pay"] = C("sl", "about $2,000 per soldier per month, paid by Moscow", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
sl["regime"] = C("sl", "the agency thinks the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
sl["img"] = C("sl", "Putin last week: satellite images \"reflect something.\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
sl["law"] = C("sl", "Pyongyang's vice foreign minister said on Friday that a deployment like this would be lawful "
              "under international law", kind=S, measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
sl["kyb"] = C("sl", "the NIS says it's Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)

# ---------------------------------------------------------------- Quartz, Fri 2024-11-01 (press-briefing write-up, markets, update)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure and "in the coming days", one sentence); "said on Tuesday" ->
# 10-29 (the NIS's count and the front, one sentence); the update's "in Moscow on Friday" -> 11-01 (Choe). Blinken's
# second sentence ("Speaking at the State Department ... Blinken said") and "he said", Austin's two sentences, Kim
# Yong-hyun, Cho, "said" (Lavrov) give no day; the ICBM's figures sit in a sentence whose day is in the previous one
# ("Hours before the meeting"), so they are undated. "The American figures now broadly match Seoul's", "both records
# for the North", "Ukraine has not been a customer" and "The soldiers did not come up ..." are the outlet's; the
# markets section (Hanwha "more than doubled", 2%, about 1%, $73, "roughly $13 billion"), the unnamed portfolio
# manager, "hints that it could start sending weapons" (no speaker), the stamps and the Related lines (11%, a
# quarter-point) are not annotated.
qz = {}
qz["bl8"] = C("qz", "About 8,000 North Korean soldiers have moved into Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
qz["days"] = C("qz", "Washington expects Russia to send them into combat against Ukraine in the coming days", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
qz["bl10"] = C("qz", "roughly 10,000 North Korean troops had been sent to Russia in total", value=10000, q="about",
               scope="total", by=BL, place="Russia")
qz["tgt"] = C("qz", "If they join the fighting, he said, they will be \"legitimate military targets.\"", kind=S,
              measure=TGT, mod="conditional", by=BL)
qz["acs"] = C("qz", "he had not yet seen reports of North Korean units in combat", kind=S, measure=CS, by=AUSTIN)
qz["eq"] = C("qz", "Russia has been training them in artillery, drone operations and basic infantry tactics, including "
             "clearing trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
qz["kyh"] = C("qz", "called on Pyongyang to pull its soldiers out of Russia immediately", kind=S, measure=WITHDRAW,
              by=KYH, subject=SK)
qz["cho"] = C("qz", "Moscow could pay the North back with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
qz["nis10"] = C("qz", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
qz["front"] = C("qz", "some of them on their way to the front lines", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
qz["t86"] = C("qz", "It flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
qz["alt"] = C("qz", "climbed to an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
qz["noack"] = C("qz", "The Kremlin still has not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
qz["choe"] = C("qz", "Pyongyang would stand by its \"Russian comrades\" until \"the day of victory.\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
qz["lavrov"] = C("qz", "the two countries' militaries and security services had \"very close\" ties", kind=S,
                 measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Rest of World, Tue 2024-11-05 (Q&A interview)
# "aired on Tuesday" and "the same day" -> 11-05 (Umerov; Seoul's defence ministry); "said on Monday" -> 11-04
# (Zelensky's count; the Pentagon); "Last Thursday" -> 10-31 (Blinken's 8,000); "Early on Tuesday" -> 11-05 (the
# JCS's about seven missiles); "five days after an intercontinental missile test" dates the 86 minutes by the flight
# (10-31), as earlier sets did; "In Moscow on Friday" -> 11-01 (Choe's promise; her reception "on Monday" is an
# event). The questions that state the NIS's claims (drones, the 100 terms) are the NIS's, undated; the guest
# (invented) relays the NIS ("Seoul's spy agency says", "by the same agency's count", "Seoul says", all undated) and
# gives her own readings (her drills and separate-units readings, her technology forecast). Her age is annotated
# (nobody). Her asides ("It matches what we would expect", "I trust Seoul's numbers ...", the Telegram clips), the
# read time, the nonprofit line and the Read-next lines (40,000, 10-minute, iPhone 16) are not annotated.
rw = {}
rw["um"] = C("rw", "Ukrainian forces had fought their first small-scale engagements with North Korean soldiers", kind=S,
             measure=N5, by=UM, ev="2024-11-05", place="Kursk")
rw["mnd"] = C("rw", "South Korea's defense ministry said the same day that it could not confirm his account", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
rw["z11"] = C("rw", "11,000 North Korean troops were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
rw["bl8"] = C("rw", "U.S. Secretary of State Antony Blinken had counted about 8,000 there", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
rw["dodcs"] = C("rw", "it had seen no indication so far that the North Koreans had joined the fighting", kind=S,
                measure=CS, by=DOD, ev="2024-11-04")
rw["srbm"] = C("rw", "North Korea fired about seven short-range ballistic missiles into the sea", measure=SRBM, value=7,
               q="about", unit="missiles", by=JCS, ev="2024-11-05")
rw["t86"] = C("rw", "kept the missile in the air for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD, ev="2024-10-31")
rw["age"] = C("rw", "Daria Melnyk, 38", measure=AGE, value=38, unit="years", by=None, subject=MELNYK)
rw["drones"] = C("rw", "Russian instructors find the North Koreans disciplined and fit but badly behind on drones",
                 kind=S, measure=DRONES, by=NIS)
rw["drill"] = C("rw", "Nothing in their drills at home prepares them for that.", kind=S, measure=DRILL, by=MELNYK)
rw["nis10"] = C("rw", "more than 10,000 are already in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
rw["plan"] = C("rw", "The promise Pyongyang made, by the same agency's count, was about 12,000.", measure=PL,
               value=12000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
rw["terms"] = C("rw", "they've been taught about 100 basic Russian military terms", measure=TERMS, value=100, q="about",
                unit="terms", by=NIS)
rw["sep"] = C("rw", "Russia will keep them in separate North Korean units with Russian liaison officers", kind=S,
              measure=SEPARATE, mod="planned", by=MELNYK)
rw["pay"] = C("rw", "Moscow pays about $2,000 per soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
rw["regime"] = C("rw", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
rw["tech"] = C("rw", "I expect Russia to share drone and electronic-warfare know-how with the North", kind=S,
               measure=TECH, mod="planned", by=MELNYK)
rw["choe"] = C("rw", "she had promised that her country would stand by Russia until victory", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
rw["noack"] = C("rw", "The Kremlin has still not acknowledged that North Korean soldiers are on Russian territory.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- The Free Press, Wed 2024-11-13 (news analysis)
# "On Tuesday" and "said on Tuesday" -> 11-12 (Washington's loose "it said they were"; the State Department's three
# claims in one sentence; KCNA "reported on Tuesday"); "On Oct. 18" -> 10-18 (plan, first shipment, window, one
# sentence); "On Oct. 23" -> 10-23; "On Oct. 28" -> 10-28; "the next day" -> 10-29; "On Oct. 31" -> 10-31; "On Nov. 4"
# -> 11-04; "on Nov. 5" and "the same day" -> 11-05; "on Sunday" -> 11-10. The NIS's two claims sit in a sentence
# without a day ("Seoul's spy agency added detail today." holds no claim), so they are undated; "For three weeks,
# Washington said" (US government, loose), the Kremlin's two claims and Yoon's "last week" are undated too. Trump's
# age (nobody) and his "within 24 hours" are annotated. "There was no comment from Moscow or Pyongyang", the "How the
# count moved" remarks ("That was a plan and a first shipment", "A week later, Washington caught up"), "August", "Jan.
# 20", the transition team's non-reply, "the last four weeks", the closing paragraph, bitcoin's $89,000 and the Nov. 20
# debate line are not annotated.
fp = {}
fp["nopr"] = C("fp", "For three weeks, Washington said it had no proof that North Korean soldiers were fighting for "
               "Russia.", kind=S, measure=CS, by=USG)
fp["wash"] = C("fp", "On Tuesday, it said they were.", kind=S, measure=CS, by=USG, ev="2024-11-12")
fp["st10"] = C("fp", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
fp["most"] = C("fp", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
fp["begun"] = C("fp", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
fp["units"] = C("fp", "some of the North Koreans had been attached to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS)
fp["combat"] = C("fp", "some were already taking part in the fighting", kind=S, measure=CS, by=NIS)
fp["plan"] = C("fp", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
fp["fb"] = C("fp", "about 1,500 special forces had already gone over by sea", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
fp["win"] = C("fp", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
fp["nis3"] = C("fp", "On Oct. 23 the same agency put the number in Russia at about 3,000.", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
fp["dod"] = C("fp", "On Oct. 28 the Pentagon said about 10,000.", value=10000, q="about", scope="total", by=DOD,
              ev="2024-10-28", place="Russia")
fp["nis10"] = C("fp", "The NIS said it had passed 10,000 the next day.", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
fp["bl8"] = C("fp", "On Oct. 31, Secretary of State Antony Blinken said about 8,000 were in Kursk.", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
fp["z11"] = C("fp", "On Nov. 4, Zelensky said there were 11,000 there.", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
fp["ua"] = C("fp", "Ukraine said on Nov. 5 that its forces had clashed with North Korean units for the first time",
             kind=S, measure=N5, by=UAG, ev="2024-11-05", place="Kursk")
fp["mnd"] = C("fp", "Seoul's defense ministry said the same day that it could not confirm that", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
fp["massed"] = C("fp", "Russia had gathered some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
fp["fake"] = C("fp", "The Kremlin dismissed the first reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
fp["noack"] = C("fp", "has not confirmed the deployment since", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
fp["ratify"] = C("fp", "Kim Jong Un had ratified the mutual defense treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
fp["yoon"] = C("fp", "his government did not rule out sending weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
fp["age"] = C("fp", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
fp["24"] = C("fp", "has said he could end the war within 24 hours", measure=TRUMP24, value=24, q="up_to",
             unit="hours", mod="conditional", by="Donald Trump", subject="United States")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [gr["sofar"], gr["lead11"], gr["bud11"], vi["kys"], to["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 sent so far vs Kyiv's about 11,000 training in the east "
  "(Kyslytsya Oct 21, Budanov Oct 18)",
  [("about 1,500 so far (NIS)", [gr["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [gr["lead11"], gr["bud11"], vi["kys"], to["bud"]])])
K(RU, [vi["nis3"], vi["wh3"], to["nis3"], to["wh3"], to["hur"], pu["hur"], sl["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [vi["nis3"], vi["wh3"], to["nis3"], to["wh3"]]),
   ("about 12,000 (HUR)", [to["hur"], pu["hur"], sl["hur"]])])
K(RU, [pu["kirby"], sl["nis3"], sl["wh3"], fp["nis3"], pu["dod"], sl["dod"], fp["dod"], qz["bl10"], pu["nis10"],
       sl["nis10"], qz["nis10"], rw["nis10"], fp["nis10"], fp["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [qz["bl8"], rw["bl8"], fp["bl8"], rw["z11"], fp["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [gr["plan"], vi["plan"], to["plan"], sl["plan"], rw["plan"], fp["plan"], gr["zel10"], to["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [gr["plan"], vi["plan"], to["plan"], sl["plan"], rw["plan"], fp["plan"]]),
   ("10,000 (Zelensky)", [gr["zel10"], to["zel10"]])])
K(FB, [gr["fb"], vi["fb"], fp["fb"]], "agreement", "NIS (Oct 18): a first transport of about 1,500 special forces")
K(WIN, [gr["win"], fp["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [gr["brig"], to["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [vi["sb"], to["sb"]], "agreement", "NIS (Oct 23): a second group of roughly 1,500 followed the first")
K(PR, [vi["pr"], to["pr"], pu["pr"]], "agreement", "NIS (Oct 23): around 10,000 expected in Russia")
K(PRD, [vi["prd"], to["prd"], pu["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [vi["pay"], to["pay"], sl["pay"], rw["pay"]], "agreement", "NIS: about $2,000 a month per soldier, paid by Moscow")
K(REGIME, [vi["regime"], to["regime"], sl["regime"], rw["regime"]], "agreement",
  "NIS: most of the pay is kept by the regime / the state")
K(DRONES, [vi["drones"], rw["drones"]], "agreement",
  "NIS: Russian instructors find the troops tough / fit but behind on drone warfare")
K(OFF, [to["off"], pu["off"], sl["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [to["gen"], pu["gen"], sl["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [to["arr"], pu["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [vi["sites"], to["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites")
K(READY, [gr["ready"], to["ready"]], "agreement", "ready by November 1 (Kyslytsya; Budanov)")
K(TGT, [vi["fair"], qz["tgt"]], "agreement",
  "US: North Koreans who fight are 'fair game' / 'legitimate military targets' (Kirby, Blinken)")
K(ESC, [gr["resc"], vi["aesc"], pu["resc"], sl["resc"]], "agreement",
  "escalation: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' (Rutte Oct 28, twice)")
K(DEP, [vi["adep"], pu["rdep"], sl["rdep"], gr["fake"], fp["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; the Kremlin)",
  [("asserted", [vi["adep"], pu["rdep"], sl["rdep"]]), ("dismissed", [gr["fake"], fp["fake"]])])
K(LAW, [to["law"], sl["law"], gr["unsc"]], "discrepancy",
  "legality: conforming with international law (Kim Jong Gyu / Pyongyang, Oct 25) vs a breach of UN Security Council "
  "resolutions (Seoul's foreign ministry)",
  [("lawful (North Korea)", [to["law"], sl["law"]]), ("breaches UNSC resolutions (Seoul)", [gr["unsc"]])])
K(CT, [pu["ct"], sl["ct"], pu["weeks"], sl["weeks"], qz["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in the "
  "coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [pu["ct"], sl["ct"]]), ("several weeks (Pentagon)", [pu["weeks"], sl["weeks"]]),
   ("coming days (Blinken)", [qz["days"]])])
K(CS, [gr["rcs"], qz["acs"], rw["dodcs"], fp["nopr"], fp["wash"], fp["begun"], fp["combat"]], "update_over_time",
  "combat status: cannot verify (Rutte Oct 21), not yet seen (Austin), no indication (Pentagon Nov 4), no proof "
  "(Washington, three weeks) -> they are fighting (Washington / State Department Nov 12) and some already fighting (NIS)")
K(N5, [rw["um"], fp["ua"], rw["mnd"], fp["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Ukraine) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Ukraine)", [rw["um"], fp["ua"]]),
   ("cannot confirm (Seoul MND)", [rw["mnd"], fp["mnd"]])])
K(FRONT, [pu["closer"], pu["front"], qz["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [pu["kyb"], sl["kyb"]], "agreement", "NIS: the contingent's commander is Lt. Gen. Kim Yong Bok")
K(TERMS, [pu["terms"], rw["terms"]], "agreement", "NIS: the troops are learning about 100 Russian military terms")
K(NOACK, [vi["noack"], pu["noack"], qz["noack"], rw["noack"], fp["noack"]], "agreement",
  "the Kremlin has not said / confirmed / acknowledged that North Korean troops are in Russia")
K(IMG, [to["img"], sl["img"]], "agreement", "Putin (Oct 24): images 'are a serious thing', they 'reflect something'")
K(ICBM_T, [qz["t86"], rw["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [qz["choe"], rw["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(WITHDRAW, [gr["wd"], vi["wd"], qz["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21, twice; defence minister Kim Yong-hyun Oct 31)")
K(WPN, [vi["wpn"], to["yoon"], fp["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22; Yoon Oct 24 and Nov 7)")
K(UNSURE, [vi["unsure"], vi["left"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Kirby 'did not yet know', Austin 'left to be seen')")
K(TECH, [qz["cho"], rw["tech"]], "agreement",
  "North Korea may get Russian military technology in return (Foreign Minister Cho; researcher Melnyk)")

pairs = [
    (gr["plan"], gr["fb"], "about 12,000 decided vs roughly 1,500 already carried, adjacent sentences"),
    (gr["sofar"], gr["fb"], "about 1,500: Seoul's head count so far vs the first transport"),
    (vi["sb"], vi["nis3"], "roughly 1,500 more vs about 3,000 in all, same sentence"),
    (vi["nis3"], vi["pr"], "about 3,000 now vs around 10,000 expected by December"),
    (vi["wh3"], vi["sites"], "at least 3,000 soldiers vs three training sites, same entry"),
    (vi["fb"], vi["sb"], "about 1,500: the first shipment vs the second group"),
    (to["hur"], to["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (to["off"], to["gen"], "500 officers vs three generals, same sentence"),
    (to["sites"], to["gen"], "three: training sites vs generals"),
    (to["bud"], to["zel10"], "11,000 in training (Budanov) vs 10,000 being prepared (Zelensky), same bullet"),
    (pu["dod"], pu["pr"], "around 10,000 sent (Pentagon) vs 10,000 forecast by December (NIS)"),
    (pu["nis10"], pu["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, a week earlier)"),
    (pu["hur"], pu["kirby"], "HUR's 12,000 snapshot (Oct 24) vs Kirby's at least 3,000 told as a step"),
    (sl["plan"], sl["hur"], "the two 12,000s: Seoul's plan vs Kyiv's head count, adjacent lines"),
    (sl["off"], sl["gen"], "500 officers vs three generals, same line"),
    (qz["bl8"], qz["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (qz["days"], qz["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (rw["z11"], rw["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (rw["nis10"], rw["plan"], "more than 10,000 arrived vs about 12,000 promised, adjacent sentences"),
    (fp["plan"], fp["fb"], "about 12,000 decided vs about 1,500 already across, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
