"""Generate gold.json for blind10 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind10/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, B11, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC, LAW,
    TREATY, IMG, WPN, ICBM_T, ICBM_A, PAY, REGIME, UM15, NIS, HUR, DOD, PO
)

DOCS = {
    "cb": ("cbc-2024-10-22-the-national-script-north-korean-troops-russia", "CBC", "2024-10-22"),
    "rs": ("radio-svoboda-2024-10-25-press-review-russian-media-north-korean-soldiers", "Radio Svoboda",
           "2024-10-25"),
    "sp": ("der-spiegel-2024-11-01-reader-chat-seoul-correspondent-north-korean-troops", "Der Spiegel",
           "2024-11-01"),
    "it": ("irish-times-2024-11-13-north-korean-soldiers-begun-fighting-us-says-updated", "Irish Times",
           "2024-11-13"),
    "wr": ("war-on-the-rocks-2024-11-25-pyongyang-expeditionary-gamble-op-ed", "War on the Rocks", "2024-11-25"),
    "at": ("the-atlantic-2024-12-10-soldiers-nobody-will-name-feature", "The Atlantic", "2024-12-10"),
    "ky": ("kyunghyang-2024-12-19-interview-nis-casualty-figures-north-korean-troops", "Kyunghyang Shinmun",
           "2024-12-19"),
    "hr": ("hromadske-2024-12-20-kursk-drone-operators-first-north-korean-assaults-reportage", "Hromadske",
           "2024-12-20"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
UNIT2600 = "first North Korean unit bound for Kursk (Budanov)"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
MOVED = "second transport expected (NIS)"
CANADA = "Canada following the reports"
TREATYART = "articles in the Russia-North Korea treaty"
BRICS = "countries at the BRICS summit in Kazan"
SUBS = "subscribers of a pro-war Telegram channel"
KYB = "commander of the North Korean contingent (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
MOSTK = "most North Korean troops moved to Kursk"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "North Korea ratifies the treaty with Russia"
IRL = "Ireland condemns support for Russia's war"
INTEG = "North Korean troops assigned to Russian marine and airborne units"
WEAP = "North Korean artillery and rocket launchers supplied to Russia"
AIRDEF = "Russian air-defence equipment for North Korea in return"
ATACMS = "US allows Ukraine ATACMS strikes inside Russia"
ATN = "ATACMS missiles fired at the Bryansk region"
PAYARITH = "monthly payment for the whole contingent (author's arithmetic)"
ROT = "second North Korean contingent expected by spring (forecast)"
BELKIM = "Kim Jong Un pledges support to Russia (Belousov visit)"
MERC = "North Korean troops as mercenaries / cannon fodder"
AGE = "age"
DUR = "years studying the North Korean army (interviewee)"
NOSURR = "North Korean soldiers will not surrender"
ASSAULT = "Russia uses North Korean troops in assaults"
LOSSES = "North Korean losses noticeable (Zelensky)"
HUR30 = "North Korean troops killed or wounded on Dec 14-15 (HUR)"
CASUS = "North Korean casualties, killed and wounded (US estimate)"
NISK = "North Korean troops killed (NIS)"
NISW = "North Korean troops wounded (NIS)"
TACT = "North Korean troops exposed in open terrain / to drones"
POW = "North Korean soldier captured (claim)"
POWLAW = "status of a captured North Korean in South Korea"
INSTR = "North Korean veterans to return as instructors (forecast)"
ASSLT40 = "North Korean infantry in one assault (drone operator's count)"
ASSLTN = "North Korean assaults on one Ukrainian platoon"
ASSLTD = "period of the assaults on one Ukrainian platoon"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


USG = "US government"
STATE = "US Department of State"
KIRBY = "John Kirby"
BL = "Antony Blinken"
ZEL = "Volodymyr Zelensky"
UM = "Rustem Umerov"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
PESKOV = "Dmitry Peskov"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
KYH = "Kim Yong-hyun"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
UAG = "Ukraine government"
JMOD = "Japan Ministry of Defense"
SHIN = "Shin Won-sik"
USO = "US officials"
USUA = "US and Ukrainian officials"
TG = "Telegram channels"
RYDER = "Pat Ryder"
USOFF = "US official (anonymous)"
WHIT = "Daniel R. Whitcomb"
HAN = "Han Seo-yeon"
PARK = "Park Chol-su (North Korean defector)"
BORSUK = "Borsuk (Ukrainian drone operator)"
LIS = "Lis (Ukrainian platoon commander)"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- CBC, Tue 2024-10-22 (TV evening-news script)
# Anchor and reporter lines are the outlet's voice; a claim carries the day its own line gives
# ("said on Friday" -> 2024-10-18, "On Monday" -> 2024-10-21, "Today" -> 2024-10-22); "says" is undated.
cb = {}
cb["brig"] = C("cb", "It says Pyongyang has decided to send four brigades to help Russia", measure=BRIG, value=4,
               unit="brigades", mod="planned", by=NIS)
cb["plan"] = C("cb", "about 12,000 soldiers in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, place="Russia")
cb["begun"] = C("cb", "the movement has already begun", kind=S, measure=DEP, by=NIS)
cb["video"] = C("cb", "It says these are North Korean men being issued Russian uniforms at a training ground in "
                "Russia's far east", kind=S, measure=UNIF, by=UAG, place=RFE)
cb["fb"] = C("cb", "the first 1,500 special forces troops were shipped out", measure=FB, value=1500,
             scope="first_batch", by=NIS, place=RFE)
cb["win"] = C("cb", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
cb["ships"] = C("cb", "carried on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
cb["escort"] = C("cb", "escorted by three warships", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
cb["unif"] = C("cb", "Seoul says the men were handed Russian uniforms and forged identity papers on arrival", kind=S,
               measure=UNIF, by=NIS)
cb["withdraw"] = C("cb", "demanded that the troops be withdrawn immediately", kind=S, measure=WITHDRAW, by=SKG,
                   ev="2024-10-21", subject=SK)
cb["law"] = C("cb", "calling the dispatch a violation of UN Security Council resolutions", kind=S, measure=LAW, by=SKG,
              ev="2024-10-21")
cb["wpn"] = C("cb", "a senior official in President Yoon Suk Yeol's office said South Korea could consider sending "
              "weapons to Ukraine", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
cb["r15"] = C("cb", "Seoul's count of those already moved is about fifteen hundred", value=1500, q="about",
              scope="total", by=NIS, place="Russia")
cb["bud"] = C("cb", "about 11,000 North Korean infantry were training in Russia's east", measure=B11, value=11000,
              q="about", by=BUD, ev="2024-10-18", place=RFE)
cb["unit"] = C("cb", "a first unit of 2,600 was meant for the Kursk region", measure=UNIT2600, value=2600,
               mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
cb["kys"] = C("cb", "Sergiy Kyslytsya gave the same 11,000", measure=B11, value=11000, by=KYS, ev="2024-10-21",
              place=RFE)
cb["ready"] = C("cb", "said the troops would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=KYS, ev="2024-10-21")
cb["zel"] = C("cb", "President Volodymyr Zelensky spoke of some 10,000 being prepared", measure=PL, value=10000,
              q="about", mod="planned", scope="total", by=ZEL)
cb["rutte"] = C("cb", "the alliance could not yet confirm North Korean soldiers were fighting", kind=S, measure=CS,
                by=RUTTE, ev="2024-10-21")
cb["esc"] = C("cb", "it would be \"a significant escalation.\"", kind=S, measure=ESC, mod="conditional", by=RUTTE)
cb["fake"] = C("cb", "Kremlin spokesman Dmitry Peskov has called the reports \"another fake.\"", kind=S, measure=DEP,
               by=PESKOV)
cb["second"] = C("cb", "The spy agency here says a second shipment could come soon.", kind=S, measure=MOVED,
                 mod="planned", by=NIS)
cb["canada"] = C("cb", "Global Affairs Canada tells us it is following the reports closely and speaking with allies",
                 kind=S, measure=CANADA, by="Global Affairs Canada", subject="Canada")

# ---------------------------------------------------------------- Radio Svoboda, Fri 2024-10-25 (press review)
# A relayed claim belongs to its primary origin, not to the Russian outlet that carried it ("Novaya
# Gazeta Europe, citing a South Korean lawmaker" -> NIS); what the reviewed paper itself reminds readers
# of is that paper's claim (Kommersant).
rs = {}
rs["art"] = C("rs", "the 23-article treaty obliges each side to help the other", measure=TREATYART, value=23,
              unit="articles", by="Kommersant", subject="Russia and North Korea")
rs["brics"] = C("rs", "where delegations from 36 countries had gathered", measure=BRICS, value=36, unit="countries",
                by=None, subject="BRICS")
rs["img"] = C("rs", "\"Images are a serious thing. If there are images, they reflect something,\" Putin said on "
              "Thursday", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
rs["biz"] = C("rs", "How Russia applies the treaty, he added, \"is our business.\"", kind=S, measure=TREATY, by=PUTIN,
              subject=RUS)
rs["fake"] = C("rs", "Kremlin spokesman Dmitry Peskov had dismissed the first reports last week as \"another fake,\"",
               kind=S, measure=DEP, by=PESKOV)
rs["subs"] = C("rs", "one with more than a million subscribers", measure=SUBS, value=1000000, q="at_least",
               unit="subscribers", by=None, subject="Russian pro-war Telegram channel")
rs["tg"] = C("rs", "mocked the story as Western propaganda", kind=S, measure=DEP, by="pro-war Telegram channels")
rs["sb"] = C("rs", "a second group of about 1,500 North Korean soldiers had followed the first", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
rs["r3"] = C("rs", "bringing the total to about 3,000 by Wednesday", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
rs["pr"] = C("rs", "Seoul's National Intelligence Service expects 10,000", measure=PR, value=10000, mod="planned",
             scope="total", by=NIS, place="Russia")
rs["prd"] = C("rs", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rs["pay"] = C("rs", "each soldier is to be paid about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", mod="planned", by=NIS)
rs["regime"] = C("rs", "most of which the state in Pyongyang will keep", kind=S, measure=REGIME, mod="planned", by=NIS)
rs["plan"] = C("rs", "the same agency had spoken last week of 12,000 in all", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS)
rs["kirby3"] = C("rs", "who said on Wednesday that at least 3,000 North Korean soldiers had moved by ship to eastern "
                 "Russia", value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
rs["sites"] = C("rs", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                ev="2024-10-23", place=RFE)
rs["fair"] = C("rs", "they are \"fair game.\"", kind=S, measure=TGT, mod="conditional", by=KIRBY)
rs["noev"] = C("rs", "Russian state agencies added that Washington had shown no evidence", kind=S, measure=DEP,
               by="Russian state media")
rs["hur12"] = C("rs", "about 12,000 North Korean soldiers already in Russia", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
rs["off"] = C("rs", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
rs["gen"] = C("rs", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
rs["arr"] = C("rs", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
rs["bud"] = C("rs", "the 11,000 in training given last week by HUR's chief, Kyrylo Budanov", measure=B11, value=11000,
              by=BUD, place=RFE)
rs["ready"] = C("rs", "combat-ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
rs["law"] = C("rs", "it would be \"an act conforming with the norms of international law.\"", kind=S, measure=LAW,
              mod="conditional", by=KJG)

# ---------------------------------------------------------------- Der Spiegel, Fri 2024-11-01 (reader chat)
# The correspondent's answers are the outlet's voice: the figures he relays keep their sources and the
# dates their sentences give. A reader's question that relays a sourced figure ("Didn't Ukraine say
# 12,000") is annotated with that source; the unsourced "100,000" is not.
sp = {}
sp["r3"] = C("sp", "On Oct. 23 Seoul's intelligence service, the NIS, spoke of about 3,000", value=3000, q="about",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
sp["sb"] = C("sp", "after a second group of about 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
sp["dod10"] = C("sp", "On Monday the Pentagon said around 10,000 had been sent to eastern Russia", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
sp["nis10"] = C("sp", "on Tuesday the NIS told lawmakers it was more than 10,000", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
sp["k8"] = C("sp", "Yesterday the US government said about 8,000 of them were already in the Kursk region",
             measure=KU, value=8000, q="about", by=USG, ev="2024-10-31", place="Kursk")
sp["q12"] = C("sp", "Didn't Ukraine say 12,000 a week ago?", value=12000, scope="total", by=HUR, place="Russia")
sp["hur12"] = C("sp", "Ukraine's military intelligence put the number at about 12,000 on Oct. 24", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
sp["plan"] = C("sp", "the NIS's own first figure was also 12,000", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS)
sp["brig"] = C("sp", "four brigades in all", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
sp["fb"] = C("sp", "About 1,500 went first, in mid-October", measure=FB, value=1500, q="about", scope="first_batch",
             by=NIS)
sp["pr"] = C("sp", "Seoul expects about 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
             by=NIS, place="Russia")
sp["prd"] = C("sp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
sp["bl"] = C("sp", "the US had not yet seen them in combat", kind=S, measure=CS, by=BL, ev="2024-10-31")
sp["days"] = C("sp", "expected them to enter the fighting \"in the coming days.\"", kind=S, measure=CT, mod="planned",
               by=BL, ev="2024-10-31")
sp["weeks"] = C("sp", "The Pentagon had said on Monday they would probably join Russian forces \"over the next "
                "several weeks.\"", kind=S, measure=CT, mod="planned", by=DOD, ev="2024-10-28")
sp["tgt"] = C("sp", "they will be \"legitimate military targets.\"", kind=S, measure=TGT, mod="conditional", by=BL)
sp["rutte"] = C("sp", "confirmed on Monday that North Korean units had been sent to Russia and deployed to the Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
sp["esc"] = C("sp", "he called it a \"significant escalation.\"", kind=S, measure=ESC, by=RUTTE)
sp["biz"] = C("sp", "how Russia uses its treaty with Pyongyang \"is our business.\"", kind=S, measure=TREATY, by=PUTIN,
              subject=RUS)
sp["kyb"] = C("sp", "the contingent appears to be led by Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
sp["terms"] = C("sp", "the soldiers are being taught around 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
sp["front"] = C("sp", "some have already moved toward the front", kind=S, measure=FRONT, by=NIS)
sp["86"] = C("sp", "the new intercontinental missile flew for about 86 minutes on Thursday", measure=ICBM_T, value=86,
             q="about", unit="minutes", by=JMOD, ev="2024-10-31")
sp["alt"] = C("sp", "rose to more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least", unit="km",
              by=JMOD, ev="2024-10-31")

# ---------------------------------------------------------------- Irish Times, Wed 2024-11-13 (updated, corrected article)
# The update lines, timestamps and the editor's note are the outlet's notes on its own reporting and are
# not annotated (the note's "11,000 ... fighting in Ukraine" is the corrected error, not a claim).
it = {}
it["begun"] = C("it", "North Korean soldiers have begun taking part in combat against Ukrainian forces, the United "
                "States said on Tuesday", kind=S, measure=CS, by=USG, ev="2024-11-12")
it["st10"] = C("it", "A State Department spokesman said on Tuesday that more than 10,000 North Korean soldiers had "
               "been sent to eastern Russia", value=10000, q="at_least", scope="total", by=STATE, ev="2024-11-12",
               place=RFE)
it["most"] = C("it", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
it["engage"] = C("it", "They \"have begun engaging in combat operations\" alongside Russian forces, he said.", kind=S,
                 measure=CS, by=STATE)
it["bl"] = C("it", "Secretary of State Antony Blinken had said the US had not yet seen them in combat", kind=S,
             measure=CS, by=BL, ev="2024-10-31")
it["zel11"] = C("it", "said on November 4th that 11,000 North Koreans were in the Kursk region", measure=KU,
                value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
it["50k"] = C("it", "On Monday he said Russia had gathered some 50,000 soldiers there", measure=MASSED, value=50000,
              q="about", by=ZEL, ev="2024-11-11", place="Kursk", subject=RUS)
it["15k"] = C("it", "has said that as many as 15,000 North Koreans could eventually be sent", measure=UM15,
              value=15000, q="up_to", mod="planned", scope="total", by=UM)
it["ratify"] = C("it", "North Korea's state media reported on Tuesday that Kim Jong Un had signed a decree ratifying "
                 "the treaty with Moscow", kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
it["wpn"] = C("it", "said last Thursday that Seoul did not rule out supplying weapons to Ukraine directly", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
it["integ"] = C("it", "a considerable number of the North Korean soldiers had been assigned to Russian marine and "
                "airborne units", kind=S, measure=INTEG, by=NIS, ev="2024-11-13", place="Kursk")
it["niscombat"] = C("it", "some of them had already joined combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
it["nis10"] = C("it", "The agency repeated its estimate that Pyongyang had sent more than 10,000 soldiers in all",
                value=10000, q="at_least", scope="total", by=NIS, place="Russia")
it["win"] = C("it", "between October 8th and 13th", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
it["sov"] = C("it", "Russia's co-operation with North Korea is a sovereign matter for Moscow and Pyongyang", kind=S,
              measure=TREATY, by=PESKOV, subject=RUS)
it["irl"] = C("it", "Ireland \"condemns any support for Russia's illegal war\"", kind=S, measure=IRL,
              by="Ireland Department of Foreign Affairs", ev="2024-11-13", subject="Ireland")

# ---------------------------------------------------------------- War on the Rocks, Mon 2024-11-25 (op-ed by a named former official)
# The author is a named former official writing under his own name, so his own estimates (the pay
# arithmetic, the rotation forecast) are his claims (`Daniel R. Whitcomb`); his history, rhetoric and
# recommendations are not annotated. Figures he relays keep their sources.
wr = {}
wr["plan"] = C("wr", "Pyongyang intended to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS)
wr["fb"] = C("wr", "beginning with a first echelon of roughly 1,500 special operators", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS)
wr["st10"] = C("wr", "the State Department put the number already in Russia at more than 10,000", value=10000,
               q="at_least", scope="total", by=STATE, place="Russia")
wr["ua11"] = C("wr", "Ukrainian officials say 11,000 are there.", measure=KU, value=11000, by=UAG, place="Kursk")
wr["50k"] = C("wr", "Russia has massed around 50,000 troops for its counteroffensive in Kursk", measure=MASSED,
              value=50000, q="about", by=USUA, place="Kursk", subject=RUS)
wr["15k"] = C("wr", "has warned that as many as 15,000 could eventually come", measure=UM15, value=15000, q="up_to",
              mod="planned", scope="total", by=UM)
wr["rot"] = C("wr", "I would not bet against a second rotation of similar size in the spring", kind=S, measure=ROT,
              mod="planned", by=WHIT)
wr["pay"] = C("wr", "Seoul's estimate of about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
wr["arith"] = C("wr", "12,000 soldiers bring Pyongyang some $24 million a month", measure=PAYARITH, value=24000000,
                q="about", unit="USD per month", by=WHIT)
wr["regime"] = C("wr", "the NIS believes, is kept by the regime rather than the men", kind=S, measure=REGIME, by=NIS)
wr["integ"] = C("wr", "Seoul says the North Koreans have been folded into Russian marine and airborne units", kind=S,
                measure=INTEG, by=NIS)
wr["weap"] = C("wr", "Pyongyang has also shipped 170mm self-propelled guns and 240mm multiple rocket launchers to "
               "Russia", kind=S, measure=WEAP, by=NIS)
wr["airdef"] = C("wr", "said Russia appeared to have given North Korea air-defense equipment in return", kind=S,
                 measure=AIRDEF, by=SHIN, ev="2024-11-22", subject=RUS)
wr["atacms"] = C("wr", "U.S. officials told reporters that President Joe Biden had allowed Ukraine to strike targets "
                 "inside Russia with American ATACMS missiles", kind=S, measure=ATACMS, by=USO, ev="2024-11-17",
                 subject="United States")
wr["six"] = C("wr", "Russia's defense ministry said Ukraine had fired six of them at a facility in the Bryansk region",
              measure=ATN, value=6, unit="missiles", by="Russia Ministry of Defence", ev="2024-11-19", subject=UA,
              place="Bryansk")

# ---------------------------------------------------------------- The Atlantic, Tue 2024-12-10 (long-read feature)
# The scene-setting, the martial-law night (190 lawmakers) and the closing "thousands of young men" are
# the writer's narrative and are not annotated; the defector's age is (attributed to nobody).
at = {}
at["video"] = C("at", "saying it showed North Korean soldiers being issued uniforms at the Sergeevka range in Russia's "
                "Primorsky region", kind=S, measure=UNIF, by=UAG, place=RFE)
at["fb"] = C("at", "about 1,500 special-forces soldiers carried", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
at["win"] = C("at", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
at["ships"] = C("at", "aboard four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
at["escort"] = C("at", "with three escorts", measure=ESCORT, value=3, unit="ships", by=NIS, ev="2024-10-18",
                 subject=RUS)
at["plan"] = C("at", "12,000 to follow in all", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
               ev="2024-10-18")
at["passed"] = C("at", "the agency's count passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 place="Russia")
at["hur12"] = C("at", "Ukraine's military intelligence counted about 12,000 even earlier", value=12000, q="about",
                scope="total", by=HUR, place="Russia")
at["biz"] = C("at", "Vladimir Putin said only that what Russia did with its ally was \"our business.\"", kind=S,
              measure=TREATY, by=PUTIN, subject=RUS)
at["law"] = C("at", "Pyongyang said only that any such deployment would conform with international law", kind=S,
              measure=LAW, mod="conditional", by=NKFM)
at["st"] = C("at", "The State Department said on November 12 that the North Koreans had begun engaging in combat "
             "operations in Kursk", kind=S, measure=CS, by=STATE, ev="2024-11-12", place="Kursk")
at["integ"] = C("at", "the NIS said a day later that many had been folded into Russian marine and airborne units",
                kind=S, measure=INTEG, by=NIS, ev="2024-11-13")
at["weap"] = C("at", "Seoul also says Pyongyang has sent heavy artillery and rocket launchers", kind=S, measure=WEAP,
               by=NIS)
at["airdef"] = C("at", "Yoon's national security adviser said Russia appeared to have supplied air-defense equipment "
                 "in return", kind=S, measure=AIRDEF, by=SHIN, subject=RUS)
at["atacms"] = C("at", "officials said Joe Biden had let Ukraine fire ATACMS missiles into Russia in part because of "
                 "the North Koreans", kind=S, measure=ATACMS, by=USO, subject="United States")
at["belkim"] = C("at", "Kim Jong Un told him, according to KCNA, that North Korea would \"invariably support\" "
                 "Russia's policy on Ukraine", kind=S, measure=BELKIM, by="Kim Jong Un")
at["merc"] = C("at", "In October that minister had called the North Koreans in Russia \"cannon fodder.\"", kind=S,
               measure=MERC, by=KYH)
at["age"] = C("at", "Park Chol-su, 41, served in the North's Storm Corps", measure=AGE, value=41, unit="years",
              by=None, subject=PARK)
at["nosurr"] = C("at", "\"They will not surrender,\" he told me in a café in Seoul.", kind=S, measure=NOSURR, by=PARK)

# ---------------------------------------------------------------- Kyunghyang Shinmun, Thu 2024-12-19 (print Q&A interview)
# The introduction's NIS figures carry the day it gives ("on Thursday"). The interviewee's own forecasts
# and assessments of the troops are her claims (`Han Seo-yeon`), undated; her remarks on others' figures
# ("a floor, not an estimate") and on Seoul's politics are not annotated. A question that relays a
# sourced claim (Zelensky, Telegram) is annotated with that source.
ky = {}
ky["nisk"] = C("ky", "at least 100 North Korean soldiers sent to Russia had been killed in combat", measure=NISK,
               value=100, q="at_least", unit="soldiers killed", by=NIS, ev="2024-12-19", place="Kursk")
ky["nisw"] = C("ky", "about 1,000 wounded", measure=NISW, value=1000, q="about", unit="soldiers wounded", by=NIS,
               ev="2024-12-19", place="Kursk")
ky["tact"] = C("ky", "The agency said the soldiers had been sent into open fields, where they were exposed to drones "
               "they did not know how to fight.", kind=S, measure=TACT, by=NIS)
ky["age"] = C("ky", "Han Seo-yeon, 47,", measure=AGE, value=47, unit="years", by=None, subject=HAN)
ky["dur"] = C("ky", "has studied the North Korean army for two decades", measure=DUR, value=20, unit="years", by=None,
              subject=HAN)
ky["qk"] = C("ky", "The NIS says at least 100 dead.", measure=NISK, value=100, q="at_least", unit="soldiers killed",
             by=NIS, place="Kursk")
ky["hur30"] = C("ky", "Ukraine's military intelligence said at least 30 were killed or wounded in a single weekend",
                measure=HUR30, value=30, q="at_least", unit="soldiers killed or wounded", by=HUR, place="Kursk")
ky["us"] = C("ky", "an American official spoke on Tuesday of several hundred casualties", measure=CASUS, low=200,
             high=900, q="vague", unit="soldiers killed or wounded", by=USOFF, ev="2024-12-17", place="Kursk")
ky["nis10"] = C("ky", "The government's figure has not moved since the end of October: more than 10,000", value=10000,
                q="at_least", scope="total", by=NIS, place="Russia")
ky["kyiv11"] = C("ky", "Kyiv says about 11,000 of them are in Kursk", measure=KU, value=11000, q="about", by=UAG,
                 place="Kursk")
ky["rot"] = C("ky", "Pyongyang will rotate a second contingent of about the same size by the spring", kind=S,
              measure=ROT, mod="planned", by=HAN)
ky["zel"] = C("ky", "President Zelensky said this week that Russia is now using them in assaults.", kind=S,
              measure=ASSAULT, by=ZEL, place="Kursk")
ky["train"] = C("ky", "they were trained for mountains and tunnels in Korea, not for flat fields watched by drones",
                kind=S, measure=TACT, by=HAN)
ky["pay"] = C("ky", "Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS, subject=RUS)
ky["regime"] = C("ky", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
ky["airdef"] = C("ky", "said Russia appeared to have supplied air-defence equipment", kind=S, measure=AIRDEF, by=SHIN,
                 subject=RUS)
ky["tg"] = C("ky", "Photos on Telegram claim to show a captured North Korean soldier.", kind=S, measure=POW, by=TG)
ky["noconf"] = C("ky", "Nobody, not Kyiv and not our government, has confirmed a capture.", kind=S, measure=POW, by=HAN)
ky["citizen"] = C("ky", "under our Constitution a North Korean is a citizen of the Republic of Korea and may ask to "
                  "come here", kind=S, measure=POWLAW, mod="conditional", by=HAN, subject=SK)
ky["merc"] = C("ky", "The minister who called these soldiers \"cannon fodder,\" Kim Yong-hyun", kind=S, measure=MERC,
               by=KYH)
ky["instr"] = C("ky", "Kim will want them back as instructors", kind=S, measure=INSTR, mod="planned", by=HAN)

# ---------------------------------------------------------------- Hromadske, Fri 2024-12-20 (frontline reportage)
# The soldiers' own counts are claims of the soldiers (call signs as names); the reporter's local colour
# (the frost, the fundraiser's hryvnias) is not annotated. The drone operator's age is (attributed to nobody).
hr = {}
hr["age"] = C("hr", "Borsuk, 29, a drone operator", measure=AGE, value=29, unit="years", by=None, subject=BORSUK)
hr["b40"] = C("hr", "he watched a group of about 40 infantrymen walk across a snowy field", measure=ASSLT40, value=40,
              q="about", unit="soldiers", by=BORSUK, ev="2024-12-14", place="Kursk")
hr["walk"] = C("hr", "\"They did not scatter when the drones came. They kept walking, in a line, like on parade,\" he "
               "said.", kind=S, measure=TACT, by=BORSUK, place="Kursk")
hr["lis3"] = C("hr", "Lis, says his platoon faced three assaults", measure=ASSLTN, value=3, unit="assaults", by=LIS,
               place="Kursk")
hr["lis2"] = C("hr", "in two days", measure=ASSLTD, value=2, unit="days", by=LIS, place="Kursk")
hr["hur30"] = C("hr", "Ukraine's military intelligence said on Sunday that at least 30 North Korean soldiers had been "
                "killed or wounded", measure=HUR30, value=30, q="at_least", unit="soldiers killed or wounded", by=HUR,
                ev="2024-12-15", place="Kursk")
hr["zel"] = C("hr", "President Volodymyr Zelensky said Russia had begun using North Korean soldiers in assaults in "
              "noticeable numbers", kind=S, measure=ASSAULT, by=ZEL, ev="2024-12-16", place="Kursk")
hr["loss"] = C("hr", "that their losses were also noticeable", kind=S, measure=LOSSES, by=ZEL, ev="2024-12-16")
hr["ryder"] = C("hr", "Pentagon spokesman Maj. Gen. Pat Ryder said North Korean troops had been killed and wounded in "
                "the fighting", kind=S, measure=CS, by=RYDER, ev="2024-12-16", place="Kursk")
hr["us"] = C("hr", "On Tuesday a US official put the casualties at several hundred", measure=CASUS, low=200, high=900,
             q="vague", unit="soldiers killed or wounded", by=USOFF, ev="2024-12-17", place="Kursk")
hr["nisk"] = C("hr", "at least 100 North Korean soldiers had been killed", measure=NISK, value=100, q="at_least",
               unit="soldiers killed", by=NIS, ev="2024-12-19", place="Kursk")
hr["nisw"] = C("hr", "nearly 1,000 wounded", measure=NISW, value=1000, q="about", unit="soldiers wounded", by=NIS,
               ev="2024-12-19", place="Kursk")
hr["tact"] = C("hr", "The agency blamed open terrain and a poor grasp of drone warfare.", kind=S, measure=TACT, by=NIS)
hr["range"] = C("hr", "Roughly 11,000 to 12,000 North Korean soldiers are in the Kursk region", measure=KU, low=11000,
                high=12000, by="Ukrainian and Western estimates", place="Kursk")
hr["tg"] = C("hr", "Russian and Ukrainian Telegram channels have circulated photos said to show a captured North "
             "Korean soldier", kind=S, measure=POW, by=TG)
hr["hurno"] = C("hr", "Military intelligence told Hromadske on Thursday that it could not confirm that any North Korean "
                "had been taken prisoner", kind=S, measure=POW, by=HUR, ev="2024-12-19")
hr["spokes"] = C("hr", "\"If we had one, you would know,\" a spokesman said.", kind=S, measure=POW, by=HUR)
hr["gren"] = C("hr", "\"They have grenades for that,\" he said", kind=S, measure=NOSURR,
               by="Russian prisoner (anonymous)")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU + ", week of Oct 17-22", [cb["r15"], cb["bud"], cb["kys"], rs["bud"]], "discrepancy",
  "troops in Russia that week: Seoul's count of those already moved (about 1,500) vs Kyiv's about 11,000 training "
  "in Russia's east (Budanov Oct 18, Kyslytsya Oct 21, Budanov restated Oct 25)",
  [("about 1,500 moved (NIS)", [cb["r15"]]), ("about 11,000 training (Budanov, Kyslytsya)",
                                               [cb["bud"], cb["kys"], rs["bud"]])])
K(PL, [cb["plan"], rs["plan"], sp["plan"], wr["plan"], at["plan"], cb["zel"]], "discrepancy",
  "planned total: about 12,000 (NIS Oct 18, restated in five documents) vs Zelensky's some 10,000 being prepared",
  [("about 12,000 (NIS)", [cb["plan"], rs["plan"], sp["plan"], wr["plan"], at["plan"]]),
   ("some 10,000 (Zelensky)", [cb["zel"]])])
K(FB, [cb["fb"], sp["fb"], wr["fb"], at["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [cb["win"], it["win"], at["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [cb["ships"], at["ships"]], "agreement", "NIS: four Russian landing ships")
K(ESCORT, [cb["escort"], at["escort"]], "agreement", "NIS: three escort vessels")
K(BRIG, [cb["brig"], sp["brig"]], "agreement", "NIS: four brigades in all")
K(READY, [cb["ready"], rs["ready"]], "agreement", "Kyslytsya and Budanov: ready by November 1")
K(RU, [rs["r3"], rs["kirby3"], rs["hur12"], sp["q12"], sp["hur12"], at["hur12"]], "discrepancy",
  "snapshot Oct 23-24, told in that week's press review: NIS about 3,000 and Kirby at least 3,000 vs HUR's about "
  "12,000 already in Russia (HUR's figure restated on Nov 1 and Dec 10)",
  [("about / at least 3,000 (NIS, White House)", [rs["r3"], rs["kirby3"]]),
   ("about 12,000 (HUR)", [rs["hur12"], sp["q12"], sp["hur12"], at["hur12"]])])
K(RU, [sp["r3"], sp["dod10"], sp["nis10"], it["st10"], it["nis10"], wr["st10"], at["passed"], ky["nis10"]],
  "update_over_time",
  "running total in Russia told from Nov 1 on: about 3,000 (NIS Oct 23) -> around 10,000 (Pentagon Oct 28) -> more "
  "than 10,000 (NIS Oct 29; State Department Nov 12; undated restatements to Dec 19)")
K(KU, [sp["k8"], it["zel11"], wr["ua11"], ky["kyiv11"], hr["range"]], "update_over_time",
  "troops in Kursk: about 8,000 (US, Oct 31) -> 11,000 (Zelensky Nov 4, restated) -> roughly 11,000-12,000 (December "
  "estimates)")
K(SB, [rs["sb"], sp["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [rs["pr"], sp["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [rs["prd"], sp["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [rs["pay"], wr["pay"], ky["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [rs["regime"], wr["regime"], ky["regime"]], "agreement", "NIS: most of the pay kept by the regime")
K(UNIF, [cb["video"], cb["unif"], at["video"]], "agreement",
  "Russian uniforms issued to the North Koreans (Ukraine's video, twice; the NIS)")
K(DEP, [cb["begun"], sp["rutte"], cb["fake"], rs["fake"], rs["tg"], rs["noev"]], "discrepancy",
  "deployment asserted (NIS Oct 18, Rutte Oct 28) vs dismissed as fake / propaganda / unproven (Peskov twice, "
  "pro-war Telegram channels, Russian state media)",
  [("asserted", [cb["begun"], sp["rutte"]]), ("dismissed", [cb["fake"], rs["fake"], rs["tg"], rs["noev"]])])
K(LAW, [cb["law"], rs["law"], at["law"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul) vs conforming with international law (Pyongyang)",
  [("violation (South Korea)", [cb["law"]]), ("lawful (North Korea)", [rs["law"], at["law"]])])
K(TREATY, [rs["biz"], sp["biz"], at["biz"], it["sov"]], "agreement",
  "Moscow: the treaty's use is 'our business' (Putin) / a sovereign matter (Peskov)")
K(ESC, [cb["esc"], sp["esc"]], "agreement", "Rutte: a significant escalation (conditional Oct 21, stated Oct 28)")
K(CS, [cb["rutte"], sp["bl"], it["bl"], it["begun"], it["engage"], it["niscombat"], at["st"], hr["ryder"]],
  "update_over_time",
  "are they fighting? cannot confirm / not yet seen (Rutte Oct 21, Blinken Oct 31) -> have begun engaging in combat "
  "(US Nov 12, NIS Nov 13) -> killed and wounded in the fighting (Ryder Dec 16)")
K(CT, [sp["weeks"], sp["days"]], "discrepancy",
  "combat entry: 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming days' (Blinken, Oct 31)",
  [("weeks", [sp["weeks"]]), ("days", [sp["days"]])])
K(TGT, [rs["fair"], sp["tgt"]], "agreement", "troops who fight Ukraine are fair game / legitimate targets (US)")
K(WPN, [cb["wpn"], it["wpn"]], "agreement",
  "Seoul could consider arming Ukraine (presidential office Oct 22, Yoon Nov 7)")
K(MASSED, [it["50k"], wr["50k"]], "agreement",
  "some 50,000 troops massed in Kursk, North Koreans among them (Zelensky; US and Ukrainian officials)")
K(UM15, [it["15k"], wr["15k"]], "agreement", "Umerov: up to 15,000 in all")
K(INTEG, [it["integ"], wr["integ"], at["integ"]], "agreement",
  "NIS (Nov 13): North Koreans assigned to Russian marine and airborne units")
K(WEAP, [wr["weap"], at["weap"]], "agreement", "NIS: North Korean artillery and rocket launchers sent to Russia")
K(AIRDEF, [wr["airdef"], at["airdef"], ky["airdef"]], "agreement",
  "Shin Won-sik (Nov 22): Russia appears to have supplied air-defence equipment in return")
K(ATACMS, [wr["atacms"], at["atacms"]], "agreement",
  "US officials (Nov 17): Biden let Ukraine fire ATACMS into Russia, in part because of the North Koreans")
K(ROT, [wr["rot"], ky["rot"]], "agreement",
  "a second contingent of similar size expected by spring (two analysts' forecasts)")
K(MERC, [at["merc"], ky["merc"]], "agreement", "Kim Yong-hyun: the North Koreans are cannon fodder")
K(NOSURR, [at["nosurr"], hr["gren"]], "agreement",
  "North Korean soldiers will not let themselves be captured (a defector; a Russian prisoner relayed)")
K(HUR30, [hr["hur30"], ky["hur30"]], "agreement", "HUR (Dec 15): at least 30 killed or wounded in one weekend")
K(CASUS, [hr["us"], ky["us"]], "agreement", "US official (Dec 17): several hundred casualties")
K(NISK, [hr["nisk"], ky["nisk"], ky["qk"]], "agreement", "NIS (Dec 19): at least 100 killed (once in a question)")
K(NISW, [hr["nisw"], ky["nisw"]], "agreement", "NIS (Dec 19): about / nearly 1,000 wounded")
K(TACT, [hr["walk"], hr["tact"], ky["tact"], ky["train"]], "agreement",
  "North Koreans exposed in open fields and to drones (a drone operator, the NIS twice, an analyst)")
K(POW, [hr["tg"], ky["tg"], hr["hurno"], hr["spokes"], ky["noconf"]], "discrepancy",
  "a captured North Korean: claimed by Telegram channels vs not confirmed (HUR, an analyst)",
  [("capture claimed (Telegram)", [hr["tg"], ky["tg"]]),
   ("not confirmed", [hr["hurno"], hr["spokes"], ky["noconf"]])])
K(ASSAULT, [hr["zel"], ky["zel"]], "agreement", "Zelensky (Dec 16): Russia uses North Koreans in assaults")

pairs = [
    (cb["r15"], cb["fb"], "about fifteen hundred already moved (the week's count) vs the first 1,500 shipped, same value"),
    (cb["brig"], cb["ships"], "four brigades vs four landing ships, same number, different measure"),
    (cb["kys"], cb["zel"], "11,000 training (Kyslytsya) vs some 10,000 being prepared (Zelensky), same paragraph"),
    (cb["fb"], cb["plan"], "first 1,500 vs about 12,000 in all"),
    (rs["sb"], rs["r3"], "second group of about 1,500 vs about 3,000 in total, same sentence"),
    (rs["hur12"], rs["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (rs["r3"], rs["pr"], "about 3,000 now vs 10,000 expected by December, adjacent sentences"),
    (sp["hur12"], sp["plan"], "12,000: HUR's count vs the NIS's plan, same answer"),
    (sp["dod10"], sp["pr"], "around 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (sp["k8"], sp["nis10"], "about 8,000 in Kursk vs more than 10,000 in Russia, same answer"),
    (sp["fb"], sp["sb"], "1,500 first vs 1,500 second group"),
    (it["zel11"], it["st10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (it["50k"], it["zel11"], "some 50,000 massed in Kursk vs 11,000 North Koreans there, same paragraph"),
    (it["zel11"], it["15k"], "11,000 now vs up to 15,000 eventually, same paragraph"),
    (wr["fb"], wr["plan"], "roughly 1,500 first echelon vs about 12,000 in all, same sentence"),
    (wr["ua11"], wr["st10"], "11,000 in Kursk vs more than 10,000 in Russia, adjacent sentences"),
    (at["passed"], at["plan"], "more than 10,000 sent vs 12,000 planned in all, same paragraph"),
    (hr["hur30"], hr["us"], "at least 30 in one weekend (HUR) vs several hundred in all (US official)"),
    (hr["nisk"], hr["nisw"], "at least 100 killed vs nearly 1,000 wounded, same sentence"),
    (ky["nis10"], ky["kyiv11"], "more than 10,000 in Russia vs about 11,000 in Kursk, same answer"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
