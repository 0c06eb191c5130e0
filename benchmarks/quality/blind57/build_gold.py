"""Generate gold.json for blind57 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind57/build_gold.py

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
    "sta": ("sta-2024-10-19-seoul-says-north-korea-to-send-12000-troops-to-russia",
            "STA (Slovenian Press Agency)", "2024-10-19"),
    "hina": ("hina-2024-10-23-seoul-says-north-korean-troops-in-russia-now-around-3000",
             "HINA (Croatian News Agency)", "2024-10-23"),
    "ts": ("tagesschau-2024-10-24-kyiv-says-12000-north-korean-soldiers-already-in-russia", "tagesschau (ARD)",
           "2024-10-24"),
    "dr": ("dr-2024-10-25-interview-why-seoul-and-kyiv-disagree-on-north-korean-troops", "DR (Danmarks Radio)",
           "2024-10-25"),
    "nrk": ("nrk-2024-10-29-pentagon-says-10000-north-korean-soldiers-in-russia", "NRK", "2024-10-29"),
    "orf": ("orf-2024-11-01-teletext-us-says-8000-north-koreans-in-kursk", "ORF", "2024-11-01"),
    "rts": ("rts-2024-11-05-kyiv-reports-first-clashes-with-north-korean-troops", "RTS (Radio Télévision Suisse)",
            "2024-11-05"),
    "svt": ("svt-2024-11-13-analysis-a-month-of-north-korean-numbers", "SVT", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SAT = "satellite images of the first transport (NIS)"
MORETR = "further North Korean transports expected"
THREAT = "South Korea calls the deployment a security threat"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WRANGE = "possible North Korean deployment (Western official's range)"
ARMY = "North Korea's armed forces (size)"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
FAMILIES = "North Korean soldiers' families not told of the deployment"
UNSURE = "Washington unsure what the North Korean troops will do"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
SITES = "training sites in eastern Russia (US)"
AGE = "age"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
HWASONG = "the Oct 31 ICBM named Hwasong-19 (state media)"
LAVROV = "Russia-North Korea military ties"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
TRUMP24 = "Trump's promise to end the war (hours)"


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
UAG = "Ukraine government"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
GUEST = "Birgitte Holm-Sørensen"
SK, UA, RUS, NK = "South Korea", "Ukraine", "Russia", "North Korea"
RFE = "Russia Far East"

# ---------------------------------------------------------------- STA, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the lead's plan only); the second paragraph has no day ("According to the NIS", "the
# agency said", and the ships sentence), nor have uniforms, the head count and the further sailings; "on Friday, after
# which" -> 10-18 (the presidential office's threat and UNSC lines, one sentence); "in Brussels on Thursday" -> 10-17
# (Zelensky's count and his officers, one sentence); "in an interview published on Friday" -> 10-18 (Budanov's count
# and 1 November); "released satellite images on Friday which it said" -> 10-18. "who appeared beside Zelensky" gives
# no day. "The Kremlin has rejected the reports." and Peskov's "another fake" are two claims of adjacent sentences.
# "If confirmed ... first large-scale", "Ukraine's numbers are considerably higher.", the analysts, the ministry's
# non-reply, "24 years", "ten elected seats", the Security Council seat "in 2024 and 2025", the initials and the
# Related lines (EUR 1.47, 0.4%) are not annotated.
sta = {}
sta["plan"] = C("sta", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sta["brig"] = C("sta", "the soldiers are organised in four brigades", measure=BRIG, value=4, unit="brigades",
                mod="planned", by=NIS)
sta["started"] = C("sta", "the transfer has already started", kind=S, measure=DEP, by=NIS)
sta["fb"] = C("sta", "Some 1,500 special forces were taken from North Korean ports to Vladivostok", measure=FB,
              value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
sta["win"] = C("sta", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
sta["ships"] = C("sta", "four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
sta["escort"] = C("sta", "with three other vessels as escort", measure=ESCORT, value=3, unit="ships", by=NIS,
                  subject=RUS)
sta["unif"] = C("sta", "The men were given Russian uniforms and identity papers describing them as residents of "
                "Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
sta["sofar"] = C("sta", "the 1,500 landed in Vladivostok are all the North has in Russia at present", value=1500,
                 scope="total", by=NIS, place="Russia")
sta["moretr"] = C("sta", "Further sailings are being prepared, the NIS said.", kind=S, measure=MORETR, mod="planned",
                  by=NIS)
sta["threat"] = C("sta", "his office called the deployment a grave threat to South Korea and to international "
                  "security", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
sta["unsc"] = C("sta", "said it breached UN Security Council resolutions", kind=S, measure=LAW, by=PO,
                ev="2024-10-18", subject=SK)
sta["zel10"] = C("sta", "Pyongyang was preparing some 10,000 soldiers for Russia", measure=PL, value=10000, q="about",
                 mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
sta["zeloff"] = C("sta", "officers had already been sent ahead of them", kind=S, measure=DEP, by=ZEL,
                  ev="2024-10-17")
sta["bud11"] = C("sta", "about 11,000 North Korean infantrymen were training in Russia's Far East", value=11000,
                 q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
sta["ready"] = C("sta", "would be ready for use by 1 November", kind=D, measure=READY, value="2024-11-01",
                 mod="planned", by=BUD, ev="2024-10-18")
sta["2600"] = C("sta", "A first unit of 2,600 was to go to the Kursk region", measure=FIRSTU, value=2600,
                mod="planned", scope="first_batch", by=BUD, place="Kursk")
sta["rcs"] = C("sta", "the alliance had seen no evidence so far that North Korean soldiers were taking part in the "
               "fighting", kind=S, measure=CS, by=RUTTE)
sta["range"] = C("sta", "the figure could fall anywhere in a range of 2,000 to 12,000", measure=WRANGE, low=2000,
                 high=12000, mod="conditional", by="Western official", place="Russia")
sta["kremlin"] = C("sta", "Moscow has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
sta["fake"] = C("sta", "Spokesman Dmitry Peskov described them earlier as \"another fake\"", kind=S, measure=DEP,
                by=PESKOV, subject=RUS)
sta["army"] = C("sta", "North Korea's armed forces number around 1.2 million active troops", measure=ARMY,
                value=1200000, q="about", by=None)
sta["sat"] = C("sta", "which it said showed the Russian ships in the North Korean port of Chongjin", kind=S,
               measure=SAT, by=NIS, ev="2024-10-18", subject=RUS)

# ---------------------------------------------------------------- HINA, Wed 2024-10-23 (wire story with an update block)
# "told lawmakers on Wednesday" -> 10-23 (the lead's second group and total, one sentence); Park's relay "after the
# closed-door session" gives no day (forecast, December, transports); "last Friday" -> 10-18 (plan, brigades, first
# group, window and ships in one sentence); "on Monday" -> 10-21 (the summons; Kyslytsya's count and 1 November);
# "on Tuesday" -> 10-22 (the presidential official); "In Rome on Wednesday" -> 10-23 (Austin's evidence only); the
# update's "said on Wednesday" -> 10-23 (the White House's count). Kirby's sentences give no day. "Kyiv's count is far
# higher.", Pyongyang's silence, the ministry's non-reply, the CROBEX line, the stamps and initials are not annotated;
# "adding that the United States was consulting allies" is a participial tail of the "fair game" sentence.
hina = {}
hina["sb"] = C("hina", "North Korea had shipped roughly 1,500 more soldiers to Russia", measure=SB, value=1500,
               q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
hina["nis3"] = C("hina", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
                 ev="2024-10-23", place="Russia")
hina["pr"] = C("hina", "the agency expected the North to have some 10,000 troops in Russia", measure=PR, value=10000,
               q="about", mod="planned", scope="total", by=NIS, place="Russia")
hina["prd"] = C("hina", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
hina["moretr"] = C("hina", "\"Additional transports will follow,\" he quoted the agency as saying.", kind=S,
                   measure=MORETR, mod="planned", by=NIS)
hina["plan"] = C("hina", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
hina["brig"] = C("hina", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                 ev="2024-10-18")
hina["fb"] = C("hina", "a first group of about 1,500 special forces had left for Vladivostok", measure=FB, value=1500,
               q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
hina["win"] = C("hina", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
                scope="first_batch", by=NIS, ev="2024-10-18")
hina["ships"] = C("hina", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                  ev="2024-10-18", subject=RUS)
hina["pay"] = C("hina", "Moscow pays each North Korean soldier about 2,000 US dollars a month", measure=PAY,
                value=2000, q="about", unit="USD per month", by=NIS)
hina["regime"] = C("hina", "most of that money is kept by the authorities in Pyongyang", kind=S, measure=REGIME,
                   by=NIS)
hina["drones"] = C("hina", "Russian instructors had found the soldiers physically fit but short of any understanding "
                   "of modern warfare, drones in particular", kind=S, measure=DRONES, by=NIS)
hina["fam"] = C("hina", "Relatives at home have not been informed, he said.", kind=S, measure=FAMILIES, by=NIS)
hina["wd"] = C("hina", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW,
               by=SKG, ev="2024-10-21", subject=SK)
hina["wpn"] = C("hina", "South Korea would respond in stages and might consider supplying weapons to Ukraine, starting "
                "with defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
hina["kys"] = C("hina", "about 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
                scope="total", by=KYS, ev="2024-10-21", place=RFE)
hina["ready"] = C("hina", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned",
                  by=KYS, ev="2024-10-21")
hina["adep"] = C("hina", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
                 ev="2024-10-23")
hina["unsure_a"] = C("hina", "\"What exactly they're doing is left to be seen,\" he said.", kind=S, measure=UNSURE,
                     by=AUSTIN)
hina["aesc"] = C("hina", "if their intention is to participate in this war on Russia's behalf, that is a very, very "
                 "serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
hina["noack"] = C("hina", "The Kremlin has not confirmed that any North Korean soldiers are in Russia", kind=S,
                  measure=NOACK, by=KREMLIN, subject=RUS)
hina["wh3"] = C("hina", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
                q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
hina["sites"] = C("hina", "the soldiers were training at three sites in the Russian Far East", measure=SITES, value=3,
                  unit="training sites", by=KIRBY, place=RFE)
hina["unsure_k"] = C("hina", "Washington did not yet know whether they would be sent into combat", kind=S,
                     measure=UNSURE, by=KIRBY)
hina["fair"] = C("hina", "\"If they do deploy against Ukraine, they are fair game,\" Kirby said", kind=S, measure=TGT,
                 mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- tagesschau (ARD), Thu 2024-10-24 (broadcast segment)
# The anchor's "said today" -> 10-24 (HUR's count, officers and generals, one sentence); the arrival "yesterday" ->
# 10-23 (an arrival takes its own day, as blind21-55 did). The correspondent's NIS sentence ("The lawmakers came out
# with new numbers: ...") has no day of its own ("since yesterday morning" is in an earlier sentence), nor has the
# forecast; Lee's SOT relays the NIS (undated); "Washington also gave a figure yesterday." holds no claim and the White
# House sentence after it is undated; Putin's SOT and "he said" are undated; Yoon "said today" -> 10-24. "Ukraine's
# number is four times as high." is the outlet's ratio (nobody). "He did not deny the reports", the counting remark,
# "Until now Seoul has supplied only humanitarian and non-lethal aid", Poland's purchases, Berlin's non-comment, the
# programme line, running time, weather (9 to 15, 17, minus 2) and the sign-off are not annotated.
ts = {}
ts["hur"] = C("ts", "Around twelve thousand North Korean soldiers are now in Russia", value=12000, q="about",
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
ts["off"] = C("ts", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ts["gen"] = C("ts", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ts["arr"] = C("ts", "The first units reached the Kursk region near the Ukrainian border yesterday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
ts["sb"] = C("ts", "a second group of about 1,500 North Korean soldiers had followed the first", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, place="Russia")
ts["nis3"] = C("ts", "around 3,000 are now in Russia", value=3000, q="about", scope="total", by=NIS, place="Russia")
ts["prd"] = C("ts", "By December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ts["pr"] = C("ts", "the service expects about ten thousand", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
ts["pay"] = C("ts", "The soldiers receive around two thousand dollars each a month from Russia.", measure=PAY,
              value=2000, q="about", unit="USD per month", by=NIS)
ts["regime"] = C("ts", "Most of that goes to the state, not to them.", kind=S, measure=REGIME, by=NIS)
ts["wh3"] = C("ts", "at least 3,000 North Korean soldiers had been moved to Russia's Far East by sea", value=3000,
              q="at_least", scope="total", by=WH, place=RFE)
ts["ratio"] = C("ts", "Ukraine's number is four times as high.", measure=RATIO, value=4, unit="times", by=None)
ts["img"] = C("ts", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
ts["treaty"] = C("ts", "How Russia carries out its new defence treaty with North Korea is, he said, \"our business\"",
                 kind=S, measure=TREATY, by=PUTIN, subject=RUS)
ts["yoon"] = C("ts", "South Korea no longer ruled out sending weapons to Ukraine, depending on what North Korean troops "
               "do next", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
ts["fam"] = C("ts", "they have not been told where their sons are", kind=S, measure=FAMILIES, by=NIS)

# ---------------------------------------------------------------- DR, Fri 2024-10-25 (radio interview)
# The host's intro: "said yesterday" -> 10-24 (HUR), "on Wednesday" -> 10-23 (the NIS), "today" -> 10-25 (Kim Jong Gyu,
# conditional). The guest's "a week ago today" -> 10-18 (plan and brigades, one sentence); "The first 1,500 had crossed
# by sea in the days before." is undated; "On Wednesday it told lawmakers" -> 10-23 (forecast and December). The host's
# questions carry origins' claims, undated unless their sentence has a day ("The White House says", Budanov "said last
# week", "Zelensky's own figure, a week ago", "Seoul has said"); "Putin said yesterday" -> 10-24; "President Yoon said
# yesterday" -> 10-24. The guest's method reading and technology forecast are hers; her age is annotated (nobody). The
# host's "So which is it?" holds no figure. Not annotated either:
# the asides ("That fits with Seoul's picture", "a plan is not a head count", "It is not a denial", the officers'
# drone lessons, "since 1953", the shift, Denmark), the programme line and the editing line.
dr = {}
dr["hur"] = C("dr", "about 12,000 North Korean soldiers are in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
dr["nis3"] = C("dr", "the number was around 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
dr["law"] = C("dr", "if such a deployment existed, it would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25", subject=NK)
dr["age"] = C("dr", "Holm-Sørensen, 52", measure=AGE, value=52, unit="years", by=None, subject=GUEST)
dr["method"] = C("dr", "Seoul tells you how many men it has seen arrive. Kyiv's figure is closer to the size of the "
                 "whole package Pyongyang has promised.", kind=S, measure=METHOD, by=GUEST)
dr["plan"] = C("dr", "Pyongyang had decided on about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
dr["brig"] = C("dr", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
dr["fb"] = C("dr", "The first 1,500 had crossed by sea in the days before.", measure=FB, value=1500,
             scope="first_batch", by=NIS, place=RFE)
dr["pr"] = C("dr", "it now expects around 10,000 in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
dr["prd"] = C("dr", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
dr["wh3"] = C("dr", "The White House says at least 3,000", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
dr["sites"] = C("dr", "at three training sites", measure=SITES, value=3, unit="training sites", by=WH, place=RFE)
dr["bud"] = C("dr", "11,000 were training in the Far East", value=11000, scope="total", by=BUD, place=RFE)
dr["ready"] = C("dr", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
dr["zel"] = C("dr", "Zelensky's own figure, a week ago, was 10,000", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, place="Russia")
dr["img"] = C("dr", "Putin said yesterday in Kazan that satellite images \"reflect something\"", kind=S, measure=IMG,
              by=PUTIN, ev="2024-10-24", subject=RUS)
dr["pay"] = C("dr", "Moscow pays roughly 2,000 dollars per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
dr["regime"] = C("dr", "the state in Pyongyang keeps most of it", kind=S, measure=REGIME, by=NIS)
dr["tech"] = C("dr", "I think the real price is technology: satellites, submarines, perhaps help with missiles", kind=S,
               measure=TECH, mod="planned", by=GUEST)
dr["hint"] = C("dr", "Seoul has said it could arm Ukraine.", kind=S, measure=WPN, mod="conditional", by=SKG,
               subject=SK)
dr["yoon"] = C("dr", "President Yoon said yesterday he would not rule it out.", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- NRK, Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer", one sentence); "Last Wednesday" -> 10-23 (the White
# House's step); "Earlier on Monday" -> 10-28 (Rutte's confirmation); "In Seoul on Tuesday" -> 10-29 (the NIS's count
# and the front); "had said last Thursday" -> 10-24 (HUR's count, officers, generals) and "on 23 October" -> 10-23 (the
# arrival, same sentence); "warned on Saturday" -> 10-26; "said on Friday" -> 10-25. Singh's sentence, "Rutte called",
# Lee's relays, "Only a week ago" and Putin "last week" give null. "The new figure is more than three times as large."
# is the outlet's ratio (nobody). "Its own count has already outrun that forecast.", "No fighting ... had been
# confirmed", the refusals and referrals, the shop owner and the unnamed analyst, the border's 198 kilometres,
# "since 2022", "almost three years", the market line (0.4 percent, 10.95) and the stamps are not annotated.
nrk = {}
nrk["dod10"] = C("nrk", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                 q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
nrk["closer"] = C("nrk", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
nrk["wh3"] = C("nrk", "the White House's estimate had been at least 3,000", value=3000, q="at_least", scope="total",
               by=WH, ev="2024-10-23", place="Russia")
nrk["ratio"] = C("nrk", "The new figure is more than three times as large.", measure=RATIO, value=3, q="at_least",
                 unit="times", by=None)
nrk["weeks"] = C("nrk", "Russia intended to use the North Koreans in combat or to support combat operations \"over the "
                 "next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
nrk["rdep"] = C("nrk", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
nrk["resc"] = C("nrk", "Rutte called the deployment \"a significant escalation\" and \"a dangerous expansion of "
                "Russia's war\"", kind=S, measure=ESC, by=RUTTE)
nrk["nis10"] = C("nrk", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
nrk["front"] = C("nrk", "some were on their way to the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
nrk["kyb"] = C("nrk", "the agency had identified the contingent's commander as Lieutenant General Kim Yong Bok",
               kind=S, measure=KYB, by=NIS)
nrk["terms"] = C("nrk", "The soldiers are learning about 100 Russian military commands", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
nrk["pr"] = C("nrk", "the agency said it expected about 10,000", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
nrk["prd"] = C("nrk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
nrk["hur"] = C("nrk", "about 12,000 were in Russia", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
               place="Russia")
nrk["off"] = C("nrk", "500 of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
nrk["gen"] = C("nrk", "three of them generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
nrk["arr"] = C("nrk", "the first units had reached Kursk on 23 October", kind=S, measure=ARR, by=HUR,
               ev="2024-10-23", place="Kursk")
nrk["ct"] = C("nrk", "could be sent into battle as early as 27 or 28 October", kind=D, measure=CT, low="2024-10-27",
              high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
nrk["kjg"] = C("nrk", "any such deployment would be \"an act conforming with the regulations of international law\"",
               kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25", subject=NK)
nrk["img"] = C("nrk", "satellite images of the troops \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
               subject=RUS)

# ---------------------------------------------------------------- ORF, Fri 2024-11-01 (teletext pages)
# Page headers (page number, date and time, subpage "1/2"), the index page, page titles and "weiter" lines are
# furniture, like headlines. "said on Thursday" -> 10-31 (Blinken's Kursk figure and "in the coming days", one
# sentence); "Blinken said", "he added", "According to Seoul", "Austin said", "he said" give no day; "on Tuesday" ->
# 10-29 (the NIS's count and the front, one sentence); "today" -> 11-01 (Choe). The ICBM's figures are in a sentence
# without a day ("on Thursday morning" is in the previous sentence): undated. "Both are records for the North." is the
# outlet's remark; "State media called it the new Hwasong-19" is KCNA's naming (single). "The talks in Washington
# brought together ..." is an event. The coalition page (26.3 and 21.1 percent, 22 October, 29 September), All Saints
# (330,000 graves, 8 p.m.) and the weather (7 to 14, 5, 15) are off-topic.
orf = {}
orf["bl8"] = C("orf", "About 8,000 North Korean soldiers are now in the Russian border region of Kursk", measure=KU,
               value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
orf["days"] = C("orf", "they could be sent into combat against Ukrainian troops \"in the coming days\"", kind=S,
                measure=CT, mod="planned", by=BL, ev="2024-10-31")
orf["bl10"] = C("orf", "Altogether some 10,000 North Korean soldiers have been sent to Russia", value=10000, q="about",
                scope="total", by=BL, place="Russia")
orf["tgt"] = C("orf", "Should they take part in the fighting, they would be \"legitimate military targets\"", kind=S,
               measure=TGT, mod="conditional", by=BL)
orf["nis10"] = C("orf", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total",
                 by=NIS, ev="2024-10-29", place="Russia")
orf["front"] = C("orf", "some of them were moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
orf["terms"] = C("orf", "the soldiers are being taught about 100 Russian words of command", measure=TERMS, value=100,
                 q="about", unit="terms", by=NIS)
orf["kyb"] = C("orf", "Their commander is a three-star general.", kind=S, measure=KYB, by=NIS)
orf["acs"] = C("orf", "Austin said he had not yet seen reports of North Korean soldiers fighting.", kind=S, measure=CS,
               by=AUSTIN)
orf["eq"] = C("orf", "Their Russian training covered artillery, drones and basic infantry skills such as clearing "
              "trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
orf["kyh"] = C("orf", "called on Pyongyang to withdraw its troops immediately", kind=S, measure=WITHDRAW, by=KYH,
               subject=SK)
orf["cho"] = C("orf", "Moscow could give the North sensitive military technology in return", kind=S, measure=TECH,
               mod="conditional", by=CHO)
orf["t86"] = C("orf", "The missile was in the air for about 86 minutes", measure=ICBM_T, value=86, q="about",
               unit="minutes", by=JMOD)
orf["alt"] = C("orf", "climbed higher than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least", unit="km",
               by=JMOD)
orf["hw"] = C("orf", "State media called it the new Hwasong-19.", kind=S, measure=HWASONG, by="KCNA")
orf["choe"] = C("orf", "her country would stand by Russia \"until the day of victory\"", kind=S, measure=CHOE,
                by=CHOE_SH, ev="2024-11-01")
orf["lavrov"] = C("orf", "Lavrov spoke of \"very close\" ties between the two countries' armed forces and security "
                  "services.", kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)
orf["noack"] = C("orf", "The Kremlin has still not confirmed that North Korean soldiers are in Russia.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- RTS, Tue 2024-11-05 (story built from agency copy)
# The two-sentence lead gives no day ("says"): Umerov's clashes and "Seoul says it cannot confirm that" (the defence
# ministry, as earlier sets read such leads). "aired on Tuesday" -> 11-05 (Umerov's two claims, one sentence); "the
# same day" -> 11-05 (the ministry); "said on Monday" -> 11-04 (Zelensky; the Pentagon); "Last Thursday" -> 10-31
# (Blinken's Kursk figure and "within days", one sentence); "says" / "it says" give null (the NIS's count and total);
# "early on Tuesday" -> 11-05 (the JCS); "five days after" -> 10-31 (the 86 minutes, no speaker in the sentence:
# Japan's ministry, as earlier sets did); "In Moscow on Friday she had promised" -> 11-01. Choe's reception is an
# event. "He did not say where", Peskov's refusal, the FDFA's non-comment, the analysts, the former delegate, "since
# 1953", "since its incursion in August", poll times (1 a.m.), the SMI (0.4%), the franc (0.86), the stamps and the
# "À lire aussi" lines (13 degrees) are not annotated.
rts = {}
rts["lclash"] = C("rts", "Ukrainian troops have had their first clashes with North Korean soldiers, Kyiv's defence "
                  "minister says.", kind=S, measure=N5, by=UM)
rts["lmnd"] = C("rts", "Seoul says it cannot confirm that.", kind=S, measure=N5, by=MND, subject=SK)
rts["um"] = C("rts", "Rustem Umerov described the encounters as small in scale", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
rts["more"] = C("rts", "more North Korean troops would arrive in the coming weeks", kind=S, measure=MORE,
                mod="planned", by=UM, ev="2024-11-05")
rts["mnd"] = C("rts", "South Korea's defence ministry said the same day that it was unable to confirm the report",
               kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
rts["z11"] = C("rts", "there were now 11,000 North Koreans in the Kursk region", measure=KU, value=11000, by=ZEL,
               ev="2024-11-04", place="Kursk")
rts["bl8"] = C("rts", "Washington's figure for the region had been about 8,000", measure=KU, value=8000, q="about",
               by=BL, ev="2024-10-31", place="Kursk")
rts["within"] = C("rts", "Secretary of State Antony Blinken predicting they would be fighting within days", kind=S,
                  measure=CT, mod="planned", by=BL, ev="2024-10-31")
rts["dodcs"] = C("rts", "it had seen nothing yet to show the North Koreans had joined the fighting", kind=S,
                 measure=CS, by=DOD, ev="2024-11-04")
rts["nis10"] = C("rts", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, place="Russia")
rts["plan"] = C("rts", "Pyongyang has committed about 12,000", measure=PL, value=12000, q="about", mod="planned",
                scope="total", by=NIS, place="Russia")
rts["srbm"] = C("rts", "North Korea fired about seven short-range ballistic missiles into the sea", measure=SRBM,
                value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
rts["t86"] = C("rts", "an intercontinental missile that flew for 86 minutes", measure=ICBM_T, value=86,
               unit="minutes", by=JMOD, ev="2024-10-31")
rts["choe"] = C("rts", "Pyongyang would stay at Russia's side \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH,
                ev="2024-11-01")
rts["noack"] = C("rts", "The Kremlin still has not confirmed that North Korean troops are in Russia.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- SVT, Wed 2024-11-13 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims, one sentence); "Today ... told lawmakers" -> 11-13 (the
# NIS's two claims, one sentence); the count retold: "On 18 October" -> 10-18 (plan, and "at that point" the first
# 1,500, one sentence); "On 23 October" -> 10-23 (a step of the running total, told after Oct 29); "on 28 October" ->
# 10-28 and "a day later" -> 10-29 (one sentence); "On 31 October" -> 10-31 and "on 4 November" -> 11-04 (one
# sentence); "on 5 November" and "the same day" -> 11-05; "on Sunday" -> 11-10; "reported on Tuesday" -> 11-12;
# "last week" and "For a further week" give null. The Kremlin sentence holds three claims (the first dismissal, no
# confirmation since, the treaty line), undated. Trump's age is annotated (nobody) and his "within 24 hours" (a
# promise, single). "Four weeks ago", the outlet's readings, "since August", "since March", "since 1953", the ministry's
# referral, the unnamed diplomats, "20 January" and the "Läs också" lines (2.75 percent, 5 centimetres) are not.
svt = {}
svt["st10"] = C("svt", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000,
                q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
svt["most"] = C("svt", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE,
                ev="2024-11-12", place="Kursk")
svt["begun"] = C("svt", "they had begun taking part in combat operations there", kind=S, measure=CS, by=STATE,
                 ev="2024-11-12", place="Kursk")
svt["units"] = C("svt", "some of the North Koreans had been assigned to Russian naval infantry and airborne units",
                 kind=S, measure=UNITS, by=NIS, ev="2024-11-13")
svt["combat"] = C("svt", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
svt["plan"] = C("svt", "Pyongyang had decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
svt["fb"] = C("svt", "roughly 1,500 had crossed", measure=FB, value=1500, q="about", scope="first_batch", by=NIS,
              ev="2024-10-18", place=RFE)
svt["nis3"] = C("svt", "it counted about 3,000 in Russia", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
svt["dod10"] = C("svt", "The Pentagon said around 10,000 on 28 October", value=10000, q="about", scope="total", by=DOD,
                 ev="2024-10-28", place="Russia")
svt["nis10"] = C("svt", "Seoul's own count passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
svt["bl8"] = C("svt", "Antony Blinken put 8,000 of them in Kursk", measure=KU, value=8000, by=BL, ev="2024-10-31",
               place="Kursk")
svt["z11"] = C("svt", "Zelensky said 11,000 were there", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
               place="Kursk")
svt["um"] = C("svt", "Ukraine reported the first clashes on 5 November", kind=S, measure=N5, by=UAG, ev="2024-11-05")
svt["mnd"] = C("svt", "South Korea's defence ministry said the same day that it could not confirm them", kind=S,
               measure=N5, by=MND, ev="2024-11-05", subject=SK)
svt["dodweek"] = C("svt", "For a further week the Pentagon said it had seen no sign of combat.", kind=S, measure=CS,
                   by=DOD)
svt["massed"] = C("svt", "Russia had gathered some 50,000 soldiers, including North Koreans", measure=MASSED,
                  value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk",
                  subject=RUS)
svt["fake"] = C("svt", "The Kremlin first dismissed the reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
                subject=RUS)
svt["noack"] = C("svt", "has not confirmed the deployment since", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
svt["treaty"] = C("svt", "now refers only to its treaty with Pyongyang", kind=S, measure=TREATY, by=KREMLIN,
                  subject=RUS)
svt["ratify"] = C("svt", "Kim Jong Un had ratified that treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
svt["wpn"] = C("svt", "South Korea did not rule out sending weapons directly to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
svt["age"] = C("svt", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
svt["t24"] = C("svt", "he would end the war within 24 hours", measure=TRUMP24, value=24, q="up_to", unit="hours",
               mod="planned", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [sta["sofar"], sta["bud11"], hina["kys"], dr["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500 all the North has in Russia vs Kyiv's about 11,000 training in "
  "the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [sta["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [sta["bud11"], hina["kys"], dr["bud"]])])
K(RU, [hina["nis3"], hina["wh3"], ts["nis3"], ts["wh3"], dr["nis3"], dr["wh3"], ts["hur"], dr["hur"], nrk["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("around / at least 3,000 (NIS, White House)",
    [hina["nis3"], hina["wh3"], ts["nis3"], ts["wh3"], dr["nis3"], dr["wh3"]]),
   ("about 12,000 (HUR)", [ts["hur"], dr["hur"], nrk["hur"]])])
K(RU, [nrk["wh3"], svt["nis3"], nrk["dod10"], svt["dod10"], orf["bl10"], nrk["nis10"], orf["nis10"], svt["nis10"],
       rts["nis10"], svt["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [orf["bl8"], rts["bl8"], svt["bl8"], rts["z11"], svt["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [sta["plan"], hina["plan"], dr["plan"], rts["plan"], svt["plan"], sta["zel10"], dr["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's some 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [sta["plan"], hina["plan"], dr["plan"], rts["plan"], svt["plan"]]),
   ("some 10,000 (Zelensky)", [sta["zel10"], dr["zel"]])])
K(FB, [sta["fb"], hina["fb"], dr["fb"], svt["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [sta["win"], hina["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [sta["ships"], hina["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [sta["brig"], hina["brig"], dr["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(MORETR, [sta["moretr"], hina["moretr"]], "agreement",
  "NIS: further sailings / transports being prepared (Oct 18 and Oct 23)")
K(SB, [hina["sb"], ts["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [hina["pr"], ts["pr"], dr["pr"], nrk["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in Russia")
K(PRD, [hina["prd"], ts["prd"], dr["prd"], nrk["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [hina["pay"], ts["pay"], dr["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [hina["regime"], ts["regime"], dr["regime"]], "agreement", "NIS: most of the pay goes to the state")
K(FAMILIES, [hina["fam"], ts["fam"]], "agreement", "NIS (via Lee): the soldiers' families have been told nothing")
K(OFF, [ts["off"], nrk["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ts["gen"], nrk["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [ts["arr"], nrk["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [hina["sites"], dr["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites")
K(READY, [sta["ready"], hina["ready"], dr["ready"]], "agreement",
  "ready by 1 November (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [hina["fair"], orf["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [hina["aesc"], nrk["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte, "
  "Oct 28)")
K(DEP, [sta["started"], sta["zeloff"], hina["adep"], nrk["rdep"], sta["kremlin"], sta["fake"], svt["fake"]],
  "discrepancy",
  "deployment asserted (the NIS's transfer under way, Zelensky's officers, Austin Oct 23, Rutte Oct 28) vs rejected / "
  "dismissed as 'another fake' (Kremlin, Peskov)",
  [("asserted", [sta["started"], sta["zeloff"], hina["adep"], nrk["rdep"]]),
   ("rejected / dismissed", [sta["kremlin"], sta["fake"], svt["fake"]])])
K(LAW, [dr["law"], nrk["kjg"], sta["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security Council resolutions "
  "(Yoon's office, Oct 18)",
  [("lawful (North Korea)", [dr["law"], nrk["kjg"]]), ("breaches UNSC resolutions (Seoul)", [sta["unsc"]])])
K(IMG, [ts["img"], dr["img"], nrk["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(TREATY, [ts["treaty"], svt["treaty"]], "agreement",
  "Moscow: the treaty with Pyongyang governs it / 'our business' (Putin; the Kremlin)")
K(WPN, [hina["wpn"], ts["yoon"], dr["hint"], dr["yoon"], svt["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22, Yoon Oct 24 and Nov 7)")
K(CT, [nrk["ct"], nrk["weeks"], orf["days"], rts["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [nrk["ct"]]), ("several weeks (Pentagon)", [nrk["weeks"]]),
   ("coming days (Blinken)", [orf["days"], rts["within"]])])
K(CS, [sta["rcs"], orf["acs"], rts["dodcs"], svt["dodweek"], svt["begun"], svt["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), nothing to show it (Pentagon Nov 4) -> "
  "begun taking part in combat (State Department Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [rts["lclash"], rts["um"], svt["um"], rts["lmnd"], rts["mnd"], svt["mnd"]], "discrepancy",
  "Nov 5: first small clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry unable to confirm them",
  [("clashes reported (Umerov, Ukraine)", [rts["lclash"], rts["um"], svt["um"]]),
   ("cannot confirm (Seoul MND)", [rts["lmnd"], rts["mnd"], svt["mnd"]])])
K(FRONT, [nrk["closer"], nrk["front"], orf["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [nrk["kyb"], orf["kyb"]], "agreement",
  "NIS: the contingent is led by Lt. Gen. Kim Yong Bok / a three-star general")
K(TERMS, [nrk["terms"], orf["terms"]], "agreement", "NIS: the troops are taught about 100 Russian military terms")
K(NOACK, [hina["noack"], orf["noack"], rts["noack"], svt["noack"]], "agreement",
  "the Kremlin has not confirmed the deployment")
K(ICBM_T, [orf["t86"], rts["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [orf["choe"], rts["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(WITHDRAW, [hina["wd"], orf["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [dr["tech"], orf["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Holm-Sørensen; Foreign Minister Cho)")

pairs = [
    (hina["plan"], hina["fb"], "about 12,000 planned vs a first group of about 1,500, same sentence"),
    (hina["brig"], hina["ships"], "four brigades vs four landing ships, same sentence"),
    (hina["sb"], hina["nis3"], "roughly 1,500 more vs around 3,000 in all, same sentence"),
    (hina["nis3"], hina["pr"], "around 3,000 now vs some 10,000 expected by December"),
    (hina["wh3"], hina["sites"], "at least 3,000 soldiers vs three training sites"),
    (sta["sofar"], sta["fb"], "1,500: Seoul's head count vs the first transport"),
    (sta["bud11"], sta["zel10"], "about 11,000 training (Budanov) vs some 10,000 being prepared (Zelensky)"),
    (sta["brig"], sta["ships"], "four brigades vs four landing ships"),
    (ts["off"], ts["gen"], "500 officers vs three generals, same sentence"),
    (ts["sb"], ts["nis3"], "about 1,500 more vs around 3,000, same sentence"),
    (dr["hur"], dr["plan"], "about 12,000: HUR's count in Russia vs the NIS's planned total"),
    (dr["bud"], dr["zel"], "11,000 training (Budanov) vs 10,000 (Zelensky), same question"),
    (nrk["dod10"], nrk["pr"], "around 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (nrk["nis10"], nrk["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (nrk["hur"], nrk["wh3"], "HUR's 12,000 (snapshot) vs the White House's 3,000 told as a step"),
    (orf["bl8"], orf["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (orf["days"], orf["acs"], "combat expected in the coming days vs not yet seen fighting"),
    (rts["z11"], rts["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (rts["nis10"], rts["plan"], "more than 10,000 arrived vs about 12,000 committed"),
    (svt["plan"], svt["fb"], "around 12,000 decided vs roughly 1,500 crossed, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
