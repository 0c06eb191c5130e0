"""Generate gold.json for blind18 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind18/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, PO, JMOD  # noqa: F401
)

DOCS = {
    "li": ("liga-net-2024-10-23-live-nis-second-group-kirby-3000", "LIGA.net", "2024-10-23"),
    "ve": ("vedomosti-2024-10-24-putin-kazan-press-conference-images-serious-thing", "Vedomosti", "2024-10-24"),
    "ep": ("european-pravda-2024-10-25-pyongyang-international-law-hur-12000", "European Pravda", "2024-10-25"),
    "fa": ("faz-2024-10-28-brussels-rutte-confirms-north-korean-units-kursk", "Frankfurter Allgemeine Zeitung",
           "2024-10-28"),
    "wy": ("gazeta-wyborcza-2024-10-30-analysis-seoul-count-more-than-10000", "Gazeta Wyborcza", "2024-10-30"),
    "ur": ("ukrainian-radio-2024-11-01-news-blinken-8000-kursk-interview", "Ukrainian Radio", "2024-11-01"),
    "er": ("err-news-2024-11-05-umerov-first-clashes-north-korean-units-update", "ERR News", "2024-11-05"),
    "vs": ("verstka-2024-11-20-fact-check-no-north-korean-soldiers-kursk", "Verstka", "2024-11-20"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind14's wording)
SHIPS = "Russian landing ships used for the first transport"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
UNSURE = "US unsure what North Korean troops will do in Russia"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
MONT = "South Korean monitoring team to Ukraine"
MORE = "more North Korean troops to come"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
KRAT = "Kim Jong Un ratifies the treaty with Russia"
MANP = "deployment shows Russia's manpower shortage"
INTENT = "Russia intends to use North Korean troops in combat"
NOACK = "Russia has not acknowledged the deployment"
NOV5 = "first clashes with North Korean troops (Nov 5)"
SANC = "sanctions on North Korea over the deployment"
GAP = "why the troop estimates differ"
NATO32 = "NATO member states"
EUC = "EU contacts with partners in Asia over the deployment"
RAM = "Kyiv to raise the deployment with its backers"
RCALL = "Rutte to speak with Yoon"
CONS = "NATO consultations with Indo-Pacific partners"
SYMB = "size and weight of the contingent (analyst)"
EXPK = "North Korean troops expected in Kursk (analyst)"
UMMORE = "more North Korean units expected in the fighting (Ukraine)"
AGE = "age"
ATACMS = "US permission for ATACMS strikes linked to the deployment"


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
PESKOV = "Dmitry Peskov"
KREMLIN = "Kremlin"
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
UAFM = "Ukraine Foreign Ministry"
UAG = "Ukraine government"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
TSAHKNA = "Margus Tsahkna"
ZIEL = "Marta Zielinska"
HRYT = "Vadym Hrytsenko"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- LIGA.net, Wed 2024-10-23 (live blog)
# Entries are dated by their own sentences only ("on Wednesday" -> 10-23, "On Friday" -> 10-18, "on Tuesday" ->
# 10-22, "A day earlier" (than Tuesday) -> 10-21, "Last Thursday" -> 10-17); the entry time stamps and "Last week"
# give no day. What Park Sun-won and Lee Seong-kweun relay is the NIS's. The finance entry is off-topic.
li = {}
li["kirby"] = C("li", "North Korea moved at least 3,000 soldiers into eastern Russia", value=3000, q="at_least",
                scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
li["sites"] = C("li", "then taken on to three military training sites in the Russian Far East", measure=SITES,
                value=3, unit="training sites", by=KIRBY, place=RFE)
li["unsure"] = C("li", "Kirby said Washington did not yet know whether the soldiers would be sent to fight", kind=S,
                 measure=UNSURE, by=KIRBY)
li["fair"] = C("li", '"If they do deploy to fight against Ukraine, they are fair game," he added.', kind=S,
               measure=TGT, mod="conditional", by=KIRBY)
li["austin"] = C("li", "said there was evidence that North Korean troops were in Russia", kind=S, measure=DEP,
                 by=AUSTIN, ev="2024-10-23")
li["unclear"] = C("li", 'What exactly they were doing there was "left to be seen," he said.', kind=S, measure=UNSURE,
                  by=AUSTIN)
li["esc"] = C("li", "If they were preparing to fight on Russia's behalf, \"that is a very, very serious issue.\"",
              kind=S, measure=ESC, mod="conditional", by=AUSTIN)
li["bud"] = C("li", "some 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, place=RFE)
li["ready"] = C("li", "could be combat-ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned",
                by=BUD)
li["so15"] = C("li", "Seoul at that point counted only about 1,500 North Koreans who had actually crossed into Russia",
               value=1500, q="about", scope="total", by=NIS, place="Russia")
li["pay"] = C("li", "Russia pays each North Korean soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
li["regime"] = C("li", "the NIS believes most of that money ends up with the regime rather than the soldiers", kind=S,
                 measure=REGIME, by=NIS)
li["info"] = C("li", "the families of those deployed had been moved and isolated so that the news would not spread",
               kind=S, measure=INFO, by=NIS)
li["proj"] = C("li", "The NIS expects the number of North Korean troops in Russia to reach 10,000", measure=PR,
               value=10000, mod="planned", scope="total", by=NIS, place="Russia")
li["dec"] = C("li", "by December, Park said after the session", kind=D, measure=PRD, value="2024-12", mod="planned",
              by=NIS)
li["sb"] = C("li", "A second group of about 1,500 North Korean soldiers has been sent to Russia", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
li["r3"] = C("li", "That takes the number already in Russia to about 3,000", value=3000, q="about", scope="total",
             by=NIS, place="Russia")
li["brig"] = C("li", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
li["plan"] = C("li", "around 12,000 troops in total", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
li["fb"] = C("li", "The first group, roughly 1,500 special forces, was carried to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
li["win"] = C("li", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
li["ships"] = C("li", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
li["wpn"] = C("li", "Seoul could consider supplying weapons to Ukraine, defensive ones first", kind=S, measure=WPN,
              mod="conditional", by=PO, ev="2024-10-22", subject=SK)
li["wd"] = C("li", "the foreign ministry had summoned Russian ambassador Georgy Zinoviev and demanded that the North "
             "Korean troops be withdrawn without delay", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21",
             subject=SK)
li["unsc"] = C("li", "The ministry called the deployment a violation of UN Security Council resolutions.", kind=S,
               measure=LAW, by=SKFM)
li["zel10"] = C("li", "North Korea was preparing 10,000 soldiers to fight for Russia", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
li["zelq"] = C("li", '"Until now it was weapons. Now it is people," he said.', kind=S, measure=DEP, by=ZEL)

# ---------------------------------------------------------------- Vedomosti, Thu 2024-10-24 (press-conference write-up)
# Russian number style ("12 thousand", "1.5 thousand"). "on Thursday" -> 10-24, "the day before" / "on Wednesday"
# -> 10-23, "On Monday" -> 10-21, "on 18 October". Putin's quoted answers follow a dated first sentence and stay
# undated (strict own-sentence reading). The summit attendance, key rate and gold headline are off-topic.
ve = {}
ve["img"] = C("ve", '"Images are a serious thing. If there are images, they reflect something," the president '
              "answered.", kind=S, measure=IMG, by=PUTIN, subject=RUS)
ve["treaty"] = C("ve", '"How we will apply it is our business," Putin said.', kind=S, measure=TREATY, by=PUTIN,
                 subject=RUS)
ve["fake"] = C("ve", 'had earlier described the first reports of a North Korean contingent as "another fake"', kind=S,
               measure=DEP, by=PESKOV, subject=RUS)
ve["hur12"] = C("ve", "about 12 thousand North Korean servicemen are already in Russia", value=12000, q="about",
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
ve["off"] = C("ve", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ve["gen"] = C("ve", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ve["arr"] = C("ve", "The first units, according to the GUR, reached the Kursk region on 23 October.", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
ve["nis3"] = C("ve", "a much smaller figure the day before: about 3 thousand", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
ve["sb"] = C("ve", "after a second group of 1.5 thousand had followed the first", measure=SB, value=1500,
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ve["wh3"] = C("ve", 'spoke on Wednesday of "at least 3 thousand"', value=3000, q="at_least", scope="total", by=WH,
              ev="2024-10-23", place="Russia")
ve["proj"] = C("ve", "Seoul expects 10 thousand", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
               place="Russia")
ve["dec"] = C("ve", "by the end of the year, in December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ve["plan"] = C("ve", "Pyongyang had decided to send 12 thousand in all", measure=PL, value=12000, mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ve["gap"] = C("ve", "Western officials admit in private that the gap is partly a matter of definitions", kind=S,
              measure=GAP, by="Western official")
ve["wpn"] = C("ve", "South Korea could consider supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
ve["wd"] = C("ve", "On Monday the South Korean Foreign Ministry summoned Russian Ambassador Georgy Zinoviev and "
             "demanded the withdrawal of the North Korean troops.", kind=S, measure=WITHDRAW, by=SKFM,
             ev="2024-10-21", subject=SK)

# ---------------------------------------------------------------- European Pravda, Fri 2024-10-25 (news story)
# "on Friday" -> 10-25; "a day after" Friday -> 10-24 (HUR); "on 17 October"; "A day later" -> 10-18; "on
# Thursday" -> 10-24; "on Monday" -> 10-21. The outlet's "four times as high" is its own ratio. The "Read also"
# headlines and the unanswered request for comment are not annotated.
ep = {}
ep["kjg"] = C("ep", 'Were there such a step, it would be "an action in keeping with international legal norms," Vice '
              "Foreign Minister Kim Jong Gyu said", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
ep["hur12"] = C("ep", "North Korea has already sent about 12,000 military personnel to Russia", value=12000, q="about",
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
ep["off"] = C("ep", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ep["gen"] = C("ep", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ep["arr"] = C("ep", "the first North Korean units arrived in Russia's Kursk region on 23 October", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
ep["ratio"] = C("ep", "HUR's estimate is four times as high as the one South Korean intelligence gave on Wednesday",
                measure=RATIO, value=4, unit="times", by=None)
ep["nis3"] = C("ep", "about 3,000 North Korean soldiers were in Russia after a second group had followed the first",
               value=3000, q="about", scope="total", by=NIS, place="Russia")
ep["plan"] = C("ep", "Seoul's figure of 12,000 refers not to those already there but to what Pyongyang has decided to "
               "send in total", measure=PL, value=12000, mod="planned", scope="total", by=NIS, place="Russia")
ep["zel10"] = C("ep", "North Korea was preparing 10,000 troops", measure=PL, value=10000, mod="planned", scope="total",
                by=ZEL, ev="2024-10-17", place="Russia")
ep["bud"] = C("ep", "about 11,000 North Korean infantrymen were training in the east of Russia", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ep["ready"] = C("ep", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
ep["img"] = C("ep", 'satellite photos, he said, "reflect something"', kind=S, measure=IMG, by=PUTIN, ev="2024-10-24",
              subject=RUS)
ep["treaty"] = C("ep", "He would not say how Moscow might use the treaty's mutual-assistance clause, calling that a "
                 "matter for Russia alone.", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
ep["rutte"] = C("ep", "the alliance could not yet confirm that North Korean troops were fighting", kind=S, measure=CS,
                by=RUTTE, ev="2024-10-21")
ep["esc"] = C("ep", "if they were, it would be a significant escalation", kind=S, measure=ESC, mod="conditional",
              by=RUTTE, ev="2024-10-21")
ep["eeas"] = C("ep", "The European Union's foreign service said it was in contact with partners in Seoul and Tokyo.",
               kind=S, measure=EUC, by="EU foreign service", subject="European Union")
ep["mfa"] = C("ep", "the reports showed that Russia's partners were now \"sending people, not only shells\" to the war",
              kind=S, measure=DEP, by=UAFM, ev="2024-10-25")
ep["sanc"] = C("ep", "urged the EU to add North Korean entities to its next sanctions package", kind=S, measure=SANC,
               by=UAFM, ev="2024-10-25", subject=UA)
ep["dipl"] = C("ep", "Kyiv would raise the issue at the next meeting of the Ramstein group of Ukraine's backers",
               kind=S, measure=RAM, mod="planned", by="Ukrainian diplomat (anonymous)", subject=UA)

# ---------------------------------------------------------------- FAZ, Mon 2024-10-28 (correspondent's dispatch)
# "On Monday" / "on Monday" -> 10-28, "Last Wednesday" -> 10-23, "on Saturday" -> 10-26, "A week ago" no day.
# "32 allies" is annotated with attributed_to null, like the bundled "32-member alliance". The Bundeswehr budget,
# the special fund and the two-percent target are off-topic. Refusals ("would not say", "did not react") are not
# annotated.
fa = {}
fa["rutte"] = C("fa", "confirmed what Seoul and Kyiv had been saying: North Korean soldiers are in Russia, and some of "
                "their units have been sent on to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28",
                place="Kursk")
fa["n32"] = C("fa", "the ambassadors of the 32 allies", measure=NATO32, value=32, unit="member states", by=None,
              subject="NATO")
fa["esc"] = C("fa", "Rutte called the deployment \"a significant escalation\" and a dangerous widening of Russia's war",
              kind=S, measure=ESC, by=RUTTE)
fa["manp"] = C("fa", "A week ago he had already read a North Korean combat role as a sign of Moscow's manpower "
               "problems.", kind=S, measure=MANP, by=RUTTE, subject=RUS)
fa["call"] = C("fa", "He said he would speak to the South Korean president, Yoon Suk Yeol, in the coming days.",
               kind=S, measure=RCALL, mod="planned", by=RUTTE, subject="NATO")
fa["dod10"] = C("fa", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
fa["closer"] = C("fa", "some of them have already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH,
                 ev="2024-10-28")
fa["intent"] = C("fa", "The United States is \"increasingly concerned\" that Russia intends to use them in combat or to "
                 "support combat operations against Ukrainian forces in Kursk", kind=S, measure=INTENT, by=SINGH,
                 subject=RUS, place="Kursk")
fa["wh3"] = C("fa", "Last Wednesday the White House had spoken of at least 3,000.", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
fa["weeks"] = C("fa", 'the North Koreans would probably be used "over the next several weeks" to reinforce Russian '
                "troops near Ukraine", kind=S, measure=CT, mod="planned", by=SINGH)
fa["cobel"] = C("fa", "If they moved to the front line and engaged in combat, they would be co-belligerents, she added.",
                kind=S, measure=TGT, mod="conditional", by=SINGH)
fa["ct"] = C("fa", "the first North Korean soldiers could be used in combat zones on 27 and 28 October", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
fa["proj"] = C("fa", "South Korea's intelligence service expects about 10,000 North Koreans in Russia", measure=PR,
               value=10000, q="about", mod="planned", scope="total", by=NIS, place="Russia")
fa["dec"] = C("fa", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fa["amb"] = C("fa", "One ambassador said that Europe had long spoken of Iranian drones and North Korean shells, \"and now "
              "we are talking about soldiers\".", kind=S, measure=DEP, by="NATO ambassador (anonymous)")
fa["cons"] = C("fa", "The allies agreed to keep consulting closely with Seoul, Tokyo, Canberra and Wellington.", kind=S,
               measure=CONS, by="NATO", subject="NATO")
fa["wpn"] = C("fa", "Its government has said it will respond in stages and does not rule out supplying arms to Ukraine",
              kind=S, measure=WPN, mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Gazeta Wyborcza, Wed 2024-10-30 (analysis)
# "On 18 October", "On 23 October", "On Tuesday" -> 10-29, "Only last Wednesday" -> 10-23, "on Monday" -> 10-28,
# "last Thursday" -> 10-24; "last week" gives null. The lawmaker relays the NIS. The analyst's own judgments are
# hers (Marta Zielinska). "almost sevenfold" is the outlet's ratio. The Polish budget and the poll are off-topic.
wy = {}
wy["ratio"] = C("wy", "has raised its count of North Korean soldiers in Russia almost sevenfold", measure=RATIO,
                value=7, q="about", unit="times", by=None)
wy["fb"] = C("wy", "about 1,500 special forces ferried to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
wy["win"] = C("wy", "between the 8th and the 13th of the month", kind=D, measure=WIN, low="2024-10-08",
              high="2024-10-13", scope="first_batch", by=NIS, ev="2024-10-18")
wy["brig"] = C("wy", "the vanguard of four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
wy["r3"] = C("wy", "the number had grown to about 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
wy["nis10"] = C("wy", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
wy["front"] = C("wy", "some of them had already been moved toward the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
wy["proj"] = C("wy", "the agency had said it expected 10,000 North Koreans", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
wy["dec"] = C("wy", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
wy["dod10"] = C("wy", "on Monday it put the number at around 10,000", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
wy["closer"] = C("wy", "and said some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
wy["kyb"] = C("wy", "the contingent is commanded by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
wy["terms"] = C("wy", "Russian instructors are teaching the soldiers about 100 Russian military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS)
wy["drones"] = C("wy", "the North Koreans are physically fit and highly motivated but understand little about modern "
                 "warfare, drones in particular", kind=S, measure=DRONES, by=NIS)
wy["pay"] = C("wy", "Each soldier is paid about $2,000 a month by Russia", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
wy["regime"] = C("wy", "most of which the regime keeps", kind=S, measure=REGIME, by=NIS)
wy["tech"] = C("wy", '"The Kremlin is paying for these soldiers with something more valuable than money: technology," '
               "says Dr Marta Zielinska", kind=S, measure=TECH, by=ZIEL)
wy["manp"] = C("wy", 'Russia, in her view, "would rather rent soldiers abroad than announce a new mobilisation at '
               'home."', kind=S, measure=MANP, by=ZIEL, subject=RUS)
wy["more"] = C("wy", '"What we see now is a first instalment, not a ceiling," she says.', kind=S, measure=MORE,
               mod="planned", by=ZIEL)
wy["wpn"] = C("wy", "South Korea could consider supplying weapons to Ukraine directly, depending on North Korea's "
              "involvement", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
wy["mont"] = C("wy", "Its defence ministry is considering sending a team to Ukraine to watch how North Korean units "
               "fight", kind=S, measure=MONT, mod="conditional", by=MND, subject=SK)

# ---------------------------------------------------------------- Ukrainian Radio, Fri 2024-11-01 (news bulletin + interview)
# "yesterday" -> 10-31, "today" -> 11-01. The presenter's "8,000 in Kursk." restates Blinken's figure (undated).
# The guest's own judgments and forecast are his (Vadym Hrytsenko); what he relays from Seoul is the NIS's. The
# heating programme, weather and phone number are off-topic or furniture.
ur = {}
ur["bl8"] = C("ur", "about 8,000 North Korean soldiers have been moved to Russia's Kursk region", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
ur["bl10"] = C("ur", "the roughly 10,000 that, according to the Americans, Pyongyang has sent to Russia", value=10000,
               q="about", scope="total", by=USG, place="Russia")
ur["notseen"] = C("ur", "The United States has not yet seen these troops deployed in combat against Ukrainian forces",
                  kind=S, measure=CS, by=BL)
ur["days"] = C("ur", 'but it expects that "in the coming days"', kind=S, measure=CT, mod="planned", by=BL)
ur["tgt"] = C("ur", 'they will be "legitimate military targets"', kind=S, measure=TGT, mod="conditional", by=BL)
ur["eq"] = C("ur", "Russia was training the North Koreans in artillery, drones and basic infantry operations, including "
             "trench clearing", kind=S, measure=EQ, by=AUSTIN)
ur["t86"] = C("ur", "Japan's Defence Ministry said it flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD)
ur["alt"] = C("ur", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
ur["choe"] = C("ur", 'She said today that Pyongyang would "stand firmly by our Russian comrades until the day of '
               'victory".', kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
ur["q8"] = C("ur", "8,000 in Kursk", measure=KU, value=8000, by=BL, place="Kursk")
ur["kursk"] = C("ur", "It means the Russians want to use them to push us out of the Kursk region", kind=S,
                measure=INTENT, by=HRYT, subject=RUS, place="Kursk")
ur["drones"] = C("ur", "Seoul's intelligence says the Russian instructors themselves complain that they do not "
                 "understand drones", kind=S, measure=DRONES, by=NIS)
ur["kyb"] = C("ur", "Seoul also says they are commanded by a three-star general, Kim Yong Bok.", kind=S, measure=KYB,
              by=NIS)
ur["symb"] = C("ur", "That tells you this is not a symbolic detachment.", kind=S, measure=SYMB, by=HRYT)
ur["more"] = C("ur", "More will come, I have no doubt.", kind=S, measure=MORE, mod="planned", by=HRYT)
ur["n15"] = C("ur", "I would not be surprised to see 15,000 of them there before long.", measure=EXPK, value=15000,
              mod="planned", by=HRYT, place="Kursk")

# ---------------------------------------------------------------- ERR News, Tue 2024-11-05 (news story with update)
# "published on Tuesday" / "on Tuesday" -> 11-05, "A day earlier" -> 11-04, "on 29 October", "On Friday" -> 11-01;
# "Last week" and "last Thursday" (the ICBM sentence gives only the launch day) give null for what they relay. The
# update block's weekday resolves against the update day (the same Tuesday). Choe's age is attributed to nobody.
# The defence-spending share and the poll-closing time are off-topic.
er = {}
er["um"] = C("er", "Ukrainian forces have had their first small-scale engagements with North Korean soldiers fighting "
             "on Russia's side", kind=S, measure=NOV5, by=UM, ev="2024-11-05")
er["umq"] = C("er", '"The first small battles have already taken place," Umerov told KBS.', kind=S, measure=NOV5,
              by=UM)
er["umore"] = C("er", "Umerov said Kyiv expected more North Korean units to be drawn into the fighting in the coming "
                "weeks.", kind=S, measure=UMMORE, mod="planned", by=UM)
er["zel11"] = C("er", "there were already 11,000 North Korean soldiers in Russia's Kursk region", measure=KU,
                value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
er["us8"] = C("er", "the United States put the number in Kursk at about 8,000", measure=KU, value=8000, q="about",
              by=USG, place="Kursk")
er["us10"] = C("er", "out of roughly 10,000 sent to Russia in all", value=10000, q="about", scope="total", by=USG,
               place="Russia")
er["nis10"] = C("er", "South Korea's intelligence service said on 29 October that more than 10,000 were in Russia",
                value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
er["plan"] = C("er", "Pyongyang decided to send about 12,000 soldiers in total", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
er["t86"] = C("er", "Japan said the missile stayed in the air for 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by="Japan government")
er["noack"] = C("er", "The Kremlin has still not confirmed that North Korean soldiers are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
er["age"] = C("er", "Choe Son Hui, 60", measure=AGE, value=60, unit="years", by=None, subject="Choe Son Hui")
er["choe"] = C("er", 'On Friday she had told Sergei Lavrov that Pyongyang would stand with Russia "until victory".',
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
er["tsahkna"] = C("er", 'the deployment of North Korean troops made the war in Ukraine "more international, not less"',
                  kind=S, measure=ESC, by=TSAHKNA, ev="2024-11-05")
er["sanc"] = C("er", "Estonia would push for the EU's next sanctions package to include North Korean officials involved "
               "in the transfer", kind=S, measure=SANC, mod="planned", by=TSAHKNA, subject="Estonia")
er["mnd"] = C("er", "it could not confirm reports that North Korean troops had engaged in combat with Ukrainian forces",
              kind=S, measure=NOV5, by=MND, ev="2024-11-05")
er["tech"] = C("er", "Seoul was watching whether Russia would give the North military technology in return for the "
               "troops", kind=S, measure=TECH, mod="conditional", by=MND)

# ---------------------------------------------------------------- Verstka, Wed 2024-11-20 (fact check)
# Explicit dates ("on 24 October", "On 18 October", "By 23 October", "by 29 October", "On 13 November", "On 7
# November", "on 12 November", "on 4 November", "On 10 November", "on 5 November"); "three days later" after 9
# November -> 11-12; "that day" -> 11-05; "In October" and "Since then" give null. The claim box, the verdict,
# the outlet's own conclusions, the subscriber counts and the donation line are not annotated.
vs = {}
vs["noconf"] = C("vs", "The Kremlin itself has never officially confirmed or denied the deployment.", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
vs["fake"] = C("vs", 'Dmitry Peskov called the first reports "another fake"', kind=S, measure=DEP, by=PESKOV,
               subject=RUS)
vs["img"] = C("vs", 'said that satellite images "reflect something"', kind=S, measure=IMG, by=PUTIN, ev="2024-10-24",
              subject=RUS)
vs["treaty"] = C("vs", 'How Russia would use its mutual-assistance treaty with Pyongyang, he added, was "our '
                 'business".', kind=S, measure=TREATY, by=PUTIN, subject=RUS)
vs["krat"] = C("vs", "North Korean state media reported that Kim Jong Un had ratified it too", kind=S, measure=KRAT,
               by="KCNA", ev="2024-11-12")
vs["fb"] = C("vs", "about 1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
vs["plan"] = C("vs", "the first part of a planned 12,000", measure=PL, value=12000, mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
vs["r3"] = C("vs", "By 23 October it counted about 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
vs["r10"] = C("vs", "by 29 October more than 10,000", value=10000, q="at_least", scope="total", by=NIS,
              ev="2024-10-29", place="Russia")
vs["units"] = C("vs", "some of the North Koreans had been attached to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
vs["combat"] = C("vs", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
vs["unsc"] = C("vs", "Seoul calls the deployment a violation of UN Security Council resolutions", kind=S, measure=LAW,
               by=SKG)
vs["lawful"] = C("vs", "Pyongyang has said it would be lawful", kind=S, measure=LAW, mod="conditional", by=NKFM)
vs["wpn"] = C("vs", "On 7 November President Yoon Suk Yeol said he did not rule out sending weapons to Ukraine.",
              kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
vs["st10"] = C("vs", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
vs["most"] = C("vs", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
vs["begun"] = C("vs", 'where they "have begun engaging in combat operations"', kind=S, measure=CS, by=STATE,
                ev="2024-11-12", place="Kursk")
vs["zel11"] = C("vs", "Volodymyr Zelensky had put the number in Kursk at 11,000 on 4 November", measure=KU,
                value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
vs["massed"] = C("vs", "Russia had massed about 50,000 troops, North Koreans among them, for a counteroffensive in "
                 "Kursk", measure=MASSED, value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10",
                 place="Kursk", subject=RUS)
vs["um"] = C("vs", "Kyiv first reported small clashes with North Korean units on 5 November", kind=S, measure=NOV5,
             by=UAG, ev="2024-11-05")
vs["mnd"] = C("vs", "Seoul's defence ministry said that day it could not confirm them", kind=S, measure=NOV5, by=MND,
              ev="2024-11-05")
vs["atacms"] = C("vs", "Washington's decision to allow such strikes was partly a response to the North Korean "
                 "deployment", kind=S, measure=ATACMS, by="US officials (anonymous)", subject="United States")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [li["bud"], ep["bud"], li["so15"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Budanov's about 11,000 training vs Seoul's about 1,500 actually in Russia",
  [("about 11,000 training (Budanov)", [li["bud"], ep["bud"]]), ("about 1,500 so far (NIS)", [li["so15"]])])
K(RU, [li["r3"], li["kirby"], ve["nis3"], ve["wh3"], ep["nis3"], ve["hur12"], ep["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, White House)", [li["r3"], li["kirby"], ve["nis3"], ve["wh3"], ep["nis3"]]),
   ("about 12,000 (HUR)", [ve["hur12"], ep["hur12"]])])
K(RU, [fa["wh3"], wy["r3"], vs["r3"], fa["dod10"], wy["dod10"], ur["bl10"], er["us10"], wy["nis10"], er["nis10"],
       vs["r10"], vs["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, restated as the step before) -> "
  "around 10,000 (Pentagon Oct 28; the Americans Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [ur["bl8"], ur["q8"], er["us8"], er["zel11"], vs["zel11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / the US, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [li["plan"], ve["plan"], ep["plan"], er["plan"], vs["plan"], li["zel10"], ep["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [li["plan"], ve["plan"], ep["plan"], er["plan"], vs["plan"]]),
   ("10,000 (Zelensky)", [li["zel10"], ep["zel10"]])])
K(FB, [li["fb"], wy["fb"], vs["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [li["win"], wy["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [li["brig"], wy["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [li["sb"], ve["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [li["proj"], ve["proj"], fa["proj"], wy["proj"]], "agreement", "NIS (Oct 23): 10,000 expected in all")
K(PRD, [li["dec"], ve["dec"], fa["dec"], wy["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [li["pay"], wy["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [li["regime"], wy["regime"]], "agreement", "NIS: most of the pay goes to the North Korean regime")
K(OFF, [ve["off"], ep["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ve["gen"], ep["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [ve["arr"], ep["arr"]], "agreement", "HUR: first North Korean units reached the Kursk region on Oct 23")
K(READY, [li["ready"], ep["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(IMG, [ve["img"], ep["img"], vs["img"]], "agreement", "Putin (Oct 24): images 'reflect something'")
K(TREATY, [ve["treaty"], ep["treaty"], vs["treaty"]], "agreement",
  "Putin: how Russia applies the treaty's assistance clause is its own business")
K(DEP, [li["austin"], li["zelq"], ep["mfa"], fa["rutte"], fa["amb"], ve["fake"], vs["fake"]], "discrepancy",
  "deployment asserted (Zelensky, Austin, Ukraine's Foreign Ministry, Rutte, a NATO ambassador) vs dismissed as "
  "'another fake' (Peskov)",
  [("asserted", [li["austin"], li["zelq"], ep["mfa"], fa["rutte"], fa["amb"]]), ("dismissed", [ve["fake"], vs["fake"]])])
K(NOACK, [er["noack"], vs["noconf"]], "agreement", "the Kremlin has not confirmed the deployment")
K(ESC, [li["esc"], ep["esc"], fa["esc"], er["tsahkna"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin), 'a significant escalation' (Rutte, Oct 21 and 28), "
  "'more international, not less' (Tsahkna)")
K(TGT, [li["fair"], fa["cobel"], ur["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / co-belligerents / legitimate military targets")
K(LAW, [ep["kjg"], vs["lawful"], li["unsc"], vs["unsc"]], "discrepancy",
  "legality: in keeping with international law (Kim Jong Gyu; Pyongyang) vs a violation of UN Security Council "
  "resolutions (Seoul)",
  [("lawful (North Korea)", [ep["kjg"], vs["lawful"]]), ("violates UNSC resolutions (Seoul)", [li["unsc"], vs["unsc"]])])
K(WPN, [li["wpn"], ve["wpn"], fa["wpn"], wy["wpn"], vs["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24 and Nov 7, Seoul)")
K(WITHDRAW, [li["wd"], ve["wd"]], "agreement", "Seoul (Oct 21): summoned the ambassador, demanded withdrawal")
K(FRONT, [fa["closer"], wy["closer"], wy["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [wy["kyb"], ur["kyb"]], "agreement", "NIS: the troops are commanded by Lt. Gen. Kim Yong Bok")
K(DRONES, [wy["drones"], ur["drones"]], "agreement", "NIS: Russian instructors find a poor grasp of drones")
K(ICBM_T, [ur["t86"], er["t86"]], "agreement", "Japan: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [ur["choe"], er["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(CT, [fa["ct"], fa["weeks"], ur["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [fa["ct"]]), ("several weeks (Pentagon)", [fa["weeks"]]),
   ("coming days (Blinken)", [ur["days"]])])
K(CS, [ep["rutte"], ur["notseen"], vs["begun"], vs["combat"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 21) / not yet seen (Blinken Oct 31) -> have begun engaging in combat "
  "(State Department Nov 12; NIS Nov 13)")
K(NOV5, [er["um"], er["umq"], vs["um"], er["mnd"], vs["mnd"]], "discrepancy",
  "Nov 5: Umerov's first small-scale clashes vs Seoul's defence ministry's 'could not confirm'",
  [("first clashes (Ukraine)", [er["um"], er["umq"], vs["um"]]), ("cannot confirm (Seoul MND)", [er["mnd"], vs["mnd"]])])
K(UNSURE, [li["unsure"], li["unclear"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Kirby, Austin)")
K(INTENT, [fa["intent"], ur["kursk"]], "agreement",
  "Russia means to use the North Koreans in combat against Ukrainian forces in Kursk (Singh, Hrytsenko)")
K(MANP, [fa["manp"], wy["manp"]], "agreement",
  "the deployment shows Russia short of its own manpower (Rutte; Zielinska's 'rather rent soldiers abroad')")
K(TECH, [wy["tech"], er["tech"]], "agreement",
  "Russia may pay North Korea with military technology (Zielinska; Seoul's defence ministry)")
K(MORE, [wy["more"], ur["more"]], "agreement", "more North Korean troops to come (Zielinska, Hrytsenko)")
K(SANC, [ep["sanc"], er["sanc"]], "agreement",
  "EU sanctions on North Korea over the deployment (Ukraine's Foreign Ministry, Tsahkna)")

pairs = [
    (li["fb"], li["sb"], "first group vs second group, both about 1,500"),
    (li["sb"], li["r3"], "second group of about 1,500 vs about 3,000 in total, same entry"),
    (li["r3"], li["proj"], "about 3,000 now vs 10,000 expected by December"),
    (li["plan"], li["fb"], "around 12,000 planned vs the first 1,500, same entry"),
    (li["bud"], li["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (ve["hur12"], ve["plan"], "12 thousand: HUR's count in Russia vs Seoul's planned total"),
    (ve["nis3"], ve["sb"], "about 3 thousand in all vs a second group of 1.5 thousand, same sentence"),
    (ve["off"], ve["gen"], "500 officers vs three generals, same sentence"),
    (ep["hur12"], ep["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (ep["hur12"], ep["bud"], "about 12,000 in Russia (HUR, Oct 24) vs about 11,000 training (Budanov, Oct 18)"),
    (fa["dod10"], fa["proj"], "around 10,000 already sent vs about 10,000 expected by December"),
    (wy["nis10"], wy["proj"], "more than 10,000 in Russia vs 10,000 expected by December"),
    (ur["bl8"], ur["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, adjacent sentences"),
    (er["us8"], er["us10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same sentence"),
    (er["zel11"], er["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (er["plan"], er["nis10"], "about 12,000 planned vs more than 10,000 in Russia, adjacent sentences"),
    (vs["fb"], vs["plan"], "first 1,500 vs a planned 12,000, same sentence"),
    (vs["zel11"], vs["st10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (li["bud"], vs["zel11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
