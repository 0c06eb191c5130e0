"""Generate gold.json for blind45 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind45/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, BRIG, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC, LAW, TREATY, IMG, WPN,
    WIN, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "gt": ("gulf-times-2024-10-19-north-korea-sending-12000-troops-to-help-russia-seoul-says", "Gulf Times",
           "2024-10-19"),
    "yn": ("ynetnews-2024-10-23-seoul-north-korea-has-sent-3000-soldiers-to-russia-expects-10000-by-december",
           "Ynetnews", "2024-10-23"),
    "i24": ("i24news-2024-10-24-ukraine-says-12000-north-korean-soldiers-in-russia-seoul-counts-3000", "i24NEWS",
            "2024-10-24"),
    "hz": ("haaretz-2024-10-29-pentagon-some-10000-north-korean-troops-in-russia-some-moving-closer-to-ukraine",
           "Haaretz", "2024-10-29"),
    "mee": ("middle-east-eye-2024-10-31-north-korean-troops-in-russia-four-experts-on-what-it-means-for-the-"
            "middle-east", "Middle East Eye", "2024-10-31"),
    "aa": ("asharq-al-awsat-2024-11-02-south-korean-expert-north-korean-soldiers-are-a-down-payment",
           "Asharq Al-Awsat (English)", "2024-11-02"),
    "tt": ("tehran-times-2024-11-05-seoul-cannot-confirm-kiev-claim-of-clashes-with-dprk-troops", "Tehran Times",
           "2024-11-05"),
    "lo": ("lorient-today-2024-11-13-north-korea-goes-to-war-in-europe-and-why-beirut-should-pay-attention",
           "L'Orient Today", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse earlier sets' wording)
TRANSFER = "North Korean troop transfer under way"
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
MORET = "further North Korean transports expected"
THREAT = "deployment as a security threat (Seoul)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
ARMY = "North Korea's armed forces (size)"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "Washington unsure whether North Korean troops will fight"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
NOACK = "Russia has not acknowledged the deployment"
SITES = "training sites in eastern Russia (US)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
FCST = "North Korean troops in combat (analyst's forecast)"
IRAN = "Iran denies supplying ballistic missiles to Russia"
AGE = "age"
LAVROV = "Russia-North Korea military ties"
MORE = "more North Korean troops expected (Ukraine)"
N5 = "first clashes with North Korean troops (Nov 5)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
TRUMP = "Trump: time to end the war"
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
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
IRG = "Iran government"
TRUMP_DJ = "Donald Trump"
SEO = "Seo Ha-eun"
HNAT = "Oleksandr Hnatiuk"
FARA = "Reza Farahani"
LEE = "Lee Dong-hwan"
SK, RUS, IRN = "South Korea", "Russia", "Iran"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Gulf Times, Sat 2024-10-19 (straight news story)
# "yesterday" -> 10-18 (the lead's plan and "the first of them have already left"); the second paragraph ("The
# National Intelligence Service said", "it said") gives no day, nor do the uniforms, "more transports" and Seoul's
# head count ("by Seoul's count, those 1,500 men are the only ... unit", bundled k01's Seoul side). "on Friday, after
# which" -> 10-18 (the office's threat and UNSC lines), "had said on Thursday" -> 10-17 (Zelensky), "standing beside
# him" gives none (Rutte), "in an interview published on Friday" -> 10-18 (Budanov's count and November 1; his 2,600
# sits in the next sentence, ", he said"). The Western official's range is undated and conditional; "earlier this
# month" gives none. The army's size is the outlet's (attributed to nobody). "Analysts in Seoul" name nobody; "since
# 2000", the QE index (0.4%, 10,543), gold ($2,700), the stamp and the Related headlines (95 prisoners) are not
# annotated.
gt = {}
gt["plan"] = C("gt", "North Korea has decided to send around 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
gt["begun"] = C("gt", "the first of them have already left", kind=S, measure=TRANSFER, by=NIS, ev="2024-10-18")
gt["brig"] = C("gt", "the troops would be sent in four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS)
gt["fb"] = C("gt", "About 1,500 special forces soldiers were carried from ports near Chongjin and Hamhung to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
gt["win"] = C("gt", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
gt["ships"] = C("gt", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
gt["escort"] = C("gt", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
gt["unif"] = C("gt", "The soldiers were issued Russian uniforms and forged identity papers describing them as natives "
               "of Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
gt["more"] = C("gt", "more transports were expected soon", kind=S, measure=MORET, mod="planned", by=NIS)
gt["sofar"] = C("gt", "those 1,500 men are the only North Korean unit it can place on Russian soil", value=1500,
                scope="total", by=NIS, place="Russia")
gt["threat"] = C("gt", "his office called the deployment \"a grave security threat\" to South Korea and the "
                 "international community", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
gt["unsc"] = C("gt", "said it breached UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
gt["zel10"] = C("gt", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
gt["rutte"] = C("gt", "the alliance had no evidence that North Korean soldiers were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE)
gt["bud"] = C("gt", "around 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
gt["ready"] = C("gt", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
gt["2600"] = C("gt", "A first unit of 2,600 was to go to Russia's Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
gt["west"] = C("gt", "put a possible deployment at anywhere between 2,000 and 12,000 troops", measure=PL, low=2000,
               high=12000, mod="conditional", scope="total", by="Western official", place="Russia")
gt["fake"] = C("gt", "The Kremlin has rejected the reports, with spokesman Dmitry Peskov calling them \"another "
               "fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
gt["army"] = C("gt", "which has about 1.2mn active-duty troops", measure=ARMY, value=1200000, q="about", by=None)

# ---------------------------------------------------------------- Ynetnews, Wed 2024-10-23 (wire story with an update block)
# "told lawmakers on Wednesday" -> 10-23 (the lead's second group and total); Park "told reporters" gives no day (the
# forecast and December); "Last Friday" -> 10-18 (plan, brigades and first group, one sentence); "According to Park"
# and Lee's relay give none; "In Rome on Wednesday" -> 10-23 (Austin's evidence), his quote ("he added") none; "On
# Monday" -> 10-21 (the withdrawal demand) and "the same day" -> 10-21 (Kyslytsya's 11,000, bundled k01); the update's
# "said on Wednesday" -> 10-23 (the White House's count and sites), Kirby's two lines none. The deck is a headline;
# "as evidence mounted", the unnamed Israeli officials, "Israel has made no official comment", the TA-35 (0.6%), the
# shekel (3.78), the stamps, the update time and the Related headlines are not annotated.
yn = {}
yn["sb"] = C("yn", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
yn["nis3"] = C("yn", "bringing the total there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
yn["pr"] = C("yn", "the National Intelligence Service expected the number to reach roughly 10,000", measure=PR,
             value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
yn["prd"] = C("yn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
yn["plan"] = C("yn", "North Korea had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
yn["brig"] = C("yn", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
yn["fb"] = C("yn", "a first group of about 1,500 special forces had already been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
yn["pay"] = C("yn", "Russia is paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
yn["regime"] = C("yn", "most of the money is believed to go to the regime in Pyongyang rather than to the men", kind=S,
                 measure=REGIME, by=NIS)
yn["drones"] = C("yn", "Russian instructors had found the North Koreans physically strong but lacking in understanding "
                 "of drones", kind=S, measure=DRONES, by=NIS)
yn["adep"] = C("yn", "said there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
yn["lts"] = C("yn", "\"What exactly they're doing is left to be seen,\" he added.", kind=S, measure=UNSURE,
              by=AUSTIN)
yn["wd"] = C("yn", "demanded that the North Korean troops be withdrawn immediately", kind=S, measure=WITHDRAW, by=SKG,
             ev="2024-10-21", subject=SK)
yn["kys"] = C("yn", "about 11,000 North Korean infantrymen were training in Russia's east", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
yn["noack"] = C("yn", "Moscow has neither confirmed nor denied the presence of North Korean soldiers on its "
                "territory.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
yn["wh3"] = C("yn", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
yn["sites"] = C("yn", "were training at three military sites there", measure=SITES, value=3, unit="training sites",
                by=WH, ev="2024-10-23", place=RFE)
yn["unclear"] = C("yn", "it was not yet clear whether they would be used in combat", kind=S, measure=UNSURE, by=KIRBY)
yn["fair"] = C("yn", "If they are, he said, they would be \"fair game\".", kind=S, measure=TGT, mod="conditional",
               by=KIRBY)

# ---------------------------------------------------------------- i24NEWS, Thu 2024-10-24 (broadcast news segment)
# The anchor's lead ("Ukraine's military intelligence says") gives no day; "four times the number South Korea gave"
# is the outlet's ratio (attributed to nobody). "said today" -> 10-24 (HUR's count, officers and generals, one
# sentence); the arrival "yesterday" -> 10-23 (an arrival takes its own day, as blind21-43 did); "told lawmakers in
# Seoul yesterday" -> 10-23 (the count, the first group in words and "a second of about the same size"); "Seoul says"
# gives none (plan, brigades, forecast and December); "Washington puts" -> US government, undated. SOT lines give no
# day (Putin, Austin); "He added" gives none. Yoon "said today" -> 10-24. The correspondent's "The numbers need not
# contradict each other" is the outlet's; "officials tell me" and "security officials say privately" name nobody; the
# header, running time, shekel (3.79), TA-35 (0.3%) and weather (22, 16 degrees) are furniture.
i24 = {}
i24["hura"] = C("i24", "about twelve thousand North Korean soldiers are now in Russia", value=12000, q="about",
                scope="total", by=HUR, place="Russia")
i24["ratio"] = C("i24", "four times the number South Korea gave just yesterday", measure=RATIO, value=4, unit="times",
                 by=None)
i24["hurb"] = C("i24", "the roughly 12,000 North Koreans in Russia", value=12000, q="about", scope="total", by=HUR,
                ev="2024-10-24", place="Russia")
i24["off"] = C("i24", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
i24["gen"] = C("i24", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
i24["arr"] = C("i24", "the first units reached the Kursk region, on Russia's border with Ukraine, yesterday", kind=S,
               measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
i24["nis3"] = C("i24", "about 3,000 North Koreans had arrived so far", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
i24["fb"] = C("i24", "a first group of fifteen hundred", measure=FB, value=1500, scope="first_batch", by=NIS,
              ev="2024-10-23", place=RFE)
i24["sb"] = C("i24", "a second of about the same size", kind=S, measure=SB, scope="additional", by=NIS,
              ev="2024-10-23", place="Russia")
i24["plan"] = C("i24", "Pyongyang's plan is for some 12,000 in all", measure=PL, value=12000, q="about", mod="planned",
                scope="total", by=NIS, place="Russia")
i24["brig"] = C("i24", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
i24["pr"] = C("i24", "it expects about ten thousand of them to be in Russia", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
i24["prd"] = C("i24", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
i24["wash3"] = C("i24", "Washington puts the figure at a minimum of three thousand", value=3000, q="at_least",
                 scope="total", by=USG, place="Russia")
i24["sites"] = C("i24", "training at three sites in Russia's Far East", measure=SITES, value=3, unit="training sites",
                 by=USG, place=RFE)
i24["img"] = C("i24", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
               by=PUTIN, subject=RUS)
i24["treaty"] = C("i24", "how Russia applies its new treaty with Pyongyang is its own business", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)
i24["pay"] = C("i24", "Russia pays each soldier around two thousand dollars a month", measure=PAY, value=2000,
               q="about", unit="USD per month", by=NIS)
i24["regime"] = C("i24", "most of that money never reaches the men", kind=S, measure=REGIME, by=NIS)
i24["aesc"] = C("i24", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
                "behalf, that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
i24["wpn"] = C("i24", "his country would not rule out sending weapons to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Haaretz, Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence); Singh's "over the next
# several weeks" (no day); "The new figure is more than three times" is the outlet's ratio (3, at least), and the White
# House's "at least 3,000" "last Wednesday" -> 10-23 is the step before (k03); "In Brussels on Monday" -> 10-28
# (Rutte's confirmation), "He called" none; "In Seoul on Tuesday" -> 10-29 (the NIS's count and the front); Lee's
# relays (Kim Yong Bok, about 100 terms) none; "Last week, the agency had forecast" none (10,000 and December,
# unhedged); "said last Thursday" -> 10-24 (HUR's count, officers and generals, one sentence; the snapshot k02);
# "warned on Saturday" -> 10-26 (Oct 27 or 28); "Pyongyang has insisted it is doing nothing wrong" (undated, North
# Korea Foreign Ministry, on the lawful side of the legality discrepancy) leads into "said on Friday" -> 10-25 (Kim Jong
# Gyu). "a sharp rise from the figure Washington gave last week", "Singh would not say", "Its own count has already
# passed that", "Neither day brought confirmed reports", the Israeli defense officials, the TA-35 (1.9 percent), the
# shekel (3.72), "since August" and the Read-more headlines (day 979) are not annotated.
hz = {}
hz["dod10"] = C("hz", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
hz["closer"] = C("hz", "some of them have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
hz["weeks"] = C("hz", "\"increasingly concerned\" that Russia intends to use the North Koreans in combat or to support "
                "combat operations against Ukrainian forces \"over the next several weeks.\"", kind=S, measure=CT,
                mod="planned", by=SINGH)
hz["ratio"] = C("hz", "The new figure is more than three times", measure=RATIO, value=3, q="at_least", unit="times",
                by=None)
hz["wh3"] = C("hz", "the \"at least 3,000\" the White House announced last Wednesday", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place=RFE)
hz["rdep"] = C("hz", "confirmed that North Korean troops had been sent to Russia and that units had been deployed to "
               "the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
hz["resc"] = C("hz", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
               "war.\"", kind=S, measure=ESC, by=RUTTE)
hz["nis10"] = C("hz", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
hz["nfront"] = C("hz", "some of them appeared to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
hz["kyb"] = C("hz", "the agency had identified the force's commander as Lt. Gen. Kim Yong Bok", kind=S, measure=KYB,
              by=NIS)
hz["terms"] = C("hz", "the soldiers were being drilled on about 100 basic Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
hz["pr"] = C("hz", "the North would have 10,000 troops in Russia", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
hz["prd"] = C("hz", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
hz["hur"] = C("hz", "about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
hz["off"] = C("hz", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
hz["gen"] = C("hz", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
hz["ct"] = C("hz", "the first North Korean units could enter combat on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
hz["nowrong"] = C("hz", "Pyongyang has insisted it is doing nothing wrong.", kind=S, measure=LAW, by=NKFM)
hz["kjg"] = C("hz", "any such deployment would be \"an act conforming with the regulations of international law.\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
hz["noack"] = C("hz", "The Kremlin has not confirmed that North Korean troops are in Russia.", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Middle East Eye, Thu 2024-10-31 (expert roundup)
# Each contributor's answer is read as ordinary sentences: what the contributor relays keeps its origin and the day
# its own sentence gives; the contributor's own readings and forecasts are the contributor's (all four are invented).
# The editor's note: Japan's 86 minutes carry no day of their own ("early on Thursday" is the previous sentence).
# Seo: "on Tuesday" -> 10-29 (count and front, one sentence), "Last week the agency spoke of about 3,000" (a step,
# undated), "on 18 October" -> 10-18 (the plan, unhedged). Hnatiuk: "said last Thursday" -> 10-24 (HUR's count,
# officers, generals) and "the day before" -> 10-23 (the arrival); "warned" and "has said" give none (Oct 27 or 28;
# November 1); his "within two weeks" is a numeric forecast (up to 2 weeks). Farahani: "on Monday" -> 10-28 (the
# Pentagon's count and its "several weeks", one sentence); Iran's denial is a standing line (undated). Haddad:
# "confirmed on Monday" -> 10-28 (Rutte); "Moscow still has not said so" (Kremlin); Putin "last week" gives none;
# "North Korea says" -> North Korea Foreign Ministry; "Seoul says" -> NIS. The intro, "Two weeks", "the longest flight
# the North has recorded", the asides ("political cover", "Tehran is watching closely", "Tehran will ask", "a
# government hiring out its army", "Gulf capitals will say as little as possible") and the disclaimer are not
# annotated.
mee = {}
mee["t86"] = C("mee", "Japan's defence ministry said the missile flew for about 86 minutes", measure=ICBM_T, value=86,
               q="about", unit="minutes", by=JMOD)
mee["nis10"] = C("mee", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
mee["front"] = C("mee", "some were already moving towards the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
mee["nis3"] = C("mee", "Last week the agency spoke of about 3,000.", value=3000, q="about", scope="total", by=NIS,
                place="Russia")
mee["seo_m"] = C("mee", "Seoul counts the soldiers it has seen land", kind=S, measure=METHOD, by=SEO)
mee["plan"] = C("mee", "The 12,000 it gave on 18 October was the size of the force Pyongyang agreed to send",
                measure=PL, value=12000, mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
mee["hur"] = C("mee", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
               ev="2024-10-24", place="Russia")
mee["off"] = C("mee", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
mee["gen"] = C("mee", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
mee["arr"] = C("mee", "the first units had reached Kursk the day before", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
               place="Kursk")
mee["hn_m"] = C("mee", "Kyiv counts the whole force that has been committed, not only what has been photographed",
                kind=S, measure=METHOD, by=HNAT)
mee["ct"] = C("mee", "the first of them could be in combat on 27 or 28 October", kind=D, measure=CT, low="2024-10-27",
              high="2024-10-28", mod="planned", by=ZEL)
mee["ready"] = C("mee", "they would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=BUD)
mee["fc"] = C("mee", "North Korean units will be fighting in Kursk within two weeks", measure=FCST, value=2,
              q="up_to", unit="weeks", mod="planned", by=HNAT, place="Kursk")
mee["dod10"] = C("mee", "around 10,000 had been sent to eastern Russia for training", value=10000, q="about",
                 scope="total", by=DOD, ev="2024-10-28", place=RFE)
mee["weeks"] = C("mee", "it feared they would be used in combat over the next several weeks", kind=S, measure=CT,
                 mod="planned", by=DOD, ev="2024-10-28")
mee["iran"] = C("mee", "Iran has denied Western accusations that it sent ballistic missiles to Russia", kind=S,
                measure=IRAN, by=IRG, subject=IRN)
mee["tech"] = C("mee", "I expect Pyongyang to be paid partly in military technology", kind=S, measure=TECH,
                mod="planned", by=FARA)
mee["rdep"] = C("mee", "confirmed on Monday that North Korean units were in the Kursk region", kind=S, measure=DEP,
                by=RUTTE, ev="2024-10-28", place="Kursk")
mee["noack"] = C("mee", "Moscow still has not said so.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
mee["img"] = C("mee", "if there are images 'they reflect something'", kind=S, measure=IMG, by=PUTIN, subject=RUS)
mee["treaty"] = C("mee", "he called the treaty with Pyongyang Russia's own business", kind=S, measure=TREATY,
                  by=PUTIN, subject=RUS)
mee["law"] = C("mee", "North Korea says any deployment would be lawful", kind=S, measure=LAW, mod="conditional",
               by=NKFM)
mee["pay"] = C("mee", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
mee["regime"] = C("mee", "most of which goes to the state", kind=S, measure=REGIME, by=NIS)

# ---------------------------------------------------------------- Asharq Al-Awsat, Sat 2024-11-02 (interview)
# The intro: "said on Thursday" -> 10-31 (Blinken's Kursk count and "in the coming days", one sentence); "he said"
# (targets) none; "A day later in Moscow" -> 11-01 (Choe); Lavrov's line and Moscow's silence none. The guest (invented)
# is annotated for his own readings (the counting method, the technology forecast); what he relays keeps its origin and
# is undated unless its sentence gives a day ("disclosed on October 18" -> 10-18). His age is annotated (attributed to
# nobody, subject the guest). The first question's three bare counts are their origins' claims, undated: "Washington
# says" -> US government (k03), "Seoul says" -> NIS (k03), "Kyiv said 12,000 a week ago" -> HUR (k02). The question
# "North Korea also tested an ICBM on Thursday" is framing; the answer's 86 minutes and altitude are undated. Asides
# ("They are closer than they look", "Money first", "That is Seoul's nightmare", "Both are signals ...", the timing
# line, the Middle East answer) and the stamp are not annotated.
aa = {}
aa["bl8"] = C("aa", "about 8,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
aa["days"] = C("aa", "Washington expected them to go into combat against Ukrainian forces \"in the coming days\"",
               kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31")
aa["tgt"] = C("aa", "Any who did, he said, would be \"legitimate military targets\".", kind=S, measure=TGT,
              mod="conditional", by=BL)
aa["choe"] = C("aa", "Pyongyang would stand by Russia \"until the day of victory\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
aa["lavrov"] = C("aa", "Lavrov described the ties between the two countries' armed forces and security services as "
                 "\"very close\"", kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)
aa["noack"] = C("aa", "Moscow has still not officially confirmed that North Korean soldiers are on its soil.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
aa["age"] = C("aa", "Lee Dong-hwan, 52", measure=AGE, value=52, unit="years", by=None, subject=LEE)
aa["usg10"] = C("aa", "Washington says some 10,000 North Koreans are in Russia in all.", value=10000, q="about",
                scope="total", by=USG, place="Russia")
aa["nis10"] = C("aa", "Seoul says more than 10,000.", value=10000, q="at_least", scope="total", by=NIS,
                place="Russia")
aa["hur"] = C("aa", "Kyiv said 12,000 a week ago.", value=12000, scope="total", by=HUR, place="Russia")
aa["plan"] = C("aa", "The 12,000 is the size of the force Pyongyang agreed to send, which the National Intelligence "
               "Service disclosed on October 18", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
aa["method"] = C("aa", "The South Korean and American figures count soldiers who have actually arrived, while Kyiv "
                 "counts the whole force, including units still on their way", kind=S, measure=METHOD, by=LEE)
aa["pay"] = C("aa", "The NIS says Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
aa["regime"] = C("aa", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
aa["tech"] = C("aa", "I expect the bigger payment to come in technology", kind=S, measure=TECH, mod="planned", by=LEE)
aa["cho"] = C("aa", "Russia might hand the North sensitive military technology in return", kind=S, measure=TECH,
              mod="conditional", by=CHO)
aa["drones"] = C("aa", "Russian instructors rate them highly for discipline but find them weak with drones", kind=S,
                 measure=DRONES, by=NIS)
aa["terms"] = C("aa", "Seoul also says they are being drilled on about 100 Russian words of command.", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
aa["acs"] = C("aa", "Lloyd Austin said he had not yet seen them in combat.", kind=S, measure=CS, by=AUSTIN)
aa["kyh"] = C("aa", "Defense Minister Kim Yong-hyun has called for the troops to be withdrawn.", kind=S,
              measure=WITHDRAW, by=KYH, subject=SK)
aa["yoon"] = C("aa", "President Yoon has said he would not rule out supplying weapons to Ukraine.", kind=S, measure=WPN,
               mod="conditional", by=YOON, subject=SK)
aa["t86"] = C("aa", "Japan's defense ministry said it flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD)
aa["alt"] = C("aa", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)

# ---------------------------------------------------------------- Tehran Times, Tue 2024-11-05 (story built from agency copy)
# "said on Tuesday" -> 11-05 (the defence ministry); the claim it could not confirm ("that Ukrainian forces had already
# clashed", a relative clause) gives no day of its own; "in an interview aired on Tuesday" -> 11-05 (Umerov's
# engagements and "more ... in the coming weeks", one sentence); "claimed on Monday" -> 11-04 (Zelensky's 11,000) and
# "cited last Thursday" -> 10-31 (Blinken's 8,000, same sentence); "said on Monday" -> 11-04 (the Pentagon); the NIS
# "has said" none (more than 10,000 and about 12,000 in one sentence; Kim Yong Bok); "on Friday" -> 11-01 (Choe's
# pledge; the reception "on Monday" is an event, not a claim); "Early on Tuesday" -> 11-05 (the JCS's seven missiles)
# and "five days after it test-fired" -> 10-31 (the 86 minutes, unhedged, Japan's ministry's figure as earlier sets
# attributed it). The outlet's remarks ("He gave no location and offered no evidence", "Kiev has given a string of
# different figures ...", "seized on in Western capitals"), Peskov's refusal, the treaty background, the poll times
# (7 pm, 3:30 am), the rial (690,000) and the source line are not annotated.
tt = {}
tt["mnd"] = C("tt", "South Korea's Defense Ministry said on Tuesday it could not confirm a claim by Ukraine's defense "
              "minister", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
tt["lclash"] = C("tt", "Ukrainian forces had already clashed with North Korean soldiers", kind=S, measure=N5, by=UM)
tt["um"] = C("tt", "the first small-scale engagements with North Korean units had taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
tt["more"] = C("tt", "more soldiers from the North were expected to arrive in the coming weeks", kind=S, measure=MORE,
               mod="planned", by=UM, ev="2024-11-05")
tt["zel11"] = C("tt", "11,000 North Korean troops were in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
                ev="2024-11-04", place="Kursk")
tt["bl8"] = C("tt", "the roughly 8,000 that US Secretary of State Antony Blinken cited last Thursday", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
tt["dodcs"] = C("tt", "it had no indication yet that North Korean soldiers had entered combat", kind=S, measure=CS,
                by=DOD, ev="2024-11-04")
tt["nis10"] = C("tt", "more than 10,000 North Korean troops are in Russia", value=10000, q="at_least", scope="total",
                by=NIS, place="Russia")
tt["plan"] = C("tt", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
tt["kyb"] = C("tt", "The agency has named their commander as Lieutenant General Kim Yong Bok.", kind=S, measure=KYB,
              by=NIS)
tt["noack"] = C("tt", "The Kremlin has not confirmed the presence of North Korean troops in Russia", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
tt["choe"] = C("tt", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
tt["law"] = C("tt", "Pyongyang has said that any deployment of its troops abroad would conform with international "
              "law.", kind=S, measure=LAW, mod="conditional", by=NKFM)
tt["srbm"] = C("tt", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
               unit="missiles", by=JCS, ev="2024-11-05")
tt["t86"] = C("tt", "a new intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by=JMOD, ev="2024-10-31")
tt["iran"] = C("tt", "Tehran has repeatedly rejected Western allegations that it has supplied Russia with ballistic "
               "missiles for use in Ukraine", kind=S, measure=IRAN, by=IRG, subject=IRN)
tt["age"] = C("tt", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP_DJ)
tt["t24"] = C("tt", "he could end the war \"within 24 hours\"", measure=TRUMP, value=24, q="up_to", unit="hours",
              mod="conditional", by=TRUMP_DJ, subject=TRUMP_DJ)

# ---------------------------------------------------------------- L'Orient Today, Wed 2024-11-13 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence); "Today" -> 11-13 (the NIS's two claims);
# "How the count grew": "on October 18" -> 10-18 (plan and first group, unhedged, one sentence), "Five days later" ->
# 10-23 (a step, k03), "By October 28" -> 10-28, "On October 31" -> 10-31 and "on November 4" -> 11-04 (one sentence,
# two origins); "On November 5" and "the same day" -> 11-05; "On Sunday" -> 11-10 (the NYT's officials); "reported on
# Tuesday" -> 11-12 (KCNA); "Moscow, which at first called ..., has still not confirmed" is two Kremlin claims (the
# relative clause on k21's dismissed side, the main clause Moscow's silence), undated; "said last week" gives none
# (Yoon). The outlet's reading ("The first figure was a plan ...", "they never really contradicted one another"), the
# Lebanon paragraph (Lebanese officials "have said nothing"), "since August", "January 20", the pound (89,500, "more
# than a year"), the byline and the Read-also headlines are not annotated.
lo = {}
lo["st10"] = C("lo", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
lo["most"] = C("lo", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
lo["begun"] = C("lo", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
lo["units"] = C("lo", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
lo["fight"] = C("lo", "some were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
lo["plan"] = C("lo", "Pyongyang had decided to send 12,000 troops", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
lo["fb"] = C("lo", "a first group of 1,500 had already been shipped", measure=FB, value=1500, scope="first_batch",
             by=NIS, ev="2024-10-18", place=RFE)
lo["nis3"] = C("lo", "Five days later it counted about 3,000 in Russia.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
lo["dod10"] = C("lo", "By October 28 the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
lo["bl8"] = C("lo", "Secretary of State Antony Blinken put 8,000 of them in Kursk", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
lo["z11"] = C("lo", "Volodymyr Zelensky said 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
lo["um"] = C("lo", "Rustem Umerov, said the first small clashes had taken place", kind=S, measure=N5, by=UM,
             ev="2024-11-05")
lo["mnd"] = C("lo", "Seoul's defense ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
lo["massed"] = C("lo", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
lo["fake"] = C("lo", "which at first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
lo["noack"] = C("lo", "has still not confirmed that any North Korean soldiers are on its territory", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
lo["ratify"] = C("lo", "Kim Jong Un had ratified the mutual defense treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
lo["age"] = C("lo", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP_DJ)
lo["t24"] = C("lo", "has promised to end the Ukraine war \"within 24 hours\"", measure=TRUMP, value=24, q="up_to",
              unit="hours", mod="planned", by=TRUMP_DJ, subject=TRUMP_DJ)
lo["wpn"] = C("lo", "Seoul did not rule out sending weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [gt["sofar"], gt["bud"], yn["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500 as the only unit in Russia vs Kyiv's about 11,000 training in "
  "the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [gt["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [gt["bud"], yn["kys"]])])
K(RU, [yn["nis3"], yn["wh3"], i24["nis3"], i24["wash3"], i24["hura"], i24["hurb"], hz["hur"], mee["hur"], aa["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Washington)", [yn["nis3"], yn["wh3"], i24["nis3"], i24["wash3"]]),
   ("about 12,000 (HUR)", [i24["hura"], i24["hurb"], hz["hur"], mee["hur"], aa["hur"]])])
K(RU, [hz["wh3"], mee["nis3"], lo["nis3"], hz["dod10"], mee["dod10"], lo["dod10"], aa["usg10"], hz["nis10"],
       mee["nis10"], aa["nis10"], tt["nis10"], lo["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; 'Washington says') -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [aa["bl8"], tt["bl8"], lo["bl8"], tt["zel11"], lo["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [gt["plan"], yn["plan"], i24["plan"], mee["plan"], aa["plan"], tt["plan"], lo["plan"], gt["zel10"]],
  "discrepancy", "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [gt["plan"], yn["plan"], i24["plan"], mee["plan"], aa["plan"], tt["plan"], lo["plan"]]),
   ("10,000 (Zelensky)", [gt["zel10"]])])
K(FB, [gt["fb"], yn["fb"], i24["fb"], lo["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(BRIG, [gt["brig"], yn["brig"], i24["brig"]], "agreement", "NIS: four brigades")
K(SB, [yn["sb"], i24["sb"]], "agreement",
  "NIS (Oct 23): about 1,500 more / a second group of about the same size")
K(PR, [yn["pr"], i24["pr"], hz["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [yn["prd"], i24["prd"], hz["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [yn["pay"], i24["pay"], mee["pay"], aa["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [yn["regime"], i24["regime"], mee["regime"], aa["regime"]], "agreement",
  "NIS: most of the pay goes to the regime / the state")
K(DRONES, [yn["drones"], aa["drones"]], "agreement",
  "NIS: Russian instructors find the troops strong / disciplined but weak on drones")
K(OFF, [i24["off"], hz["off"], mee["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [i24["gen"], hz["gen"], mee["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [i24["arr"], mee["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [yn["sites"], i24["sites"]], "agreement", "White House / Washington (Oct 23): three training sites")
K(READY, [gt["ready"], mee["ready"]], "agreement", "Budanov: ready by November 1")
K(TGT, [yn["fair"], aa["tgt"]], "agreement",
  "US: North Koreans who fight are 'fair game' (Kirby) / 'legitimate military targets' (Blinken)")
K(ESC, [i24["aesc"], hz["resc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional), 'a significant escalation' and 'a dangerous "
  "expansion' (Rutte Oct 28)")
K(DEP, [yn["adep"], hz["rdep"], mee["rdep"], gt["fake"], lo["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23; Rutte Oct 28) vs dismissed as 'another fake' (Peskov; Moscow)",
  [("asserted", [yn["adep"], hz["rdep"], mee["rdep"]]), ("dismissed", [gt["fake"], lo["fake"]])])
K(LAW, [hz["nowrong"], hz["kjg"], mee["law"], tt["law"], gt["unsc"]], "discrepancy",
  "legality: in line with international law / nothing wrong (Kim Jong Gyu Oct 25; 'Pyongyang has insisted', 'North "
  "Korea says', 'Pyongyang has said') vs a "
  "breach of UN Security Council resolutions (Yoon's office, Oct 18)",
  [("lawful (North Korea)", [hz["nowrong"], hz["kjg"], mee["law"], tt["law"]]),
   ("breaches UNSC resolutions (Seoul)", [gt["unsc"]])])
K(CT, [hz["ct"], mee["ct"], hz["weeks"], mee["weeks"], aa["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in "
  "the coming days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [hz["ct"], mee["ct"]]), ("several weeks (Pentagon)", [hz["weeks"], mee["weeks"]]),
   ("coming days (Blinken)", [aa["days"]])])
K(CS, [gt["rutte"], aa["acs"], tt["dodcs"], lo["begun"], lo["fight"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12), some already fighting (NIS Nov 13)")
K(N5, [tt["lclash"], tt["um"], lo["um"], tt["mnd"], lo["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [tt["lclash"], tt["um"], lo["um"]]),
   ("cannot confirm (Seoul MND)", [tt["mnd"], lo["mnd"]])])
K(FRONT, [hz["closer"], hz["nfront"], mee["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [hz["kyb"], tt["kyb"]], "agreement", "NIS: the force is commanded by Lt. Gen. Kim Yong Bok")
K(TERMS, [hz["terms"], aa["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian terms")
K(IMG, [i24["img"], mee["img"]], "agreement", "Putin (Oct 24): if there are images, 'they reflect something'")
K(TREATY, [i24["treaty"], mee["treaty"]], "agreement",
  "Putin (Oct 24): how Russia applies the treaty with Pyongyang is its own business")
K(NOACK, [yn["noack"], hz["noack"], mee["noack"], aa["noack"], tt["noack"], lo["noack"]], "agreement",
  "Moscow has not confirmed / acknowledged the North Korean troops (six wordings)")
K(WPN, [i24["wpn"], aa["yoon"], lo["wpn"]], "agreement",
  "Yoon would not rule out supplying weapons to Ukraine (Oct 24; Nov 7)")
K(WITHDRAW, [yn["wd"], aa["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (the Oct 21 summons; defence minister Kim Yong-hyun, Oct 31)")
K(TECH, [mee["tech"], aa["tech"], aa["cho"]], "agreement",
  "North Korea to be paid in Russian military technology (analysts Farahani and Lee; Foreign Minister Cho)")
K(CHOE, [aa["choe"], tt["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until the day of victory")
K(ICBM_T, [mee["t86"], aa["t86"], tt["t86"]], "agreement",
  "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(IRAN, [mee["iran"], tt["iran"]], "agreement", "Iran denies supplying ballistic missiles to Russia")
K(TRUMP, [tt["t24"], lo["t24"]], "agreement", "Trump: he could / would end the war within 24 hours")
K(METHOD, [mee["seo_m"], mee["hn_m"], aa["method"]], "agreement",
  "analysts: Seoul counts soldiers who have arrived, Kyiv the whole force committed")
K(UNSURE, [yn["lts"], yn["unclear"]], "agreement",
  "Washington unsure on Oct 23 what the troops will do (Austin 'left to be seen', Kirby 'not yet clear')")

pairs = [
    (gt["plan"], gt["fb"], "around 12,000 planned vs about 1,500 in the first transport"),
    (gt["sofar"], gt["fb"], "1,500: Seoul's head count in Russia vs the first transport"),
    (gt["bud"], gt["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (yn["sb"], yn["nis3"], "about 1,500 more vs around 3,000 in total, same sentence"),
    (yn["nis3"], yn["pr"], "around 3,000 now vs roughly 10,000 expected by December"),
    (yn["sb"], yn["fb"], "about 1,500: the second group vs the first group"),
    (i24["hurb"], i24["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (i24["off"], i24["gen"], "500 officers vs three generals, same sentence"),
    (i24["gen"], i24["sites"], "three: generals vs training sites"),
    (hz["dod10"], hz["pr"], "around 10,000 sent (Pentagon) vs 10,000 forecast by December (NIS)"),
    (hz["nis10"], hz["pr"], "more than 10,000 now (NIS, Oct 29) vs 10,000 forecast (NIS, Oct 23)"),
    (hz["hur"], hz["nis10"], "HUR's 12,000 (Oct 24 snapshot) vs the NIS's more than 10,000 (running total)"),
    (mee["nis3"], mee["hur"], "a week-old 3,000 told as a step vs HUR's 12,000 snapshot, one roundup"),
    (mee["plan"], mee["nis10"], "the 12,000 plan vs more than 10,000 counted, same answer"),
    (aa["bl8"], aa["usg10"], "about 8,000 in Kursk vs some 10,000 in Russia"),
    (aa["days"], aa["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (tt["zel11"], tt["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (tt["nis10"], tt["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (lo["st10"], lo["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
    (lo["fb"], lo["plan"], "12,000 planned vs a first group of 1,500, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
