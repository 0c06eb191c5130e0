"""Generate gold.json for blind38 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind38/build_gold.py

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
    "bat": ("buenos-aires-times-2024-10-19-seoul-says-north-korea-sending-12000-troops-to-russia",
            "Buenos Aires Times", "2024-10-19"),
    "mp": ("mercopress-2024-10-23-seoul-says-3000-north-korean-troops-in-russia-us-at-least-3000",
           "MercoPress", "2024-10-23"),
    "pt": ("premium-times-2024-10-25-interview-kyiv-counts-what-is-coming-seoul-what-has-landed",
           "Premium Times (Nigeria)", "2024-10-25"),
    "dn": ("daily-nation-2024-10-29-pentagon-says-10000-north-korean-troops-sent-to-russia",
           "Daily Nation (Kenya)", "2024-10-29"),
    "mnd": ("mexico-news-daily-2024-10-30-explainer-north-korean-troops-in-russia-where-mexico-stands",
            "Mexico News Daily", "2024-10-30"),
    "mg": ("mail-and-guardian-2024-11-01-live-qa-north-korean-soldiers-in-russia-your-questions",
           "Mail & Guardian (South Africa)", "2024-11-01"),
    "ao": ("ahram-online-2024-11-05-ukraine-says-troops-clashed-with-north-koreans-seoul-cannot-confirm",
           "Ahram Online", "2024-11-05"),
    "ea": ("the-east-african-2024-11-16-analysis-four-weeks-five-numbers-north-korean-troops",
           "The East African", "2024-11-16"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
BEGUN = "North Korean deployment already under way (NIS)"
MORE_T = "further North Korean transports expected (NIS)"
THREAT = "deployment a grave security threat (Seoul)"
VISIT = "years since a Russian leader last visited North Korea"
ARMY = "North Korea's armed forces (size)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "whether North Korean troops will fight (US unsure, Oct 23)"
INDO = "implications of the deployment for the Indo-Pacific (Austin)"
CONSULT = "US consulting allies on a response"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
NATO32 = "NATO members"
INTENT = "Russia intends to use North Korean troops in combat"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
RAMA = "South Africa on Russia ('a valued ally and friend')"
GUESS = "first clashes expected within weeks (analyst's forecast)"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE_UA = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
TRILAT = "US, Japan and South Korea leaders condemn the deployment"
TRUMP = "Trump's promise to end the war (time)"


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
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
WO = "Western official"
NWOSU = "Adaeze Nwosu"
MAHLANGU = "Refilwe Mahlangu"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Buenos Aires Times, Sat 2024-10-19 (straight news story from agency copy)
# "said on Friday" -> 10-18 (the lead: the plan only); the second paragraph ("the spy agency said", "according to
# the NIS", "it added") gives no day, so brigades, the movement, the window, the first transport, ships, escorts and
# uniforms are undated; "on Friday, after which his office said" -> 10-18 (threat and UNSC breach in one sentence);
# "had said on Thursday" -> 10-17 (Zelensky); "Standing beside him" gives none (Rutte); "in an interview published on
# Friday" -> 10-18 (Budanov's count and date); "he said" gives none (2,600); "briefed reporters on Thursday" -> 10-17
# (the Western official). "By Seoul's reckoning, those fifteen hundred men ... so far" is the NIS's head count that
# week (k01), not the transfer report. "24 years" and the 1.2 million are the outlet's numbers (attributed to nobody).
# "first large-scale deployment", "Its fourth article", "since August", "since 1953", the Argentine paragraph (a
# non-comment and background), the analysts, the caption and the Read-more line (3.5%, 1,100 points) are not annotated.
bat = {}
bat["plan"] = C("bat", "North Korea had decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bat["brig"] = C("bat", "The troops would go in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
                by=NIS)
bat["begun"] = C("bat", "the movement had already started", kind=S, measure=BEGUN, by=NIS)
bat["win"] = C("bat", "Between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
bat["fb"] = C("bat", "Russian navy ships carried roughly 1,500 special forces from North Korean ports to Vladivostok",
              measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
bat["ships"] = C("bat", "four landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
bat["esc"] = C("bat", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
bat["unif"] = C("bat", "The soldiers were issued Russian uniforms and forged identity documents that present them as "
                "residents of Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
bat["sofar"] = C("bat", "those fifteen hundred men are the only North Korean troops in Russia so far", value=1500,
                 scope="total", by=NIS, place="Russia")
bat["more"] = C("bat", "More are expected to follow \"soon\", the agency said.", kind=S, measure=MORE_T, mod="planned",
                by=NIS)
bat["threat"] = C("bat", "his office said the deployment posed a grave security threat to South Korea and to the world",
                  kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
bat["unsc"] = C("bat", "breached United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
                ev="2024-10-18", subject=SK)
bat["zel10"] = C("bat", "Pyongyang was preparing 10,000 soldiers to fight alongside Russian forces", measure=PL,
                 value=10000, mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
bat["rcs"] = C("bat", "the alliance could not confirm that North Korean troops were involved in the fighting", kind=S,
               measure=CS, by=RUTTE)
bat["bud"] = C("bat", "about 11,000 North Korean infantrymen were being trained in Russia's far east", value=11000,
               q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
bat["ready"] = C("bat", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=BUD, ev="2024-10-18")
bat["2600"] = C("bat", "A first unit of 2,600, he said, was earmarked for the Kursk region", measure=FIRSTU, value=2600,
                mod="planned", scope="first_batch", by=BUD, place="Kursk")
bat["wo"] = C("bat", "put the possible size of any deployment at between 2,000 and 12,000", measure=PL, low=2000,
              high=12000, mod="conditional", scope="total", by=WO, ev="2024-10-17", place="Russia")
bat["rej"] = C("bat", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
bat["fake"] = C("bat", "Spokesman Dmitry Peskov called them \"another fake\".", kind=S, measure=DEP, by=PESKOV,
                subject=RUS)
bat["24"] = C("bat", "his first visit to North Korea in 24 years", measure=VISIT, value=24, unit="years", by=None,
              subject=PUTIN)
bat["army"] = C("bat", "North Korea keeps an estimated 1.2 million people under arms", measure=ARMY, value=1200000,
                q="about", unit="troops", by=None)

# ---------------------------------------------------------------- MercoPress, Wed 2024-10-23 (wire story with an update block)
# The lead "on Wednesday" -> 10-23 (second group and count in one sentence); Park "told reporters afterwards" gives no
# day (forecast, December, further transports); "Last Friday" -> 10-18 (plan and brigades); the first group's sentence
# gives none ("in the second week of October" is a loose window inside it, not a date claim); "According to Park" and
# "quoted the agency as saying" give none (pay, regime, instructors); "on Monday" -> 10-21 (the summons; Kyslytsya's
# figure and date); "On Tuesday" -> 10-22 (the presidential official); "In Rome on Wednesday" -> 10-23 (Austin's
# evidence line; his quotes, "he said", give none); the update's "said on Wednesday" -> 10-23 (the White House's
# count; "between early and mid-October" stays inside its sentence, not a date claim); Kirby's sentences give none.
# The Uruguayan paragraph (four days, 2.7 million voters, a non-reply), the update time and the Related line (12%,
# 10.75%) are not annotated.
mp = {}
mp["sb"] = C("mp", "North Korea has sent a second group of some 1,500 soldiers to Russia", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
mp["nis3"] = C("mp", "bringing the number there to about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
mp["pr"] = C("mp", "the agency expected around 10,000 North Korean troops to be in Russia", measure=PR, value=10000,
             q="about", mod="planned", scope="total", by=NIS, place="Russia")
mp["prd"] = C("mp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mp["more"] = C("mp", "more transports were being prepared", kind=S, measure=MORE_T, mod="planned", by=NIS)
mp["plan"] = C("mp", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mp["brig"] = C("mp", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
mp["fb"] = C("mp", "The first group, of about 1,500 special forces, left North Korean ports", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
mp["pay"] = C("mp", "Russia is paying each soldier about 2,000 US dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
mp["regime"] = C("mp", "most of which is likely to be kept by the regime in Pyongyang rather than by the men", kind=S,
                 measure=REGIME, by=NIS)
mp["drones"] = C("mp", "Russian instructors had found the North Koreans physically tough but ignorant of drone warfare",
                 kind=S, measure=DRONES, by=NIS)
mp["wd"] = C("mp", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)
mp["wpn"] = C("mp", "Seoul would respond in stages and could consider sending weapons to Ukraine, starting with "
              "defensive arms", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
mp["kys"] = C("mp", "some 11,000 North Korean infantrymen were already training in Russia's far east", value=11000,
              q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
mp["ready"] = C("mp", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
mp["noack"] = C("mp", "Moscow has neither confirmed nor denied the presence of North Korean soldiers on Russian soil.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
mp["adep"] = C("mp", "there was evidence of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
mp["unsure"] = C("mp", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
mp["aesc"] = C("mp", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
mp["indo"] = C("mp", "the implications would be felt in the Indo-Pacific as well as in Europe", kind=S, measure=INDO,
               by=AUSTIN, subject="United States")
mp["wh3"] = C("mp", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
mp["sites"] = C("mp", "they were training at three sites there", measure=SITES, value=3, unit="training sites",
                by=KIRBY, place=RFE)
mp["kunsure"] = C("mp", "it was unclear whether they would go on to fight", kind=S, measure=UNSURE, by=KIRBY)
mp["fair"] = C("mp", "If they deploy to fight against Ukraine, they are fair game", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
mp["consult"] = C("mp", "Washington was consulting allies and partners on a response", kind=S, measure=CONSULT,
                  by=KIRBY, subject="United States")

# ---------------------------------------------------------------- Premium Times (Nigeria), Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on
# Wednesday" -> 10-23 (an arrival takes its own day, as blind21-37 did), "A day earlier" -> 10-23 (the NIS's count);
# "did not deny them" is the outlet's remark. In the answers: "When the NIS went public last Friday it said" -> 10-18
# (plan and brigades); "The White House said on Wednesday" -> 10-23 (count and sites in one sentence); "Seoul now
# says" (second group, forecast, December) and "The NIS says" (pay, regime) are present-tense relays, undated; "today"
# -> 10-25 (Kim Jong Gyu); "said on Thursday" -> 10-24 (Yoon). The question "Last week President Zelensky spoke of
# 10,000 being prepared" is Zelensky's planned figure, undated. The guest (invented) speaks for herself in her method
# reading, her experience reading and her technology forecast; her age is annotated (attributed to nobody). Her asides
# ("Possibly both", "Those were early figures", "every estimate is going up", "That is the real prize", "Nobody is
# denying anything any more", "a big shift", the Nigeria answers, "the war has changed") are not annotated. "one of 13
# countries" (BRICS partner status), "2022" and the Also-on line (N1,650, 32.70%) are off-topic or furniture.
pt = {}
pt["hur"] = C("pt", "about 12,000 North Korean soldiers were already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
pt["off"] = C("pt", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
pt["gen"] = C("pt", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
pt["arr"] = C("pt", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
pt["nis3"] = C("pt", "South Korea's spy agency had put the number at around 3,000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
pt["age"] = C("pt", "Adaeze Nwosu, 44", measure=AGE, value=44, unit="years", by=None, subject=NWOSU)
pt["method"] = C("pt", "Kyiv, I think, counts the whole force that has been promised, including units still in North "
                 "Korea", kind=S, measure=METHOD, by=NWOSU)
pt["plan"] = C("pt", "it said the plan was about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
pt["brig"] = C("pt", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
pt["wh3"] = C("pt", "at least 3,000 had been moved to eastern Russia", value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place=RFE)
pt["sites"] = C("pt", "they were training at three sites there", measure=SITES, value=3, unit="training sites", by=WH,
                ev="2024-10-23", place=RFE)
pt["sb"] = C("pt", "a second group of about 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, place="Russia")
pt["pr"] = C("pt", "it expects around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, place="Russia")
pt["prd"] = C("pt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
pt["zel"] = C("pt", "President Zelensky spoke of 10,000 being prepared", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, place="Russia")
pt["pay"] = C("pt", "Russia pays about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
pt["regime"] = C("pt", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
pt["exp"] = C("pt", "Then experience of a modern war, which its army has not had for generations.", kind=S,
              measure=EXP, by=NWOSU)
pt["tech"] = C("pt", "I expect Moscow to pay in technology as well, satellites and missiles above all", kind=S,
               measure=TECH, mod="planned", by=NWOSU)
pt["drones"] = C("pt", "Russian instructors rate their fitness highly but not their grasp of drones", kind=S,
                 measure=DRONES, by=NIS)
pt["img"] = C("pt", "Putin said images \"reflect something\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
pt["treaty"] = C("pt", "what Russia does under its treaty with Pyongyang is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
pt["law"] = C("pt", "if such a deployment happened, it would be \"an act conforming with the regulations of "
              "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
pt["yoon"] = C("pt", "President Yoon said on Thursday that he would not rule out sending weapons to Ukraine", kind=S,
               measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Daily Nation (Kenya), Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in one sentence; the outlet's ratio in the
# same sentence is attributed to nobody); Singh's quote and "She said" give none; "Last Wednesday" -> 10-23 (Kirby's
# minimum, a step of the running total); "Hours earlier in Brussels" -> 10-28 (Rutte, resolved against the Monday of
# the lead, as blind29/33/34/36 read it); "He called it" gives none; "In Seoul on Tuesday" -> 10-29 (the NIS's count
# and the front); Lee's relays and "Last week the agency had forecast" give none; "last Thursday" -> 10-24 (HUR's
# count, officers, generals) with the arrival "on the 23rd" -> 10-23; "on Saturday" -> 10-26 (Zelensky's window);
# "on Friday" -> 10-25 (Kim Jong Gyu). "Its own count has already passed that", "By Monday evening no fighting ...",
# "The Kremlin has not commented", the Kenyan paragraphs (a non-reply, "2022", "top five buyers") and the Related line
# (Sh129.2, 0.4 percent) are not annotated; "the alliance's 32 members" is annotated (attributed to nobody).
dn = {}
dn["dod10"] = C("dn", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dn["closer"] = C("dn", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
dn["ratio"] = C("dn", "a figure more than three times the one the White House gave less than a week earlier",
                measure=RATIO, value=3, q="at_least", unit="times", by=None)
dn["intent"] = C("dn", "We are increasingly concerned that Russia intends to use these soldiers in combat or to "
                 "support combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH, subject=RUS)
dn["weeks"] = C("dn", "She said that could happen \"over the next several weeks\"", kind=S, measure=CT, mod="planned",
                by=SINGH)
dn["kirby3"] = C("dn", "John Kirby had said at least 3,000 North Korean troops were in Russia", value=3000,
                 q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place="Russia")
dn["rdep"] = C("dn", "confirmed that North Korean troops had been sent to Russia and that units had been deployed to the "
               "Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
dn["32"] = C("dn", "the alliance's 32 members", measure=NATO32, value=32, unit="countries", by=None, subject="NATO")
dn["resc"] = C("dn", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war\"", kind=S,
               measure=ESC, by=RUTTE)
dn["nis10"] = C("dn", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
dn["front"] = C("dn", "some appeared to be moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
dn["kyb"] = C("dn", "the contingent was led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
dn["terms"] = C("dn", "the troops were being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
dn["pr"] = C("dn", "the agency had forecast that the number would reach 10,000", measure=PR, value=10000,
             mod="planned", scope="total", by=NIS, place="Russia")
dn["prd"] = C("dn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dn["hur"] = C("dn", "about 12,000 North Koreans", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
              place="Russia")
dn["off"] = C("dn", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
dn["gen"] = C("dn", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
dn["arr"] = C("dn", "the first units had arrived in the Kursk region on the 23rd", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
dn["ct"] = C("dn", "Kyiv expected the first North Korean troops to be in combat zones on October 27 or 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
dn["law"] = C("dn", "any such deployment would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- Mexico News Daily, Wed 2024-10-30 (explainer with question headings)
# "which briefed lawmakers in Seoul on Tuesday" -> 10-29 (the answer's fragment "More than 10,000, according to ...");
# "said a day earlier" -> 10-28 (the Pentagon); "said last Wednesday" -> 10-23 and "said the same day" -> 10-23 (the
# White House's and the NIS's steps); "said last Thursday" -> 10-24 (HUR); "on October 18, it said" -> 10-18 (the
# plan); "The NIS has since said" gives none (forecast, December); "told lawmakers on Tuesday" -> 10-29 (Kim Yong
# Bok); "warned on Saturday" -> 10-26 (Zelensky's window); the Pentagon's "over the next several weeks" sentence gives
# none; "said on Monday" -> 10-28 (Rutte); "According to the NIS" (pay, regime) gives none; "said on Friday" -> 10-25
# (Kim Jong Gyu); Putin "asked ... last week" gives none. "Two weeks ago", "A week ago the estimates were far lower",
# "Kyiv's figures have been higher from the start", "a forecast its own count has already overtaken", "There were no
# confirmed reports of fighting", the Mexican paragraphs ("March 2022", a non-comment, "2017", "thousands of workers",
# "near 20 to the US dollar") and the Also-on line (86 to 39, 1.5 million) are not annotated. The peso conversion
# ("close to 40,000 pesos") sits inside the pay quote.
mnd = {}
mnd["nis10"] = C("mnd", "More than 10,000, according to South Korea's National Intelligence Service (NIS), which "
                 "briefed lawmakers in Seoul on Tuesday", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
mnd["dod10"] = C("mnd", "said a day earlier that around 10,000 had been sent to eastern Russia to train", value=10000,
                 q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
mnd["wh3"] = C("mnd", "the White House said last Wednesday that at least 3,000 had arrived", value=3000, q="at_least",
               scope="total", by=WH, ev="2024-10-23", place="Russia")
mnd["nis3"] = C("mnd", "the NIS said the same day that it counted about 3,000", value=3000, q="about", scope="total",
                by=NIS, ev="2024-10-23", place="Russia")
mnd["hur"] = C("mnd", "Ukraine's military intelligence said last Thursday that some 12,000 were already in Russia",
               value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
mnd["plan"] = C("mnd", "it said Pyongyang had decided to send around 12,000 soldiers", measure=PL, value=12000,
                q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mnd["pr"] = C("mnd", "The NIS has since said that 10,000 could be in Russia", measure=PR, value=10000, mod="planned",
              scope="total", by=NIS, place="Russia")
mnd["prd"] = C("mnd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
mnd["kyb"] = C("mnd", "the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS,
               ev="2024-10-29")
mnd["ct"] = C("mnd", "North Korean units could be sent into combat on October 27 or 28", kind=D, measure=CT,
              low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
mnd["weeks"] = C("mnd", "The Pentagon said Russia could use the troops against Ukrainian forces in the Kursk region "
                 "\"over the next several weeks\"", kind=S, measure=CT, mod="planned", by=DOD, place="Kursk")
mnd["rdep"] = C("mnd", "Mark Rutte said on Monday that North Korean units had been deployed there", kind=S,
                measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
mnd["pay"] = C("mnd", "Russia pays each soldier about US $2,000 a month, close to 40,000 pesos at this week's exchange "
               "rate", measure=PAY, value=2000, q="about", unit="USD per month", by=NIS)
mnd["regime"] = C("mnd", "most of the money goes to the government in Pyongyang rather than to the soldiers", kind=S,
                  measure=REGIME, by=NIS)
mnd["law"] = C("mnd", "sending troops would be \"an act conforming with the regulations of international law\"",
               kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
mnd["img"] = C("mnd", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
               by=PUTIN, subject=RUS)
mnd["noack"] = C("mnd", "The Kremlin has not confirmed that any North Korean soldier is in Russia.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Mail & Guardian (South Africa), Fri 2024-11-01 (live reader Q&A)
# The moderator's "On Thursday in Washington" -> 10-31 (Blinken's Kursk count and "in the coming days" in one
# sentence); "In the same briefing Blinken said" gives none (some 10,000 in all); "said on Tuesday" -> 10-29 (the NIS's
# count); Austin "at the same meeting" gives none; "today" -> 11-01 (Choe, in the moderator's breaking line). Readers'
# questions are the readers' voice: their figures ("8,000 or 10k", "100,000 are going", "yesterday") are not claims,
# and the guest's "The 8,000 is Kursk alone" restates a figure without naming its origin and is not annotated. What
# the guest relays keeps its origin ("Seoul says", "The NIS says", "the ceiling Seoul gave"); her forecast ("within
# two weeks") is hers (invented person), her asides ("Both, because ...", "Not yet, officially", "The timing is not an
# accident", "both records for the North", "That is the part I would watch", "Barely", "Quiet", "That line has not
# changed", "watch Seoul") are not. "Pretoria has not said anything" is a non-comment. The time stamps, "212
# questions" and the Related line (220 days, 61c) are furniture.
mg = {}
mg["bl8"] = C("mg", "Antony Blinken said about 8,000 North Korean soldiers were now in Russia's Kursk region",
              measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
mg["days"] = C("mg", "he expected them to enter combat against Ukraine \"in the coming days\"", kind=S, measure=CT,
               mod="planned", by=BL, ev="2024-10-31")
mg["bl10"] = C("mg", "Blinken said some 10,000 had been sent to Russia in all", value=10000, q="about",
               scope="total", by=BL, place="Russia")
mg["nis10"] = C("mg", "South Korea's spy agency said on Tuesday that it counted more than 10,000", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
mg["acs"] = C("mg", "he had not yet seen reports of North Koreans in combat", kind=S, measure=CS, by=AUSTIN)
mg["eq"] = C("mg", "Russia was training them in artillery, drones and basic infantry tactics, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
mg["intent"] = C("mg", "this showed Moscow fully intended to use them in combat", kind=S, measure=INTENT, by=AUSTIN,
                 subject=RUS)
mg["plan"] = C("mg", "Pyongyang had decided to send about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
mg["tgt"] = C("mg", "if they fight, they become \"legitimate military targets\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
mg["kyh"] = C("mg", "called for the troops to be pulled out", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
mg["t86"] = C("mg", "The intercontinental ballistic missile flew for about 86 minutes", measure=ICBM_T, value=86,
              q="about", unit="minutes", by=JMOD)
mg["alt"] = C("mg", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
mg["pay"] = C("mg", "Russia pays about US$2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
mg["tech"] = C("mg", "Russia might hand the North sensitive military technology in exchange", kind=S, measure=TECH,
               mod="conditional", by=CHO)
mg["terms"] = C("mg", "they are being drilled on about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
mg["rama"] = C("mg", "President Cyril Ramaphosa called Russia \"a valued ally and friend\"", kind=S, measure=RAMA,
               by="Cyril Ramaphosa", subject="South Africa")
mg["choe"] = C("mg", "Pyongyang would stand by its Russian comrades \"until victory\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
mg["guess"] = C("mg", "the first clashes will be reported within two weeks", measure=GUESS, value=2, q="up_to",
                unit="weeks", mod="planned", by=MAHLANGU)

# ---------------------------------------------------------------- Ahram Online, Tue 2024-11-05 (straight news story from agency copy)
# The lead "said on Tuesday" -> 11-05 (Umerov's clashes); its relative clause "a claim South Korea said it could not
# confirm" gives none (the defence ministry, as blind23 gave a similar lead line); "in an interview aired on Tuesday"
# -> 11-05 (the engagements and "more ... in the coming weeks"); "the same day" -> 11-05 (the ministry); "On Monday"
# -> 11-04 (Zelensky's 11,000), "had put there last Thursday" -> 10-31 (Blinken's 8,000, its own clause); "Zelensky
# complained" gives none; "said on Monday" -> 11-04 (the Pentagon); "has said" gives none (the NIS); "Early on Tuesday"
# -> 11-05 (the JCS's missiles); the 86 minutes stay undated ("five days after" counts from the launches of the
# previous sentence, as blind36 read Montsame's); "on Friday" -> 11-01 (Choe's pledge; "on Monday" belongs to the
# relative clause of her reception). "He did not say where", Peskov's "nothing to add", the election sentence, the
# Egyptian paragraphs, the Cairo analysts, "48.9" and the Related line (26.4%, 60%) are not annotated.
ao = {}
ao["lead"] = C("ao", "North Korean troops sent to Russia had fought Ukrainian forces for the first time", kind=S,
               measure=N5, by=UM, ev="2024-11-05")
ao["lmnd"] = C("ao", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
ao["um"] = C("ao", "the first \"small-scale\" engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
ao["more"] = C("ao", "Kyiv expected more North Korean soldiers to be sent to the front in the coming weeks", kind=S,
               measure=MORE_UA, mod="planned", by=UM, ev="2024-11-05")
ao["mnd"] = C("ao", "said the same day that it could not confirm his remarks", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
ao["z11"] = C("ao", "Zelensky said 11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU,
              value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
ao["bl8"] = C("ao", "the roughly 8,000 that US Secretary of State Antony Blinken had put there last Thursday",
              measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
ao["partn"] = C("ao", "Ukraine's allies were looking on instead of acting", kind=S, measure=PARTN, by=ZEL, subject=UA)
ao["dodcs"] = C("ao", "it had no indication yet that North Korean soldiers had entered combat against Ukrainian forces",
                kind=S, measure=CS, by=DOD, ev="2024-11-04")
ao["nis10"] = C("ao", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
ao["plan"] = C("ao", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
ao["srbm"] = C("ao", "North Korea fired about seven short-range ballistic missiles into the sea off its east coast",
               measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
ao["t86"] = C("ao", "flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD)
ao["choe"] = C("ao", "Pyongyang would stand by Russia \"until the day of victory\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
ao["noack"] = C("ao", "The Kremlin has still not confirmed that North Korean troops are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- The East African, Sat 2024-11-16 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence); "A day later" -> 11-13 (the NIS's two);
# "On October 18" -> 10-18 (plan, first contingent, ships and window in one sentence); "Five days later" -> 10-23; "By
# October 28" -> 10-28; "On October 31" -> 10-31 and "on November 4" -> 11-04 (one sentence, two claims); "on November
# 5" -> 11-05 and "the same day" -> 11-05; "On Sunday" -> 11-10 (the NYT's officials); "reported on Tuesday" -> 11-12
# (KCNA); "In Lima on Friday" -> 11-15; "said last week" gives none (Yoon); Moscow's relative clause and main clause
# give none. "four weeks", the outlet's readings ("not rival estimates so much as snapshots", Kyiv "closer to the
# eventual total", "a week passed before the first official word", the East African lesson), "since August", "January
# 20", "Nairobi has said nothing", Kenya's stated position (the outlet's summary) and the Also-in line ($4bn, 3.0
# percent) are not annotated. Trump's "within 24 hours" is annotated (conditional, single).
ea = {}
ea["st10"] = C("ea", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
ea["mostk"] = C("ea", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
ea["begun"] = C("ea", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
ea["units"] = C("ea", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
ea["nisc"] = C("ea", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
ea["plan"] = C("ea", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ea["fb"] = C("ea", "a first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ea["ships"] = C("ea", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
ea["win"] = C("ea", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
ea["nis3"] = C("ea", "Five days later it counted about 3,000.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
ea["dod10"] = C("ea", "By October 28 the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
ea["bl8"] = C("ea", "On October 31 Blinken put 8,000 in Kursk alone", measure=KU, value=8000, by=BL, ev="2024-10-31",
              place="Kursk")
ea["z11"] = C("ea", "on November 4 Zelensky said 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
              place="Kursk")
ea["um"] = C("ea", "Ukraine's defence minister Rustem Umerov reported the first clashes on November 5", kind=S,
             measure=N5, by=UM, ev="2024-11-05")
ea["mnd"] = C("ea", "Seoul's defence ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
ea["50k"] = C("ea", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
              q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
ea["fake"] = C("ea", "Moscow, which at first dismissed the reports as \"another fake\"", kind=S, measure=DEP,
               by=KREMLIN, subject=RUS)
ea["treaty"] = C("ea", "now says little beyond pointing to its mutual defence treaty with Pyongyang", kind=S,
                 measure=TREATY, by=KREMLIN, subject=RUS)
ea["ratify"] = C("ea", "Kim Jong Un had ratified the treaty", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
ea["lima"] = C("ea", "the leaders of the United States, Japan and South Korea condemned the deployment in a joint "
               "statement", kind=S, measure=TRILAT, by="US, Japan and South Korea leaders", ev="2024-11-15")
ea["yoon"] = C("ea", "Seoul did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
ea["trump"] = C("ea", "who has promised to end the war within 24 hours", measure=TRUMP, value=24, q="up_to",
                unit="hours", mod="conditional", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [bat["sofar"], bat["bud"], mp["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's fifteen hundred sent so far vs Kyiv's about 11,000 training in the "
  "east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [bat["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [bat["bud"], mp["kys"]])])
K(RU, [mp["nis3"], mp["wh3"], pt["nis3"], pt["wh3"], pt["hur"], dn["hur"], mnd["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia (HUR's count stays here in the later documents: it is not a step of the running total)",
  [("about / at least 3,000 (NIS, White House)", [mp["nis3"], mp["wh3"], pt["nis3"], pt["wh3"]]),
   ("about 12,000 (HUR)", [pt["hur"], dn["hur"], mnd["hur"]])])
K(RU, [dn["kirby3"], mnd["wh3"], mnd["nis3"], ea["nis3"], dn["dod10"], mnd["dod10"], ea["dod10"], mg["bl10"],
       dn["nis10"], mnd["nis10"], mg["nis10"], ao["nis10"], ea["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [mg["bl8"], ao["bl8"], ea["bl8"], ao["z11"], ea["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [bat["plan"], mp["plan"], pt["plan"], mnd["plan"], mg["plan"], ao["plan"], ea["plan"], bat["zel10"],
       pt["zel"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [bat["plan"], mp["plan"], pt["plan"], mnd["plan"], mg["plan"], ao["plan"], ea["plan"]]),
   ("10,000 (Zelensky)", [bat["zel10"], pt["zel"]])])
K(FB, [bat["fb"], mp["fb"], ea["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [bat["win"], ea["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [bat["ships"], ea["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [bat["brig"], mp["brig"], pt["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [mp["sb"], pt["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [mp["pr"], pt["pr"], dn["pr"], mnd["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [mp["prd"], pt["prd"], dn["prd"], mnd["prd"]], "agreement", "NIS projection deadline: December")
K(MORE_T, [bat["more"], mp["more"]], "agreement",
  "NIS: more transports to follow (expected 'soon' on Oct 18; being prepared on Oct 23)")
K(PAY, [mp["pay"], pt["pay"], mnd["pay"], mg["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [mp["regime"], pt["regime"], mnd["regime"]], "agreement", "NIS: most of the pay goes to the regime / state")
K(DRONES, [mp["drones"], pt["drones"]], "agreement",
  "NIS: Russian instructors find the troops tough / fit but weak on drones")
K(OFF, [pt["off"], dn["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [pt["gen"], dn["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [pt["arr"], dn["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [mp["sites"], pt["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in the Far East")
K(READY, [bat["ready"], mp["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(WITHDRAW, [mp["wd"], mg["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (the Oct 21 summons; defence minister Kim Yong-hyun, Oct 31)")
K(WPN, [mp["wpn"], pt["yoon"], ea["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22; Yoon Oct 24 and Nov 7)")
K(ESC, [mp["aesc"], dn["resc"]], "agreement",
  "escalation: Austin's 'a very, very serious issue' if they fight (Oct 23), Rutte's 'a significant escalation' "
  "(Oct 28)")
K(TGT, [mp["fair"], mg["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(DEP, [mp["adep"], dn["rdep"], mnd["rdep"], bat["rej"], bat["fake"], ea["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed (the Kremlin's rejection, Peskov's 'another fake')",
  [("asserted", [mp["adep"], dn["rdep"], mnd["rdep"]]), ("dismissed", [bat["rej"], bat["fake"], ea["fake"]])])
K(LAW, [bat["unsc"], pt["law"], dn["law"], mnd["law"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul's presidential office, Oct 18) vs in conformity with "
  "international law (Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [bat["unsc"]]),
   ("lawful (Kim Jong Gyu)", [pt["law"], dn["law"], mnd["law"]])])
K(CT, [dn["ct"], mnd["ct"], dn["weeks"], mnd["weeks"], mg["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in the "
  "coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [dn["ct"], mnd["ct"]]), ("several weeks (Pentagon)", [dn["weeks"], mnd["weeks"]]),
   ("coming days (Blinken)", [mg["days"]])])
K(INTENT, [dn["intent"], mg["intent"]], "agreement",
  "Russia intends to use the North Koreans in combat (Singh Oct 28; Austin Oct 31)")
K(FRONT, [dn["closer"], dn["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [dn["kyb"], mnd["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [dn["terms"], mg["terms"]], "agreement", "NIS: the troops are taught about 100 Russian military terms")
K(IMG, [pt["img"], mnd["img"]], "agreement", "Putin (Oct 24): images are a serious thing, they 'reflect something'")
K(TREATY, [pt["treaty"], ea["treaty"]], "agreement",
  "Moscow: the treaty with Pyongyang is Russia's business / Moscow points to the treaty (Putin; the Kremlin)")
K(NOACK, [mp["noack"], mnd["noack"], ao["noack"]], "agreement",
  "Moscow has neither confirmed nor denied / has not confirmed the deployment")
K(ICBM_T, [mg["t86"], ao["t86"]], "agreement", "Japan's defence ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [mg["choe"], ao["choe"]], "agreement", "Choe Son Hui to Lavrov (Nov 1): with Russia until (the day of) victory")
K(TECH, [pt["tech"], mg["tech"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Nwosu; Foreign Minister Cho)")
K(CS, [bat["rcs"], mg["acs"], ao["dodcs"], ea["begun"], ea["nisc"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> "
  "begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [ao["lead"], ao["um"], ea["um"], ao["lmnd"], ao["mnd"], ea["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [ao["lead"], ao["um"], ea["um"]]),
   ("cannot confirm (Seoul MND)", [ao["lmnd"], ao["mnd"], ea["mnd"]])])

pairs = [
    (bat["plan"], bat["fb"], "about 12,000 planned vs a first transport of roughly 1,500"),
    (bat["sofar"], bat["fb"], "1,500: Seoul's head count sent so far vs the first transport"),
    (bat["brig"], bat["ships"], "four brigades vs four landing ships, same paragraph"),
    (bat["zel10"], bat["bud"], "10,000 being prepared (Zelensky) vs 11,000 training (Budanov), adjacent paragraphs"),
    (mp["sb"], mp["nis3"], "some 1,500 more vs about 3,000 in all, same sentence"),
    (mp["nis3"], mp["pr"], "about 3,000 now vs around 10,000 expected by December"),
    (mp["fb"], mp["sb"], "about 1,500: the first group vs the second group"),
    (pt["hur"], pt["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (pt["off"], pt["gen"], "500 officers vs three generals, same sentence"),
    (pt["sites"], pt["gen"], "three: training sites vs generals"),
    (dn["dod10"], dn["pr"], "around 10,000 sent (Pentagon) vs 10,000 forecast for December (NIS)"),
    (dn["nis10"], dn["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, Oct 23)"),
    (mnd["dod10"], mnd["pr"], "around 10,000 sent (Pentagon) vs 10,000 could be in Russia by December (NIS)"),
    (mnd["hur"], mnd["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (mg["bl8"], mg["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (mg["days"], mg["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (ao["z11"], ao["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ao["nis10"], ao["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (ea["plan"], ea["fb"], "about 12,000 planned vs a first contingent of about 1,500, same sentence"),
    (ea["z11"], mp["kys"], "11,000: Zelensky's count in Kursk (Nov 4) vs Kyslytsya's infantry training (Oct 21)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
