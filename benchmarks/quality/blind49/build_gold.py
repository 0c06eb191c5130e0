"""Generate gold.json for blind49 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind49/build_gold.py

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
    "wa": ("the-west-australian-2024-10-19-north-korea-to-send-12000-troops-to-russia-seoul-says",
           "The West Australian", "2024-10-19"),
    "bt": ("brisbane-times-2024-10-23-north-korea-sends-1500-more-troops-3000-in-russia", "Brisbane Times",
           "2024-10-23"),
    "ct": ("the-canberra-times-2024-10-25-interview-anu-expert-on-north-korean-troop-numbers", "The Canberra Times",
           "2024-10-25"),
    "tn": ("1news-tvnz-2024-10-29-pentagon-says-10000-north-korean-troops-in-russia", "1News (TVNZ)", "2024-10-29"),
    "nr": ("newsroom-2024-11-01-explainer-north-korean-soldiers-kursk-8000", "Newsroom (New Zealand)", "2024-11-01"),
    "kn": ("the-advertiser-2024-11-04-kids-news-north-korean-soldiers-in-russia-why-numbers-change",
           "The Advertiser (Adelaide)", "2024-11-04"),
    "od": ("otago-daily-times-2024-11-05-ukraine-says-first-clashes-with-north-korean-troops", "Otago Daily Times",
           "2024-11-05"),
    "ft": ("the-fiji-times-2024-11-14-analysis-north-korean-troops-fighting-how-count-grew", "The Fiji Times",
           "2024-11-14"),
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
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ARMY = "North Korea's armed forces (size)"
MORE = "further North Korean transports expected (NIS)"
MORE_UA = "more North Korean troops expected (Ukraine)"
THREAT = "deployment a grave security threat (Seoul)"
RANGE = "possible size of the deployment (Western official)"
UNSURE = "Washington unsure what the North Korean troops will do (Oct 23)"
USE = "Russia intends to use North Korean troops in combat (US)"
AUS = "Australia concerned by / condemns the deployment"
DFAT = "Australia following developments with Seoul"
ABRAMS = "Abrams tanks Australia is sending to Ukraine"
BUYING = "Russia buying soldiers (analyst)"
KFIRST = "North Korean troops to fight in Kursk first (analyst forecast)"
NZC = "New Zealand condemns the deployment"
NZSANC = "New Zealand working with partners on sanctions"
DEEP = "Ukraine asks permission for long-range strikes into Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
END24 = "Trump's promise to end the war (hours)"


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
NKFM = "North Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
WONG = "Penny Wong"
AUSG = "Australia government"
PETERS = "Winston Peters"
NZG = "New Zealand government"
WHITBY = "Eleanor Whitby"
JCS = "South Korea Joint Chiefs of Staff"
SK, UA, RUS, AU, NZ, US = "South Korea", "Ukraine", "Russia", "Australia", "New Zealand", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- The West Australian, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the lead's plan only; the second and third paragraphs give no day: brigades and "already
# begun", the first transport, window, ships, escorts, uniforms, "further transports" and the head count); "on Friday,
# after which" -> 10-18 (the threat and the UNSC line); "in Brussels on Thursday" -> 10-17; "in an interview published
# on Friday" -> 10-18 (Budanov's count and November 1); "who stood beside Mr Zelensky on Thursday" -> 10-17; "a day
# after" the Friday reports -> 10-17 (Marles). "By Seoul's reckoning those 1500 men are the only ... so far" is Seoul's
# head count that week (bundled k01). The army's size is the outlet's background (attributed to nobody). "since 1953",
# the trade line, the stamps, the markets line (0.3 per cent, 8283, $US104) and the MORE FROM THE WEST headlines (1.2
# million travellers, $3.2 billion) are not annotated; "Ukraine's numbers are higher." is the outlet's remark;
# "Pyongyang has not commented" and the embassy's silence are non-replies. The analyst's trade quote is an aside.
wa = {}
wa["plan"] = C("wa", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
wa["brig"] = C("wa", "Pyongyang would send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
wa["begun"] = C("wa", "the movement of troops had already begun", kind=S, measure=DEP, by=NIS)
wa["fb"] = C("wa", "Around 1500 special forces were ferried from ports near Chongjin and Hamhung to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
wa["win"] = C("wa", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
wa["ships"] = C("wa", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
wa["escort"] = C("wa", "with three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
wa["unif"] = C("wa", "The soldiers were handed Russian uniforms and forged papers", kind=S, measure=UNIF, by=NIS)
wa["more"] = C("wa", "which expects further transports soon", kind=S, measure=MORE, mod="planned", by=NIS)
wa["sofar"] = C("wa", "those 1500 men are the only North Korean soldiers on Russian soil so far", value=1500,
                scope="total", by=NIS, place="Russia")
wa["threat"] = C("wa", "his office called the deployment a grave security threat to South Korea and the world",
                 kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
wa["unsc"] = C("wa", "said it violated United Nations Security Council resolutions", kind=S, measure=LAW, by=PO,
               ev="2024-10-18", subject=SK)
wa["zel10"] = C("wa", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
wa["bud11"] = C("wa", "about 11,000 North Korean infantry were training in Russia's far east", value=11000, q="about",
                scope="total", by=BUD, ev="2024-10-18", place=RFE)
wa["ready"] = C("wa", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
wa["2600"] = C("wa", "The first unit of 2600 soldiers was to head for Russia's Kursk region", measure=FIRSTU,
               value=2600, mod="planned", scope="first_batch", by=BUD, place="Kursk")
wa["rcs"] = C("wa", "the alliance had no evidence that North Korean soldiers were taking part in the fighting", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-17")
wa["range"] = C("wa", "a deployment of anywhere between 2000 and 12,000 was possible", measure=RANGE, low=2000,
                high=12000, mod="conditional", scope="total", by="Western official", place="Russia")
wa["krem"] = C("wa", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
wa["fake"] = C("wa", "Dmitry Peskov, called them \"another fake\" earlier this month", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
wa["army"] = C("wa", "North Korea keeps about 1.2 million people in uniform", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
wa["wong"] = C("wa", "Australia was deeply concerned by the reports and would work with South Korea and other partners "
               "on a response", kind=S, measure=AUS, by=WONG, subject=AU)
wa["abrams"] = C("wa", "Australia would send 49 of its retired M1A1 Abrams tanks to Ukraine", measure=ABRAMS, value=49,
                 unit="tanks", mod="planned", by="Richard Marles", ev="2024-10-17", subject=AU)
wa["buying"] = C("wa", "Russia was \"buying soldiers the way it has been buying shells\"", kind=S, measure=BUYING,
                 by="Tom Hallett", subject=RUS)

# ---------------------------------------------------------------- Brisbane Times, Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (the lead's second group and total); Park's relay "after the closed-door
# session" gives no day (the forecast, December, "Further transports"); "Last Friday" -> 10-18 (plan, brigades, first
# group and window in one sentence); "According to Park", "Lee ... said" and "he said" give none; "on Monday" -> 10-21
# (the summons and Kyslytsya); "A day later" -> 10-22 (the presidential official); "In Rome on Wednesday" -> 10-23
# (Austin's evidence; his quotes give none); the update's "said on Wednesday (US time)" -> 10-23 (the White House's
# count; Kirby's later sentences give none). "Kyiv's numbers remain far higher." is the outlet's remark; "Pyongyang
# has said nothing" is a non-reply. The state election (93 seats), the stamps, "UPDATE, 7.20am" and the RELATED lines
# (10 seats, 100 days) are not annotated.
bt = {}
bt["sb"] = C("bt", "North Korea has sent about 1500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
bt["nis3"] = C("bt", "bringing its contingent there to around 3000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
bt["pr"] = C("bt", "expected the number to reach roughly 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
bt["prd"] = C("bt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bt["more"] = C("bt", "Further transports were being readied, he said.", kind=S, measure=MORE, mod="planned", by=NIS)
bt["plan"] = C("bt", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bt["brig"] = C("bt", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
bt["fb"] = C("bt", "a first group of about 1500 special forces had crossed to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bt["win"] = C("bt", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
bt["pay"] = C("bt", "Russia is paying each soldier about $US2000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
bt["regime"] = C("bt", "most of which is thought to go straight to the regime in Pyongyang", kind=S, measure=REGIME,
                 by=NIS)
bt["drones"] = C("bt", "Russian instructors rated the North Koreans' physical strength and morale highly but found them "
                 "lacking in any understanding of drones and modern warfare", kind=S, measure=DRONES, by=NIS)
bt["wd"] = C("bt", "demanded that the troops be withdrawn immediately", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
bt["wpn"] = C("bt", "Seoul would respond in stages and could consider supplying weapons to Ukraine, defensive ones first",
              kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
bt["kys11"] = C("bt", "about 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
                scope="total", by=KYS, ev="2024-10-21", place=RFE)
bt["ready"] = C("bt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
bt["adep"] = C("bt", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
bt["left"] = C("bt", "\"What exactly they're doing is left to be seen,\" he said.", kind=S, measure=UNSURE, by=AUSTIN,
               subject=US)
bt["aesc"] = C("bt", "\"If they are participating in the war on Russia's behalf, this is a very, very serious issue.\"",
               kind=S, measure=ESC, mod="conditional", by=AUSTIN)
bt["noack"] = C("bt", "Moscow has neither confirmed nor denied the reports.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
bt["dfat"] = C("bt", "The Department of Foreign Affairs and Trade said it was following developments closely with South "
               "Korea.", kind=S, measure=DFAT, by="Australia Department of Foreign Affairs and Trade", subject=AU)
bt["wh3"] = C("bt", "at least 3000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
bt["sites"] = C("bt", "they had gone on to three military training sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
bt["unclear"] = C("bt", "it was not yet clear whether they would be sent into combat", kind=S, measure=UNSURE, by=KIRBY,
                  subject=US)
bt["fair"] = C("bt", "\"If they do deploy to fight against Ukraine, they are fair game,\" he said.", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- The Canberra Times, Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on
# Wednesday" -> 10-23 (an arrival takes its own day), "A day earlier" -> 10-23 (the NIS's about 3000). The guest
# (invented) speaks for herself (method, experience, technology, "Kursk first") and relays: "The NIS told us last
# Friday" -> 10-18 (plan and brigades); "Seoul itself now expects", "The NIS says", "In the same press conference",
# "Kyrylo Budanov said last week" and her relay of Wong give no day. Questions that state an origin's claim are that
# origin's: "The White House says" (undated), Putin "said on Thursday in Kazan" -> 10-24, "Pyongyang said today" ->
# 10-25, Yoon "said on Thursday" -> 10-24. "Kyiv's figure is four times Seoul's." is the interviewer's ratio. "Ukraine's
# 12,000 may simply be that plan" is part of her method reading (not a separate claim); "since 1953", "since 2006" and
# the asides (leverage, arms exporters, "no troops to offer", "Almost certainly", "Every week") are not annotated.
ct = {}
ct["hur"] = C("ct", "about 12,000 North Korean soldiers were now in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
ct["off"] = C("ct", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ct["gen"] = C("ct", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ct["arr"] = C("ct", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
ct["nis3"] = C("ct", "South Korea's spy agency had told lawmakers the figure was about 3000", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
ct["age"] = C("ct", "Dr Eleanor Whitby, 52", measure=AGE, value=52, unit="years", by=None, subject=WHITBY)
ct["ratio"] = C("ct", "Kyiv's figure is four times Seoul's.", measure=RATIO, value=4, unit="times", by=None)
ct["method"] = C("ct", "Kyiv, I think, counts the whole force Pyongyang has committed, including units still waiting "
                 "at home", kind=S, measure=METHOD, by=WHITBY)
ct["plan"] = C("ct", "the North had decided on about 12,000 men", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ct["brig"] = C("ct", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
ct["wh3"] = C("ct", "The White House says at least 3000", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
ct["sites"] = C("ct", "at three training sites", measure=SITES, value=3, unit="training sites", by=WH, place=RFE)
ct["pr"] = C("ct", "Seoul itself now expects around 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
ct["prd"] = C("ct", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ct["pay"] = C("ct", "Russia pays roughly $US2000 a month for each soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ct["regime"] = C("ct", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
ct["exp"] = C("ct", "the bigger prize is experience", kind=S, measure=EXP, by=WHITBY)
ct["tech"] = C("ct", "I would expect help with satellites, submarines and perhaps missile re-entry technology", kind=S,
               measure=TECH, mod="planned", by=WHITBY)
ct["img"] = C("ct", "Vladimir Putin said on Thursday in Kazan that satellite images \"are a serious thing\" and "
              "\"reflect something\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
ct["treaty"] = C("ct", "how Russia applies its treaty with Pyongyang is Russia's own business", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
ct["law"] = C("ct", "Pyongyang said today that any such deployment would be in line with international law", kind=S,
              measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
ct["unsc"] = C("ct", "every soldier sent breaks Security Council resolutions", kind=S, measure=LAW, by=SKG, subject=SK)
ct["yoon"] = C("ct", "he would not rule out supplying weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
               by=YOON, ev="2024-10-24", subject=SK)
ct["wong"] = C("ct", "Canberra is deeply concerned and will act with Seoul and Tokyo", kind=S, measure=AUS, by=WONG,
               subject=AU)
ct["ready"] = C("ct", "Kyrylo Budanov said last week they would be ready by November 1", kind=D, measure=READY,
                value="2024-11-01", mod="planned", by=BUD)
ct["kfirst"] = C("ct", "My guess is Kursk first", kind=S, measure=KFIRST, mod="planned", by=WHITBY, place="Kursk")

# ---------------------------------------------------------------- 1News (TVNZ), Tue 2024-10-29 (broadcast news segment)
# New Zealand is a day ahead of Washington: "said on Monday, US time" -> 10-28 (Singh's count and "closer to Ukraine"
# in one sentence); "Last Wednesday" -> 10-23 (the White House's minimum, a step of the running total); "In Brussels
# on Monday" -> 10-28 (Rutte); "this afternoon our time" -> 10-29 (the NIS's count and the front); "said last
# Thursday" -> 10-24 (HUR's count and officers); "warned on Saturday" -> 10-26 (the date window); "said on Friday" ->
# 10-25 (Kim Jong Gyu); "told 1News this afternoon" -> 10-29 (Peters). The presenter's "The United States now says",
# SOT lines, "She said", Lee's lines and "Last week the agency had expected" give no day. "more than three times what
# Washington said last week" is the outlet's ratio. "NATO has now confirmed the deployment too.", "Those days have come
# and gone with no confirmed sighting." and the line on New Zealand's trainers in Britain are the outlet's; "The
# Kremlin has not commented." is a non-reply. The header, "two weeks", the rugby line and the weather are not
# annotated.
tn = {}
tn["usg10"] = C("tn", "The United States now says around ten thousand North Korean soldiers have been sent to Russia",
                value=10000, q="about", scope="total", by=USG, place="Russia")
tn["ratio"] = C("tn", "more than three times what Washington said last week", measure=RATIO, value=3, q="at_least",
                unit="times", by=None)
tn["dod10"] = C("tn", "around 10,000 North Korean troops had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
tn["closer"] = C("tn", "some had already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
tn["wh3"] = C("tn", "Last Wednesday the White House had put the number at a minimum of 3000", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
tn["use"] = C("tn", "\"We are increasingly concerned that Russia intends to use these soldiers in combat or to support "
              "combat operations against Ukrainian forces.\"", kind=S, measure=USE, mod="planned", by=SINGH)
tn["weeks"] = C("tn", "She said that could happen over the next several weeks.", kind=S, measure=CT, mod="planned",
                by=SINGH)
tn["rdep"] = C("tn", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
tn["resc"] = C("tn", "\"This represents a significant escalation and a dangerous expansion of Russia's war.\"", kind=S,
               measure=ESC, by=RUTTE)
tn["nis10"] = C("tn", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
tn["front"] = C("tn", "some appeared to be moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
tn["kyb"] = C("tn", "the contingent was led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
tn["terms"] = C("tn", "the soldiers were being drilled on about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
tn["pr"] = C("tn", "Last week the agency had expected ten thousand", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
tn["prd"] = C("tn", "only by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tn["hur12"] = C("tn", "about twelve thousand were already in Russia", value=12000, q="about", scope="total", by=HUR,
                ev="2024-10-24", place="Russia")
tn["off"] = C("tn", "five hundred of them officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
tn["ct"] = C("tn", "the first could be sent into battle on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
tn["kjg"] = C("tn", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
tn["peters"] = C("tn", "New Zealand condemned the deployment and would raise it with partners in the region", kind=S,
                 measure=NZC, by=PETERS, ev="2024-10-29", subject=NZ)

# ---------------------------------------------------------------- Newsroom (New Zealand), Fri 2024-11-01 (explainer)
# "said on Thursday, US time" -> 10-31 (Blinken's total and Kursk in one sentence); "told lawmakers in Seoul on
# Tuesday" -> 10-29 (count and front); "On October 23" -> 10-23 (the White House's and Seoul's 3000 in one sentence,
# steps of the running total); "fired on Thursday morning" -> 10-31 (the flight time and the altitude, one sentence).
# The lead's "Washington says" (the 8000 in words, "within days") and the later Blinken, Austin, NIS, Kim Yong-hyun,
# Cho, Kremlin, Putin ("last week") and Peters sentences give no day. "Both are records for the North.", "Only a week
# earlier the figures were much smaller.", the New Zealand contribution paragraph and "What is still unknown?" (bar
# "Seoul expects more transports.") are the outlet's; "Officials say privately" names nobody; "7am" is furniture.
nr = {}
nr["lead8"] = C("nr", "Eight thousand North Korean soldiers are now in Kursk, Washington says", measure=KU, value=8000,
                by=USG, place="Kursk")
nr["leaddays"] = C("nr", "they could be fighting Ukrainians within days", kind=S, measure=CT, mod="planned", by=USG)
nr["bl10"] = C("nr", "some 10,000 North Korean soldiers had been sent to Russia in all", value=10000, q="about",
               scope="total", by=BL, ev="2024-10-31", place="Russia")
nr["bl8"] = C("nr", "about 8000 of them were now in the Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
nr["nis10"] = C("nr", "more than 10,000 were in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
nr["front"] = C("nr", "some were moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
nr["wh3"] = C("nr", "On October 23 the White House spoke of at least 3000", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
nr["nis3"] = C("nr", "Seoul of about 3000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
               place="Russia")
nr["days"] = C("nr", "Washington expected them to enter combat against Ukrainian forces \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL)
nr["tgt"] = C("nr", "If they do, he said, they will be \"legitimate military targets\".", kind=S, measure=TGT,
              mod="conditional", by=BL)
nr["acs"] = C("nr", "he had not yet seen reports of North Koreans in combat", kind=S, measure=CS, by=AUSTIN)
nr["eq"] = C("nr", "Russia was training them in artillery, drones and basic infantry operations, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
nr["kyb"] = C("nr", "The NIS has named the commander as Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
nr["pay"] = C("nr", "Russia pays about $US2000 a soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
nr["regime"] = C("nr", "the regime in Pyongyang keeps most of it", kind=S, measure=REGIME, by=NIS)
nr["t86"] = C("nr", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
              ev="2024-10-31")
nr["alt"] = C("nr", "climbed to more than 7000km", measure=ICBM_A, value=7000, q="at_least", unit="km", by=JMOD,
              ev="2024-10-31")
nr["kyh"] = C("nr", "called for the troops to be withdrawn at once", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
nr["cho"] = C("nr", "Russia could hand the North sensitive military technology in return", kind=S, measure=TECH,
              mod="conditional", by=CHO)
nr["noack"] = C("nr", "The Kremlin has still not confirmed that North Korean soldiers are on Russian soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
nr["treaty"] = C("nr", "what Russia does under its defence treaty with Pyongyang is its own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
nr["peters"] = C("nr", "Foreign Minister Winston Peters has condemned the deployment.", kind=S, measure=NZC, by=PETERS,
                 subject=NZ)
nr["more"] = C("nr", "Seoul expects more transports.", kind=S, measure=MORE, mod="planned", by=NIS)

# ---------------------------------------------------------------- The Advertiser (Adelaide), Mon 2024-11-04 (children's news article)
# The classroom edition is read like news prose. The STORY SUMMARY bullets are claims of their origins, undated ("The
# US says" -> US government, "South Korea's spy agency says" -> NIS, "Russia has not admitted" -> Kremlin). "On Thursday
# in Washington" -> 10-31 (Blinken's 8000); "on October 18" -> 10-18 (the plan); "By last Tuesday" -> 10-29; "He said",
# "it said", "South Korea says", "according to South Korea", "Japan said" (the day is in the previous sentence) and
# "She said" give none. "Only about 1500 had made the trip at that point" is Seoul's head count that week (bundled
# k01). The quiz answers that restate a claim ("2. About 12,000", "3. About 100", "4. 86 minutes") are their origins'
# claims, undated; the quiz questions are not. "$A3000" is the outlet's conversion inside the pay claim; "Experts
# say" names nobody; the glossary's "a few thousand", "February 2022", "in 2022", "three reasons", the reading level,
# the audio length and the headings are not annotated.
kn = {}
kn["sum8"] = C("kn", "The US says about 8000 North Korean soldiers are in Kursk", measure=KU, value=8000, q="about",
               by=USG, place="Kursk")
kn["sum10"] = C("kn", "South Korea's spy agency says more than 10,000 have gone to Russia altogether", value=10000,
                q="at_least", scope="total", by=NIS, place="Russia")
kn["noadmit"] = C("kn", "Russia has not admitted that the soldiers are there.", kind=S, measure=NOACK, by=KREMLIN,
                  subject=RUS)
kn["soon"] = C("kn", "the United States believes they could soon be fighting against Ukraine", kind=S, measure=CT,
               mod="planned", by=USG)
kn["bl8"] = C("kn", "Antony Blinken, said about 8000 North Korean soldiers were in Kursk", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
kn["days"] = C("kn", "He said he expected them to join the fighting in the coming days.", kind=S, measure=CT,
               mod="planned", by=BL)
kn["plan"] = C("kn", "North Korea had decided to send about 12,000 in total", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
kn["sofar"] = C("kn", "Only about 1500 had made the trip at that point, it said.", value=1500, q="about",
                scope="total", by=NIS, place="Russia")
kn["nis10"] = C("kn", "By last Tuesday, the agency said, more than 10,000 were in Russia.", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
kn["terms"] = C("kn", "The soldiers are learning about 100 Russian words", measure=TERMS, value=100, q="about",
                unit="terms", by=NIS)
kn["pay"] = C("kn", "Russia is paying about $US2000", measure=PAY, value=2000, q="about", unit="USD per month", by=NIS)
kn["regime"] = C("kn", "South Korea believes most of that money goes to North Korea's government, not to the soldiers",
                 kind=S, measure=REGIME, by=NIS)
kn["t86"] = C("kn", "Japan said the missile flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD)
kn["choe"] = C("kn", "She said her country would stand by Russia \"until the day of victory\".", kind=S, measure=CHOE,
               by=CHOE_SH)
kn["aus"] = C("kn", "Australia's government has condemned North Korea for sending the troops.", kind=S, measure=AUS,
              by=AUSG, subject=AU)
kn["q2"] = C("kn", "2. About 12,000", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
             place="Russia")
kn["q3"] = C("kn", "3. About 100", measure=TERMS, value=100, q="about", unit="terms", by=NIS)
kn["q4"] = C("kn", "4. 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD)

# ---------------------------------------------------------------- Otago Daily Times, Tue 2024-11-05 (story from agency copy)
# The lead's two clauses give no day. "in an interview aired on Tuesday" -> 11-05 (Umerov's engagements and "more" in
# one sentence); "said the same day" -> 11-05; "in his nightly address on Monday (Kyiv time)" -> 11-04; "had put there
# last Thursday" -> 10-31 (Blinken's 8000, in the same sentence as Zelensky's figure); "Zelensky complained" gives
# none; "said on Monday (US time)" -> 11-04 (the Pentagon); "has said" gives none (the NIS's count, the plan and the
# commander in one sentence); "early on Tuesday" -> 11-05 (the JCS); "five days after" -> 10-31 (the flight time,
# dated by the flight); "had told ... on Friday" -> 11-01 (Choe; the reception "on Monday" is an event); "has called"
# gives none; the spokesperson "said on Tuesday" -> 11-05. "He did not say where", Peskov's refusal, Melnyk's words,
# "two children", "2022", "November 16", the poll times and the weather are not annotated.
od = {}
od["lclash"] = C("od", "his forces have fought North Korean soldiers for the first time", kind=S, measure=N5, by=UM)
od["lmnd"] = C("od", "a claim South Korea says it cannot confirm", kind=S, measure=N5, by=MND, subject=SK)
od["um"] = C("od", "the first small-scale engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
od["more"] = C("od", "more North Korean soldiers were expected in the coming weeks", kind=S, measure=MORE_UA,
               mod="planned", by=UM, ev="2024-11-05")
od["mnd"] = C("od", "South Korea's Defence Ministry said the same day that it could not confirm his remarks", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
od["z11"] = C("od", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
od["bl8"] = C("od", "the roughly 8000 that US Secretary of State Antony Blinken had put there last Thursday", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
od["partn"] = C("od", "Zelensky complained that Ukraine's partners were watching rather than acting", kind=S,
                measure=PARTN, by=ZEL, subject=UA)
od["deep"] = C("od", "renewed his call for permission to strike military targets deep inside Russia", kind=S,
               measure=DEEP, by=ZEL, subject=UA)
od["dodcs"] = C("od", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
od["nis10"] = C("od", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
od["plan"] = C("od", "out of about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
od["kyb"] = C("od", "they are commanded by a three-star general, Kim Yong Bok", kind=S, measure=KYB, by=NIS)
od["srbm"] = C("od", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
od["t86"] = C("od", "a new intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
od["choe"] = C("od", "Pyongyang would stand with Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
od["noack"] = C("od", "The Kremlin has still not confirmed that North Korean soldiers are in Russia", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
od["peters"] = C("od", "Winston Peters has called the deployment a reckless escalation of Russia's war", kind=S,
                 measure=NZC, by=PETERS, subject=NZ)
od["sanc"] = C("od", "New Zealand was working with partners on further sanctions", kind=S, measure=NZSANC, by=NZG,
               ev="2024-11-05", subject=NZ)
od["age"] = C("od", "Oksana Melnyk, 41", measure=AGE, value=41, unit="years", by=None, subject="Oksana Melnyk")

# ---------------------------------------------------------------- The Fiji Times, Thu 2024-11-14 (analysis)
# Fiji is a day ahead of Washington: "said on Tuesday (US time)" -> 11-12 (three claims in one sentence, "The United
# States" -> US government); "went further yesterday" -> 11-13 (the NIS's two claims); "On October 18" -> 10-18 (plan
# and first group in one sentence); "Five days later" -> 10-23; "On October 28" -> 10-28; "On October 31" -> 10-31
# ("Washington said" -> US government); "on November 4" -> 11-04; "on November 5" and "the same day" -> 11-05; "On
# Sunday" -> 11-10; "reported on Tuesday" -> 11-12 (KCNA); "has said" gives none. "Moscow, which at
# first called ..., has still not confirmed ..." is two claims. "Four weeks", "since August", "In September", "in
# decades", "January 20", the Lima line, the outlet's readings (plan vs head counts; the October 31 test flew higher
# and longer), "Pacific Islands Forum members" (nobody named), the ministry's non-reply and the MORE STORIES lines
# (1.2 million tonnes, US44 cents) are not annotated; "Donald Trump, 78" and "within 24 hours" are.
ft = {}
ft["st10"] = C("ft", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=USG, ev="2024-11-12", place=RFE)
ft["most"] = C("ft", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=USG, ev="2024-11-12",
               place="Kursk")
ft["begun"] = C("ft", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=USG, ev="2024-11-12", place="Kursk")
ft["units"] = C("ft", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
ft["combat"] = C("ft", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
ft["plan"] = C("ft", "the North had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ft["fb"] = C("ft", "a first group of 1500 had already crossed by sea", measure=FB, value=1500, scope="first_batch",
             by=NIS, ev="2024-10-18", place=RFE)
ft["nis3"] = C("ft", "Five days later it counted about 3000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
ft["dod10"] = C("ft", "On October 28 the Pentagon put the figure at around 10,000", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place="Russia")
ft["w8"] = C("ft", "On October 31 Washington said about 8000 were in Kursk alone", measure=KU, value=8000, q="about",
             by=USG, ev="2024-10-31", place="Kursk")
ft["z11"] = C("ft", "on November 4 President Volodymyr Zelensky said 11,000", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
ft["ua"] = C("ft", "Ukraine first reported clashes on November 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
ft["mnd"] = C("ft", "South Korea's defence ministry said the same day that it could not confirm them", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
ft["massed"] = C("ft", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
ft["fake"] = C("ft", "which at first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
ft["noack"] = C("ft", "has still not confirmed that the soldiers are there", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ft["ratify"] = C("ft", "leader Kim Jong Un had ratified the mutual defence treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
ft["age"] = C("ft", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
ft["24h"] = C("ft", "he can end the war within 24 hours", measure=END24, value=24, q="up_to", unit="hours",
              mod="conditional", by="Donald Trump", subject=US)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [wa["sofar"], kn["sofar"], wa["bud11"], bt["kys11"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 sent so far vs Kyiv's about 11,000 training in the east "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [wa["sofar"], kn["sofar"]]),
   ("about 11,000 training (Budanov, Kyslytsya)", [wa["bud11"], bt["kys11"]])])
K(RU, [bt["nis3"], bt["wh3"], ct["nis3"], ct["wh3"], ct["hur"], tn["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [bt["nis3"], bt["wh3"], ct["nis3"], ct["wh3"]]),
   ("about 12,000 (HUR)", [ct["hur"], tn["hur12"]])])
K(RU, [tn["wh3"], nr["wh3"], nr["nis3"], ft["nis3"], tn["usg10"], tn["dod10"], ft["dod10"], nr["bl10"], tn["nis10"],
       nr["nis10"], kn["sum10"], kn["nis10"], od["nis10"], ft["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; the US Nov 12)")
K(KU, [nr["lead8"], nr["bl8"], kn["sum8"], kn["bl8"], od["bl8"], ft["w8"], od["z11"], ft["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Washington, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [wa["plan"], bt["plan"], ct["plan"], kn["plan"], kn["q2"], od["plan"], ft["plan"], wa["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [wa["plan"], bt["plan"], ct["plan"], kn["plan"], kn["q2"], od["plan"], ft["plan"]]),
   ("10,000 (Zelensky)", [wa["zel10"]])])
K(FB, [wa["fb"], bt["fb"], ft["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [wa["win"], bt["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [wa["brig"], bt["brig"], ct["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(MORE, [wa["more"], bt["more"], nr["more"]], "agreement",
  "NIS: further transports expected / being readied (Oct 18, Oct 23, restated Nov 1)")
K(PR, [bt["pr"], ct["pr"], tn["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [bt["prd"], ct["prd"], tn["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [bt["pay"], ct["pay"], nr["pay"], kn["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [bt["regime"], ct["regime"], nr["regime"], kn["regime"]], "agreement",
  "NIS: most of the pay goes to the regime / the state")
K(OFF, [ct["off"], tn["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(SITES, [bt["sites"], ct["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in eastern Russia")
K(READY, [wa["ready"], bt["ready"], ct["ready"]], "agreement",
  "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21, Budanov relayed)")
K(TGT, [bt["fair"], nr["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [bt["aesc"], tn["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin), 'a significant escalation' (Rutte Oct 28)")
K(UNSURE, [bt["left"], bt["unclear"]], "agreement",
  "Oct 23: Washington cannot yet say what the North Koreans will do (Austin 'left to be seen', Kirby 'not yet clear')")
K(DEP, [bt["adep"], tn["rdep"], wa["begun"], wa["krem"], wa["fake"], ft["fake"]], "discrepancy",
  "deployment asserted (the NIS Oct 18, Austin Oct 23, Rutte Oct 28) vs rejected / dismissed as 'another fake' "
  "(the Kremlin, Peskov)",
  [("asserted", [wa["begun"], bt["adep"], tn["rdep"]]), ("dismissed", [wa["krem"], wa["fake"], ft["fake"]])])
K(LAW, [ct["law"], tn["kjg"], wa["unsc"], ct["unsc"]], "discrepancy",
  "legality: in line with / conforming with international law (Pyongyang, Kim Jong Gyu, Oct 25) vs a breach of UN "
  "Security Council resolutions (Seoul)",
  [("lawful (North Korea)", [ct["law"], tn["kjg"]]), ("violates UNSC resolutions (Seoul)", [wa["unsc"], ct["unsc"]])])
K(CT, [tn["ct"], tn["weeks"], nr["leaddays"], nr["days"], kn["soon"], kn["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' / 'soon' (Blinken and Washington, Oct 31)",
  [("Oct 27-28 (Zelensky)", [tn["ct"]]), ("several weeks (Pentagon)", [tn["weeks"]]),
   ("coming days (Blinken, Washington)", [nr["leaddays"], nr["days"], kn["soon"], kn["days"]])])
K(CS, [wa["rcs"], nr["acs"], od["dodcs"], ft["begun"], ft["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (the US Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [od["lclash"], od["um"], ft["ua"], od["lmnd"], od["mnd"], ft["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Ukraine) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Ukraine)", [od["lclash"], od["um"], ft["ua"]]),
   ("cannot confirm (Seoul MND)", [od["lmnd"], od["mnd"], ft["mnd"]])])
K(FRONT, [tn["closer"], tn["front"], nr["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [tn["kyb"], nr["kyb"], od["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [tn["terms"], kn["terms"], kn["q3"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(NOACK, [bt["noack"], nr["noack"], kn["noadmit"], od["noack"], ft["noack"]], "agreement",
  "Moscow has not acknowledged / confirmed the deployment")
K(ICBM_T, [nr["t86"], kn["t86"], kn["q4"], od["t86"]], "agreement",
  "Japan's Defence Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [kn["choe"], od["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(TREATY, [ct["treaty"], nr["treaty"]], "agreement",
  "Putin: what Russia does under the treaty with Pyongyang is Russia's own business")
K(WPN, [bt["wpn"], ct["yoon"]], "agreement",
  "Seoul could consider / would not rule out arming Ukraine (presidential official Oct 22, Yoon Oct 24)")
K(WITHDRAW, [bt["wd"], nr["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [ct["tech"], nr["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Whitby; Foreign Minister Cho)")
K(AUS, [wa["wong"], ct["wong"], kn["aus"]], "agreement",
  "Australia: deeply concerned by / condemns the deployment (Wong; relayed by an analyst; the government)")
K(NZC, [tn["peters"], nr["peters"], od["peters"]], "agreement",
  "New Zealand condemns the deployment (Winston Peters, Oct 29 and after)")

pairs = [
    (wa["plan"], wa["fb"], "about 12,000 planned vs around 1500 in the first transport"),
    (wa["sofar"], wa["fb"], "1500: Seoul's head count so far vs the first transport"),
    (wa["bud11"], wa["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (bt["nis3"], bt["pr"], "around 3000 now vs roughly 10,000 expected by December"),
    (bt["plan"], bt["fb"], "some 12,000 planned vs a first group of about 1500, same sentence"),
    (bt["kys11"], bt["pr"], "11,000 training (Kyslytsya) vs 10,000 expected by December (NIS)"),
    (ct["hur"], ct["plan"], "12,000: HUR's count in Russia vs the NIS's planned total, one interview"),
    (ct["nis3"], ct["pr"], "about 3000 now vs around 10,000 expected"),
    (ct["wh3"], ct["sites"], "at least 3000 vs three training sites, same question"),
    (tn["dod10"], tn["pr"], "around 10,000 sent (Pentagon) vs ten thousand expected by December (NIS)"),
    (tn["nis10"], tn["pr"], "more than 10,000 now (NIS Oct 29) vs ten thousand forecast (NIS Oct 23)"),
    (tn["hur12"], tn["nis10"], "HUR's twelve thousand (snapshot) vs the NIS's more than 10,000 (running total)"),
    (tn["wh3"], tn["hur12"], "a week-old minimum of 3000 (step) vs HUR's twelve thousand (snapshot), one segment"),
    (nr["bl8"], nr["bl10"], "about 8000 in Kursk vs some 10,000 in Russia, same speaker and sentence"),
    (nr["days"], nr["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (kn["plan"], kn["sofar"], "about 12,000 planned vs about 1500 moved at that point"),
    (kn["sum8"], kn["sum10"], "about 8000 in Kursk vs more than 10,000 in Russia, adjacent summary bullets"),
    (od["z11"], od["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (od["nis10"], od["plan"], "more than 10,000 in Russia vs about 12,000 agreed, one sentence"),
    (ft["st10"], ft["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
