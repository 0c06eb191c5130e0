"""Generate gold.json for blind8 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind8/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, B11, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC, LAW, TREATY,
    IMG, WPN, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, UM15, NIS, HUR, DOD, MND, USK
)

DOCS = {
    "lm": ("le-monde-2024-10-23-live-north-korean-troops-3000-fair-game", "Le Monde (English)", "2024-10-23"),
    "vx": ("vox-2024-10-25-explainer-north-korean-troops-russia-questions", "Vox", "2024-10-25"),
    "un": ("un-press-2024-10-30-security-council-dprk-troops-meeting-coverage",
           "UN Meetings Coverage and Press Releases", "2024-10-30"),
    "nk": ("nk-news-2024-11-01-podcast-episode-8000-kursk-icbm-choe-moscow", "NK News", "2024-11-01"),
    "aa": ("anadolu-2024-11-05-roundup-first-clashes-north-korean-troops-kursk", "Anadolu Agency", "2024-11-05"),
    "cs": ("csis-2024-11-07-assessment-north-korean-forces-russia-key-judgements",
           "CSIS (Center for Strategic and International Studies)", "2024-11-07"),
    "wj": ("wsj-2024-11-12-north-korean-troops-estimates-table-combat", "The Wall Street Journal", "2024-11-12"),
    "kc": ("kcna-2024-11-12-kim-jong-un-ratifies-treaty-fm-spokesperson-statement",
           "KCNA (Korean Central News Agency)", "2024-11-12"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
UNIF = "Russian uniforms and equipment issued to North Korean troops"
CSW = "North Korean troops in combat (Western assessment, Oct 21 - Nov 12)"
SHARE = "share of North Korean troops in Kursk"
TERMS = "Russian military terms taught to North Korean troops"
MASS = "Russian and North Korean troops massed for Kursk counteroffensive"
ZDATE = "North Korean troops combat entry date (Zelensky)"
CIV = "civilian deaths in Ukraine (OHCHR)"
ROT = "North Korean troops that could rotate through Russia (guest's estimate)"
INCOME = "Pyongyang's monthly income from the deployment (CSIS arithmetic)"
DAYS = "days of Russian losses the deployment offsets (CSIS arithmetic)"
RUCAS = "Russian casualties per day"
AID = "US weapons aid to Ukraine (North Korean claim)"

# origins of this set (canonical attributed_to values; the shared ones come from gold_builder)
ZEL = "Volodymyr Zelensky"
BUD = "Kyrylo Budanov"
KIRBY = "John Kirby"
AUSTIN = "Lloyd Austin"
BL = "Antony Blinken"
BLA = "Antony Blinken and Lloyd Austin"
WH = "White House"
USG = "US government"
STATE = "US State Department"
SKG = "South Korea government"
UM = "Rustem Umerov"
WOOD = "Robert Wood"
NEB = "Vassily Nebenzia"
KS = "Kim Song"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
PESKOV = "Dmitry Peskov"
PUTIN = "Vladimir Putin"
YOON = "Yoon Suk Yeol"
CHOE_SH = "Choe Son Hui"
CSIS = "CSIS"
JMOD = "Japan Ministry of Defense"
PARK = "Park Ji-hoon"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


# ---------------------------------------------------------------- Le Monde, Wed 2024-10-23 (live blog)
# An entry's own news carries the blog's day (2024-10-23); background ("last week") keeps its own date or null.
lm = {}
lm["sum3"] = C("lm", "South Korea's spy agency now counts around 3,000 North Korean soldiers in Russia", value=3000,
               q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
lm["sum_austin"] = C("lm", "US Defense Secretary Lloyd Austin says there is evidence of North Korean troops in Russia",
                     kind=S, measure=DEP, by=AUSTIN, ev="2024-10-23")
lm["sum_fair"] = C("lm", "The White House warns that they would be \"fair game\" if they fight Ukraine", kind=S,
                   measure=TGT, mod="conditional", by=WH, ev="2024-10-23")
lm["kirby3"] = C("lm", "told reporters in Washington that at least 3,000 North Korean soldiers had been moved by ship to "
                 "Vladivostok", value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23",
                 place="Russia Far East")
lm["fair"] = C("lm", "If they do deploy against Ukraine, they're fair game", kind=S, measure=TGT, mod="conditional",
               by=KIRBY, ev="2024-10-23")
lm["notknow"] = C("lm", "Washington did not yet know whether Moscow would send them into combat", kind=S,
                  measure="US on whether North Korean troops will be sent into combat", by=KIRBY, ev="2024-10-23")
lm["video"] = C("lm", "released footage that it said showed North Korean soldiers being issued Russian uniforms and "
                "equipment", kind=S, measure=UNIF, by=HUR, ev="2024-10-23", place="Russia Far East")
lm["bud"] = C("lm", "about 11,000 North Korean infantrymen were training in Russia's east", measure=B11, value=11000,
              q="about", by=BUD, place="Russia Far East")
lm["ready"] = C("lm", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
lm["austin"] = C("lm", "said there was \"evidence that there are DPRK troops in Russia.\"", kind=S, measure=DEP,
                 by=AUSTIN, ev="2024-10-23")
lm["left"] = C("lm", "What exactly they are doing is left to be seen", kind=S,
               measure="US on the North Korean troops' role", by=AUSTIN, ev="2024-10-23")
lm["serious"] = C("lm", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
                  "behalf, that is a very, very serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN,
                  ev="2024-10-23")
lm["info"] = C("lm", "Ukraine was receiving \"more and more information\" about North Korean soldiers being readied for "
               "the war", kind=S, measure="North Korean soldiers readied for the war (Zelensky)", by=ZEL,
               ev="2024-10-22")
lm["partn"] = C("lm", "called on partners to answer \"not with silence but with action.\"", kind=S, measure=PARTN,
                by=ZEL, ev="2024-10-22", subject=UA)
lm["sb"] = C("lm", "North Korea had sent about 1,500 more soldiers to Russia", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
lm["fb"] = C("lm", "the first group of 1,500 special forces that the agency reported last week", measure=FB,
             value=1500, scope="first_batch", by=NIS, place="Russia")
lm["nis3"] = C("lm", "that put the number moved so far at around 3,000", value=3000, q="about", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
lm["proj"] = C("lm", "The agency expects the total to reach 10,000", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, ev="2024-10-23", place="Russia")
lm["dec"] = C("lm", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
lm["pay"] = C("lm", "Russia is paying about $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS, ev="2024-10-23")
lm["regime"] = C("lm", "most of that money was likely to be kept by the regime in Pyongyang", kind=S, measure=REGIME,
                 by=NIS, ev="2024-10-23")

# ---------------------------------------------------------------- Vox, Fri 2024-10-25 (explainer, Q&A)
vx = {}
vx["nis3"] = C("vx", "said on Wednesday that about 3,000 had been moved so far", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
vx["sb"] = C("vx", "a second group of roughly 1,500 followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
vx["wh3"] = C("vx", "The White House put the figure at \"at least 3,000\" the same day", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
vx["hur12"] = C("vx", "about 12,000 already in Russia", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24",
                place="Russia")
vx["off"] = C("vx", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
vx["gen"] = C("vx", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
vx["q12"] = C("vx", "Didn't Seoul already say 12,000?", measure=PL, value=12000, mod="planned", scope="total", by=NIS)
vx["brig"] = C("vx", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
vx["plan"] = C("vx", "about 12,000 troops in total", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18")
vx["fb"] = C("vx", "a first contingent of 1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500,
             scope="first_batch", by=NIS, ev="2024-10-18", place="Russia Far East")
vx["win"] = C("vx", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
vx["proj"] = C("vx", "it expects about 10,000 to be in Russia", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
vx["dec"] = C("vx", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
vx["unif"] = C("vx", "the soldiers had been issued Russian uniforms and forged identity papers", kind=S, measure=UNIF,
               by=NIS, ev="2024-10-18")
vx["arr"] = C("vx", "HUR says the first North Korean units reached Russia's Kursk region on Wednesday", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
vx["zdate"] = C("vx", "the first North Korean soldiers could be sent into combat zones on Oct. 27 and 28", kind=D,
                measure=ZDATE, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
vx["fake"] = C("vx", "Dmitry Peskov dismissed the reports as \"another fake.\"", kind=S, measure=DEP, by=PESKOV)
vx["nodeny"] = C("vx", "Vladimir Putin did not deny them", kind=S, measure="Putin did not deny the reports", by=PUTIN,
                 ev="2024-10-24")
vx["img"] = C("vx", "\"Images are a serious thing. If there are images, they reflect something.\"", kind=S,
              measure=IMG, by=PUTIN, ev="2024-10-24")
vx["biz"] = C("vx", "How Russia applies its new treaty with Pyongyang, he added, is Russia's own business", kind=S,
              measure=TREATY, by=PUTIN, subject=RUS)
vx["unaware"] = C("vx", "he had no knowledge of the reports", kind=S, measure="North Korea on the deployment reports",
                  by=KJG, ev="2024-10-25")
vx["law"] = C("vx", "any such deployment would be in line with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
vx["pay"] = C("vx", "The NIS says Russia pays around $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
vx["regime"] = C("vx", "most of which is expected to end up with the regime rather than the troops", kind=S,
                 measure=REGIME, by=NIS)
vx["esc"] = C("vx", "North Korean troops joining the fighting would be \"a significant escalation\"", kind=S,
              measure=ESC, mod="conditional", by="Mark Rutte", ev="2024-10-21")
vx["rutte_nc"] = C("vx", "the alliance could not yet confirm that they were fighting", kind=S, measure=CSW,
                   by="Mark Rutte", ev="2024-10-21")
vx["yoon"] = C("vx", "Seoul no longer ruled out sending weapons directly to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- UN Meetings Coverage, Wed 2024-10-30 (meeting record)
# Speakers' statements carry the meeting's day (2024-10-30); what they relay keeps its own date or null.
un = {}
un["jenca"] = C("un", "the United Nations was not in a position to verify reports that DPRK troops had been deployed",
                kind=S, measure="UN verification of the deployment", by="Miroslav Jenča", ev="2024-10-30")
un["civ"] = C("un", "had recorded more than 11,900 civilian deaths in Ukraine since February 2022", measure=CIV,
              value=11900, q="at_least", unit="civilian deaths", by="OHCHR", place="Ukraine", subject=UA)
un["wood8"] = C("un", "his Government assessed that around 8,000 DPRK soldiers were now in the Kursk region",
                measure=KU, value=8000, q="about", by=USG, ev="2024-10-30", place="Kursk")
un["notyet"] = C("un", "We have not yet seen these troops deployed into combat against Ukrainian forces", kind=S,
                 measure=CSW, by=WOOD, ev="2024-10-30")
un["bags"] = C("un", "if DPRK troops entered Ukraine, \"they will surely return in body bags\"", kind=S, measure=TGT,
               mod="conditional", by=WOOD, ev="2024-10-30")
un["twice"] = C("un", "advised Chairman Kim Jong Un to think twice", kind=S, measure="US warning to Kim Jong Un",
                by=WOOD, ev="2024-10-30")
un["res"] = C("un", "Any such deployment, he added, would violate Security Council resolutions", kind=S, measure=LAW,
              mod="conditional", by=WOOD, ev="2024-10-30")
un["arr"] = C("un", "the first DPRK units had been observed in the Kursk region on 23 October", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
un["hur12"] = C("un", "Some 12,000 DPRK servicemen were by now on Russian territory", value=12000, q="about",
                scope="total", by=HUR, place="Russia")
un["off"] = C("un", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
un["silence"] = C("un", "The Council's silence, he warned, was being read in Moscow and Pyongyang as permission",
                  kind=S, measure="Security Council silence read as permission", by="Sergiy Kyslytsya",
                  ev="2024-10-30")
un["hw10"] = C("un", "more than 10,000 DPRK soldiers had been sent to the Russian Federation since early October",
               value=10000, q="at_least", scope="total", by=SKG, ev="2024-10-30", place="Russia")
un["front"] = C("un", "some of them appeared to have moved towards the front line", kind=S, measure=FRONT, by=SKG,
                ev="2024-10-30")
un["idly"] = C("un", "Seoul would \"not stand idly by\"", kind=S, measure="South Korea's response to the deployment",
               by="Hwang Joon-kook", ev="2024-10-30", subject=SK)
un["nebfake"] = C("un", "Western delegations had convened the meeting to spread \"fakes\" about North Korean soldiers",
                  kind=S, measure=DEP, by=NEB, ev="2024-10-30")
un["neblaw"] = C("un", "Military cooperation between Moscow and Pyongyang, he said, was fully consistent with "
                 "international law", kind=S, measure=LAW, by=NEB, ev="2024-10-30", subject=RUS)
un["rumours"] = C("un", "rejected what he called \"groundless rumours\" about a troop deployment", kind=S, measure=DEP,
                  by=KS, ev="2024-10-30")
un["kslaw"] = C("un", "it would be a legitimate exercise of sovereign rights under international law", kind=S,
                measure=LAW, mod="conditional", by=KS, ev="2024-10-30")
un["uk"] = C("un", "the use of DPRK soldiers in combat against Ukraine would be \"a dangerous escalation\"", kind=S,
             measure=ESC, mod="conditional", by="Barbara Woodward", ev="2024-10-30")
un["fr"] = C("un", "echoed that view", kind=S, measure=ESC, mod="conditional", by="Nicolas de Rivière",
             ev="2024-10-30")
un["withdraw"] = C("un", "calling on Pyongyang to withdraw any troops it had sent", kind=S,
                   measure="call on North Korea to withdraw its troops", by="Nicolas de Rivière", ev="2024-10-30")
un["china"] = C("un", "Beijing was not aware of the specific situation", kind=S, measure="China on the deployment",
                by="Fu Cong", ev="2024-10-30", subject="China")
un["inflame"] = C("un", "urged all parties to avoid steps that could further inflame tensions", kind=S,
                  measure="China calls for restraint", by="Fu Cong", ev="2024-10-30", subject="China")
un["japan"] = C("un", "her country viewed military cooperation between the Russian Federation and the DPRK with grave "
                "concern", kind=S, measure="concern about Russia-DPRK military cooperation", by="Japan government",
                ev="2024-10-30")
un["leaks"] = C("un", "Western delegations had been repeating the same \"leaks\" for weeks without presenting any "
                "evidence", kind=S, measure=DEP, by=NEB, ev="2024-10-30")

# ---------------------------------------------------------------- NK News, Fri 2024-11-01 (podcast episode notes)
# The hosts' relays keep their own dates; the guest's own forecasts carry the recording day (2024-11-01).
nk = {}
nk["k8"] = C("nk", "said about 8,000 North Korean soldiers had reached Kursk", measure=KU, value=8000, q="about",
             by=BLA, ev="2024-10-31", place="Kursk")
nk["r10"] = C("nk", "out of roughly 10,000 now in Russia", value=10000, q="about", scope="total", by=BLA,
              ev="2024-10-31", place="Russia")
nk["dod10"] = C("nk", "the Pentagon had already put the total at around 10,000 on Monday", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place="Russia")
nk["nis10"] = C("nk", "told lawmakers on Tuesday it was more than 10,000", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
nk["proj"] = C("nk", "the agency's own forecast of 10,000", measure=PR, value=10000, mod="planned", scope="total",
               by=NIS, place="Russia")
nk["dec"] = C("nk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
nk["bud"] = C("nk", "said in mid-October that about 11,000 were training in the Far East", measure=B11, value=11000,
              q="about", by=BUD, place="Russia Far East")
nk["ready"] = C("nk", "would be ready by today", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
nk["terms"] = C("nk", "Russian instructors are teaching the soldiers about 100 military terms", measure=TERMS,
                value=100, q="about", unit="terms", by=NIS, place="Russia")
nk["front"] = C("nk", "some of the North Korean troops may already have moved towards the front", kind=S,
                measure=FRONT, by=NIS)
nk["kyb"] = C("nk", "The agency believes the contingent is led by Kim Yong Bok", kind=S,
              measure="commander of the North Korean contingent", by=NIS)
nk["notyet"] = C("nk", "the U.S. had not yet seen the North Koreans in combat against Ukrainian forces", kind=S,
                 measure=CSW, by=BL)
nk["days"] = C("nk", "expected them to fight \"in the coming days.\"", kind=S, measure=CT, mod="planned", by=BL)
nk["weeks"] = C("nk", "the Pentagon's line on Monday that they would probably join Russian forces \"over the next "
                "several weeks.\"", kind=S, measure=CT, mod="planned", by=DOD, ev="2024-10-28")
nk["legit"] = C("nk", "if they fought Ukraine they would be \"legitimate military targets.\"", kind=S, measure=TGT,
                mod="conditional", by=AUSTIN)
nk["small"] = C("nk", "Park thinks their first use will be in small groups mixed in with Russian units", kind=S,
                measure="expected form of the first North Korean combat use", mod="planned", by=PARK,
                ev="2024-11-01")
nk["86"] = C("nk", "the missile flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD)
nk["alt"] = C("nk", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
nk["choe"] = C("nk", "said North Korea would stand \"firmly by our Russian comrades until victory day.\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
nk["lavrov"] = C("nk", "Lavrov spoke of \"very close ties\" between the armed forces and special services of Russia "
                 "and North Korea", kind=S, measure="Russia-North Korea military ties", by="Sergey Lavrov",
                 subject=RUS)
nk["100k"] = C("nk", "Pyongyang could rotate as many as 100,000 soldiers through Russia over the next few years",
               measure=ROT, value=100000, q="up_to", mod="conditional", by=PARK, ev="2024-11-01", place="Russia")
nk["pay"] = C("nk", "the NIS puts the pay at about $2,000 a month a head", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
nk["regime"] = C("nk", "most of it kept by the state", kind=S, measure=REGIME, by=NIS)

# ---------------------------------------------------------------- Anadolu Agency, Tue 2024-11-05 (wire round-up)
aa = {}
aa["um"] = C("aa", "Ukrainian forces have fought their first clashes with North Korean soldiers in Russia's Kursk "
             "region", kind=S, measure=CS, by=UM, ev="2024-11-05", place="Kursk")
aa["um11"] = C("aa", "He said about 11,000 North Korean troops were now in the Kursk region", measure=KU, value=11000,
               q="about", by=UM, place="Kursk")
aa["um15"] = C("aa", "Kyiv expected up to 15,000 in all", measure=UM15, value=15000, q="up_to", mod="planned",
               scope="total", by=UM)
aa["z11"] = C("aa", "said in his nightly video address that 11,000 North Korean soldiers were in Kursk", measure=KU,
              value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
aa["incr"] = C("aa", "We see an increase in the number of North Korean troops", kind=S,
               measure="North Korean troop numbers increasing (Zelensky)", by=ZEL)
aa["partn"] = C("aa", "we do not see an increase in the reaction of our partners", kind=S, measure=PARTN, by=ZEL,
                subject=UA)
aa["kov"] = C("aa", "the first North Korean units had \"already come under fire\" in the Kursk region", kind=S,
              measure=CS, by="Andriy Kovalenko", ev="2024-11-04", place="Kursk")
aa["zel5"] = C("aa", "\"the first battles with North Korean soldiers open a new page of instability in the world.\"",
               kind=S, measure=CS, by=ZEL, ev="2024-11-05")
aa["mnd"] = C("aa", "it could not confirm reports that North Korean soldiers had engaged in combat", kind=S,
              measure=CS, by=MND, ev="2024-11-05")
aa["nis10"] = C("aa", "South Korea's intelligence service has said more than 10,000 North Korean soldiers have been "
                "sent to Russia", value=10000, q="at_least", scope="total", by=NIS, place="Russia")
aa["srbm"] = C("aa", "fired a volley of short-range ballistic missiles toward the sea off its east coast early on "
               "Tuesday", kind=S, measure="North Korean short-range missile launch (Nov 5)",
               by="South Korea Joint Chiefs of Staff", ev="2024-11-05")
aa["86"] = C("aa", "Last Thursday's Hwasong-19 intercontinental ballistic missile flew for 86 minutes",
             measure=ICBM_T, value=86, unit="minutes", by="Japan government", ev="2024-10-31")
aa["choe"] = C("aa", "Pyongyang would stand with Russia \"until victory day.\"", kind=S, measure=CHOE, by=CHOE_SH,
               ev="2024-11-01")
aa["peskov"] = C("aa", "declined to comment on Kyiv's statements about clashes with North Korean troops", kind=S,
                 measure="Kremlin comment on the reported clashes", by=PESKOV, ev="2024-11-05", subject=RUS)
aa["pent"] = C("aa", "The Pentagon said on Monday it was not in a position to confirm that North Korean soldiers were "
               "in combat", kind=S, measure=CSW, by=DOD, ev="2024-11-04")
aa["s10"] = C("aa", "Washington still assessed that around 10,000 had been sent to Russia's east", value=10000,
              q="about", scope="total", by=USG, place="Russia Far East")
aa["most"] = C("aa", "most of them had moved to or near the Kursk region", kind=S, measure=SHARE, by=USG,
               place="Kursk")
aa["fidan"] = C("aa", "Türkiye continued to support a negotiated end to the war in Ukraine and was ready to host talks",
                kind=S, measure="Türkiye on negotiations", by="Hakan Fidan", subject="Türkiye")

# ---------------------------------------------------------------- CSIS, Thu 2024-11-07 (think-tank assessment)
# "We assess / judge" is the institution's own judgement (CSIS); footnoted figures are their sources' claims.
cs = {}
cs["range"] = C("cs", "We assess with moderate confidence that between 10,000 and 12,000 North Korean soldiers are now "
                "in Russia", low=10000, high=12000, scope="total", by=CSIS, place="Russia")
cs["up3"] = C("cs", "up from about 3,000 in the third week of October", value=3000, q="about", scope="total", by=NIS,
              place="Russia")
cs["k11"] = C("cs", "Most of them, perhaps 11,000, are in or near Russia's Kursk region", measure=KU, value=11000,
              q="about", by=CSIS, place="Kursk")
cs["moved"] = C("cs", "they were moved there from training grounds in the Far East in the last days of October",
                kind=S, measure=FRONT, by=CSIS)
cs["small"] = C("cs", "the first engagements reported by Kyiv on November 4 and 5 were small in scale", kind=S,
                measure="scale of the first engagements (CSIS)", by=CSIS)
cs["nc"] = C("cs", "Seoul and Washington have not confirmed any combat", kind=S, measure=CS, by=USK)
cs["pay"] = C("cs", "the roughly $2,000 a month per soldier that the NIS says Moscow pays", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
cs["22m"] = C("cs", "11,000 soldiers would bring the regime some $22 million a month", measure=INCOME,
              value=22000000, q="about", unit="USD per month", mod="conditional", by=CSIS)
cs["regime"] = C("cs", "most of which the NIS believes the state keeps", kind=S, measure=REGIME, by=NIS)
cs["tech"] = C("cs", "We assess with low confidence that the larger prize is Russian technology", kind=S, measure=TECH,
               by=CSIS)
cs["proj"] = C("cs", "the NIS gave on October 23, when it forecast 10,000 soldiers in Russia", measure=PR, value=10000,
               mod="planned", scope="total", by=NIS, ev="2024-10-23", place="Russia")
cs["dec"] = C("cs", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
cs["rot"] = C("cs", "a second rotation of similar size in 2025 is a realistic possibility", kind=S,
              measure="second North Korean rotation (CSIS)", mod="conditional", by=CSIS)
cs["cas"] = C("cs", "British defence intelligence estimates that Russian casualties averaged more than 1,200 a day in "
              "October", measure=RUCAS, value=1200, q="at_least", unit="casualties per day",
              by="UK Ministry of Defence", subject=RUS)
cs["days"] = C("cs", "the whole North Korean contingent would offset about nine days of Russian losses", measure=DAYS,
               value=9, q="about", unit="days", mod="conditional", by=CSIS)
cs["yoon"] = C("cs", "South Korea could consider supplying weapons to Ukraine depending on the level of North Korean "
               "involvement", kind=S, measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
cs["fn_dod"] = C("cs", "Department of Defense press briefing, October 28, 2024 (\"around 10,000\")", value=10000,
                 q="about", scope="total", by=DOD, ev="2024-10-28", place="Russia")
cs["fn_nis"] = C("cs", "NIS briefing to the Intelligence Committee, October 29, 2024 (\"more than 10,000\")",
                 value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
cs["fn_hur"] = C("cs", "statement of October 24, 2024 (\"about 12,000\")", value=12000, q="about", scope="total",
                 by=HUR, ev="2024-10-24", place="Russia")

# ---------------------------------------------------------------- The Wall Street Journal, Tue 2024-11-12 (table)
# A table row's claims carry the date in its Date cell.
wj = {}
wj["st10"] = C("wj", "More than 10,000 North Korean soldiers have been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place="Russia Far East")
wj["most"] = C("wj", "most have moved to the Kursk region", kind=S, measure=SHARE, by=STATE, ev="2024-11-12",
               place="Kursk")
wj["engage"] = C("wj", "where they have begun engaging in combat operations alongside Russian forces", kind=S,
                 measure=CSW, by=STATE, ev="2024-11-12", place="Kursk")
wj["pent"] = C("wj", "the Pentagon said it could not confirm that they were in combat", kind=S, measure=CSW, by=DOD)
wj["mnd"] = C("wj", "South Korea's Defense Ministry said the same", kind=S, measure=CS, by=MND)
wj["plan"] = C("wj", "Oct. 18 | about 12,000 | planned in total", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18")
wj["brig"] = C("wj", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
wj["fb"] = C("wj", "Oct. 18 | 1,500 | first batch", measure=FB, value=1500, scope="first_batch", by=NIS,
             ev="2024-10-18", place="Russia Far East")
wj["win"] = C("wj", "shipped Oct. 8-13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13", scope="first_batch",
              by=NIS, ev="2024-10-18")
wj["r23"] = C("wj", "Oct. 23 | about 3,000 | sent so far", value=3000, q="about", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
wj["hur12"] = C("wj", "Oct. 24 | about 12,000 | already in Russia", value=12000, q="about", scope="total", by=HUR,
                ev="2024-10-24", place="Russia")
wj["off"] = C("wj", "incl. 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
wj["r28"] = C("wj", "Oct. 28 | about 10,000 | sent to eastern Russia", value=10000, q="about", scope="total", by=DOD,
              ev="2024-10-28", place="Russia Far East")
wj["r29"] = C("wj", "Oct. 29 | more than 10,000 | sent to Russia", value=10000, q="at_least", scope="total", by=NIS,
              ev="2024-10-29", place="Russia")
wj["k8"] = C("wj", "Oct. 31 | about 8,000 | in Kursk", measure=KU, value=8000, q="about", by=BLA, ev="2024-10-31",
             place="Kursk")
wj["z11"] = C("wj", "Nov. 4 | 11,000 | in Kursk", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
wj["um15"] = C("wj", "Nov. 5 | up to 15,000 | expected in all", measure=UM15, value=15000, q="up_to", mod="planned",
               scope="total", by=UM, ev="2024-11-05")
wj["r12"] = C("wj", "Nov. 12 | more than 10,000 | sent; most now in Kursk", value=10000, q="at_least", scope="total",
              by=STATE, ev="2024-11-12", place="Russia")
wj["50k"] = C("wj", "Russia had massed about 50,000 troops, North Koreans among them", measure=MASS, value=50000,
              q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
wj["50k2"] = C("wj", "the report of a 50,000-strong force", measure=MASS, value=50000,
               by="US and Ukrainian officials", place="Kursk", subject=RUS)
wj["peskov"] = C("wj", "declined on Monday to comment", kind=S, measure="Kremlin comment on the 50,000 report",
                 by=PESKOV, ev="2024-11-11", subject=RUS)
wj["terms"] = C("wj", "Russian instructors were teaching the North Koreans about 100 basic military terms",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS, place="Russia")
wj["smear"] = C("wj", "Its Foreign Ministry has called the reports a smear campaign", kind=S, measure=DEP, by=NKFM)
wj["lawful"] = C("wj", "while saying any cooperation with Moscow is lawful", kind=S, measure=LAW, by=NKFM)
wj["ratify"] = C("wj", "North Korean state media said Tuesday that leader Kim Jong Un had ratified the mutual-defense "
                 "treaty with Russia", kind=S, measure="North Korea ratifies the treaty with Russia", by="KCNA",
                 ev="2024-11-12")
wj["official"] = C("wj", "\"Now it is confirmed.\"", kind=S, measure="combat confirmed (South Korean official)",
                   by="South Korean official (anonymous)")

# ---------------------------------------------------------------- KCNA, Tue 2024-11-12 (state-media statement, rendered)
# The press statement's sentences carry the day its introduction gives (issued on November 11).
kc = {}
kc["racket"] = C("kc", "have been kicking up a noisy racket over the so-called \"troop dispatch\" of the DPRK", kind=S,
                 measure=DEP, by=NKFM, ev="2024-11-11")
kc["nis10"] = C("kc", "The puppet intelligence service has repeated like a parrot its absurd figure of \"more than "
                "10,000\"", value=10000, q="at_least", scope="total", by=NIS, place="Russia")
kc["noevid"] = C("kc", "None of them has produced a shred of evidence.", kind=S, measure=DEP, by=NKFM, ev="2024-11-11")
kc["smear"] = C("kc", "This is nothing but a despicable smear campaign", kind=S, measure=DEP, by=NKFM, ev="2024-11-11")
kc["law"] = C("kc", "Whatever cooperation the DPRK conducts with the Russian Federation in all fields is a legitimate "
              "right of sovereign states and fully conforms with international law and the UN Charter", kind=S,
              measure=LAW, by=NKFM, ev="2024-11-11")
kc["choe"] = C("kc", "the DPRK will always stand by the Russian comrades until the day of victory", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
kc["warn"] = C("kc", "its \"warnings\" and its talk of \"body bags\" will never frighten the heroic army and people of "
               "the DPRK", kind=S, measure="North Korea rejects US warnings", by=NKFM, ev="2024-11-11")
kc["aid"] = C("kc", "has poured tens of billions of dollars of weapons into Ukraine", measure=AID, low=20_000_000_000,
              high=90_000_000_000, q="vague", unit="USD", by=NKFM, ev="2024-11-11", subject=US)
kc["price"] = C("kc", "they will pay a dear price", kind=S, measure="North Korean threat against the US and South Korea",
                mod="conditional", by=NKFM, ev="2024-11-11")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [lm["sum3"], lm["kirby3"], lm["nis3"], vx["nis3"], vx["wh3"], vx["hur12"], un["hur12"], cs["fn_hur"],
       wj["hur12"]], "discrepancy",
  "snapshot Oct 23-25: Seoul and Washington about / at least 3,000 vs Ukraine's HUR about 12,000 already in Russia "
  "(HUR's figure restated at the UN, in CSIS's notes and in the WSJ table)",
  [("about / at least 3,000 (NIS, White House)", [lm["sum3"], lm["kirby3"], lm["nis3"], vx["nis3"], vx["wh3"]]),
   ("about 12,000 (HUR)", [vx["hur12"], un["hur12"], cs["fn_hur"], wj["hur12"]])])
K(RU, [cs["up3"], wj["r23"], nk["r10"], nk["dod10"], nk["nis10"], un["hw10"], aa["nis10"], aa["s10"], cs["range"],
       cs["fn_dod"], cs["fn_nis"], wj["r28"], wj["r29"], wj["st10"], wj["r12"], kc["nis10"]], "update_over_time",
  "running total in Russia told from Oct 30 on: about 3,000 (NIS, Oct 23, restated) -> about 10,000 (Pentagon Oct 28, "
  "Blinken / Austin Oct 31) -> more than 10,000 (NIS Oct 29, Seoul at the UN Oct 30, State Department Nov 12; "
  "undated restatements by Anadolu and KCNA) and CSIS's 10,000-12,000 (Nov 7)")
K(KU, [un["wood8"], nk["k8"], wj["k8"], aa["z11"], aa["um11"], cs["k11"], wj["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (US at the UN Oct 30, Blinken / Austin Oct 31) -> 11,000 (Zelensky Nov 4, Umerov "
  "Nov 5, CSIS's 'perhaps 11,000')")
K(PL, [vx["q12"], vx["plan"], wj["plan"]], "agreement",
  "NIS (Oct 18): about 12,000 planned in total (one a question heading relaying 'Seoul')")
K(BRIG, [vx["brig"], wj["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(FB, [lm["fb"], vx["fb"], wj["fb"]], "agreement", "NIS (Oct 18): first batch of 1,500 special forces")
K(WIN, [vx["win"], wj["win"]], "agreement", "NIS: first batch shipped Oct 8-13")
K(SB, [lm["sb"], vx["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [lm["proj"], vx["proj"], nk["proj"], cs["proj"]], "agreement", "NIS (Oct 23) projection: 10,000 in Russia")
K(PRD, [lm["dec"], vx["dec"], nk["dec"], cs["dec"]], "agreement", "NIS projection deadline: December")
K(OFF, [vx["off"], un["off"], wj["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(B11, [lm["bud"], nk["bud"]], "agreement", "Budanov (mid-October): about 11,000 training in Russia's east")
K(READY, [lm["ready"], nk["ready"]], "agreement", "Budanov: ready by November 1 ('by today' on Nov 1)")
K(UM15, [aa["um15"], wj["um15"]], "agreement", "Umerov (Nov 5): up to 15,000 expected in all")
K(MASS, [wj["50k"], wj["50k2"]], "agreement", "NYT, citing US and Ukrainian officials (Nov 10): about 50,000 massed")
K(TERMS, [nk["terms"], wj["terms"]], "agreement", "NIS (Oct 29): about 100 Russian military terms taught")
K(PAY, [lm["pay"], vx["pay"], nk["pay"], cs["pay"]], "agreement", "NIS: Russia pays about $2,000 a month per soldier")
K(REGIME, [lm["regime"], vx["regime"], nk["regime"], cs["regime"]], "agreement",
  "NIS: most of the pay is kept by the regime")
K(UNIF, [lm["video"], vx["unif"]], "agreement", "troops issued Russian uniforms (NIS Oct 18, HUR's video Oct 23)")
K(ARR, [vx["arr"], un["arr"]], "agreement", "HUR: first North Korean units in Kursk on Oct 23 (relayed by Kyslytsya)")
K(FRONT, [un["front"], nk["front"], cs["moved"]], "agreement",
  "some troops moved toward the front / to Kursk (Seoul at the UN Oct 30, NIS Oct 29, CSIS)")
K(SHARE, [aa["most"], wj["most"]], "agreement", "US: most of the troops in or near Kursk (Nov 4, Nov 12)")
K(DEP, [lm["sum_austin"], lm["austin"], vx["fake"], un["nebfake"], un["rumours"], un["leaks"], wj["smear"],
        kc["racket"], kc["noevid"], kc["smear"]], "discrepancy",
  "deployment asserted (Austin, Oct 23) vs dismissed (Peskov 'another fake', Nebenzia 'fakes' / 'leaks', Kim Song "
  "'groundless rumours', Pyongyang's Foreign Ministry 'smear campaign')",
  [("asserted (Austin)", [lm["sum_austin"], lm["austin"]]),
   ("dismissed (Moscow, Pyongyang)", [vx["fake"], un["nebfake"], un["rumours"], un["leaks"], wj["smear"],
                                      kc["racket"], kc["noevid"], kc["smear"]])])
K(LAW, [vx["law"], un["neblaw"], un["kslaw"], wj["lawful"], kc["law"], un["res"]], "discrepancy",
  "legality: lawful (Kim Jong Gyu, Nebenzia, Kim Song, Pyongyang's Foreign Ministry) vs would violate Security Council "
  "resolutions (Wood)",
  [("lawful (Pyongyang, Moscow)", [vx["law"], un["neblaw"], un["kslaw"], wj["lawful"], kc["law"]]),
   ("unlawful (United States)", [un["res"]])])
K(TGT, [lm["sum_fair"], lm["fair"], un["bags"], nk["legit"]], "agreement",
  "North Korean troops who fight Ukraine are fair game / legitimate targets / will return in body bags")
K(ESC, [lm["serious"], vx["esc"], un["uk"], un["fr"]], "agreement",
  "North Korean troops in combat would be a (very serious / significant / dangerous) escalation")
K(CSW, [vx["rutte_nc"], un["notyet"], nk["notyet"], aa["pent"], wj["pent"], wj["engage"]], "update_over_time",
  "Western assessment of combat: cannot confirm / not yet seen (Rutte Oct 21, Wood Oct 30, Blinken Oct 31, Pentagon "
  "Nov 4) -> have begun engaging in combat (State Department Nov 12)")
K(CS + ", Nov 4-5", [aa["um"], aa["kov"], aa["zel5"], aa["mnd"], cs["nc"], wj["mnd"]], "discrepancy",
  "Nov 4-5: Kyiv reports the first clashes vs Seoul (and, per CSIS, Washington) cannot confirm combat",
  [("clashes reported (Ukraine)", [aa["um"], aa["kov"], aa["zel5"]]),
   ("not confirmed (Seoul, Washington)", [aa["mnd"], cs["nc"], wj["mnd"]])])
K(CT, [nk["weeks"], nk["days"]], "discrepancy",
  "combat entry: 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming days' (Blinken, Oct 31)",
  [("weeks", [nk["weeks"]]), ("days", [nk["days"]])])
K(CHOE, [nk["choe"], aa["choe"], kc["choe"]], "agreement", "Choe in Moscow (Nov 1): with Russia until victory")
K(PARTN, [lm["partn"], aa["partn"]], "agreement", "Zelensky: partners' reaction falls short")
K(ICBM_T, [nk["86"], aa["86"]], "agreement", "Japan: the Oct 31 ICBM flew 86 minutes")
K(WPN, [vx["yoon"], cs["yoon"]], "agreement",
  "Yoon: Seoul does not rule out weapons for Ukraine, depending on North Korea's involvement (Oct 24, Nov 7)")

pairs = [
    (lm["fb"], lm["sb"], "first group of 1,500 vs about 1,500 more (second batch), same paragraph"),
    (vx["fb"], vx["sb"], "first contingent of 1,500 vs a second group of roughly 1,500"),
    (lm["kirby3"], lm["sb"], "at least 3,000 in total vs the second batch of about 1,500, same day"),
    (vx["hur12"], vx["plan"], "12,000: HUR's count already in Russia vs the NIS planned total, adjacent answers"),
    (wj["hur12"], wj["plan"], "12,000: HUR's count (Oct 24) vs the NIS plan (Oct 18), same table"),
    (wj["fb"], wj["plan"], "first batch 1,500 vs planned total 12,000, adjacent rows with the same date"),
    (lm["nis3"], lm["proj"], "about 3,000 sent so far vs 10,000 projected, same paragraph"),
    (vx["nis3"], vx["proj"], "about 3,000 moved so far vs about 10,000 expected by December"),
    (nk["k8"], nk["r10"], "8,000 in Kursk vs roughly 10,000 in Russia, same sentence"),
    (nk["nis10"], nk["proj"], "more than 10,000 sent (Oct 29) vs the forecast of 10,000, same sentence"),
    (cs["fn_dod"], cs["proj"], "around 10,000 sent (Pentagon, in a footnote) vs 10,000 forecast (NIS)"),
    (un["wood8"], un["hw10"], "around 8,000 in Kursk (US) vs more than 10,000 in Russia (Seoul), same meeting"),
    (cs["range"], cs["k11"], "10,000-12,000 in Russia vs perhaps 11,000 in Kursk, adjacent key judgments"),
    (nk["bud"], aa["z11"], "11,000 training in the Far East (Budanov) vs 11,000 in Kursk (Zelensky, Nov 4)"),
    (lm["bud"], cs["k11"], "about 11,000 training in Russia's east vs perhaps 11,000 in Kursk"),
    (aa["um11"], aa["um15"], "about 11,000 in Kursk now vs up to 15,000 expected in all, same paragraph"),
    (wj["50k"], wj["z11"], "about 50,000 Russian and North Korean troops massed vs 11,000 North Koreans in Kursk"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
