"""Generate gold.json for blind19 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind19/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PRD, PR, FB, SB, WIN, BRIG, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC, LAW, TREATY, IMG,
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, USK, PO  # noqa: F401
)

DOCS = {
    "it": ("itv-news-2024-10-23-live-north-korea-3000-troops-russia", "ITV News", "2024-10-23"),
    "ht": ("hindustan-times-2024-10-24-ukraine-12000-north-korean-troops-putin-images", "Hindustan Times",
           "2024-10-24"),
    "ct": ("ctv-news-2024-10-26-qa-why-counts-of-north-korean-troops-differ", "CTV News", "2024-10-26"),
    "dn": ("defense-news-2024-10-28-pentagon-10000-north-korean-troops-nearing-ukraine", "Defense News",
           "2024-10-28"),
    "na": ("the-national-2024-10-30-seoul-more-than-10000-north-korean-troops", "The National", "2024-10-30"),
    "sm": ("sydney-morning-herald-2024-11-02-analysis-kim-soldiers-kursk-what-putin-pays", "Sydney Morning Herald",
           "2024-11-02"),
    "se": ("semafor-2024-11-05-ukraine-says-first-clashes-north-korean-troops", "Semafor", "2024-11-05"),
    "an": ("arab-news-2024-11-14-timeline-north-korean-troops-russia", "Arab News", "2024-11-14"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind14's wording)
SHIPS = "Russian landing ships used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
UNSURE = "US unsure what North Korean troops will do in Russia"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
ICBMP = "North Korean ICBM launch and nuclear test preparations"
ICBMD = "predicted timing of North Korean ICBM launch (NIS)"
EXP = "North Korean troops gaining modern combat experience"
MORE = "more North Korean troops to come"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
KRAT = "Kim Jong Un ratifies the treaty with Russia"
MANP = "deployment shows Russia's manpower shortage"
INTENT = "Russia intends to use North Korean troops in combat"
INDIA = "India on peace in Ukraine"
NOACK = "Russia has not acknowledged the deployment"
CLASH = "first clashes between Ukrainian and North Korean troops (Nov 5)"
THREAT = "deployment a grave security threat (South Korea)"
VISIT = "years between Putin's visits to North Korea"
KFIRST = "North Korean troops to be used in Kursk first (forecast)"
SHARE = "US shares what it knows about the deployment"
LRS = "US guidance on Ukraine's use of long-range weapons"
UAEP = "UAE supports a peaceful settlement"
CHINA = "China on the deployment"
AUSAID = "Australian support to Ukraine since 2022"
AUSC = "condemnation of the Oct 31 ICBM launch"
STRIKE = "Ukraine asks permission for long-range strikes"
LOSSC = "North Korean contingent set against Russian losses (analyst)"

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
RUSG = "Russia government"
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
JPG = "Japan government"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
SEO = "Hannah Seo"
KOW = "Marta Kowalczyk"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


# ---------------------------------------------------------------- ITV News, Wed 2024-10-23 (live blog)
# Entries run newest first. "Last Friday" -> 10-18, "A day earlier" (than that Friday) -> 10-17, "On Monday" ->
# 10-21, "On Tuesday" -> 10-22, "this morning" / "on Wednesday" -> 10-23. The key-point bullets are full sourced
# sentences (annotated, undated); Lee's "told reporters afterwards" follows the Wednesday session (10-23).
# The entry times, "36 countries", the e-mail and the Budget link (GBP 40bn) are furniture or off-topic.
it = {}
it["kp1"] = C("it", "South Korea's spy agency says about 3,000 North Korean soldiers are now in Russia", value=3000,
              q="about", scope="total", by=NIS, place="Russia")
it["kp2"] = C("it", "The White House says at least 3,000 were moved to eastern Russia this month", value=3000,
              q="at_least", scope="total", by=WH, place=RFE)
it["kp3"] = C("it", "US Defence Secretary Lloyd Austin says there is evidence of North Korean troops in Russia", kind=S,
              measure=DEP, by=AUSTIN)
it["kirby"] = C("it", "North Korea had moved at least 3,000 soldiers by ship from the Wonsan area to Vladivostok",
                value=3000, q="at_least", scope="total", by=KIRBY, place=RFE)
it["sites"] = C("it", "they were now spread across three training sites in Russia's Far East", measure=SITES, value=3,
                unit="training sites", by=KIRBY, place=RFE)
it["unsure"] = C("it", "Washington still did not know whether Moscow would send them into battle, Kirby said", kind=S,
                 measure=UNSURE, by=KIRBY)
it["fair"] = C("it", "\"If they do deploy to fight against Ukraine, they're fair game.\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
it["fake"] = C("it", "its spokesman Dmitry Peskov brushed off the first reports as \"another fake\"", kind=S,
               measure=DEP, by=PESKOV, subject=RUS)
it["austin"] = C("it", "said this morning: \"There is evidence that there are DPRK troops in Russia.\"", kind=S,
                 measure=DEP, by=AUSTIN, ev="2024-10-23")
it["unclear"] = C("it", "What exactly they were doing there was \"left to be seen\", he added.", kind=S,
                  measure=UNSURE, by=AUSTIN)
it["esc"] = C("it", "if they were preparing to fight on Russia's behalf, \"that is a very, very serious issue\"",
              kind=S, measure=ESC, mod="conditional", by=AUSTIN)
it["brig"] = C("it", "Last Friday the NIS said Kim Jong Un's government had decided to send four brigades",
               measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
it["plan"] = C("it", "some 12,000 troops, to Russia", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
it["fb"] = C("it", "the first 1,500 special forces had sailed", measure=FB, value=1500, scope="first_batch", by=NIS)
it["win"] = C("it", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
it["ships"] = C("it", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
it["unif"] = C("it", "they had then been handed Russian uniforms and identity papers that passed them off as natives of "
               "Yakutia and Buryatia", kind=S, measure=UNIF, by=NIS)
it["zel10"] = C("it", "A day earlier, Ukraine's President Volodymyr Zelensky had put the figure at 10,000", measure=PL,
                value=10000, mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
it["wd"] = C("it", "On Monday Seoul summoned Russia's ambassador and demanded the troops' withdrawal", kind=S,
             measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
it["wpn"] = C("it", "On Tuesday the presidential office said supplying weapons to Ukraine was now an option it could "
              "consider, defensive arms first", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22",
              subject=SK)
it["pay"] = C("it", "Russia is paying each soldier about $2,000 (£1,540) a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
it["regime"] = C("it", "most of that is expected to end up with the regime in Pyongyang", kind=S, measure=REGIME,
                 by=NIS)
it["drones"] = C("it", "Russian instructors were said to rate the North Koreans as physically fit and highly motivated "
                 "but short on any grasp of modern warfare, including the use of drones", kind=S, measure=DRONES,
                 by=NIS)
it["sb"] = C("it", "a second group of about 1,500 North Korean soldiers had been moved to Russia", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
it["r3"] = C("it", "the total in Russia was now about 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
it["proj"] = C("it", "the agency expected the number to reach 10,000", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
it["dec"] = C("it", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")

# ---------------------------------------------------------------- Hindustan Times, Thu 2024-10-24 (news story, agency inputs)
# "on Thursday" -> 10-24, "on Wednesday" / "on the same day" -> 10-23, "a day before that" (Oct 18) -> 10-17;
# "Last week" and "At the time" give no day. "four times" is the outlet's own ratio; "24 years" is background
# attributed to nobody. The Read-also lines (3,488 km, 16 points, 18th session) and the time stamp are furniture.
ht = {}
ht["hur12"] = C("ht", "Ukraine's military intelligence agency on Thursday claimed that about 12,000 North Korean "
                "soldiers", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
ht["off"] = C("ht", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ht["gen"] = C("ht", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ht["ratio"] = C("ht", "four times the number South Korea had given a day earlier", measure=RATIO, value=4,
                unit="times", by=None)
ht["eq"] = C("ht", "the troops had been training at ranges in Russia's east", kind=S, measure=EQ, by=HUR, place=RFE)
ht["arr"] = C("ht", "the first units had reached the Kursk region, which borders Ukraine, on Wednesday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
ht["sb"] = C("ht", "a second group of about 1,500 North Korean troops had joined the first", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ht["r3"] = C("ht", "bringing the number in Russia to about 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
ht["wh3"] = C("ht", "The White House put it at \"at least 3,000\" on the same day", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
ht["img"] = C("ht", "he said: \"Images are a serious thing. If there are images, they reflect something.\"", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
ht["treaty"] = C("ht", "how Russia applied its new strategic partnership treaty with Pyongyang, which includes a mutual "
                 "defence clause, was \"our business\"", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
ht["visit"] = C("ht", "on Putin's first visit to the North in 24 years", measure=VISIT, value=24, unit="years",
                by=None, subject=RUS)
ht["modi"] = C("ht", "told the gathering on Wednesday that India supports \"dialogue and diplomacy, not war\"", kind=S,
               measure=INDIA, by="Narendra Modi", ev="2024-10-23", subject="India")
ht["brig"] = C("ht", "North Korea had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
ht["plan"] = C("ht", "totalling about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
ht["fb"] = C("ht", "about 1,500 special forces had already been shipped to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ht["zel10"] = C("ht", "Volodymyr Zelensky, a day before that, had said some 10,000 were being prepared", measure=PL,
                value=10000, q="about", mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ht["bud"] = C("ht", "about 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, place=RFE)
ht["ready"] = C("ht", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
ht["so15"] = C("ht", "Seoul counted about 1,500 North Koreans in Russia", value=1500, q="about", scope="total", by=NIS,
               place="Russia")
ht["wpn"] = C("ht", "said his government could consider supplying weapons to Ukraine directly, depending on how far the "
              "North's military cooperation with Russia went", kind=S, measure=WPN, mod="conditional", by=YOON,
              ev="2024-10-24", subject=SK)
ht["threat"] = C("ht", "Seoul had earlier called the deployment a grave security threat", kind=S, measure=THREAT,
                 by=SKG, subject=SK)

# ---------------------------------------------------------------- CTV News, Sat 2024-10-26 (Q&A interview)
# "on Friday" -> 10-25, "On Saturday" -> 10-26, "on Sunday and Monday" -> a 10-27..10-28 window, "on Wednesday" ->
# 10-23. The bold questions relay the counts and are annotated as the origins' claims ("Kyiv says 12,000" is HUR's
# count). The guest's own judgments and forecasts are hers (Hannah Seo); what she relays keeps its origin.
# "since 1953", "since 2022", the video length and the programme time are not claims.
ct = {}
ct["kjg"] = C("ct", "if it had sent troops to Russia, doing so would be \"an act conforming with the regulations of "
              "international law,\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
ct["ct"] = C("ct", "expected the first North Korean troops to be used in combat zones on Sunday and Monday", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
ct["q3"] = C("ct", "Seoul says about 3,000 North Korean soldiers are in Russia", value=3000, q="about", scope="total",
             by=NIS, place="Russia")
ct["q12"] = C("ct", "Kyiv says 12,000", value=12000, scope="total", by=HUR, place="Russia")
ct["fb"] = C("ct", "a first group of about 1,500 special forces crossed in mid-October", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS)
ct["sb"] = C("ct", "a second group of roughly the same size followed this week", kind=S, measure=SB,
             scope="additional", by=NIS)
ct["brig"] = C("ct", "four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
ct["plan"] = C("ct", "about 12,000 men", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
ct["pay"] = C("ct", "Russia pays each soldier about US$2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
ct["regime"] = C("ct", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
ct["exp"] = C("ct", "These soldiers will learn things in Russia that no exercise at home can teach them", kind=S,
              measure=EXP, mod="planned", by=SEO)
ct["tech"] = C("ct", "I would expect Moscow to pay in technology as well, whether for satellites, submarines or "
               "missiles", kind=S, measure=TECH, mod="conditional", by=SEO)
ct["manp"] = C("ct", "Moscow is losing men faster than it can replace them without another mobilization", kind=S,
               measure=MANP, by=SEO, subject=RUS)
ct["arr"] = C("ct", "Kyiv says the first units reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
ct["kfirst"] = C("ct", "My own guess is that they will be used there first, to free up Russian units, rather than "
                 "being sent into the Donbas", kind=S, measure=KFIRST, mod="planned", by=SEO, place="Kursk")
ct["more"] = C("ct", "I don't think this is the last group we will see", kind=S, measure=MORE, mod="planned", by=SEO)
ct["unsc"] = C("ct", "Seoul and Washington call the deployment a violation of UN Security Council resolutions", kind=S,
               measure=LAW, by=USK)
ct["wpn"] = C("ct", "Seoul has also said that it could now consider sending weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Defense News, Mon 2024-10-28 (Pentagon briefing write-up)
# "the Pentagon said Monday" -> US Department of Defense, 10-28; Singh is named, so her lines are hers and
# undated. "last Wednesday" -> 10-23, "on Saturday" -> 10-26, "a week earlier" (than Monday) -> 10-21; "last week"
# gives no day. "Nov. 12" (Congress's return), the byline time, e-mail and the $1.9 billion related link are
# furniture; refusals ("would not say", "declined to comment", "a question for Kyiv") are not annotated.
dn = {}
dn["dod10"] = C("dn", "North Korea has sent around 10,000 soldiers to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dn["closer"] = C("dn", "some of them have already moved closer to Ukraine, the Pentagon said Monday", kind=S,
                 measure=FRONT, by=DOD, ev="2024-10-28")
dn["wh3"] = C("dn", "the \"at least 3,000\" that the White House cited last Wednesday", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
dn["sites"] = C("dn", "the troops were training at three sites in Russia's Far East", measure=SITES, value=3,
                unit="training sites", by=KIRBY, ev="2024-10-23", place=RFE)
dn["intent"] = C("dn", "\"We are increasingly concerned that Russia intends to use these soldiers in combat or to "
                 "support combat operations against Ukrainian forces,\"", kind=S, measure=INTENT, by=SINGH,
                 subject=RUS)
dn["weeks"] = C("dn", "the North Koreans would likely be used to reinforce Russian forces near Ukraine \"over the next "
                "several weeks,\"", kind=S, measure=CT, mod="planned", by=SINGH)
dn["notseen"] = C("dn", "the department had not yet seen them enter combat", kind=S, measure=CS, by=SINGH)
dn["proj"] = C("dn", "the 10,000 that South Korea's National Intelligence Service said last week it expected in "
               "Russia", measure=PR, value=10000, mod="planned", scope="total", by=NIS, place="Russia")
dn["dec"] = C("dn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dn["ct"] = C("dn", "the first North Korean units could be in combat zones by Oct. 27 or 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
dn["share"] = C("dn", "the United States would continue to share what it knows with Ukraine and with allies", kind=S,
                measure=SHARE, by=SINGH, subject="United States")
dn["rutte"] = C("dn", "the alliance could confirm that North Korean troops had been sent to Russia and that North "
                "Korean military units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
                ev="2024-10-28", place="Kursk")
dn["esc"] = C("dn", "The deployment marks \"a significant escalation\" and \"a dangerous expansion of Russia's war,\" "
              "Rutte said", kind=S, measure=ESC, by=RUTTE)
dn["manp"] = C("dn", "a North Korean combat role would also show that Russia was struggling to find enough men of its "
               "own", kind=S, measure=MANP, mod="conditional", by=RUTTE, ev="2024-10-21", subject=RUS)
dn["noack"] = C("dn", "The Kremlin has neither confirmed nor denied the deployment", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
dn["lrs"] = C("dn", "the department had \"no plans\" to change its guidance on the use of those weapons", kind=S,
              measure=LRS, by="US Department of Defense official (anonymous)", subject="United States")

# ---------------------------------------------------------------- The National, Wed 2024-10-30 (correspondent's dispatch)
# "on Tuesday" -> 10-29, "last Wednesday" -> 10-23, "On Monday" -> 10-28, "last Friday" -> 10-25. What Park and
# Lee relay is the NIS's, undated ("told reporters after the closed-door session" names no day). "more than three
# times" is the outlet's ratio. The Barakah plant (four reactors, a quarter of the electricity) and the May visit
# are off-topic; the embassy's silence is not annotated.
na = {}
na["nis10"] = C("na", "North Korea has sent more than 10,000 soldiers to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
na["front"] = C("na", "some have been moved towards the front lines", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
na["ratio"] = C("na", "more than three times", measure=RATIO, value=3, q="at_least", unit="times", by=None)
na["r3"] = C("na", "the roughly 3,000 it reported to the same parliamentary committee last Wednesday", value=3000,
             q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
na["kyb"] = C("na", "the troops were under the command of Lt Gen Kim Yong Bok", kind=S, measure=KYB, by=NIS)
na["terms"] = C("na", "Russian instructors have been teaching the soldiers about 100 Russian military words and "
                "phrases", measure=TERMS, value=100, q="about", unit="terms", by=NIS)
na["icbmp"] = C("na", "Pyongyang had probably finished preparing an intercontinental ballistic missile launch and had "
                "readied a site for a seventh nuclear test", kind=S, measure=ICBMP, by=NIS)
na["icbmd"] = C("na", "It could fire the missile around the US presidential election on November 5", kind=D,
                measure=ICBMD, value="2024-11-05", q="about", mod="conditional", by=NIS)
na["rutte"] = C("na", "North Korean military units had been deployed to Russia's Kursk region", kind=S, measure=DEP,
                by=RUTTE, ev="2024-10-28", place="Kursk")
na["esc"] = C("na", "He called it a significant escalation.", kind=S, measure=ESC, by=RUTTE)
na["noack"] = C("na", "Moscow has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
na["treaty"] = C("na", "Russian officials have instead pointed to the mutual defence clause of the treaty", kind=S,
                 measure=TREATY, by=RUSG, subject=RUS)
na["kjg"] = C("na", "any such deployment would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
na["unsc"] = C("na", "South Korea's Foreign Ministry says it breaks UN Security Council resolutions", kind=S,
               measure=LAW, by=SKFM)
na["wd"] = C("na", "has demanded the troops' immediate withdrawal", kind=S, measure=WITHDRAW, by=SKFM, subject=SK)
na["wpn"] = C("na", "Officials have said any change would come in stages, starting with defensive equipment", kind=S,
              measure=WPN, mod="conditional", by=SKG, subject=SK)
na["tech"] = C("na", "If Pyongyang gets satellite or submarine technology in return, that changes the security "
               "situation here overnight.", kind=S, measure=TECH, mod="conditional",
               by="South Korea government adviser (anonymous)")
na["uae"] = C("na", "has said it supports all efforts towards a peaceful settlement", kind=S, measure=UAEP,
              by="UAE government", subject="UAE")

# ---------------------------------------------------------------- Sydney Morning Herald, Sat 2024-11-02 (analysis)
# "on Thursday" -> 10-31, "On Monday" -> 10-28, "On Tuesday" -> 10-29, "On Friday" -> 11-01. Blinken's quoted
# lines after the dated lead are undated (strict own sentence). "since August", "since 2022", the time stamp and
# the Reserve Bank's 4.35 per cent are not claims; the $1.3 billion is background attributed to nobody.
sm = {}
sm["ru10"] = C("sm", "Of the roughly 10,000 North Korean soldiers now in Russia", value=10000, q="about",
               scope="total", by=BL, ev="2024-10-31", place="Russia")
sm["bl8"] = C("sm", "about 8,000 have been moved to the Kursk region", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
sm["notseen"] = C("sm", "\"We have not yet seen them deployed into combat against Ukrainian forces,\" Blinken said",
                  kind=S, measure=CS, by=BL)
sm["days"] = C("sm", "\"but we would expect to see that in the coming days.\"", kind=S, measure=CT, mod="planned",
               by=BL)
sm["tgt"] = C("sm", "Any North Korean soldier who joined the fight, he added, would be a legitimate military target",
              kind=S, measure=TGT, mod="conditional", by=BL)
sm["dod10"] = C("sm", "On Monday the Pentagon put North Korea's contingent at about 10,000", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place="Russia")
sm["nis10"] = C("sm", "telling lawmakers it was \"more than 10,000\"", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
sm["front"] = C("sm", "with some of them already moving toward the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
sm["ct"] = C("sm", "North Koreans would be in combat zones on October 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL)
sm["t86"] = C("sm", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
sm["alt"] = C("sm", "climbed to an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
sm["choe"] = C("sm", "she told Sergei Lavrov that her country would stand firmly by its Russian comrades until victory",
               kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
sm["pay"] = C("sm", "Russia pays each soldier around $US2000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
sm["regime"] = C("sm", "most of which goes to the regime rather than to the men", kind=S, measure=REGIME, by=NIS)
sm["tech"] = C("sm", "South Korean officials worry that Pyongyang will be rewarded with Russian help on reconnaissance "
               "satellites, nuclear submarines or the re-entry technology its long-range missiles still lack", kind=S,
               measure=TECH, mod="conditional", by=SKG)
sm["china"] = C("sm", "Beijing's foreign ministry has said only that it is \"not aware\" of the situation", kind=S,
                measure=CHINA, by="China Foreign Ministry", subject="China")
sm["aus"] = C("sm", "which has given Ukraine more than $1.3 billion in military and other support since 2022",
              measure=AUSAID, value=1300000000, q="at_least", unit="AUD", by=None, subject="Australia")
sm["ausc"] = C("sm", "Canberra condemned the missile launch as a reckless breach of Security Council resolutions",
               kind=S, measure=AUSC, by="Australia government", subject="Australia")

# ---------------------------------------------------------------- Semafor, Tue 2024-11-05 (Semaform article)
# "aired Tuesday" / "said Tuesday" -> 11-05, "a day after" (Tuesday) -> 11-04, "On Thursday" -> 10-31, "on Friday"
# -> 11-01, "on Oct. 18", "By Oct. 29". "about 1,500 had already gone" is Seoul's Oct 18 count of troops sent so
# far (k01). The writer's view section, "since 1945", the election lines (6pm ET, 80 million) are not annotated.
se = {}
se["um"] = C("se", "Ukrainian forces have fought North Korean troops for the first time, Ukraine's Defense Minister "
             "Rustem Umerov said in an interview with South Korean broadcaster KBS that aired Tuesday", kind=S,
             measure=CLASH, by=UM, ev="2024-11-05")
se["zel11"] = C("se", "President Volodymyr Zelensky said 11,000 North Korean soldiers were already in Russia's Kursk "
                "region", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
se["plan"] = C("se", "Pyongyang planned to send about 12,000 troops", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
se["so15"] = C("se", "about 1,500 had already gone", value=1500, q="about", scope="total", by=NIS, ev="2024-10-18",
               place="Russia")
se["nis10"] = C("se", "By Oct. 29 the same agency said more than 10,000 were in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
se["us8"] = C("se", "On Thursday, US officials said about 8,000 of them had reached Kursk", measure=KU, value=8000,
              q="about", by=USG, ev="2024-10-31", place="Kursk")
se["tgt"] = C("se", "Washington has said any North Korean soldiers who enter the fight will be \"legitimate military "
              "targets.\"", kind=S, measure=TGT, mod="conditional", by=USG)
se["ua"] = C("se", "says the troop buildup is exactly why it needs that permission now", kind=S, measure=STRIKE,
             by="Ukraine government", subject=UA)
se["mnd"] = C("se", "South Korea's defense ministry said Tuesday it could not confirm that North Korean troops had "
              "taken part in combat", kind=S, measure=CLASH, by=MND, ev="2024-11-05")
se["wpn"] = C("se", "has said it may now do so, starting with defensive arms, if the cooperation between Moscow and "
              "Pyongyang deepens", kind=S, measure=WPN, mod="conditional", by=SKG, subject=SK)
se["choe"] = C("se", "Choe said Pyongyang would stay at Russia's side \"until victory.\"", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
se["noack"] = C("se", "The Kremlin has still not acknowledged that any North Korean soldiers are in Russia", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
se["treaty"] = C("se", "Russian officials point instead to the mutual-defense treaty the two countries signed in June",
                 kind=S, measure=TREATY, by=RUSG, subject=RUS)
se["k10"] = C("se", "\"Ten thousand men is less than Russia loses in a fortnight at the rate it is going,\"",
              measure=LOSSC, value=10000, unit="troops", by=KOW)
se["more"] = C("se", "If Pyongyang sends another contingent in the spring, the arithmetic is different.", kind=S,
               measure=MORE, mod="conditional", by=KOW)

# ---------------------------------------------------------------- Arab News, Thu 2024-11-14 (timeline)
# Each entry opens with its date, which dates every claim of the entry (see the README's doubts). The intro's
# "A month ago" and "This week" give no day. The closing Gulf paragraph and the embassy's silence are not annotated.
an = {}
an["fake"] = C("an", "Moscow called reports of North Korean soldiers in Russia fabrications", kind=S, measure=DEP,
               by=KREMLIN, subject=RUS)
an["uswk"] = C("an", "This week Washington said they had begun fighting.", kind=S, measure=CS, by=USG)
an["brig"] = C("an", "North Korea has decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
an["plan"] = C("an", "about 12,000 troops, to Russia", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
an["fb"] = C("an", "a first contingent of about 1,500 special forces was shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
an["win"] = C("an", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
an["ships"] = C("an", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
an["bud"] = C("an", "about 11,000 North Korean infantry are training in eastern Russia", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
an["ready"] = C("an", "to be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
an["wd"] = C("an", "Seoul summons Russian Ambassador Georgy Zinoviev and demands that the North Korean troops be "
             "withdrawn", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
an["sb"] = C("an", "a second contingent has arrived", kind=S, measure=SB, scope="additional", by=NIS, ev="2024-10-23")
an["r3"] = C("an", "about 3,000 North Koreans are now in Russia", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
an["wh3"] = C("an", "The White House says at least 3,000 have been moved there", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
an["hur12"] = C("an", "Ukraine's military intelligence says about 12,000 North Korean soldiers are already in Russia",
                value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
an["img"] = C("an", "\"Images are a serious thing,\" he tells reporters", kind=S, measure=IMG, by=PUTIN,
              ev="2024-10-24", subject=RUS)
an["dod10"] = C("an", "The Pentagon raises its estimate to about 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
an["rutte"] = C("an", "NATO chief Mark Rutte confirms that North Korean units have been sent to the Kursk region",
                kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
an["nis10"] = C("an", "The NIS puts the number at more than 10,000", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
an["bl8"] = C("an", "about 8,000 North Korean soldiers are in Kursk", measure=KU, value=8000, q="about", by=BL,
              ev="2024-10-31", place="Kursk")
an["notseen"] = C("an", "have not yet been seen in combat", kind=S, measure=CS, by=BL, ev="2024-10-31")
an["t86"] = C("an", "which Japan says flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JPG,
              ev="2024-10-31")
an["zel11"] = C("an", "11,000 North Korean troops are in the Kursk region", measure=KU, value=11000, by=ZEL,
                ev="2024-11-04", place="Kursk")
an["um"] = C("an", "the first small clashes with North Korean units have taken place", kind=S, measure=CLASH, by=UM,
             ev="2024-11-05")
an["mnd"] = C("an", "Seoul's Defense Ministry says it cannot confirm this", kind=S, measure=CLASH, by=MND,
              ev="2024-11-05")
an["massed"] = C("an", "Russia has massed about 50,000 troops, North Koreans among them, to retake the part of Kursk "
                 "held by Ukraine", measure=MASSED, value=50000, q="about", by="US and Ukrainian officials",
                 ev="2024-11-10", place="Kursk", subject=RUS)
an["st10"] = C("an", "more than 10,000 North Korean soldiers have been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
an["most"] = C("an", "most have moved to Kursk", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12", place="Kursk")
an["begun"] = C("an", "they have \"begun engaging in combat operations\" alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12")
an["krat"] = C("an", "North Korean state media report that Kim Jong Un has ratified the treaty by decree", kind=S,
               measure=KRAT, by="KCNA", ev="2024-11-12")
an["units"] = C("an", "some North Korean soldiers have been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
an["fight"] = C("an", "some are already fighting", kind=S, measure=CS, by=NIS, ev="2024-11-13")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ht["so15"], se["so15"], ht["bud"], an["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 already in Russia vs Budanov's about 11,000 training",
  [("about 1,500 so far (NIS)", [ht["so15"], se["so15"]]), ("about 11,000 training (Budanov)", [ht["bud"], an["bud"]])])
K(RU, [it["kp1"], it["kp2"], it["kirby"], it["r3"], ht["r3"], ht["wh3"], ct["q3"], ht["hur12"], ct["q12"],
       an["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, White House, Kirby)",
    [it["kp1"], it["kp2"], it["kirby"], it["r3"], ht["r3"], ht["wh3"], ct["q3"]]),
   ("about 12,000 (HUR)", [ht["hur12"], ct["q12"], an["hur12"]])])
K(RU, [dn["wh3"], na["r3"], an["r3"], an["wh3"], dn["dod10"], sm["dod10"], an["dod10"], sm["ru10"], na["nis10"],
       sm["nis10"], se["nis10"], an["nis10"], an["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, restated as the step before) -> "
  "around 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [sm["bl8"], se["us8"], an["bl8"], se["zel11"], an["zel11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / US officials, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [it["plan"], ht["plan"], ct["plan"], se["plan"], an["plan"], it["zel10"], ht["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [it["plan"], ht["plan"], ct["plan"], se["plan"], an["plan"]]),
   ("10,000 (Zelensky)", [it["zel10"], ht["zel10"]])])
K(FB, [it["fb"], ht["fb"], ct["fb"], an["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces (to Vladivostok)")
K(WIN, [it["win"], an["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [it["ships"], an["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [it["brig"], ht["brig"], ct["brig"], an["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [it["sb"], ht["sb"], ct["sb"], an["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 followed the first (two numbers, two statements)")
K(PR, [it["proj"], dn["proj"]], "agreement", "NIS (Oct 23): 10,000 expected in Russia")
K(PRD, [it["dec"], dn["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [it["pay"], ct["pay"], sm["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [it["regime"], ct["regime"], sm["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(ARR, [ht["arr"], ct["arr"]], "agreement", "HUR: first units reached the Kursk region on Oct 23")
K(SITES, [it["sites"], dn["sites"]], "agreement", "Kirby (Oct 23): three training sites in the Far East")
K(READY, [ht["ready"], an["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(DEP, [it["kp3"], it["austin"], dn["rutte"], na["rutte"], an["rutte"], it["fake"], an["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' / fabrications (Peskov, Moscow)",
  [("asserted", [it["kp3"], it["austin"], dn["rutte"], na["rutte"], an["rutte"]]),
   ("dismissed", [it["fake"], an["fake"]])])
K(ESC, [it["esc"], dn["esc"], na["esc"]], "agreement",
  "escalation: 'a very, very serious issue' (Austin, conditional) and 'a significant escalation' (Rutte)")
K(TGT, [it["fair"], sm["tgt"], se["tgt"]], "agreement",
  "US: North Koreans who fight are fair game (Kirby) / legitimate military targets (Blinken, Washington)")
K(IMG, [ht["img"], an["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [ht["treaty"], na["treaty"], se["treaty"]], "agreement",
  "Moscow points to the treaty: how Russia applies it is 'our business' (Putin); Russian officials cite the "
  "mutual-defence clause")
K(LAW, [ct["kjg"], na["kjg"], ct["unsc"], na["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a violation of UN Security Council resolutions "
  "(Seoul and Washington; Seoul's Foreign Ministry)",
  [("lawful (Kim Jong Gyu)", [ct["kjg"], na["kjg"]]), ("violates UNSC resolutions", [ct["unsc"], na["unsc"]])])
K(WPN, [it["wpn"], ht["wpn"], ct["wpn"], na["wpn"], se["wpn"]], "agreement",
  "Seoul could consider arming Ukraine, in stages, defensive arms first (presidential office Oct 22, Yoon Oct 24, "
  "officials)")
K(WITHDRAW, [it["wd"], na["wd"], an["wd"]], "agreement", "Seoul (Oct 21): summoned the ambassador, demanded withdrawal")
K(FRONT, [dn["closer"], na["front"], sm["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(ICBM_T, [sm["t86"], an["t86"]], "agreement", "Japan: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [sm["choe"], se["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(CS, [dn["notseen"], sm["notseen"], an["notseen"], an["begun"], an["uswk"], an["fight"]], "update_over_time",
  "combat status: not yet seen in combat (Singh Oct 28, Blinken Oct 31) -> have begun engaging in combat (State "
  "Department Nov 12; 'Washington said' this week) and some already fighting (NIS Nov 13)")
K(CT, [ct["ct"], dn["ct"], sm["ct"], dn["weeks"], sm["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [ct["ct"], dn["ct"], sm["ct"]]), ("several weeks (Singh)", [dn["weeks"]]),
   ("coming days (Blinken)", [sm["days"]])])
K(CLASH, [se["um"], an["um"], se["mnd"], an["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm combat",
  [("clashes (Umerov)", [se["um"], an["um"]]), ("cannot confirm (MND)", [se["mnd"], an["mnd"]])])
K(NOACK, [dn["noack"], na["noack"], se["noack"]], "agreement", "the Kremlin has neither confirmed nor acknowledged")
K(MANP, [ct["manp"], dn["manp"]], "agreement",
  "the deployment shows Russia cannot find enough men of its own (Rutte, Oct 21; the CTV guest)")
K(MORE, [ct["more"], se["more"]], "agreement",
  "more North Korean contingents may follow (the CTV guest; the Semafor analyst, conditional)")
K(TECH, [ct["tech"], na["tech"], sm["tech"]], "agreement",
  "North Korea may be paid in Russian satellite / submarine / missile technology (guest, adviser, Seoul officials)")
K(UNSURE, [it["unsure"], it["unclear"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Kirby, Austin)")

pairs = [
    (it["sb"], it["r3"], "second group of about 1,500 vs about 3,000 in total, same entry"),
    (it["fb"], it["sb"], "first group vs second group, both 1,500"),
    (it["r3"], it["proj"], "about 3,000 now vs 10,000 expected by December, same sentence"),
    (it["plan"], it["fb"], "some 12,000 planned vs the first 1,500 sent, same paragraph"),
    (it["ships"], it["brig"], "four landing ships vs four brigades, same paragraph"),
    (an["sb"], an["r3"], "a second contingent arrived vs about 3,000 in total, same entry"),
    (ht["hur12"], ht["plan"], "about 12,000: HUR's count in Russia vs the NIS's planned total"),
    (ht["so15"], ht["fb"], "about 1,500: Seoul's count in Russia that week vs the first transport"),
    (ht["bud"], ht["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), adjacent paragraphs"),
    (ht["sb"], ht["r3"], "second group of about 1,500 vs about 3,000 in total, same sentence"),
    (ct["q12"], ct["plan"], "12,000: Kyiv's count in Russia vs the whole plan Seoul described"),
    (dn["dod10"], dn["proj"], "around 10,000 already sent vs 10,000 expected by December"),
    (sm["bl8"], sm["ru10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same sentence"),
    (se["zel11"], se["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (se["so15"], se["plan"], "about 1,500 already gone vs about 12,000 planned, same sentence"),
    (an["bud"], an["zel11"], "11,000: training in the east (Oct 18) vs in Kursk (Nov 4)"),
    (an["hur12"], an["plan"], "about 12,000: HUR's count in Russia vs the NIS's planned total"),
    (an["fb"], an["plan"], "first 1,500 vs a plan for about 12,000, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
