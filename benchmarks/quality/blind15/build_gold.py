"""Generate gold.json for blind15 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind15/build_gold.py

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
    WPN, INFO, ICBM_T, ICBM_A, TECH, PAY, REGIME, UM15, RATIO, PARTN, NIS, HUR, DOD, MND, PO, USK  # noqa: F401
)

DOCS = {
    "nw": ("newsis-2024-10-23-nis-additional-1500-troops-russia-update", "Newsis", "2024-10-23"),
    "yt": ("ytn-2024-10-24-ukraine-12000-north-korean-troops-yoon-weapons", "YTN", "2024-10-24"),
    "rb": ("rbc-2024-10-25-what-is-known-north-korean-military-russia", "RBC", "2024-10-25"),
    "jj": ("jiji-press-2024-10-29-north-korean-troops-russia-top-10000", "Jiji Press", "2024-10-29"),
    "km": ("kukmin-ilbo-2024-11-01-washington-blinken-8000-kursk", "Kukmin Ilbo", "2024-11-01"),
    "un": ("unian-2024-11-05-umerov-first-battles-north-korean-troops", "UNIAN", "2024-11-05"),
    "bb": ("babel-2024-11-14-podcast-north-koreans-in-battle", "Babel", "2024-11-14"),
    "mz": ("mediazona-2024-12-19-evening-newsletter-north-korean-losses", "Mediazona", "2024-12-19"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder). Where blind13 named the same
# quantity, its wording is reused.
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SITES = "training sites in eastern Russia (US)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
KIA = "North Korean soldiers killed in Kursk"
WIA = "North Korean soldiers wounded in Kursk"
CAS = "North Korean casualties (killed and wounded) in Kursk"
HUR30 = "North Korean killed or wounded near Plekhovo (HUR)"
OPEN = "North Korean losses blamed on open terrain and drones"
MORE = "more North Korean troops to come"
NOACK = "Russia has not acknowledged the deployment"
CSN = CS + ", Nov 4-5"
AGE = "age"
NATO32 = "NATO member countries"
DRONE = "North Korean troops lack modern-warfare / drone experience (Russian instructors)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
FAM = "families of deployed North Korean soldiers relocated and isolated"
TERMS = "Russian military terms taught to North Korean troops"
KYB = "senior North Korean officers (Kim Yong Bok) accompany the troops"
ICBMNIS = "North Korean ICBM launch expected around the US election (NIS)"
USECOMBAT = "US concern that Russia will use North Korean troops in combat"
JCONC = "Japan's concern over the deployment"
COBEL = "North Korea a co-belligerent if its troops fight"
ICBM_D = "ICBM flight distance"
INTEL = "US intelligence sharing with Seoul and Kyiv on North Korean units"
USAID = "US military aid to Ukraine since February 2022"
AREA = "Ukrainian-held area in Kursk region at its peak"
KJURAT = "Kim Jong Un ratified the treaty with Russia"
APPEAL = "HUR appeals to North Korean soldiers to surrender"
ASSAULT = "North Koreans used in assaults in noticeable numbers"


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
RYDER = "Pat Ryder"
ZEL = "Volodymyr Zelensky"
UM = "Rustem Umerov"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
MOFA = "South Korea Ministry of Foreign Affairs"
JCS = "South Korea Joint Chiefs of Staff"
JMOD = "Japan Ministry of Defense"
KJG = "Kim Jong Gyu"
CHO = "Cho Tae-yul"
WOFFS = "Western officials"
USUA = "US and Ukrainian officials"
SK, UA, RUS, JP = "South Korea", "Ukraine", "Russia", "Japan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Newsis, Wed 2024-10-23 (wire story with an update)
# Korean wire dating: "according to the NIS on the 23rd" -> 2024-10-23; "on the 18th" -> 2024-10-18; "It said
# at the time" follows the 18th of the sentence before. Lawmakers relaying the NIS -> South Korea NIS. The two
# subheads are headline furniture and are not annotated; nor are the update note, "asked twice", the
# "two-hour session", e-mails and related headlines.
nw = {}
nw["sb"] = C("nw", "North Korea has sent about 1,500 more soldiers to Russia since its first transport", measure=SB,
             value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
nw["r3"] = C("nw", "bringing the number of North Korean troops there to about 3,000", value=3000, q="about",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
nw["sb2"] = C("nw", "\"an additional 1,500 or so soldiers appear to have been moved\"", measure=SB, value=1500,
              q="about", scope="additional", by=NIS, place=RFE)
nw["brig"] = C("nw", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
nw["plan"] = C("nw", "about 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
nw["fb"] = C("nw", "about 1,500 special forces had been carried to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
nw["win"] = C("nw", "between the 8th and the 13th of this month", kind=D, measure=WIN, low="2024-10-08",
              high="2024-10-13", scope="first_batch", by=NIS)
nw["r3b"] = C("nw", "the total in Russia \"is estimated at around 3,000,\"", value=3000, q="about", scope="total",
              by=NIS, place="Russia")
nw["proj"] = C("nw", "the agency expects the number to reach 10,000", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, place="Russia")
nw["dec"] = C("nw", "by December.", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
nw["front"] = C("nw", "the NIS had not confirmed that any North Korean unit had moved to the front", kind=S,
                measure=FRONT, by=NIS)
nw["pay"] = C("nw", "Russia pays each North Korean soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
nw["regime"] = C("nw", "most of the money is likely to be taken by the regime rather than reach the soldiers", kind=S,
                 measure=REGIME, by=NIS)
nw["drone"] = C("nw", "Russian instructors have assessed that the North Korean soldiers are physically strong and "
                "highly motivated but lack an understanding of modern warfare, including drone attacks", kind=S,
                measure=DRONE, by=NIS)
nw["hide"] = C("nw", "Pyongyang is hiding the deployment from its own people", kind=S, measure=INFO, by=NIS)
nw["fam"] = C("nw", "It has relocated and isolated the families of some of the dispatched soldiers", kind=S,
              measure=FAM, by=NIS)
nw["law"] = C("nw", "called the dispatch a clear violation of UN Security Council resolutions", kind=S, measure=LAW,
              by=MOFA, ev="2024-10-21")
nw["wd"] = C("nw", "demanded the immediate withdrawal of the North Korean troops", kind=S, measure=WITHDRAW, by=MOFA,
             ev="2024-10-21", subject=SK)
nw["wpn"] = C("nw", "the government would consider supplying Ukraine with weapons in stages, starting with defensive "
              "ones", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)

# ---------------------------------------------------------------- YTN, Thu 2024-10-24 (broadcast transcript)
# Anchor and reporter lines are the outlet's voice; a line carries a date only when it gives one ("on the 24th",
# "yesterday" -> 2024-10-23, "this afternoon" -> 2024-10-24). A SOT label's date dates its quote ("23rd, local
# time"); Yoon's SOT label gives none. The analyst's remark on the counts and the footer are not annotated.
yt = {}
yt["hur12a"] = C("yt", "Ukraine's military intelligence says about 12,000 North Korean soldiers are already in Russia",
                 value=12000, q="about", scope="total", by=HUR, place="Russia")
yt["offa"] = C("yt", "among them hundreds of officers", measure=OFF, low=200, high=900, q="vague", unit="officers",
               by=HUR)
yt["gena"] = C("yt", "several generals", measure=GEN, low=2, high=9, q="vague", unit="generals", by=HUR)
yt["ratio"] = C("yt", "That is four times the figure our own intelligence service gave lawmakers just yesterday",
                measure=RATIO, value=4, unit="times", by=None)
yt["wh3"] = C("yt", "Washington has weighed in too, with a count of \"at least 3,000.\"", value=3000, q="at_least",
              scope="total", by=USG, place="Russia")
yt["hur12"] = C("yt", "said on the 24th that about 12,000 North Korean troops", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
yt["off"] = C("yt", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
yt["gen"] = C("yt", "three generals, are now in Russia", measure=GEN, value=3, unit="generals", by=HUR,
              ev="2024-10-24")
yt["arr"] = C("yt", "the first North Korean units trained in the Far East reached Russia's Kursk region, which borders "
              "Ukraine, on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
yt["unif"] = C("yt", "shows North Korean soldiers being issued Russian uniforms and equipment", kind=S, measure=UNIF,
               by=HUR, place=RFE)
yt["kirby3"] = C("yt", "at least 3,000 North Korean soldiers moved into eastern Russia by ship this month", value=3000,
                 q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
yt["sites"] = C("yt", "They are training at three sites there.", measure=SITES, value=3, unit="training sites",
                by=KIRBY, ev="2024-10-23", place=RFE)
yt["fair"] = C("yt", "they would be \"fair game\" for Ukrainian forces", kind=S, measure=TGT, mod="conditional",
               by=KIRBY)
yt["nis3"] = C("yt", "putting the number in Russia at about 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
yt["proj"] = C("yt", "it expects the number to grow to 10,000", measure=PR, value=10000, mod="planned", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
yt["dec"] = C("yt", "by December.", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
yt["wpn"] = C("yt", "President Yoon said the government would not rule out supplying weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
yt["wpn2"] = C("yt", "we do not exclude the possibility of providing weapons", kind=S, measure=WPN, mod="conditional",
               by=YOON, subject=SK)
yt["def"] = C("yt", "Officials at the presidential office say defensive equipment would come first", kind=S,
              measure=WPN, mod="conditional", by=PO, subject=SK)
yt["noack"] = C("yt", "Moscow, for its part, is still not confirming anything.", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
yt["fake"] = C("yt", "Kremlin spokesman Dmitry Peskov has called the South Korean reports \"another fake.\"", kind=S,
               measure=DEP, by=PESKOV)

# ---------------------------------------------------------------- RBC, Fri 2024-10-25 (explainer, "what is known")
# Putin's answers carry the press conference's day the paragraph opens with (Thursday, October 24), as
# blind12's notebook did. "A week earlier" is only a week and gives null. The lead's "from 3 thousand to 12
# thousand" sums up three origins' figures without one source and is not annotated; nor are the "Read also"
# headlines (21%, 2 conditions, 97 roubles) and "Article 4".
rb = {}
rb["img"] = C("rb", "\"Images are a serious thing. If there are images, they reflect something,\" Putin replied.",
              kind=S, measure=IMG, by=PUTIN, ev="2024-10-24")
rb["biz"] = C("rb", "said that how Russia applies it \"is our business.\"", kind=S, measure=TREATY, by=PUTIN,
              ev="2024-10-24", subject=RUS)
rb["fake"] = C("rb", "Peskov had dismissed the first South Korean reports as \"another fake.\"", kind=S, measure=DEP,
               by=PESKOV)
rb["brig"] = C("rb", "the DPRK had decided to send to Russia four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
rb["plan"] = C("rb", "about 12 thousand servicemen in total", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
rb["fb"] = C("rb", "about 1.5 thousand special forces were taken to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
rb["win"] = C("rb", "from October 8 to 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
rb["unif"] = C("rb", "were issued Russian uniforms and identity papers of residents of Yakutia and Buryatia", kind=S,
               measure=UNIF, by=NIS)
rb["sb"] = C("rb", "another 1.5 thousand had been brought in", measure=SB, value=1500, scope="additional", by=NIS,
             ev="2024-10-23", place="Russia")
rb["r3"] = C("rb", "about 3 thousand North Korean military are now in Russia", value=3000, q="about", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
rb["dec"] = C("rb", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rb["proj"] = C("rb", "their number could reach 10 thousand", measure=PR, value=10000, mod="planned", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
rb["pay"] = C("rb", "Each soldier is paid about $2 thousand a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
rb["regime"] = C("rb", "most of the money ends up in Pyongyang's treasury", kind=S, measure=REGIME, by=NIS)
rb["drone"] = C("rb", "rate the North Koreans' physical training highly but consider them unfamiliar with drones",
                kind=S, measure=DRONE, by=NIS)
rb["zel10"] = C("rb", "Vladimir Zelensky spoke on October 17 of 10 thousand soldiers \"being prepared\"", measure=PL,
                value=10000, mod="planned", scope="total", by=ZEL, ev="2024-10-17")
rb["bud"] = C("rb", "about 11 thousand North Korean infantrymen were training in the Far East", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
rb["ready"] = C("rb", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
rb["so15"] = C("rb", "Seoul at that time counted only about 1.5 thousand in Russia.", value=1500, q="about",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
rb["hur12"] = C("rb", "saying that about 12 thousand North Koreans", value=12000, q="about", scope="total", by=HUR,
                ev="2024-10-24", place="Russia")
rb["off"] = C("rb", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
rb["gen"] = C("rb", "three generals, are already in Russia", measure=GEN, value=3, unit="generals", by=HUR,
              ev="2024-10-24")
rb["arr"] = C("rb", "their first units arrived in the Kursk region on October 23", kind=S, measure=ARR, by=HUR,
              ev="2024-10-23", place="Kursk")
rb["kirby3"] = C("rb", "at least 3 thousand North Korean servicemen had arrived in eastern Russia in October",
                 value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
rb["sites"] = C("rb", "were training at three sites", measure=SITES, value=3, unit="training sites", by=KIRBY,
                ev="2024-10-23", place=RFE)
rb["austin"] = C("rb", "said there was \"evidence\" of North Korean troops in Russia", kind=S, measure=DEP, by=AUSTIN,
                 ev="2024-10-23")
rb["lawful"] = C("rb", "if such a deployment were taking place, it would be \"an act in line with international law.\"",
                 kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
rb["law"] = C("rb", "Seoul calls the dispatch a violation of UN Security Council resolutions", kind=S, measure=LAW,
              by=SKG)
rb["wd"] = C("rb", "has demanded that the troops be withdrawn", kind=S, measure=WITHDRAW, by=SKG, subject=SK)

# ---------------------------------------------------------------- Jiji Press, Tue 2024-10-29 (wire story, Seoul dateline)
# "Tuesday" -> 10-29, "Monday" -> 10-28, "last Thursday" -> 10-24, "Friday" -> 10-25. The election figures
# (215, 233, 465, 191) are off-topic and not annotated; "seventh nuclear test" is an ordinal.
jj = {}
jj["nis10"] = C("jj", "More than 10,000 North Korean soldiers have been sent to Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
jj["front"] = C("jj", "some of them are believed to have moved toward the front line", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
jj["r3"] = C("jj", "The NIS had put the number at about 3,000 as of Oct. 23.", value=3000, q="about", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
jj["terms"] = C("jj", "are being taught about 100 Russian military terms", measure=TERMS, value=100, q="about",
                unit="terms", by=NIS)
jj["kyb"] = C("jj", "Kim Yong Bok, a deputy chief of the General Staff of the Korean People's Army, and other senior "
              "officers are believed to be accompanying the troops", kind=S, measure=KYB, by=NIS)
jj["icbm"] = C("jj", "North Korea could launch an intercontinental ballistic missile around the U.S. presidential "
               "election", kind=S, measure=ICBMNIS, mod="conditional", by=NIS)
jj["dod10"] = C("jj", "around 10,000 North Korean soldiers had been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
jj["closer"] = C("jj", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
jj["use"] = C("jj", "\"We are increasingly concerned that Russia intends to use these soldiers in combat", kind=S,
              measure=USECOMBAT, by=SINGH)
jj["weeks"] = C("jj", "they would probably reinforce Russian troops near the border over the next several weeks",
                kind=S, measure=CT, mod="planned", by=SINGH)
jj["rutte"] = C("jj", "North Korean troops had been sent to Russia and that North Korean military units had been "
                "deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
jj["esc"] = C("jj", "He called it \"a significant escalation\" of North Korea's involvement", kind=S, measure=ESC,
              by=RUTTE)
jj["nato32"] = C("jj", "the alliance's 32 member countries", measure=NATO32, value=32, unit="countries", by=None,
                 subject="NATO")
jj["hayashi"] = C("jj", "the Japanese government is \"seriously concerned\" about the deployment", kind=S,
                  measure=JCONC, by="Yoshimasa Hayashi", ev="2024-10-29", subject=JP)
jj["noack"] = C("jj", "Russia has not confirmed the deployment.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
jj["biz"] = C("jj", "how Moscow applies its mutual defense treaty with Pyongyang \"is our business.\"", kind=S,
              measure=TREATY, by=PUTIN, ev="2024-10-24", subject=RUS)
jj["lawful"] = C("jj", "any such deployment would comply with international law", kind=S, measure=LAW,
                 mod="conditional", by=KJG, ev="2024-10-25")
jj["wpn"] = C("jj", "Seoul does not rule out supplying weapons to Ukraine depending on the level of North Korea's "
              "involvement", kind=S, measure=WPN, mod="conditional", by=YOON, subject=SK)
jj["def"] = C("jj", "Seoul would first consider defensive weapons", kind=S, measure=WPN, mod="conditional", by=PO,
              subject=SK)
jj["age"] = C("jj", "Kim Jong Un, 40,", measure=AGE, value=40, unit="years", by=None, subject="Kim Jong Un")

# ---------------------------------------------------------------- Kukmin Ilbo, Fri 2024-11-01 (Washington correspondent's dispatch)
# "on the 31st (local time)" -> 2024-10-31; "he said" sentences give no day. The subheads, "2+2", "56th",
# "four days away" and the e-mail are not annotated.
km = {}
km["k8a"] = C("km", "about 8,000 North Korean soldiers have moved to Russia's Kursk region", measure=KU, value=8000,
              q="about", by=USG, place="Kursk")
km["daysa"] = C("km", "it expects them to be thrown into combat against Ukrainian forces within days", kind=S,
                measure=CT, mod="planned", by=USG)
km["r10"] = C("km", "of the roughly 10,000 North Korean soldiers in Russia", value=10000, q="about", scope="total",
              by=BL, ev="2024-10-31", place="Russia")
km["k8"] = C("km", "about 8,000 are now in the Kursk region", measure=KU, value=8000, q="about", by=BL,
             ev="2024-10-31", place="Kursk")
km["notyet"] = C("km", "\"We have not yet seen them deployed into combat against Ukrainian forces", kind=S, measure=CS,
                 by=BL)
km["days"] = C("km", "but we expect that in the coming days,\"", kind=S, measure=CT, mod="planned", by=BL)
km["tgt"] = C("km", "any North Korean soldiers who enter the fighting \"will be legitimate military targets.\"", kind=S,
              measure=TGT, mod="conditional", by=BL)
km["austin"] = C("km", "Washington had \"not yet seen\" North Korean troops fighting", kind=S, measure=CS, by=AUSTIN)
km["cobel"] = C("km", "North Korea would become a co-belligerent in the war", kind=S, measure=COBEL,
                mod="conditional", by=AUSTIN)
km["wh3"] = C("km", "The White House spoke of \"at least 3,000\" on Oct. 23", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place="Russia")
km["dod10"] = C("km", "the Pentagon of around 10,000 on the 28th", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
km["nis10"] = C("km", "more than 10,000 had been sent", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
km["front"] = C("km", "some had begun moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
km["law"] = C("km", "\"strongly condemn\" the deployment as an illegal act that violates multiple UN Security Council "
              "resolutions", kind=S, measure=LAW, by=CHO)
km["tech"] = C("km", "Russia could give Pyongyang sensitive military technology, including for satellites and "
               "nuclear-powered submarines, in return for the troops", kind=S, measure=TECH, mod="conditional",
               by=USK)
km["t86"] = C("km", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
km["alt"] = C("km", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
km["dist"] = C("km", "the missile flew about 1,000 km", measure=ICBM_D, value=1000, q="about", unit="km", by=JCS)
km["intel"] = C("km", "Washington was discussing with Seoul and Kyiv how to share intelligence on the North Korean "
                "units", kind=S, measure=INTEL, by="US Department of State official (anonymous)",
                subject="United States")

# ---------------------------------------------------------------- UNIAN, Tue 2024-11-05 (news story)
# UNIAN's "This was stated by ..." puts the attribution in the next sentence; the lead claim has no day.
# "on Tuesday" -> 11-05; "The day before, on November 4". The "Read also" headlines are not annotated.
un = {}
un["um1"] = C("un", "Ukraine's Defence Forces have already fought the first battles with North Korean troops in "
              "Russia's Kursk region", kind=S, measure=CSN, by=UM, place="Kursk")
un["um2"] = C("un", "\"The first small-scale engagements with North Korean soldiers have already taken place,\"",
              kind=S, measure=CSN, by=UM)
un["um15"] = C("un", "Kyiv expects Russia to bring the number of North Korean troops on the front line up to 15,000",
               measure=UM15, value=15000, q="up_to", mod="planned", scope="total", by=UM)
un["mnd"] = C("un", "the ministry could not confirm that North Korean soldiers had taken part in combat", kind=S,
              measure=CSN, by=MND, ev="2024-11-05")
un["zel"] = C("un", "\"the first battles with North Korean soldiers open a new page of instability in the world.\"",
              kind=S, measure=CSN, by=ZEL, ev="2024-11-05")
un["zel11"] = C("un", "the number of North Korean military in the Kursk region had grown to 11,000", measure=KU,
                value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
un["zel11b"] = C("un", "already 11,000 in the Kursk region,\"", measure=KU, value=11000, by=ZEL, place="Kursk")
un["partn"] = C("un", "Ukraine's partners were reacting to this with \"silence,\"", kind=S, measure=PARTN, by=ZEL,
                subject=UA)
un["k8"] = C("un", "about 8,000 North Korean soldiers were in the Kursk region", measure=KU, value=8000, q="about",
             by=BL, ev="2024-10-31", place="Kursk")
un["r10"] = C("un", "out of the roughly 10,000 North Koreans in Russia", value=10000, q="about", scope="total", by=BL,
              ev="2024-10-31", place="Russia")
un["arr"] = C("un", "the first North Korean units had arrived in the Kursk region on October 23", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
un["bud"] = C("un", "Russia was preparing about 11,000 North Korean infantrymen", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place="Russia")
un["noack"] = C("un", "The Kremlin still does not officially confirm that North Korean troops are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
un["img"] = C("un", "said in October that \"images are a serious thing\"", kind=S, measure=IMG, by=PUTIN)
un["aid"] = C("un", "Ukraine has received more than $60 billion in US military aid since February 2022", measure=USAID,
              value=60000000000, q="at_least", unit="USD", by=None, subject="United States")

# ---------------------------------------------------------------- Babel, Thu 2024-11-14 (podcast transcript)
# Hosts' turns are the outlet's voice. "on Tuesday" -> 11-12, "yesterday" -> 11-13, "On Sunday" -> 11-10,
# "On Monday" -> 11-11, "The next day" after Nov 4 -> 11-05; "In October" and "then" give null. Timestamps,
# episode number, length, "Over 4,000" readers and "100 hryvnias" are furniture. The host's summary "more than
# ten thousand, mostly in Kursk" (no source) and the co-host's question ("several hundred square kilometres")
# are not annotated; the host's own "Around a thousand at its peak" is.
bb = {}
bb["st10"] = C("bb", "more than ten thousand North Korean soldiers are in Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place="Russia")
bb["most"] = C("bb", "most of them have moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
bb["begun"] = C("bb", "they \"have begun engaging in combat operations\" alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12")
bb["units"] = C("bb", "some of the North Koreans have been assigned to Russian marine and airborne units", kind=S,
                measure=UNITS, by=NIS, ev="2024-11-13")
bb["combat"] = C("bb", "some are already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
bb["zel11"] = C("bb", "On November 4 Zelensky said eleven thousand North Koreans were in the Kursk region.",
                measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
bb["um"] = C("bb", "The next day Umerov told KBS about the first small-scale engagements.", kind=S, measure=CSN, by=UM,
             ev="2024-11-05")
bb["mnd"] = C("bb", "Seoul then said it could not confirm any of it.", kind=S, measure=CSN, by=SKG)
bb["r3"] = C("bb", "In October Seoul spoke of three thousand", value=3000, scope="total", by=NIS, place="Russia")
bb["dod10"] = C("bb", "the Pentagon said ten thousand on October 28", value=10000, scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
bb["50k"] = C("bb", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
              q="about", by=USUA, ev="2024-11-10", place="Kursk", subject=RUS)
bb["50kz"] = C("bb", "about fifty thousand enemy soldiers concentrated there", measure=MASSED, value=50000, q="about",
               by=ZEL, ev="2024-11-11", place="Kursk", subject=RUS)
bb["area"] = C("bb", "Around a thousand at its peak", measure=AREA, value=1000, q="about", unit="square km",
               by="Maksym Drozd (Babel host)", place="Kursk", subject=UA)
bb["peskov"] = C("bb", "Peskov says the Kremlin has \"nothing to add\" to what Putin said in October", kind=S,
                 measure=NOACK, by=PESKOV, subject=RUS)
bb["kju"] = C("bb", "North Korean state media reported on Tuesday that Kim Jong Un had ratified it by decree", kind=S,
              measure=KJURAT, by="KCNA", ev="2024-11-12")
bb["wpn"] = C("bb", "South Korea does not rule out supplying weapons", kind=S, measure=WPN, mod="conditional", by=YOON,
              ev="2024-11-07", subject=SK)
bb["appeal"] = C("bb", "HUR says it is ready for that and has even recorded appeals in Korean urging them to "
                 "surrender", kind=S, measure=APPEAL, by=HUR, subject=UA)

# ---------------------------------------------------------------- Mediazona, Thu 2024-12-19 (evening newsletter)
# The "Briefly" lines are sentences with a source, not headlines, and are annotated (undated). "on Thursday"
# -> 12-19, "on Tuesday" -> 12-17, "A day before that" -> 12-16, "on Sunday" -> 12-15, "On Saturday" -> 12-14;
# "In mid-November" gives null. Putin's marathon (four and a half hours), the key rate (21%, 23%, 13:30), the
# court item (19-year-old, five and a half years) and "300 roubles" are off-topic and not annotated.
mz = {}
mz["k100a"] = C("mz", "at least 100 North Korean soldiers killed in the Kursk region", measure=KIA, value=100,
                q="at_least", unit="soldiers", by=NIS, place="Kursk")
mz["w1000a"] = C("mz", "nearly 1,000 wounded", measure=WIA, value=1000, q="about", unit="soldiers", by=NIS,
                 place="Kursk")
mz["wha"] = C("mz", "The White House puts North Korean losses at \"several hundred\"", measure=CAS, low=200, high=900,
              q="vague", unit="soldiers", by=WH, place="Kursk")
mz["hur30a"] = C("mz", "at least 30 North Koreans killed or wounded in one weekend", measure=HUR30, value=30,
                 q="at_least", unit="soldiers", by=HUR, place="Kursk")
mz["k100"] = C("mz", "at least 100 North Korean soldiers had been killed in the Kursk region", measure=KIA, value=100,
               q="at_least", unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
mz["w1000"] = C("mz", "close to a thousand wounded", measure=WIA, value=1000, q="about", unit="soldiers", by=NIS,
                ev="2024-12-19", place="Kursk")
mz["open"] = C("mz", "the NIS explains the losses by the unfamiliar open terrain in which the North Koreans are used "
               "and by their lack of experience against drones", kind=S, measure=OPEN, by=NIS)
mz["more"] = C("mz", "Pyongyang may be preparing to send more troops", kind=S, measure=MORE, mod="planned", by=NIS)
mz["kirby"] = C("mz", "North Korean troops had suffered \"several hundred\" casualties", measure=CAS, low=200,
                high=900, q="vague", unit="soldiers", by=KIRBY, ev="2024-12-17", place="Kursk")
mz["ryder"] = C("mz", "Pat Ryder confirmed for the first time that North Koreans had been killed and wounded in the "
                "fighting", kind=S, measure=CS, by=RYDER, ev="2024-12-16")
mz["hur30"] = C("mz", "at least 30 North Korean soldiers had been killed or wounded over the weekend", measure=HUR30,
                value=30, q="at_least", unit="soldiers", by=HUR, ev="2024-12-15", place="Kursk")
mz["assault"] = C("mz", "Russia had begun using North Koreans in assaults \"in noticeable numbers.\"", kind=S,
                  measure=ASSAULT, by=ZEL, ev="2024-12-14", place="Kursk")
mz["range"] = C("mz", "About 11,000 to 12,000 North Koreans are now in the Kursk region", measure=KU, low=11000,
                high=12000, by=WOFFS, place="Kursk")
mz["st10"] = C("mz", "put the number of North Korean soldiers in Russia at more than 10,000", value=10000, q="at_least",
               scope="total", by=STATE, place="Russia")
mz["most"] = C("mz", "most of them in Kursk", kind=S, measure=MOSTK, by=STATE, place="Kursk")
mz["noack"] = C("mz", "Moscow has never officially acknowledged that North Korean troops are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [rb["so15"], rb["bud"], un["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 in Russia 'at that time' vs Budanov's about 11,000 "
  "training / being prepared (restated by UNIAN on Nov 5)",
  [("about 1,500 so far (NIS)", [rb["so15"]]), ("about 11,000 (Budanov)", [rb["bud"], un["bud"]])])
K(RU, [nw["r3"], nw["r3b"], yt["nis3"], rb["r3"], yt["wh3"], yt["kirby3"], rb["kirby3"],
       yt["hur12a"], yt["hur12"], rb["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia "
  "(set against each other in the Oct 24 broadcast and the Oct 25 explainer)",
  [("about / at least 3,000 (NIS, White House)",
    [nw["r3"], nw["r3b"], yt["nis3"], rb["r3"], yt["wh3"], yt["kirby3"], rb["kirby3"]]),
   ("about 12,000 (HUR)", [yt["hur12a"], yt["hur12"], rb["hur12"]])])
K(RU, [jj["r3"], km["wh3"], bb["r3"], jj["dod10"], km["dod10"], bb["dod10"], km["r10"], un["r10"], jj["nis10"],
       km["nis10"], bb["st10"], mz["st10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: about / at least 3,000 (Oct 23) -> around 10,000 (Pentagon Oct 28; "
  "Blinken's 'roughly 10,000' Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [km["k8a"], km["k8"], un["k8"], un["zel11"], un["zel11b"], bb["zel11"], mz["range"]], "update_over_time",
  "troops in Kursk: about 8,000 (US, Oct 31) -> 11,000 (Zelensky, Nov 4) -> 11,000-12,000 (Western estimates, "
  "December)")
K(PL, [nw["plan"], rb["plan"], rb["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [nw["plan"], rb["plan"]]), ("10,000 (Zelensky)", [rb["zel10"]])])
K(FB, [nw["fb"], rb["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [nw["win"], rb["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [nw["brig"], rb["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [nw["sb"], nw["sb2"], rb["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [nw["proj"], yt["proj"], rb["proj"]], "agreement", "NIS (Oct 23): 10,000 expected in all")
K(PRD, [nw["dec"], yt["dec"], rb["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [nw["pay"], rb["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [nw["regime"], rb["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONE, [nw["drone"], rb["drone"]], "agreement",
  "NIS relaying Russian instructors: fit and motivated, but unfamiliar with drones / modern warfare")
K(UNIF, [yt["unif"], rb["unif"]], "agreement",
  "Russian uniforms issued to the North Koreans (HUR's video; the NIS, Oct 18)")
K(OFF, [yt["offa"], yt["off"], rb["off"]], "agreement", "HUR (Oct 24): 500 officers ('hundreds of officers')")
K(GEN, [yt["gena"], yt["gen"], rb["gen"]], "agreement", "HUR (Oct 24): three generals ('several generals')")
K(ARR, [yt["arr"], rb["arr"], un["arr"]], "agreement", "HUR: first North Korean units reached Kursk on Oct 23")
K(SITES, [yt["sites"], rb["sites"]], "agreement", "Kirby (Oct 23): training at three sites in eastern Russia")
K(TGT, [yt["fair"], km["tgt"]], "agreement",
  "US: North Koreans used against Ukraine are fair game (Kirby) / legitimate military targets (Blinken)")
K(WPN, [nw["wpn"], yt["wpn"], yt["wpn2"], yt["def"], jj["wpn"], jj["def"], bb["wpn"]], "agreement",
  "Seoul could arm Ukraine, in stages and defensive weapons first (presidential office Oct 22; Yoon Oct 24 and Nov 7)")
K(DEP, [rb["austin"], jj["rutte"], yt["fake"], rb["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov)",
  [("asserted", [rb["austin"], jj["rutte"]]), ("dismissed", [yt["fake"], rb["fake"]])])
K(NOACK, [yt["noack"], jj["noack"], un["noack"], bb["peskov"], mz["noack"]], "agreement",
  "Moscow has not confirmed / acknowledged the deployment (Kremlin; Peskov's 'nothing to add')")
K(IMG, [rb["img"], un["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [rb["biz"], jj["biz"]], "agreement", "Putin (Oct 24): how Russia applies the treaty 'is our business'")
K(LAW, [nw["law"], rb["law"], km["law"], rb["lawful"], jj["lawful"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul Oct 21; Seoul; Cho Oct 31) vs in line with "
  "international law (Kim Jong Gyu, Oct 25)",
  [("violation (Seoul)", [nw["law"], rb["law"], km["law"]]), ("lawful (Pyongyang)", [rb["lawful"], jj["lawful"]])])
K(WITHDRAW, [nw["wd"], rb["wd"]], "agreement", "Seoul demands the troops' withdrawal")
K(FRONT, [nw["front"], jj["closer"], jj["front"], km["front"]], "update_over_time",
  "move toward the front: not confirmed (NIS, Oct 23) -> some moved closer to Ukraine (Pentagon, Oct 28) / toward "
  "the front (NIS, Oct 29)")
K(CT, [jj["weeks"], km["daysa"], km["days"]], "discrepancy",
  "combat entry: 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming days' / 'within days' "
  "(Blinken, Oct 31)",
  [("weeks (Pentagon)", [jj["weeks"]]), ("days (Blinken / US)", [km["daysa"], km["days"]])])
K(CS, [km["notyet"], km["austin"], bb["begun"], bb["combat"], mz["ryder"]], "update_over_time",
  "combat status: not yet seen in combat (Blinken, Austin, Oct 31) -> have begun engaging in combat (State "
  "Department Nov 12; NIS Nov 13) -> killed and wounded in the fighting (Ryder, Dec 16)")
K(CSN, [un["um1"], un["um2"], un["zel"], bb["um"], un["mnd"], bb["mnd"]], "discrepancy",
  "Nov 5: Umerov (and Zelensky) report the first battles vs Seoul's defence ministry cannot confirm combat",
  [("first battles reported (Umerov, Zelensky)", [un["um1"], un["um2"], un["zel"], bb["um"]]),
   ("not confirmed (South Korea MND)", [un["mnd"], bb["mnd"]])])
K(MOSTK, [bb["most"], mz["most"]], "agreement", "State Department (Nov 12): most of the North Koreans are in Kursk")
K(MASSED, [bb["50k"], bb["50kz"]], "agreement",
  "some 50,000 massed for Kursk (US and Ukrainian officials via the NYT, Nov 10; Zelensky, Nov 11)")
K(KIA, [mz["k100a"], mz["k100"]], "agreement", "NIS (Dec 19): at least 100 killed")
K(WIA, [mz["w1000a"], mz["w1000"]], "agreement", "NIS (Dec 19): nearly / close to 1,000 wounded")
K(CAS, [mz["wha"], mz["kirby"]], "agreement", "White House (Kirby, Dec 17): 'several hundred' killed and wounded")
K(HUR30, [mz["hur30a"], mz["hur30"]], "agreement", "HUR (Dec 15): at least 30 killed or wounded in one weekend")

pairs = [
    (nw["sb"], nw["r3"], "about 1,500 more vs about 3,000 in total, same sentence"),
    (nw["fb"], nw["sb2"], "1,500: the first transport vs the additional group, same document"),
    (nw["plan"], nw["fb"], "about 12,000 planned vs about 1,500 first transport, same paragraph"),
    (yt["nis3"], yt["proj"], "about 3,000 now vs 10,000 expected by December, same sentence"),
    (yt["off"], yt["gen"], "500 officers vs three generals, same sentence"),
    (yt["sites"], yt["gen"], "three training sites vs three generals, same value"),
    (rb["hur12"], rb["plan"], "12 thousand: HUR's count in Russia vs the NIS's planned total"),
    (rb["bud"], rb["zel10"], "11 thousand training (Budanov) vs 10 thousand being prepared (Zelensky), same sentence"),
    (rb["so15"], rb["fb"], "1.5 thousand: Seoul's count in Russia then vs the first transport"),
    (rb["sb"], rb["r3"], "another 1.5 thousand vs about 3 thousand in total, same sentence"),
    (jj["dod10"], rb["proj"], "around 10,000 already sent (Pentagon) vs 10,000 expected by December (NIS)"),
    (km["r10"], km["k8"], "roughly 10,000 in Russia vs about 8,000 in Kursk, same sentence"),
    (un["zel11"], un["bud"], "11,000: in Kursk on Nov 4 vs Budanov's 11,000 being prepared on Oct 18"),
    (un["r10"], un["k8"], "roughly 10,000 in Russia vs about 8,000 in Kursk, same sentence"),
    (bb["50k"], bb["zel11"], "50,000 massed (mostly Russian) vs 11,000 North Koreans in Kursk"),
    (bb["st10"], bb["zel11"], "more than ten thousand in Russia vs eleven thousand in Kursk"),
    (mz["k100a"], mz["w1000a"], "killed (at least 100) vs wounded (nearly 1,000), same line"),
    (mz["hur30"], mz["kirby"], "30 in one weekend (HUR) vs several hundred in all (White House)"),
    (mz["range"], mz["st10"], "11,000-12,000 in Kursk vs more than 10,000 in Russia, same paragraph"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
