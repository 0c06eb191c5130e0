"""Generate gold.json for blind11 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind11/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, READY, OFF, GEN, DEP, CS, FRONT, ESC, LAW, TREATY, WPN, TECH, MUN,
    PAY, REGIME, NIS, HUR, DOD, MND, PO
)

DOCS = {
    "nv": ("nv-2024-10-20-week-in-review-north-korean-soldiers", "NV", "2024-10-20"),
    "xh": ("xinhua-2024-10-30-chinese-fm-dprk-troops-russia-reports", "Xinhua", "2024-10-30"),
    "ss": ("seoul-shinmun-2024-11-04-defense-ministry-written-answers-north-korean-troops", "Seoul Shinmun",
           "2024-11-04"),
    "hk": ("hankook-ilbo-2024-11-13-poll-weapons-ukraine-north-korean-troops", "Hankook Ilbo", "2024-11-13"),
    "cn": ("censor-net-2024-11-16-notebook-sumy-border-waiting-north-koreans", "Censor.net", "2024-11-16"),
    "la": ("los-angeles-times-2024-11-20-editorial-north-korean-troops-atacms", "Los Angeles Times", "2024-11-20"),
    "ch": ("chatham-house-2024-11-26-meeting-summary-north-korean-troops-russia", "Chatham House", "2024-11-26"),
    "af": ("australian-financial-review-2024-11-29-hanwha-defence-contracts-sanctions-north-korea",
           "Australian Financial Review", "2024-11-29"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
BURYAT = "'Buryat battalion' of North Koreans (size)"
FIRSTK = "first North Korean unit to be sent to Kursk (Budanov)"
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and identity papers issued to North Korean troops"
RESP = "South Korea will respond / not stand idly by"
NATOC = "NATO confirmation of the North Korean deployment"
G7C = "G7 concern over Russia-North Korea military cooperation"
CHAW = "China's knowledge of the deployment"
CHPOS = "China's position on the Ukraine crisis"
NODENY = "Putin did not confirm the reports"
TRANSP = "government transparency on the deployment (lawmaker)"
BRIEF = "closed committee briefing demanded (lawmaker)"
P_N = "poll sample size"
P_MOE = "poll margin of error"
P_RR = "poll response rate"
P_LETH = "poll: supply lethal weapons to Ukraine directly"
P_DEF = "poll: supply defensive weapons only"
P_NONL = "poll: non-lethal and humanitarian aid only"
P_NONE = "poll: no help for Ukraine"
P_OPP = "poll: oppose sending any weapons to Ukraine"
P_PPP = "poll: lethal weapons, ruling-party supporters"
P_DP = "poll: lethal weapons, opposition supporters"
P_THR = "poll: deployment a threat to South Korea's security"
P_MONY = "poll: in favour of a monitoring team"
P_MONN = "poll: against a monitoring team"
MONITOR = "South Korean monitoring team to Ukraine"
DEFFIRST = "defensive weapons considered first (Yoon)"
LEEOPP = "opposition to supplying weapons to Ukraine (Lee Jae-myung)"
AGE = "age"
MASSED = "Russian force massed for Kursk counteroffensive"
UNITS = "North Korean troops attached to Russian marine and airborne units"
NOTOWN = "North Korean troops not yet attacking on their own"
TERMS = "Russian military terms taught to North Korean troops"
PANDORA = "Zelensky on the Scholz-Putin call"
MOSTK = "most North Korean troops in the Kursk region"
ATD = "US allows Ukraine to strike inside Russia with ATACMS"
ATF = "ATACMS missiles fired at Russia (Nov 19)"
ATS = "ATACMS missiles shot down (Nov 19)"
ATDMG = "ATACMS missiles damaged (Nov 19)"
ATR = "ATACMS range"
AID = "US aid to Ukraine approved by Congress (April 2024)"
TRUMP = "Trump's promise to end the war quickly"
AIRDEF = "Russian air-defence equipment supplied to North Korea"
ARTY = "North Korean artillery and rocket launchers sent to Russia"
EARN = "regime's yearly earnings from the deployment (estimate)"
COND = "allied condemnation of the deployment"
EUMISS = "Europe should treat North Korea's missiles as its problem"
UMREQ = "Ukraine asks South Korea for air-defence systems"
INTEL = "South Korea-Ukraine intelligence sharing on the deployment"
BELOUSOV = "Russian defence minister's visit to Pyongyang"

ZEL = "Volodymyr Zelensky"
BUD = "Kyrylo Budanov"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
UM = "Rustem Umerov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
USG = "US government"
USO = "US officials"
STATE = "US Department of State"
BL = "Antony Blinken"
WEST = "Western official"
G7D = "G7 defence ministers"
G7F = "G7 foreign ministers"
CHFM = "China Foreign Ministry"
RMOD = "Russia Ministry of Defence"
POLL = "Hankook Ilbo poll (Hankook Research)"
SYCH = "Ukrainian battalion intelligence officer (Sych)"
CHP = "Chatham House meeting participant"
SHIN = "Shin Won-sik"
USUA = "US and Ukrainian officials"
TRI = "US, Japan and South Korea leaders"
SK, UA, RUS, US, CN = "South Korea", "Ukraine", "Russia", "United States", "China"
PUB = "South Korean public"
RFE = "Russia Far East"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


# ---------------------------------------------------------------- NV, Sun 2024-10-20 (week in review, day by day)
# An entry's claims carry the day of its weekday heading (Monday -> 2024-10-14 ... Saturday -> 2024-10-19);
# the Sunday wrap-up gives no date ("By the end of the week") and its claims are null.
nv = {}
nv["bur"] = C("nv", "could number up to 3,000 men", measure=BURYAT, value=3000, q="up_to", mod="planned", by=HUR,
              ev="2024-10-14", place=RFE)
nv["people"] = C("nv", "he told lawmakers that North Korea was now supplying Russia not only with weapons but with "
                 "people", kind=S, measure=DEP, by=ZEL, ev="2024-10-16")
nv["zel10"] = C("nv", "about 10,000 North Korean soldiers being prepared to join Russia's army", measure=PL, value=10000,
                q="about", mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
nv["sent"] = C("nv", "Pyongyang had already sent \"tactical personnel and officers\" to the occupied territories", kind=S,
               measure=DEP, by=ZEL, ev="2024-10-17", place=UA)
nv["rutte"] = C("nv", "Rutte said the alliance could not confirm that North Korean troops were involved in the war",
                kind=S, measure=NATOC, by=RUTTE, ev="2024-10-17")
nv["west"] = C("nv", "put a possible deployment at anywhere between 2,000 and 12,000 soldiers", measure=PL, low=2000,
               high=12000, mod="planned", scope="total", by=WEST, ev="2024-10-17", place="Russia")
nv["brig"] = C("nv", "North Korea had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
nv["plan"] = C("nv", "about 12,000 troops in total", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
nv["begun"] = C("nv", "the movement had already begun", kind=S, measure=DEP, by=NIS, ev="2024-10-18")
nv["fb"] = C("nv", "about 1,500 special forces were carried", measure=FB, value=1500, q="about", scope="first_batch",
             by=NIS, ev="2024-10-18", place=RFE)
nv["win"] = C("nv", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
nv["ships"] = C("nv", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
nv["escort"] = C("nv", "escorted by three Russian warships", measure=ESCORT, value=3, unit="ships", by=NIS,
                 ev="2024-10-18", subject=RUS)
nv["unif"] = C("nv", "the men had been handed Russian uniforms and forged local identity papers", kind=S, measure=UNIF,
               by=NIS, ev="2024-10-18")
nv["idly"] = C("nv", "concluded that Seoul would \"not stand idly by\"", kind=S, measure=RESP, by=PO, ev="2024-10-18",
               subject=SK)
nv["bud11"] = C("nv", "about 11,000 North Korean infantrymen were training in Russia's east", value=11000, q="about",
                scope="total", by=BUD, ev="2024-10-18", place=RFE)
nv["ready"] = C("nv", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
nv["2600"] = C("nv", "The first unit, 2,600 strong, is to be sent to the Kursk region", measure=FIRSTK, value=2600,
               mod="planned", scope="first_batch", by=BUD, ev="2024-10-18", place="Kursk")
nv["fake"] = C("nv", "dismissed the Seoul report as \"another fake\"", kind=S, measure=DEP, by=PESKOV, ev="2024-10-18")
nv["g7"] = C("nv", "voiced concern about military cooperation between Russia and North Korea", kind=S, measure=G7C,
             by=G7D, ev="2024-10-19")
nv["so_nis"] = C("nv", "Seoul's count of those already moved stood at about 1,500", value=1500, q="about",
                 scope="total", by=NIS, place="Russia")
nv["so_bud"] = C("nv", "Budanov's at about 11,000", value=11000, q="about", scope="total", by=BUD, place=RFE)
nv["zel10b"] = C("nv", "Zelensky's 10,000", measure=PL, value=10000, mod="planned", scope="total", by=ZEL)
nv["plan12b"] = C("nv", "Seoul's 12,000", measure=PL, value=12000, mod="planned", scope="total", by=NIS)
nv["ready2"] = C("nv", "Budanov's November 1 date", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)

# ---------------------------------------------------------------- Xinhua, Wed 2024-10-30 (state media, hedged relays)
xh = {}
xh["aware"] = C("xh", "China is not aware of the situation regarding reports that troops of the Democratic People's "
                "Republic of Korea (DPRK) have been sent to Russia", kind=S, measure=CHAW, by=CHFM, ev="2024-10-30",
                subject=CN)
xh["pos"] = C("xh", "\"China's position on the Ukraine crisis is consistent and clear,\"", kind=S, measure=CHPOS, by=CHFM,
              ev="2024-10-30", subject=CN)
xh["sov"] = C("xh", "how they develop their bilateral relations is their own business", kind=S, measure=TREATY, by=CHFM,
              ev="2024-10-30")
xh["nis10"] = C("xh", "told lawmakers in Seoul on Tuesday that more than 10,000 DPRK soldiers had been sent to Russia",
                value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
xh["nisfront"] = C("xh", "some of them were believed to have moved toward the front line", kind=S, measure=FRONT, by=NIS,
                   ev="2024-10-29")
xh["dod10"] = C("xh", "it estimated that around 10,000 had been sent to train in eastern Russia", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
xh["dodfront"] = C("xh", "a portion of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD,
                   ev="2024-10-28")
xh["nis3"] = C("xh", "the ROK intelligence agency put the number at about 3,000", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
xh["hur12"] = C("xh", "claimed the next day that about 12,000 DPRK soldiers were already in Russia", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
xh["off"] = C("xh", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
xh["gen"] = C("xh", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
xh["brig"] = C("xh", "the DPRK had decided to send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
               by=NIS, ev="2024-10-18")
xh["plan"] = C("xh", "or about 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
xh["proj"] = C("xh", "it expected some 10,000 to be sent", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
xh["dec"] = C("xh", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
xh["rutte"] = C("xh", "DPRK troops had been sent to Russia and that units had been deployed to the Kursk region", kind=S,
                measure=NATOC, by=RUTTE, ev="2024-10-28", place="Kursk")
xh["esc"] = C("xh", "calling the move a significant escalation", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
xh["nodeny"] = C("xh", "did not confirm the reports", kind=S, measure=NODENY, by=PUTIN, ev="2024-10-24", subject=RUS)
xh["biz"] = C("xh", "is Russia's own business", kind=S, measure=TREATY, by=PUTIN, ev="2024-10-24", subject=RUS)
xh["law"] = C("xh", "if such a deployment were taking place, it would be an act in conformity with international law",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
xh["wpn"] = C("xh", "said it could consider supplying weapons to Ukraine in phases", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Seoul Shinmun, Mon 2024-11-04 (written answers)
# The ministry's answers carry the submission day the introduction gives ("submitted on the 1st" -> 2024-11-01),
# as blind9's committee answers carried the session day; an answer sentence that dates its own fact ("around
# October 23") keeps that date, and what the ministry relays from the NIS keeps the NIS's (unstated) date.
ss = {}
ss["r10"] = C("ss", "more than 10,000 North Korean troops are assessed to have been dispatched to Russia", value=10000,
              q="at_least", scope="total", by=MND, ev="2024-11-01", place="Russia")
ss["front"] = C("ss", "Some of them are believed to have moved to areas near the front line, including the Kursk region",
                kind=S, measure=FRONT, by=MND, ev="2024-11-01", place="Kursk")
ss["q_hur"] = C("ss", "Ukraine's military intelligence said on October 24 that 12,000 were already in Russia",
                value=12000, scope="total", by=HUR, ev="2024-10-24", place="Russia")
ss["a3k"] = C("ss", "The government's assessment at that time was about 3,000", value=3000, q="about", scope="total",
              by=SKG, ev="2024-11-01", place="Russia")
ss["fb"] = C("ss", "About 1,500 special operations personnel were moved to the Vladivostok area", measure=FB, value=1500,
             q="about", scope="first_batch", by=MND, ev="2024-11-01", place=RFE)
ss["win"] = C("ss", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=MND, ev="2024-11-01")
ss["ships"] = C("ss", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=MND,
                ev="2024-11-01", subject=RUS)
ss["sb"] = C("ss", "About 1,500 more are assessed to have followed around October 23", measure=SB, value=1500, q="about",
             scope="additional", by=MND, ev="2024-10-23", place="Russia")
ss["mon"] = C("ss", "Sending a team to analyze the North Korean army's tactics and, where necessary, to assist in the "
              "questioning of prisoners is under review", kind=S, measure=MONITOR, mod="conditional", by=MND,
              ev="2024-11-01", subject=SK)
ss["pay"] = C("ss", "Russia is paying about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ss["regime"] = C("ss", "Most of that money is believed to be kept by the North Korean regime rather than paid to the "
                 "soldiers", kind=S, measure=REGIME, by=NIS)
ss["mun"] = C("ss", "North Korea is assessed to have shipped more than 13,000 containers of munitions", measure=MUN,
              value=13000, q="at_least", unit="containers", by=MND, ev="2024-11-01", place="Russia")
ss["tech"] = C("ss", "the ministry is concerned that the North may receive technology related to reconnaissance "
               "satellites, nuclear-powered submarines and missiles", kind=S, measure=TECH, mod="conditional", by=MND,
               ev="2024-11-01")
ss["wpn"] = C("ss", "The government will respond in phases depending on the level of military cooperation between Russia "
              "and North Korea, without excluding any option, including the provision of weapons", kind=S, measure=WPN,
              mod="conditional", by=MND, ev="2024-11-01", subject=SK)
ss["cs"] = C("ss", "there is no confirmed information that North Korean troops have engaged in combat", kind=S,
             measure=CS, by=MND, ev="2024-11-01")
ss["ahn"] = C("ss", "the government \"knows more than it is telling the public\"", kind=S, measure=TRANSP,
              by="Ahn Jae-min", subject=SK)
ss["ahn2"] = C("ss", "called on the defense minister to brief the committee in a closed session this week", kind=S,
               measure=BRIEF, by="Ahn Jae-min", subject=SK)

# ---------------------------------------------------------------- Hankook Ilbo, Wed 2024-11-13 (poll report)
# The poll's figures are claims of the poll (sentences give no date of their own: null); the fieldwork days
# ("from the 8th to the 10th") are when the poll was taken, not a date the poll asserts.
hk = {}
hk["n"] = C("hk", "interviewed 1,002 adults nationwide", measure=P_N, value=1002, unit="respondents", by=POLL,
            subject=PUB)
hk["moe"] = C("hk", "The margin of error is plus or minus 3.1 percentage points", measure=P_MOE, value=3.1,
              unit="percentage points", by=POLL, subject=PUB)
hk["leth"] = C("hk", "14 percent of respondents said the government should supply lethal weapons to Ukraine directly",
               measure=P_LETH, value=14, unit="percent", by=POLL, subject=PUB)
hk["def"] = C("hk", "18 percent said it should supply defensive weapons such as air-defense systems only", measure=P_DEF,
              value=18, unit="percent", by=POLL, subject=PUB)
hk["nonl"] = C("hk", "Another 44 percent favored non-lethal and humanitarian aid only", measure=P_NONL, value=44,
               unit="percent", by=POLL, subject=PUB)
hk["none"] = C("hk", "19 percent said South Korea should not help Ukraine at all", measure=P_NONE, value=19,
               unit="percent", by=POLL, subject=PUB)
hk["opp"] = C("hk", "Taken together, 63 percent opposed sending any weapons", measure=P_OPP, value=63, unit="percent",
              by=POLL, subject=PUB)
hk["ppp"] = C("hk", "27 percent backed direct supplies of lethal weapons", measure=P_PPP, value=27, unit="percent",
              by=POLL, subject=PUB)
hk["dp"] = C("hk", "only 6 percent did", measure=P_DP, value=6, unit="percent", by=POLL, subject=PUB)
hk["thr"] = C("hk", "Seventy-one percent said North Korea's deployment poses a threat to South Korea's security",
              measure=P_THR, value=71, unit="percent", by=POLL, subject=PUB)
hk["mony"] = C("hk", "41 percent were in favor", measure=P_MONY, value=41, unit="percent", by=POLL, subject=PUB)
hk["monn"] = C("hk", "48 percent against", measure=P_MONN, value=48, unit="percent", by=POLL, subject=PUB)
hk["st10"] = C("hk", "said on the 12th (local time) that more than 10,000 North Korean soldiers are in Russia",
               value=10000, q="at_least", scope="total", by=STATE, ev="2024-11-12", place="Russia")
hk["cs"] = C("hk", "they have begun engaging in combat operations alongside Russian forces in the Kursk region", kind=S,
             measure=CS, by=STATE, ev="2024-11-12", place="Kursk")
hk["nis10"] = C("hk", "has put the number sent at more than 10,000 since late last month", value=10000, q="at_least",
                scope="total", by=NIS, place="Russia")
hk["yoon"] = C("hk", "Seoul does not rule out supplying weapons to Ukraine, depending on the level of North Korea's "
               "involvement", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
hk["deff"] = C("hk", "defensive weapons would be considered first", kind=S, measure=DEFFIRST, mod="conditional", by=YOON,
               ev="2024-11-07", subject=SK)
hk["lee"] = C("hk", "Lee Jae-myung has opposed any weapons supply", kind=S, measure=LEEOPP, by="Lee Jae-myung",
              subject=SK)
hk["mnd"] = C("hk", "sending a monitoring team to Ukraine was under review", kind=S, measure=MONITOR, mod="conditional",
              by=MND, subject=SK)
hk["rr"] = C("hk", "The response rate was 11.2 percent", measure=P_RR, value=11.2, unit="percent", by=POLL, subject=PUB)

# ---------------------------------------------------------------- Censor.net, Sat 2024-11-16 (frontline notebook)
# Claims carry their entry's date ("Nov. 12, Tuesday" -> 2024-11-12) unless their sentence dates them
# ("on Sunday" in the Nov. 11 entry -> 2024-11-10; "on Nov. 5"); "last week" / "back in October" / "last month" -> null.
cn = {}
cn["age"] = C("cn", "Taras, 23", measure=AGE, value=23, unit="years", by=None, subject="Taras (drone operator)")
cn["50k"] = C("cn", "Russia has massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
              q="about", by=USUA, ev="2024-11-10", place="Kursk", subject=RUS)
cn["hur11"] = C("cn", "about 11,000 North Korean soldiers are now in the Kursk region", measure=KU, value=11000,
                q="about", by=HUR, ev="2024-11-12", place="Kursk")
cn["zel11"] = C("cn", "President Zelensky gave the same figure, 11,000, last week", measure=KU, value=11000, by=ZEL,
                place="Kursk")
cn["units"] = C("cn", "They are training alongside Russian marine and airborne units", kind=S, measure=UNITS, by=SYCH,
                ev="2024-11-12", place="Kursk")
cn["notown"] = C("cn", "have not yet attacked on their own", kind=S, measure=NOTOWN, by=SYCH, ev="2024-11-12")
cn["wash"] = C("cn", "Washington says North Korean soldiers have begun engaging in combat operations", kind=S,
               measure=CS, by=USG, ev="2024-11-12")
cn["um"] = C("cn", "Rustem Umerov said on Nov. 5 that the first small-scale engagements with North Korean troops had "
             "taken place", kind=S, measure=CS, by=UM, ev="2024-11-05", place="Kursk")
cn["2600"] = C("cn", "the first unit, 2,600 men, would be sent to Kursk", measure=FIRSTK, value=2600, mod="planned",
               scope="first_batch", by=BUD, place="Kursk")
cn["pay_s"] = C("cn", "the Russians pay each North Korean $2,000 a month", measure=PAY, value=2000,
                unit="USD per month", by=SYCH, ev="2024-11-14")
cn["pay_n"] = C("cn", "South Korean intelligence has put it at about $2,000 too", measure=PAY, value=2000, q="about",
                unit="USD per month", by=NIS)
cn["regime"] = C("cn", "most of it goes to the regime in Pyongyang rather than to the soldiers", kind=S, measure=REGIME,
                 by=NIS)
cn["terms"] = C("cn", "the North Koreans had been taught about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
cn["pandora"] = C("cn", "the call opened \"Pandora's box\"", kind=S, measure=PANDORA, by=ZEL, ev="2024-11-15",
                  subject=UA)

# ---------------------------------------------------------------- Los Angeles Times, Wed 2024-11-20 (editorial)
# The board's own opinions and history are not annotated; figures and statements it attributes are, and so
# are its own factual figures about the war (attributed to nobody).
la = {}
la["plan"] = C("la", "Pyongyang had decided to send about 12,000 soldiers to help Russia", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, place="Russia")
la["fake"] = C("la", "the Kremlin called the report a fake", kind=S, measure=DEP, by=KREMLIN)
la["st10"] = C("la", "The State Department says more than 10,000 North Korean troops are in Russia", value=10000,
               q="at_least", scope="total", by=STATE, place="Russia")
la["most"] = C("la", "most have moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, place="Kursk")
la["cs"] = C("la", "they have begun engaging in combat operations against Ukrainian forces", kind=S, measure=CS,
             by=STATE)
la["k8"] = C("la", "Antony Blinken said on Oct. 31 that about 8,000 of the North Koreans had already moved to Kursk",
             measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
la["legal"] = C("la", "Pyongyang insists that any such deployment is perfectly legal", kind=S, measure=LAW,
                mod="conditional", by=NKFM)
la["pay"] = C("la", "Russia pays about $2,000 a month for each of them", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
la["regime"] = C("la", "most of the money is kept by the regime", kind=S, measure=REGIME, by=NIS)
la["atd"] = C("la", "President Biden has authorized Ukraine to strike targets inside Russia with U.S.-made ATACMS "
              "missiles", kind=S, measure=ATD, by=USO, ev="2024-11-17", subject=US)
la["at6"] = C("la", "six missiles were fired at a military facility in the Bryansk region", measure=ATF, value=6,
              unit="missiles", by=RMOD, ev="2024-11-19", place="Bryansk", subject=UA)
la["at5"] = C("la", "five were shot down", measure=ATS, value=5, unit="missiles", by=RMOD, ev="2024-11-19",
              place="Bryansk", subject=RUS)
la["dmg"] = C("la", "one damaged", measure=ATDMG, value=1, unit="missiles", by=RMOD, ev="2024-11-19", place="Bryansk",
              subject=RUS)
la["range"] = C("la", "The missiles have a range of about 190 miles", measure=ATR, value=190, q="about", unit="miles",
                by=None, subject="ATACMS")
la["aid"] = C("la", "Congress approved about $61 billion for Ukraine in April", measure=AID, value=61_000_000_000,
              q="about", unit="USD", by=None, subject=US)
la["seoul"] = C("la", "has said it may reconsider if North Korean involvement deepens", kind=S, measure=WPN,
                mod="conditional", by=SKG, subject=SK)
la["trump"] = C("la", "has promised to end the war quickly", kind=S, measure=TRUMP, mod="planned", by="Donald Trump",
                subject=US)

# ---------------------------------------------------------------- Chatham House, Tue 2024-11-26 (meeting summary)
# Participants' own statements carry the meeting day the summary states (Friday 22 November); what they relay
# keeps its own date ("on 24 November", "a day after" -> 2024-10-23, "mid-October" / "by the end of the month" -> null).
ch = {}
ch["est"] = C("ch", "the best current estimate was 11,000 to 12,000 North Korean soldiers in Russia", low=11000,
              high=12000, scope="total", by=CHP, ev="2024-11-22", place="Russia")
ch["nearly"] = C("ch", "nearly all of them in or near the Kursk region", kind=S, measure=MOSTK, by=CHP, ev="2024-11-22",
                 place="Kursk")
ch["1500"] = C("ch", "Seoul's spy agency spoke of about 1,500 in mid-October", value=1500, q="about", scope="total",
               by=NIS, place="Russia")
ch["sb"] = C("ch", "another 1,500 a week later", measure=SB, value=1500, scope="additional", by=NIS, place="Russia")
ch["10k"] = C("ch", "more than 10,000 by the end of the month", value=10000, q="at_least", scope="total", by=NIS,
              place="Russia")
ch["dod"] = C("ch", "the Pentagon's \"around 10,000\" came in between", value=10000, q="about", scope="total", by=DOD,
              place="Russia")
ch["proj"] = C("ch", "Seoul's forecast of 10,000", measure=PR, value=10000, mod="planned", scope="total", by=SKG,
               place="Russia")
ch["dec"] = C("ch", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=SKG)
ch["hur12"] = C("ch", "Ukraine's military intelligence put the figure at about 12,000 on 24 October", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
ch["nis3"] = C("ch", "a day after Seoul said about 3,000", value=3000, q="about", scope="total", by=SKG,
               ev="2024-10-23", place="Russia")
ch["zel11"] = C("ch", "Kyiv's figure of about 11,000 in the Kursk region, first given by President Zelensky on 4 "
                "November", measure=KU, value=11000, q="about", by=ZEL, ev="2024-11-04", place="Kursk")
ch["50k"] = C("ch", "which US and Ukrainian officials put at about 50,000", measure=MASSED, value=50000, q="about",
              by=USUA, place="Kursk", subject=RUS)
ch["units"] = C("ch", "some of the North Korean troops had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-20", place="Kursk")
ch["combat"] = C("ch", "were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-20")
ch["arty"] = C("ch", "Pyongyang had sent 170mm self-propelled guns and 240mm multiple rocket launchers to Russia", kind=S,
               measure=ARTY, by=NIS, ev="2024-11-20")
ch["atd"] = C("ch", "Washington's decision, reported on 17 November, to allow Ukraine to strike targets inside Russia "
              "with ATACMS", kind=S, measure=ATD, by=USG, ev="2024-11-17", subject=US)
ch["at6"] = C("ch", "Russia said six of the missiles had been fired on 19 November", measure=ATF, value=6,
              unit="missiles", by=RMOD, ev="2024-11-19", subject=UA)
ch["at5"] = C("ch", "five intercepted", measure=ATS, value=5, unit="missiles", by=RMOD, ev="2024-11-19", subject=RUS)
ch["shin"] = C("ch", "Russia had supplied air-defence equipment to Pyongyang in return for the troops", kind=S,
               measure=AIRDEF, by=SHIN, ev="2024-11-22", subject=RUS)
ch["pay"] = C("ch", "at the rate of about $2,000 a month per soldier estimated by Seoul", measure=PAY, value=2000,
              q="about", unit="USD per month", by=SKG)
ch["earn"] = C("ch", "the deployment could earn the regime roughly a quarter of a billion dollars a year",
               measure=EARN, value=250_000_000, q="about", unit="USD per year", mod="conditional", by=CHP,
               ev="2024-11-22")
ch["law"] = C("ch", "the deployment breached UN Security Council resolutions that prohibit military cooperation with "
              "North Korea", kind=S, measure=LAW, by=CHP, ev="2024-11-22")
ch["lima"] = C("ch", "the leaders of Japan, South Korea and the United States had condemned the deployment in a joint "
               "statement in Lima on 15 November", kind=S, measure=COND, by=TRI, ev="2024-11-15")
ch["esc"] = C("ch", "described the deployment as a significant escalation that ties Euro-Atlantic and Indo-Pacific "
              "security together", kind=S, measure=ESC, by=CHP, ev="2024-11-22")
ch["euro"] = C("ch", "said European governments should now treat Pyongyang's ballistic missile programme as a European "
               "problem", kind=S, measure=EUMISS, by=CHP, ev="2024-11-22")

# ---------------------------------------------------------------- Australian Financial Review, Fri 2024-11-29 (business)
# Company, market and currency figures and the unnamed analyst's and lawyers' remarks are off-topic.
af = {}
af["umreq"] = C("af", "Ukraine's Defence Minister Rustem Umerov met President Yoon Suk Yeol in Seoul on Wednesday and "
                "asked for air-defence systems", kind=S, measure=UMREQ, by=PO, ev="2024-11-27", subject=UA)
af["intel"] = C("af", "the two sides agreed to share intelligence on the North Korean deployment", kind=S, measure=INTEL,
                by=PO, ev="2024-11-27", subject=SK)
af["wpn"] = C("af", "Seoul has said it does not rule out supplying weapons, but has made no decision", kind=S,
              measure=WPN, mod="conditional", by=SKG, subject=SK)
af["nis10"] = C("af", "Seoul's spy agency estimates that more than 10,000 North Korean soldiers have been sent to Russia",
                value=10000, q="at_least", scope="total", by=NIS, place="Russia")
af["mun"] = C("af", "Pyongyang has shipped more than 13,000 containers of munitions to Russia since August last year",
              measure=MUN, value=13000, q="at_least", unit="containers", by=MND, place="Russia")
af["most"] = C("af", "Washington says most of the troops are in the Kursk region", kind=S, measure=MOSTK, by=USG,
               place="Kursk")
af["shin"] = C("af", "Shin Won-sik, said last week that Russia had supplied air-defence equipment to Pyongyang", kind=S,
               measure=AIRDEF, by=SHIN, subject=RUS)
af["tech"] = C("af", "Seoul's defence ministry has warned that technology for satellites, submarines and missiles could "
               "follow", kind=S, measure=TECH, mod="conditional", by=MND)
af["arty"] = C("af", "the North has sent self-propelled artillery and multiple rocket launchers", kind=S, measure=ARTY,
               by=NIS)
af["g7"] = C("af", "condemned the deployment and Russia's deepening military cooperation with Pyongyang", kind=S,
             measure=COND, by=G7F, ev="2024-11-26")
af["belousov"] = C("af", "Russia's Defence Minister Andrei Belousov arrived in Pyongyang on Friday for talks with North "
                   "Korean officials, the Russian ministry said", kind=S, measure=BELOUSOV, by=RMOD, ev="2024-11-29",
                   subject=RUS)
af["poll"] = C("af", "about six in 10 South Koreans opposed sending any weapons to Ukraine", measure=P_OPP, value=60,
               q="about", unit="percent", by=POLL, subject=PUB)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [nv["so_nis"], nv["bud11"], nv["so_bud"]], "discrepancy",
  "snapshot of Oct 18-20, in that week's review: Seoul's about 1,500 already moved vs Budanov's about 11,000 training "
  "in Russia's east",
  [("about 1,500 (NIS)", [nv["so_nis"]]), ("about 11,000 (Budanov)", [nv["bud11"], nv["so_bud"]])])
K(PL, [nv["plan"], nv["plan12b"], xh["plan"], la["plan"], nv["zel10"], nv["zel10b"], nv["west"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's about 10,000 being prepared (Oct 17) vs a Western "
  "official's 2,000-12,000",
  [("about 12,000 (NIS)", [nv["plan"], nv["plan12b"], xh["plan"], la["plan"]]),
   ("about 10,000 (Zelensky)", [nv["zel10"], nv["zel10b"]]),
   ("2,000-12,000 (Western official)", [nv["west"]])])
K(BRIG, [nv["brig"], xh["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(FB, [nv["fb"], ss["fb"]], "agreement", "NIS / MND: a first transport of about 1,500 to Vladivostok")
K(WIN, [nv["win"], ss["win"]], "agreement", "first transport between Oct 8 and 13")
K(SHIPS, [nv["ships"], ss["ships"]], "agreement", "four Russian navy landing ships")
K(READY, [nv["ready"], nv["ready2"]], "agreement", "Budanov: ready by November 1")
K(FIRSTK, [nv["2600"], cn["2600"]], "agreement", "Budanov: a first unit of 2,600 to go to Kursk")
K(DEP, [nv["people"], nv["sent"], nv["begun"], nv["fake"], la["fake"]], "discrepancy",
  "deployment asserted (Zelensky Oct 16-17, NIS Oct 18) vs dismissed as a fake (Peskov Oct 18, the Kremlin)",
  [("asserted", [nv["people"], nv["sent"], nv["begun"]]), ("dismissed", [nv["fake"], la["fake"]])])
K(NATOC, [nv["rutte"], xh["rutte"]], "update_over_time",
  "NATO: could not confirm (Rutte, Oct 17) -> troops sent and units deployed to Kursk (Rutte, Oct 28)")
K(RU, [xh["nis3"], ss["a3k"], ch["nis3"], xh["hur12"], ss["q_hur"], ch["hur12"]], "discrepancy",
  "troops in Russia as of Oct 23-24, told as a contrast: Seoul's about 3,000 vs Ukraine's HUR about 12,000",
  [("about 3,000 (South Korea)", [xh["nis3"], ss["a3k"], ch["nis3"]]),
   ("about 12,000 (HUR)", [xh["hur12"], ss["q_hur"], ch["hur12"]])])
K(RU, [ch["1500"], xh["dod10"], ch["dod"], xh["nis10"], ch["10k"], ss["r10"], hk["nis10"], af["nis10"], hk["st10"],
       la["st10"], ch["est"]], "update_over_time",
  "running total in Russia: about 1,500 (NIS, mid-October) -> around 10,000 (Pentagon Oct 28) -> more than 10,000 "
  "(NIS Oct 29, MND Nov 1, State Department Nov 12) -> 11,000-12,000 (a participant's estimate, Nov 22)")
K(PR, [xh["proj"], ch["proj"]], "agreement", "Seoul (Oct 23): about 10,000 expected in all")
K(PRD, [xh["dec"], ch["dec"]], "agreement", "Seoul's projection deadline: December")
K(SB, [ss["sb"], ch["sb"]], "agreement", "a second group of about 1,500 around Oct 23")
K(FRONT, [xh["nisfront"], xh["dodfront"], ss["front"]], "agreement",
  "some troops moved toward the front (Pentagon Oct 28, NIS Oct 29, MND Nov 1)")
K(ESC, [xh["esc"], ch["esc"]], "agreement", "a significant escalation (Rutte Oct 28, a participant Nov 22)")
K(TREATY, [xh["biz"], xh["sov"]], "agreement",
  "Russia-North Korea ties are their own business (Putin Oct 24, China's Foreign Ministry Oct 30)")
K(LAW, [xh["law"], la["legal"], ch["law"]], "discrepancy",
  "legality: lawful (Kim Jong Gyu, Pyongyang) vs a breach of Security Council resolutions (a participant)",
  [("lawful (North Korea)", [xh["law"], la["legal"]]), ("breach (Chatham House participant)", [ch["law"]])])
K(WPN, [xh["wpn"], ss["wpn"], hk["yoon"], la["seoul"], af["wpn"]], "agreement",
  "Seoul keeps the option of arming Ukraine open, in phases / depending on the North's involvement")
K(MONITOR, [ss["mon"], hk["mnd"]], "agreement", "MND: a monitoring team is under review")
K(PAY, [ss["pay"], cn["pay_n"], la["pay"], ch["pay"], cn["pay_s"]], "agreement",
  "about $2,000 a month per soldier (NIS / Seoul; heard the same at the front)")
K(REGIME, [ss["regime"], cn["regime"], la["regime"]], "agreement", "NIS: most of the pay kept by the regime")
K(MUN, [ss["mun"], af["mun"]], "agreement", "MND: more than 13,000 containers of munitions")
K(TECH, [ss["tech"], af["tech"]], "agreement", "MND: satellite, submarine and missile technology may follow")
K(CS, [ss["cs"], cn["um"], cn["wash"], hk["cs"], la["cs"], ch["combat"]], "update_over_time",
  "combat: no confirmed information (MND Nov 1) -> first small-scale engagements (Umerov Nov 5) -> begun engaging in "
  "combat operations (Washington / State Department Nov 12) -> already taking part in combat (NIS Nov 20)")
K(KU, [la["k8"], ch["zel11"], cn["zel11"], cn["hur11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken Oct 31) -> about 11,000 (Zelensky Nov 4, HUR Nov 12)")
K(MOSTK, [la["most"], af["most"], ch["nearly"]], "agreement",
  "most / nearly all of the troops are in the Kursk region (State Department, a participant)")
K(MASSED, [cn["50k"], ch["50k"]], "agreement", "US and Ukrainian officials (NYT, Nov 10): about 50,000 massed for Kursk")
K(UNITS, [cn["units"], ch["units"]], "agreement",
  "North Koreans attached to Russian marine and airborne units (a Ukrainian officer Nov 12, NIS Nov 20)")
K(ATD, [la["atd"], ch["atd"]], "agreement", "Washington lets Ukraine use ATACMS inside Russia (reported Nov 17)")
K(ATF, [la["at6"], ch["at6"]], "agreement", "Russian MoD: six ATACMS fired on Nov 19")
K(ATS, [la["at5"], ch["at5"]], "agreement", "Russian MoD: five ATACMS shot down")
K(AIRDEF, [ch["shin"], af["shin"]], "agreement", "Shin Won-sik (Nov 22): Russia supplied air defence to Pyongyang")
K(ARTY, [ch["arty"], af["arty"]], "agreement", "NIS (Nov 20): self-propelled guns and rocket launchers sent")
K(COND, [ch["lima"], af["g7"]], "agreement",
  "allies condemn the deployment (US-Japan-South Korea leaders Nov 15, G7 foreign ministers Nov 26)")
K(P_OPP, [hk["opp"], af["poll"]], "agreement", "Hankook Ilbo poll: 63 percent / about six in 10 oppose any weapons")

pairs = [
    (nv["so_nis"], nv["plan12b"], "Seoul's about 1,500 already moved vs Seoul's 12,000 plan, same paragraph"),
    (nv["so_bud"], nv["zel10b"], "Budanov's 11,000 in training vs Zelensky's 10,000 being prepared, same paragraph"),
    (nv["ships"], nv["brig"], "four landing ships vs four brigades, same number, different measure"),
    (nv["bud11"], nv["2600"], "about 11,000 training vs a first unit of 2,600 for Kursk, same paragraph"),
    (nv["fb"], nv["plan"], "first transport about 1,500 vs about 12,000 planned in total, same paragraph"),
    (xh["dod10"], xh["proj"], "around 10,000 already sent (Pentagon) vs some 10,000 expected by December (NIS)"),
    (xh["hur12"], xh["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total, adjacent paragraphs"),
    (ss["fb"], ss["sb"], "first transport about 1,500 vs about 1,500 more around Oct 23, same answer"),
    (cn["hur11"], cn["50k"], "about 11,000 North Koreans in Kursk vs some 50,000 troops massed there"),
    (cn["2600"], cn["zel11"], "2,600 in the first unit for Kursk vs 11,000 in Kursk now"),
    (la["st10"], la["k8"], "more than 10,000 in Russia vs about 8,000 moved to Kursk"),
    (la["at6"], la["at5"], "six ATACMS fired vs five shot down, same sentence"),
    (ch["est"], ch["zel11"], "11,000-12,000 in Russia vs about 11,000 in Kursk"),
    (ch["proj"], ch["dod"], "10,000: Seoul's forecast vs the Pentagon's count, same paragraph"),
    (ch["1500"], ch["sb"], "about 1,500 in mid-October (running total) vs another 1,500 a week later, same sentence"),
    (ch["at6"], ch["at5"], "six ATACMS fired vs five intercepted, same sentence"),
    (af["nis10"], af["mun"], "more than 10,000 soldiers vs more than 13,000 containers, same paragraph"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
