"""Generate gold.json for blind17 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind17/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "n1": ("news1-2024-10-23-nis-briefing-second-group-3000-north-korean-troops", "News1", "2024-10-23"),
    "sb": ("sbs-2024-10-24-8-news-us-at-least-3000-ukraine-12000", "SBS", "2024-10-24"),
    "gt": ("global-times-2024-10-25-conflicting-figures-dprk-troops-experts", "Global Times", "2024-10-25"),
    "cn": ("channel-newsasia-2024-10-29-pentagon-10000-north-korean-troops-nato-kursk", "Channel NewsAsia",
           "2024-10-29"),
    "ke": ("korea-economic-daily-2024-10-30-interview-troop-dispatch-hard-currency", "Korea Economic Daily",
           "2024-10-30"),
    "sk": ("sankei-shimbun-2024-11-01-washington-8000-kursk-icbm-86-minutes", "Sankei Shimbun", "2024-11-01"),
    "st": ("the-star-2024-11-05-live-ukraine-war-north-korean-troops-first-clashes", "The Star (Malaysia)",
           "2024-11-05"),
    "ni": ("nippon-com-2024-11-20-timeline-north-korean-troops-russia", "Nippon.com", "2024-11-20"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind14's wording)
SHIPS = "Russian landing ships used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SITES = "training sites in eastern Russia (US)"
ARMY = "North Korean standing army size"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
NEXT = "next North Korean transfer being prepared (NIS)"
UNSURE = "US unsure what North Korean troops will do in Russia"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
ICBMP = "North Korean ICBM launch and nuclear test preparations"
EXP = "North Korean troops gaining modern combat experience"
MORE = "more North Korean troops to come"
MOSTK = "most North Korean troops moved to Kursk"
KURSKN = "North Korean troops in the Kursk area (Seoul defence ministry)"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
KRAT = "Kim Jong Un ratifies the treaty with Russia"
NOACK = "Russia has not acknowledged the deployment"
INTENT = "Russia intends to use North Korean troops in combat"
N5 = "first clashes with North Korean troops (Nov 5)"
CHN = "China not aware of the deployment"
CHPOS = "China's position on the Ukraine crisis"
POLIT = "troop figures serve political needs (Chinese expert)"
SKWAR = "Seoul pushed toward the conflict (Chinese expert)"
NATO32 = "NATO member countries"
JPCO = "Japan coordinating with the US and South Korea"
INC_M = "North Korea's monthly income from the deployment (estimate)"
INC_Y = "North Korea's yearly income from the deployment (estimate)"
GDP = "North Korean economic growth in 2023"
AGE = "age"
WARYRS = "years since North Korea's army last fought a war"
ICBM_D = "ICBM flight distance"
JPPROT = "Japan protests the ICBM launch"
TRUMP = "Trump's time to end the war"
HARRIS = "Harris on support for Ukraine"
JPG7 = "Japan to raise the deployment at the G7"
ATP = "US permission for Ukraine to strike Russia with ATACMS"
ATS = "first ATACMS strike inside Russia"


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
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
JPG = "Japan government"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
LIN = "Lin Jian"
JUNG = "Jung Min-seok"
SK, UA, RUS, JP, CN, US = "South Korea", "Ukraine", "Russia", "Japan", "China", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- News1, Wed 2024-10-23 (press-briefing write-up with update)
# The lawmakers relay the NIS, so their lines are the NIS's. "on the 23rd" dates the lead; the quoted lines
# ("Lee said", "Park said") give no day. "last Friday" -> 10-18 and "It said at the time" resolves to it;
# "On Monday" -> 10-21, "On Tuesday" -> 10-22; the update's "on the 23rd (local time)" -> 10-23. The
# subheads, "10 a.m.", "two secretaries", the related headlines and the e-mails are furniture.
n1 = {}
n1["sb"] = C("n1", "North Korea has sent roughly 1,500 more soldiers to Russia after its first transport of special forces",
             measure=SB, value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
n1["r3"] = C("n1", "bringing its troops there to about 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
n1["fb1"] = C("n1", "the 1,500 transferred earlier", measure=FB, value=1500, scope="first_batch", by=NIS,
              place="Russia")
n1["sb2"] = C("n1", "roughly 1,500 more have been moved", measure=SB, value=1500, q="about", scope="additional",
              by=NIS, place="Russia")
n1["r3b"] = C("n1", "the troops in Russia now number around 3,000", value=3000, q="about", scope="total", by=NIS,
              place="Russia")
n1["proj"] = C("n1", "the agency expects the number to reach about 10,000", measure=PR, value=10000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
n1["dec"] = C("n1", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
n1["next"] = C("n1", "believes that preparations for further transfers are already under way", kind=S, measure=NEXT,
               mod="planned", by=NIS)
n1["brig"] = C("n1", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
n1["plan"] = C("n1", "some 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
n1["fb"] = C("n1", "about 1,500 special forces had been carried to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
n1["win"] = C("n1", "between the 8th and the 13th", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
n1["ships"] = C("n1", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
n1["unif"] = C("n1", "It said at the time that the soldiers had been issued Russian uniforms and forged identity papers",
               kind=S, measure=UNIF, by=NIS, ev="2024-10-18")
n1["pay"] = C("n1", "Russia is paying each soldier about 2,000 dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
n1["regime"] = C("n1", "the NIS believes most of the money is likely to be taken by the regime in Pyongyang", kind=S,
                 measure=REGIME, by=NIS)
n1["drones"] = C("n1", "Russian instructors have found the North Korean soldiers physically strong and highly motivated "
                 "but lacking in their understanding of modern warfare, including drone attacks", kind=S,
                 measure=DRONES, by=NIS)
n1["info"] = C("n1", "news of the deployment is being kept from the public, and families of the soldiers sent abroad "
               "have been relocated and isolated", kind=S, measure=INFO, by=NIS)
n1["wd"] = C("n1", "summoned Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of the North Korean "
             "troops", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
n1["unsc"] = C("n1", "The ministry said the deployment violated U.N. Security Council resolutions.", kind=S,
               measure=LAW, by=SKFM)
n1["wpn"] = C("n1", "a senior official at the presidential office said Seoul could consider supplying weapons to "
              "Ukraine, with defensive arms first", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22",
              subject=SK)
n1["austin"] = C("n1", "said there was evidence that North Korean troops were in Russia", kind=S, measure=DEP,
                 by=AUSTIN, ev="2024-10-23")
n1["unclear"] = C("n1", "\"What exactly they're doing is left to be seen,\" he told reporters", kind=S, measure=UNSURE,
                  by=AUSTIN)
n1["esc"] = C("n1", "If the North Koreans are preparing to join the war on Russia's behalf, he said, \"that is a very, "
              "very serious issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)

# ---------------------------------------------------------------- SBS, Thu 2024-10-24 (broadcast news segment)
# "yesterday, local time" (Washington) and "yesterday" (Seoul) -> 10-23; "today" -> 10-24; "on the 23rd" dates
# the arrival. SOT labels here give no day, so the quotes under them stay undated. The anchor's "at least three
# thousand" is Washington's figure, undated. Item number, running time, weather and sports are furniture.
sb = {}
sb["a3"] = C("sb", "Washington says there are at least three thousand", value=3000, q="at_least", scope="total",
             by=USG, place="Russia")
sb["kirby"] = C("sb", "North Korea moved at least 3,000 soldiers into eastern Russia", value=3000, q="at_least",
                scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
sb["sites"] = C("sb", "went on to three military training sites in Russia's Far East", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
sb["unsure"] = C("sb", "Whether they will be sent to fight, he said, is not yet clear.", kind=S, measure=UNSURE,
                 by=KIRBY)
sb["fair"] = C("sb", "If they do deploy to fight against Ukraine, they're fair game. They're legitimate targets.",
               kind=S, measure=TGT, mod="conditional", by=KIRBY)
sb["hur"] = C("sb", "about 12,000 North Korean troops are already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
sb["off"] = C("sb", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
sb["gen"] = C("sb", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
sb["arr"] = C("sb", "the first North Korean units reached Russia's Kursk region", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
sb["nis3"] = C("sb", "about 3,000 had been moved so far", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
sb["sb"] = C("sb", "a second group of around 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
sb["proj"] = C("sb", "the total would rise to about 10,000", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
sb["dec"] = C("sb", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
sb["wpn"] = C("sb", "we will also not exclude the possibility of providing weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
sb["unsc"] = C("sb", "has called the dispatch a clear violation of U.N. Security Council resolutions", kind=S,
               measure=LAW, by=SKFM)
sb["img"] = C("sb", "Images are a serious thing. If there are images, then they reflect something.", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
sb["treaty"] = C("sb", "how Russia applies the mutual-assistance clause of its treaty with Pyongyang is its own business",
                 kind=S, measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- Global Times, Fri 2024-10-25 (news story with experts)
# "on Thursday" -> 10-24, "On Wednesday" / "the same day" -> 10-23, "A day later" -> 10-24, "On Friday" -> 10-25;
# "Only last week" / "at the time" give no day. "eightfold" is the outlet's own ratio (12,000 / 1,500). The
# BRICS attendance, the trade figure and the related headlines are off-topic.
gt = {}
gt["lin"] = C("gt", "Lin Jian said at a regular press conference on Thursday that he was \"not aware of the relevant "
              "situation\"", kind=S, measure=CHN, by=LIN, ev="2024-10-24", subject=CN)
gt["pos"] = C("gt", "China's position on the Ukraine crisis is \"consistent and clear,\" Lin said", kind=S,
              measure=CHPOS, by=LIN, subject=CN)
gt["kirby"] = C("gt", "John Kirby claimed that at least 3,000 DPRK soldiers had been moved to Russia's Far East",
                value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
gt["sites"] = C("gt", "were training at three bases there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                ev="2024-10-23", place=RFE)
gt["nis3"] = C("gt", "put the number at about 3,000 the same day", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
gt["hur"] = C("gt", "Ukraine's military intelligence agency claimed that about 12,000 DPRK soldiers were already in "
              "Russia", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
gt["off"] = C("gt", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
gt["gen"] = C("gt", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
gt["arr"] = C("gt", "the first units had arrived in Russia's Kursk region", kind=S, measure=ARR, by=HUR,
              ev="2024-10-24", place="Kursk")
gt["so15"] = C("gt", "Seoul counted about 1,500 DPRK soldiers in Russia at the time", value=1500, q="about",
               scope="total", by=NIS, place="Russia")
gt["bud"] = C("gt", "said 11,000 were being trained in Russia's east", value=11000, scope="total", by=BUD, place=RFE)
gt["ready"] = C("gt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
gt["zel10"] = C("gt", "Zelensky had spoken on October 17 of 10,000 soldiers being prepared", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
gt["ratio"] = C("gt", "The highest and lowest of these figures differ eightfold.", measure=RATIO, value=8,
                unit="times", by=None)
gt["song"] = C("gt", "\"None of these numbers has been confirmed by Russia or the DPRK. Each side picks the figure that "
               "suits its political needs,\"", kind=S, measure=POLIT, by="Song Jiaming")
gt["img"] = C("gt", "\"Images are a serious thing,\" Putin said when asked about satellite pictures", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
gt["treaty"] = C("gt", "He said how Russia implements Article 4 of its comprehensive strategic partnership treaty with "
                 "the DPRK, the article on mutual military assistance, \"is our business.\"", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
gt["fake"] = C("gt", "Kremlin spokesperson Dmitry Peskov had dismissed the reports as \"another fake.\"", kind=S,
               measure=DEP, by=PESKOV, subject=RUS)
gt["kjg"] = C("gt", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
              "international law.\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
gt["wpn"] = C("gt", "Yoon Suk Yeol said on Thursday that Seoul would not exclude providing weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
gt["li"] = C("gt", "some politicians in Seoul were using the reports to push the country into the conflict", kind=S,
             measure=SKWAR, by="Li Haoran", subject=SK)
gt["li2"] = C("gt", "\"Sending weapons to Kiev would put South Korea on a very dangerous path,\" Li said.", kind=S,
              measure=SKWAR, mod="conditional", by="Li Haoran", subject=SK)

# ---------------------------------------------------------------- Channel NewsAsia, Tue 2024-10-29 (wire story with update)
# "on Monday (Oct 28)" / "Earlier on Monday" -> 10-28; "on Saturday" -> 10-26; "on Friday" -> 10-25; the
# update's "on Tuesday" -> 10-29. "last week" gives null. The election, the yen and the related headlines are
# off-topic; "6.40pm" and "24/7" are furniture.
cn = {}
cn["dod"] = C("cn", "Around 10,000 North Korean soldiers have been sent to eastern Russia to train", value=10000,
              q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
cn["weeks"] = C("cn", "will probably be used to reinforce Russian forces near Ukraine \"over the next several weeks\"",
                kind=S, measure=CT, mod="planned", by=DOD, ev="2024-10-28")
cn["closer"] = C("cn", "some of those troops had already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
cn["intent"] = C("cn", "Washington was \"increasingly concerned\" that Russia intends to use them in combat or to support "
                 "combat operations", kind=S, measure=INTENT, by=SINGH, subject=RUS)
cn["wh3"] = C("cn", "the \"at least 3,000\" that the White House had cited only last week", value=3000, q="at_least",
              scope="total", by=WH, place="Russia")
cn["proj"] = C("cn", "it expected the North Korean deployment to grow to 10,000", measure=PR, value=10000,
               mod="planned", scope="total", by=NIS, place="Russia")
cn["dec"] = C("cn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
cn["rutte"] = C("cn", "the alliance could confirm that North Korean troops had been sent to Russia and that North Korean "
                "military units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
                ev="2024-10-28", place="Kursk")
cn["n32"] = C("cn", "briefed NATO's 32 allies", measure=NATO32, value=32, unit="countries", by=None, subject="NATO")
cn["esc"] = C("cn", "called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's war\"",
              kind=S, measure=ESC, by=RUTTE)
cn["ct"] = C("cn", "the first North Korean soldiers could be used in combat zones on Oct 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
cn["noack"] = C("cn", "Moscow has not officially acknowledged that North Korean troops are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
cn["army"] = C("cn", "whose armed forces have an estimated 1.2 million active-duty personnel", measure=ARMY,
               value=1200000, q="about", unit="personnel", by=None)
cn["lawful"] = C("cn", "Its foreign ministry said on Friday that any such deployment would be in line with international "
                 "law.", kind=S, measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
cn["japan"] = C("cn", "said it was coordinating closely with Washington and Seoul", kind=S, measure=JPCO, by=JPG,
                subject=JP)
cn["nis10"] = C("cn", "more than 10,000 North Korean soldiers have been dispatched to Russia", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
cn["front"] = C("cn", "some of them are believed to be moving towards the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
cn["kyb"] = C("cn", "the contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
cn["terms"] = C("cn", "teaching the North Korean troops about 100 basic military terms in Russian", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
cn["icbm"] = C("cn", "North Korea has likely completed preparations for an intercontinental ballistic missile launch and "
               "a seventh nuclear test", kind=S, measure=ICBMP, by=NIS)

# ---------------------------------------------------------------- Korea Economic Daily, Wed 2024-10-30 (interview)
# "on Tuesday" -> 10-29 (in the intro's sentence only). The interviewer's question relays the NIS, as blind10's
# relaying questions did; the fellow's own arithmetic, forecasts and judgments are his (Jung Min-seok), and what he
# relays keeps its origin. "(51)" is an age. The market close is off-topic; "a day or two" is not a count.
ke = {}
ke["nis10"] = C("ke", "more than 10,000 North Korean soldiers have now been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
ke["kyb"] = C("ke", "under the command of Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
ke["age"] = C("ke", "Jung Min-seok (51)", measure=AGE, value=51, unit="years", by=None, subject=JUNG)
ke["proj"] = C("ke", "the NIS said it expected 10,000 soldiers", measure=PR, value=10000, mod="planned", scope="total",
               by=NIS, place="Russia")
ke["dec"] = C("ke", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ke["pay"] = C("ke", "The NIS says Russia pays each soldier about $2,000 a month.", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ke["m20"] = C("ke", "10,000 soldiers bring in roughly $20 million a month", measure=INC_M, value=20000000, q="about",
              unit="USD per month", mod="conditional", by=JUNG)
ke["y240"] = C("ke", "or about $240 million a year", measure=INC_Y, value=240000000, q="about", unit="USD per year",
               mod="conditional", by=JUNG)
ke["regime"] = C("ke", "the agency thinks most of that money never reaches the soldiers; it goes to the regime", kind=S,
                 measure=REGIME, by=NIS)
ke["gdp"] = C("ke", "The Bank of Korea estimated that the North's economy grew 3.1 percent last year", measure=GDP,
              value=3.1, unit="percent", by="Bank of Korea")
ke["terms"] = C("ke", "Russian instructors have been drilling them on about 100 military terms in Russian",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS)
ke["drones"] = C("ke", "they have judged that the North Koreans understand little of drone warfare", kind=S,
                 measure=DRONES, by=NIS)
ke["yrs"] = C("ke", "The North Korean army has not fought a war for more than seventy years.", measure=WARYRS, value=70,
              q="at_least", unit="years", by=JUNG)
ke["exp"] = C("ke", "Experience of modern combat is the one thing money cannot buy for Pyongyang.", kind=S,
              measure=EXP, by=JUNG)
ke["tech"] = C("ke", "I would watch for help with reconnaissance satellites, nuclear-powered submarines or the re-entry "
               "technology for long-range missiles", kind=S, measure=TECH, mod="conditional", by=JUNG)
ke["icbm"] = C("ke", "The agency said the North had probably finished preparing an intercontinental ballistic missile "
               "launch and could carry it out around the U.S. presidential election.", kind=S, measure=ICBMP, by=NIS)
ke["more"] = C("ke", "I would not be surprised if a second contingent of a similar size followed early next year.",
               kind=S, measure=MORE, mod="planned", by=JUNG)

# ---------------------------------------------------------------- Sankei Shimbun, Fri 2024-11-01 (correspondent's dispatch)
# "on Oct. 31" -> 10-31; "on Oct. 29" -> 10-29; "two days earlier" (than the Oct. 31 launch) -> 10-29. The lines
# after the lead ("Blinken said", "Austin ... said") give no day. "2+2", "56th", "five days before", "born 1978"
# and "since 2022" are not counts of the story.
sk = {}
sk["bl8"] = C("sk", "about 8,000 North Korean soldiers had been moved to Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
sk["days"] = C("sk", "Washington expected them to join the fighting \"in the coming days.\"", kind=S, measure=CT,
               mod="planned", by=BL, ev="2024-10-31")
sk["bl10"] = C("sk", "Blinken put the total number of North Korean troops in Russia at roughly 10,000.", value=10000,
               q="about", scope="total", by=BL, place="Russia")
sk["nis10"] = C("sk", "which told lawmakers in Seoul on Oct. 29 that more than 10,000 had been sent", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
sk["notseen"] = C("sk", "The U.S. had not yet seen the North Korean troops deployed into combat against Ukrainian "
                  "forces, Blinken said.", kind=S, measure=CS, by=BL)
sk["eq"] = C("sk", "Russia had been training them in artillery, drone operations and basic infantry skills, including "
             "trench clearing", kind=S, measure=EQ, by=BL, subject=RUS)
sk["tgt"] = C("sk", "\"If they do enter the fight, they are legitimate military targets,\" Blinken said.", kind=S,
              measure=TGT, mod="conditional", by=BL)
sk["austin"] = C("sk", "said he was not aware of North Korean troops having engaged in combat so far", kind=S,
                 measure=CS, by=AUSTIN)
sk["cho"] = C("sk", "Seoul was concerned that Russia could hand sensitive military technology to Pyongyang in return",
              kind=S, measure=TECH, mod="conditional", by="Cho Tae-yul")
sk["t86"] = C("sk", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD, ev=None)
sk["alt"] = C("sk", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
sk["dist"] = C("sk", "it traveled about 1,000 kilometers before falling into the sea", measure=ICBM_D, value=1000,
               q="about", unit="km", by="South Korea Joint Chiefs of Staff")
sk["icbm"] = C("sk", "the North was likely to launch an ICBM around the U.S. presidential election", kind=S,
               measure=ICBMP, by=NIS, ev="2024-10-29")
sk["hay"] = C("sk", "Japan had lodged a strong protest with North Korea through its embassy in Beijing", kind=S,
              measure=JPPROT, by="Yoshimasa Hayashi", subject=JP)
sk["exp"] = C("sk", "\"Combat experience against a modern army is something Japan cannot ignore,\" the official said.",
              kind=S, measure=EXP, by="Japan government official (anonymous)")
sk["chn"] = C("sk", "has said it is not aware of the deployment", kind=S, measure=CHN, by="China government",
              subject=CN)

# ---------------------------------------------------------------- The Star (Malaysia), Tue 2024-11-05 (live blog)
# An entry's header dates what it reports when the entry gives no other day: Tuesday's entries -> 11-05, the
# "Earlier entries (Monday)" -> 11-04 (as blind14's SOT labels dated quotes); "on Monday" -> 11-04, "on Friday"
# -> 11-01; "last week" gives null. Timestamps, the ringgit, the index, the budget, poll times and the related
# headlines are furniture or off-topic.
st = {}
st["mnd"] = C("st", "South Korea's Defence Ministry says it cannot confirm the Ukrainian minister's remarks about clashes "
              "with North Korean soldiers", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
st["mndk"] = C("st", "believed a large number of North Korean troops were in the Kursk area", kind=S, measure=KURSKN,
               by=MND, ev="2024-11-05", place="Kursk")
st["um"] = C("st", "Rustem Umerov has told South Korean broadcaster KBS that the first small-scale clashes between "
             "Ukrainian forces and North Korean units have already taken place", kind=S, measure=N5, by=UM,
             ev="2024-11-05", place="Kursk")
st["more"] = C("st", "Umerov said Kyiv expected more North Korean soldiers to be sent in the coming weeks", kind=S,
               measure=MORE, mod="planned", by=UM, ev="2024-11-05")
st["trump"] = C("st", "he could end the war \"in 24 hours\" if elected", measure=TRUMP, value=24, unit="hours",
                mod="conditional", by="Donald Trump", subject=US)
st["harris"] = C("st", "Vice-President Kamala Harris has pledged to keep backing Ukraine", kind=S, measure=HARRIS,
                 by="Kamala Harris", subject=US)
st["choe"] = C("st", "she had said that Pyongyang would stand firmly by its Russian comrades until victory", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
st["nis10"] = C("st", "Seoul's spy agency said last week that more than 10,000 North Korean soldiers had been sent to "
                "Russia", value=10000, q="at_least", scope="total", by=NIS, place="Russia")
st["front"] = C("st", "some of them were moving towards the front", kind=S, measure=FRONT, by=NIS)
st["us8"] = C("st", "The US said last week that about 8,000 of them had been moved to the Kursk region.", measure=KU,
              value=8000, q="about", by=USG, place="Kursk")
st["zel11"] = C("st", "Zelensky said on Monday that 11,000 North Korean troops were now in Russia's Kursk region",
                measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
st["partn"] = C("st", "he complained that the reaction of Ukraine's partners had been \"zero\"", kind=S, measure=PARTN,
                by=ZEL, subject=UA)
st["dod"] = C("st", "The Pentagon says it still cannot confirm that North Korean troops have entered combat.", kind=S,
              measure=CS, by=DOD, ev="2024-11-04")
st["g7"] = C("st", "Japan says it will raise the North Korean deployment at the G7 foreign ministers' meeting later this "
             "month.", kind=S, measure=JPG7, mod="planned", by=JPG, ev="2024-11-04", subject=JP)

# ---------------------------------------------------------------- Nippon.com, Wed 2024-11-20 (timeline)
# Each entry's bold date dates every claim in the entry (the entry's sentences are in the historical present).
# The intro's "five weeks", "a few thousand" and "more than ten thousand" are the outlet's summary of several
# origins and are not annotated (as blind15's RBC lead range). "Hwasong-19", "1,000th day", "November 9" (the
# signature, reported fact) and the related headlines are not counts of the story.
ni = {}
ni["z10"] = C("ni", "says North Korea is preparing 10,000 soldiers to send to Russia", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ni["brig"] = C("ni", "the North has decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
ni["plan"] = C("ni", "or about 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
ni["fb"] = C("ni", "About 1,500 special forces were carried", measure=FB, value=1500, q="about", scope="first_batch",
             by=NIS, ev="2024-10-18", place=RFE)
ni["win"] = C("ni", "from October 8 to 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
ni["ships"] = C("ni", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
ni["bud"] = C("ni", "around 11,000 North Korean infantrymen are training in eastern Russia", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ni["ready"] = C("ni", "will be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
ni["wd"] = C("ni", "Seoul summons Russia's ambassador and demands the immediate withdrawal of the North Korean troops",
             kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
ni["sb"] = C("ni", "a second group has arrived", kind=S, measure=SB, scope="additional", by=NIS, ev="2024-10-23")
ni["nis3"] = C("ni", "some 3,000 are now in Russia", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
ni["wh3"] = C("ni", "the White House says at least 3,000 were moved to eastern Russia", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
ni["kjg"] = C("ni", "Kim Jong Gyu says any such deployment would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
ni["dod10"] = C("ni", "The Pentagon raises the US estimate to around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
ni["rutte"] = C("ni", "Mark Rutte confirms that North Korean units have been deployed to the Kursk region", kind=S,
                measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
ni["esc"] = C("ni", "calls it a significant escalation", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
ni["nis10"] = C("ni", "The NIS tells lawmakers more than 10,000 have been sent.", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
ni["t86"] = C("ni", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
              ev="2024-10-31")
ni["alt"] = C("ni", "reached an altitude of over 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD, ev="2024-10-31")
ni["bl8"] = C("ni", "Antony Blinken says about 8,000 North Korean soldiers are in Kursk", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
ni["choe"] = C("ni", "pledges that North Korea will stand with Russia until victory", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
ni["z11"] = C("ni", "Zelensky says 11,000 North Korean troops are in Kursk.", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
ni["um"] = C("ni", "tells South Korea's KBS that the first small clashes have taken place", kind=S, measure=N5, by=UM,
             ev="2024-11-05", place="Kursk")
ni["mnd"] = C("ni", "Seoul's Defense Ministry says it cannot confirm them", kind=S, measure=N5, by=MND, ev="2024-11-05",
              subject=SK)
ni["wpn"] = C("ni", "says at a news conference he does not rule out supplying weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
ni["massed"] = C("ni", "Russia has gathered some 50,000 troops, North Koreans among them, for a counteroffensive in Kursk",
                 measure=MASSED, value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10",
                 place="Kursk", subject=RUS)
ni["st10"] = C("ni", "more than 10,000 North Korean soldiers were sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
ni["most"] = C("ni", "most of them now in Kursk", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12", place="Kursk")
ni["begun"] = C("ni", "they have begun engaging in combat operations", kind=S, measure=CS, by=STATE, ev="2024-11-12",
                place="Kursk")
ni["krat"] = C("ni", "North Korean state media report that leader Kim Jong Un has ratified the treaty with Russia by "
               "decree", kind=S, measure=KRAT, by="KCNA", ev="2024-11-12")
ni["units"] = C("ni", "North Korean troops have been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
ni["combat"] = C("ni", "some are already in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
ni["atp"] = C("ni", "President Joe Biden has allowed Ukraine to strike inside Russia with US-supplied long-range ATACMS "
              "missiles", kind=S, measure=ATP, by="US officials (anonymous)", ev="2024-11-17", subject=US)
ni["ats"] = C("ni", "Ukraine fires ATACMS missiles at a target in Russia's Bryansk region for the first time, Russia's "
              "Defense Ministry says", kind=S, measure=ATS, by="Russia Ministry of Defence", ev="2024-11-19",
              subject=UA)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [gt["so15"], gt["bud"], ni["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 in Russia vs Budanov's about 11,000 training",
  [("about 1,500 so far (NIS)", [gt["so15"]]), ("about 11,000 training (Budanov)", [gt["bud"], ni["bud"]])])
K(RU, [n1["r3"], n1["r3b"], sb["a3"], sb["kirby"], sb["nis3"], gt["kirby"], gt["nis3"], sb["hur"], gt["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, US)",
    [n1["r3"], n1["r3b"], sb["a3"], sb["kirby"], sb["nis3"], gt["kirby"], gt["nis3"]]),
   ("about 12,000 (HUR)", [sb["hur"], gt["hur"]])])
K(RU, [cn["wh3"], ni["nis3"], ni["wh3"], cn["dod"], ni["dod10"], sk["bl10"], cn["nis10"], ke["nis10"], sk["nis10"],
       st["nis10"], ni["nis10"], ni["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / some 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [sk["bl8"], st["us8"], ni["bl8"], st["zel11"], ni["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / the US, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [n1["plan"], ni["plan"], gt["zel10"], ni["z10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [n1["plan"], ni["plan"]]), ("10,000 (Zelensky)", [gt["zel10"], ni["z10"]])])
K(FB, [n1["fb1"], n1["fb"], ni["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [n1["win"], ni["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [n1["ships"], ni["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [n1["brig"], ni["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [n1["sb"], n1["sb2"], sb["sb"], ni["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [n1["proj"], sb["proj"], cn["proj"], ke["proj"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [n1["dec"], sb["dec"], cn["dec"], ke["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [n1["pay"], ke["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [n1["regime"], ke["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [n1["drones"], ke["drones"]], "agreement", "NIS: Russian instructors found a poor grasp of drone warfare")
K(TERMS, [cn["terms"], ke["terms"]], "agreement", "NIS (Oct 29): about 100 Russian military terms taught")
K(KYB, [cn["kyb"], ke["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(OFF, [sb["off"], gt["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [sb["gen"], gt["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [sb["arr"], gt["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region")
K(SITES, [sb["sites"], gt["sites"]], "agreement", "Kirby (Oct 23): three training sites in the Far East")
K(READY, [gt["ready"], ni["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(TGT, [sb["fair"], sk["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [n1["esc"], cn["esc"], ni["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional) and 'a significant escalation' (Rutte)")
K(DEP, [n1["austin"], cn["rutte"], ni["rutte"], gt["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov)",
  [("asserted", [n1["austin"], cn["rutte"], ni["rutte"]]), ("dismissed", [gt["fake"]])])
K(LAW, [gt["kjg"], cn["lawful"], ni["kjg"], n1["unsc"], sb["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu / Pyongyang's foreign ministry, Oct 25) vs a violation of "
  "UN Security Council resolutions (Seoul's foreign ministry)",
  [("lawful (North Korea)", [gt["kjg"], cn["lawful"], ni["kjg"]]),
   ("violates UNSC resolutions (Seoul)", [n1["unsc"], sb["unsc"]])])
K(IMG, [sb["img"], gt["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [sb["treaty"], gt["treaty"]], "agreement", "Putin: applying the treaty's assistance clause is Russia's business")
K(WITHDRAW, [n1["wd"], ni["wd"]], "agreement", "Seoul (Oct 21): summoned the ambassador, demanded withdrawal")
K(WPN, [n1["wpn"], sb["wpn"], gt["wpn"], ni["wpn"]], "agreement",
  "Seoul could consider / does not exclude arming Ukraine (presidential office Oct 22, Yoon Oct 24 and Nov 7)")
K(CHN, [gt["lin"], sk["chn"]], "agreement", "China: not aware of the deployment")
K(UNSURE, [n1["unclear"], sb["unsure"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Austin, Kirby)")
K(CHOE, [st["choe"], ni["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(FRONT, [cn["closer"], cn["front"], st["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(CT, [cn["ct"], cn["weeks"], sk["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [cn["ct"]]), ("several weeks (Pentagon)", [cn["weeks"]]),
   ("coming days (Blinken)", [sk["days"]])])
K(N5, [st["um"], ni["um"], st["mnd"], ni["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [st["um"], ni["um"]]), ("cannot confirm (Seoul MND)", [st["mnd"], ni["mnd"]])])
K(CS, [sk["notseen"], sk["austin"], st["dod"], ni["begun"], ni["combat"]], "update_over_time",
  "combat status: not yet seen in combat (Blinken, Austin Oct 31; Pentagon Nov 4) -> have begun engaging in combat "
  "(State Department Nov 12; NIS Nov 13)")
K(EXP, [ke["exp"], sk["exp"]], "agreement",
  "what Pyongyang gains is modern combat experience (Jung Min-seok; an anonymous Japanese official)")
K(MORE, [ke["more"], st["more"]], "agreement",
  "more North Korean troops to come (Jung's second contingent; Umerov: more to be sent in the coming weeks)")
K(TECH, [ke["tech"], sk["cho"]], "agreement",
  "North Korea may get Russian military technology in return (Jung Min-seok, Cho Tae-yul)")
K(ICBMP, [cn["icbm"], ke["icbm"], sk["icbm"]], "agreement",
  "NIS (Oct 29): ICBM launch prepared, possibly around the US election")
K(ICBM_T, [sk["t86"], ni["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [sk["alt"], ni["alt"]], "agreement", "Japan's Defense Ministry: altitude above 7,000 km")

pairs = [
    (n1["fb1"], n1["sb2"], "1,500 transferred earlier vs roughly 1,500 more, same sentence"),
    (n1["sb"], n1["r3"], "roughly 1,500 more vs about 3,000 in total, same sentence"),
    (n1["brig"], n1["ships"], "four brigades vs four landing ships, same sentence"),
    (n1["r3b"], n1["proj"], "around 3,000 now vs about 10,000 expected by December"),
    (n1["plan"], n1["fb"], "some 12,000 planned vs the first 1,500, same sentence"),
    (sb["sites"], sb["gen"], "three training sites vs three generals"),
    (sb["sb"], sb["nis3"], "second group of around 1,500 vs about 3,000 so far, same sentence"),
    (sb["hur"], n1["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (gt["bud"], gt["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), adjacent sentences"),
    (gt["so15"], n1["fb"], "1,500: Seoul's count in Russia that week vs the first transport"),
    (gt["off"], gt["gen"], "500 officers vs three generals, same sentence"),
    (cn["dod"], cn["proj"], "around 10,000 already sent vs 10,000 expected by December"),
    (cn["nis10"], cn["proj"], "more than 10,000 sent (Oct 29 update) vs 10,000 expected by December"),
    (ke["nis10"], ke["proj"], "more than 10,000 sent vs 10,000 expected by December, same interview"),
    (sk["bl8"], sk["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (sk["t86"], sk["alt"], "86 minutes vs 7,000 km, same sentence"),
    (st["zel11"], st["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ni["bud"], ni["z11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
    (ni["z10"], ni["dod10"], "10,000: being prepared (Oct 17) vs around 10,000 in Russia (Oct 28)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
