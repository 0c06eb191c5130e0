"""Generate gold.json for blind37 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind37/build_gold.py

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
    "bt": ("the-baltic-times-2024-10-19-seoul-says-north-korea-to-send-12000-troops-baltics-react",
           "The Baltic Times", "2024-10-19"),
    "ht": ("hungary-today-2024-10-23-second-group-of-north-korean-soldiers-brings-total-in-russia-to-3000",
           "Hungary Today", "2024-10-23"),
    "cg": ("civil-ge-2024-10-25-interview-kyiv-says-12000-seoul-3000-north-korean-troops", "Civil.ge", "2024-10-25"),
    "oc": ("oc-media-2024-10-29-live-north-korean-troops-russia-10000-georgia-election", "OC Media", "2024-10-29"),
    "ee": ("emerging-europe-2024-11-01-blinken-8000-north-korean-troops-kursk-combat-coming-days", "Emerging Europe",
           "2024-11-01"),
    "kd": ("kafkadesk-2024-11-02-corrections-north-korean-troop-figures", "Kafkadesk", "2024-11-02"),
    "ss": ("the-slovak-spectator-2024-11-05-ukraine-reports-first-clashes-with-north-korean-troops",
           "The Slovak Spectator", "2024-11-05"),
    "nv": ("novinite-2024-11-13-analysis-washington-says-north-korean-troops-now-fighting", "Novinite (Bulgaria)",
           "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse blind23's wording)
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
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
MORE_T = "further North Korean transports expected (NIS)"
UNDERWAY = "North Korean deployment already under way (NIS)"
THREAT = "South Korea: the deployment a grave security threat"
UNSURE = "Washington unsure what North Korean troops will do (Oct 23)"
WEST = "possible North Korean deployment size (Western official)"
OFFSENT = "North Korean officers already sent (Zelensky)"
MANPOW = "Russia short of its own soldiers"
ESTSANC = "Estonia to push for EU sanctions on Moscow and Pyongyang"
YEARS = "years since a Russian leader's previous visit to Pyongyang"
POLIT = "deployment changes politics more than the front (analyst)"
CAUC = "Russia freed to spare forces for the Caucasus (analyst)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
BLANAR = "Slovakia: the war to end through negotiations, no weapons from army stocks"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
DECADES = "decades since North Korea's army last fought a war"


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
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
RJ = "Rasa Jankauskienė"
GB = "Giorgi Beridze"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Baltic Times, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the lead's plan); the second paragraph ("The spy agency said", "According to the NIS",
# "it said") gives no day, so brigades, the movement, the first transport, its window, ships and escorts, and the
# uniforms stay null. "those fifteen hundred men are the only ... so far" is the NIS's head count that week (k01), not
# the transport report. "on Friday, after which his office called" -> 10-18 (threat and UNSC breach, two claims of one
# sentence). Zelensky "on Thursday" -> 10-17 (10,000 and the officers); Budanov "in an interview published on Friday"
# -> 10-18 (11,000 and November 1); his 2,600 ("he said") is null. Rutte "Standing beside Zelensky on Thursday" ->
# 10-17; the Western official "the same day" -> 10-17. Landsbergis and Estonia's ministry give no day. "24 years", the
# 1.2 million and the researcher's age are the outlet's numbers (attributed to nobody). "Riga had not commented" is a
# non-reply; "first large-scale" is an ordinal; the election's 63 constituencies, Estonia's 3.7 percent, the caption's
# year and the related headlines (EUR 23.8 billion, 8 percent) are off-topic or furniture.
bt = {}
bt["plan"] = C("bt", "North Korea has decided to send some 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place=RUS)
bt["brig"] = C("bt", "the troops would go in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
bt["under"] = C("bt", "the movement had already started", kind=S, measure=UNDERWAY, by=NIS)
bt["fb"] = C("bt", "around 1,500 special forces were carried from North Korea's east coast to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
bt["win"] = C("bt", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
bt["ships"] = C("bt", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
bt["escort"] = C("bt", "with three escort vessels in attendance", measure=ESCORT, value=3, unit="ships", by=NIS,
                 subject=RUS)
bt["unif"] = C("bt", "The soldiers were then issued Russian uniforms and forged identity documents", kind=S,
               measure=UNIF, by=NIS)
bt["sofar"] = C("bt", "those fifteen hundred men are the only North Korean soldiers who have reached Russia so far",
                value=1500, scope="total", by=NIS, place=RUS)
bt["moret"] = C("bt", "A second transport is expected shortly", kind=S, measure=MORE_T, mod="planned", by=NIS)
bt["threat"] = C("bt", "his office called the deployment a grave threat to South Korea's security", kind=S,
                 measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
bt["unsc"] = C("bt", "a violation of United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
               ev="2024-10-18", subject=SK)
bt["zel10"] = C("bt", "North Korea was preparing 10,000 soldiers to join Russia's forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place=RUS)
bt["offsent"] = C("bt", "some officers had already been sent", kind=S, measure=OFFSENT, by=ZEL, ev="2024-10-17")
bt["bud"] = C("bt", "about 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
bt["ready"] = C("bt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
bt["2600"] = C("bt", "A first unit of 2,600 was to go to the Kursk region", measure=FIRSTU, value=2600, mod="planned",
               scope="first_batch", by=BUD, place="Kursk")
bt["rutte"] = C("bt", "the alliance had no evidence that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
bt["west"] = C("bt", "put a possible deployment at anywhere from 2,000 to 12,000", measure=WEST, low=2000, high=12000,
               mod="conditional", scope="total", by="Western official", ev="2024-10-17", place=RUS)
bt["fake"] = C("bt", "The Kremlin has dismissed the reports, with spokesman Dmitry Peskov calling them \"another fake\"",
               kind=S, measure=DEP, by=PESKOV, subject=RUS)
bt["lands"] = C("bt", "Moscow was \"importing soldiers because it is running out of its own\"", kind=S, measure=MANPOW,
                by="Gabrielius Landsbergis", subject=RUS)
bt["est"] = C("bt", "Tallinn would raise the matter with EU partners and push for further sanctions on both Moscow and "
              "Pyongyang", kind=S, measure=ESTSANC, mod="planned", by="Estonia Ministry of Foreign Affairs",
              subject="Estonia")
bt["y24"] = C("bt", "first visit to North Korea in 24 years", measure=YEARS, value=24, unit="years", by=None,
              subject=RUS)
bt["army"] = C("bt", "keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
bt["age"] = C("bt", "Rasa Jankauskienė, 48", measure=AGE, value=48, unit="years", by=None, subject=RJ)
bt["polit"] = C("bt", "it changes the arithmetic of the front only a little, but the politics a great deal", kind=S,
                measure=POLIT, mod="conditional", by=RJ)
bt["exp"] = C("bt", "She expected Pyongyang to rotate its units so that as many officers as possible gain combat "
              "experience", kind=S, measure=EXP, mod="planned", by=RJ)

# ---------------------------------------------------------------- Hungary Today, Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (the second group and the total, one sentence); Park "told reporters after the
# closed-door briefing" gives no day (the forecast, December, further transports stay null); "Last Friday" -> 10-18
# (the plan); the first group "left by sea in the second week of October" is a loose window inside the claim's sentence,
# not a date claim. Lee's relays give no day. "on Monday" -> 10-21 (the summons' demand; Kyslytsya), "On Tuesday" ->
# 10-22 (the presidential official), "In Rome on Wednesday" -> 10-23 (Austin's evidence); his two other lines ("he
# said", "adding") are null. The update's "said on Wednesday" -> 10-23 (the White House's count); Kirby's lines give no
# day. The forint conversion sits inside the pay quote. "The foreign ministry had not commented", the opposition
# politicians (nobody named), the holiday, the EU presidency and Hungary's arms policy (the outlet's background), the
# Read-more headlines (400 per euro, 3.0 percent) are not annotated.
ht = {}
ht["sb"] = C("ht", "A second group of roughly 1,500 North Korean soldiers has been sent to Russia", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place=RUS)
ht["nis3"] = C("ht", "bringing the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place=RUS)
ht["pr"] = C("ht", "the agency expected the North to have about 10,000 soldiers in Russia", measure=PR, value=10000,
             q="about", mod="planned", scope="total", by=NIS, place=RUS)
ht["prd"] = C("ht", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ht["moret"] = C("ht", "Further transports were being prepared", kind=S, measure=MORE_T, mod="planned", by=NIS)
ht["fb"] = C("ht", "The first group, some 1,500 special forces, left by sea", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
ht["plan"] = C("ht", "Pyongyang had decided to send about 12,000 troops altogether", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place=RUS)
ht["pay"] = C("ht", "paying each soldier around 2,000 US dollars (some 740,000 forints) a month", measure=PAY,
              value=2000, q="about", unit="USD per month", by=NIS)
ht["regime"] = C("ht", "most of which is believed to be kept by the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
ht["drones"] = C("ht", "Russian instructors rate the North Koreans as physically strong but poorly prepared for modern "
                 "warfare such as drones", kind=S, measure=DRONES, by=NIS)
ht["wd"] = C("ht", "demanded that the North Korean troops be withdrawn", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
ht["wpn"] = C("ht", "South Korea could respond in stages and might consider supplying defensive weapons to Ukraine "
              "first", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
ht["kys"] = C("ht", "about 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ht["noack"] = C("ht", "Moscow has neither confirmed nor denied that North Korean soldiers are on its territory", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ht["adep"] = C("ht", "there was \"evidence that there are DPRK troops in Russia\"", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
ht["aunsure"] = C("ht", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
ht["aesc"] = C("ht", "if they were preparing to fight on Russia's behalf, it would be \"a very, very serious issue\"",
               kind=S, measure=ESC, mod="conditional", by=AUSTIN)
ht["wh3"] = C("ht", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
ht["sites"] = C("ht", "they were training at three sites in the Russian Far East", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
ht["kunsure"] = C("ht", "it was not clear whether they would go on to fight", kind=S, measure=UNSURE, by=KIRBY)
ht["fair"] = C("ht", "If they do deploy against Ukraine, they are fair game", kind=S, measure=TGT, mod="conditional",
               by=KIRBY)

# ---------------------------------------------------------------- Civil.ge, Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals, one sentence), the arrival "on Wednesday"
# -> 10-23 (an arrival takes its own day, as blind21-34 did), "a day earlier" -> 10-23 (the NIS's second group and
# total). The first question ("Kyiv says twelve thousand, Seoul says three thousand") restates HUR's and the NIS's
# counts in words: two undated exact claims in k02. "last Friday" -> 10-18 (the plan and brigades); "Budanov said last
# week" and "Zelensky spoke of" are undated relays in a question. The NIS's forecast, December, pay, regime and drones
# ("The South Koreans now say", "They also say") are null. "the White House said on Wednesday" -> 10-23; Putin's lines
# ("was asked ... on Thursday" is the previous clause's; "He said ..." has no day) are null; Kim Jong Gyu "said today"
# -> 10-25. The guest (invented) speaks for himself in his method reading, the combat-experience reading, the
# technology forecast and the Caucasus reading; "Possibly both", "Those were early figures", "That is close to
# Seoul's count", "That is not a denial either" and "Tbilisi's government has said very little" are asides. "since 1953"
# is a year; the election's 3.5 million voters, 18 parties, 150 seats, 5 percent and 08:00 are off-topic.
cg = {}
cg["hur"] = C("cg", "about 12,000 North Korean soldiers were now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place=RUS)
cg["off"] = C("cg", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
cg["gen"] = C("cg", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
cg["arr"] = C("cg", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
cg["sb"] = C("cg", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place=RUS)
cg["nis3"] = C("cg", "bringing the number in Russia to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place=RUS)
cg["age"] = C("cg", "Giorgi Beridze, 39", measure=AGE, value=39, unit="years", by=None, subject=GB)
cg["q12"] = C("cg", "Kyiv says twelve thousand", value=12000, scope="total", by=HUR, place=RUS)
cg["q3"] = C("cg", "Seoul says three thousand", value=3000, scope="total", by=NIS, place=RUS)
cg["method"] = C("cg", "Seoul counts soldiers it has seen land in Russia, while Kyiv counts everyone assigned to the "
                 "operation", kind=S, measure=METHOD, by=GB)
cg["plan"] = C("cg", "Pyongyang had decided to send around 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place=RUS)
cg["brig"] = C("cg", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
cg["bud"] = C("cg", "Budanov said last week 11,000 were training", value=11000, scope="total", by=BUD, place=RFE)
cg["ready"] = C("cg", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
cg["zel"] = C("cg", "Zelensky spoke of 10,000", measure=PL, value=10000, mod="planned", scope="total", by=ZEL,
              place=RUS)
cg["pr"] = C("cg", "they expect around 10,000 in Russia", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place=RUS)
cg["prd"] = C("cg", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
cg["pay"] = C("cg", "Moscow pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
cg["regime"] = C("cg", "the regime in Pyongyang keeps most of it", kind=S, measure=REGIME, by=NIS)
cg["drones"] = C("cg", "Russian instructors find the men fit but lost with drones", kind=S, measure=DRONES, by=NIS)
cg["exp"] = C("cg", "what he really wants is modern combat experience for an army that has not fought a war since 1953",
              kind=S, measure=EXP, by=GB)
cg["wh3"] = C("cg", "at least 3,000 had been moved to the Russian Far East", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place=RFE)
cg["img"] = C("cg", "He said images \"are a serious thing\" and that if there are images, \"they reflect something\"",
              kind=S, measure=IMG, by=PUTIN, subject=RUS)
cg["treaty"] = C("cg", "how Russia applies its treaty with Pyongyang is Russia's business", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
cg["law"] = C("cg", "if such a deployment were happening, it would be \"an act conforming with the regulations of "
              "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
cg["tech"] = C("cg", "I expect Moscow to pay with technology", kind=S, measure=TECH, mod="planned", by=GB)
cg["cauc"] = C("cg", "a Russia that can borrow soldiers from Asia has more to spare in the Caucasus", kind=S,
               measure=CAUC, by=GB, subject=RUS)

# ---------------------------------------------------------------- OC Media, Tue 2024-10-29 (live blog)
# Entry times give no day; each entry's sentences do: "on Tuesday" -> 10-29 (the NIS's count and the front, one
# sentence), "on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence; Rutte's confirmation),
# "Only last Wednesday" -> 10-23 (the White House's figure, told as the step before: k03), "last Thursday" -> 10-24
# (HUR's count, officers and generals), "on the 23rd" -> 10-23 (the arrival, its own day), "on Saturday" -> 10-26
# (Zelensky's window, a date claim), "on Friday" -> 10-25 (Kim Jong Gyu). Lee's relays, "Last week the agency had
# forecast", Singh's quote and "He called it" give none. "That forecast has already been overtaken", "No fighting
# involving them had been reported" and the non-replies of Baku and Yerevan are the outlet's remarks. The entry
# headings are headlines. The Georgian entries (53.9 percent, several hundred people, 89 of 150 seats, 59 percent) are
# off-topic and in the outlet's voice.
oc = {}
oc["nis10"] = C("oc", "more than 10,000 North Korean soldiers had now been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place=RUS)
oc["front"] = C("oc", "some of them appeared to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
oc["kyb"] = C("oc", "the agency had identified the commander of the contingent as Lieutenant General Kim Yong Bok",
              kind=S, measure=KYB, by=NIS)
oc["terms"] = C("oc", "The troops were being drilled in about 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
oc["pr"] = C("oc", "the North would have around 10,000 soldiers in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place=RUS)
oc["prd"] = C("oc", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
oc["dod10"] = C("oc", "around 10,000 North Korean soldiers had been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
oc["closer"] = C("oc", "some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
oc["singh"] = C("oc", "Washington was \"increasingly concerned\" that Russia intended to use them in combat \"over the "
                "next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
oc["wh3"] = C("oc", "Only last Wednesday the White House had given a figure of at least 3,000", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RUS)
oc["rdep"] = C("oc", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
oc["resc"] = C("oc", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war\"", kind=S,
               measure=ESC, by=RUTTE)
oc["hur"] = C("oc", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place=RUS)
oc["off"] = C("oc", "500 of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
oc["gen"] = C("oc", "three of them generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
oc["arr"] = C("oc", "the first units had arrived in the Kursk region on the 23rd", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
oc["ct"] = C("oc", "the first North Korean units could be in combat zones on October 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
oc["law"] = C("oc", "any such deployment would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- Emerging Europe, Fri 2024-11-01 (press-briefing write-up)
# "said on Thursday" -> 10-31 (Blinken's 8,000 in Kursk and "in the coming days", one sentence); his next lines ("he
# said", "he added") are null. Austin's training list and "not yet seen", Kim Yong-hyun's and Cho's lines give no day.
# "said on Tuesday" -> 10-29 (the NIS's more than 10,000 and "on their way to the front", one sentence). The ICBM's
# minutes and altitude (Japan's ministry) are null: "Hours before the meeting" is in the previous sentence. "which
# suggested that Moscow fully intended to use them" elaborates Austin's statement and is not annotated separately.
# "Seoul's officials have said" -> South Korea government (undated). "The American figures are close to Seoul's", "the
# longest flight the North has recorded", "The launch hung over the talks", the industry analysts (nobody named) and
# the ministries' non-replies are the outlet's remarks. The arms-deal paragraph (around 1,000 K2, more than 600 K9, 54
# K9s, 1 billion US dollars) and the related headlines (0.3 percent, 5.4 percent) are off-topic.
ee = {}
ee["bl8"] = C("ee", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
ee["days"] = C("ee", "Washington expects them to be sent into combat against Ukrainian forces \"in the coming days\"",
               kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31")
ee["bl10"] = C("ee", "Some 10,000 North Korean troops had been sent to Russia in total", value=10000, q="about",
               scope="total", by=BL, place=RUS)
ee["tgt"] = C("ee", "If they join the fighting, he added, they will be \"legitimate military targets\"", kind=S,
              measure=TGT, mod="conditional", by=BL)
ee["eq"] = C("ee", "Russia had been training the North Koreans in artillery, drone operations and basic infantry "
             "tactics, including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
ee["acs"] = C("ee", "He had not yet seen reports of them fighting", kind=S, measure=CS, by=AUSTIN)
ee["kyh"] = C("ee", "Kim Yong-hyun called for the troops to be withdrawn immediately", kind=S, measure=WITHDRAW, by=KYH,
              subject=SK)
ee["cho"] = C("ee", "Russia might repay Pyongyang with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
ee["nis10"] = C("ee", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place=RUS)
ee["front"] = C("ee", "some of them on their way to the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
ee["t86"] = C("ee", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
ee["alt"] = C("ee", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
ee["noack"] = C("ee", "The Kremlin has neither confirmed nor denied that North Korean soldiers are in Russia", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ee["wpn"] = C("ee", "Seoul's officials have said they could reconsider their long-standing refusal to send weapons "
              "directly to Ukraine depending on how far North Korea's involvement goes", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Kafkadesk, Sat 2024-11-02 (corrections column)
# Each item quotes the outlet's earlier error and then states what the origin said. The errors ("has sent 12,000
# troops", "between October 18 and 23", "Seoul counted 12,000 North Koreans already in Russia", "500 generals", "at
# 10,000" for Kursk, the headline "Seoul: 10,000 North Koreans heading for Russia", "flown 86 kilometres") are the
# outlet's own earlier text, quoted to be corrected, and are not annotated; nor are the non-Korean items (1919, 1918)
# or the outlet's remarks ("That is not what the agency said", "it did not give a figure for Kursk"). The corrections
# carry their origins' days where their own sentences give them: "On October 18" (plan, brigades, first contingent,
# one sentence), "on October 24" (HUR), "on October 23" (the NIS's 3,000), "said on October 28" (the Pentagon), "said
# on October 31" (Blinken), "dates from October 23" (the forecast and December), "On October 29" (the NIS). The
# transport's window and ships, HUR's officers and generals and the ICBM's figures carry none. The NIS's "about 3,000
# on October 23" is set against HUR's 12,000 as the other side of the Oct 23-24 gap, so it joins the snapshot k02
# (see the doubts), not the running total.
kd = {}
kd["plan"] = C("kd", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place=RUS)
kd["brig"] = C("kd", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
kd["fb"] = C("kd", "a first contingent of about 1,500 special forces had already been moved", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
kd["ships"] = C("kd", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
kd["win"] = C("kd", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
kd["hur"] = C("kd", "That count, about 12,000, was given on October 24 by Ukraine's military intelligence agency",
              value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place=RUS)
kd["nis3"] = C("kd", "put the number in Russia at about 3,000 on October 23", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place=RUS)
kd["off"] = C("kd", "HUR spoke of 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
kd["gen"] = C("kd", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
kd["dod10"] = C("kd", "around 10,000 had been sent to eastern Russia for training", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
kd["bl8"] = C("kd", "about 8,000 were in the Kursk region", measure=KU, value=8000, q="about", by=BL, ev="2024-10-31",
              place="Kursk")
kd["pr"] = C("kd", "The forecast of around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, ev="2024-10-23", place=RUS)
kd["prd"] = C("kd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
kd["nis10"] = C("kd", "On October 29 the agency said more than 10,000 were already in Russia", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place=RUS)
kd["t86"] = C("kd", "Japan's Defence Ministry said it flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD)
kd["alt"] = C("kd", "reaching an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)

# ---------------------------------------------------------------- The Slovak Spectator, Tue 2024-11-05 (correspondent's dispatch)
# "aired on Tuesday" -> 11-05 (Umerov's clashes); "the same day" -> 11-05 (Seoul's defence ministry); "on Monday" ->
# 11-04 (Zelensky's 11,000; the Pentagon; Blanár); "Last week Washington put the number there" is US government,
# undated (Blinken's Oct 31 figure told loosely); the NIS's "more than 10,000 ... out of roughly 12,000" (one sentence,
# "According to") is undated; "early on Tuesday, South Korea's Joint Chiefs of Staff said" -> 11-05 (about seven
# missiles). Choe's pledge ("Days earlier") and the Kremlin's silence are null. Blanár's two clauses are one claim.
# "Umerov did not say where", the ministry's referral, the pharmacist's and the Kharkiv woman's reactions are not
# annotated (the pharmacist's age is); "in August", the roughly 130,000 Ukrainians with temporary protection (diaspora),
# the consolidation package (EUR 2.7 billion, 23 percent), the related headlines (152 vehicles) are off-topic.
ss = {}
ss["um"] = C("ss", "Ukrainian forces have fought their first battles with North Korean soldiers", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
ss["mnd"] = C("ss", "it could not confirm the account", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
ss["age"] = C("ss", "Oksana Melnychuk, 34", measure=AGE, value=34, unit="years", by=None, subject="Oksana Melnychuk")
ss["z11"] = C("ss", "11,000 North Korean soldiers were now in the Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
ss["usg8"] = C("ss", "Last week Washington put the number there at about 8,000", measure=KU, value=8000, q="about",
               by=USG, place="Kursk")
ss["dodcs"] = C("ss", "it had seen no indication so far that North Korean troops had entered combat", kind=S,
                measure=CS, by=DOD, ev="2024-11-04")
ss["nis10"] = C("ss", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place=RUS)
ss["plan"] = C("ss", "roughly 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place=RUS)
ss["srbm"] = C("ss", "North Korea fired about seven short-range ballistic missiles into the sea", measure=SRBM, value=7,
               q="about", unit="missiles", by=JCS, ev="2024-11-05")
ss["choe"] = C("ss", "her country would stand by Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH)
ss["noack"] = C("ss", "The Kremlin has still not confirmed that North Korean soldiers are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ss["blanar"] = C("ss", "the war could only be ended through negotiations, and that Bratislava would not send weapons "
                 "to Ukraine from army stocks", kind=S, measure=BLANAR, by="Juraj Blanár", ev="2024-11-04",
                 subject="Slovakia")

# ---------------------------------------------------------------- Novinite, Wed 2024-11-13 (analysis)
# The lead's "Washington now says North Korean soldiers are fighting" is the State Department's line told loosely (US
# government, undated), as blind23 read "Washington said North Korean soldiers were fighting"; "Four weeks after" is the
# outlet's framing, not a count.
# "said on Tuesday" -> 11-12 (the State Department's three claims, one sentence); "told lawmakers today" -> 11-13 (the
# NIS's two claims). The count retold with dates: "On October 18" -> 10-18 (plan and first 1,500, one sentence; "a
# first 1,500" unhedged), "Five days later" -> 10-23 (the NIS's 3,000, a step of k03), "By October 28" -> 10-28, "On
# October 31" -> 10-31 ("8,000 in Kursk alone", unhedged), "on November 4" -> 11-04; "on November 5" and "the same day"
# -> 11-05 ("Seoul said ... could not verify" -> the defence ministry, as blind23 read "South Korea said"); "On Sunday"
# -> 11-10 (the NYT's officials); "reported on Tuesday" -> 11-12 (KCNA). "Moscow, which at first called" and "now says
# little" -> Kremlin, undated. "seven decades" is the outlet's number (attributed to nobody). The rest of "What it
# means", the Bulgarian paragraph (seventh election, 26 and 13 percent, non-replies), the inauguration date and the
# related headlines (2.4 percent, 11 percent) are the outlet's voice or off-topic.
nv = {}
nv["wash"] = C("nv", "Washington now says North Korean soldiers are fighting", kind=S, measure=CS, by=USG)
nv["st10"] = C("nv", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
nv["most"] = C("nv", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
nv["begun"] = C("nv", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
nv["units"] = C("nv", "some had been assigned to Russian marine and airborne units", kind=S, measure=UNITS, by=NIS,
                ev="2024-11-13")
nv["combat"] = C("nv", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
nv["plan"] = C("nv", "Pyongyang planned to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place=RUS)
nv["fb"] = C("nv", "had already shipped a first 1,500", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
nv["nis3"] = C("nv", "Five days later it said about 3,000 were in Russia", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place=RUS)
nv["dod10"] = C("nv", "By October 28 the Pentagon was saying around 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place=RFE)
nv["bl8"] = C("nv", "On October 31 Blinken put 8,000 in Kursk alone", measure=KU, value=8000, by=BL, ev="2024-10-31",
              place="Kursk")
nv["z11"] = C("nv", "on November 4 Zelensky said 11,000 were there", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
nv["um"] = C("nv", "Ukraine reported the first clashes on November 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
nv["mnd"] = C("nv", "Seoul said the same day it could not verify them", kind=S, measure=N5, by=MND, ev="2024-11-05",
              subject=SK)
nv["massed"] = C("nv", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
nv["fake"] = C("nv", "Moscow, which at first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
nv["treaty"] = C("nv", "now says little beyond pointing to its treaty with Pyongyang", kind=S, measure=TREATY,
                 by=KREMLIN, subject=RUS)
nv["ratify"] = C("nv", "Kim Jong Un had ratified", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
nv["decades"] = C("nv", "a modern war that its army has not seen in seven decades", measure=DECADES, value=7,
                  unit="decades", by=None)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [bt["sofar"], bt["bud"], ht["kys"], cg["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's fifteen hundred as the only ones in Russia so far vs Kyiv's about "
  "11,000 training in the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [bt["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [bt["bud"], ht["kys"], cg["bud"]])])
K(RU, [ht["nis3"], ht["wh3"], cg["nis3"], cg["q3"], cg["wh3"], kd["nis3"], cg["hur"], cg["q12"], oc["hur"], kd["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House)", [ht["nis3"], ht["wh3"], cg["nis3"], cg["q3"], cg["wh3"], kd["nis3"]]),
   ("about 12,000 (HUR)", [cg["hur"], cg["q12"], oc["hur"], kd["hur"]])])
K(RU, [oc["wh3"], nv["nis3"], oc["dod10"], kd["dod10"], nv["dod10"], ee["bl10"], oc["nis10"], ee["nis10"], kd["nis10"],
       ss["nis10"], nv["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [ee["bl8"], kd["bl8"], ss["usg8"], nv["bl8"], ss["z11"], nv["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [bt["plan"], ht["plan"], cg["plan"], kd["plan"], ss["plan"], nv["plan"], bt["zel10"], cg["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [bt["plan"], ht["plan"], cg["plan"], kd["plan"], ss["plan"], nv["plan"]]),
   ("10,000 (Zelensky)", [bt["zel10"], cg["zel"]])])
K(FB, [bt["fb"], ht["fb"], kd["fb"], nv["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [bt["win"], kd["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [bt["ships"], kd["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [bt["brig"], cg["brig"], kd["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ht["sb"], cg["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(MORE_T, [bt["moret"], ht["moret"]], "agreement",
  "NIS: further transports expected (a second transport shortly, Oct 18; further transports being prepared, Oct 23)")
K(PR, [ht["pr"], cg["pr"], oc["pr"], kd["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in Russia")
K(PRD, [ht["prd"], cg["prd"], oc["prd"], kd["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ht["pay"], cg["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ht["regime"], cg["regime"]], "agreement", "NIS: most of the pay is kept by the regime")
K(DRONES, [ht["drones"], cg["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / fit but weak with drones")
K(OFF, [cg["off"], oc["off"], kd["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [cg["gen"], oc["gen"], kd["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [cg["arr"], oc["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(READY, [bt["ready"], cg["ready"]], "agreement", "Budanov: ready by November 1")
K(UNSURE, [ht["aunsure"], ht["kunsure"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin's 'left to be seen', Kirby's 'not clear')")
K(TGT, [ht["fair"], ee["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [ht["aesc"], oc["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte Oct 28)")
K(DEP, [ht["adep"], oc["rdep"], bt["fake"], nv["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; Moscow)",
  [("asserted", [ht["adep"], oc["rdep"]]), ("dismissed", [bt["fake"], nv["fake"]])])
K(LAW, [bt["unsc"], cg["law"], oc["law"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul's presidential office, Oct 18) vs in conformity with "
  "international law (Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [bt["unsc"]]), ("lawful (Kim Jong Gyu)", [cg["law"], oc["law"]])])
K(WPN, [ht["wpn"], ee["wpn"]], "agreement",
  "Seoul could reconsider / consider supplying weapons to Ukraine, depending on the North (presidential official Oct 22; "
  "Seoul's officials)")
K(WITHDRAW, [ht["wd"], ee["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (the Oct 21 summons; defence minister Kim Yong-hyun Oct 31)")
K(TREATY, [cg["treaty"], nv["treaty"]], "agreement",
  "Moscow: how Russia applies its treaty with Pyongyang is Russia's business / points to the treaty (Putin; Kremlin)")
K(NOACK, [ht["noack"], ee["noack"], ss["noack"]], "agreement", "Moscow has not confirmed the deployment")
K(FRONT, [oc["front"], oc["closer"], ee["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(CT, [oc["ct"], oc["singh"], ee["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming days' "
  "(Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [oc["ct"]]), ("several weeks (Pentagon)", [oc["singh"]]),
   ("coming days (Blinken)", [ee["days"]])])
K(CS, [bt["rutte"], ee["acs"], ss["dodcs"], nv["wash"], nv["begun"], nv["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> "
  "'Washington now says ... are fighting', begun engaging in combat (State Department Nov 12) and some already "
  "fighting (NIS Nov 13)")
K(N5, [ss["um"], nv["um"], ss["mnd"], nv["mnd"]], "discrepancy",
  "Nov 5: first clashes (Umerov; 'Ukraine reported') vs Seoul's defence ministry cannot confirm / verify them",
  [("clashes reported (Umerov, Ukraine)", [ss["um"], nv["um"]]),
   ("cannot confirm (Seoul MND)", [ss["mnd"], nv["mnd"]])])
K(TECH, [cg["tech"], ee["cho"]], "agreement",
  "North Korea may be paid in Russian military technology (analyst Beridze; Foreign Minister Cho)")
K(EXP, [bt["exp"], cg["exp"]], "agreement",
  "Pyongyang wants modern combat experience for its army (analysts Jankauskienė and Beridze)")
K(ICBM_T, [ee["t86"], kd["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [ee["alt"], kd["alt"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM rose above 7,000 km")

pairs = [
    (bt["plan"], bt["fb"], "some 12,000 planned vs a first transport of around 1,500"),
    (bt["sofar"], bt["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (bt["brig"], bt["ships"], "four brigades vs four landing ships, adjacent sentences"),
    (bt["zel10"], bt["bud"], "10,000 being prepared (Zelensky) vs 11,000 training (Budanov), same paragraph"),
    (ht["sb"], ht["nis3"], "a second group of 1,500 vs about 3,000 in all, same sentence"),
    (ht["nis3"], ht["pr"], "about 3,000 now vs about 10,000 expected by December"),
    (ht["sb"], ht["fb"], "about 1,500: the second group vs the first group"),
    (cg["hur"], cg["plan"], "about 12,000 already in Russia (HUR) vs around 12,000 planned (NIS)"),
    (cg["off"], cg["gen"], "500 officers vs three generals, same sentence"),
    (cg["zel"], cg["pr"], "10,000 being prepared (Zelensky) vs around 10,000 expected by December (NIS)"),
    (oc["dod10"], oc["pr"], "around 10,000 sent (Pentagon) vs around 10,000 forecast by December (NIS)"),
    (oc["hur"], oc["nis10"], "about 12,000 (HUR, Oct 24) vs more than 10,000 (NIS, Oct 29)"),
    (ee["bl8"], ee["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (ee["days"], ee["acs"], "combat expected in the coming days vs not yet seen fighting"),
    (kd["dod10"], kd["bl8"], "around 10,000 in eastern Russia (Pentagon) vs about 8,000 in Kursk (Blinken), one item"),
    (kd["pr"], kd["nis10"], "around 10,000 forecast vs more than 10,000 already there, one item"),
    (kd["hur"], kd["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (ss["z11"], ss["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ss["nis10"], ss["plan"], "more than 10,000 sent vs roughly 12,000 agreed, same sentence"),
    (nv["plan"], nv["fb"], "about 12,000 planned vs a first 1,500 shipped, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
