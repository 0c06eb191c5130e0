"""Generate gold.json for blind21 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind21/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, USK, PO
)

DOCS = {
    "rb": ("rbc-ukraine-2024-10-18-budanov-11000-north-korean-infantry-ready-november-1", "RBC-Ukraine",
           "2024-10-18"),
    "fo": ("focus-ua-2024-10-23-nis-second-group-1500-north-korean-troops-10000-by-december", "Focus.ua",
           "2024-10-23"),
    "lr": ("lrt-2024-10-24-radio-news-kyiv-12000-north-korean-soldiers-in-russia",
           "LRT (Lithuanian public broadcaster)", "2024-10-24"),
    "fi": ("le-figaro-2024-10-26-explainer-north-korean-soldiers-russia-what-we-know", "Le Figaro", "2024-10-26"),
    "es": ("espreso-tv-2024-10-29-interview-reserve-colonel-north-korean-soldiers-not-last-echelon", "Espreso TV",
           "2024-10-29"),
    "rz": ("rzeczpospolita-2024-11-01-blinken-8000-north-korean-soldiers-kursk-coming-days", "Rzeczpospolita",
           "2024-11-01"),
    "de": ("delfi-2024-11-05-live-war-in-ukraine-day-986-first-clashes-north-korean-troops", "Delfi", "2024-11-05"),
    "zn": ("zn-ua-2024-11-14-foreign-press-review-north-korean-troops-kursk-battle", "Dzerkalo Tyzhnia (ZN.ua)",
           "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind17's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SITES = "training sites in eastern Russia (US)"
ARMY = "North Korean standing army size"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
NEXT = "next North Korean transfer being prepared (NIS)"
UNSURE = "US unsure what North Korean troops will do in Russia"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
EXP = "North Korean troops gaining modern combat experience"
MORE = "more North Korean troops to come"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
KRAT = "Kim Jong Un ratifies the treaty with Russia"
N5 = "first clashes with North Korean troops (Nov 5)"
K2600 = "first North Korean unit bound for Kursk (Budanov)"
OFFSENT = "North Korean officers already sent (Zelensky)"
WO = "possible North Korean deployment size (Western official's range)"
ISWN = "North Koreans training in Russia (ISW)"
LIKELY = "North Korean deployment judged likely (Seoul, early October)"
KILLED = "North Korean officers killed near Donetsk"
FIRST = "first large-scale North Korean ground deployment abroad"
THREAT = "deployment as a security threat (Seoul)"
RESP = "Seoul to respond with its allies"
SANCT = "call for EU sanctions over the deployment"
USE = "where North Korean troops will be used (guest)"
LOSS = "Russian losses per day (Ukraine's General Staff)"
MANP = "Russia short of manpower"
FC = "North Korean troops that could be sent within a year (guest's forecast)"
AGE = "age"
KYIVW = "use of US weapons against North Korean troops is Kyiv's decision"
JOINT = "US and South Korea condemn the deployment"
WPNREQ = "Ukraine to ask South Korea for weapons"
SRBM = "North Korean short-range missile launch (Nov 5)"
OFFENS = "Kursk counteroffensive timing"
MONITOR = "South Korean team to study North Korean tactics"
MONOPP = "opposition to a South Korean team in Ukraine"
LONGR = "Ukraine seeks permission for long-range strikes in Russia"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
STATE = "US Department of State"
KIRBY = "John Kirby"
AUSTIN = "Lloyd Austin"
BL = "Antony Blinken"
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
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
UAG = "Ukraine government"
HNAT = "Viktor Hnatyuk"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- RBC-Ukraine, Fri 2024-10-18 (news story with an update block)
# "published on Friday" and "on Friday" -> 10-18; "On Thursday" -> 10-17; "on October 12" -> 10-12 (ISW's report);
# "on October 8" -> 10-08; the officers' deaths "on October 3" are that claim's event_date (tests/gold/README).
# The update's second and third paragraphs ("the agency said", "the NIS said") give no day and stay undated.
# The Read-also headlines, the exchange-rate line, "since August" and "the losses of the summer" are not claims.
rb = {}
rb["bud"] = C("rb", "About 11,000 North Korean infantrymen are training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
rb["ready"] = C("rb", "will be ready for combat by November 1", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=BUD, ev="2024-10-18")
rb["k2600"] = C("rb", "the first unit, some 2,600 men, is to be sent to the Kursk region", measure=K2600, value=2600,
                q="about", mod="planned", scope="first_batch", by=BUD, place="Kursk")
rb["z10"] = C("rb", "Pyongyang was preparing 10,000 soldiers to fight for Russia", measure=PL, value=10000,
              mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
rb["offs"] = C("rb", "had already sent \"tactical personnel and officers\" there", kind=S, measure=OFFSENT, by=ZEL,
               ev="2024-10-17", place="Russia")
rb["wo"] = C("rb", "put a possible deployment at between 2,000 and 12,000 troops", measure=WO, low=2000, high=12000,
             mod="planned", scope="total", by="Western official", place="Russia")
rb["isw"] = C("rb", "had reported on October 12 that \"several thousand\" North Koreans were training in Russia",
              low=2000, high=9000, q="vague", scope="total", by="ISW", ev="2024-10-12", place="Russia")
rb["likely"] = C("rb", "told lawmakers on October 8 that a North Korean deployment was highly likely", kind=S,
                 measure=LIKELY, mod="planned", by="Kim Yong-hyun", ev="2024-10-08")
rb["killed"] = C("rb", "six North Korean officers were killed in a missile strike near Donetsk", measure=KILLED, value=6,
                 unit="officers", by="Ukrainian intelligence sources (anonymous)", ev="2024-10-03", place="Donetsk")
rb["fake"] = C("rb", "spokesman Dmitry Peskov has dismissed the reports as \"another fake\"", kind=S, measure=DEP,
               by=PESKOV, subject=RUS)
rb["brig"] = C("rb", "North Korea had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
rb["plan"] = C("rb", "about 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
rb["begun"] = C("rb", "The transfer has already begun, the agency said.", kind=S, measure=DEP, by=NIS)
rb["win"] = C("rb", "Between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
rb["fb"] = C("rb", "about 1,500 special forces were carried from the Chongjin, Hamhung and Musudan areas to Vladivostok",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
rb["ships"] = C("rb", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
rb["escort"] = C("rb", "escorted by three Russian warships", measure=ESCORT, value=3, unit="ships", by=NIS,
                 subject=RUS)
rb["unif"] = C("rb", "The soldiers were issued Russian uniforms and forged identity papers", kind=S, measure=UNIF,
               by=NIS)
rb["first"] = C("rb", "It called the move the North's first large-scale deployment of ground forces abroad.", kind=S,
                measure=FIRST, by=NIS)
rb["threat"] = C("rb", "the presidential office called the deployment a grave security threat to South Korea and the "
                 "international community", kind=S, measure=THREAT, by=PO, ev="2024-10-18")
rb["resp"] = C("rb", "Seoul, it said, would respond with its allies and would not stand idle.", kind=S, measure=RESP,
               mod="planned", by=PO, subject=SK)
rb["manp"] = C("rb", "Russia, officials here argue, is running short of men", kind=S, measure=MANP, by=UAG,
               subject=RUS)

# ---------------------------------------------------------------- Focus.ua, Wed 2024-10-23 (press-briefing write-up with update)
# The lawmakers relay the NIS, so their lines are the NIS's. "on Wednesday" dates only the lead; Park's and Lee's
# lines give no day. "Last Friday" -> 10-18 (its four claims); "on 18 October" -> 10-18; "On Monday" -> 10-21
# (Kyslytsya; the summons). "At that point Seoul counted about 1,500" is the week's snapshot (bundled k01). The update
# block: "on Wednesday" -> 10-23 (Kirby), "Earlier on Wednesday" -> 10-23 (Austin); the quoted lines after them give
# no day. "Washington has now confirmed the troops' presence" is the outlet's summary of Kirby and is not annotated.
fo = {}
fo["sb"] = C("fo", "North Korea has sent a second group of about 1,500 soldiers to Russia", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
fo["r3"] = C("fo", "That brings the number of North Korean troops in Russia to about 3,000", value=3000, q="about",
             scope="total", by=NIS, place="Russia")
fo["proj"] = C("fo", "The NIS expects around 10,000 to have been sent", measure=PR, value=10000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
fo["dec"] = C("fo", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fo["next"] = C("fo", "He added that further transfers were already being prepared.", kind=S, measure=NEXT,
               mod="planned", by=NIS)
fo["pay"] = C("fo", "Russia was paying each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
fo["regime"] = C("fo", "Most of that money is likely to end up with the regime in Pyongyang, he said.", kind=S,
                 measure=REGIME, by=NIS)
fo["drones"] = C("fo", "Russian instructors have found the North Koreans physically fit and highly motivated, but lacking "
                 "an understanding of modern warfare, drones in particular", kind=S, measure=DRONES, by=NIS)
fo["info"] = C("fo", "At home the deployment is being kept secret, and the families of soldiers sent abroad have been "
               "moved and isolated, the NIS believes.", kind=S, measure=INFO, by=NIS)
fo["brig"] = C("fo", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
fo["plan"] = C("fo", "some 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
fo["fb"] = C("fo", "1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500, scope="first_batch",
             by=NIS, ev="2024-10-18", place=RFE)
fo["win"] = C("fo", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
fo["so15"] = C("fo", "At that point Seoul counted about 1,500 North Korean troops on Russian soil", value=1500, q="about",
               scope="total", by=NIS, place="Russia")
fo["bud"] = C("fo", "said on 18 October that about 11,000 North Korean infantrymen were training in the Russian Far East",
              value=11000, q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
fo["kys"] = C("fo", "Sergiy Kyslytsya said some 11,000 were in training there", value=11000, q="about", scope="total",
              by=KYS, ev="2024-10-21", place=RFE)
fo["ready"] = C("fo", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
fo["fake"] = C("fo", "Moscow has called the reports a fabrication.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
fo["wd"] = C("fo", "summoned Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of the North Korean "
             "troops", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
fo["unsc"] = C("fo", "The foreign ministry called the deployment a violation of UN Security Council resolutions.", kind=S,
               measure=LAW, by=SKFM)
fo["kirby"] = C("fo", "at least 3,000 North Korean soldiers had been moved by ship from the Wonsan area to Vladivostok",
                value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
fo["sites"] = C("fo", "then on to three training sites in eastern Russia", measure=SITES, value=3, unit="training sites",
                by=KIRBY, ev="2024-10-23", place=RFE)
fo["fair"] = C("fo", "\"If they do deploy to fight against Ukraine, they're fair game,\" Kirby said.", kind=S,
               measure=TGT, mod="conditional", by=KIRBY)
fo["austin"] = C("fo", "said in Rome that there was evidence of North Korean troops in Russia", kind=S, measure=DEP,
                 by=AUSTIN, ev="2024-10-23")
fo["unclear"] = C("fo", "\"What exactly they're doing is left to be seen,\" he told reporters", kind=S, measure=UNSURE,
                  by=AUSTIN)
fo["esc"] = C("fo", "If they are preparing to join the war on Russia's behalf, that would be a very, very serious issue, "
              "he added.", kind=S, measure=ESC, mod="conditional", by=AUSTIN)

# ---------------------------------------------------------------- LRT, Thu 2024-10-24 (radio news bulletin transcript)
# "said today" -> 10-24; "yesterday" -> 10-23 (the NIS's briefing; HUR's arrival, the arrival claim's event_date).
# The correspondent's "According to ... the HUR" line gives no day; "Last week" gives null. The SOT label gives no day,
# so Putin's bite is undated, as is the presenter's paraphrase after it. The Duma's ratification is reported fact.
# The election, kindergarten, basketball, weather and phone lines are off-topic or furniture.
lr = {}
lr["hur"] = C("lr", "Ukraine's military intelligence said today that about twelve thousand North Korean soldiers are "
              "already in Russia", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
lr["off"] = C("lr", "the North Korean contingent includes 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
lr["gen"] = C("lr", "and three generals", measure=GEN, value=3, unit="generals", by=HUR)
lr["arr"] = C("lr", "the first units reached the Kursk region, which borders Ukraine's Sumy region, yesterday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
lr["nis3"] = C("lr", "about 3,000 had been moved so far", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
lr["proj"] = C("lr", "it expects some 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
lr["dec"] = C("lr", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
lr["wh3"] = C("lr", "The White House speaks of at least three thousand", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
lr["plan"] = C("lr", "Last week Seoul said Pyongyang planned to send 12,000 in all", measure=PL, value=12000,
               mod="planned", scope="total", by=NIS, place="Russia")
lr["z10"] = C("lr", "President Zelensky spoke of ten thousand being prepared", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, place="Russia")
lr["img"] = C("lr", "\"Images are a serious thing. If there are images, they reflect something.\"", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
lr["treaty"] = C("lr", "how Russia applies the mutual-assistance article of its treaty with Pyongyang is Moscow's own "
                 "business", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
lr["esc"] = C("lr", "Foreign Minister Gabrielius Landsbergis said today that North Korean soldiers on Russian soil mark "
              "\"a new stage of escalation\"", kind=S, measure=ESC, by="Gabrielius Landsbergis", ev="2024-10-24")
lr["sanct"] = C("lr", "He called for fresh EU sanctions on Pyongyang and on the Russian companies that move its soldiers.",
                kind=S, measure=SANCT, by="Gabrielius Landsbergis")
lr["wpn"] = C("lr", "said today that his country would not rule out supplying weapons to Ukraine, depending on what the "
              "North Korean troops do", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Le Figaro, Sat 2024-10-26 (explainer)
# "on Wednesday" -> 10-23 (the NIS's briefing; HUR's arrival), "On Thursday" -> 10-24, "On 18 October" -> 10-18,
# "on 17 October" -> 10-17, "on Saturday" -> 10-26, "on Friday" -> 10-25. The lead's "Twelve thousand, three thousand,
# ten thousand" is the outlet's list of other figures and is not annotated; "four times higher" is its own ratio
# (attributed to nobody). "The White House says" -> White House. "Washington warns" -> US government. "Pyongyang says
# yes" / "Seoul says no" are the outlet's summaries of the sentences that follow them. "since 1953", "in June", the
# Read-also headlines and the comment count are not claims.
fi = {}
fi["nis3"] = C("fi", "about 3,000 North Korean soldiers had been moved to Russia", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
fi["fb"] = C("fi", "a first wave of about 1,500 special forces in mid-October", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-23", place="Russia")
fi["sb"] = C("fi", "then a second of similar size", kind=S, measure=SB, scope="additional", by=NIS, ev="2024-10-23")
fi["wh3"] = C("fi", "\"at least 3,000\", according to the White House", value=3000, q="at_least", scope="total", by=WH,
              place="Russia")
fi["ratio"] = C("fi", "Kyiv's count is four times higher", measure=RATIO, value=4, unit="times", by=None)
fi["hur"] = C("fi", "said about 12,000 North Koreans were already in Russia", value=12000, q="about", scope="total",
              by=HUR, ev="2024-10-24", place="Russia")
fi["arr"] = C("fi", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
fi["brig"] = C("fi", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
fi["plan"] = C("fi", "about 12,000 men", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
fi["proj"] = C("fi", "It now expects about 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
fi["dec"] = C("fi", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fi["z10"] = C("fi", "Volodymyr Zelensky had spoken of 10,000 on 17 October", measure=PL, value=10000, mod="planned",
              scope="total", by=ZEL, ev="2024-10-17", place="Russia")
fi["k2600"] = C("fi", "said a first unit of 2,600 would head for Kursk", measure=K2600, value=2600, mod="planned",
                scope="first_batch", by=BUD, place="Kursk")
fi["ships"] = C("fi", "sailed to Vladivostok on four Russian landing ships", measure=SHIPS, value=4, unit="ships",
                by=NIS, subject=RUS)
fi["win"] = C("fi", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
fi["unif"] = C("fi", "received Russian uniforms and papers presenting them as Siberians", kind=S, measure=UNIF, by=NIS)
fi["sites"] = C("fi", "The White House says they were then taken to three training sites in the Far East", measure=SITES,
                value=3, unit="training sites", by=WH, place=RFE)
fi["ct"] = C("fi", "the first North Korean soldiers could be in combat zones on Sunday and Monday, 27 and 28 October",
             kind=D, measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
fi["tgt"] = C("fi", "Washington warns that if they fight, they are legitimate targets", kind=S, measure=TGT,
              mod="conditional", by=USG)
fi["fake"] = C("fi", "The Kremlin first called the reports \"fake\".", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
fi["img"] = C("fi", "\"Images are a serious thing,\" he said", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24",
              subject=RUS)
fi["treaty"] = C("fi", "How Russia applies Article 4 of the treaty it signed with Pyongyang in June, the mutual-assistance "
                 "clause, \"is our business\", he added.", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
fi["kjg"] = C("fi", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
              "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
fi["unsc"] = C("fi", "its foreign ministry calls it a violation of UN Security Council resolutions", kind=S, measure=LAW,
               by=SKFM)
fi["wd"] = C("fi", "has demanded the troops' withdrawal", kind=S, measure=WITHDRAW, by=SKFM, subject=SK)
fi["pay"] = C("fi", "Russia pays each soldier about 2,000 dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
fi["regime"] = C("fi", "which believes most of it goes to the regime", kind=S, measure=REGIME, by=NIS)
fi["tech"] = C("fi", "\"Moscow could pay in satellite or submarine know-how, worth far more to Kim Jong Un than cash,\"",
               kind=S, measure=TECH, mod="conditional", by="Élise Marchand")
fi["army"] = C("fi", "an army of some 1.2 million", measure=ARMY, value=1200000, q="about", unit="personnel", by=None)

# ---------------------------------------------------------------- Espreso TV, Tue 2024-10-29 (broadcast interview)
# The intro: "on Monday" -> 10-28 (the Pentagon), "On Tuesday" -> 10-29 (the NIS). The presenter's questions relay
# figures and are annotated as their origins' claims, undated ("a week ago" gives null; "Seoul" -> the NIS; "Our
# intelligence" -> HUR), as blind10-19 annotated relaying questions. "talking about 3,000" has no hedge: "about" is a
# preposition there. The guest's relays keep their origin ("The South Koreans", "According to the South Koreans" ->
# the NIS; "The Americans" -> US government; "our General Staff's count" -> Ukraine General Staff); his own judgments
# and forecast are his (Viktor Hnatyuk). "Some Western commentators say" names nobody and is not annotated; "since the
# summer", "20:00" and the donation line are not claims.
es = {}
es["dod"] = C("es", "around 10,000 North Korean soldiers had been sent to eastern Russia to train", value=10000, q="about",
              scope="total", by=DOD, ev="2024-10-28", place=RFE)
es["closer"] = C("es", "some had already moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
es["nis10"] = C("es", "telling lawmakers that more than 10,000 had been dispatched", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
es["front"] = C("es", "some were moving towards the front line", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
es["age"] = C("es", "Viktor Hnatyuk, 56", measure=AGE, value=56, unit="years", by=None, subject=HNAT)
es["q3"] = C("es", "a week ago Seoul was talking about 3,000", value=3000, scope="total", by=NIS, place="Russia")
es["q10"] = C("es", "Now it is more than ten thousand", value=10000, q="at_least", scope="total", by=NIS,
              place="Russia")
es["proj"] = C("es", "The South Koreans themselves said last week they expected 10,000", measure=PR, value=10000,
               mod="planned", scope="total", by=NIS, place="Russia")
es["dec"] = C("es", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
es["ct"] = C("es", "they could be in combat zones on 27 and 28 October", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL)
es["weeks"] = C("es", "The Americans speak of \"the next several weeks\"", kind=S, measure=CT, mod="planned", by=USG)
es["use"] = C("es", "they will be thrown into the Kursk region first, to free Russian units for Donbas", kind=S,
              measure=USE, mod="planned", by=HNAT, place="Kursk")
es["off"] = C("es", "there are 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
es["gen"] = C("es", "and three generals among them", measure=GEN, value=3, unit="generals", by=HUR)
es["kyb"] = C("es", "it is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
es["terms"] = C("es", "Russian instructors are teaching the men about a hundred basic military terms in Russian",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS)
es["short"] = C("es", "It is short of men.", kind=S, measure=MANP, by=HNAT, subject=RUS)
es["loss"] = C("es", "Russia is losing more than a thousand soldiers a day", measure=LOSS, value=1000, q="at_least",
               unit="soldiers per day", by="Ukraine General Staff", subject=RUS)
es["rutte"] = C("es", "confirmed on Monday that North Korean units are in the Kursk region", kind=S, measure=DEP,
                by=RUTTE, ev="2024-10-28", place="Kursk")
es["esc"] = C("es", "called it a significant escalation", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
es["more"] = C("es", "Pyongyang will send more; this is not the last echelon.", kind=S, measure=MORE, mod="planned",
               by=HNAT)
es["exp"] = C("es", "the men who come home will bring experience of modern war, drones included, which is what Kim Jong "
              "Un wants most", kind=S, measure=EXP, by=HNAT)
es["tech"] = C("es", "He also wants Russian technology for missiles and satellites.", kind=S, measure=TECH, by=HNAT)
es["fc"] = C("es", "Pyongyang could send 50,000 or more within a year", measure=FC, value=50000, q="at_least",
             mod="conditional", by=HNAT, place="Russia")

# ---------------------------------------------------------------- Rzeczpospolita, Fri 2024-11-01 (correspondent's dispatch)
# "on Thursday" -> 10-31 (the lead only); Blinken's and Austin's later lines give no day. "on Tuesday" -> 10-29 (the
# NIS; its three claims share the sentence). "In Moscow on Friday" -> 11-01 (Choe). "56th", the election polls and
# votes and the zloty are not claims of the story; "Polish diplomats have been saying so" names nobody. "its officials
# now say they do not rule out an exception" -> South Korea government, in the weapons agreement.
rz = {}
rz["bl8"] = C("rz", "About 8,000 North Korean soldiers have been moved to Russia's Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
rz["days"] = C("rz", "Washington expects them to be used in combat or combat support operations against Ukrainian forces "
               "\"in the coming days\"", kind=S, measure=CT, mod="planned", by=BL)
rz["bl10"] = C("rz", "North Korea has sent roughly 10,000 soldiers to Russia", value=10000, q="about", scope="total",
               by=BL, place="Russia")
rz["eq"] = C("rz", "Russian instructors have been training them in artillery, drones and basic infantry tactics, including "
             "trench clearing", kind=S, measure=EQ, by=BL, subject=RUS)
rz["tgt"] = C("rz", "North Korean soldiers who join the fighting would be legitimate military targets, he warned.",
              kind=S, measure=TGT, mod="conditional", by=BL)
rz["notseen"] = C("rz", "said the US had not yet seen them deployed in combat", kind=S, measure=CS, by=AUSTIN)
rz["kyivw"] = C("rz", "How Ukraine uses American weapons against them, Austin added, was for Kyiv to decide.", kind=S,
                measure=KYIVW, by=AUSTIN, subject=US)
rz["cho"] = C("rz", "Seoul was worried that Moscow might pay Pyongyang with sensitive military technology", kind=S,
              measure=TECH, mod="conditional", by="Cho Tae-yul")
rz["joint"] = C("rz", "The ministers condemned the deployment \"in the strongest terms\"", kind=S, measure=JOINT, by=USK)
rz["nis10"] = C("rz", "more than 10,000 North Koreans had been sent to Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
rz["kyb"] = C("rz", "they were led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
rz["terms"] = C("rz", "they were being taught about 100 Russian military terms", measure=TERMS, value=100, q="about",
                unit="terms", by=NIS, ev="2024-10-29")
rz["wpn"] = C("rz", "its officials now say they do not rule out an exception for Ukraine", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)
rz["t86"] = C("rz", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
rz["alt"] = C("rz", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
rz["choe"] = C("rz", "said Pyongyang would \"stand firmly by our Russian comrades until victory\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
rz["sik"] = C("rz", "a Russia forced to \"rent soldiers from Pyongyang\" is weaker than it pretends", kind=S,
              measure=MANP, by="Radosław Sikorski", subject=RUS)

# ---------------------------------------------------------------- Delfi, Tue 2024-11-05 (live blog)
# Strict own-sentence dating, as blind18: entry times give no day. "broadcast on Tuesday" -> 11-05 (Umerov's clashes);
# "on Monday evening" / "on Monday" -> 11-04; "on Friday" -> 11-01; "said on Tuesday" -> 11-05 (Braže); "This morning"
# -> 11-05. "Last week" gives null; the ICBM's "of last Thursday" dates the launch, not the ministry's statement, and
# is left null. Peskov's refusal, the Kremlin video, oil, the US vote, "day 986", the related headlines and the
# address are not claims. "Seoul is "closely monitoring"" belongs to the ministry's one statement.
de = {}
de["mnd"] = C("de", "South Korea's Defence Ministry says it is unable to confirm Umerov's account of fighting with North "
              "Korean units", kind=S, measure=N5, by=MND, subject=SK)
de["um"] = C("de", "The first small-scale clashes between Ukrainian forces and North Korean units have already taken place",
             kind=S, measure=N5, by=UM, ev="2024-11-05", place="Kursk")
de["more"] = C("de", "He expects more North Korean troops to arrive in the coming weeks.", kind=S, measure=MORE,
               mod="planned", by=UM)
de["req"] = C("de", "said Kyiv would ask South Korea for air defence systems and artillery ammunition", kind=S,
              measure=WPNREQ, mod="planned", by=UM, subject=UA)
de["braze"] = C("de", "North Korean soldiers fighting in Europe turn Russia's war into a wider conflict", kind=S,
                measure=ESC, by="Baiba Braže", ev="2024-11-05")
de["z11"] = C("de", "11,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
de["partn"] = C("de", "complained that Ukraine's partners had done nothing in response", kind=S, measure=PARTN, by=ZEL,
                ev="2024-11-04", subject=UA)
de["us8"] = C("de", "Last week Washington put the number in Kursk at about 8,000", measure=KU, value=8000, q="about",
              by=USG, place="Kursk")
de["nis10"] = C("de", "out of more than 10,000 sent to Russia, according to Seoul's spy agency", value=10000,
                q="at_least", scope="total", by=NIS, place="Russia")
de["choe"] = C("de", "had said on Friday that her country would stand with Russia \"until victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
de["dod"] = C("de", "it had no indication yet that North Korean troops had engaged in combat", kind=S, measure=CS,
              by=DOD, ev="2024-11-04")
de["t86"] = C("de", "North Korea's ICBM of last Thursday flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
              by=JMOD)
de["srbm"] = C("de", "This morning Pyongyang fired a salvo of short-range ballistic missiles into the sea off its east "
               "coast, Seoul's Joint Chiefs of Staff said.", kind=S, measure=SRBM,
               by="South Korea Joint Chiefs of Staff", ev="2024-11-05")

# ---------------------------------------------------------------- ZN.ua, Thu 2024-11-14 (foreign press review)
# Each item relays a foreign outlet; attributed_to is the primary origin the outlet cites (the NYT's "US and Ukrainian
# officials", the State Department, the NIS, KCNA, a European official), or the speaker the outlet recalls. "on Sunday"
# -> 11-10, "on Tuesday" -> 11-12, "on Wednesday" -> 11-13, "on 31 October" -> 10-31, "four days later" -> 11-04,
# "on 5 November" / "the same day" -> 11-05, "last Thursday" -> 11-07. "A month earlier" gives null. The foreign
# papers' own remarks ("neither Moscow nor Pyongyang has confirmed", "nobody in Seoul disputes it", "Opinion ... remains
# divided"), the desk's comment, "Nine days on", Putin's signature (reported fact) and the subscription price are not
# annotated.
zn = {}
zn["mass"] = C("zn", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
               q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
zn["offens"] = C("zn", "The paper wrote that the counteroffensive could begin within days.", kind=S, measure=OFFENS,
                 mod="planned", by="US and Ukrainian officials", subject=RUS, place="Kursk")
zn["st10"] = C("zn", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
zn["most"] = C("zn", "most of them had moved to Kursk", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12", place="Kursk")
zn["begun"] = C("zn", "have begun engaging in combat operations\" alongside Russian forces", kind=S, measure=CS, by=STATE,
                ev="2024-11-12", place="Kursk")
zn["units"] = C("zn", "North Korean troops had been assigned to Russian marine and airborne units", kind=S, measure=UNITS,
                by=NIS, ev="2024-11-13")
zn["fight"] = C("zn", "some of them were already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")
zn["plan"] = C("zn", "had put the planned contingent at 12,000", measure=PL, value=12000, mod="planned", scope="total",
               by=NIS, place="Russia")
zn["fb"] = C("zn", "the first wave at 1,500", measure=FB, value=1500, scope="first_batch", by=NIS, place="Russia")
zn["bl8"] = C("zn", "Antony Blinken had put the number in Kursk at about 8,000 on 31 October", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
zn["z11"] = C("zn", "Volodymyr Zelensky raised it to 11,000 four days later", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
zn["kyiv"] = C("zn", "Kyiv first reported clashes with North Korean units on 5 November", kind=S, measure=N5, by=UAG,
               ev="2024-11-05", place="Kursk")
zn["mnd"] = C("zn", "South Korea's Defence Ministry said the same day it could not confirm", kind=S, measure=N5, by=MND,
              ev="2024-11-05", subject=SK)
zn["krat"] = C("zn", "Kim Jong Un had ratified the comprehensive strategic partnership treaty with Russia by decree",
               kind=S, measure=KRAT, by="KCNA", ev="2024-11-12")
zn["wpn"] = C("zn", "President Yoon Suk Yeol said last Thursday that Seoul did not rule out supplying weapons to Ukraine",
              kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
zn["mon"] = C("zn", "South Korea's defence ministry was still weighing whether to send a small team of officers to "
              "Ukraine to study North Korean tactics", kind=S, measure=MONITOR, mod="planned", by=MND, subject=SK)
zn["opp"] = C("zn", "Seoul's opposition calls it a step towards joining the war.", kind=S, measure=MONOPP,
              by="South Korea opposition", subject=SK)
zn["manp"] = C("zn", "\"Every North Korean in Kursk is a Russian the Kremlin does not have to mobilise.\"", kind=S,
               measure=MANP, by="European official (anonymous)", subject=RUS)
zn["longr"] = C("zn", "Kyiv wants the permission to strike military targets deep inside Russia", kind=S, measure=LONGR,
                by=UAG, subject=UA)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [fo["so15"], rb["bud"], fo["bud"], fo["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 on Russian soil vs about 11,000 training in the Far East "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 (NIS)", [fo["so15"]]), ("about 11,000 training (Budanov, Kyslytsya)", [rb["bud"], fo["bud"], fo["kys"]])])
K(RU, [fo["r3"], fo["kirby"], lr["nis3"], lr["wh3"], fi["nis3"], fi["wh3"], lr["hur"], fi["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, White House)",
    [fo["r3"], fo["kirby"], lr["nis3"], lr["wh3"], fi["nis3"], fi["wh3"]]),
   ("about 12,000 (HUR)", [lr["hur"], fi["hur"]])])
K(RU, [es["q3"], es["dod"], es["nis10"], es["q10"], rz["bl10"], rz["nis10"], de["nis10"], zn["st10"]],
  "update_over_time",
  "running total in Russia told from Oct 28 on: 3,000 a week earlier (told as the step before) -> around 10,000 "
  "(Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [rz["bl8"], de["us8"], zn["bl8"], de["z11"], zn["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Washington, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [rb["plan"], fo["plan"], lr["plan"], fi["plan"], zn["plan"], rb["z10"], lr["z10"], fi["z10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [rb["plan"], fo["plan"], lr["plan"], fi["plan"], zn["plan"]]),
   ("10,000 (Zelensky)", [rb["z10"], lr["z10"], fi["z10"]])])
K(FB, [rb["fb"], fo["fb"], fi["fb"], zn["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [rb["win"], fo["win"], fi["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [rb["brig"], fo["brig"], fi["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SHIPS, [rb["ships"], fi["ships"]], "agreement", "NIS: four Russian landing ships")
K(UNIF, [rb["unif"], fi["unif"]], "agreement", "NIS: Russian uniforms and forged papers (Yakutians, Buryats / Siberians)")
K(SB, [fo["sb"], fi["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500, the size of the first")
K(PR, [fo["proj"], lr["proj"], fi["proj"], es["proj"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [fo["dec"], lr["dec"], fi["dec"], es["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [fo["pay"], fi["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [fo["regime"], fi["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(OFF, [lr["off"], es["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [lr["gen"], es["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [lr["arr"], fi["arr"]], "agreement", "HUR: the first units reached the Kursk region on Oct 23")
K(SITES, [fo["sites"], fi["sites"]], "agreement", "Kirby / White House (Oct 23): three training sites in the Far East")
K(READY, [rb["ready"], fo["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(K2600, [rb["k2600"], fi["k2600"]], "agreement", "Budanov: a first unit of about 2,600 bound for Kursk")
K(DEP, [rb["begun"], fo["austin"], es["rutte"], rb["fake"], fo["fake"], fi["fake"]], "discrepancy",
  "deployment asserted (NIS Oct 18, Austin Oct 23, Rutte Oct 28) vs dismissed as fake (Peskov / the Kremlin)",
  [("asserted", [rb["begun"], fo["austin"], es["rutte"]]), ("dismissed", [rb["fake"], fo["fake"], fi["fake"]])])
K(ESC, [fo["esc"], lr["esc"], es["esc"], de["braze"]], "agreement",
  "escalation warning: Austin's 'very, very serious' (conditional), Landsbergis's 'new stage', Rutte's 'significant "
  "escalation', Braže's 'wider conflict'")
K(TGT, [fo["fair"], fi["tgt"], rz["tgt"]], "agreement",
  "US: North Koreans who fight are fair game / legitimate targets (Kirby, Washington, Blinken)")
K(LAW, [fi["kjg"], fo["unsc"], fi["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council resolutions "
  "(Seoul's foreign ministry)",
  [("lawful (Kim Jong Gyu)", [fi["kjg"]]), ("violates UNSC resolutions (Seoul)", [fo["unsc"], fi["unsc"]])])
K(WITHDRAW, [fo["wd"], fi["wd"]], "agreement", "Seoul's foreign ministry demanded the troops' withdrawal (Oct 21)")
K(IMG, [lr["img"], fi["img"]], "agreement", "Putin (Oct 24): 'Images are a serious thing'")
K(TREATY, [lr["treaty"], fi["treaty"]], "agreement", "Putin: applying the treaty's assistance clause is Russia's business")
K(WPN, [lr["wpn"], rz["wpn"], zn["wpn"]], "agreement",
  "Seoul does not rule out arming Ukraine (Yoon Oct 24 and Nov 7; Seoul's officials)")
K(CT, [fi["ct"], es["ct"], es["weeks"], rz["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'the next several weeks' (Washington, Oct 28) vs 'in the coming days' "
  "(Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [fi["ct"], es["ct"]]), ("several weeks (Washington)", [es["weeks"]]),
   ("coming days (Blinken)", [rz["days"]])])
K(CS, [rz["notseen"], de["dod"], zn["begun"], zn["fight"]], "update_over_time",
  "combat status: not yet seen in combat (Austin Oct 31; Pentagon Nov 4) -> have begun engaging in combat (State "
  "Department Nov 12; NIS Nov 13)")
K(N5, [de["um"], zn["kyiv"], de["mnd"], zn["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov / Kyiv) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Kyiv)", [de["um"], zn["kyiv"]]), ("cannot confirm (Seoul MND)", [de["mnd"], zn["mnd"]])])
K(FRONT, [es["closer"], es["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front line (NIS)")
K(TERMS, [es["terms"], rz["terms"]], "agreement", "NIS (Oct 29): about 100 Russian military terms taught")
K(KYB, [es["kyb"], rz["kyb"]], "agreement", "NIS (Oct 29): led by Lt. Gen. Kim Yong Bok")
K(ICBM_T, [rz["t86"], de["t86"]], "agreement", "Japan's defence ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [rz["choe"], de["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(MORE, [es["more"], de["more"]], "agreement",
  "more North Korean troops to come (Hnatyuk's 'not the last echelon'; Umerov: more in the coming weeks)")
K(TECH, [fi["tech"], es["tech"], rz["cho"]], "agreement",
  "North Korea may be paid in Russian military technology (Marchand, Hnatyuk, Cho Tae-yul)")
K(MANP, [rb["manp"], es["short"], rz["sik"], zn["manp"]], "agreement",
  "Russia is short of men and hires North Koreans (Kyiv's officials, Hnatyuk, Sikorski, a European official)")

pairs = [
    (fo["fb"], fo["sb"], "1,500 special forces shipped (first transport) vs a second group of about 1,500"),
    (fo["sb"], fo["r3"], "a second group of about 1,500 vs about 3,000 in Russia, adjacent sentences"),
    (fo["r3"], fo["proj"], "about 3,000 now vs around 10,000 expected by December"),
    (fo["so15"], fo["fb"], "1,500: Seoul's count on Russian soil that week vs the first transport, same paragraph"),
    (rb["plan"], rb["fb"], "about 12,000 planned vs about 1,500 carried first, same update block"),
    (rb["brig"], rb["ships"], "four brigades vs four landing ships"),
    (rb["bud"], rb["z10"], "about 11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (rb["k2600"], rb["fb"], "first units: Budanov's 2,600 bound for Kursk vs the NIS's 1,500 carried to Vladivostok"),
    (lr["off"], lr["gen"], "500 officers vs three generals, same sentence"),
    (lr["hur"], lr["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (lr["nis3"], lr["proj"], "about 3,000 so far vs some 10,000 by December, same sentence"),
    (fi["hur"], fi["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (fi["fb"], fi["k2600"], "first wave of about 1,500 (NIS) vs first unit of 2,600 (Budanov)"),
    (es["dod"], es["proj"], "around 10,000 already sent vs 10,000 expected by December"),
    (es["q10"], es["proj"], "more than ten thousand now vs 10,000 expected by December, adjacent turns"),
    (rz["bl8"], rz["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (de["us8"], de["nis10"], "about 8,000 in Kursk vs more than 10,000 in Russia, same sentence"),
    (de["z11"], de["nis10"], "11,000 in Kursk vs more than 10,000 in Russia, same entry"),
    (zn["plan"], zn["fb"], "12,000 planned vs the first wave of 1,500, same sentence"),
    (rb["bud"], de["z11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
