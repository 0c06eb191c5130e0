"""Generate gold.json for blind48 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind48/build_gold.py

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
    "kg": ("24-kg-2024-10-19-seoul-north-korea-decided-to-send-12000-troops-to-russia", "24.kg", "2024-10-19"),
    "tr": ("trend-news-agency-2024-10-23-seoul-north-korean-troops-in-russia-3000", "Trend News Agency",
           "2024-10-23"),
    "ap": ("asia-plus-2024-10-25-interview-why-kyiv-and-seoul-count-north-korean-soldiers-differently", "Asia-Plus",
           "2024-10-25"),
    "kz": ("kazinform-2024-10-29-pentagon-says-10000-north-korean-troops-in-eastern-russia-nato-confirms", "Kazinform",
           "2024-10-29"),
    "tca": ("the-times-of-central-asia-2024-11-01-explainer-north-korean-troops-in-russia-what-we-know",
            "The Times of Central Asia", "2024-11-01"),
    "kun": ("kun-uz-2024-11-02-seoul-notebook-a-week-of-counting-north-korean-soldiers", "Kun.uz", "2024-11-02"),
    "aki": ("akipress-2024-11-05-ukraine-says-first-clashes-with-north-korean-troops-seoul-cannot-confirm", "AKIpress",
            "2024-11-05"),
    "az": ("azernews-2024-11-13-analysis-north-korean-soldiers-now-fighting-how-the-count-grew", "AzerNews",
           "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; most reuse earlier sets' wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
UNDERWAY = "North Korean troop movement already under way (NIS, Oct 18)"
MOREF = "further North Korean transports expected (NIS)"
THREAT = "Seoul calls the deployment a grave security threat"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
ARMY = "North Korea's armed forces (size)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "Washington unsure what the North Korean troops will do (Oct 23)"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMPREP = "North Korean ICBM test expected around the US election (NIS)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
KGMFA = "Kyrgyzstan warns citizens against Russian army contracts"
TRUMP24 = "Trump's promise to end the war quickly (hours)"


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
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
WEST = "Western official"
ISW = "ISW"
KGMFA_BY = "Kyrgyzstan Ministry of Foreign Affairs"
RAHIMOV = "Anvar Rahimov"
TRUMP = "Donald Trump"
SK, UA, RUS, KG = "South Korea", "Ukraine", "Russia", "Kyrgyzstan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- 24.kg, Sat 2024-10-19 (straight news story from agency copy)
# "said on Friday" -> 10-18 (the lead's plan only; the second and third paragraphs give no day); "on Friday, after
# which" -> 10-18 (the threat and the UNSC line, one sentence); "on Thursday" -> 10-17 (Zelensky); "A day later" ->
# 10-18 (Budanov's count and November 1, one sentence); "who appeared beside Zelensky on Thursday" -> 10-17 (Rutte);
# "on October 12" -> 10-12 (ISW). "For now, by Seoul's count, those 1,500 are the only ..." is the NIS's head count
# (bundled k01), not the transfer report. "Ukraine's figures are higher." and "If confirmed, ..." are the outlet's;
# "Bishkek has made no comment" is a non-comment; the army's size is the outlet's background (attributed to nobody).
# "24 years", the photo line and the Read-also lines (3 percent, 96 kilometers) are furniture or off-topic.
kg = {}
kg["plan"] = C("kg", "North Korea has decided to send around 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
kg["brig"] = C("kg", "Pyongyang will send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
kg["underway"] = C("kg", "the movement of troops has already begun", kind=S, measure=UNDERWAY, by=NIS)
kg["fb"] = C("kg", "some 1,500 special forces soldiers were moved from ports near Chongjin, Hamhung and Musudan to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
kg["win"] = C("kg", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
kg["ships"] = C("kg", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
kg["escort"] = C("kg", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
kg["unif"] = C("kg", "The soldiers were issued Russian uniforms and weapons and given forged documents identifying them "
               "as residents of Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
kg["moref"] = C("kg", "More transports are expected soon, according to the NIS.", kind=S, measure=MOREF,
                mod="planned", by=NIS)
kg["sofar"] = C("kg", "those 1,500 are the only North Korean soldiers who have actually reached Russia", value=1500,
                scope="total", by=NIS, place="Russia")
kg["threat"] = C("kg", "his office called the deployment a grave security threat to South Korea and the international "
                 "community", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
kg["unsc"] = C("kg", "a violation of UN Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18",
               subject=SK)
kg["zel10"] = C("kg", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
kg["bud"] = C("kg", "about 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
kg["ready"] = C("kg", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
kg["2600"] = C("kg", "A first unit of 2,600 is to be sent to the Kursk region", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
kg["west"] = C("kg", "put a possible deployment at between 2,000 and 12,000", measure=PL, low=2000, high=12000,
               mod="conditional", scope="total", by=WEST, place="Russia")
kg["rutte"] = C("kg", "the alliance had no evidence that North Korean soldiers were fighting in Ukraine", kind=S,
                measure=CS, by=RUTTE, ev="2024-10-17")
kg["krem"] = C("kg", "The Kremlin has rejected the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
kg["fake"] = C("kg", "Its spokesman Dmitry Peskov earlier called them \"another fake\"", kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
kg["army"] = C("kg", "North Korea keeps roughly 1.2 million people under arms", measure=ARMY, value=1200000, q="about",
               by=None)
kg["isw"] = C("kg", "several thousand North Koreans were already at Russian training grounds", low=2000, high=9000,
              q="vague", scope="total", by=ISW, ev="2024-10-12", place="Russia")
kg["kgmfa"] = C("kg", "the Foreign Ministry has urged citizens working in Russia not to sign contracts with the Russian "
                "army", kind=S, measure=KGMFA, by=KGMFA_BY, subject=KG)

# ---------------------------------------------------------------- Trend News Agency, Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (the second group and the total, one lead sentence; "Trend reports citing
# Yonhap" is a relay of the NIS); Park's "told reporters afterwards" gives no day (forecast, December); "Last Friday"
# -> 10-18 (plan, brigades, first group, window: one sentence); "Park quoted the agency as saying" and Lee's line give
# none; "On Monday" -> 10-21 (the summons); "The same day" -> 10-21 (Kyslytsya's count and November 1); "A day later"
# -> 10-22 (the presidential official); "In Rome on Wednesday" -> 10-23 (Austin's evidence; his two quotations give
# none); the update's "said on Wednesday" -> 10-23 (the White House's at least 3,000); Kirby's sites, "not yet clear"
# and "fair game" give none. "between early and mid-October" is a loose window, not a date claim. Kirby's "adding that
# Washington was consulting allies" elaborates his statement and is not annotated. "Pyongyang has not commented" is a
# non-comment; the BRICS line ("since 2022", Aliyev, August), the oil price ($76.40, 52 cents), the update time and the
# X handle are furniture or off-topic.
tr = {}
tr["sb"] = C("tr", "North Korea has sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
tr["nis3"] = C("tr", "bringing the total there to around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
tr["pr"] = C("tr", "the agency expected the number to reach about 10,000", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
tr["prd"] = C("tr", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
tr["plan"] = C("tr", "Pyongyang had decided to send some 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tr["brig"] = C("tr", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
tr["fb"] = C("tr", "a first group of about 1,500 had been shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tr["win"] = C("tr", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
tr["pay"] = C("tr", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
tr["regime"] = C("tr", "most of the money is believed to go to the North Korean state", kind=S, measure=REGIME, by=NIS)
tr["drones"] = C("tr", "Russian instructors rated the soldiers' physical fitness and morale highly but found them "
                 "lacking in understanding of modern warfare, including drones", kind=S, measure=DRONES, by=NIS)
tr["wd"] = C("tr", "demanded the immediate withdrawal of North Korean troops", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)
tr["kys"] = C("tr", "around 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
tr["ready"] = C("tr", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
tr["wpn"] = C("tr", "Seoul would respond in stages and could consider sending weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=PO, ev="2024-10-22", subject=SK)
tr["adep"] = C("tr", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
               ev="2024-10-23")
tr["left"] = C("tr", "What exactly they're doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
tr["aesc"] = C("tr", "If they are co-belligerents, if their intention is to participate in this war on Russia's behalf, "
               "that is a very, very serious issue.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
tr["noack"] = C("tr", "Moscow has neither confirmed nor denied the presence of North Korean soldiers on its territory.",
                kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
tr["wh3"] = C("tr", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
tr["sites"] = C("tr", "they had gone on to three training sites in eastern Russia", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
tr["unclear"] = C("tr", "it was not yet clear whether they would be used in combat", kind=S, measure=UNSURE, by=KIRBY)
tr["fair"] = C("tr", "If they do deploy against Ukraine, they are fair game", kind=S, measure=TGT, mod="conditional",
               by=KIRBY)

# ---------------------------------------------------------------- Asia-Plus, Fri 2024-10-25 (interview)
# The intro: "said on Thursday" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "on
# Wednesday" -> 10-23 (an arrival takes its own day), "A day earlier" -> 10-23 (the NIS's 3,000). The guest's age is
# annotated (attributed to nobody, subject the guest). The first question's two counts in words are their origins'
# claims, undated and unhedged. The guest (invented) relays the NIS with the days his sentences give ("last Friday" ->
# 10-18: plan and brigades; "On Wednesday it told lawmakers" -> 10-23: second group, forecast, December) and "The NIS
# says" (pay, the state's share; no day); his own readings are his (the counting method, experience, the technology
# forecast). Questions carry claims: "The Americans speak of" -> US government, undated (count and sites); Putin "on
# Thursday" -> 10-24; "Pyongyang said today" -> 10-25 (North Korea Foreign Ministry); Yoon "on Thursday" -> 10-24.
# "In the same answer" gives no day (the treaty). "Seoul's position is the opposite" relays the government (undated).
# Asides not annotated: "So the two capitals are describing the same plan at different stages", "That fits Seoul's
# count", "Washington and Seoul share their intelligence", "It is not a denial", "Seoul is careful. It will move step
# by step", the Tajikistan answer; "two decades", the editing line and the Related line (10.66, 14 percent).
ap = {}
ap["hur"] = C("ap", "about 12,000 North Korean soldiers were already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
ap["off"] = C("ap", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ap["gen"] = C("ap", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ap["arr"] = C("ap", "the first units had arrived in the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
ap["nis3"] = C("ap", "A day earlier South Korea's spy agency had counted around 3,000.", value=3000, q="about",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
ap["age"] = C("ap", "Anvar Rahimov, 49", measure=AGE, value=49, unit="years", by=None, subject=RAHIMOV)
ap["q12"] = C("ap", "Twelve thousand according to Kyiv", value=12000, scope="total", by=HUR, place="Russia")
ap["q3"] = C("ap", "three thousand according to Seoul", value=3000, scope="total", by=NIS, place="Russia")
ap["method"] = C("ap", "Kyiv, I suspect, counts the whole force that Moscow and Pyongyang have agreed on, including "
                 "units that are still in North Korea", kind=S, measure=METHOD, by=RAHIMOV)
ap["plan"] = C("ap", "Pyongyang had decided to send about 12,000 men", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ap["brig"] = C("ap", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
ap["sb"] = C("ap", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ap["pr"] = C("ap", "it expected around 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
ap["prd"] = C("ap", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ap["us3"] = C("ap", "The Americans speak of at least 3,000", value=3000, q="at_least", scope="total", by=USG,
              place="Russia")
ap["sites"] = C("ap", "three training grounds", measure=SITES, value=3, unit="training sites", by=USG, place=RFE)
ap["pay"] = C("ap", "Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ap["regime"] = C("ap", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
ap["exp"] = C("ap", "the bigger prize is experience", kind=S, measure=EXP, by=RAHIMOV)
ap["tech"] = C("ap", "Later I expect Moscow to pay in technology: satellites, submarines, perhaps help with missiles.",
               kind=S, measure=TECH, mod="planned", by=RAHIMOV)
ap["img"] = C("ap", "President Putin said on Thursday in Kazan that satellite images \"are a serious thing\"", kind=S,
              measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
ap["treaty"] = C("ap", "how Russia applies its treaty with North Korea is Russia's own business", kind=S,
                 measure=TREATY, by=PUTIN, subject=RUS)
ap["law"] = C("ap", "Pyongyang said today that such a deployment, if it happened, would conform with international law.",
              kind=S, measure=LAW, mod="conditional", by=NKFM, ev="2024-10-25")
ap["seoul"] = C("ap", "any help to Russia's war breaks UN Security Council resolutions", kind=S, measure=LAW, by=SKG,
                subject=SK)
ap["yoon"] = C("ap", "President Yoon said on Thursday that he would not rule out sending weapons to Ukraine", kind=S,
               measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Kazinform, Tue 2024-10-29 (press-briefing write-up)
# "said on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine", one sentence); "Last Wednesday" -> 10-23
# (Kirby's at least 3,000, told as the step before: k03); Singh's "told a briefing" gives no day; "Earlier on Monday in
# Brussels" -> 10-28 (Rutte's confirmation; "He called it" gives none); "In Seoul on Tuesday" -> 10-29 (the NIS's count
# and the front, one sentence); Lee's relays give none; "Only last week" gives none (forecast, December); "which said
# last Thursday" -> 10-24 (HUR's count, officers, generals) and "on October 23" for the arrival; "had warned on
# Saturday" -> 10-26 (the window); "said on Friday" -> 10-25 (Kim Jong Gyu). "more than three times" is the outlet's
# ratio (attributed to nobody). Not annotated: Singh's refusal, "Its own count has already passed that", "There was no
# confirmation on Monday", "The Kremlin did not comment", Astana's silence, the border (7,600 kilometers), "thousands
# of Russians", 2022, the markets line (488.9, $71) and the Read-also lines (4.1%, 1,000 companies).
kz = {}
kz["dod10"] = C("kz", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
kz["closer"] = C("kz", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
kz["ratio"] = C("kz", "The figure is more than three times the one the White House gave last week.", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
kz["kirby3"] = C("kz", "National Security Council spokesman John Kirby had spoken of at least 3,000", value=3000,
                 q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place="Russia")
kz["weeks"] = C("kz", "Russia intended to use the North Koreans in combat or to support combat operations \"over the next "
                "several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
kz["rdep"] = C("kz", "confirmed that North Korean troops had been sent to Russia and that units had been deployed to the "
               "Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
kz["resc"] = C("kz", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war\"", kind=S,
               measure=ESC, by=RUTTE)
kz["nis10"] = C("kz", "more than 10,000 North Korean soldiers were now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
kz["front"] = C("kz", "some appeared to be moving toward the front line", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
kz["kyb"] = C("kz", "the contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
kz["terms"] = C("kz", "the soldiers are being taught about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
kz["drones"] = C("kz", "find them physically strong but weak at drone warfare", kind=S, measure=DRONES, by=NIS)
kz["icbm"] = C("kz", "The agency also expects Pyongyang to test an intercontinental ballistic missile around the US "
               "presidential election next week", kind=S, measure=ICBMPREP, mod="planned", by=NIS)
kz["pr"] = C("kz", "the North would have some 10,000 troops in Russia", measure=PR, value=10000, q="about",
             mod="planned", scope="total", by=NIS, place="Russia")
kz["prd"] = C("kz", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
kz["hur"] = C("kz", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
kz["off"] = C("kz", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
kz["gen"] = C("kz", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
kz["arr"] = C("kz", "the first units reached Kursk on October 23", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
kz["ct"] = C("kz", "North Korean soldiers could be on the battlefield on October 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
kz["kjg"] = C("kz", "any such deployment would be \"an act conforming with the regulations of international law\"",
              kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")

# ---------------------------------------------------------------- The Times of Central Asia, Fri 2024-11-01 (explainer)
# The lead's "The United States now says" -> US government, undated (Blinken's 8,000 told loosely); "said on Thursday"
# -> 10-31 (Blinken's 8,000 in Kursk); "In all, ..., he said" gives none; "which briefed lawmakers on Tuesday" -> 10-29
# (its own sentence's relative clause dates the NIS's count); "When Seoul first went public on October 18" -> 10-18
# (plan, first group and ships in one sentence). Blinken's "in the coming days" and "legitimate military targets",
# Austin's two lines, Kim Yong-hyun, Cho and "Seoul's spy agency says" give no day. The missile's day is not in the
# ministry's sentence ("Hours before the talks" dates nothing): the 86 minutes and the altitude are undated; "both
# records for the North" elaborates the ministry's statement. "said last week" gives none (Putin). Not annotated: the
# question headings, "Two weeks after", "Very little", the Central Asia answer (no government has commented; "close to
# half", "about a fifth", the unnamed officials, October 6) and the outlet's "What happens next" forecast.
tca = {}
tca["lead8"] = C("tca", "The United States now says about 8,000 North Korean soldiers are in Russia's Kursk region",
                 measure=KU, value=8000, q="about", by=USG, place="Kursk")
tca["bl8"] = C("tca", "about 8,000 North Korean troops were now in Kursk", measure=KU, value=8000, q="about", by=BL,
               ev="2024-10-31", place="Kursk")
tca["bl10"] = C("tca", "In all, some 10,000 had been sent to Russia, he said.", value=10000, q="about", scope="total",
                by=BL, place="Russia")
tca["nis10"] = C("tca", "put the number at more than 10,000", value=10000, q="at_least", scope="total", by=NIS,
                 ev="2024-10-29", place="Russia")
tca["plan"] = C("tca", "Pyongyang had decided to send about 12,000 men", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
tca["fb"] = C("tca", "a first group of roughly 1,500 had crossed to Vladivostok", measure=FB, value=1500, q="about",
              scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
tca["ships"] = C("tca", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, ev="2024-10-18",
                 subject=RUS)
tca["days"] = C("tca", "Washington expected them to enter combat against Ukrainian forces \"in the coming days\"", kind=S,
                measure=CT, mod="planned", by=BL)
tca["tgt"] = C("tca", "If they do, he said, they will be \"legitimate military targets\"", kind=S, measure=TGT,
               mod="conditional", by=BL)
tca["acs"] = C("tca", "he had not yet seen reports of North Korean troops in combat", kind=S, measure=CS, by=AUSTIN)
tca["eq"] = C("tca", "Russia had been training them in artillery, drones and basic infantry operations, including "
              "trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
tca["kyh"] = C("tca", "South Korean Defense Minister Kim Yong-hyun called for the troops' immediate withdrawal.", kind=S,
               measure=WITHDRAW, by=KYH, subject=SK)
tca["pay"] = C("tca", "Russia pays about $2,000 per soldier a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
tca["regime"] = C("tca", "most of which is kept by the regime", kind=S, measure=REGIME, by=NIS)
tca["cho"] = C("tca", "Moscow might also hand over sensitive military technology in return", kind=S, measure=TECH,
               mod="conditional", by=CHO)
tca["t86"] = C("tca", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
tca["alt"] = C("tca", "rose to an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
               unit="km", by=JMOD)
tca["noack"] = C("tca", "The Kremlin has still not confirmed that North Korean troops are on Russian soil.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
tca["treaty"] = C("tca", "how Russia applies its mutual defense treaty with Pyongyang is \"our business\"", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- Kun.uz, Sat 2024-11-02 (correspondent's diary)
# Each entry is headed by its day. A sentence's own "today" or "yesterday" resolves against the entry's day, not the
# publication day: Rutte "confirmed today" in the Monday entry -> 10-28; Lee "told reporters ... today" in the Tuesday
# entry -> 10-29 (count and front, one sentence); "said today" in the Thursday entry -> 10-31 (Japan's 86 minutes and
# altitude, one sentence); Blinken "said yesterday" in the Friday entry -> 10-31 (Kursk and "in the coming days", one
# sentence); Choe "today" in the Friday entry -> 11-01. Sentences without a day word take none, as live-blog entries do:
# "After midnight, the Pentagon's figure arrives" (Washington's Monday, told loosely), "A week ago, Washington was
# saying at least 3,000" (US government, a step of k03), "had warned" (Zelensky's window), "he said" (Kim Yong Bok), the
# terms and the ICBM expectation, "said last week" (pay, the state's share), "He put the total" and "Standing beside"
# (Kim Yong-hyun). The colleague's column ("from 1,500 to 3,000 to 10,000" in "eleven days") is an unnamed source's
# recap and is not annotated; "At 7:10 this morning the North fired" is the diarist's own report of the launch.
# Sherzod's age is annotated (attributed to nobody). Not annotated: "an hour", "six years", "1,380", "half of his
# wages", "the longest flight the North has recorded" (elaborates the ministry's statement), the time stamp.
kun = {}
kun["rdep"] = C("kun", "North Korean troops have been sent to Russia and that some units are already in the Kursk "
                "region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
kun["ct"] = C("kun", "the North Koreans could be in battle on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
              high="2024-10-28", mod="planned", by=ZEL)
kun["dod10"] = C("kun", "around 10,000 North Koreans sent to eastern Russia for training", value=10000, q="about",
                 scope="total", by=DOD, place=RFE)
kun["wash3"] = C("kun", "A week ago, Washington was saying at least 3,000.", value=3000, q="at_least", scope="total",
                 by=USG, place="Russia")
kun["nis10"] = C("kun", "the agency now counts more than 10,000 North Korean soldiers in Russia", value=10000,
                 q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
kun["front"] = C("kun", "some of them are moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
kun["kyb"] = C("kun", "Their commander, he said, is Lieutenant General Kim Yong Bok.", kind=S, measure=KYB, by=NIS)
kun["terms"] = C("kun", "The soldiers are learning about a hundred Russian military words", measure=TERMS, value=100,
                 q="about", unit="terms", by=NIS)
kun["icbm"] = C("kun", "The agency also expects the North to test a long-range missile around the American election.",
                kind=S, measure=ICBMPREP, mod="planned", by=NIS)
kun["age"] = C("kun", "Sherzod, 34", measure=AGE, value=34, unit="years", by=None, subject="Sherzod")
kun["pay"] = C("kun", "about $2,000 a month each", measure=PAY, value=2000, q="about", unit="USD per month", by=NIS)
kun["regime"] = C("kun", "most of it kept by the state in Pyongyang", kind=S, measure=REGIME, by=NIS)
kun["t86"] = C("kun", "Japan's defence ministry said today that it flew for about 86 minutes", measure=ICBM_T, value=86,
               q="about", unit="minutes", by=JMOD, ev="2024-10-31")
kun["alt"] = C("kun", "climbed above 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least", unit="km", by=JMOD,
               ev="2024-10-31")
kun["bl8"] = C("kun", "about 8,000 North Korean soldiers are in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
kun["days"] = C("kun", "Washington expects them to go into combat in the coming days", kind=S, measure=CT,
                mod="planned", by=BL, ev="2024-10-31")
kun["bl10"] = C("kun", "He put the total in Russia at some 10,000.", value=10000, q="about", scope="total", by=BL,
                place="Russia")
kun["kyh"] = C("kun", "demanded that the North Koreans be withdrawn", kind=S, measure=WITHDRAW, by=KYH, subject=SK)
kun["choe"] = C("kun", "Pyongyang would stand by its Russian comrades \"until the day of victory\"", kind=S,
                measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- AKIpress, Tue 2024-11-05 (straight news story from agency copy)
# "said on Tuesday" -> 11-05 (the lead's main clause, Umerov); the lead's relative clause "a claim South Korea said it
# could not confirm" gives none (the defence ministry); "told ... in an interview" gives none (the engagements and "more
# ... in the coming weeks", one sentence); "said the same day" -> 11-05; "On Monday" -> 11-04 (Zelensky's 11,000) and
# "last Thursday" -> 10-31 (Blinken's roughly 8,000) in one sentence; "at the time" and "also complained" give none;
# "said on Monday" -> 11-04 (the Pentagon); "has said, according to Yonhap" gives none (the NIS's count and the 12,000,
# one sentence; Kim Yong Bok); "Early on Tuesday" -> 11-05 (the JCS); "five days after the North tested" -> 10-31 (the
# 86 minutes, unhedged, given to Japan's ministry as earlier sets did); "had promised in Moscow on Friday" -> 11-01
# (Choe; the reception "on Monday" is an event); the Kremlin's silence gives none. Trump's age and his "within 24 hours"
# are annotated (his promise conditional, undated). Not annotated: "He did not say where", the Kursk background and the
# bloggers' videos (the outlet's), Peskov's refusal, "Analysts in Seoul", the non-reply, the exchange rates (86.45,
# 94.12, 0.88) and the Read-also lines (11 tonnes, 25,000 trees).
aki = {}
aki["lclash"] = C("aki", "Ukrainian forces have fought North Korean soldiers for the first time", kind=S, measure=N5,
                  by=UM, ev="2024-11-05")
aki["lmnd"] = C("aki", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
aki["um"] = C("aki", "the first small-scale engagements had taken place", kind=S, measure=N5, by=UM)
aki["more"] = C("aki", "Kyiv expected more North Korean soldiers to arrive in the coming weeks", kind=S, measure=MORE,
                mod="planned", by=UM)
aki["mnd"] = C("aki", "South Korea's Ministry of National Defense said the same day that it could not confirm the "
               "report.", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
aki["z11"] = C("aki", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
               ev="2024-11-04", place="Kursk")
aki["bl8"] = C("aki", "the roughly 8,000 that US Secretary of State Antony Blinken had put there last Thursday",
               measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
aki["within"] = C("aki", "they would see combat within days", kind=S, measure=CT, mod="planned", by=BL)
aki["partn"] = C("aki", "Zelensky also complained that Ukraine's partners were watching rather than acting.", kind=S,
                 measure=PARTN, by=ZEL, subject=UA)
aki["dodcs"] = C("aki", "it had no indication yet that the North Koreans had entered combat", kind=S, measure=CS, by=DOD,
                 ev="2024-11-04")
aki["nis10"] = C("aki", "more than 10,000 North Koreans are in Russia", value=10000, q="at_least", scope="total", by=NIS,
                 place="Russia")
aki["plan"] = C("aki", "about 12,000 that Pyongyang has agreed to send", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
aki["kyb"] = C("aki", "The contingent is commanded by Lieutenant General Kim Yong Bok, the agency said.", kind=S,
               measure=KYB, by=NIS)
aki["srbm"] = C("aki", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
                unit="missiles", by=JCS, ev="2024-11-05")
aki["t86"] = C("aki", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
               unit="minutes", by=JMOD, ev="2024-10-31")
aki["choe"] = C("aki", "Pyongyang would stand by Russia until victory", kind=S, measure=CHOE, by=CHOE_SH,
                ev="2024-11-01")
aki["noack"] = C("aki", "The Kremlin has still not confirmed that North Korean troops are on Russian soil", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
aki["age"] = C("aki", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject=TRUMP)
aki["t24"] = C("aki", "he could end the war in Ukraine within 24 hours", measure=TRUMP24, value=24, q="up_to",
               unit="hours", mod="conditional", by=TRUMP, subject=TRUMP)
aki["kgmfa"] = C("aki", "The ministry has in the past warned citizens living in Russia against signing contracts with the "
                 "Russian armed forces", kind=S, measure=KGMFA, by=KGMFA_BY, subject=KG)

# ---------------------------------------------------------------- AzerNews, Wed 2024-11-13 (analysis)
# "said on Tuesday" -> 11-12 (the State Department's three claims in one sentence); "went further today" -> 11-13 (the
# NIS's two claims); the count retold with dates: "On October 18 Seoul said" -> 10-18 (plan and "a first group of 1,500",
# unhedged, in one sentence), "Five days later it counted" -> 10-23 (a step of k03), "By October 28" -> 10-28, "On
# October 31" -> 10-31 and "on November 4" -> 11-04 (one sentence, two origins); "on November 5" and "the same day" ->
# 11-05; "On Sunday" -> 11-10 (the NYT's officials); "reported on Tuesday" -> 11-12 (KCNA); "last week" gives none
# (Yoon); Trump's "has said" gives none. "Moscow, which at first called the reports 'another fake', has still not
# confirmed ..." is two Kremlin claims, undated. Not annotated: "The first figure was a plan; the later ones were head
# counts" and the other judgments (the outlet's), "which promises military help" (the treaty described), Baku's
# silence, "January 20", "7,000 kilometres" (a distance), COP29's "nearly 200 countries" and "November 22".
az = {}
az["st10"] = C("az", "more than 10,000 North Korean troops had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
az["most"] = C("az", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
az["begun"] = C("az", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
az["units"] = C("az", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
az["combat"] = C("az", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
az["plan"] = C("az", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
az["fb"] = C("az", "a first group of 1,500 had already crossed to Russia's Far East", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
az["nis3"] = C("az", "Five days later it counted about 3,000.", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
az["dod10"] = C("az", "By October 28 the Pentagon was saying around 10,000.", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
az["bl8"] = C("az", "Secretary of State Antony Blinken put 8,000 of them in Kursk alone", measure=KU, value=8000, by=BL,
              ev="2024-10-31", place="Kursk")
az["z11"] = C("az", "on November 4 President Volodymyr Zelensky said 11,000", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
az["um"] = C("az", "Kyiv first reported clashes on November 5", kind=S, measure=N5, by=UAG, ev="2024-11-05")
az["mnd"] = C("az", "Seoul's defence ministry said the same day that it could not confirm them", kind=S, measure=N5,
              by=MND, ev="2024-11-05", subject=SK)
az["massed"] = C("az", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
az["fake"] = C("az", "at first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
az["noack"] = C("az", "has still not confirmed that the North Koreans are there", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
az["ratify"] = C("az", "leader Kim Jong Un had ratified the mutual defence treaty with Russia", kind=S, measure=RATIFY,
                 by="KCNA", ev="2024-11-12")
az["wpn"] = C("az", "South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
az["t24"] = C("az", "he would end the war within 24 hours", measure=TRUMP24, value=24, q="up_to", unit="hours",
              mod="conditional", by=TRUMP, subject=TRUMP)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [kg["sofar"], kg["bud"], tr["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's 1,500, the only ones to have reached Russia, vs Kyiv's about 11,000 "
  "training in the east (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [kg["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [kg["bud"], tr["kys"]])])
K(RU, [tr["nis3"], tr["wh3"], ap["nis3"], ap["q3"], ap["us3"], ap["hur"], ap["q12"], kz["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, US)", [tr["nis3"], tr["wh3"], ap["nis3"], ap["q3"], ap["us3"]]),
   ("about 12,000 (HUR)", [ap["hur"], ap["q12"], kz["hur"]])])
K(RU, [kz["kirby3"], kun["wash3"], az["nis3"], kz["dod10"], kun["dod10"], az["dod10"], tca["bl10"], kun["bl10"],
       kz["nis10"], tca["nis10"], kun["nis10"], aki["nis10"], az["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [tca["lead8"], tca["bl8"], kun["bl8"], aki["bl8"], az["bl8"], aki["z11"], az["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [kg["plan"], tr["plan"], ap["plan"], tca["plan"], aki["plan"], az["plan"], kg["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [kg["plan"], tr["plan"], ap["plan"], tca["plan"], aki["plan"], az["plan"]]),
   ("10,000 (Zelensky)", [kg["zel10"]])])
K(FB, [kg["fb"], tr["fb"], tca["fb"], az["fb"]], "agreement", "NIS: a first transport of about 1,500 (Oct 8-13)")
K(WIN, [kg["win"], tr["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [kg["ships"], tca["ships"]], "agreement", "NIS: four Russian landing ships")
K(BRIG, [kg["brig"], tr["brig"], ap["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [tr["sb"], ap["sb"]], "agreement", "NIS (Oct 23): about 1,500 more / a second group of about 1,500")
K(PR, [tr["pr"], ap["pr"], kz["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [tr["prd"], ap["prd"], kz["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [tr["pay"], ap["pay"], tca["pay"], kun["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [tr["regime"], ap["regime"], tca["regime"], kun["regime"]], "agreement",
  "NIS: most of the pay goes to the North Korean state / regime")
K(DRONES, [tr["drones"], kz["drones"]], "agreement",
  "NIS: Russian instructors find the troops fit / strong but weak on drones and modern warfare")
K(OFF, [ap["off"], kz["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ap["gen"], kz["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [ap["arr"], kz["arr"]], "agreement", "HUR: the first units reached the Kursk region on Oct 23")
K(SITES, [tr["sites"], ap["sites"]], "agreement", "Kirby / the Americans (Oct 23): three training sites in the east")
K(READY, [kg["ready"], tr["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [tr["fair"], tca["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [tr["aesc"], kz["resc"]], "agreement",
  "escalation: 'a very, very serious issue' if they fight (Austin, conditional), 'a significant escalation' (Rutte Oct 28)")
K(DEP, [tr["adep"], kz["rdep"], kun["rdep"], kg["krem"], kg["fake"], az["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs rejected / dismissed as 'another fake' (Kremlin, Peskov)",
  [("asserted", [tr["adep"], kz["rdep"], kun["rdep"]]), ("rejected / dismissed", [kg["krem"], kg["fake"], az["fake"]])])
K(LAW, [ap["law"], kz["kjg"], kg["unsc"], ap["seoul"]], "discrepancy",
  "legality: in line with international law (Pyongyang, Kim Jong Gyu, Oct 25) vs a breach of UN Security Council "
  "resolutions (Seoul)",
  [("lawful (North Korea)", [ap["law"], kz["kjg"]]), ("violates UNSC resolutions (Seoul)", [kg["unsc"], ap["seoul"]])])
K(TREATY, [ap["treaty"], tca["treaty"]], "agreement",
  "Putin (Oct 24): how Russia applies its treaty with North Korea is 'our business' / its own business")
K(WPN, [tr["wpn"], ap["yoon"], az["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22, Yoon Oct 24 and Nov 7)")
K(CT, [kz["ct"], kun["ct"], kz["weeks"], tca["days"], kun["days"], aki["within"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' / 'within days' (Blinken, Oct 31)",
  [("Oct 27 or 28 (Zelensky)", [kz["ct"], kun["ct"]]), ("several weeks (Pentagon)", [kz["weeks"]]),
   ("coming days (Blinken)", [tca["days"], kun["days"], aki["within"]])])
K(CS, [kg["rutte"], tca["acs"], aki["dodcs"], az["begun"], az["combat"]], "update_over_time",
  "combat status: no evidence (Rutte Oct 17), not yet seen (Austin, Oct 30-31), no indication (Pentagon Nov 4) -> begun "
  "engaging in combat (State Department Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [aki["lclash"], aki["um"], az["um"], aki["lmnd"], aki["mnd"], az["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [aki["lclash"], aki["um"], az["um"]]),
   ("cannot confirm (Seoul MND)", [aki["lmnd"], aki["mnd"], az["mnd"]])])
K(FRONT, [kz["closer"], kz["front"], kun["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [kz["kyb"], kun["kyb"], aki["kyb"]], "agreement", "NIS: the contingent is commanded by Lt. Gen. Kim Yong Bok")
K(TERMS, [kz["terms"], kun["terms"]], "agreement", "NIS: the troops are taught about 100 Russian military terms")
K(ICBMPREP, [kz["icbm"], kun["icbm"]], "agreement", "NIS (Oct 29): an ICBM test expected around the US election")
K(NOACK, [tr["noack"], tca["noack"], aki["noack"], az["noack"]], "agreement",
  "Moscow has neither confirmed nor denied / still not confirmed the deployment")
K(ICBM_T, [tca["t86"], kun["t86"], aki["t86"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [tca["alt"], kun["alt"]], "agreement", "Japan's Defense Ministry: the Oct 31 ICBM rose above 7,000 km")
K(CHOE, [kun["choe"], aki["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until (the day of) victory")
K(WITHDRAW, [tr["wd"], tca["kyh"], kun["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun in Washington, Oct 30-31)")
K(KGMFA, [kg["kgmfa"], aki["kgmfa"]], "agreement",
  "Kyrgyzstan's Foreign Ministry has warned citizens in Russia against Russian army contracts (standing line)")
K(TRUMP24, [aki["t24"], az["t24"]], "agreement", "Trump: he could / would end the war within 24 hours")

pairs = [
    (kg["plan"], kg["fb"], "around 12,000 planned vs some 1,500 moved first"),
    (kg["sofar"], kg["fb"], "1,500: Seoul's head count so far vs the first transport"),
    (kg["brig"], kg["ships"], "four brigades vs four landing ships"),
    (kg["bud"], kg["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (tr["sb"], tr["nis3"], "about 1,500 more vs a total of around 3,000, same sentence"),
    (tr["nis3"], tr["pr"], "around 3,000 now vs about 10,000 expected by December"),
    (tr["sb"], tr["fb"], "about 1,500: the second group vs the first group"),
    (ap["hur"], ap["plan"], "about 12,000 already in Russia (HUR) vs about 12,000 planned (NIS), one interview"),
    (ap["off"], ap["gen"], "500 officers vs three generals, same sentence"),
    (ap["sites"], ap["gen"], "three: training grounds vs generals"),
    (ap["sb"], ap["nis3"], "a second group of about 1,500 vs around 3,000 in all"),
    (kz["dod10"], kz["pr"], "around 10,000 sent (Pentagon) vs some 10,000 forecast by December (NIS)"),
    (kz["nis10"], kz["pr"], "more than 10,000 now (NIS, Oct 29) vs the 10,000 forecast (NIS, Oct 23)"),
    (kz["hur"], kz["kirby3"], "HUR's 12,000 (snapshot) vs Kirby's at least 3,000 told as a step, one write-up"),
    (tca["bl8"], tca["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (tca["days"], tca["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (kun["bl8"], kun["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (aki["z11"], aki["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (aki["nis10"], aki["plan"], "more than 10,000 in Russia vs about 12,000 agreed, same sentence"),
    (az["st10"], az["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
