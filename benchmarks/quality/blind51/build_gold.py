"""Generate gold.json for blind51 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind51/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, TECH, MUN, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO, PARTN  # noqa: F401
)

DOCS = {
    "nn": ("naval-news-2024-10-19-russian-navy-landing-ships-carried-north-korean-special-forces-to-vladivostok",
           "Naval News", "2024-10-19"),
    "ja": ("janes-2024-10-23-seoul-says-north-korea-has-sent-3000-troops-to-russia-expects-10000-by-december",
           "Janes", "2024-10-23"),
    "fn": ("forces-news-2024-10-24-ukraine-says-12000-north-korean-troops-in-russia-first-units-in-kursk",
           "Forces News (BFBS)", "2024-10-24"),
    "uk": ("uk-defence-journal-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia-nato-confirms-deployment",
           "UK Defence Journal", "2024-10-29"),
    "at": ("army-technology-2024-11-01-interview-what-north-korean-troops-bring-to-russias-war", "Army Technology",
           "2024-11-01"),
    "bc": ("bellingcat-2024-11-02-from-vladivostok-to-kursk-what-open-sources-show-about-north-koreas-troops",
           "Bellingcat", "2024-11-02"),
    "ins": ("the-insider-2024-11-05-ukraine-reports-first-clashes-with-north-korean-troops-seoul-cannot-confirm",
            "The Insider", "2024-11-05"),
    "ru": ("rusi-2024-11-13-north-koreas-soldiers-are-now-fighting-what-the-numbers-did-and-did-not-tell-us",
           "RUSI Commentary", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
MOVE = "transfer of North Korean troops under way (Oct 18)"
SATIMG = "NIS satellite images of Russian ships at North Korean ports"
MORET = "further North Korean transports expected (NIS)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WESTR = "possible North Korean deployment size (Western official)"
THREAT = "South Korea: deployment a grave security threat"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
ARMY = "North Korea's armed forces (size)"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
SITES = "training sites in eastern Russia (US)"
UNSURE = "Washington unsure what the North Koreans will do (Oct 23)"
NOACK = "Russia has not acknowledged the deployment"
INTENT = "Russia intends to use North Korean troops in combat (US)"
LOSSES = "deployment a sign of Russian manpower losses (Rutte)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMX = "North Korea preparing an ICBM test (NIS)"
FC = "North Korean troops in Russia by spring (analyst forecast)"
N5 = "first clashes with North Korean troops (Nov 5)"
MOREUA = "more North Korean troops expected (Ukraine)"
DEEP = "Ukraine asks permission for long-range strikes into Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
CHOE = "North Korea support for Russia until victory"
AGE = "age"
T24 = "Trump: end the war within 24 hours"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"


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
RUG = "Russia government"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
CHO = "Cho Tae-yul"
REID = "Callum Reid"
TRUMP = "Donald Trump"
JCS = "South Korea Joint Chiefs of Staff"
SPR = "Ukraine Center for Strategic Communications"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Naval News, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the lead: the plan and "already started moving them"); the second and third paragraphs
# ("According to the spy agency", "the NIS said", "the agency added", "It expects") give no day; "By Seoul's
# reckoning, those 1,500 men are the only ..." is the NIS's head count of that week (bundled k01). "in Brussels on
# Thursday" and "who appeared beside Zelensky on Thursday" -> 10-17; "A day later" -> 10-18 (Budanov's count and
# November 1); "he said" (the 2,600) gives none. "on Friday, after which" -> 10-18 (the threat). "a year ago" gives
# none. The outlet's own lines (the Pacific Fleet's landing ships, 120 nautical miles, "could not independently
# identify", "If confirmed ... first large-scale"), the MoD's non-reply and the Related lines (11 frigates) are not
# annotated; the Western official is unnamed but is the bundled corpus's identified origin `Western official`.
nn = {}
nn["plan"] = C("nn", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
nn["move"] = C("nn", "the Russian Navy has already started moving them across the Sea of Japan", kind=S, measure=MOVE,
               by=NIS, ev="2024-10-18")
nn["fb"] = C("nn", "a first contingent of roughly 1,500 special operations troops was shipped from the North's east "
             "coast to Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
nn["win"] = C("nn", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
nn["ships"] = C("nn", "Four Russian Navy landing ships made the crossings", measure=SHIPS, value=4, unit="ships",
                by=NIS, subject=RUS)
nn["escort"] = C("nn", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
nn["img"] = C("nn", "The agency released commercial satellite images that it said showed Russian ships alongside the "
              "piers at Chongjin", kind=S, measure=SATIMG, by=NIS, subject=RUS)
nn["unif"] = C("nn", "The troops were handed Russian uniforms and forged identity papers describing them as residents "
               "of Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
nn["more"] = C("nn", "It expects a second transport soon.", kind=S, measure=MORET, mod="planned", by=NIS)
nn["sofar"] = C("nn", "those 1,500 men are the only North Korean soldiers on Russian soil", value=1500, scope="total",
                by=NIS, place="Russia")
nn["zel"] = C("nn", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
nn["bud"] = C("nn", "about 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
nn["ready"] = C("nn", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
nn["2600"] = C("nn", "A first unit of 2,600 of them is to go to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
nn["rutte"] = C("nn", "the alliance had no evidence yet that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
nn["west"] = C("nn", "put the size of a possible deployment at anywhere between 2,000 and 12,000", measure=WESTR,
               low=2000, high=12000, mod="conditional", by="Western official", place="Russia")
nn["kdis"] = C("nn", "The Kremlin has dismissed the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
nn["fake"] = C("nn", "Its spokesman, Dmitry Peskov, called them \"another fake\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
nn["threat"] = C("nn", "his office called the military cooperation between Moscow and Pyongyang a grave security "
                 "threat to South Korea and the international community", kind=S, measure=THREAT, by=PO,
                 ev="2024-10-18", subject=SK)
nn["mun"] = C("nn", "the North had shipped more than 1,000 containers of military equipment and munitions to Russia",
              measure=MUN, value=1000, q="at_least", unit="containers", by=WH, place="Russia")

# ---------------------------------------------------------------- Janes, Wed 2024-10-23 (press-briefing write-up)
# "told lawmakers on 23 October" -> 10-23 (second group and count in one sentence); Park's relay "after the closed-door
# session" and "he added" give no day (forecast, December, further transports); "According to Park" and Lee's line
# give none. "It said then" after "on 18 October" -> 10-18 (plan, brigades, first transport, window in one sentence).
# "In Rome on 23 October" -> 10-23 (Austin's evidence); his quotation gives none; "Hours later" gives none (the day is
# in the previous sentence), so Kirby's count, sites, doubt and "fair game" are undated. "on 21 October" -> 10-21
# (Kyslytsya); "on the same day" -> 10-21 (the summons and withdrawal demand); "on 22 October" -> 10-22. The key points,
# "The step from 1,500 to 3,000 in five days ..." and the Analysis paragraph are the outlet's voice, except its own
# figure of the North's armed forces (1.28 million), annotated with attributed_to null; "A deployment of 10,000 would
# be small" is the outlet's hypothetical and "since the 1950s" a date. "Pyongyang has not commented" is a non-reply.
ja = {}
ja["sb"] = C("ja", "a second group of about 1,500 North Korean soldiers had been moved to Russia", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ja["nis3"] = C("ja", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
ja["pr"] = C("ja", "The agency expects the total to reach about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
ja["prd"] = C("ja", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ja["more"] = C("ja", "Further transports are being prepared, he added.", kind=S, measure=MORET, mod="planned", by=NIS)
ja["pay"] = C("ja", "Russia is paying each soldier about USD2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ja["regime"] = C("ja", "the NIS believes most of that money is being kept by the regime in Pyongyang", kind=S,
                 measure=REGIME, by=NIS)
ja["drones"] = C("ja", "Russian instructors rated the North Koreans' physical fitness and morale highly but found them "
                 "weak on drones and other aspects of modern warfare", kind=S, measure=DRONES, by=NIS)
ja["plan"] = C("ja", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ja["brig"] = C("ja", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ja["fb"] = C("ja", "some 1,500 special forces had been carried to Vladivostok aboard Russian Navy landing ships",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ja["win"] = C("ja", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
ja["adep"] = C("ja", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
ja["unsa"] = C("ja", "\"What exactly they're doing is left to be seen,\" he said.", kind=S, measure=UNSURE, by=AUSTIN)
ja["kirby3"] = C("ja", "at least 3,000 North Korean soldiers had travelled by ship to Russia's Far East", value=3000,
                 q="at_least", scope="total", by=KIRBY, place=RFE)
ja["sites"] = C("ja", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                place=RFE)
ja["unsk"] = C("ja", "Washington did not yet know whether they would fight", kind=S, measure=UNSURE, by=KIRBY)
ja["fair"] = C("ja", "if they were sent against Ukraine they would be \"fair game\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
ja["kys"] = C("ja", "about 11,000 North Korean infantry were being trained in Russia's east", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ja["wd"] = C("ja", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
ja["wpn"] = C("ja", "Seoul would respond in stages and could consider supplying weapons to Ukraine, starting with "
              "defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
ja["noack"] = C("ja", "Moscow has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ja["army"] = C("ja", "North Korea's active armed forces of about 1.28 million", measure=ARMY, value=1280000, q="about",
               by=None)

# ---------------------------------------------------------------- Forces News (BFBS), Thu 2024-10-24 (broadcast segment)
# "said today" -> 10-24 (HUR's count, officers and generals in one sentence); the arrival "yesterday" -> 10-23 (an
# arrival takes its own day); "told lawmakers in Seoul yesterday" -> 10-23 (count and second shipment); "It expects"
# gives none (the forecast in words and December); "Last Friday" -> 10-18 (plan in words and brigades); Kirby's
# sentence has no day of its own ("last night" is the previous sentence), nor do his SOT, Putin's SOT and "He added";
# Yoon "said today" -> 10-24; Austin "said yesterday" -> 10-23. The presenter's lead ("Ukraine says ...") and closing
# recap in words are claims of their origins, undated: "Ukraine says" and "according to Kyiv" carry HUR's figure ->
# `Ukraine HUR`; "according to Seoul" -> NIS; "according to Washington" -> `US government`. "puts the number far
# lower", "Kyiv's number today and Seoul's plan are the same size ...", "neither confirmed nor denied the reports" (the
# correspondent's reading of Putin), the MoD's refusal, the unnamed retired officer, "since August", the Poppy Appeal
# (40 million) and the running time are not annotated.
fn = {}
fn["lead12"] = C("fn", "Ukraine says around twelve thousand North Korean soldiers are now in Russia", value=12000,
                 q="about", scope="total", by=HUR, place="Russia")
fn["leadarr"] = C("fn", "the first of them have already reached the front-line region of Kursk", kind=S, measure=ARR,
                  by=HUR, place="Kursk")
fn["hur"] = C("fn", "about 12,000 North Korean troops are in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
fn["off"] = C("fn", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
fn["gen"] = C("fn", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
fn["arr"] = C("fn", "the first units arrived in the Kursk region yesterday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
fn["nis3"] = C("fn", "around 3,000 North Koreans had been moved to Russia so far", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
fn["sb"] = C("fn", "after a second shipment of about 1,500", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
fn["pr"] = C("fn", "It expects ten thousand there", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
             place="Russia")
fn["prd"] = C("fn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fn["plan"] = C("fn", "Pyongyang had decided to send twelve thousand troops in all", measure=PL, value=12000,
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
fn["brig"] = C("fn", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
fn["kirby3"] = C("fn", "at least 3,000 North Korean soldiers had moved to Russia's Far East by ship", value=3000,
                 q="at_least", scope="total", by=KIRBY, place=RFE)
fn["sites"] = C("fn", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                place=RFE)
fn["fair"] = C("fn", "\"If they're going to go fight against Ukraine, they're fair game.\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
fn["img"] = C("fn", "\"Images are a serious thing. If there are images, they reflect something.\"", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
fn["treaty"] = C("fn", "how Russia applies its new defence treaty with North Korea is a matter for Moscow alone",
                 kind=S, measure=TREATY, by=PUTIN, subject=RUS)
fn["yoon"] = C("fn", "his government would not rule out supplying weapons to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
fn["aesc"] = C("fn", "if the troops join the fighting, it would be a very, very serious issue", kind=S, measure=ESC,
               mod="conditional", by=AUSTIN, ev="2024-10-23")
fn["r12"] = C("fn", "twelve thousand according to Kyiv", value=12000, scope="total", by=HUR, place="Russia")
fn["r3s"] = C("fn", "three thousand according to Seoul", value=3000, scope="total", by=NIS, place="Russia")
fn["r3w"] = C("fn", "at least three thousand according to Washington", value=3000, q="at_least", scope="total",
              by=USG, place="Russia")

# ---------------------------------------------------------------- UK Defence Journal, Tue 2024-10-29 (news story with update)
# "the Pentagon said on Monday" -> 10-28 (count and "closer to Ukraine" in one sentence); "Last Wednesday" -> 10-23
# (the White House's 3,000, a step of the running total); Singh's sentence has no day (intent and timing, two claims);
# "Earlier on Monday in Brussels" -> 10-28 (Rutte's confirmation); "Rutte called" and "he said" give none; "said last
# Thursday" -> 10-24 (HUR's count, the Oct 23-24 snapshot k02) and "warned on Saturday" -> 10-26 (Zelensky's window) in
# one sentence; "said on Friday" -> 10-25 (Kim Jong Gyu). The update: "on Tuesday" -> 10-29 (count and front); Lee's
# lines, "Only last week" and "The agency also said" give none. "The estimate is more than three times the figure
# Washington gave" is the outlet's ratio (3, at_least, attributed to nobody). "She declined to say", "There was no
# confirmed report of that by Monday evening", "Its own count has already passed that", the Kremlin's and the MoD's
# non-comments, "November 5" inside the ICBM line, the stamps and the Read-more lines (seven-month, 148) are not
# annotated.
uk = {}
uk["dod10"] = C("uk", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
uk["closer"] = C("uk", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
uk["ratio"] = C("uk", "The estimate is more than three times the figure Washington gave", measure=RATIO, value=3,
                q="at_least", unit="times", by=None)
uk["wh3"] = C("uk", "Last Wednesday the White House said at least 3,000 North Korean troops had arrived in Russia",
              value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
uk["intent"] = C("uk", "\"increasingly concerned\" that Russia intends to use the North Korean soldiers in combat",
                 kind=S, measure=INTENT, mod="planned", by=SINGH, subject=RUS)
uk["weeks"] = C("uk", "against Ukrainian forces in Kursk \"over the next several weeks\"", kind=S, measure=CT,
                mod="planned", by=SINGH, place="Kursk")
uk["rdep"] = C("uk", "confirmed that North Korean troops had been sent to Russia and that North Korean military units "
               "had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
uk["resc"] = C("uk", "Rutte called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war\"", kind=S, measure=ESC, by=RUTTE)
uk["loss"] = C("uk", "It was also, he said, a sign of Russia's mounting losses", kind=S, measure=LOSSES, by=RUTTE,
               subject=RUS)
uk["hur"] = C("uk", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
uk["ct"] = C("uk", "the first of them could be in combat on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
uk["kjg"] = C("uk", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
uk["nis10"] = C("uk", "more than 10,000 North Korean soldiers had now been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
uk["front"] = C("uk", "some appeared to be moving towards the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
uk["kyb"] = C("uk", "the agency had identified the force's commander as Lieutenant General Kim Yong Bok", kind=S,
              measure=KYB, by=NIS)
uk["terms"] = C("uk", "The troops were being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
uk["pr"] = C("uk", "the number would reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
uk["prd"] = C("uk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
uk["icbm"] = C("uk", "North Korea appeared to have completed preparations for a new intercontinental ballistic missile "
               "test", kind=S, measure=ICBMX, mod="planned", by=NIS)

# ---------------------------------------------------------------- Army Technology, Fri 2024-11-01 (interview)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure and "in the coming days", one sentence); "In all, ..., he said"
# gives none; "Standing beside him" and "he added" give none (Austin). The questions that state origins' figures are
# those origins' claims, undated ("Washington now says" -> `US government`; "South Korea's intelligence service says"
# -> NIS). The guest (invented) relays the NIS ("Seoul says", "Seoul's spy agency says"), the White House ("said last
# year") and Cho Tae-yul, undated; his own technology forecast and his range forecast (15,000 to 20,000 by the spring)
# are his (`Callum Reid`). His asides ("a force this size is not decisive", losses "by Ukraine's count", light
# infantry, "since 1953", "since January", "both records", the message to Washington) are not annotated; the ICBM's
# day is in the question, so the minutes and altitude are undated. The GlobalData line (100 budgets) is furniture.
at = {}
at["bl8"] = C("at", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
at["days"] = C("at", "Washington expects them to be used against Ukrainian forces \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
at["bl10"] = C("at", "In all, some 10,000 have been sent to Russia, he said.", value=10000, q="about", scope="total",
               by=BL, place="Russia")
at["eq"] = C("at", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
at["acs"] = C("at", "He had not yet seen them engaged in combat, he added.", kind=S, measure=CS, by=AUSTIN)
at["q10"] = C("at", "Washington now says 10,000 in Russia", value=10000, scope="total", by=USG, place="Russia")
at["q8"] = C("at", "8,000 of them in Kursk", measure=KU, value=8000, by=USG, place="Kursk")
at["unif"] = C("at", "Seoul says the Russians issued them uniforms and equipment on arrival", kind=S, measure=UNIF,
               by=NIS)
at["drones"] = C("at", "South Korea's intelligence service says Russian instructors rate them highly for fitness but "
                 "poorly on drones", kind=S, measure=DRONES, by=NIS)
at["mun"] = C("at", "North Korea had sent more than 1,000 containers of munitions and military equipment to Russia",
              measure=MUN, value=1000, q="at_least", unit="containers", by=WH, place="Russia")
at["pay"] = C("at", "Russia pays about $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
at["regime"] = C("at", "most of it goes to the state, not the men", kind=S, measure=REGIME, by=NIS)
at["tech"] = C("at", "I would expect Moscow to pay in technology: help with satellites, submarines, perhaps air "
               "defence", kind=S, measure=TECH, mod="planned", by=REID)
at["cho"] = C("at", "Russia might hand over sensitive military technology", kind=S, measure=TECH, mod="conditional",
              by=CHO)
at["t86"] = C("at", "the ICBM flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
at["alt"] = C("at", "climbed above 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least", unit="km", by=JMOD)
at["fc"] = C("at", "I would not be surprised to see 15,000 to 20,000 in Russia by the spring", measure=FC, low=15000,
             high=20000, mod="planned", scope="total", by=REID, place="Russia")

# ---------------------------------------------------------------- Bellingcat, Sat 2024-11-02 (open-source investigation)
# The less usual form. Only what the governments said is annotated, each with the day its own sentence gives: "On
# October 18" -> 10-18 (first transport, window, ships in one sentence); "The same day" -> 10-18 (the Centre for
# Strategic Communications' video, a claim that the men received Russian uniforms); "on October 23" -> 10-23 (the
# White House's count, told as a step in a document of Nov 2, and its three locations); "on October 24 ... the day
# before" -> 10-23 (an arrival takes its own day); "On October 28" -> 10-28 (the Pentagon's count and "closer to
# Ukraine"); "the next day" -> 10-29 (the NIS); "on October 31" -> 10-31 (Blinken). Bellingcat's own findings, key
# findings, geolocation, methodology, "We could not identify the ships", "US officials have described more than one
# site", "It did not name them", "None of these statements ...", the Telegram clips ("since October 25", unnamed) and
# "It released satellite images" (an act, not a statement) are the outlet's voice and are not annotated.
bc = {}
bc["fb"] = C("bc", "about 1,500 North Korean special forces had been carried to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bc["win"] = C("bc", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
bc["ships"] = C("bc", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
bc["video"] = C("bc", "published a video that it said showed North Korean men receiving Russian uniforms and kit at a "
                "base in the Russian Far East", kind=S, measure=UNIF, by=SPR, ev="2024-10-18", place=RFE)
bc["wh3"] = C("bc", "at least 3,000 North Korean soldiers had arrived in Russia's Far East by ship", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
bc["sites"] = C("bc", "were training at three locations there", measure=SITES, value=3, unit="training sites", by=WH,
                ev="2024-10-23", place=RFE)
bc["arr"] = C("bc", "the first North Korean units had reached the Kursk region the day before", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
bc["dod10"] = C("bc", "around 10,000 had been sent to eastern Russia for training", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
bc["closer"] = C("bc", "some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
bc["nis10"] = C("bc", "more than 10,000 were now in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
bc["bl8"] = C("bc", "about 8,000 were already in Kursk", measure=KU, value=8000, q="about", by=BL, ev="2024-10-31",
              place="Kursk")
bc["noack"] = C("bc", "The Kremlin has still not confirmed that any North Korean soldiers are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- The Insider, Tue 2024-11-05 (story built from agency copy)
# The lead's two clauses give no day (Umerov's fighting; "a claim South Korea said it could not confirm" -> the
# defence ministry). "aired on Tuesday" -> 11-05 (engagements and "more ... in the coming weeks", one sentence); "said
# the same day" -> 11-05; "On Monday" -> 11-04 and "last Thursday" -> 10-31 (two origins, one sentence); "Zelensky
# complained" gives none; "The Pentagon said on Monday" -> 11-04; "has said" gives none (the NIS's count, pledge and
# commander in one sentence); "Early on Tuesday" -> 11-05 (the JCS); "five days after the North tested" -> 10-31 (the
# 86 minutes, unhedged, attributed to Japan's ministry although the sentence names no speaker); the Kremlin's clause
# has no day of its own ("on Tuesday" belongs to Peskov's referral, a refusal); "had told ... on Friday" -> 11-01.
# "Russian officials have cited it" -> `Russia government`. Not annotated: "He did not say where", "the longest flight
# it has recorded", Russian state television, the Telegram channels and "The Insider was unable to verify", the unnamed
# source close to the General Staff, the treaty's "fourth article" and "June", the election line ("6 pm"), the stamp
# and the Read-also lines (13.5 trillion roubles). Trump's age is annotated (attributed to nobody).
ins = {}
ins["lclash"] = C("ins", "Ukrainian forces have fought North Korean soldiers for the first time", kind=S, measure=N5,
                  by=UM)
ins["lmnd"] = C("ins", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
ins["um"] = C("ins", "the first small-scale engagements with North Korean units had already taken place", kind=S,
              measure=N5, by=UM, ev="2024-11-05")
ins["more"] = C("ins", "Kyiv expected more soldiers from the North to arrive in the coming weeks", kind=S,
                measure=MOREUA, mod="planned", by=UM, ev="2024-11-05")
ins["mnd"] = C("ins", "South Korea's Ministry of National Defense said the same day that it could not confirm Umerov's "
               "account.", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
ins["z11"] = C("ins", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000,
               by=ZEL, ev="2024-11-04", place="Kursk")
ins["bl8"] = C("ins", "the roughly 8,000 that US Secretary of State Antony Blinken had placed there last Thursday",
               measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
ins["partn"] = C("ins", "Zelensky complained that Ukraine's partners were watching rather than acting", kind=S,
                 measure=PARTN, by=ZEL, subject=UA)
ins["deep"] = C("ins", "again asked for permission to strike military targets deep inside Russia", kind=S,
                measure=DEEP, by=ZEL, subject=UA)
ins["dodcs"] = C("ins", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                 by=DOD, ev="2024-11-04")
ins["nis10"] = C("ins", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, place="Russia")
ins["plan"] = C("ins", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
ins["kyb"] = C("ins", "they are commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
ins["srbm"] = C("ins", "North Korea fired about seven short-range ballistic missiles into the sea off its east coast",
                measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
ins["t86"] = C("ins", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
               unit="minutes", by=JMOD, ev="2024-10-31")
ins["noack"] = C("ins", "The Kremlin has still not confirmed that North Korean troops are in Russia", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
ins["choe"] = C("ins", "Pyongyang would stand with its Russian comrades \"until the day of victory\"", kind=S,
                measure=CHOE, by="Choe Son Hui", ev="2024-11-01")
ins["treaty"] = C("ins", "Russian officials have cited it, without mentioning troops, when asked about the reports",
                  kind=S, measure=TREATY, by=RUG, subject=RUS)
ins["age"] = C("ins", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
ins["t24"] = C("ins", "he would end the war within 24 hours if elected", measure=T24, value=24, q="up_to",
               unit="hours", mod="conditional", by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- RUSI Commentary, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (the State Department's three claims in one sentence); "went further today" -> 11-13 (the
# NIS's two claims); "When the NIS first went public on 18 October" -> 10-18 (plan and brigades); "What it had counted
# then" -> 10-18 (the NIS's head count of that week, bundled k01, as Janes's "It said then"); "By 23 October" -> 10-23
# (the NIS's step); "the next day" -> 10-24 (HUR's count, the snapshot k02); "on 23 October", "on 28 October", "on 31
# October" -> their days (one sentence, three origins); "By 4 November" -> 11-04; "on 5 November" and "that day" ->
# 11-05; "For another week the Pentagon said" gives none (a loose restatement of its Nov 4 line, `US Department of
# Defense`, on k30's "not yet" side); "on Sunday" -> 11-10 (the NYT's officials); "this week" gives none (KCNA). Trump's
# "in 24 hours" is unhedged and undated. The deck, "This closes a period ...", "They did not", "a decision in
# Pyongyang, not a head count", "was probably counting the whole force committed", "Washington's numbers moved
# fastest", "That has now changed", the Moscow and Pyongyang readings (hard currency, "since 1953", "the autumn of
# 2022", "a second round"), the closing advice, the disclaimer and the author line are the author's voice.
ru = {}
ru["st10"] = C("ru", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
ru["most"] = C("ru", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
ru["begun"] = C("ru", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
ru["units"] = C("ru", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
ru["combat"] = C("ru", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
ru["plan"] = C("ru", "its figure of about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ru["brig"] = C("ru", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ru["sofar"] = C("ru", "What it had counted then was a single shipment of some 1,500 special forces.", value=1500,
                q="about", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ru["nis3"] = C("ru", "By 23 October the agency put the number in Russia at around 3,000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
ru["hur"] = C("ru", "about 12,000 were already there", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
              place="Russia")
ru["wh3"] = C("ru", "The White House spoke of at least 3,000 on 23 October", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
ru["dod10"] = C("ru", "on 28 October the Pentagon said around 10,000", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
ru["bl8"] = C("ru", "on 31 October Secretary of State Antony Blinken said roughly 8,000 of them were in Kursk",
              measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
ru["z11"] = C("ru", "By 4 November President Volodymyr Zelensky was putting the Kursk figure at 11,000", measure=KU,
              value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
ru["kyiv"] = C("ru", "Kyiv said on 5 November that its forces had fought North Korean units for the first time",
               kind=S, measure=N5, by=UAG, ev="2024-11-05")
ru["mnd"] = C("ru", "Seoul's Ministry of National Defense said that day that it could not confirm it", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
ru["nosign"] = C("ru", "For another week the Pentagon said it had seen no sign of North Korean troops in combat",
                 kind=S, measure=CS, by=DOD)
ru["massed"] = C("ru", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
ru["fake"] = C("ru", "The Kremlin dismissed the first reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
ru["noack"] = C("ru", "has not confirmed the deployment since", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
ru["ratify"] = C("ru", "Pyongyang, for its part, ratified the mutual defence treaty with Russia this week, according to "
                 "the North's state news agency KCNA", kind=S, measure=RATIFY, by="KCNA")
ru["t24"] = C("ru", "Donald Trump has said he could end the war in 24 hours", measure=T24, value=24, unit="hours",
              mod="conditional", by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [nn["sofar"], ru["sofar"], nn["bud"], ja["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500 head count vs Kyiv's about 11,000 training in the east "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [nn["sofar"], ru["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [nn["bud"],
                                                                                                         ja["kys"]])])
K(RU, [ja["nis3"], ja["kirby3"], fn["nis3"], fn["kirby3"], fn["r3s"], fn["r3w"], fn["lead12"], fn["hur"], fn["r12"],
       uk["hur"], ru["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, Washington)", [ja["nis3"], ja["kirby3"], fn["nis3"], fn["kirby3"], fn["r3s"],
                                                         fn["r3w"]]),
   ("about 12,000 (HUR)", [fn["lead12"], fn["hur"], fn["r12"], uk["hur"], ru["hur"]])])
K(RU, [uk["wh3"], bc["wh3"], ru["wh3"], ru["nis3"], uk["dod10"], bc["dod10"], ru["dod10"], at["bl10"], at["q10"],
       uk["nis10"], bc["nis10"], ins["nis10"], ru["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / around 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [at["bl8"], at["q8"], bc["bl8"], ins["bl8"], ru["bl8"], ins["z11"], ru["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [nn["plan"], ja["plan"], fn["plan"], ins["plan"], ru["plan"], nn["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [nn["plan"], ja["plan"], fn["plan"], ins["plan"], ru["plan"]]),
   ("10,000 (Zelensky)", [nn["zel"]])])
K(FB, [nn["fb"], ja["fb"], bc["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [nn["win"], ja["win"], bc["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [nn["ships"], bc["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [ja["brig"], fn["brig"], ru["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ja["sb"], fn["sb"]], "agreement", "NIS (Oct 23): a second group / shipment of about 1,500")
K(PR, [ja["pr"], fn["pr"], uk["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [ja["prd"], fn["prd"], uk["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ja["pay"], at["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ja["regime"], at["regime"]], "agreement", "NIS: most of the pay goes to the regime / the state")
K(DRONES, [ja["drones"], at["drones"]], "agreement", "NIS: instructors rate the troops' fitness highly, drones poorly")
K(MORET, [nn["more"], ja["more"]], "agreement", "NIS: further transports expected (Oct 18) / being prepared (Oct 23)")
K(UNIF, [nn["unif"], at["unif"], bc["video"]], "agreement",
  "North Korean troops issued Russian uniforms and kit (NIS; Ukraine's Centre for Strategic Communications' video)")
K(SITES, [ja["sites"], fn["sites"], bc["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites")
K(TGT, [ja["fair"], fn["fair"]], "agreement", "Kirby (Oct 23): North Koreans who fight Ukraine are 'fair game'")
K(ARR, [fn["leadarr"], fn["arr"], bc["arr"]], "agreement", "HUR (Oct 24): first units reached the Kursk region on Oct 23")
K(DEP, [ja["adep"], uk["rdep"], nn["kdis"], nn["fake"], ru["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (the Kremlin, Peskov)",
  [("asserted", [ja["adep"], uk["rdep"]]), ("dismissed", [nn["kdis"], nn["fake"], ru["fake"]])])
K(ESC, [fn["aesc"], uk["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional); 'a significant escalation' (Rutte)")
K(UNSURE, [ja["unsa"], ja["unsk"]], "agreement",
  "Washington on Oct 23: what they will do is 'left to be seen' (Austin) / not yet known (Kirby)")
K(WPN, [ja["wpn"], fn["yoon"]], "agreement",
  "Seoul could consider / would not rule out supplying weapons to Ukraine (presidential official Oct 22, Yoon Oct 24)")
K(TREATY, [fn["treaty"], ins["treaty"]], "agreement",
  "Moscow points to the treaty as its own matter (Putin; Russian officials)")
K(NOACK, [ja["noack"], bc["noack"], ins["noack"], ru["noack"]], "agreement",
  "Moscow has not confirmed the deployment")
K(FRONT, [uk["closer"], bc["closer"], uk["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / towards the front (NIS)")
K(KYB, [uk["kyb"], ins["kyb"]], "agreement", "NIS: the force is commanded by Lt. Gen. Kim Yong Bok")
K(CT, [uk["ct"], uk["weeks"], at["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [uk["ct"]]), ("several weeks (Pentagon)", [uk["weeks"]]),
   ("coming days (Blinken)", [at["days"]])])
K(CS, [nn["rutte"], at["acs"], ins["dodcs"], ru["nosign"], ru["begun"], ru["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4), 'no sign' "
  "for another week -> begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [ins["lclash"], ins["um"], ru["kyiv"], ins["lmnd"], ins["mnd"], ru["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [ins["lclash"], ins["um"], ru["kyiv"]]),
   ("cannot confirm (Seoul MND)", [ins["lmnd"], ins["mnd"], ru["mnd"]])])
K(ICBM_T, [at["t86"], ins["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(MUN, [nn["mun"], at["mun"]], "agreement", "White House (2023): more than 1,000 containers of munitions shipped")
K(TECH, [at["tech"], at["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Reid; Foreign Minister Cho)")
K(T24, [ins["t24"], ru["t24"]], "agreement", "Trump: he would / could end the war within 24 hours")

pairs = [
    (nn["plan"], nn["fb"], "about 12,000 planned vs a first contingent of roughly 1,500"),
    (nn["sofar"], nn["fb"], "1,500: Seoul's head count vs the first transport"),
    (nn["bud"], nn["zel"], "about 11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (ja["sb"], ja["nis3"], "about 1,500 more vs around 3,000 in all, same sentence"),
    (ja["nis3"], ja["pr"], "around 3,000 now vs about 10,000 expected by December"),
    (ja["sb"], ja["fb"], "about 1,500: the second group vs the first transport"),
    (ja["plan"], ja["fb"], "about 12,000 decided vs some 1,500 carried, same sentence"),
    (fn["hur"], fn["plan"], "12,000 already in Russia (HUR) vs twelve thousand planned (NIS)"),
    (fn["nis3"], fn["sb"], "around 3,000 vs a second shipment of about 1,500, same sentence"),
    (fn["pr"], fn["nis3"], "ten thousand expected by December vs around 3,000 now"),
    (uk["dod10"], uk["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (uk["nis10"], uk["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (uk["hur"], uk["wh3"], "HUR's 12,000 (snapshot) vs the White House's at least 3,000 told as a step"),
    (at["bl8"], at["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (at["days"], at["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (bc["nis10"], bc["bl8"], "more than 10,000 in Russia vs about 8,000 in Kursk"),
    (ins["z11"], ins["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ins["nis10"], ins["plan"], "more than 10,000 sent vs about 12,000 agreed, same sentence"),
    (ru["hur"], ru["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (ru["z11"], ru["st10"], "11,000 in Kursk vs more than 10,000 sent to Russia"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
