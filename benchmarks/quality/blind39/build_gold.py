"""Generate gold.json for blind39 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind39/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "ir": ("the-irish-news-2024-10-19-north-korea-to-send-12000-troops-to-russia-seoul-says", "The Irish News",
           "2024-10-19"),
    "ip": ("the-i-paper-2024-10-23-north-korea-sends-another-1500-troops-russia-3000", "The i Paper", "2024-10-23"),
    "c4": ("channel-4-news-2024-10-24-ukraine-says-12000-north-korean-soldiers-in-russia", "Channel 4 News",
           "2024-10-24"),
    "lbc": ("lbc-2024-10-28-phone-in-pentagon-10000-north-korean-troops", "LBC", "2024-10-28"),
    "bm": ("birmingham-mail-2024-10-29-live-north-korean-troops-russia-more-than-10000", "Birmingham Mail",
           "2024-10-29"),
    "edp": ("eastern-daily-press-2024-11-01-us-says-8000-north-korean-troops-in-kursk", "Eastern Daily Press",
            "2024-11-01"),
    "wk": ("the-week-2024-11-05-north-korean-troops-first-clashes-explained", "The Week (UK)", "2024-11-05"),
    "ns": ("new-statesman-2024-11-13-north-korea-war-in-europe-four-weeks", "New Statesman", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
MOVE = "North Korean deployment already under way"
THREAT = "deployment a grave threat to South Korea"
ZOFF = "North Korean officers already sent (Zelensky)"
ARMY = "North Korea's armed forces (size)"
YEARS = "years since a Russian leader last visited Pyongyang"
IRL = "Ireland's concern over the deployment"
FAM = "soldiers' families isolated to keep the deployment secret"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
UNSURE = "Washington unsure what the troops will do (Oct 23)"
NOACK = "Russia has not acknowledged the deployment"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
SERVICE = "years of military service (caller)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
LAVROV = "Russia-North Korea military ties"
N5 = "first clashes with North Korean troops (Nov 5)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
AGE = "age"
T24 = "Trump's promise to end the war (hours)"
HARRIS = "Harris on support for Ukraine"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
DECADES = "decades since North Korea's army last fought"
UKFO = "UK support for Ukraine"


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
PO = "South Korea presidential office"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
MARSH = "Helen Marsh"
JCS = "South Korea Joint Chiefs of Staff"
TRUMP = "Donald Trump"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The Irish News, Sat 2024-10-19 (straight news story)
# "said yesterday" -> 10-18 (the lead's plan; Budanov's "interview published yesterday": his 11,000 and November 1);
# "on Friday, after which" -> 10-18 (the office's threat and UNSC lines); "had said on Thursday" -> 10-17
# (Zelensky's 10,000 and officers). The second paragraph ("The agency said", "it said", "according to the NIS") and
# Rutte's "Standing beside him in Brussels" give no day. "By Seoul's count, that first group ... is all Pyongyang has
# moved so far" is the NIS's head count that week (bundled k01); "The rest of the force is expected to follow in
# stages" elaborates it and is not annotated. "first large-scale deployment" and "since 1953" are the outlet's; the
# 1.2 million and "24 years" are its numbers about the story (attributed to nobody). The DFA's refusal, the Belfast
# community's reaction, the 2,000 Ukrainians (diaspora), the £235 million, the related lines (5%, 1,000 jobs) and the
# stamp are not annotated.
ir = {}
ir["plan"] = C("ir", "has decided to send around 12,000 soldiers to help Russia's war against Ukraine", measure=PL,
               value=12000, q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ir["brig"] = C("ir", "the troops would go in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS)
ir["begun"] = C("ir", "the movement had already begun", kind=S, measure=MOVE, by=NIS)
ir["win"] = C("ir", "Between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ir["fb"] = C("ir", "Russian navy landing ships carried about 1,500 special forces from North Korean ports to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ir["ships"] = C("ir", "Four landing ships made the crossing", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
ir["escort"] = C("ir", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
ir["unif"] = C("ir", "The soldiers were handed Russian uniforms and Russian-made weapons, and forged identity papers "
               "presenting them as natives of Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
ir["sofar"] = C("ir", "that first group of around 1,500 is all Pyongyang has moved so far", value=1500, q="about",
                scope="total", by=NIS, place="Russia")
ir["threat"] = C("ir", "his office described the deployment as a grave threat to South Korea", kind=S, measure=THREAT,
                 by=PO, ev="2024-10-18", subject=SK)
ir["unsc"] = C("ir", "said it breached UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
ir["zel10"] = C("ir", "Pyongyang was preparing 10,000 soldiers for Russia", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ir["zoff"] = C("ir", "had already sent \"tactical personnel and officers\"", kind=S, measure=ZOFF, by=ZEL,
               ev="2024-10-17")
ir["rcs"] = C("ir", "the alliance had no evidence so far that North Korean soldiers were fighting", kind=S,
              measure=CS, by=RUTTE)
ir["bud"] = C("ir", "about 11,000 North Korean infantrymen were training in Russia's far east", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ir["ready"] = C("ir", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD, ev="2024-10-18")
ir["2600"] = C("ir", "A first unit of 2,600 was due to be sent to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
ir["west"] = C("ir", "anywhere from 2,000 to 12,000 troops", measure=PL, low=2000, high=12000, mod="conditional",
               scope="total", by="Western official", place="Russia")
ir["fake"] = C("ir", "The Kremlin has dismissed such reports, with spokesman Dmitry Peskov calling them \"another "
               "fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
ir["army"] = C("ir", "keeps about 1.2 million people in uniform", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
ir["yrs"] = C("ir", "first visit to Pyongyang in 24 years", measure=YEARS, value=24, unit="years", by=None,
              subject=RUS)
ir["dfa"] = C("ir", "it was following the reports \"with serious concern\"", kind=S, measure=IRL,
              by="Ireland Department of Foreign Affairs", subject="Ireland")

# ---------------------------------------------------------------- The i Paper, Wed 2024-10-23 (news story with an update block)
# "told MPs on Wednesday" -> 10-23 (the second group, the total, the forecast and December in one lead sentence);
# "Five days earlier" -> 10-18 (plan, brigades, first contingent and window in one sentence); "The briefing came a day
# after" -> 10-22 (the presidential official); "On Monday" and "the same day" -> 10-21 (the summons; Kyslytsya's
# 11,000 and November 1); "In Rome on Wednesday" -> 10-23 (Austin's evidence line; his two quotes give no day); the
# update's "said on Wednesday" -> 10-23 (the White House's 3,000); Kirby's sentences give no day. "between early and
# mid-October" stays outside the count's quote (not a date claim, as blind30/32/35 did). "Seoul's own count is far
# below Kyiv's ..." is the outlet's remark; the Foreign Office's refusal, the £40bn and the read-more lines are not
# annotated.
ip = {}
ip["sb"] = C("ip", "has sent another 1,500 or so soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ip["nis3"] = C("ip", "bringing the number there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
ip["pr"] = C("ip", "it expects the figure to reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
ip["prd"] = C("ip", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ip["plan"] = C("ip", "Pyongyang planned to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ip["brig"] = C("ip", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ip["fb"] = C("ip", "a first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ip["win"] = C("ip", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
ip["pay"] = C("ip", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ip["regime"] = C("ip", "the agency believes most of the money goes to the regime rather than to the men", kind=S,
                 measure=REGIME, by=NIS)
ip["drones"] = C("ip", "Russian instructors had found the North Koreans physically strong but baffled by drones and "
                 "other modern equipment", kind=S, measure=DRONES, by=NIS)
ip["fam"] = C("ip", "Families of the soldiers had been moved and isolated to keep the deployment secret", kind=S,
              measure=FAM, by=NIS)
ip["wpn"] = C("ip", "Seoul could respond in stages, beginning with defensive weapons for Ukraine, if the North's "
              "involvement deepened", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
ip["wd"] = C("ip", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)
ip["kys"] = C("ip", "about 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
ip["ready"] = C("ip", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
ip["adep"] = C("ip", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
ip["aunsure"] = C("ip", "What exactly they are doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
ip["aesc"] = C("ip", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
ip["noack"] = C("ip", "Moscow has neither confirmed nor denied that North Korean soldiers are on its soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ip["wh3"] = C("ip", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
ip["sites"] = C("ip", "they were training at three sites there", measure=SITES, value=3, unit="training sites",
                by=KIRBY, place=RFE)
ip["kunsure"] = C("ip", "it was unclear whether they would go on to fight", kind=S, measure=UNSURE, by=KIRBY)
ip["fair"] = C("ip", "If they do, they are fair game", kind=S, measure=TGT, mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- Channel 4 News, Thu 2024-10-24 (broadcast segment with studio interview)
# "said today" -> 10-24 (HUR's count, officers and generals in one sentence); the arrival "yesterday" -> 10-23 (an
# arrival takes its own day, as blind21-37 did); "told lawmakers yesterday" -> 10-23 (the second group and the
# total); "It expects some 10,000 by December" gives no day; "last night" -> 10-23 (the Americans' minimum; Kirby's
# "fair game" in the presenter's question); "Last Friday" -> 10-18 (plan and brigades); "said today" -> 10-24 (Yoon).
# The SOT and the sentence after it give no day. "Seoul's estimate is a quarter of that" is the outlet's ratio
# (attributed to nobody). "Ukraine's count, in other words, is Seoul's planned total" is the outlet's remark. The
# guest (invented) speaks for herself; her asides ("So both can be honest", "Hard currency first", "It tells Kyiv it
# can hit them, too", "Not yet, I think ...") are not annotated. The programme line, running time, next items,
# credits and 14C are furniture.
c4 = {}
c4["hur"] = C("c4", "about twelve thousand North Korean soldiers are now in Russia", value=12000, q="about",
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
c4["off"] = C("c4", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
c4["gen"] = C("c4", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
c4["arr"] = C("c4", "the first units reached the Kursk region, on the border with Ukraine, yesterday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
c4["ratio"] = C("c4", "Seoul's estimate is a quarter of that", measure=RATIO, value=0.25, unit="fraction", by=None)
c4["sb"] = C("c4", "a second group of about 1,500 soldiers had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
c4["nis3"] = C("c4", "taking the total to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
c4["pr"] = C("c4", "It expects some 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
             place="Russia")
c4["prd"] = C("c4", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
c4["us3"] = C("c4", "put the number at a minimum of 3,000 last night", value=3000, q="at_least", scope="total",
              by=USG, ev="2024-10-23", place="Russia")
c4["plan"] = C("c4", "Pyongyang had committed about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
c4["brig"] = C("c4", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
c4["pay"] = C("c4", "Moscow pays about 2,000 dollars a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
c4["regime"] = C("c4", "most of it pocketed by the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
c4["drones"] = C("c4", "Russian instructors rate the North Koreans' fitness but find them lost when it comes to "
                 "drones", kind=S, measure=DRONES, by=NIS)
c4["img"] = C("c4", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
c4["treaty"] = C("c4", "how Russia applies its treaty with Pyongyang is Moscow's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
c4["wpn"] = C("c4", "he would not rule out sending weapons to Ukraine, depending on how far North Korea goes", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
c4["method"] = C("c4", "Seoul counts men it has watched arrive. Kyiv, I suspect, counts the whole force that has "
                 "been assigned, including units that are still on their way.", kind=S, measure=METHOD, by=MARSH)
c4["tech"] = C("c4", "I would expect Moscow to pay in technology too: satellites, submarines, perhaps help with "
               "missiles", kind=S, measure=TECH, mod="planned", by=MARSH)
c4["fair"] = C("c4", "The White House spokesman John Kirby said last night that if they fight, they're \"fair game\"",
               kind=S, measure=TGT, mod="conditional", by=KIRBY, ev="2024-10-23")

# ---------------------------------------------------------------- LBC, Mon 2024-10-28 (phone-in transcript; the less usual form)
# Time stamps give no day. The newsreader's "The Pentagon says" is present tense (null), and the host's bare "Ten
# thousand." restates it (the Pentagon's, undated, as blind28 gave an anchor's "Eleven thousand men." to its
# origin); "Earlier today" -> 10-28
# (Rutte's confirmation and his "significant escalation", one sentence). The host's "A week ago" gives null and his
# "more than three times" is his own ratio (attributed to nobody). Callers are read like letter writers: what they
# relay is their origin's claim ("from the Ukrainians" -> HUR; "the Americans say ten" -> US government, value
# 10,000; "The woman at the Pentagon said tonight" -> Singh, 10-28; "Putin says" -> Putin), their opinions and
# reactions are not annotated ("You don't move ten thousand men to stand around", "Then we'll know soon enough",
# "Right."). The host's relays are their origins' claims: "on Thursday" -> 10-24 (HUR), "the day before that" ->
# 10-23 (the NIS's 3,000, told as the other side of HUR's figure: k02), "on the 18th" -> 10-18 (the plan), "on
# Saturday" -> 10-26 (Zelensky's window), "on Friday" -> 10-25 (Kim Jong Gyu). The caller's 22 years of service are
# annotated (attributed to nobody). The Budget, the M25 junctions and £40bn are not annotated.
lbc = {}
lbc["dod10"] = C("lbc", "The Pentagon says around 10,000 North Korean troops have now been sent to eastern Russia for "
                 "training", value=10000, q="about", scope="total", by=DOD, place=RFE)
lbc["front"] = C("lbc", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD)
lbc["rdep"] = C("lbc", "confirmed for the first time that North Korean units have been deployed to Russia's Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
lbc["resc"] = C("lbc", "calling it \"a significant escalation\"", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
lbc["ten"] = C("lbc", "Ten thousand.", value=10000, scope="total", by=DOD, place="Russia")
lbc["wh3"] = C("lbc", "A week ago the White House was saying at least 3,000.", value=3000, q="at_least",
               scope="total", by=WH, place="Russia")
lbc["ratio"] = C("lbc", "That is more than three times as many", measure=RATIO, value=3, q="at_least", unit="times",
                 by=None)
lbc["dave12"] = C("lbc", "I heard twelve thousand on the radio last week, from the Ukrainians", value=12000,
                  scope="total", by=HUR, place="Russia")
lbc["amer10"] = C("lbc", "Now the Americans say ten.", value=10000, scope="total", by=USG, place="Russia")
lbc["tom12"] = C("lbc", "Twelve thousand was Ukraine's military intelligence, on Thursday.", value=12000,
                 scope="total", by=HUR, ev="2024-10-24", place="Russia")
lbc["tom3"] = C("lbc", "The South Koreans had said 3,000 the day before that", value=3000, scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
lbc["plan"] = C("lbc", "Seoul's very first number, on the 18th, was 12,000 too, but that was what Pyongyang planned "
                "to send", measure=PL, value=12000, mod="planned", scope="total", by=NIS, ev="2024-10-18",
                place="Russia")
lbc["zel10"] = C("lbc", "Zelensky said ten thousand the other week", measure=PL, value=10000, mod="planned",
                 scope="total", by=ZEL, place="Russia")
lbc["svc"] = C("lbc", "I served 22 years", measure=SERVICE, value=22, unit="years", by=None,
               subject="Kwame (caller)")
lbc["singh"] = C("lbc", "The woman at the Pentagon said tonight they could be used in combat over the next several "
                 "weeks", kind=S, measure=CT, mod="planned", by=SINGH, ev="2024-10-28")
lbc["zct"] = C("lbc", "they could be in combat zones on the 27th or 28th", kind=D, measure=CT, low="2024-10-27",
               high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
lbc["putin"] = C("lbc", "Putin says it's his business what he does with his treaty", kind=S, measure=TREATY, by=PUTIN,
                 subject=RUS)
lbc["peskov"] = C("lbc", "Dmitry Peskov did, yes, he called the first reports \"another fake\"", kind=S, measure=DEP,
                  by=PESKOV, subject=RUS)
lbc["kjg"] = C("lbc", "any such deployment would be in line with international law", kind=S, measure=LAW,
               mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- Birmingham Mail, Tue 2024-10-29 (live blog)
# Entry times and entry headings give no day and carry no claims (the headings are headlines). "said on Tuesday" ->
# 10-29 (the NIS's count and the front, one sentence); Lee's relays give no day; "Last week the agency had forecast"
# gives null. "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine"); Singh's sentence gives none;
# "Only last Wednesday" -> 10-23 (the White House's step). "last Thursday" -> 10-24 (HUR's count, officers and
# generals) with the arrival "on the 23rd" -> 10-23 in the same sentence; "on Saturday" -> 10-26; "on Friday" -> 10-25;
# "Nato confirmed on Monday" -> 10-28 (Rutte); his quote in the next sentence gives none. "That projection has already
# been overtaken" and "No fighting had been reported" are the outlet's; the Kremlin's non-comment, Yoon's expected
# call, Villa's tickets (40 minutes, three games), the council's £300m, "November 12", 14C and the Solihull family's
# words are not annotated.
bm = {}
bm["nis10"] = C("bm", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
bm["nisfront"] = C("bm", "some of them appear to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                   ev="2024-10-29")
bm["kyb"] = C("bm", "the contingent was commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
bm["terms"] = C("bm", "the soldiers were being taught about 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
bm["pr"] = C("bm", "Last week the agency had forecast about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
bm["prd"] = C("bm", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bm["dod10"] = C("bm", "around 10,000 North Korean troops had been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
bm["dodfront"] = C("bm", "some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
bm["singh"] = C("bm", "Washington was \"increasingly concerned\" that Russia intended to use them in combat \"over the "
                "next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
bm["wh3"] = C("bm", "Only last Wednesday the White House had spoken of at least 3,000.", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
bm["hur"] = C("bm", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
bm["off"] = C("bm", "with 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
bm["gen"] = C("bm", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
bm["arr"] = C("bm", "the first units had reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
bm["zct"] = C("bm", "they could be in combat zones on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
              high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
bm["kjg"] = C("bm", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
bm["rdep"] = C("bm", "Nato confirmed on Monday that North Korean units had been sent to Russia and deployed to the "
               "Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
bm["resc"] = C("bm", "Mark Rutte called it \"a dangerous expansion of Russia's war\"", kind=S, measure=ESC, by=RUTTE)

# ---------------------------------------------------------------- Eastern Daily Press, Fri 2024-11-01 (wire story with an update block)
# "said on Thursday" -> 10-31 (Blinken's 8,000 and "in the coming days", one sentence); "Speaking after talks" and
# "he said" give no day; "had said on Tuesday" -> 10-29 (the NIS's count and the front, one sentence). The ICBM's
# minutes and altitude are undated: "Hours before the talks" is the previous sentence. "Barely a week earlier" and "at
# the time" give null (the White House's step; "officials in Washington" -> US government). The update's "on Friday"
# -> 11-01 (Choe); Lavrov's sentence gives none. "both records for the North" and "Neither minister mentioned the
# troops in public" are the outlet's; the Norfolk paragraphs (several hundred families, 1,100 guests, the coordinator's
# words, the service), RAF Marham's refusal, 137.9p and the related lines are not annotated.
edp = {}
edp["bl8"] = C("edp", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
edp["days"] = C("edp", "are expected to join the fighting against Ukraine \"in the coming days\"", kind=S, measure=CT,
                mod="planned", by=BL, ev="2024-10-31")
edp["bl10"] = C("edp", "some 10,000 North Korean troops had been sent to Russia in all", value=10000, q="about",
                scope="total", by=BL, place="Russia")
edp["tgt"] = C("edp", "If they fought, he said, they would be \"legitimate military targets\"", kind=S, measure=TGT,
               mod="conditional", by=BL)
edp["eq"] = C("edp", "Russia had been training the North Koreans in artillery, drones and basic infantry skills, "
              "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
edp["acs"] = C("edp", "He said he had not yet seen reports of them in combat.", kind=S, measure=CS, by=AUSTIN)
edp["kyh"] = C("edp", "called for the troops' immediate withdrawal", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
edp["cho"] = C("edp", "Seoul feared Moscow could reward Pyongyang with sensitive military technology", kind=S,
               measure=TECH, mod="conditional", by=CHO)
edp["nis10"] = C("edp", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total",
                 by=NIS, ev="2024-10-29", place="Russia")
edp["nisfront"] = C("edp", "some of them heading for the front line", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
edp["t86"] = C("edp", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
edp["alt"] = C("edp", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
               by=JMOD)
edp["noack"] = C("edp", "The Kremlin has still not confirmed that North Korean troops are on Russian soil.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
edp["wh3"] = C("edp", "the White House had put the number of North Koreans in Russia at no fewer than 3,000",
               value=3000, q="at_least", scope="total", by=WH, place="Russia")
edp["usunsure"] = C("edp", "officials in Washington said it was unclear whether they would be sent to the front at "
                    "all", kind=S, measure=UNSURE, by=USG)
edp["choe"] = C("edp", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"",
                kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
edp["lavrov"] = C("edp", "the two countries' armed forces and security services had \"very close\" ties", kind=S,
                  measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- The Week (UK), Tue 2024-11-05 (explainer with question headings)
# The lead's two sentences give no day ("Ukraine says" -> Ukraine government; "South Korea says it cannot confirm
# that" -> the defence ministry, as blind23 and blind29 read such leads). "aired on Tuesday" -> 11-05 (Umerov), "the
# same day" -> 11-05 (the ministry); "On Monday" -> 11-04 (Zelensky's 11,000) and, in the same sentence, "had given
# last Thursday" -> 10-31 (Blinken's 8,000); "says" gives null (the NIS's count and plan, one sentence); "As recently
# as October 23" -> 10-23 (a step); "said on Monday" -> 11-04 (the Pentagon); "in Moscow on Friday" -> 11-01 (Choe's
# promise, in a relative clause); "Early on Tuesday" -> 11-05 (the JCS's missiles); "five days after it tested" ->
# 10-31 (the 86 minutes, given to Japan's ministry, the figure's origin, as blind35 did). "He did not say where",
# "the longest flight it has recorded", the why-paragraph and "a war that has just widened" are the outlet's; the
# subscription line and "midnight UK time" are furniture. Trump's age and "24 hours" and Harris's line are annotated.
wk = {}
wk["lua"] = C("wk", "Ukraine says its forces have fought North Korean soldiers for the first time.", kind=S,
              measure=N5, by=UAG)
wk["lmnd"] = C("wk", "South Korea says it cannot confirm that.", kind=S, measure=N5, by=MND, subject=SK)
wk["um"] = C("wk", "the first small-scale engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
wk["mnd"] = C("wk", "South Korea's defence ministry said the same day that it could not confirm his account", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
wk["z11"] = C("wk", "11,000 North Korean soldiers were in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
wk["bl8"] = C("wk", "the roughly 8,000 that Antony Blinken, the US secretary of state, had given last Thursday",
              measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
wk["nis10"] = C("wk", "more than 10,000 are in Russia altogether", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
wk["plan"] = C("wk", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
wk["nis3"] = C("wk", "As recently as October 23, Seoul's count had been about 3,000.", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
wk["dodcs"] = C("wk", "it had no indication yet that any of them had entered combat", kind=S, measure=CS, by=DOD,
                ev="2024-11-04")
wk["pay"] = C("wk", "Russia pays each man about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
wk["regime"] = C("wk", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
wk["terms"] = C("wk", "The soldiers have also been drilled on about 100 Russian words of command", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
wk["kyb"] = C("wk", "their commander was Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
wk["noack"] = C("wk", "The Kremlin has neither confirmed nor denied that North Koreans are on its territory.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
wk["choe"] = C("wk", "who had promised in Moscow on Friday that her country would stand by Russia \"until victory\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
wk["srbm"] = C("wk", "it fired about seven short-range ballistic missiles into the sea", measure=SRBM, value=7,
               q="about", unit="missiles", by=JCS, ev="2024-11-05")
wk["t86"] = C("wk", "an intercontinental missile that flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
              by=JMOD, ev="2024-10-31")
wk["tage"] = C("wk", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
wk["t24"] = C("wk", "he could end the war \"in 24 hours\" if he wins", measure=T24, value=24, unit="hours",
              mod="conditional", by=TRUMP, subject=TRUMP)
wk["harris"] = C("wk", "Kamala Harris says she would keep supporting Kyiv", kind=S, measure=HARRIS,
                 mod="conditional", by="Kamala Harris", subject="United States")

# ---------------------------------------------------------------- New Statesman, Wed 2024-11-13 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence; KCNA "reported on Tuesday"); "Today"
# -> 11-13 (the NIS's two claims); "On 18 October" -> 10-18 (plan and first 1,500 in one sentence); "Five days later"
# -> 10-23; "By 28 October" -> 10-28; "On 31 October" -> 10-31 and "on 4 November" -> 11-04 (one sentence, two
# clauses); "On 5 November" and "the same day" -> 11-05; "On Sunday" -> 11-10. "Seoul's 12,000 was a plan" names its
# origin and is the NIS's plan restated (undated), as blind29 and blind34 read it; "its early counts were of men it
# had seen land" and "Kyiv counted the force assigned" carry no figure and are the outlet's reading. "Moscow, which
# first called ..." -> Kremlin (Peskov is not named). "seven decades" is the outlet's number (attributed to nobody);
# "since 1953", "20 January", "in August" and the read-more lines are not claims. The closing judgments are the
# outlet's; the Foreign Office's standing line is annotated.
ns = {}
ns["st10"] = C("ns", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
ns["mostk"] = C("ns", "most had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
ns["stcs"] = C("ns", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
               by=STATE, ev="2024-11-12")
ns["units"] = C("ns", "some had been assigned to Russian marine and airborne units", kind=S, measure=UNITS, by=NIS,
                ev="2024-11-13")
ns["niscs"] = C("ns", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
ns["plan"] = C("ns", "Pyongyang had decided to send about 12,000 men", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ns["fb"] = C("ns", "a first 1,500 had already gone", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
ns["nis3"] = C("ns", "Five days later it counted about 3,000 in Russia.", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
ns["dod10"] = C("ns", "By 28 October the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
ns["bl8"] = C("ns", "Blinken put 8,000 in Kursk alone", measure=KU, value=8000, by=BL, ev="2024-10-31",
              place="Kursk")
ns["z11"] = C("ns", "Zelensky said 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
ns["plan2"] = C("ns", "Seoul's 12,000 was a plan", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
                place="Russia")
ns["ua"] = C("ns", "Ukraine reported its first clashes with North Korean units", kind=S, measure=N5, by=UAG,
             ev="2024-11-05")
ns["mnd"] = C("ns", "Seoul said the same day that it could not verify them", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
ns["massed"] = C("ns", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
ns["fake"] = C("ns", "which first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
ns["treaty"] = C("ns", "now points only to its new treaty with Pyongyang", kind=S, measure=TREATY, by=KREMLIN,
                 subject=RUS)
ns["ratify"] = C("ns", "North Korea's state news agency reported on Tuesday that Kim Jong Un had ratified it.", kind=S,
                 measure=RATIFY, by="KCNA", ev="2024-11-12")
ns["decades"] = C("ns", "more battle experience than it has had in seven decades", measure=DECADES, value=7,
                  unit="decades", by=None)
ns["wpn"] = C("ns", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
ns["tage"] = C("ns", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
ns["t24"] = C("ns", "has promised to end the war \"within 24 hours\"", measure=T24, value=24, q="up_to",
              unit="hours", mod="conditional", by=TRUMP, subject=TRUMP)
ns["fo"] = C("ns", "the Foreign Office says it will stand with Ukraine for as long as it takes", kind=S, measure=UKFO,
             by="UK Foreign Office", subject="United Kingdom")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ir["sofar"], ir["bud"], ip["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 moved so far vs Kyiv's about 11,000 training in the east "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [ir["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [ir["bud"], ip["kys"]])])
K(RU, [ip["nis3"], ip["wh3"], c4["nis3"], c4["us3"], lbc["tom3"], c4["hur"], lbc["dave12"], lbc["tom12"], bm["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia "
  "(LBC's host sets the two against each other)",
  [("about / at least 3,000 (NIS, White House, US government)",
    [ip["nis3"], ip["wh3"], c4["nis3"], c4["us3"], lbc["tom3"]]),
   ("about 12,000 (HUR)", [c4["hur"], lbc["dave12"], lbc["tom12"], bm["hur"]])])
K(RU, [lbc["wh3"], edp["wh3"], bm["wh3"], wk["nis3"], ns["nis3"], lbc["dod10"], lbc["ten"], lbc["amer10"], bm["dod10"],
       ns["dod10"], edp["bl10"], bm["nis10"], edp["nis10"], wk["nis10"], ns["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [edp["bl8"], wk["bl8"], ns["bl8"], wk["z11"], ns["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ir["plan"], ip["plan"], c4["plan"], lbc["plan"], wk["plan"], ns["plan"], ns["plan2"], ir["zel10"],
       lbc["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ir["plan"], ip["plan"], c4["plan"], lbc["plan"], wk["plan"], ns["plan"], ns["plan2"]]),
   ("10,000 (Zelensky)", [ir["zel10"], lbc["zel10"]])])
K(FB, [ir["fb"], ip["fb"], ns["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [ir["win"], ip["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [ir["brig"], ip["brig"], c4["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ip["sb"], c4["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [ip["pr"], c4["pr"], bm["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [ip["prd"], c4["prd"], bm["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [ip["pay"], c4["pay"], wk["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ip["regime"], c4["regime"], wk["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [ip["drones"], c4["drones"]], "agreement",
  "NIS (via Lee Seong-kweun): Russian instructors find the troops strong / fit but lost with drones")
K(OFF, [c4["off"], bm["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [c4["gen"], bm["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [c4["arr"], bm["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(READY, [ir["ready"], ip["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [ip["fair"], c4["fair"], edp["tgt"]], "agreement",
  "US: North Koreans who fight are fair game / legitimate military targets (Kirby Oct 23, Blinken Oct 31)")
K(ESC, [ip["aesc"], lbc["resc"], bm["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' and 'a "
  "dangerous expansion of Russia's war' (Rutte Oct 28)")
K(DEP, [ip["adep"], lbc["rdep"], bm["rdep"], ir["fake"], lbc["peskov"], ns["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; the Kremlin)",
  [("asserted", [ip["adep"], lbc["rdep"], bm["rdep"]]), ("dismissed", [ir["fake"], lbc["peskov"], ns["fake"]])])
K(LAW, [ir["unsc"], lbc["kjg"], bm["kjg"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul's presidential office, Oct 18) vs in line with "
  "international law (Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [ir["unsc"]]), ("lawful (Kim Jong Gyu)", [lbc["kjg"], bm["kjg"]])])
K(CT, [lbc["zct"], bm["zct"], lbc["singh"], bm["singh"], edp["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [lbc["zct"], bm["zct"]]), ("several weeks (Singh)", [lbc["singh"], bm["singh"]]),
   ("coming days (Blinken)", [edp["days"]])])
K(CS, [ir["rcs"], edp["acs"], wk["dodcs"], ns["stcs"], ns["niscs"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [wk["lua"], wk["um"], ns["ua"], wk["lmnd"], wk["mnd"], ns["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov / Ukraine) vs Seoul's defence ministry cannot confirm / verify them",
  [("clashes reported (Umerov, Ukraine)", [wk["lua"], wk["um"], ns["ua"]]),
   ("cannot confirm (Seoul MND)", [wk["lmnd"], wk["mnd"], ns["mnd"]])])
K(FRONT, [lbc["front"], bm["dodfront"], bm["nisfront"], edp["nisfront"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [bm["kyb"], wk["kyb"]], "agreement", "NIS (Oct 29, via Lee Seong-kweun): commander Lt. Gen. Kim Yong Bok")
K(TERMS, [bm["terms"], wk["terms"]], "agreement", "NIS: the troops are taught about 100 Russian military terms")
K(TREATY, [c4["treaty"], lbc["putin"], ns["treaty"]], "agreement",
  "Moscow: the treaty with Pyongyang is Russia's own business (Putin Oct 24; a caller's relay; the Kremlin)")
K(NOACK, [ip["noack"], edp["noack"], wk["noack"]], "agreement", "Moscow has not confirmed the troops' presence")
K(ICBM_T, [edp["t86"], wk["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [edp["choe"], wk["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(WPN, [ip["wpn"], c4["wpn"], ns["wpn"]], "agreement",
  "Seoul could arm Ukraine depending on the North (presidential official Oct 22, Yoon Oct 24 and last week)")
K(WITHDRAW, [ip["wd"], edp["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(UNSURE, [ip["aunsure"], ip["kunsure"], edp["usunsure"]], "agreement",
  "Oct 23: Washington cannot yet say what the troops will do (Austin, Kirby, 'officials in Washington')")
K(TECH, [c4["tech"], edp["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Marsh; Foreign Minister Cho)")
K(AGE, [wk["tage"], ns["tage"]], "agreement", "Donald Trump's age, 78 (two outlets, attributed to nobody)")
K(T24, [wk["t24"], ns["t24"]], "agreement", "Trump: end the war in / within 24 hours")

pairs = [
    (ir["sofar"], ir["fb"], "about 1,500: Seoul's head count so far vs the first transport"),
    (ir["bud"], ir["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (ip["plan"], ip["fb"], "some 12,000 planned vs a first contingent of about 1,500, same sentence"),
    (ip["sb"], ip["nis3"], "another 1,500 vs around 3,000 in all, same sentence"),
    (ip["nis3"], ip["pr"], "around 3,000 now vs about 10,000 expected, same sentence"),
    (ip["sb"], ip["fb"], "about 1,500: the second group vs the first contingent"),
    (c4["hur"], c4["plan"], "twelve thousand already in Russia (HUR) vs about 12,000 committed (NIS)"),
    (c4["off"], c4["gen"], "500 officers vs three generals, same sentence"),
    (c4["nis3"], c4["pr"], "around 3,000 now vs some 10,000 expected, adjacent sentences"),
    (lbc["tom3"], lbc["wh3"], "3,000: the NIS's Oct 23 count set against HUR (snapshot) vs the White House's step"),
    (lbc["tom12"], lbc["plan"], "12,000: HUR's count vs the NIS's plan, same turn"),
    (lbc["dod10"], lbc["zel10"], "10,000 sent (Pentagon) vs 10,000 being prepared (Zelensky)"),
    (bm["nis10"], bm["pr"], "more than 10,000 now vs about 10,000 forecast, same entry"),
    (bm["off"], bm["gen"], "500 officers vs three generals, same sentence"),
    (edp["bl8"], edp["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (edp["days"], edp["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (wk["z11"], wk["nis10"], "11,000 in Kursk vs more than 10,000 in Russia, adjacent sentences"),
    (wk["nis10"], wk["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (ns["plan"], ns["fb"], "about 12,000 decided vs a first 1,500, same sentence"),
    (ns["bl8"], ns["dod10"], "8,000 in Kursk vs around 10,000 in Russia, adjacent sentences"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
