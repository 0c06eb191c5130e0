"""Generate gold.json for blind40 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind40/build_gold.py

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
    "cm": ("cyprus-mail-2024-10-21-seoul-summons-russian-envoy-kyiv-says-11000-north-koreans-training",
           "Cyprus Mail", "2024-10-21"),
    "nl": ("nl-times-2024-10-23-second-north-korean-group-reaches-russia-total-3000", "NL Times", "2024-10-23"),
    "sr": ("sveriges-radio-2024-10-24-radio-sweden-ukraine-says-12000-north-korean-soldiers-in-russia",
           "Sveriges Radio (English)", "2024-10-24"),
    "dn": ("dutchnews-2024-10-29-rutte-confirms-north-korean-troops-in-kursk", "DutchNews.nl", "2024-10-29"),
    "tm": ("times-of-malta-2024-10-30-interview-why-north-korean-troop-numbers-keep-rising", "Times of Malta",
           "2024-10-30"),
    "pn": ("the-portugal-news-2024-11-01-explainer-8000-north-korean-troops-in-kursk", "The Portugal News",
           "2024-11-01"),
    "ls": ("the-local-sweden-2024-11-05-todays-news-alerts-north-korean-troops-first-clashes", "The Local Sweden",
           "2024-11-05"),
    "lx": ("luxembourg-times-2024-11-13-analysis-north-korean-troops-now-fighting-how-count-grew", "Luxembourg Times",
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
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
USE = "North Korean troops to be used against Ukraine (Kyiv)"
ARMY = "North Korea's armed forces (size)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
LAVROV = "Russia-North Korea military ties"
FURTHER = "further North Korean transports to Russia (NIS)"
UNSURE = "Washington unsure what the North Korean troops will do (Oct 23)"
JOINT = "US talking to Seoul and Tokyo about a joint response"
EUSANC = "European ministers call for new EU sanctions over the deployment"
CYCONC = "Cyprus's concern over the deployment"
NLDEF = "Dutch defence minister on Putin's dependence on dictatorships"
NLAID = "Dutch military support for Ukraine in 2024"
NATO32 = "NATO members (ambassadors)"
MANP = "Russia struggling to replace its losses (Rutte)"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
LOSSES = "Russian casualties per day"
MALTA = "Malta supports Ukraine's sovereignty"
PTNAT = "no information on Portuguese nationals in the region"
TRUMP = "Trump's promise to end the war"
DIST = "distance from North Korea to the war (outlet's)"


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
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
MS = "Maria Malmer Stenergard"
MIFSUD = "Karl Mifsud"
SK, RUS = "South Korea", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Cyprus Mail, Mon 2024-10-21 (straight news story)
# "on Monday" -> 10-21 (the summons; by "as", the UN figure in the lead, as blind23, blind32 and blind33 read such
# leads; Rutte). "Friday's disclosure" dates the brigades and the plan in its sentence (10-18); the next sentence's
# transport, window, ships and escorts ("According to the agency") give no day. Budanov's sentence "on Friday" dates
# his 2,600 (10-18); "gave a similar figure" has no numeral and is not annotated. "had said last Thursday" -> 10-17.
# "Seoul's own picture is much smaller than Kyiv's" and "If confirmed ... first large-scale" are the outlet's remarks;
# the 1.2 million is the outlet's background (attributed to nobody). The committee line, "since 1953", the tourists, the
# budget, the stock index, the temperature and the Read-more lines are off-topic or furniture.
cm = {}
cm["wd"] = C("cm", "demanded that North Korean troops be withdrawn from Russia at once", kind=S, measure=WITHDRAW,
             by=SKG, ev="2024-10-21", subject=SK)
cm["lead11"] = C("cm", "some 11,000 North Korean soldiers were already training in Russia's far east", value=11000,
                 q="about", scope="total", by=KYS, ev="2024-10-21", place=RFE)
cm["unsc"] = C("cm", "the military cooperation between Moscow and Pyongyang broke UN Security Council resolutions",
               kind=S, measure=LAW, by=SKFM, subject=SK)
cm["zinov"] = C("cm", "Zinoviev replied that the cooperation was not aimed at South Korea's security interests", kind=S,
                measure=NOTAGAINST, by="Georgy Zinoviev", subject=RUS)
cm["kys11"] = C("cm", "around 11,000 North Korean infantrymen were being trained at bases in eastern Russia",
                value=11000, q="about", scope="total", by=KYS, place=RFE)
cm["ready"] = C("cm", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS)
cm["use"] = C("cm", "We expect them to be thrown against our soldiers", kind=S, measure=USE, mod="planned", by=KYS)
cm["brig"] = C("cm", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
cm["plan"] = C("cm", "about 12,000 troops in total", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
cm["fb"] = C("cm", "roughly 1,500 special forces were carried from the North's east coast to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
cm["win"] = C("cm", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
cm["ships"] = C("cm", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
cm["escort"] = C("cm", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
cm["unif"] = C("cm", "The soldiers were issued Russian uniforms and papers identifying them as natives of Yakutia and "
               "Buryatia, it said.", kind=S, measure=UNIF, by=NIS)
cm["sofar"] = C("cm", "that first contingent of about 1,500 is the only one to have reached Russian soil", value=1500,
                q="about", scope="total", by=NIS, place="Russia")
cm["2600"] = C("cm", "a first unit of 2,600 was to be sent on to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
cm["zel10"] = C("cm", "Pyongyang was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
cm["rcs"] = C("cm", "the alliance had no confirmation yet that North Korean soldiers were fighting", kind=S,
              measure=CS, by=RUTTE, ev="2024-10-21")
cm["resc"] = C("cm", "Should they be, he said, it would be \"a significant escalation\"", kind=S, measure=ESC,
               mod="conditional", by=RUTTE)
cm["fake"] = C("cm", "The Kremlin has brushed the reports aside, with spokesman Dmitry Peskov calling them \"another "
               "fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
cm["army"] = C("cm", "keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               unit="people", by=None)
cm["cy"] = C("cm", "Cyprus was following the reports \"with grave concern\" and would coordinate its response with its "
             "EU partners", kind=S, measure=CYCONC, by="Cyprus Ministry of Foreign Affairs", subject="Cyprus")

# ---------------------------------------------------------------- NL Times, Wed 2024-10-23 (wire story, update block)
# "told lawmakers in Seoul on Wednesday" -> 10-23 (second group and total, one sentence); Park's forecast, December
# and further transports ("told reporters after the closed-door session", "he said") give no day; "Last Friday" ->
# 10-18 (plan, brigades, first group, one sentence); "A day earlier" after the Wednesday briefing -> 10-22 (the
# presidential official); "in Rome on Wednesday" -> 10-23 (Austin's evidence line; his next two quotes give none);
# "last week" gives null (Zelensky). The update's "said on Wednesday" -> 10-23 (the White House's count); Kirby's
# sites, "not clear", "fair game" and the joint response give no day. "Russia has neither confirmed nor denied" ->
# Kremlin. The Dutch aid figure is a count about the war (the defence ministry, "earlier this year": null). The
# refusal, Schiphol, NS, the 14 kilometres and the Read-also lines are not annotated.
nl = {}
nl["sb"] = C("nl", "A second group of about 1,500 North Korean soldiers has arrived in Russia", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
nl["nis3"] = C("nl", "bringing the number there to roughly 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
nl["pr"] = C("nl", "The spy agency expects the figure to climb to about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
nl["prd"] = C("nl", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
nl["further"] = C("nl", "Further transports were being prepared, he said.", kind=S, measure=FURTHER, mod="planned",
                  by=NIS)
nl["plan"] = C("nl", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
nl["brig"] = C("nl", "organised in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
nl["fb"] = C("nl", "a first group of about 1,500 special forces had already been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
nl["pay"] = C("nl", "Russia pays each soldier about 2,000 US dollars (roughly 1,850 euros) a month", measure=PAY,
              value=2000, q="about", unit="USD per month", by=NIS)
nl["regime"] = C("nl", "most of which is believed to be pocketed by the regime in Pyongyang", kind=S, measure=REGIME,
                 by=NIS)
nl["drones"] = C("nl", "Russian instructors had found the North Koreans physically fit but poorly prepared for drone "
                 "warfare", kind=S, measure=DRONES, by=NIS)
nl["wpn"] = C("nl", "South Korea could consider supplying weapons to Ukraine, starting with defensive arms, depending "
              "on how far the North's involvement went", kind=S, measure=WPN, mod="conditional", by=PO,
              ev="2024-10-22", subject=SK)
nl["adep"] = C("nl", "there was \"evidence that there are DPRK troops in Russia\"", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
nl["left"] = C("nl", "What exactly they were doing there was \"left to be seen\", he said.", kind=S, measure=UNSURE,
               by=AUSTIN)
nl["aesc"] = C("nl", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
               "behalf, that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
nl["noack"] = C("nl", "Russia has neither confirmed nor denied that North Korean soldiers are on its territory.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
nl["zel10"] = C("nl", "he spoke of 10,000 troops being prepared", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, place="Russia")
nl["veld"] = C("nl", "the reports were \"deeply worrying\" and that the Netherlands would discuss further sanctions on "
               "Pyongyang and Moscow with its EU partners", kind=S, measure=EUSANC, by="Caspar Veldkamp",
               subject="Netherlands")
nl["aid"] = C("nl", "The Netherlands has committed 3.5 billion euros in military support to Ukraine for 2024",
              measure=NLAID, value=3500000000, unit="EUR", by="Netherlands Ministry of Defence",
              subject="Netherlands")
nl["wh3"] = C("nl", "at least 3,000 North Korean soldiers had moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
nl["sites"] = C("nl", "they were training at three sites in the region", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
nl["unclear"] = C("nl", "it was not clear whether they would go on to fight", kind=S, measure=UNSURE, by=KIRBY)
nl["fair"] = C("nl", "If they do deploy against Ukraine, they are fair game", kind=S, measure=TGT, mod="conditional",
               by=KIRBY)
nl["joint"] = C("nl", "Kirby added that the administration was talking to Seoul and Tokyo about a joint response.",
                kind=S, measure=JOINT, by=KIRBY, subject="United States")

# ---------------------------------------------------------------- Sveriges Radio (English), Thu 2024-10-24 (broadcast segment)
# "said today" -> 10-24 (HUR's count, officers and generals); the arrival "yesterday" -> 10-23 (an arrival takes its
# own day, as blind21-37 did); "told lawmakers yesterday" -> 10-23 (second group and total); "Last Friday" -> 10-18
# (plan in words and brigades); "now expects" and "by December" give none; the White House "said yesterday" -> 10-23
# (count and sites, one sentence); "Kirby did not say" is a non-statement. The SOT and "He also said" give no day;
# "He did not deny it" is the reporter's remark. Yoon "said today" -> 10-24; Malmer Stenergard "this afternoon" ->
# 10-24, her SOT none. The 2.4 percent, the Riksbank's 3.25 percent, the 40 departures, "nine degrees", the
# running time and the address are not annotated.
sr = {}
sr["hur"] = C("sr", "about twelve thousand North Korean soldiers are now in Russia", value=12000, q="about",
              scope="total", by=HUR, ev="2024-10-24", place="Russia")
sr["off"] = C("sr", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
sr["gen"] = C("sr", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
sr["arr"] = C("sr", "the first North Korean units reached the Kursk region, on the border with Ukraine, yesterday",
              kind=S, measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
sr["sb"] = C("sr", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
sr["nis3"] = C("sr", "which would make roughly 3,000 in Russia so far", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
sr["plan"] = C("sr", "Pyongyang had agreed to send twelve thousand soldiers in total", measure=PL, value=12000,
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sr["brig"] = C("sr", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
sr["pr"] = C("sr", "it now expects around 10,000 to be there", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
sr["prd"] = C("sr", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
sr["wh3"] = C("sr", "at least 3,000 North Korean troops were in Russia's Far East", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
sr["sites"] = C("sr", "training at three sites there", measure=SITES, value=3, unit="training sites", by=WH,
                ev="2024-10-23", place=RFE)
sr["img"] = C("sr", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
              by=PUTIN, subject=RUS)
sr["treaty"] = C("sr", "what Russia does under its new treaty with North Korea is, in his words, \"our business\"",
                 kind=S, measure=TREATY, by=PUTIN, subject=RUS)
sr["wpn"] = C("sr", "Seoul would not rule out supplying weapons to Ukraine directly, depending on what the North Korean "
              "troops do", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
sr["swe"] = C("sr", "Sweden condemns the deployment and wants the EU to respond with new sanctions", kind=S,
              measure=EUSANC, by=MS, ev="2024-10-24", subject="Sweden")
sr["sesc"] = C("sr", "This is a serious escalation by Russia and North Korea.", kind=S, measure=ESC, by=MS)

# ---------------------------------------------------------------- DutchNews.nl, Tue 2024-10-29 (press-briefing write-up)
# "confirmed on Monday" -> 10-28 (Rutte's confirmation); "He called", "he said" give none. The Pentagon's sentence
# ends "Sabrina Singh said on Monday" -> 10-28 (count and "closer", one sentence); "Singh said" (several weeks) gives
# none. "That is more than three times the 'at least 3,000' the White House gave last Wednesday" is two claims: the
# outlet's ratio (attributed to nobody) and the White House's Oct 23 step ("last Wednesday" -> 10-23). "On Tuesday
# morning" -> 10-29 (the NIS's count and the front); Lee's relays give none; "Last week ... had forecast" gives null.
# HUR "said last Thursday that ... had reached Kursk on the 23rd" -> 10-23 (the arrival's own day); "warned on
# Saturday" -> 10-26 (the window); "on Friday" -> 10-25 (Kim Jong Gyu); Brekelmans "on Monday" -> 10-28. "Moscow has
# said" -> Kremlin. Rutte's age and the 32 ambassadors are annotated (attributed to nobody). "He did not give a
# number", "That projection has already been overtaken", "There was no confirmation of fighting by Tuesday", the
# €22 billion, "November 5" and the Read-more lines are not annotated.
dn = {}
dn["rdep"] = C("dn", "North Korean troops have been sent to Russia and that some of their units have been deployed to "
               "the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
dn["age"] = C("dn", "Rutte, 57", measure=AGE, value=57, unit="years", by=None, subject=RUTTE)
dn["nato32"] = C("dn", "the alliance's 32 ambassadors", measure=NATO32, value=32, unit="ambassadors", by=None,
                 subject="NATO")
dn["resc"] = C("dn", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war\"", kind=S, measure=ESC, by=RUTTE)
dn["manp"] = C("dn", "Moscow was struggling to replace its losses at the front", kind=S, measure=MANP, by=RUTTE,
               subject=RUS)
dn["dod10"] = C("dn", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
dn["closer"] = C("dn", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
dn["ratio"] = C("dn", "That is more than three times", measure=RATIO, value=3, q="at_least", unit="times", by=None)
dn["wh3"] = C("dn", "the \"at least 3,000\" the White House gave last Wednesday", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
dn["weeks"] = C("dn", "Washington was increasingly concerned that Russia intends to use the troops in combat, or to "
                "support combat operations, \"over the next several weeks\"", kind=S, measure=CT, mod="planned",
                by=SINGH)
dn["nis10"] = C("dn", "more than 10,000 North Korean troops are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
dn["front"] = C("dn", "some appear to be moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
dn["kyb"] = C("dn", "The contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
dn["terms"] = C("dn", "the soldiers are being taught about 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
dn["pr"] = C("dn", "the number would reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
             scope="total", by=NIS, place="Russia")
dn["prd"] = C("dn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dn["arr"] = C("dn", "the first North Korean units had reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
dn["ct"] = C("dn", "they could be sent into combat zones on October 27 and 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
dn["kjg"] = C("dn", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
dn["treaty"] = C("dn", "Moscow has said that how it implements its treaty with Pyongyang is its own affair.", kind=S,
                 measure=TREATY, by=KREMLIN, subject=RUS)
dn["brek"] = C("dn", "the arrival of North Korean soldiers on the battlefield showed \"how much Putin depends on other "
               "dictatorships\"", kind=S, measure=NLDEF, by="Ruben Brekelmans", ev="2024-10-28",
               subject="Netherlands")

# ---------------------------------------------------------------- Times of Malta, Wed 2024-10-30 (interview)
# The intro: "said on Monday" -> 10-28 (the Pentagon), "On Tuesday" -> 10-29 (the NIS). Questions that state an
# origin's claim are annotated as that origin's claims, dated only when they give a day ("on October 17" -> 10-17);
# "A week ago Seoul was talking about 3,000 and Kyiv about 12,000" is the NIS's Oct 23 step (k03) and HUR's Oct 24
# count (k02) in one sentence. The guest (invented) speaks for himself in his method reading, the "bigger prize" and
# the technology forecast; what he relays keeps its origin ("According to the South Koreans", "They also say", "Seoul
# says" -> NIS; "Britain's defence intelligence puts" -> UK Defence Intelligence). His age is annotated. "Pyongyang
# says any deployment would be lawful" (question) and Kim Jong Gyu's line (answer) are two claims. "That is in two
# days", "a three-star general" (a rank), "since 1953", "That is a command structure", "it is already past that",
# "Neither is a denial", "it has never admitted sending a single soldier", the budget note (160,000, pages 2-9) are
# not annotated.
tm = {}
tm["dod10"] = C("tm", "around 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
tm["nis10"] = C("tm", "On Tuesday South Korea's intelligence service put the figure at more than 10,000", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
tm["age"] = C("tm", "Karl Mifsud, 44", measure=AGE, value=44, unit="years", by=None, subject=MIFSUD)
tm["nis3"] = C("tm", "A week ago Seoul was talking about 3,000", value=3000, q="about", scope="total", by=NIS,
               place="Russia")
tm["hur"] = C("tm", "Kyiv about 12,000", value=12000, q="about", scope="total", by=HUR, place="Russia")
tm["method"] = C("tm", "Kyiv, I think, counts the whole force that has been assigned, including units still on the "
                 "way", kind=S, measure=METHOD, by=MIFSUD)
tm["off"] = C("tm", "Ukraine's military intelligence also spoke of 500 officers", measure=OFF, value=500,
              unit="officers", by=HUR)
tm["gen"] = C("tm", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
tm["bud"] = C("tm", "Kyrylo Budanov said 11,000 were training in the Far East", value=11000, scope="total", by=BUD,
              place=RFE)
tm["ready"] = C("tm", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
tm["pr"] = C("tm", "Seoul expected around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, place="Russia")
tm["prd"] = C("tm", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tm["kyb"] = C("tm", "According to the South Koreans, a three-star general, Kim Yong Bok", kind=S, measure=KYB, by=NIS)
tm["terms"] = C("tm", "the soldiers are being drilled on roughly a hundred Russian words of command", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
tm["drones"] = C("tm", "Russian instructors apparently find them tough and disciplined but clumsy with drones", kind=S,
                 measure=DRONES, by=NIS)
tm["pay"] = C("tm", "Russia pays about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tm["regime"] = C("tm", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
tm["exp"] = C("tm", "But the bigger prize is experience.", kind=S, measure=EXP, by=MIFSUD)
tm["losses"] = C("tm", "Britain's defence intelligence puts Russian casualties at well over 1,000 a day",
                 measure=LOSSES, value=1000, q="at_least", unit="casualties per day", by="UK Defence Intelligence",
                 subject=RUS)
tm["tech"] = C("tm", "I expect Moscow to pay in technology: satellites, submarines, perhaps missiles.", kind=S,
               measure=TECH, mod="planned", by=MIFSUD)
tm["img"] = C("tm", "Putin said last week that images \"reflect something\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
tm["lawq"] = C("tm", "Pyongyang says any deployment would be lawful", kind=S, measure=LAW, mod="conditional", by=NKFM)
tm["law"] = C("tm", "said it would \"conform with international law\" if it happened", kind=S, measure=LAW,
              mod="conditional", by=KJG)
tm["zel10"] = C("tm", "Zelensky first spoke of 10,000 on October 17", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17", place="Russia")
tm["malta"] = C("tm", "Foreign Minister Ian Borg has said Malta supports Ukraine's sovereignty and territorial "
                "integrity", kind=S, measure=MALTA, by="Ian Borg", subject="Malta")

# ---------------------------------------------------------------- The Portugal News, Fri 2024-11-01 (explainer)
# "said on Thursday" -> 10-31 (Blinken's Kursk figure; Rangel); "In all, some 10,000 ..., Blinken said" gives none;
# "On October 23" -> 10-23 (the White House's step); "said on Tuesday" -> 10-29 (the NIS's count and the front, one
# sentence); "When Seoul first went public on October 18, it said" -> 10-18 (plan, brigades); the next sentence's
# first 1,500, window and ships ("according to the agency") give none. Blinken's "in the coming days" and targets,
# Austin, Kim Yong-hyun, Cho and "Seoul also says" give none. "the missile, launched on Thursday, flew" dates the
# minutes and the altitude by the flight (10-31), as blind23-37 did. The update's "in Moscow on Friday" -> 11-01.
# "Hours before the talks" is the outlet's, "both records for the North" its remark; the budget vote, the Euribor,
# the hotel occupancy and the Related lines are off-topic.
pn = {}
pn["bl8"] = C("pn", "About 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
pn["bl10"] = C("pn", "In all, some 10,000 have been sent to Russia, Blinken said.", value=10000, q="about",
               scope="total", by=BL, place="Russia")
pn["wh3"] = C("pn", "On October 23 the White House spoke of at least 3,000.", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
pn["nis10"] = C("pn", "the count had passed 10,000", value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29",
                place="Russia")
pn["front"] = C("pn", "some of the troops were moving towards the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
pn["plan"] = C("pn", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
pn["brig"] = C("pn", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
pn["fb"] = C("pn", "The first 1,500 special forces were carried to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, place=RFE)
pn["win"] = C("pn", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
pn["ships"] = C("pn", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
pn["days"] = C("pn", "Washington expected them to enter combat against Ukrainian forces \"in the coming days\"", kind=S,
               measure=CT, mod="planned", by=BL)
pn["tgt"] = C("pn", "If they do, he said, they will be \"legitimate military targets\"", kind=S, measure=TGT,
              mod="conditional", by=BL)
pn["acs"] = C("pn", "he had not yet seen reports of North Koreans fighting", kind=S, measure=CS, by=AUSTIN)
pn["eq"] = C("pn", "Russia had been training them in artillery, drones and basic infantry tactics, including trench "
             "clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
pn["kyh"] = C("pn", "South Korea's defence minister Kim Yong-hyun called for the troops to be pulled out at once.",
              kind=S, measure=WITHDRAW, by=KYH, subject=SK)
pn["cho"] = C("pn", "Russia might give North Korea sensitive military technology in return", kind=S, measure=TECH,
              mod="conditional", by=CHO)
pn["pay"] = C("pn", "Russia pays each North Korean soldier about 2,000 dollars a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
pn["noack"] = C("pn", "Moscow has neither confirmed nor denied that North Korean troops are on its territory.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
pn["t86"] = C("pn", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
              ev="2024-10-31")
pn["alt"] = C("pn", "climbed to an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD, ev="2024-10-31")
pn["rangel"] = C("pn", "the presence of North Korean soldiers in Europe was \"unacceptable\" and that Portugal backed "
                 "new EU sanctions against those involved", kind=S, measure=EUSANC, by="Paulo Rangel",
                 ev="2024-10-31", subject="Portugal")
pn["nat"] = C("pn", "The ministry said it had no information on Portuguese nationals in the region.", kind=S,
              measure=PTNAT, by="Portugal Ministry of Foreign Affairs", subject="Portugal")
pn["choe"] = C("pn", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
pn["lavrov"] = C("pn", "the two countries' armed forces and security services had \"very close\" ties", kind=S,
                 measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- The Local Sweden, Tue 2024-11-05 (news-alert log)
# Alert times give no day. "early this morning" -> 11-05 (the JCS); "said on Monday" -> 11-04 (Zelensky; the
# Pentagon); "Tuesday's missile launch came five days after ... tested" -> 10-31 (the minutes, dated by the flight);
# "had told Sergei Lavrov on Friday" -> 11-01 (Choe; "on Monday" is the relative clause's reception). Umerov's alert,
# the ministry's alert ("says"), "Last week Washington put", the correction's NIS figures and Malmer Stenergard
# ("says") give none. The correction's wrong figure ("Seoul estimates 12,000 ... are in Russia") is the outlet's own
# error, quoted to be withdrawn, and is not annotated; its right figures are the NIS's. The commuters, CPIF, the
# Riksbank's rate and its 12 economists, "1am", the snow, Volvo's sales and "15 alerts" are not annotated.
ls = {}
ls["srbm"] = C("ls", "North Korea fired about seven short-range ballistic missiles into the sea off its east coast",
               measure=SRBM, value=7, q="about", unit="missiles", by=JCS, ev="2024-11-05")
ls["um"] = C("ls", "Ukrainian forces have fought their first small-scale battles with North Korean troops", kind=S,
             measure=N5, by=UM)
ls["more"] = C("ls", "More North Korean soldiers are expected to arrive in the coming weeks, he said.", kind=S,
               measure=MORE, mod="planned", by=UM)
ls["mnd"] = C("ls", "it cannot confirm Umerov's account of combat between Ukrainian and North Korean forces", kind=S,
              measure=N5, by=MND, subject=SK)
ls["z11"] = C("ls", "11,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
ls["us8"] = C("ls", "Last week Washington put the number there at about 8,000.", measure=KU, value=8000, q="about",
              by=USG, place="Kursk")
ls["nis10"] = C("ls", "South Korea's spy agency says more than 10,000 are there", value=10000, q="at_least",
                scope="total", by=NIS, place="Russia")
ls["plan"] = C("ls", "out of about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
ls["dodcs"] = C("ls", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
ls["t86"] = C("ls", "an intercontinental ballistic missile that, according to Japan, flew for 86 minutes",
              measure=ICBM_T, value=86, unit="minutes", by=JMOD, ev="2024-10-31")
ls["choe"] = C("ls", "Pyongyang would stand by Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
ls["noack"] = C("ls", "The Kremlin has still not confirmed that North Korean soldiers are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ls["swe"] = C("ls", "Sweden will push for new EU sanctions against North Korean and Russian officials involved in "
              "sending the troops", kind=S, measure=EUSANC, by=MS, subject="Sweden")

# ---------------------------------------------------------------- Luxembourg Times, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (the State Department's three claims in one sentence); "told lawmakers today" -> 11-13
# (the NIS's two claims); "On 18 October" -> 10-18 (plan and first 1,500, one sentence); "Five days later" -> 10-23;
# "By 28 October" -> 10-28; "On 31 October" -> 10-31 and "on 4 November" -> 11-04 (one sentence, two quotes); "came
# on 5 November, when" -> 11-05 (Umerov); "the same day" -> 11-05 (Seoul's ministry); "reported on Sunday" -> 11-10
# (the NYT's officials); "reported on Tuesday" -> 11-12 (KCNA); "last week" gives null (Yoon); Bettel "said on
# Tuesday" -> 11-12. "Moscow, which first called ..., has still not confirmed" is two Kremlin claims. Trump's age,
# his "within 24 hours" and the outlet's distance are annotated (the first and last attributed to nobody). "The 12,000
# was a plan; the smaller numbers were men who had arrived" restates figures without an origin and is not
# annotated; "Four weeks", "in August", "2022", "20 January", the 1 percent of GNI by 2028 and the Related lines are
# not annotated.
lx = {}
lx["st10"] = C("lx", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
lx["most"] = C("lx", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
lx["begun"] = C("lx", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
lx["units"] = C("lx", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
lx["combat"] = C("lx", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
lx["plan"] = C("lx", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
lx["fb"] = C("lx", "a first 1,500 had already been moved by sea", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place=RFE)
lx["nis3"] = C("lx", "Five days later it counted about 3,000 in Russia.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
lx["dod10"] = C("lx", "By 28 October the Pentagon was saying about 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
lx["bl8"] = C("lx", "Antony Blinken put about 8,000 in the Kursk region alone", measure=KU, value=8000, q="about",
              by=BL, ev="2024-10-31", place="Kursk")
lx["z11"] = C("lx", "Ukrainian President Volodymyr Zelensky said 11,000", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
lx["um"] = C("lx", "Ukraine's defence minister Rustem Umerov told KBS that his troops had fought North Korean units",
             kind=S, measure=N5, by=UM, ev="2024-11-05")
lx["mnd"] = C("lx", "Seoul's defence ministry said the same day that it could not confirm the report.", kind=S,
              measure=N5, by=MND, ev="2024-11-05", subject=SK)
lx["massed"] = C("lx", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
lx["fake"] = C("lx", "Moscow, which first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
lx["noack"] = C("lx", "has still not confirmed that North Korean soldiers are on its soil", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
lx["ratify"] = C("lx", "Kim Jong Un had ratified the mutual defence treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
lx["wpn"] = C("lx", "Seoul no longer ruled out supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
lx["bettel"] = C("lx", "the deployment was \"an unacceptable escalation\" and that the EU's next sanctions package "
                 "should target those responsible in Pyongyang", kind=S, measure=EUSANC, by="Xavier Bettel",
                 ev="2024-11-12", subject="Luxembourg")
lx["age"] = C("lx", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
lx["trump"] = C("lx", "has promised to end the war \"within 24 hours\"", measure=TRUMP, value=24, q="up_to",
                unit="hours", mod="conditional", by="Donald Trump", subject="Donald Trump")
lx["dist"] = C("lx", "a country nearly 7,000 kilometres away", measure=DIST, value=7000, q="about", unit="km", by=None)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [cm["sofar"], cm["lead11"], cm["kys11"], tm["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 on Russian soil vs Kyiv's about 11,000 training in the "
  "east (Kyslytsya Oct 21, Budanov Oct 18)",
  [("about 1,500 so far (NIS)", [cm["sofar"]]),
   ("about 11,000 training (Kyslytsya, Budanov)", [cm["lead11"], cm["kys11"], tm["bud"]])])
K(RU, [nl["nis3"], nl["wh3"], sr["nis3"], sr["wh3"], sr["hur"], tm["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's roughly 3,000 and the White House's at least 3,000 vs HUR's about 12,000",
  [("about / at least 3,000 (NIS, White House)", [nl["nis3"], nl["wh3"], sr["nis3"], sr["wh3"]]),
   ("about 12,000 (HUR)", [sr["hur"], tm["hur"]])])
K(RU, [dn["wh3"], tm["nis3"], pn["wh3"], lx["nis3"], dn["dod10"], tm["dod10"], lx["dod10"], pn["bl10"], dn["nis10"],
       tm["nis10"], pn["nis10"], ls["nis10"], lx["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [pn["bl8"], ls["us8"], lx["bl8"], ls["z11"], lx["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Washington, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [cm["plan"], nl["plan"], sr["plan"], pn["plan"], ls["plan"], lx["plan"], cm["zel10"], nl["zel10"], tm["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [cm["plan"], nl["plan"], sr["plan"], pn["plan"], ls["plan"], lx["plan"]]),
   ("10,000 (Zelensky)", [cm["zel10"], nl["zel10"], tm["zel10"]])])
K(FB, [cm["fb"], nl["fb"], pn["fb"], lx["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [cm["win"], pn["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [cm["ships"], pn["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [cm["brig"], nl["brig"], sr["brig"], pn["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [nl["sb"], sr["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [nl["pr"], sr["pr"], dn["pr"], tm["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected")
K(PRD, [nl["prd"], sr["prd"], dn["prd"], tm["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [nl["pay"], tm["pay"], pn["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [nl["regime"], tm["regime"]], "agreement", "NIS: most of the pay is kept by the regime / the state")
K(DRONES, [nl["drones"], tm["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit / tough but poor with drones")
K(OFF, [sr["off"], tm["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [sr["gen"], tm["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [sr["arr"], dn["arr"]], "agreement", "HUR (Oct 24): the first units reached Kursk on Oct 23")
K(SITES, [nl["sites"], sr["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites")
K(READY, [cm["ready"], tm["ready"]], "agreement", "ready by November 1 (Kyslytsya Oct 21, Budanov Oct 18)")
K(TGT, [nl["fair"], pn["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [cm["resc"], nl["aesc"], sr["sesc"], dn["resc"]], "agreement",
  "escalation: 'a significant escalation' if they fight (Rutte Oct 21), 'a very, very serious issue' (Austin, "
  "conditional), 'a serious escalation' (Malmer Stenergard), 'a significant escalation' (Rutte Oct 28)")
K(DEP, [nl["adep"], dn["rdep"], cm["fake"], lx["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; Moscow)",
  [("asserted", [nl["adep"], dn["rdep"]]), ("dismissed", [cm["fake"], lx["fake"]])])
K(LAW, [cm["unsc"], dn["kjg"], tm["lawq"], tm["law"]], "discrepancy",
  "legality: a breach of UN Security Council resolutions (Seoul's foreign ministry) vs conforming with international "
  "law (Kim Jong Gyu; Pyongyang)",
  [("violates UNSC resolutions (Seoul)", [cm["unsc"]]),
   ("lawful (North Korea)", [dn["kjg"], tm["lawq"], tm["law"]])])
K(CT, [dn["ct"], dn["weeks"], pn["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [dn["ct"]]), ("several weeks (Pentagon)", [dn["weeks"]]),
   ("coming days (Blinken)", [pn["days"]])])
K(CS, [cm["rcs"], pn["acs"], ls["dodcs"], lx["begun"], lx["combat"]], "update_over_time",
  "combat status: no confirmation (Rutte Oct 21), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> "
  "begun engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [ls["um"], lx["um"], ls["mnd"], lx["mnd"]], "discrepancy",
  "Nov 5: first small-scale battles (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [ls["um"], lx["um"]]), ("cannot confirm (Seoul MND)", [ls["mnd"], lx["mnd"]])])
K(FRONT, [dn["closer"], dn["front"], pn["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [dn["kyb"], tm["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [dn["terms"], tm["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(ICBM_T, [pn["t86"], ls["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(CHOE, [pn["choe"], ls["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(NOACK, [nl["noack"], pn["noack"], ls["noack"], lx["noack"]], "agreement",
  "Moscow has neither confirmed nor denied / still not confirmed the deployment")
K(WITHDRAW, [cm["wd"], pn["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(IMG, [sr["img"], tm["img"]], "agreement", "Putin (Oct 24): images 'are a serious thing' and 'reflect something'")
K(TREATY, [sr["treaty"], dn["treaty"]], "agreement",
  "Moscow: how Russia carries out its treaty with Pyongyang is 'our business' / its own affair (Putin; Moscow)")
K(TECH, [tm["tech"], pn["cho"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Mifsud; Foreign Minister Cho)")
K(WPN, [nl["wpn"], sr["wpn"], lx["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine, depending on the North (presidential office Oct 22, Yoon "
  "Oct 24 and Nov 7)")
K(EUSANC, [nl["veld"], sr["swe"], ls["swe"], pn["rangel"], lx["bettel"]], "agreement",
  "European foreign ministers call for new EU sanctions over the deployment (Veldkamp, Malmer Stenergard twice, "
  "Rangel, Bettel)")
K(UNSURE, [nl["left"], nl["unclear"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin's 'left to be seen', Kirby's 'not clear')")

pairs = [
    (cm["plan"], cm["fb"], "about 12,000 planned vs a first transport of roughly 1,500, same paragraph"),
    (cm["sofar"], cm["fb"], "about 1,500: Seoul's head count on Russian soil vs the first transport"),
    (cm["brig"], cm["ships"], "four brigades vs four landing ships, same paragraph"),
    (cm["kys11"], cm["zel10"], "11,000 training (Kyslytsya) vs 10,000 being prepared (Zelensky)"),
    (nl["sb"], nl["nis3"], "about 1,500 more vs roughly 3,000 in all, same sentence"),
    (nl["nis3"], nl["pr"], "roughly 3,000 now vs about 10,000 expected by December"),
    (nl["sb"], nl["fb"], "about 1,500: the second group vs the first group"),
    (sr["hur"], sr["plan"], "twelve thousand in Russia (HUR) vs twelve thousand planned (NIS)"),
    (sr["off"], sr["gen"], "500 officers vs three generals, same sentence"),
    (sr["sites"], sr["gen"], "three: training sites vs generals"),
    (dn["dod10"], dn["pr"], "around 10,000 sent (Pentagon) vs about 10,000 forecast by December (NIS)"),
    (dn["nis10"], dn["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (tm["nis3"], tm["hur"], "a week ago 3,000 (Seoul, a step) vs 12,000 (Kyiv, the snapshot), same sentence"),
    (tm["bud"], tm["hur"], "11,000 training (Budanov, Oct 18) vs about 12,000 in Russia (HUR, Oct 24), one interview"),
    (pn["bl8"], pn["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (pn["days"], pn["acs"], "combat expected in the coming days vs not yet seen fighting"),
    (ls["z11"], ls["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (ls["nis10"], ls["plan"], "more than 10,000 there vs about 12,000 agreed, same sentence"),
    (lx["z11"], cm["kys11"], "11,000: in Kursk (Zelensky, Nov 4) vs in training in the east (Kyslytsya, Oct 21)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
