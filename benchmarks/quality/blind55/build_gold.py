"""Generate gold.json for blind55 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind55/build_gold.py

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
    "opb": ("opb-2024-10-21-south-korea-summons-russian-envoy-ukraine-says-11000-north-korean-soldiers-training",
            "OPB", "2024-10-21"),
    "wtop": ("wtop-2024-10-23-north-korea-sends-1500-more-troops-to-russia-3000-in-all", "WTOP", "2024-10-23"),
    "wbur": ("wbur-2024-10-25-kyiv-says-12000-seoul-says-3000-why-the-north-korean-troop-counts-differ", "WBUR",
             "2024-10-25"),
    "kuow": ("kuow-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia-seoul-says-more", "KUOW", "2024-10-29"),
    "wnyc": ("wnyc-2024-10-30-newsroom-guidance-reporting-the-north-korean-troop-numbers", "WNYC", "2024-10-30"),
    "ak": ("alaska-public-media-2024-11-01-alaska-news-nightly-blinken-8000-north-korean-troops-kursk",
           "Alaska Public Media", "2024-11-01"),
    "kqed": ("kqed-2024-11-05-ukraine-says-its-troops-have-fought-north-korean-soldiers-seoul-cannot-confirm", "KQED",
             "2024-11-05"),
    "cb": ("honolulu-civil-beat-2024-11-13-analysis-north-korean-troops-are-fighting-what-the-numbers-meant",
           "Honolulu Civil Beat", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
TRAINEAST = "North Korean troops training at bases in eastern Russia (Kyiv)"
FURTHER = "further North Korean transports expected (NIS)"
THREAT = "North Korean deployment a grave security threat (Seoul)"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
EXP = "North Korean troops gaining modern combat experience"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
UNSURE = "Washington unsure what the troops will do / whether they will fight"
CONSULT = "US consulting allies and partners on a response"
INTENT = "Russia intends to use North Korean troops in combat (US)"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
LAVROV = "Russia-North Korea military ties"
MORE = "more North Korean troops expected (Ukraine)"
DEEP = "Ukraine asks permission for long-range strikes into Russia"
PARTN = "Zelensky on partners' reaction"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
TRUMP = "Trump promises to end the war quickly"
AGE = "age"


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
SEO = "Hannah Seo"
JCS = "South Korea Joint Chiefs of Staff"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- OPB, Mon 2024-10-21 (straight news story from wire copy)
# "on Monday" -> 10-21 (the summons and, joined by "as", Kyslytsya's figure in the lead; Rutte "said Monday");
# "said on Friday" -> 10-18 (the NIS's plan and brigades only); "speaking in Brussels on Thursday" -> 10-17; "A day
# later" -> 10-18 (Budanov's count); "After an emergency security meeting on Friday" -> 10-18 (the threat). The NIS's
# second paragraph ("The agency said", "it said"), the head count, Kyslytsya's New York sentence, Budanov's 2,600 (", he
# said"), Rutte's conditional ("Should they be, he said") and the Kremlin's lines carry no day. "those 1,500 are the
# only North Korean soldiers in Russia so far" is Seoul's head count that week (k01), not the transfer report. The 1.2
# million is the outlet's background (attributed to nobody). "If confirmed ...", "Kyiv's numbers are larger.", "Seoul's
# own count is much smaller.", "Pyongyang has said nothing", "24 years", the Beaverton resident's words, the embassy's
# non-reply and the Related lines ($1,600, Measure 118) are not annotated; the resident's age is (measure age,
# attributed to nobody), as every set annotates ages. Her words are not.
opb = {}
opb["lead11"] = C("opb", "some 11,000 North Korean soldiers were already training in Russia's far east", value=11000,
                  q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
opb["wd"] = C("opb", "demanded that North Korean troops sent to Russia be withdrawn at once", kind=S, measure=WITHDRAW,
              by=SKG, ev="2024-10-21", subject=SK)
opb["unsc"] = C("opb", "the military cooperation between Moscow and Pyongyang violated U.N. Security Council resolutions",
                kind=S, measure=LAW, by=SKFM, subject=SK)
opb["zinov"] = C("opb", "Zinoviev replied that the cooperation was not directed against South Korea's security "
                 "interests", kind=S, measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
opb["east"] = C("opb", "the North Koreans were being trained at bases in eastern Russia", kind=S, measure=TRAINEAST,
                by=KYS, place=RFE)
opb["ready"] = C("opb", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS)
opb["plan"] = C("opb", "the North had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
opb["brig"] = C("opb", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
opb["fb"] = C("opb", "roughly 1,500 special forces were carried from North Korean ports to Vladivostok", measure=FB,
              value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
opb["win"] = C("opb", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
opb["ships"] = C("opb", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 subject=RUS)
opb["escort"] = C("opb", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
opb["unif"] = C("opb", "The men were issued Russian uniforms and forged identity papers, it said.", kind=S,
                measure=UNIF, by=NIS)
opb["sofar"] = C("opb", "those 1,500 are the only North Korean soldiers in Russia so far", value=1500, scope="total",
                 by=NIS, place="Russia")
opb["more"] = C("opb", "It expects more transports.", kind=S, measure=FURTHER, mod="planned", by=NIS)
opb["army"] = C("opb", "North Korea keeps about 1.2 million people in uniform", measure=ARMY, value=1200000, q="about",
                unit="people", by=None)
opb["zel10"] = C("opb", "North Korea was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
                 scope="total", by=ZEL, ev="2024-10-17", place="Russia")
opb["bud11"] = C("opb", "about 11,000 North Korean infantrymen were training in Russia's east", value=11000, q="about",
                 scope="total", by=BUD, ev="2024-10-18", place=RFE)
opb["2600"] = C("opb", "A first unit of 2,600 was to go to the Kursk region", measure=FIRSTU, value=2600, mod="planned",
                scope="first_batch", by=BUD, place="Kursk")
opb["rcs"] = C("opb", "the alliance still could not confirm that North Korean soldiers were taking part in the fighting",
               kind=S, measure=CS, by=RUTTE, ev="2024-10-21")
opb["resc"] = C("opb", "that would be \"a significant escalation\" of the war", kind=S, measure=ESC, mod="conditional",
                by=RUTTE)
opb["krej"] = C("opb", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
opb["fake"] = C("opb", "Dmitry Peskov, called them \"another fake.\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
opb["threat"] = C("opb", "called the deployment a grave security threat to South Korea and to the international "
                  "community", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
opb["age"] = C("opb", "Grace Yun, 58", measure=AGE, value=58, unit="years", by=None, subject="Grace Yun")

# ---------------------------------------------------------------- WTOP, Wed 2024-10-23 (wire story with an update block)
# "told lawmakers on Wednesday" -> 10-23 (the lead's second group and total); Park's relay "after the closed-door
# session" gives no day (the forecast, December, further transports); "last Friday" -> 10-18 (plan, brigades, first
# group, window in one sentence); "According to Park" and Lee's sentence give no day; "on Monday" -> 10-21 (the summons);
# "On Tuesday" -> 10-22 (the presidential official); "In Rome on Wednesday" -> 10-23 (Austin's evidence; his quoted
# lines, ", he told reporters" / ", he said", give none). The update's "said on Wednesday" -> 10-23 (the White House's
# at least 3,000, the snapshot k02); Kirby's "told reporters" sentences give no day. The embassy's referral, the
# Annandale resident's words (his age is annotated), the credit, e-mail and copyright lines and the Related lines (7 a.m., 8 p.m., Oct. 31, 12
# minutes) are not annotated.
wtop = {}
wtop["sb"] = C("wtop", "North Korea has sent roughly 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
               scope="additional", by=NIS, ev="2024-10-23", place="Russia")
wtop["nis3"] = C("wtop", "bringing its contingent there to about 3,000", value=3000, q="about", scope="total", by=NIS,
                 ev="2024-10-23", place="Russia")
wtop["pr"] = C("wtop", "the National Intelligence Service expects the number to reach about 10,000", measure=PR,
               value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
wtop["prd"] = C("wtop", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
wtop["more"] = C("wtop", "Further transports are being prepared, Park said.", kind=S, measure=FURTHER, mod="planned",
                 by=NIS)
wtop["plan"] = C("wtop", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
wtop["brig"] = C("wtop", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                 ev="2024-10-18")
wtop["fb"] = C("wtop", "an initial group of about 1,500 special forces had left by sea", measure=FB, value=1500,
               q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
wtop["win"] = C("wtop", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
                scope="first_batch", by=NIS, ev="2024-10-18")
wtop["pay"] = C("wtop", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
                unit="USD per month", by=NIS, subject=RUS)
wtop["regime"] = C("wtop", "most of that money is going to the government in Pyongyang rather than to the men",
                   kind=S, measure=REGIME, by=NIS)
wtop["drones"] = C("wtop", "Russian instructors had found the North Koreans physically fit but unfamiliar with drones "
                   "and other modern equipment", kind=S, measure=DRONES, by=NIS)
wtop["summons"] = C("wtop", "summoned Russia's ambassador on Monday to demand the troops' withdrawal", kind=S,
                    measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
wtop["wpn"] = C("wtop", "South Korea would respond in stages and could consider sending weapons to Ukraine, starting "
                "with defensive ones", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
wtop["adep"] = C("wtop", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
                 ev="2024-10-23", subject="United States")
wtop["unsure"] = C("wtop", "\"What exactly they're doing is left to be seen,\" he told reporters.", kind=S,
                   measure=UNSURE, by=AUSTIN, subject="United States")
wtop["aesc"] = C("wtop", "If they are taking part in the war as co-belligerents, he said, \"this is a very, very "
                 "serious issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
wtop["noack"] = C("wtop", "Moscow has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                  subject=RUS)
wtop["age"] = C("wtop", "Daniel Choi, 41", measure=AGE, value=41, unit="years", by=None, subject="Daniel Choi")
wtop["wh3"] = C("wtop", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East between early "
                "and mid-October", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
wtop["sites"] = C("wtop", "the troops were training at three sites in eastern Russia", measure=SITES, value=3,
                  unit="training sites", by=KIRBY, place=RFE)
wtop["kunsure"] = C("wtop", "it was not yet clear whether they would fight for Russia", kind=S, measure=UNSURE,
                    by=KIRBY, subject="United States")
wtop["fair"] = C("wtop", "If they do, he said, \"they're fair game.\"", kind=S, measure=TGT, mod="conditional", by=KIRBY,
                 subject="United States")
wtop["consult"] = C("wtop", "The administration is consulting allies and partners on a response, Kirby said.", kind=S,
                    measure=CONSULT, by=KIRBY, subject="United States")

# ---------------------------------------------------------------- WBUR, Fri 2024-10-25 (radio interview transcript)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals), the arrival "on Wednesday" -> 10-23, "A
# day earlier" -> 10-23 (the NIS's around 3,000). In the turns: "said on Wednesday" -> 10-23 (the White House's count
# and sites); "Last Friday" -> 10-18 (plan, brigades); "On Wednesday it told lawmakers" -> 10-23 (second group, forecast,
# December); "said last week" gives null (Budanov); "said today" -> 10-25 (Pyongyang, through its vice foreign minister);
# "said on Thursday" -> 10-24 (Yoon). Putin's lines are in the guest's answer, whose day ("yesterday") is in the host's
# question: null. The host's "Twelve thousand against three thousand." restates the intro's figures without owners and
# is not annotated, nor is "didn't deny them" (the host's reading). The guest (invented) speaks for herself in the
# method reading, the experience reading and the technology forecast; "Those are Ukrainian estimates ...", "That would
# be a big change", "I'd expect it to move slowly", "since the 1950s" and the Related lines (No. 18, Question 2) are not
# annotated.
wbur = {}
wbur["hur"] = C("wbur", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
wbur["off"] = C("wbur", "500 of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
wbur["gen"] = C("wbur", "three of them generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
wbur["arr"] = C("wbur", "the first units reached Russia's Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
                ev="2024-10-23", place="Kursk")
wbur["nis3"] = C("wbur", "had told lawmakers the number was around 3,000", value=3000, q="about", scope="total", by=NIS,
                 ev="2024-10-23", place="Russia")
wbur["method"] = C("wbur", "Kyiv, as far as I can tell, counts the whole force that has been assigned to this, including "
                   "men who haven't left North Korea yet", kind=S, measure=METHOD, by=SEO)
wbur["wh3"] = C("wbur", "at least 3,000 had arrived", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23",
                place="Russia")
wbur["sites"] = C("wbur", "they were at three training sites in Russia's east", measure=SITES, value=3,
                  unit="training sites", by=WH, ev="2024-10-23", place=RFE)
wbur["plan"] = C("wbur", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
wbur["brig"] = C("wbur", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                 ev="2024-10-18")
wbur["sb"] = C("wbur", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
               scope="additional", by=NIS, ev="2024-10-23", place="Russia")
wbur["pr"] = C("wbur", "it expects around 10,000 in Russia", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
wbur["prd"] = C("wbur", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
wbur["bud"] = C("wbur", "11,000 were in training", value=11000, scope="total", by=BUD, place="Russia")
wbur["ready"] = C("wbur", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
wbur["zel10"] = C("wbur", "President Zelenskyy spoke of 10,000.", measure=PL, value=10000, mod="planned", scope="total",
                  by=ZEL, place="Russia")
wbur["pay"] = C("wbur", "Russia pays about $2,000 per soldier a month", measure=PAY, value=2000, q="about",
                unit="USD per month", by=NIS, subject=RUS)
wbur["regime"] = C("wbur", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
wbur["exp"] = C("wbur", "the bigger payoff is a modern war", kind=S, measure=EXP, by=SEO)
wbur["tech"] = C("wbur", "I'd expect Moscow to pay in technology too, satellites or submarines", kind=S, measure=TECH,
                 mod="planned", by=SEO)
wbur["img"] = C("wbur", "He said images are a serious thing, and if there are images, they reflect something.", kind=S,
                measure=IMG, by=PUTIN, subject=RUS)
wbur["treaty"] = C("wbur", "how Russia uses its treaty with North Korea is Russia's business", kind=S, measure=TREATY,
                   by=PUTIN, subject=RUS)
wbur["law"] = C("wbur", "if such a deployment were taking place it would be in line with international law", kind=S,
                measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
wbur["yoon"] = C("wbur", "President Yoon said on Thursday he wouldn't rule out sending weapons to Ukraine.", kind=S,
                 measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- KUOW, Tue 2024-10-29 (press-briefing write-up, local angle)
# "said Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence); "Earlier Monday, in Brussels" ->
# 10-28 (Rutte's confirmation); "went further on Tuesday" is a sentence without a claim, and the next sentence ("The
# National Intelligence Service told lawmakers in Seoul that ...") has no day of its own, so the NIS's count and front
# are null by the strict rule (see doubts); "According to lawmaker Lee" and "Lee said" give none; "Only a week ago" gives
# none; "said last Thursday" -> 10-24 (HUR's count, officers, generals), the arrival "on Oct. 23" -> 10-23; "warned on
# Saturday" -> 10-26; "said Friday" -> 10-25. The ratio is the outlet's (attributed to nobody); "at least 3,000" in its
# relative clause ("last week") is the White House's Oct 23 figure told as the step before (k03). Singh's sentence holds
# two claims (the intent; "over the next several weeks"). "No fighting had been confirmed by Tuesday afternoon.", the
# Kremlin's non-reply, JBLM's referral, the pastor's words (his "3,000" and "10,000" are a private person's; his age is annotated), the ballot
# and weather lines (8 p.m., 31%, 54) are not annotated.
kuow = {}
kuow["dod10"] = C("kuow", "about 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                  q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
kuow["closer"] = C("kuow", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
kuow["ratio"] = C("kuow", "more than three times the figure the White House gave last week", measure=RATIO, value=3,
                  q="at_least", unit="times", by=None)
kuow["wh3"] = C("kuow", "at least 3,000 North Koreans had arrived", value=3000, q="at_least", scope="total", by=WH,
                place="Russia")
kuow["intent"] = C("kuow", "\"increasingly concerned\" that Russia intends to use the soldiers in combat, or to support "
                   "combat operations", kind=S, measure=INTENT, by=SINGH, subject="United States")
kuow["weeks"] = C("kuow", "over the next several weeks", kind=S, measure=CT, mod="planned", by=SINGH)
kuow["rdep"] = C("kuow", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk "
                 "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
kuow["resc"] = C("kuow", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war.\"",
                 kind=S, measure=ESC, by=RUTTE)
kuow["nis10"] = C("kuow", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                  scope="total", by=NIS, place="Russia")
kuow["front"] = C("kuow", "some appear to be heading for the front lines", kind=S, measure=FRONT, by=NIS)
kuow["kyb"] = C("kuow", "the agency has identified their commander as Lt. Gen. Kim Yong Bok", kind=S, measure=KYB,
                by=NIS)
kuow["terms"] = C("kuow", "The troops are also learning about 100 basic Russian military terms", measure=TERMS,
                  value=100, q="about", unit="terms", by=NIS)
kuow["drones"] = C("kuow", "Russian instructors consider them weak on drones", kind=S, measure=DRONES, by=NIS)
kuow["pr"] = C("kuow", "the agency's forecast was 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
               place="Russia")
kuow["prd"] = C("kuow", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
kuow["hur"] = C("kuow", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
kuow["off"] = C("kuow", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
kuow["gen"] = C("kuow", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
kuow["arr"] = C("kuow", "the first units had reached Kursk on Oct. 23", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
                place="Kursk")
kuow["ct"] = C("kuow", "North Korean soldiers could be sent into combat zones on Oct. 27 or 28", kind=D, measure=CT,
               low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
kuow["kjg"] = C("kuow", "any such deployment would be \"an act conforming with the regulations of international law.\"",
                kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
kuow["age"] = C("kuow", "Samuel Ahn, 63", measure=AGE, value=63, unit="years", by=None, subject="Samuel Ahn")

# ---------------------------------------------------------------- WNYC, Wed 2024-10-30 (newsroom standards guidance note)
# The guidance is read like news prose in its "Where the numbers stand" list: each bullet's run-in label ("Oct. 23.",
# "Oct. 24.", "Monday." -> 10-28, "Yesterday." -> 10-29) dates the bullet's sentences, as the dated entries of timelines
# did in earlier sets; "on Oct. 18" dates the plan and brigades; "In the same briefing" gives no day (the first
# shipment); "the same day" -> 10-23 (the White House) and 10-28 (NATO); "warned on Saturday" -> 10-26 (the date window).
# The Oct 23 counts are told as steps in a document of Oct 30 (k03); HUR's Oct 24 count stays in the snapshot k02. The
# "Say / don't say" instructions, their example wordings ("North Korea has sent 12,000 troops to Russia", "more than
# 10,000" / "10,000") and the newsroom's remarks ("That is an intention, not a head count.", "No other government has
# backed that figure.", "No government has said that.", "As of this morning, no one has confirmed that they are.") are
# the newsroom's voice and are not annotated; the last bullet of that list relays two governments' positions and is
# (Pyongyang's "lawful", Seoul's UNSC line). Times ("8 a.m."), the pronunciations and "Oct. 24" of the earlier note are
# not annotated.
wnyc = {}
wnyc["plan"] = C("wnyc", "North Korea had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
wnyc["brig"] = C("wnyc", "organized in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                 ev="2024-10-18")
wnyc["fb"] = C("wnyc", "about 1,500 special forces had already been moved to Vladivostok", measure=FB, value=1500,
               q="about", scope="first_batch", by=NIS, place=RFE)
wnyc["nis3"] = C("wnyc", "The NIS told lawmakers about 3,000 were in Russia", value=3000, q="about", scope="total",
                 by=NIS, ev="2024-10-23", place="Russia")
wnyc["sb"] = C("wnyc", "after a second shipment of roughly the same size", kind=S, measure=SB, scope="additional",
               by=NIS, ev="2024-10-23", place="Russia")
wnyc["pr"] = C("wnyc", "It said it expected about 10,000", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
wnyc["prd"] = C("wnyc", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
wnyc["wh3"] = C("wnyc", "The White House said the same day that at least 3,000 had arrived", value=3000, q="at_least",
                scope="total", by=WH, ev="2024-10-23", place="Russia")
wnyc["hur"] = C("wnyc", "Ukraine's military intelligence said about 12,000 were already in Russia", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
wnyc["off"] = C("wnyc", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
wnyc["gen"] = C("wnyc", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
wnyc["dod10"] = C("wnyc", "The Pentagon said about 10,000 had been sent to eastern Russia for training", value=10000,
                  q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
wnyc["nato"] = C("wnyc", "NATO confirmed the deployment the same day", kind=S, measure=DEP, by="NATO", ev="2024-10-28")
wnyc["noack"] = C("wnyc", "Russia still has not", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
wnyc["nis10"] = C("wnyc", "the number had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                  ev="2024-10-29", place="Russia")
wnyc["front"] = C("wnyc", "some troops were moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
wnyc["ct"] = C("wnyc", "they could be in combat zones by Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27",
               high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
wnyc["law"] = C("wnyc", "North Korea's government says any deployment would be lawful", kind=S, measure=LAW,
                mod="conditional", by=NKFM)
wnyc["unsc"] = C("wnyc", "Seoul's position that it breaks U.N. Security Council resolutions", kind=S, measure=LAW,
                 by=SKG, subject=SK)

# ---------------------------------------------------------------- Alaska Public Media, Fri 2024-11-01 (broadcast news segment)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure and "in the coming days", one sentence); "Blinken put the total"
# gives no day; the correspondent's sentences ("told reporters", "standing beside him", "said", "warned") give none;
# "told lawmakers on Tuesday" -> 10-29 (the NIS's count and front); the missile's figures follow "Hours before the
# talks" in a sentence of their own: null; "In Moscow today" -> 11-01 (Choe); Lavrov's and the Kremlin's sentences give
# none. "both records for the North", Fort Greely, the referral and non-replies, the election (8 p.m., 2022, Ballot
# Measure 2, "four years ago"), the weather (2 to 4 inches, 20 degrees), the river ("a week earlier"), "three
# first-time voters", the header's time and running time are not annotated.
ak = {}
ak["bl8"] = C("ak", "about 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
ak["days"] = C("ak", "Washington expects them to go into combat against Ukrainian forces in the coming days", kind=S,
               measure=CT, mod="planned", by=BL, ev="2024-10-31")
ak["bl10"] = C("ak", "Blinken put the total number of North Korean troops in Russia at about 10,000", value=10000,
               q="about", scope="total", by=BL, place="Russia")
ak["tgt"] = C("ak", "if North Korean soldiers enter the fight, they will be legitimate military targets", kind=S,
              measure=TGT, mod="conditional", by=BL, subject="United States")
ak["eq"] = C("ak", "Russia has been training the North Koreans in artillery, drones and basic infantry tactics, "
             "including clearing trenches", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
ak["acs"] = C("ak", "Austin said he had not yet seen them used in combat.", kind=S, measure=CS, by=AUSTIN)
ak["kyh"] = C("ak", "Kim Yong-hyun, called for the troops to be withdrawn", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
ak["cho"] = C("ak", "Russia could pay Pyongyang back with sensitive military technology", kind=S, measure=TECH,
              mod="conditional", by=CHO)
ak["nis10"] = C("ak", "more than 10,000 North Koreans had been sent to Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
ak["front"] = C("ak", "some of them were moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
ak["t86"] = C("ak", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
ak["alt"] = C("ak", "climbed to more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
ak["choe"] = C("ak", "Pyongyang would stand firmly with its Russian comrades until the day of victory", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
ak["lavrov"] = C("ak", "Lavrov called the military and security ties between the two countries \"very close.\"",
                 kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)
ak["noack"] = C("ak", "The Kremlin still has not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- KQED, Tue 2024-11-05 (story from NPR and wire copy)
# The lead's two clauses (Umerov's clashes; "an account that South Korea said it was unable to verify", the defence
# ministry) give no day. "in an interview aired on Tuesday" -> 11-05 (the engagements and "more ... in the coming
# weeks", one sentence); "said on Tuesday" -> 11-05 (the ministry; the JCS "early Tuesday"); "On Monday" and "said
# Monday" -> 11-04 (Zelensky's count; the Pentagon); "He used the same address" gives no day (the long-range appeal and
# the complaint); "Last Thursday" -> 10-31 (Blinken's 8,000 and "within days", one sentence); "South Korea's spy agency
# says" and "By its count" give none; "five days after" -> 10-31 (the 86 minutes, unhedged, no speaker in its sentence:
# Japan Ministry of Defense, as earlier sets did); "On Friday she had told" -> 11-01. "the longest flight it has
# recorded", Peskov's refusal, the Oakland voter's words (her age is annotated), the vigils, "2022", poll times, Proposition 36, the consulate's
# non-comment and the newsletter line are not annotated.
kqed = {}
kqed["lclash"] = C("kqed", "Ukraine's defense minister says his country's forces have clashed with North Korean soldiers "
                   "for the first time", kind=S, measure=N5, by=UM)
kqed["lmnd"] = C("kqed", "an account that South Korea said it was unable to verify", kind=S, measure=N5, by=MND,
                 subject=SK)
kqed["um"] = C("kqed", "the first engagements with North Korean units had been small in scale", kind=S, measure=N5,
               by=UM, ev="2024-11-05")
kqed["more"] = C("kqed", "more North Korean troops were expected in the coming weeks", kind=S, measure=MORE,
                 mod="planned", by=UM, ev="2024-11-05")
kqed["mnd"] = C("kqed", "South Korea's defense ministry said on Tuesday that it was still checking the report and could "
                "not confirm it", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
kqed["z11"] = C("kqed", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
                ev="2024-11-04", place="Kursk")
kqed["deep"] = C("kqed", "renew his appeal to Western allies for permission to strike military targets deep inside "
                 "Russia", kind=S, measure=DEEP, by=ZEL, subject=UA)
kqed["slow"] = C("kqed", "complained that they were reacting too slowly", kind=S, measure=PARTN, by=ZEL, subject=UA)
kqed["bl8"] = C("kqed", "Blinken had put the number there at about 8,000", measure=KU, value=8000, q="about", by=BL,
                ev="2024-10-31", place="Kursk")
kqed["within"] = C("kqed", "predicted they would be in combat within days", kind=S, measure=CT, mod="planned", by=BL,
                   ev="2024-10-31")
kqed["dodcs"] = C("kqed", "it had seen no indication yet that North Korean troops had gone into battle", kind=S,
                  measure=CS, by=DOD, ev="2024-11-04")
kqed["nis10"] = C("kqed", "more than 10,000 North Korean soldiers are already in Russia", value=10000, q="at_least",
                  scope="total", by=NIS, place="Russia")
kqed["plan"] = C("kqed", "Pyongyang has promised roughly 12,000 in all", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, place="Russia")
kqed["kyb"] = C("kqed", "under a three-star general, Kim Yong Bok", kind=S, measure=KYB, by=NIS)
kqed["srbm"] = C("kqed", "North Korea fired about seven short-range ballistic missiles into the sea early Tuesday",
                 measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
kqed["t86"] = C("kqed", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
                unit="minutes", by=JMOD, ev="2024-10-31")
kqed["choe"] = C("kqed", "her country would stand with Russia \"until victory.\"", kind=S, measure=CHOE, by=CHOE_SH,
                 ev="2024-11-01")
kqed["noack"] = C("kqed", "The Kremlin has still not confirmed that North Korean troops are in Russia", kind=S,
                  measure=NOACK, by=KREMLIN, subject=RUS)
kqed["age"] = C("kqed", "Jenny Kwon, 36", measure=AGE, value=36, unit="years", by=None, subject="Jenny Kwon")

# ---------------------------------------------------------------- Honolulu Civil Beat, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (three claims of the United States in one sentence: "The United States said" -> US
# government); "went a step further today." holds no claim and the next sentence ("It told lawmakers in Seoul that ...")
# has no day of its own: the NIS's two claims are null. The count retold: "On Oct. 18" -> 10-18 (plan and the first
# 1,500, one sentence); "Five days later" -> 10-23 (the NIS's 3,000, a step of k03); "On Oct. 28" -> 10-28; "on Oct. 31"
# -> 10-31 and "on Nov. 4" -> 11-04 (one sentence, two origins); "on Nov. 5" and "the same day" -> 11-05; "On Sunday" ->
# 11-10 (the NYT's officials); "reported on Tuesday" -> 11-12 (KCNA). Moscow's sentence holds two claims (the relative
# clause's "another fake", the main clause's treaty line), both undated; "last week" gives null (Yoon). The outlet's
# readings ("They answered different questions.", "A week later, it no longer had to.", the closing paragraph with its
# bare "12,000", "3,000" and "11,000", which restate figures already annotated without their origins), the Hawaii
# paragraphs (the command's referral, "102 immigrants", "1903", the deacon's words), the donation line and the Read
# next line (1,200 units) are not annotated.
cb = {}
cb["st10"] = C("cb", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=USG, ev="2024-11-12", place=RFE)
cb["most"] = C("cb", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=USG, ev="2024-11-12",
               place="Kursk")
cb["begun"] = C("cb", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=USG, ev="2024-11-12", place="Kursk")
cb["units"] = C("cb", "some of the North Koreans had been folded into Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS)
cb["combat"] = C("cb", "some were already fighting", kind=S, measure=CS, by=NIS)
cb["plan"] = C("cb", "Pyongyang had resolved to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
cb["fb"] = C("cb", "roughly 1,500 had already crossed to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
cb["nis3"] = C("cb", "the agency counted about 3,000 on Russian soil", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
cb["dod10"] = C("cb", "the Pentagon put the total at around 10,000", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
cb["bl8"] = C("cb", "some 8,000 of those were in Kursk", measure=KU, value=8000, q="about", by=BL, ev="2024-10-31",
              place="Kursk")
cb["z11"] = C("cb", "Ukraine's president said there were 11,000 there", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
cb["um"] = C("cb", "Ukraine first reported fighting with North Korean units on Nov. 5", kind=S, measure=N5, by=UAG,
             ev="2024-11-05")
cb["mnd"] = C("cb", "Seoul's defense ministry said the same day that it could not confirm the clashes", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
cb["massed"] = C("cb", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
cb["fake"] = C("cb", "which at first called the reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
cb["treaty"] = C("cb", "now says only that what it does with Pyongyang is governed by their treaty", kind=S,
                 measure=TREATY, by=KREMLIN, subject=RUS)
cb["ratify"] = C("cb", "Kim Jong Un had ratified that treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
cb["trump"] = C("cb", "President-elect Donald Trump has promised to end the war quickly", kind=S, measure=TRUMP,
                mod="planned", by="Donald Trump", subject="United States")
cb["wpn"] = C("cb", "Seoul no longer ruled out sending weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [opb["sofar"], opb["lead11"], opb["bud11"], wbur["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500 the only ones in Russia so far vs Kyiv's about 11,000 training "
  "(Kyslytsya Oct 21, Budanov Oct 18)",
  [("1,500 so far (NIS)", [opb["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [opb["lead11"], opb["bud11"], wbur["bud"]])])
K(RU, [wtop["nis3"], wtop["wh3"], wbur["nis3"], wbur["wh3"], wbur["hur"], kuow["hur"], wnyc["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [wtop["nis3"], wtop["wh3"], wbur["nis3"], wbur["wh3"]]),
   ("about 12,000 (HUR)", [wbur["hur"], kuow["hur"], wnyc["hur"]])])
K(RU, [kuow["wh3"], wnyc["nis3"], wnyc["wh3"], cb["nis3"], kuow["dod10"], wnyc["dod10"], cb["dod10"], ak["bl10"],
       kuow["nis10"], wnyc["nis10"], ak["nis10"], kqed["nis10"], cb["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: about / at least 3,000 (Oct 23, told as the step before) -> about "
  "10,000 (Pentagon Oct 28; Blinken) -> more than 10,000 (NIS Oct 29; United States Nov 12)")
K(KU, [ak["bl8"], kqed["bl8"], cb["bl8"], kqed["z11"], cb["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [opb["plan"], wtop["plan"], wbur["plan"], wnyc["plan"], kqed["plan"], cb["plan"], opb["zel10"], wbur["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [opb["plan"], wtop["plan"], wbur["plan"], wnyc["plan"], kqed["plan"], cb["plan"]]),
   ("10,000 (Zelensky)", [opb["zel10"], wbur["zel10"]])])
K(FB, [opb["fb"], wtop["fb"], wnyc["fb"], cb["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [opb["win"], wtop["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [opb["brig"], wtop["brig"], wbur["brig"], wnyc["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(FURTHER, [opb["more"], wtop["more"]], "agreement", "NIS: more transports expected / being prepared")
K(SB, [wtop["sb"], wbur["sb"], wnyc["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 (roughly the same size) followed the first")
K(PR, [wtop["pr"], wbur["pr"], kuow["pr"], wnyc["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [wtop["prd"], wbur["prd"], kuow["prd"], wnyc["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [wtop["pay"], wbur["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [wtop["regime"], wbur["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [wtop["drones"], kuow["drones"]], "agreement", "NIS: Russian instructors find the troops weak on drones")
K(OFF, [wbur["off"], kuow["off"], wnyc["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [wbur["gen"], kuow["gen"], wnyc["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [wbur["arr"], kuow["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [wtop["sites"], wbur["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the east")
K(READY, [opb["ready"], wbur["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov)")
K(UNSURE, [wtop["unsure"], wtop["kunsure"]], "agreement",
  "Washington (Oct 23) cannot yet say what the troops will do (Austin's 'left to be seen', Kirby's 'not yet clear')")
K(TGT, [wtop["fair"], ak["tgt"]], "agreement",
  "US: North Koreans who fight are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [opb["resc"], wtop["aesc"], kuow["resc"]], "agreement",
  "escalation: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a significant escalation' and 'a dangerous expansion' (Rutte Oct 28)")
K(DEP, [wtop["adep"], kuow["rdep"], wnyc["nato"], opb["krej"], opb["fake"], cb["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23; Rutte / NATO Oct 28) vs rejected as 'another fake' (Kremlin, Peskov)",
  [("asserted", [wtop["adep"], kuow["rdep"], wnyc["nato"]]),
   ("rejected", [opb["krej"], opb["fake"], cb["fake"]])])
K(LAW, [wbur["law"], kuow["kjg"], wnyc["law"], opb["unsc"], wnyc["unsc"]], "discrepancy",
  "legality: in line with international law (Pyongyang, Kim Jong Gyu Oct 25) vs a violation of UN Security Council "
  "resolutions (Seoul)",
  [("lawful (North Korea)", [wbur["law"], kuow["kjg"], wnyc["law"]]),
   ("violates UNSC resolutions (Seoul)", [opb["unsc"], wnyc["unsc"]])])
K(TREATY, [wbur["treaty"], cb["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is its own business / governed by the treaty (Putin; Kremlin)")
K(WPN, [wtop["wpn"], wbur["yoon"], cb["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22, Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [opb["wd"], wtop["summons"], ak["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun)")
K(TECH, [wbur["tech"], ak["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Seo; Foreign Minister Cho)")
K(CT, [kuow["ct"], wnyc["ct"], kuow["weeks"], ak["days"], kqed["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [kuow["ct"], wnyc["ct"]]), ("several weeks (Pentagon)", [kuow["weeks"]]),
   ("coming days (Blinken)", [ak["days"], kqed["within"]])])
K(CS, [opb["rcs"], ak["acs"], kqed["dodcs"], cb["begun"], cb["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 21), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (United States Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [kqed["lclash"], kqed["um"], cb["um"], kqed["lmnd"], kqed["mnd"], cb["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [kqed["lclash"], kqed["um"], cb["um"]]),
   ("cannot confirm (Seoul MND)", [kqed["lmnd"], kqed["mnd"], cb["mnd"]])])
K(FRONT, [kuow["closer"], kuow["front"], wnyc["front"], ak["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [kuow["kyb"], kqed["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(NOACK, [wtop["noack"], wnyc["noack"], ak["noack"], kqed["noack"]], "agreement",
  "Moscow has not acknowledged / confirmed the deployment")
K(ICBM_T, [ak["t86"], kqed["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [ak["choe"], kqed["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")

pairs = [
    (opb["plan"], opb["fb"], "about 12,000 planned vs roughly 1,500 carried first (NIS, adjacent sentences)"),
    (opb["sofar"], opb["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (opb["bud11"], opb["zel10"], "about 11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (wtop["sb"], wtop["nis3"], "roughly 1,500 more vs about 3,000 in all, same sentence"),
    (wtop["nis3"], wtop["pr"], "about 3,000 now vs about 10,000 expected by December"),
    (wtop["sb"], wtop["fb"], "about 1,500: the second group vs the first group"),
    (wtop["wh3"], wtop["sites"], "at least 3,000 soldiers vs three training sites"),
    (wbur["hur"], wbur["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 decided (NIS plan)"),
    (wbur["off"], wbur["gen"], "500 officers vs three generals, same sentence"),
    (wbur["sites"], wbur["gen"], "three: training sites vs generals"),
    (kuow["dod10"], kuow["pr"], "about 10,000 sent (Pentagon) vs 10,000 forecast by December (NIS)"),
    (kuow["nis10"], kuow["pr"], "more than 10,000 now (NIS, Oct 29) vs the 10,000 forecast (NIS, Oct 23)"),
    (kuow["hur"], kuow["wh3"], "HUR's 12,000 (snapshot) vs the White House's 3,000 told as the step before"),
    (wnyc["nis3"], wnyc["pr"], "about 3,000 vs about 10,000 expected, same bullet"),
    (wnyc["hur"], wnyc["plan"], "about 12,000: HUR's count in Russia vs the NIS's planned total"),
    (ak["bl8"], ak["bl10"], "about 8,000 in Kursk vs about 10,000 in Russia, same speaker"),
    (ak["days"], ak["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (kqed["z11"], kqed["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (kqed["nis10"], kqed["plan"], "more than 10,000 in Russia vs roughly 12,000 promised, adjacent sentences"),
    (cb["st10"], cb["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
