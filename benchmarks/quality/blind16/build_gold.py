"""Generate gold.json for blind16 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind16/build_gold.py

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
    ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, USK  # noqa: F401
)

DOCS = {
    "an": ("ansa-2024-10-23-seoul-3000-north-korean-troops-austin-rome", "ANSA", "2024-10-23"),
    "pr": ("polskie-radio-2024-10-24-duda-seoul-yoon-north-korean-soldiers", "Polskie Radio", "2024-10-24"),
    "us": ("usa-today-2024-10-28-pentagon-10000-north-korean-troops-russia", "USA Today", "2024-10-28"),
    "tm": ("time-2024-10-31-what-to-know-north-korean-troops-russia-kursk", "Time", "2024-10-31"),
    "no": ("nos-2024-11-01-radio-1-journaal-north-korean-soldiers-kursk-deadline", "NOS", "2024-11-01"),
    "fx": ("fox-news-2024-11-05-ukraine-first-clashes-north-korean-troops-election-day", "Fox News", "2024-11-05"),
    "cn": ("cnbc-2024-11-13-5-things-before-stock-market-opens-wednesday", "CNBC", "2024-11-13"),
    "dw": ("dawn-2024-12-20-letters-cannon-fodder-distant-war", "Dawn", "2024-12-20"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
UNIF = "Russian uniforms and equipment issued to North Korean troops"
G7C = "G7 concern over Russia-North Korea military cooperation"
SITES = "training sites in eastern Russia (US)"
CONCERNED = "US: deployment highly concerning"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
USE = "US concern that Russia will use North Korean troops in combat"
NATO32 = "NATO member countries"
RUCAS = "Russian troops killed or wounded in the war"
RUCASD = "Russian casualties per day"
AID61 = "US aid to Ukraine approved in April 2024"
T24 = "Trump's promised time to end the war"
HARRIS = "Harris: continued support for Ukraine"
MANP = "deployment shows Russia's manpower shortage / desperation"
KYB = "commander of the North Korean contingent"
TERMS = "Russian military terms taught to North Korean troops"
DRONE = "North Korean troops' inexperience with drones"
ARITH = "monthly payments to North Korea for the contingent (analyst's arithmetic)"
NOWAR = "years since the North Korean army last fought a war"
FRONTLEN = "length of the front line in Ukraine"
THIRD = "first third country to send ground troops into the war"
MORE = "more North Korean troops to come"
CSN = CS + ", Nov 5"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
NOACK = "Russia has not acknowledged the deployment"
KIA = "North Korean soldiers killed in Kursk"
WIA = "North Korean soldiers wounded in Kursk"
CASK = "North Korean casualties (killed and wounded) in Kursk"
HUR30 = "North Korean killed or wounded in one weekend (HUR)"
VILL = "villages where North Korean losses were reported (HUR)"
ATD = "US authorises long-range strikes inside Russia"
AD = "Russian air-defence equipment for North Korea"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
STATE = "US Department of State"
KIRBY = "John Kirby"
AUSTIN = "Lloyd Austin"
BL = "Antony Blinken"
BLA = "Antony Blinken and Lloyd Austin"
SINGH = "Sabrina Singh"
ZEL = "Volodymyr Zelensky"
UM = "Rustem Umerov"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
YOON = "Yoon Suk Yeol"
DUDA = "Andrzej Duda"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOESH = "Choe Son Hui"
TRUMP = "Donald Trump"
KH = "Kamala Harris"
KUIPERS = "Ruben Kuipers"
JMOD = "Japan Ministry of Defense"
JPG = "Japan government"
UKMOD = "UK Ministry of Defence"
UAG = "Ukraine government"
WOFFS = "Western officials"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- ANSA, Wed 2024-10-23 (wire story with an update)
an = {}
an["sb"] = C("an", "North Korea has shipped a further 1,500 or so soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
an["r3"] = C("an", "bringing the total it has sent so far to around 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
an["aus1"] = C("an", "there was now evidence of North Korean troops on Russian soil", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23", place="Russia")
an["proj"] = C("an", "The agency expects Pyongyang to have sent a total of 10,000 troops", measure=PR, value=10000,
               mod="planned", scope="total", by=NIS, place="Russia")
an["dec"] = C("an", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
an["brig"] = C("an", "Last Friday the NIS said the North had decided to send four brigades", measure=BRIG, value=4,
               unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
an["plan"] = C("an", "some 12,000 men in all", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
an["fb"] = C("an", "a first group of about 1,500 special forces had already been ferried to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
an["zel10"] = C("an", "had spoken the day before of 10,000 soldiers being readied by Pyongyang", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17")
an["pay"] = C("an", "Moscow is paying each North Korean soldier around 2,000 dollars a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
an["regime"] = C("an", "most of the money will be pocketed by the regime rather than the men", kind=S, measure=REGIME,
                 by=NIS)
an["unif"] = C("an", "the troops were being given Russian uniforms and identity papers to pass them off as natives of "
               "Siberian regions", kind=S, measure=UNIF, by=NIS)
an["aus2"] = C("an", "\"There is evidence that there are DPRK troops in Russia,\" Austin told", kind=S, measure=DEP,
               by=AUSTIN, place="Russia")
an["serious"] = C("an", "the Pentagon chief said, \"that is a very, very serious issue\"", kind=S, measure=ESC,
                  mod="conditional", by=AUSTIN)
an["g7"] = C("an", "had voiced concern about growing military cooperation between Russia and North Korea", kind=S,
             measure=G7C, by="G7 defence ministers", ev="2024-10-19")
an["fake"] = C("an", "Kremlin spokesman Dmitry Peskov last week called them \"another fake\"", kind=S, measure=DEP,
               by=PESKOV)
an["kirby3"] = C("an", "at least 3,000 North Korean soldiers had been moved by ship from the Wonsan area to Vladivostok",
                 value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
an["sites"] = C("an", "they travelled to three military training sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
an["fair"] = C("an", "if they are deployed against Ukraine \"they are fair game\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
an["miller"] = C("an", "the deployment would be \"highly concerning\"", kind=S, measure=CONCERNED,
                 by="Matthew Miller", mod="conditional")

# ---------------------------------------------------------------- Polskie Radio, Thu 2024-10-24 (correspondent's dispatch)
# Strict own-sentence event_dates: the press-conference sentences that give no day stay null.
pr = {}
pr["wpn"] = C("pr", "Yoon said for the first time that Seoul could consider supplying weapons directly to Ukraine",
              kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)
pr["duda"] = C("pr", "North Korean soldiers fighting in Europe would be \"a dangerous escalation of this war\"", kind=S,
               measure=ESC, mod="conditional", by=DUDA)
pr["manp"] = C("pr", "would show that \"Russia has run out of its own people willing to die for Putin's ambitions\"",
               kind=S, measure=MANP, mod="conditional", by=DUDA, subject=RUS)
pr["hur12"] = C("pr", "said on Thursday that about 12,000 North Korean military personnel", value=12000, q="about",
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
pr["off"] = C("pr", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
pr["gen"] = C("pr", "three generals, were already in Russia", measure=GEN, value=3, unit="generals", by=HUR,
              ev="2024-10-24")
pr["arr"] = C("pr", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
pr["r3"] = C("pr", "about 3,000 had been moved so far", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
pr["sb"] = C("pr", "counting a second contingent of some 1,500", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
pr["fb"] = C("pr", "that followed the first 1,500 this month", measure=FB, value=1500, scope="first_batch", by=NIS,
             place="Russia")
pr["proj"] = C("pr", "The NIS expects the number to reach 10,000", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, place="Russia")
pr["dec"] = C("pr", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
pr["img"] = C("pr", "\"Pictures are a serious thing. If there are pictures, they reflect something,\"", kind=S,
              measure=IMG, by=PUTIN)
pr["biz"] = C("pr", "How Russia would use its mutual defence treaty with Pyongyang, he added, \"is our business\"",
              kind=S, measure=TREATY, by=PUTIN, subject=RUS)
pr["kfab"] = C("pr", "The Kremlin had earlier dismissed the reports of North Korean soldiers as fabrications.", kind=S,
               measure=DEP, by=KREMLIN)
pr["withdraw"] = C("pr", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW,
                   by=SKFM, ev="2024-10-21", subject=SK)
pr["unsc"] = C("pr", "calling their dispatch a violation of UN Security Council resolutions", kind=S, measure=LAW,
               by=SKFM, ev="2024-10-21")

# ---------------------------------------------------------------- USA Today, Mon 2024-10-28 (news story)
us = {}
us["lede"] = C("us", "North Korea has sent about 10,000 troops to eastern Russia", value=10000, q="about",
               scope="total", by=DOD, ev="2024-10-28", place=RFE)
us["ratio"] = C("us", "more than three times as many as U.S. officials counted only last week", measure=RATIO, value=3,
                q="at_least", unit="times", by=None)
us["closer1"] = C("us", "some of them are now moving closer to the war in Ukraine", kind=S, measure=FRONT, by=DOD,
                  ev="2024-10-28")
us["singh"] = C("us", "\"We believe that North Korea has sent around 10,000 soldiers in total to train in eastern "
                "Russia,\"", value=10000, q="about", scope="total", by=SINGH, place=RFE)
us["closer2"] = C("us", "have already \"moved closer to Ukraine,\"", kind=S, measure=FRONT, by=SINGH)
us["use"] = C("us", "Russia intends to use them in combat or to support combat operations against Ukrainian forces",
              kind=S, measure=USE, mod="planned", by=SINGH, subject=RUS)
us["weeks"] = C("us", "would \"probably augment Russian forces near the Ukrainian border over the next several weeks,\"",
                kind=S, measure=CT, mod="planned", by=SINGH)
us["wh3"] = C("us", "up from the \"at least 3,000\" North Korean soldiers that the White House said last Wednesday",
              value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
us["proj"] = C("us", "it expected the total to reach 10,000", measure=PR, value=10000, mod="planned", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
us["dec"] = C("us", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
us["zeldates"] = C("us", "the first North Korean soldiers could be sent into combat zones on Oct. 27 or 28", kind=D,
                   measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
us["rutte"] = C("us", "North Korean troops had been sent to Russia and that North Korean military units had been "
                "deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
us["32"] = C("us", "the alliance's 32 member states", measure=NATO32, value=32, unit="countries", by=None,
             subject="NATO")
us["esc"] = C("us", "Rutte called the deployment \"a significant escalation\" of Russia's war", kind=S, measure=ESC,
              by=RUTTE)
us["desp"] = C("us", "a sign of Moscow's \"growing desperation\"", kind=S, measure=MANP, by=RUTTE, subject=RUS)
us["600k"] = C("us", "more than 600,000 Russian troops have been killed or wounded since February 2022", measure=RUCAS,
               value=600000, q="at_least", unit="soldiers", by=RUTTE, subject=RUS)
us["law"] = C("us", "it would be \"an act conforming with the regulations of international law,\"", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
us["wpn"] = C("us", "his government could consider supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
us["t24"] = C("us", "he would end the war \"within 24 hours\" if elected", measure=T24, value=24, unit="hours",
              mod="conditional", by=TRUMP, subject=TRUMP)
us["harris"] = C("us", "Vice President Kamala Harris has pledged to keep supporting Kyiv.", kind=S, measure=HARRIS,
                 by=KH, subject=KH)
us["aid"] = C("us", "Congress approved about $61 billion in military and economic aid for Ukraine in April",
              measure=AID61, value=61000000000, q="about", unit="USD", by=None, subject="United States")

# ---------------------------------------------------------------- Time, Thu 2024-10-31 (explainer)
tm = {}
tm["k8a"] = C("tm", "said about 8,000 of the North Korean troops in Russia had been moved to the Kursk region",
              measure=KU, value=8000, q="about", by=BLA, ev="2024-10-31", place="Kursk")
tm["notyet"] = C("tm", "\"We have not yet seen these troops deployed into combat against Ukrainian forces", kind=S,
                 measure=CS, by=BL)
tm["days"] = C("tm", "but we expect that in the coming days,\" Blinken said", kind=S, measure=CT, mod="planned", by=BL)
tm["brig"] = C("tm", "it said Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
tm["plan"] = C("tm", "about 12,000 troops, to Russia", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
tm["zel10"] = C("tm", "Volodymyr Zelensky had put the number being prepared at 10,000", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17")
tm["so15"] = C("tm", "Seoul said about 1,500 special forces had been moved so far", value=1500, q="about",
               scope="total", by=NIS, place="Russia")
tm["bud"] = C("tm", "some 11,000 North Korean infantrymen were already training in Russia's Far East", value=11000,
              q="about", scope="total", by=HUR, place=RFE)
tm["ready"] = C("tm", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=HUR)
tm["dod10"] = C("tm", "On Monday the Pentagon said around 10,000 had been sent to train in eastern Russia", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
tm["nis10"] = C("tm", "on Tuesday the NIS told lawmakers in Seoul that the figure was more than 10,000", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
tm["r10"] = C("tm", "Of the roughly 10,000 in Russia", value=10000, q="about", scope="total", by=AUSTIN,
              ev="2024-10-31", place="Russia")
tm["k8b"] = C("tm", "about 8,000 were near Ukraine", measure=KU, value=8000, q="about", by=AUSTIN, ev="2024-10-31",
              place="Kursk")
tm["kyb"] = C("tm", "the contingent is commanded by Kim Yong Bok, a deputy chief of the North's general staff", kind=S,
              measure=KYB, by=NIS)
tm["terms"] = C("tm", "Russian instructors are teaching the soldiers about 100 Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
tm["front"] = C("tm", "some had already been moved toward the front", kind=S, measure=FRONT, by=NIS)
tm["drones"] = C("tm", "they appeared to be struggling with drones", kind=S, measure=DRONE, by=NIS)
tm["pay"] = C("tm", "Russia is paying about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tm["regime"] = C("tm", "most of which is expected to go to the regime", kind=S, measure=REGIME, by=NIS)
tm["tech"] = C("tm", "Moscow could give Pyongyang technology for its satellites, submarines or missiles in return",
               kind=S, measure=TECH, mod="conditional", by=USK)
tm["86"] = C("tm", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
tm["alt"] = C("tm", "reached an altitude of more than 7,000 km", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD)
tm["uk"] = C("tm", "Russian casualties in October have averaged more than 1,200 a day", measure=RUCASD, value=1200,
             q="at_least", unit="casualties per day", by=UKMOD, subject=RUS)
tm["unsc"] = C("tm", "the deployment violates several U.N. Security Council resolutions", kind=S, measure=LAW, by=USK)
tm["kjg"] = C("tm", "any such deployment would be lawful under international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
tm["img"] = C("tm", "\"Images are a serious thing,\" he said.", kind=S, measure=IMG, by=PUTIN)
tm["tgt"] = C("tm", "\"If these troops engage in combat or combat support operations against Ukraine, they will become "
              "legitimate military targets.\"", kind=S, measure=TGT, mod="conditional", by=BL, ev="2024-10-31")

# ---------------------------------------------------------------- NOS, Fri 2024-11-01 (radio transcript, translated)
# Speaker lines carry the day their own sentence gives ("Yesterday" -> 10-31, "on Tuesday" -> 10-29, "today" -> 11-01).
no = {}
no["ready"] = C("no", "Today is the first of November, the date Ukraine's military intelligence gave two weeks ago for "
                "when the North Korean soldiers in Russia would be ready for battle", kind=D, measure=READY,
                value="2024-11-01", mod="planned", by=HUR)
no["k8a"] = C("no", "about eight thousand of them are now in the Russian border region of Kursk", measure=KU, value=8000,
              q="about", by=BLA, ev="2024-10-31", place="Kursk")
no["nis10"] = C("no", "there are more than ten thousand North Korean soldiers in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
no["dod10"] = C("no", "which spoke of around ten thousand on Monday", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
no["k8b"] = C("no", "those eight thousand, have already been moved west", measure=KU, value=8000, by=USG, place="Kursk")
no["notyet"] = C("no", "Blinken said yesterday that he has not yet seen them fighting", kind=S, measure=CS, by=BL,
                 ev="2024-10-31")
no["days"] = C("no", "but that he expects it \"in the coming days\"", kind=S, measure=CT, mod="planned", by=BL,
               ev="2024-10-31")
no["tgt"] = C("no", "Then, the Americans say, they are legitimate military targets.", kind=S, measure=TGT,
              mod="conditional", by=USG)
no["wpn"] = C("no", "keeps repeating that it may send weapons to Ukraine after all", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)
no["86"] = C("no", "It flew for about eighty-six minutes, according to Japan", measure=ICBM_T, value=86, q="about",
             unit="minutes", by=JPG)
no["pay"] = C("no", "Russia pays about two thousand dollars per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
no["regime"] = C("no", "most of that goes straight to the regime", kind=S, measure=REGIME, by=NIS)
no["arith"] = C("no", "With ten thousand soldiers you are quickly talking about twenty million dollars a month",
                measure=ARITH, value=20000000, q="about", unit="USD per month", by=KUIPERS)
no["70"] = C("no", "combat experience, which that army has not had for seventy years", measure=NOWAR, value=70,
             unit="years", by=KUIPERS)
no["front"] = C("no", "on a front of more than a thousand kilometres", measure=FRONTLEN, value=1000, q="at_least",
                unit="km", by=KUIPERS, subject=UA)
no["manp"] = C("no", "Russia apparently has trouble finding enough men of its own", kind=S, measure=MANP, by=KUIPERS,
               subject=RUS)
no["third"] = C("no", "this is the first time a third country is openly sending ground troops into this war", kind=S,
                measure=THIRD, by=KUIPERS)
no["choe"] = C("no", "she said there that her country \"will always stand firmly by our Russian comrades until victory "
               "day\"", kind=S, measure=CHOE, by=CHOESH, ev="2024-11-01")

# ---------------------------------------------------------------- Fox News, Tue 2024-11-05 (news story)
fx = {}
fx["um1"] = C("fx", "Ukrainian forces have fought North Korean troops for the first time, Ukraine's defense minister "
              "said Tuesday", kind=S, measure=CSN, by=UM, ev="2024-11-05", place="Kursk")
fx["um2"] = C("fx", "\"The first small-scale engagements have taken place,\" Defense Minister Rustem Umerov told",
              kind=S, measure=CSN, by=UM, ev="2024-11-05")
fx["more"] = C("fx", "he expected more North Korean troops to join the fighting", kind=S, measure=MORE, mod="planned",
               by=UM)
fx["mnd"] = C("fx", "it could not confirm that North Korean soldiers had taken part in combat", kind=S, measure=CSN,
              by=MND, ev="2024-11-05")
fx["mndfront"] = C("fx", "a large number of them were believed to have been moved to the front", kind=S, measure=FRONT,
                   by=MND, ev="2024-11-05")
fx["zel11a"] = C("fx", "Zelenskyy said 11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU,
                 value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
fx["zel11b"] = C("fx", "already 11,000 in the Kursk region,\"", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
                 place="Kursk")
fx["k8"] = C("fx", "the roughly 8,000 North Koreans that Secretary of State Antony Blinken and Defense Secretary Lloyd "
             "Austin placed in the Kursk area last week", measure=KU, value=8000, q="about", by=BLA, place="Kursk")
fx["notyet"] = C("fx", "Blinken said the U.S. had not yet seen the troops deployed into combat", kind=S, measure=CS,
                 by=BL)
fx["nis10"] = C("fx", "South Korea's National Intelligence Service has said more than 10,000 North Korean troops are now "
                "in Russia", value=10000, q="at_least", scope="total", by=NIS, place="Russia")
fx["dod10"] = C("fx", "the Pentagon has put the number at around 10,000", value=10000, q="about", scope="total", by=DOD,
                place="Russia")
fx["pay"] = C("fx", "Russia is paying each soldier roughly $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
fx["regime"] = C("fx", "the bulk of which it believes ends up in the coffers of Kim Jong Un's regime", kind=S,
                 measure=REGIME, by=NIS)
fx["choe"] = C("fx", "Choe had said Pyongyang would stand \"firmly by our Russian comrades until victory day.\"", kind=S,
               measure=CHOE, by=CHOESH, ev="2024-11-01")
fx["noack"] = C("fx", "The Kremlin has still not acknowledged that North Korean troops are in Russia", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
fx["t24"] = C("fx", "he would end the fighting \"in 24 hours\"", measure=T24, value=24, unit="hours", mod="conditional",
              by=TRUMP, subject=TRUMP)
fx["harris"] = C("fx", "Vice President Harris has said she would stand with Kyiv \"for as long as it takes.\"", kind=S,
                 measure=HARRIS, by=KH, subject=KH)

# ---------------------------------------------------------------- CNBC, Wed 2024-11-13 (pre-market briefing)
# Items 1-4 are markets and politics (off-topic traps, not annotated); item 5 carries the troop claims.
cn = {}
cn["st10"] = C("cn", "More than 10,000 North Korean soldiers have been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
cn["most"] = C("cn", "\"most of which have moved to the far western Kursk Oblast,", kind=S, measure=MOSTK, by=STATE,
               ev="2024-11-12", place="Kursk")
cn["begun"] = C("cn", "where they have begun engaging in combat operations with Russian forces,\"", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
cn["kyiv"] = C("cn", "Kyiv said last week that its forces had already had their first small clashes with them", kind=S,
               measure=CSN, by=UAG)
cn["zel11"] = C("cn", "Zelenskyy put the number of North Koreans in Kursk at 11,000 on Nov. 4", measure=KU, value=11000,
                by=ZEL, ev="2024-11-04", place="Kursk")
cn["units"] = C("cn", "some of the North Korean troops had been attached to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
cn["combat"] = C("cn", "that some were already in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
cn["50k"] = C("cn", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
              q="about", by="US and Ukrainian officials", place="Kursk", subject=RUS)

# ---------------------------------------------------------------- Dawn, Fri 2024-12-20 (letters to the editor)
# The letter writers' own opinions and the off-topic smog letter are not annotated; what they relay keeps its origin.
dw = {}
dw["k100"] = C("dw", "at least 100 North Korean soldiers have been killed", measure=KIA, value=100, q="at_least",
               unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
dw["w1000"] = C("dw", "nearly 1,000 wounded since they were thrown into combat", measure=WIA, value=1000, q="about",
                unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
dw["open"] = C("dw", "The agency blamed the losses on unfamiliar open terrain and the soldiers' lack of experience "
               "against drones.", kind=S, measure=DRONE, by=NIS)
dw["kirby"] = C("dw", "John Kirby had already spoken of \"several hundred\" North Korean casualties", measure=CASK,
                low=200, high=900, q="vague", unit="soldiers", by=KIRBY, ev="2024-12-17", place="Kursk")
dw["hur30"] = C("dw", "at least 30 had been killed or wounded in a single weekend", measure=HUR30, value=30,
                q="at_least", unit="soldiers", by=HUR, place="Kursk")
dw["v3"] = C("dw", "near three villages in the Kursk region", measure=VILL, value=3, unit="villages", by=HUR,
             place="Kursk")
dw["pay"] = C("dw", "Russia pays about $2,000 a month for each of these young men", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
dw["regime"] = C("dw", "most of it is kept by the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
dw["range"] = C("dw", "between 11,000 and 12,000 North Korean soldiers are now deployed in Russia's Kursk region",
                measure=KU, low=11000, high=12000, by=WOFFS, place="Kursk")
dw["begun"] = C("dw", "Washington said in November that they had begun engaging in combat operations", kind=S,
                measure=CS, by=USG)
dw["k100b"] = C("dw", "put their dead at no fewer than 100", measure=KIA, value=100, q="at_least", unit="soldiers",
                by=NIS, place="Kursk")
dw["w1000b"] = C("dw", "their wounded at close to a thousand", measure=WIA, value=1000, q="about", unit="soldiers",
                 by=NIS, place="Kursk")
dw["law"] = C("dw", "Pyongyang insists the deployment is lawful under its treaty with Moscow", kind=S, measure=LAW,
              by=NKFM)
dw["noack"] = C("dw", "Moscow, for its part, has never officially admitted that the soldiers are there at all.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
dw["atacms"] = C("dw", "The United States cited the deployment when it allowed Ukraine to strike inside Russia with "
                 "American long-range missiles in November", kind=S, measure=ATD, by=USG, subject="United States")
dw["ad"] = C("dw", "South Korea now says Russia has given North Korea air-defence equipment in return", kind=S,
             measure=AD, by=SKG, subject=RUS)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [tm["so15"], tm["bud"]], "discrepancy",
  "mid-October (bundled k01): Seoul's about 1,500 moved so far vs Ukraine's military intelligence's about 11,000 "
  "training, set against each other in the explainer",
  [("about 1,500 so far (NIS)", [tm["so15"]]), ("about 11,000 training (HUR)", [tm["bud"]])])
K(RU, [an["r3"], an["kirby3"], pr["r3"], pr["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Kirby's at least 3,000 vs HUR's about 12,000 already in Russia "
  "(set against each other in the Oct 24 dispatch)",
  [("about / at least 3,000 (NIS, Kirby)", [an["r3"], an["kirby3"], pr["r3"]]), ("about 12,000 (HUR)", [pr["hur12"]])])
K(RU, [us["wh3"], us["lede"], us["singh"], tm["dod10"], no["dod10"], fx["dod10"], tm["nis10"], no["nis10"], fx["nis10"],
       tm["r10"], cn["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least 3,000 (White House Oct 23, restated as the step 'up from') -> "
  "around 10,000 (Pentagon Oct 28; Austin Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [tm["k8a"], tm["k8b"], no["k8a"], no["k8b"], fx["k8"], fx["zel11a"], fx["zel11b"], cn["zel11"], dw["range"]],
  "update_over_time",
  "troops in Kursk: about 8,000 (Blinken and Austin, Oct 31) -> 11,000 (Zelensky, Nov 4) -> 11,000-12,000 (Western "
  "estimates, December)")
K(PL, [an["plan"], tm["plan"], an["zel10"], tm["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [an["plan"], tm["plan"]]), ("10,000 (Zelensky)", [an["zel10"], tm["zel10"]])])
K(FB, [an["fb"], pr["fb"]], "agreement", "NIS: a first group of about 1,500 moved to Russia")
K(SB, [an["sb"], pr["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(BRIG, [an["brig"], tm["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(PR, [an["proj"], pr["proj"], us["proj"]], "agreement", "NIS (Oct 23): 10,000 expected in all")
K(PRD, [an["dec"], pr["dec"], us["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [an["pay"], tm["pay"], no["pay"], fx["pay"], dw["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [an["regime"], tm["regime"], no["regime"], fx["regime"], dw["regime"]], "agreement",
  "NIS: most of the pay goes to the regime")
K(DEP, [an["aus1"], an["aus2"], us["rutte"], an["fake"], pr["kfab"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as fake / fabrications (Peskov, the Kremlin)",
  [("asserted", [an["aus1"], an["aus2"], us["rutte"]]), ("dismissed", [an["fake"], pr["kfab"]])])
K(ESC, [an["serious"], pr["duda"], us["esc"]], "agreement",
  "escalation warning: Austin's 'very, very serious issue' and Duda's 'dangerous escalation' (both conditional), "
  "Rutte's 'significant escalation'")
K(MANP, [pr["manp"], us["desp"], no["manp"]], "agreement",
  "the deployment shows Russia is short of men / desperate (Duda, Rutte, the Clingendael researcher)")
K(TGT, [an["fair"], tm["tgt"], no["tgt"]], "agreement",
  "US: North Koreans used against Ukraine are fair game / legitimate military targets")
K(CT, [us["zeldates"], us["weeks"], tm["days"], no["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming days' "
  "(Blinken, Oct 31)",
  [("Oct 27 or 28 (Zelensky)", [us["zeldates"]]), ("next several weeks (Pentagon)", [us["weeks"]]),
   ("coming days (Blinken)", [tm["days"], no["days"]])])
K(FRONT, [us["closer1"], us["closer2"], tm["front"], fx["mndfront"]], "agreement",
  "some North Korean troops moved closer to Ukraine / toward the front (Pentagon Oct 28, NIS Oct 29, Seoul's MND Nov 5)")
K(CS, [tm["notyet"], no["notyet"], fx["notyet"], cn["begun"], cn["combat"], dw["begun"]], "update_over_time",
  "combat status: not yet seen in combat (Blinken, Oct 31) -> have begun engaging in combat operations (State "
  "Department Nov 12; NIS Nov 13)")
K(CSN, [fx["um1"], fx["um2"], cn["kyiv"], fx["mnd"]], "discrepancy",
  "Nov 5: Umerov reports the first small-scale engagements vs Seoul's defence ministry cannot confirm combat",
  [("engagements reported (Umerov / Kyiv)", [fx["um1"], fx["um2"], cn["kyiv"]]),
   ("not confirmed (South Korea MND)", [fx["mnd"]])])
K(WPN, [pr["wpn"], us["wpn"], no["wpn"]], "agreement", "Yoon / Seoul: could consider supplying weapons to Ukraine")
K(IMG, [pr["img"], tm["img"]], "agreement", "Putin (Oct 24): images / pictures 'are a serious thing'")
K(LAW, [us["law"], tm["kjg"], dw["law"], pr["unsc"], tm["unsc"]], "discrepancy",
  "legality: lawful under international law (Kim Jong Gyu Oct 25; 'Pyongyang insists') vs a violation of UN Security "
  "Council resolutions (Seoul Oct 21; Seoul and Washington)",
  [("lawful (North Korea)", [us["law"], tm["kjg"], dw["law"]]),
   ("violation of UNSC resolutions (South Korea, US)", [pr["unsc"], tm["unsc"]])])
K(ICBM_T, [tm["86"], no["86"]], "agreement", "Japan: the Oct 31 ICBM flew about 86 minutes")
K(READY, [tm["ready"], no["ready"]], "agreement", "Ukraine's military intelligence: ready by November 1")
K(CHOE, [no["choe"], fx["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): 'firmly by our Russian comrades until victory day'")
K(NOACK, [fx["noack"], dw["noack"]], "agreement", "Moscow has not acknowledged the deployment")
K(T24, [us["t24"], fx["t24"]], "agreement", "Trump: would end the war within 24 hours")
K(HARRIS, [us["harris"], fx["harris"]], "agreement", "Harris: would keep supporting Kyiv")
K(KIA, [dw["k100"], dw["k100b"]], "agreement", "NIS (Dec 19): at least 100 killed (two letters)")
K(WIA, [dw["w1000"], dw["w1000b"]], "agreement", "NIS (Dec 19): nearly 1,000 wounded (two letters)")
K(DRONE, [tm["drones"], dw["open"]], "agreement",
  "NIS: the soldiers struggle against drones (Oct 29) / losses blamed on inexperience against drones (Dec 19)")

pairs = [
    (an["fb"], an["sb"], "first group of about 1,500 vs a further 1,500, same document"),
    (an["sb"], an["r3"], "a further 1,500 vs around 3,000 in total, same sentence"),
    (an["r3"], an["proj"], "around 3,000 sent so far vs 10,000 expected by December"),
    (an["plan"], an["fb"], "some 12,000 planned vs a first group of about 1,500, same sentence"),
    (pr["hur12"], an["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (pr["sb"], pr["fb"], "second contingent of some 1,500 vs the first 1,500, same sentence"),
    (pr["r3"], pr["proj"], "about 3,000 so far vs 10,000 expected by December, adjacent sentences"),
    (us["proj"], us["lede"], "10,000: the NIS's expected total vs the Pentagon's count already sent"),
    (fx["k8"], fx["dod10"], "roughly 8,000 in the Kursk area vs around 10,000 in Russia, same document"),
    (tm["k8b"], tm["r10"], "about 8,000 near Ukraine (Kursk) vs roughly 10,000 in Russia, same sentence"),
    (tm["nis10"], tm["zel10"], "10,000: more than 10,000 in Russia (NIS Oct 29) vs 10,000 being prepared (Zelensky)"),
    (tm["bud"], tm["zel10"], "about 11,000 training (HUR) vs 10,000 being prepared (Zelensky)"),
    (tm["so15"], tm["plan"], "about 1,500 moved so far vs about 12,000 planned"),
    (no["k8a"], no["nis10"], "eight thousand in Kursk vs more than ten thousand in Russia"),
    (fx["zel11a"], fx["nis10"], "11,000 in Kursk vs more than 10,000 in Russia, same document"),
    (cn["zel11"], cn["st10"], "11,000 in Kursk vs more than 10,000 in Russia, same item"),
    (dw["range"], an["plan"], "11,000-12,000 in Kursk (December) vs 12,000 planned in all"),
    (dw["k100"], dw["w1000"], "killed (at least 100) vs wounded (nearly 1,000), same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
