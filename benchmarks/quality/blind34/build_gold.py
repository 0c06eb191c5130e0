"""Generate gold.json for blind34 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind34/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "tvp": ("tvp-world-2024-10-18-north-korea-to-send-12000-troops-to-russia-seoul", "TVP World", "2024-10-18"),
    "bt": ("the-brussels-times-2024-10-23-seoul-says-3000-north-korean-troops-now-in-russia", "The Brussels Times",
           "2024-10-23"),
    "rpi": ("radio-prague-international-2024-10-24-interview-why-kyiv-and-seoul-count-north-korean-troops-differently",
            "Radio Prague International", "2024-10-24"),
    "euo": ("euobserver-2024-10-28-agenda-this-week-nato-hears-seoul-on-north-korean-troops", "EUobserver",
            "2024-10-28"),
    "mil": ("militarnyi-2024-10-29-pentagon-10000-north-korean-troops-in-russia-some-moving-toward-ukraine",
            "Militarnyi", "2024-10-29"),
    "loc": ("the-local-germany-2024-11-01-what-we-know-about-north-koreas-troops-in-russia", "The Local (Germany)",
            "2024-11-01"),
    "ri": ("romania-insider-2024-11-05-ukraine-reports-first-clashes-with-north-korean-troops", "Romania Insider",
           "2024-11-05"),
    "eur": ("euractiv-2024-11-14-analysis-how-north-koreas-troop-count-grew-and-what-europe-missed", "Euractiv",
            "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
BEGUN = "North Korean troop movement already under way"
THREAT = "South Korea: the cooperation is a security threat"
WOFF = "possible North Korean deployment (Western official's range)"
PLCONC = "Poland's concern over the deployment"
FAM = "North Korean soldiers' families isolated for secrecy"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
UNSURE = "Washington unsure what the North Korean troops will do"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
SITES = "training sites in eastern Russia (US)"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
NOWAR = "years since North Korea's army last fought a war"
SHELLS = "artillery shells to be delivered by the Czech-led initiative"
INTENT = "Russia intends to use North Korean troops in combat (US)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
KURSKFIRST = "North Korean troops to be used first in the Kursk counteroffensive (Kyiv)"
AID = "German military aid to Ukraine planned for 2025"
LAVROV = "Russia-North Korea military ties"
NOACK = "Russia has not acknowledged the deployment"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
AGE = "age"
H24 = "Trump's promised time to end the war"
KALLAS = "no reward for the aggressor (Kallas)"


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
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
SEDIVY = "Ondřej Šedivý"
SK, UA, RUS, DE = "South Korea", "Ukraine", "Russia", "Germany"
RFE = "Russia Far East"

# ---------------------------------------------------------------- TVP World, Fri 2024-10-18 (wire story with an update block)
# "said on Friday" -> 10-18 (the plan in the lead); the second paragraph ("The spy agency said", "it said") gives no
# day, so brigades, movement, window, first transport, ships and escorts stay null; "on Friday, after which" -> 10-18
# (the presidential office's threat and UNSC lines); "had said on Thursday" -> 10-17 (Zelensky); Rutte "standing
# beside him" has no day of his own; "earlier this month" gives null. The update's "in an interview published on
# Friday" -> 10-18 (Budanov's figure and date); "He said" (the 2,600) gives none. "By its reckoning, that first group
# of fifteen hundred is the only ... so far" is the NIS's head count that week (bundled k01). "in what would be
# Pyongyang's first large-scale ground deployment" is the outlet's framing; the Polish arms paragraph (4.7%, 2022),
# the photo caption, the non-replies and the Read-more lines (186.6 billion zlotys, 4.30) are not annotated.
tvp = {}
tvp["plan"] = C("tvp", "North Korea has decided to send around 12,000 troops to help Russia", measure=PL, value=12000,
                q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tvp["brig"] = C("tvp", "the North would dispatch four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
                by=NIS)
tvp["begun"] = C("tvp", "the movement had already begun", kind=S, measure=BEGUN, by=NIS)
tvp["win"] = C("tvp", "Between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
tvp["fb"] = C("tvp", "some 1,500 special operations troops were carried from the North's east coast to Vladivostok",
              measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
tvp["ships"] = C("tvp", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 subject=RUS)
tvp["escort"] = C("tvp", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
tvp["unif"] = C("tvp", "The soldiers were handed Russian uniforms and forged identity documents", kind=S, measure=UNIF,
                by=NIS)
tvp["sofar"] = C("tvp", "that first group of fifteen hundred is the only North Korean contingent on Russian soil so far",
                 value=1500, scope="total", by=NIS, place="Russia")
tvp["threat"] = C("tvp", "his office called the cooperation between Moscow and Pyongyang a serious threat to South "
                  "Korea's security", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
tvp["unsc"] = C("tvp", "said it violated UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
                subject=SK)
tvp["zel10"] = C("tvp", "North Korea was preparing 10,000 soldiers to fight for Russia", measure=PL, value=10000,
                 mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
tvp["rcs"] = C("tvp", "the alliance had no evidence that North Korean soldiers were taking part in the fighting", kind=S,
               measure=CS, by=RUTTE)
tvp["woff"] = C("tvp", "a deployment of between 2,000 and 12,000 was possible", measure=WOFF, low=2000, high=12000,
                mod="conditional", scope="total", by="Western official", place="Russia")
tvp["rej"] = C("tvp", "The Kremlin rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
tvp["fake"] = C("tvp", "dismissed them earlier this month as \"another fake\"", kind=S, measure=DEP, by=PESKOV,
                subject=RUS)
tvp["pl"] = C("tvp", "Poland's foreign ministry said it was \"deeply concerned\" by the reports", kind=S, measure=PLCONC,
              by="Poland Ministry of Foreign Affairs", subject="Poland")
tvp["bud11"] = C("tvp", "about 11,000 North Korean infantry were training in Russia's far east", value=11000, q="about",
                 scope="total", by=BUD, ev="2024-10-18", place=RFE)
tvp["ready"] = C("tvp", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=BUD, ev="2024-10-18")
tvp["2600"] = C("tvp", "a first unit of 2,600 soldiers was to be sent to Russia's Kursk region", measure=FIRSTU,
                value=2600, mod="planned", scope="first_batch", by=BUD, place="Kursk")

# ---------------------------------------------------------------- The Brussels Times, Wed 2024-10-23 (straight news story)
# "told lawmakers in Seoul on Wednesday" -> 10-23 (the second group and the total, one sentence); Park "told reporters
# after the closed-door briefing" gives no day of its own (forecast and December null); "Five days earlier" -> 10-18
# (plan, brigades, first group in one sentence); Austin "said on Wednesday" -> 10-23 (the evidence line), his next two
# sentences give none; the summons "on Monday" -> 10-21; "The same day" -> 10-21 (Kyslytsya's figure and date); Stano
# "said on Tuesday" -> 10-22. "who first raised the alarm last week, has put" gives null. "NATO has said" -> Mark Rutte
# (undated). The Kremlin's non-comment, "North Korea has not acknowledged", the treaty's "fourth article", "since
# 1953", the unnamed "officials in Seoul", the BRICS delegations, the Belgian talks and the Related lines are not
# annotated.
bt = {}
bt["sb"] = C("bt", "North Korea has sent another 1,500 or so soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
bt["nis3"] = C("bt", "bringing the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
bt["pr"] = C("bt", "The National Intelligence Service (NIS) expects the total to reach around 10,000", measure=PR,
             value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
bt["prd"] = C("bt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bt["plan"] = C("bt", "Pyongyang planned to send some 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
bt["brig"] = C("bt", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
bt["fb"] = C("bt", "a first group of about 1,500 special forces had already been shipped", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bt["pay"] = C("bt", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
bt["regime"] = C("bt", "most of the money is likely to end up with the regime rather than the men", kind=S,
                 measure=REGIME, by=NIS)
bt["drones"] = C("bt", "Russian instructors have found the North Koreans physically fit but lacking any grasp of drone "
                 "warfare", kind=S, measure=DRONES, by=NIS)
bt["fam"] = C("bt", "Families of the deployed soldiers have been moved and isolated to keep the operation secret",
              kind=S, measure=FAM, by=NIS)
bt["zel10"] = C("bt", "has put the number being prepared at 10,000", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, place="Russia")
bt["adep"] = C("bt", "said on Wednesday there was \"evidence that there are DPRK troops in Russia\"", kind=S,
               measure=DEP, by=AUSTIN, ev="2024-10-23")
bt["unsure"] = C("bt", "\"What exactly they are doing is left to be seen,\"", kind=S, measure=UNSURE, by=AUSTIN,
                 subject="United States")
bt["aesc"] = C("bt", "If they were fighting on Russia's behalf, that would be \"a very, very serious issue\"", kind=S,
               measure=ESC, mod="conditional", by=AUSTIN)
bt["wd"] = C("bt", "demanded the immediate withdrawal of the troops", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
bt["zinov"] = C("bt", "Zinoviev replied that the cooperation between Moscow and Pyongyang was not aimed at South "
                "Korea's security interests", kind=S, measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
bt["kys11"] = C("bt", "about 11,000 North Korean infantry were training in Russia's east", value=11000, q="about",
                scope="total", by=KYS, ev="2024-10-21", place=RFE)
bt["ready"] = C("bt", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
bt["stano"] = C("bt", "a confirmed deployment would mark \"a significant escalation\" of Russia's war", kind=S,
                measure=ESC, mod="conditional", by="Peter Stano", ev="2024-10-22")
bt["nato"] = C("bt", "NATO has said it cannot yet confirm that North Korean soldiers are fighting.", kind=S, measure=CS,
               by=RUTTE)

# ---------------------------------------------------------------- Radio Prague International, Thu 2024-10-24 (radio interview)
# The presenter's intro: "said today" -> 10-24 (HUR's count, officers and generals), the arrival "yesterday" -> 10-23
# (an arrival takes its own day, as blind21-31 did), "told lawmakers on Wednesday" -> 10-23 (the NIS's 3,000). The
# guest: "said last Friday" -> 10-18 (the plan), Kirby "said yesterday" -> 10-23 (count and sites, one sentence); "He
# said" (unclear, fair game), the NIS's forecast, second group, drones, pay and regime give none. Putin's and Yoon's
# lines in the guest's turns are undated, although the presenter's previous turn says "today". The guest (invented)
# speaks for himself in the method reading, combat experience, "seventy years" and the technology forecast; Fiala's
# 500,000 shells (a count about the war) is relayed with no day. "the 106th anniversary", "nine", "12 degrees" and
# the podcast line are furniture; "That would be a big shift for Seoul" is an aside.
rpi = {}
rpi["hur12"] = C("rpi", "around 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
                 by=HUR, ev="2024-10-24", place="Russia")
rpi["off"] = C("rpi", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
rpi["gen"] = C("rpi", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
rpi["arr"] = C("rpi", "the first units reached the Kursk region yesterday", kind=S, measure=ARR, by=HUR,
               ev="2024-10-23", place="Kursk")
rpi["nis3"] = C("rpi", "the number was about 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
                place="Russia")
rpi["method"] = C("rpi", "Seoul counts soldiers it has actually seen arrive. Kyiv, I suspect, counts the whole force "
                  "Pyongyang has committed", kind=S, measure=METHOD, by=SEDIVY)
rpi["plan"] = C("rpi", "the North plans to send about 12,000 altogether", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
rpi["kirby3"] = C("rpi", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
                  q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
rpi["sites"] = C("rpi", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                 ev="2024-10-23", place=RFE)
rpi["unclear"] = C("rpi", "it was unclear whether they would go on to fight", kind=S, measure=UNSURE, by=KIRBY,
                   subject="United States")
rpi["fair"] = C("rpi", "if they did, they would be \"fair game\"", kind=S, measure=TGT, mod="conditional", by=KIRBY)
rpi["pr"] = C("rpi", "it expects roughly 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
              by=NIS, place="Russia")
rpi["prd"] = C("rpi", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rpi["sb"] = C("rpi", "a second group of about 1,500 has already followed the first", measure=SB, value=1500, q="about",
              scope="additional", by=NIS, place="Russia")
rpi["drones"] = C("rpi", "the Russian instructors think the North Koreans are fit and disciplined but clumsy with "
                  "drones", kind=S, measure=DRONES, by=NIS)
rpi["pay"] = C("rpi", "about 2,000 US dollars per soldier per month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
rpi["regime"] = C("rpi", "most of which goes to the state, not the soldier", kind=S, measure=REGIME, by=NIS)
rpi["exp"] = C("rpi", "More important, in my view, is combat experience", kind=S, measure=EXP, by=SEDIVY)
rpi["nowar"] = C("rpi", "his army has not fought a war in seventy years", measure=NOWAR, value=70, unit="years",
                 by=SEDIVY)
rpi["tech"] = C("rpi", "I would expect Moscow to pay in technology as well, for satellites or submarines", kind=S,
                measure=TECH, mod="planned", by=SEDIVY)
rpi["img"] = C("rpi", "He said images \"are a serious thing\" and that if there are images, \"they reflect something\"",
               kind=S, measure=IMG, by=PUTIN, subject=RUS)
rpi["treaty"] = C("rpi", "how Russia applies its treaty with Pyongyang is \"our business\"", kind=S, measure=TREATY,
                  by=PUTIN, subject=RUS)
rpi["yoon"] = C("rpi", "He said South Korea would not rule out sending weapons to Ukraine", kind=S, measure=WPN,
                mod="conditional", by=YOON, subject=SK)
rpi["shells"] = C("rpi", "it will deliver about 500,000 shells to Ukraine by the end of the year", measure=SHELLS,
                  value=500000, q="about", unit="shells", mod="planned", by="Petr Fiala", subject="Czech Republic")

# ---------------------------------------------------------------- EUobserver, Mon 2024-10-28 (week-ahead agenda)
# The agenda's forward items (the briefing, Rutte's press conference, the SCM, the 2+2, Eurostat, All Saints, Moldova,
# the hearings, the US election) are the outlet's schedule, not claims. Background lines: "said last Wednesday" ->
# 10-23 (the NIS's count, forecast and December, one sentence); "A day later" -> 10-24 (HUR's count, officers,
# generals, one sentence); "US officials said last week" gives null (count and sites); Zelensky "warned on Saturday"
# -> 10-26 (the window); "said on Thursday (24 October)" -> 10-24 (Yoon); Kim Jong Gyu "said on Friday" -> 10-25;
# Putin "last week" gives null. The Oct 23-24 figures are not told as steps of a later count here (the agenda went out
# before the Pentagon's Monday figure), so they stay in the snapshot k02. Georgia's 54 percent, Moldova's 42 and 50
# percent, the 26 commissioners-designate, Eurostat's 2 percent and the tips address are off-topic; "No fighting had
# been reported" and "Seoul wants a clear US line" are the outlet's voice.
euo = {}
euo["nis3"] = C("euo", "about 3,000 North Korean troops were in Russia", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
euo["pr"] = C("euo", "it expected some 10,000 there", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, ev="2024-10-23", place="Russia")
euo["prd"] = C("euo", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
euo["hur12"] = C("euo", "put the number already in Russia at about 12,000", value=12000, q="about", scope="total",
                 by=HUR, ev="2024-10-24", place="Russia")
euo["off"] = C("euo", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
euo["gen"] = C("euo", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
euo["us3"] = C("euo", "at least 3,000 had been moved by ship to the Russian far east", value=3000, q="at_least",
               scope="total", by=USG, place=RFE)
euo["sites"] = C("euo", "they were training at three sites", measure=SITES, value=3, unit="training sites", by=USG,
                 place=RFE)
euo["ct"] = C("euo", "the first North Korean units could be sent into combat zones on 27 and 28 October", kind=D,
              measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
euo["rutte"] = C("euo", "the alliance cannot confirm a combat role", kind=S, measure=CS, by=RUTTE)
euo["yoon"] = C("euo", "he would not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
                mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
euo["kjg"] = C("euo", "any deployment of its soldiers to Russia would conform with international law", kind=S,
               measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
euo["img"] = C("euo", "satellite images \"reflect something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
euo["treaty"] = C("euo", "what Russia does under its June treaty with Pyongyang is Moscow's own affair", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- Militarnyi, Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence); Singh's two sentences give
# no day; "last Wednesday" -> 10-23 (the White House's 3,000, told as the step before: k03); "Hours earlier" ->
# 10-28 (Rutte's confirmation, resolved against the Pentagon's Monday); "He called it" gives none; "on Tuesday" ->
# 10-29 (the NIS's count and the front, one sentence); Lee's relays (commander, terms) and "A week ago ... had
# forecast" give none; HUR "said last Thursday" -> 10-24 (count, officers, generals) with the arrival "on the 23rd"
# -> 10-23; Zelensky "had warned on Saturday" -> 10-26; Kim Jong Gyu "said on Friday" -> 10-25. HUR's Oct 24 count
# stays in the snapshot k02 (not a step). "more than three times" is the outlet's ratio. Refusals ("declined to say",
# "has not commented"), the bloggers' videos, "That forecast has already been overtaken", "As of Tuesday morning",
# "6 August", the Read-also lines (25 drones) and the Patreon line are not annotated.
mil = {}
mil["dod10"] = C("mil", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                 q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
mil["closer"] = C("mil", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
mil["intent"] = C("mil", "Washington was \"increasingly concerned\" that Russia intended to use the North Koreans in "
                  "combat", kind=S, measure=INTENT, mod="planned", by=SINGH)
mil["weeks"] = C("mil", "She said this could happen \"over the next several weeks\".", kind=S, measure=CT,
                 mod="planned", by=SINGH)
mil["ratio"] = C("mil", "The figure is more than three times", measure=RATIO, value=3, q="at_least", unit="times",
                 by=None)
mil["wh3"] = C("mil", "the \"at least 3,000\" that the White House gave last Wednesday", value=3000, q="at_least",
               scope="total", by=WH, ev="2024-10-23", place="Russia")
mil["rdep"] = C("mil", "Mark Rutte confirmed that North Korean troops had been sent to Russia and that units had been "
                "deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
mil["resc"] = C("mil", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war\"",
                kind=S, measure=ESC, by=RUTTE)
mil["nis10"] = C("mil", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
mil["front"] = C("mil", "some of them appeared to be moving toward the front", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
mil["kyb"] = C("mil", "The contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
mil["terms"] = C("mil", "The soldiers are being drilled in about 100 basic Russian military terms", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
mil["pr"] = C("mil", "the NIS had forecast that the number in Russia would reach about 10,000", measure=PR,
              value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
mil["prd"] = C("mil", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mil["hur12"] = C("mil", "Ukraine's Defence Intelligence (HUR) said last Thursday that about 12,000 North Korean "
                 "soldiers", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
mil["off"] = C("mil", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
mil["gen"] = C("mil", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
mil["arr"] = C("mil", "the first units had reached the Kursk region on the 23rd", kind=S, measure=ARR, by=HUR,
               ev="2024-10-23", place="Kursk")
mil["ct"] = C("mil", "the first North Korean soldiers could enter combat zones on 27–28 October", kind=D, measure=CT,
              low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
mil["kjg"] = C("mil", "any deployment to Russia would be \"an act conforming with the regulations of international "
               "law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
mil["kyiv"] = C("mil", "Kyiv expects the North Koreans to be used in that counteroffensive first", kind=S,
                measure=KURSKFIRST, mod="planned", by=UAG, place="Kursk")

# ---------------------------------------------------------------- The Local (Germany), Fri 2024-11-01 (explainer)
# "said on Thursday" -> 10-31 (Blinken's 8,000); "In all, some 10,000 ..., he said" gives none; "said on Tuesday" ->
# 10-29 (the NIS's "passed 10,000"); "When North Korea's plans first came to light on October 18, the agency said" ->
# 10-18 (plan and brigades, one sentence); "according to Seoul" (first 1,500, ships, window) and "also says" give
# none; Austin's and Blinken's lines in "Are they fighting?" give none; "On Thursday North Korea also test-fired ...,
# which Japan's defence ministry said flew" -> 10-31 (minutes and altitude, dated by the flight as blind23-31 did);
# the update's "in Moscow on Friday" -> 11-01 (Choe); Lavrov's line gives none. "Berlin has said" -> Germany
# government (escalation); the summons is an act, not a statement. The planned aid of about EUR 4 billion is a count
# about the war (Germany government). "Not yet, as far as Washington knows", "Very little", "second-largest", the
# three-party coalition, inflation (2.0 percent), the Deutschlandticket (EUR 58, EUR 49) and Read-more lines are not
# annotated.
loc = {}
loc["bl8"] = C("loc", "about 8,000 of them were now in Russia's Kursk region", measure=KU, value=8000, q="about",
               by=BL, ev="2024-10-31", place="Kursk")
loc["bl10"] = C("loc", "In all, some 10,000 have been sent to Russia", value=10000, q="about", scope="total", by=BL,
                place="Russia")
loc["nis10"] = C("loc", "the number had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
loc["plan"] = C("loc", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
loc["brig"] = C("loc", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
loc["fb"] = C("loc", "The first 1,500 were carried to Vladivostok", measure=FB, value=1500, scope="first_batch",
              by=NIS, place=RFE)
loc["ships"] = C("loc", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
loc["win"] = C("loc", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
loc["kyb"] = C("loc", "the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
loc["front"] = C("loc", "some units are already moving toward the front", kind=S, measure=FRONT, by=NIS)
loc["acs"] = C("loc", "he had not yet seen reports of North Korean troops in combat", kind=S, measure=CS, by=AUSTIN)
loc["days"] = C("loc", "he expected them to join the fighting against Ukrainian forces \"in the coming days\"", kind=S,
                measure=CT, mod="planned", by=BL)
loc["eq"] = C("loc", "Russia had been training them in artillery, drone operations and basic infantry tactics, "
              "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
loc["tgt"] = C("loc", "If they do fight, Blinken warned, they will be \"legitimate military targets\"", kind=S,
               measure=TGT, mod="conditional", by=BL)
loc["kyh"] = C("loc", "demanded that the troops be withdrawn at once", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
loc["cho"] = C("loc", "Russia could hand North Korea sensitive military technology in return", kind=S, measure=TECH,
               mod="conditional", by=CHO)
loc["noack"] = C("loc", "The Kremlin has neither confirmed nor denied that North Korean soldiers are on Russian soil.",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
loc["t86"] = C("loc", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
               ev="2024-10-31")
loc["alt"] = C("loc", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
               unit="km", by=JMOD, ev="2024-10-31")
loc["berlin"] = C("loc", "Berlin has said the deployment shows that Russia is escalating its war.", kind=S, measure=ESC,
                  by="Germany government", subject=DE)
loc["aid"] = C("loc", "the government's planned aid of about €4 billion for next year", measure=AID, value=4000000000,
               q="about", unit="EUR", mod="planned", by="Germany government", subject=DE)
loc["choe"] = C("loc", "her country would \"always stand firmly by our Russian comrades until the day of victory\"",
                kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
loc["lavrov"] = C("loc", "Lavrov described military and security ties between the two countries as \"very close\".",
                  kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Romania Insider, Tue 2024-11-05 (straight news story from agency copy)
# "aired on Tuesday" -> 11-05 (Umerov's clashes); "Umerov said" (more to come) gives none; the ministry "said on
# Tuesday" -> 11-05; "On Monday" -> 11-04 (Zelensky's 11,000), and in the same sentence "said were there last
# Thursday" -> 10-31 (Blinken's 8,000, dated by its own clause); "Blinken said at the time" gives none (the combat
# timing); the Pentagon "said on Monday" -> 11-04; "has said" and "says" (the NIS) give none; "Early on Tuesday" ->
# 11-05 (the JCS's missiles); "five days after ... flew for 86 minutes" -> 10-31 (the flight's day); Choe "had told
# Sergei Lavrov in Moscow on Friday" -> 11-01 (the Monday in the relative clause is her reception by Putin); the MAE
# "said last week" gives null. Peskov's "declined to comment", the 650-kilometre border, the unnamed "officials", the
# Romanian elections (November 24, 14 candidates, December 8, December 1), the BET (0.3%), the leu rate (4.9749) and
# the Read-also lines are not annotated.
ri = {}
ri["um"] = C("ri", "the first small-scale engagements with North Korean units had already taken place", kind=S,
             measure=N5, by=UM, ev="2024-11-05")
ri["more"] = C("ri", "Kyiv expected more North Korean soldiers to arrive in Russia in the coming weeks", kind=S,
               measure=MORE, mod="planned", by=UM)
ri["mnd"] = C("ri", "it could not confirm the report", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
ri["z11"] = C("ri", "Volodymyr Zelensky said 11,000 North Korean soldiers were in Russia's Kursk region", measure=KU,
              value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
ri["bl8"] = C("ri", "the roughly 8,000 that US Secretary of State Antony Blinken said were there last Thursday",
              measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
ri["within"] = C("ri", "they would likely be in combat within days", kind=S, measure=CT, mod="planned", by=BL)
ri["partn"] = C("ri", "Zelensky also accused Ukraine's partners of watching North Korea's involvement grow instead of "
                "acting against it.", kind=S, measure=PARTN, by=ZEL, subject=UA)
ri["dodcs"] = C("ri", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
ri["nis10"] = C("ri", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
ri["plan"] = C("ri", "about 12,000 that Pyongyang agreed to send", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
ri["terms"] = C("ri", "roughly a hundred Russian words of command", measure=TERMS, value=100, q="about", unit="terms",
                by=NIS)
ri["srbm"] = C("ri", "about seven short-range ballistic missiles", measure=SRBM, value=7, q="about", unit="missiles",
               by=JCS, ev="2024-11-05")
ri["t86"] = C("ri", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
ri["choe"] = C("ri", "Pyongyang would stand with Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
ri["noack"] = C("ri", "The Kremlin has still not confirmed the presence of North Korean soldiers on Russian territory.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
ri["mae"] = C("ri", "the involvement of North Korean troops in Russia's war of aggression marked a dangerous "
              "escalation", kind=S, measure=ESC, by="Romania Ministry of Foreign Affairs", subject="Romania")

# ---------------------------------------------------------------- Euractiv, Thu 2024-11-14 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims, one sentence); "A day later" -> 11-13 (the NIS's two);
# the count retold with dates: "On 18 October" (plan, first group, one sentence), "Five days later" -> 10-23 (a step:
# k03), "By 28 October" -> 10-28, "On 31 October" -> 10-31 and "on 4 November" -> 11-04 (one sentence, two days);
# "came on 5 November" -> 11-05 and "the same day" -> 11-05; "reported on Sunday" -> 11-10 (the NYT's officials);
# "reported on Tuesday" -> 11-12 (KCNA); Borrell "said on Monday" -> 11-11; Kallas "on Tuesday" -> 11-12; Yoon "last
# week" gives null. "Seoul's 12,000 was a plan" is the outlet's restatement of the NIS's plan (k05, undated); "its
# early counts were of men it had seen land", "None of these figures contradicts", the pace, "European diplomats
# fear", the 15th package, the 26 commissioners-designate, "20 January", "Four weeks", "past four weeks" and the
# Read-also lines are not annotated. Trump's age and his "24 hours" are annotated (attributed to nobody / to him).
eur = {}
eur["st10"] = C("eur", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
                q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
eur["most"] = C("eur", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE,
                ev="2024-11-12", place="Kursk")
eur["begun"] = C("eur", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                 by=STATE, ev="2024-11-12", place="Kursk")
eur["units"] = C("eur", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                 measure=UNITS, by=NIS, ev="2024-11-13")
eur["combat"] = C("eur", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
eur["plan"] = C("eur", "Pyongyang planned to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
eur["fb"] = C("eur", "a first group of about 1,500 special forces had already reached Vladivostok", measure=FB,
              value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
eur["nis3"] = C("eur", "Five days later it put the number in Russia at about 3,000.", value=3000, q="about",
                scope="total", by=NIS, ev="2024-10-23", place="Russia")
eur["dod10"] = C("eur", "By 28 October the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                 by=DOD, ev="2024-10-28", place="Russia")
eur["bl8"] = C("eur", "Antony Blinken put about 8,000 in Kursk alone", measure=KU, value=8000, q="about", by=BL,
               ev="2024-10-31", place="Kursk")
eur["z11"] = C("eur", "Volodymyr Zelensky said 11,000 were there", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
               place="Kursk")
eur["plan2"] = C("eur", "Seoul's 12,000 was a plan", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
                 place="Russia")
eur["um"] = C("eur", "Defence Minister Rustem Umerov told KBS of small-scale clashes", kind=S, measure=N5, by=UM,
              ev="2024-11-05")
eur["mnd"] = C("eur", "Seoul's defence ministry said the same day that it could not confirm them", kind=S, measure=N5,
               by=MND, ev="2024-11-05", subject=SK)
eur["massed"] = C("eur", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                  q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
eur["fake"] = C("eur", "Moscow, which first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
                subject=RUS)
eur["treaty"] = C("eur", "now says little beyond pointing to its mutual defence treaty with Pyongyang", kind=S,
                  measure=TREATY, by=KREMLIN, subject=RUS)
eur["ratify"] = C("eur", "Kim Jong Un had ratified the treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
eur["borrell"] = C("eur", "the deployment was a dangerous escalation that \"directly affects European security\"",
                   kind=S, measure=ESC, by="Josep Borrell", ev="2024-11-11", subject="European Union")
eur["yoon"] = C("eur", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
                mod="conditional", by=YOON, subject=SK)
eur["age"] = C("eur", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
eur["h24"] = C("eur", "who has promised to end the war \"in 24 hours\"", measure=H24, value=24, unit="hours",
               mod="conditional", by="Donald Trump", subject="United States")
eur["kallas"] = C("eur", "Russia's war \"cannot end with a reward for the aggressor\"", kind=S, measure=KALLAS,
                  by="Kaja Kallas", ev="2024-11-12", subject="European Union")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [tvp["sofar"], tvp["bud11"], bt["kys11"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's first group of fifteen hundred as all that is in Russia so far vs "
  "Kyiv's about 11,000 training in the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [tvp["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [tvp["bud11"], bt["kys11"]])])
K(RU, [bt["nis3"], rpi["nis3"], euo["nis3"], rpi["kirby3"], euo["us3"], rpi["hur12"], euo["hur12"], mil["hur12"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, US officials)",
    [bt["nis3"], rpi["nis3"], euo["nis3"], rpi["kirby3"], euo["us3"]]),
   ("about 12,000 (HUR)", [rpi["hur12"], euo["hur12"], mil["hur12"]])])
K(RU, [mil["wh3"], eur["nis3"], mil["dod10"], eur["dod10"], loc["bl10"], mil["nis10"], loc["nis10"], ri["nis10"],
       eur["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [loc["bl8"], ri["bl8"], eur["bl8"], ri["z11"], eur["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [tvp["plan"], bt["plan"], rpi["plan"], loc["plan"], ri["plan"], eur["plan"], eur["plan2"], tvp["zel10"],
       bt["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [tvp["plan"], bt["plan"], rpi["plan"], loc["plan"], ri["plan"], eur["plan"], eur["plan2"]]),
   ("10,000 (Zelensky)", [tvp["zel10"], bt["zel10"]])])
K(FB, [tvp["fb"], bt["fb"], loc["fb"], eur["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [tvp["win"], loc["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [tvp["ships"], loc["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [tvp["brig"], bt["brig"], loc["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [bt["sb"], rpi["sb"]], "agreement", "NIS (Oct 23): another / a second group of about 1,500 followed the first")
K(PR, [bt["pr"], rpi["pr"], euo["pr"], mil["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [bt["prd"], rpi["prd"], euo["prd"], mil["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [bt["pay"], rpi["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [bt["regime"], rpi["regime"]], "agreement", "NIS: most of the pay goes to the regime / the state")
K(DRONES, [bt["drones"], rpi["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit but poor / clumsy with drones")
K(OFF, [rpi["off"], euo["off"], mil["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [rpi["gen"], euo["gen"], mil["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [rpi["arr"], mil["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [rpi["sites"], euo["sites"]], "agreement", "Kirby / US officials (Oct 23): three training sites")
K(READY, [tvp["ready"], bt["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(UNSURE, [bt["unsure"], rpi["unclear"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin 'left to be seen', Kirby 'unclear')")
K(TGT, [rpi["fair"], loc["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [bt["aesc"], bt["stano"], mil["resc"], loc["berlin"], ri["mae"], eur["borrell"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin), 'a significant escalation' if confirmed (Stano), "
  "'a significant escalation' (Rutte Oct 28), Berlin, Romania's MAE and Borrell (a dangerous escalation)")
K(DEP, [bt["adep"], mil["rdep"], tvp["rej"], tvp["fake"], eur["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs rejected / 'another fake' (Kremlin, Peskov)",
  [("asserted", [bt["adep"], mil["rdep"]]), ("dismissed", [tvp["rej"], tvp["fake"], eur["fake"]])])
K(LAW, [euo["kjg"], mil["kjg"], tvp["unsc"]], "discrepancy",
  "legality: conforming with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council "
  "resolutions (Seoul's presidential office, Oct 18)",
  [("lawful (Kim Jong Gyu)", [euo["kjg"], mil["kjg"]]), ("violates UNSC resolutions (Seoul)", [tvp["unsc"]])])
K(CT, [euo["ct"], mil["ct"], mil["weeks"], loc["days"], ri["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh) vs 'in the coming days' / "
  "'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [euo["ct"], mil["ct"]]), ("several weeks (Pentagon)", [mil["weeks"]]),
   ("coming days (Blinken)", [loc["days"], ri["within"]])])
K(CS, [tvp["rcs"], bt["nato"], euo["rutte"], loc["acs"], ri["dodcs"], eur["begun"], eur["combat"]], "update_over_time",
  "combat status: no evidence / cannot confirm (Rutte Oct 17-28), not yet seen (Austin Oct 31), no indication "
  "(Pentagon Nov 4) -> begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [ri["um"], eur["um"], ri["mnd"], eur["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [ri["um"], eur["um"]]), ("cannot confirm (Seoul MND)", [ri["mnd"], eur["mnd"]])])
K(FRONT, [mil["closer"], mil["front"], loc["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [mil["kyb"], loc["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [mil["terms"], ri["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(IMG, [rpi["img"], euo["img"]], "agreement", "Putin (Oct 24): images 'are a serious thing', they 'reflect something'")
K(TREATY, [rpi["treaty"], euo["treaty"], eur["treaty"]], "agreement",
  "Moscow: what Russia does under its treaty with Pyongyang is its own business (Putin; the Kremlin points to it)")
K(WPN, [rpi["yoon"], euo["yoon"], eur["yoon"]], "agreement",
  "Yoon does not rule out supplying weapons to Ukraine, depending on the North (Oct 24; Nov 7)")
K(TECH, [rpi["tech"], loc["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Sedivy; Foreign Minister Cho)")
K(WITHDRAW, [bt["wd"], loc["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(NOACK, [loc["noack"], ri["noack"]], "agreement", "the Kremlin has not confirmed / acknowledged the deployment")
K(CHOE, [loc["choe"], ri["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(ICBM_T, [loc["t86"], ri["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")

pairs = [
    (tvp["plan"], tvp["fb"], "around 12,000 planned vs a first transport of some 1,500"),
    (tvp["sofar"], tvp["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (tvp["brig"], tvp["ships"], "four brigades vs four landing ships, adjacent sentences"),
    (tvp["bud11"], tvp["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (bt["sb"], bt["nis3"], "another 1,500 vs about 3,000 in all, same sentence"),
    (bt["nis3"], bt["pr"], "about 3,000 now vs around 10,000 expected by December"),
    (bt["sb"], bt["fb"], "about 1,500: the second group vs the first group"),
    (rpi["off"], rpi["gen"], "500 officers vs three generals, same sentence"),
    (rpi["hur12"], rpi["plan"], "around 12,000 already in Russia (HUR) vs about 12,000 planned (NIS)"),
    (rpi["sites"], rpi["gen"], "three: training sites vs generals"),
    (euo["nis3"], euo["pr"], "about 3,000 now vs some 10,000 expected, same sentence"),
    (mil["dod10"], mil["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (mil["nis10"], mil["pr"], "more than 10,000 now (NIS Oct 29) vs about 10,000 forecast (NIS Oct 23)"),
    (loc["bl8"], loc["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (loc["days"], loc["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (ri["z11"], ri["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ri["nis10"], ri["plan"], "more than 10,000 sent vs about 12,000 agreed, same sentence"),
    (eur["z11"], bt["kys11"], "11,000: Zelensky's count in Kursk vs Kyslytsya's count in training"),
    (eur["plan"], eur["fb"], "about 12,000 planned vs a first group of about 1,500, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
