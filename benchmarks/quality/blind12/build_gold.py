"""Generate gold.json for blind12 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind12/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, OFF, GEN, DEP, CS, FRONT, IMG, TREATY, WPN, TECH, PAY, REGIME, NIS, HUR,
    DOD
)

DOCS = {
    "ka": ("kommersant-2024-10-25-kazan-notebook-putin-images-serious-thing", "Kommersant", "2024-10-25"),
    "mu": ("munhwa-2024-10-30-two-readouts-nis-briefing-north-korean-troops", "Munhwa Ilbo", "2024-10-30"),
    "sv": ("radio-svoboda-2024-11-14-press-review-north-koreans-kursk", "Radio Svoboda", "2024-11-14"),
    "ab": ("abc-us-2024-11-18-evening-news-script-atacms-north-korean-troops", "ABC News (US)", "2024-11-18"),
    "at": ("the-atlantic-2024-12-05-feature-kim-jong-un-expeditionary-force", "The Atlantic", "2024-12-05"),
    "wr": ("war-on-the-rocks-2024-12-11-memo-incoming-team-north-korean-forces", "War on the Rocks", "2024-12-11"),
    "sp": ("der-spiegel-2024-12-19-updated-north-korean-losses-kursk", "Der Spiegel", "2024-12-19"),
    "ep": ("el-pais-2024-12-20-sumy-drone-crews-north-korean-soldiers", "El País", "2024-12-20"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
SHIPS = "Russian landing ships used for the first transport"  # as in blind9
MONITOR = "South Korean monitoring team to Ukraine"  # as in blind9
MOSTK = "most North Korean troops moved to Kursk"  # as in blind9
MASSED = "Russian force massed for Kursk counteroffensive"  # as in blind9
TERMS = "Russian military terms taught to North Korean troops"
DRONE = "North Korean troops' inexperience with drones"
KYB = "Kim Yong Bok leads the North Korean contingent"
ICBMP = "North Korean long-range missile launch preparations"
ICBMD = "expected timing of a North Korean long-range missile launch"
ASSIGNED = "North Korean troops assigned to Russian marine and airborne units"
NYTTR = "North Korean troops' training in artillery, infantry tactics, trench clearing"
KYUNG = "Seoul should not send weapons to Ukraine (editorial)"
RULOSS = "Russian casualties per day in October"
NOACK = "Russia does not acknowledge the deployment"
RESID = "North Korean troops moved at night, kept apart from Russian units (residents)"
ZERO = "mentions of North Korea on Russian state evening news in a week"
ATACMS = "US allows Ukraine ATACMS strikes inside Russia"
KURSK1 = "first ATACMS strikes expected around Kursk"
RANGE = "ATACMS range"
ZMISS = "Zelensky: the missiles will speak for themselves"
FUEL = "Russia: the ATACMS decision adds fuel to the fire"
NATOWAR = "Putin: long-range strikes would mean NATO at war with Russia"
AIRM = "Russian missiles in the Nov 17 attack on Ukraine"
AIRD = "Russian drones in the Nov 17 attack on Ukraine"
PUT_SER = "Putin: North Korea takes the treaty seriously"
PUT_WEST = "Putin: Western servicemen operate weapons in Ukraine"
ARITH = "monthly income to Pyongyang from the deployment (outlet's arithmetic)"
AIRDEF = "Russian air defence supplied to North Korea"
KJUS = "Kim Jong Un: invariable support for Russia"
TFORCE = "Russia-North Korea treaty entered into force"
ATKF = "ATACMS fired at the Bryansk region (Nov 19)"
ATKD = "ATACMS shot down / intercepted (Nov 19)"
AGE = "age"
DEFAMER = "North Korean troops told they fight Americans (defector)"
ADDL = "more North Korean troops to be sent"
LOSSRISE = "North Korean losses will rise (Aldana)"
KILLED = "North Korean soldiers killed"
WOUNDED = "North Korean soldiers wounded"
CASKW = "North Korean casualties, killed and wounded (US)"
HUR30 = "North Korean casualties in two days of fighting (HUR, Dec 14-15)"
EXPEND = "North Korean troops used as expendable assault infantry"
RYDER = "US confirms North Korean soldiers killed and wounded"
ASSAULT = "North Korean troops used in assaults"
LOSSNOT = "Zelensky: North Korean losses noticeable"
CAPTURE = "North Korean soldier captured (claim)"
CAPNC = "capture claim not confirmed (HUR)"
GROUPS = "size of North Korean assault groups"
UNIFS = "North Korean troops in Russian uniforms with Russian rifles (sergeant)"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
STATE = "US Department of State"
KIRBY = "John Kirby"
BL = "Antony Blinken"
ZEL = "Volodymyr Zelensky"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
KYH = "Kim Yong-hyun"
KJU = "Kim Jong Un"
SHIN = "Shin Won-sik"
USUA = "US and Ukrainian officials"
USSK = "US and South Korea"
RUMOD = "Russia Ministry of Defence"
RUMFA = "Russia Foreign Ministry"
USOFF = "US official (anonymous)"
UAG = "Ukraine government"
ALD = "Catherine Aldana"
TG = "Ukrainian Telegram channels"
KIT = "Kit (Ukrainian drone commander)"
TARAS = "Taras (Ukrainian infantry sergeant)"
DEFECTOR = "North Korean defector (anonymous)"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Kommersant, Fri 2024-10-25 (correspondent's notebook)
# Putin's answers at the press conference carry its day, which the notebook's first paragraph gives
# ("on Thursday" -> 2024-10-24), as blind7-9 dated transcript and record answers.
ka = {}
ka["img"] = C("ka", "\"Images are a serious thing,\" he said", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24")
ka["biz"] = C("ka", "How Russia will apply that article, the president said, \"is our business.\"", kind=S,
              measure=TREATY, by=PUTIN, ev="2024-10-24", subject=RUS)
ka["ser"] = C("ka", "Moscow had never doubted that the North Korean leadership takes the agreement seriously", kind=S,
              measure=PUT_SER, by=PUTIN, ev="2024-10-24")
ka["west"] = C("ka", "Western servicemen who, in his words, have long been operating the weapons in Ukraine", kind=S,
               measure=PUT_WEST, by=PUTIN, ev="2024-10-24", subject="Western countries", place=UA)
ka["sb"] = C("ka", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ka["r3"] = C("ka", "roughly 3,000 North Korean soldiers were already in Russia", value=3000, q="about", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
ka["proj"] = C("ka", "it expected some 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
ka["dec"] = C("ka", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
ka["wh3"] = C("ka", "at least 3,000 had been moved by ship to Vladivostok", value=3000, q="at_least", scope="total",
              by=WH, ev="2024-10-23", place=RFE)
ka["hur12"] = C("ka", "about 12,000 North Koreans were already on Russian soil", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
ka["off"] = C("ka", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ka["gen"] = C("ka", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ka["brig"] = C("ka", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
ka["plan"] = C("ka", "with about 12,000 men", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
ka["fb"] = C("ka", "a first group of 1,500 special forces had already been shipped to Vladivostok", measure=FB,
             value=1500, scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
ka["fake"] = C("ka", "Dmitry Peskov called those reports \"another fake.\"", kind=S, measure=DEP, by=PESKOV)
ka["yoon"] = C("ka", "South Korea could consider supplying weapons directly to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Munhwa Ilbo, Wed 2024-10-30 (two readouts of one briefing)
# The readouts relay the NIS and carry the briefing day the introduction gives ("on Tuesday" -> 2024-10-29).
# The secretaries' own positions (the monitoring team) are theirs. The box's entries carry their heading's date.
mu = {}
mu["lee10"] = C("mu", "the NIS now estimates that more than 10,000 North Korean soldiers have been sent to Russia",
                value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
mu["front"] = C("mu", "some of them may already have been moved to the front line", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
mu["terms"] = C("mu", "The soldiers are being taught about 100 Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS, ev="2024-10-29", place="Russia")
mu["drone"] = C("mu", "believe they have little understanding of modern warfare, drone attacks in particular", kind=S,
                measure=DRONE, by=NIS, ev="2024-10-29")
mu["pay"] = C("mu", "Russia pays each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS, ev="2024-10-29")
mu["regime"] = C("mu", "most of the money is expected to go to the North Korean state", kind=S, measure=REGIME, by=NIS,
                 ev="2024-10-29")
mu["leemon"] = C("mu", "the government should consider sending a team of officers to Ukraine to study North Korean "
                 "tactics", kind=S, measure=MONITOR, mod="conditional", by="Lee Seong-kweun", ev="2024-10-29",
                 subject=SK)
mu["park10"] = C("mu", "Park gave the same figure, \"more than 10,000,\"", value=10000, q="at_least", scope="total",
                 by=NIS, ev="2024-10-29", place="Russia")
mu["parkcs"] = C("mu", "the NIS had not confirmed that any North Korean unit had taken part in combat", kind=S,
                 measure=CS, by=NIS, ev="2024-10-29")
mu["kyb"] = C("mu", "the contingent is led by Kim Yong Bok", kind=S, measure=KYB, by=NIS, ev="2024-10-29")
mu["icbm"] = C("mu", "the North has finished preparing a long-range missile launch", kind=S, measure=ICBMP, by=NIS,
               ev="2024-10-29")
mu["icbmd"] = C("mu", "possibly timed around the U.S. presidential election on Nov. 5", kind=D, measure=ICBMD,
                value="2024-11-05", q="about", mod="planned", by=NIS, ev="2024-10-29")
mu["parkmon"] = C("mu", "his party opposes sending any military personnel to Ukraine, monitoring team or not", kind=S,
                  measure=MONITOR, by="Park Sun-won", ev="2024-10-29", subject=SK)
mu["brig"] = C("mu", "the North has decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
mu["plan"] = C("mu", "about 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18", place="Russia")
mu["fb"] = C("mu", "About 1,500 special forces were shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
mu["win"] = C("mu", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
mu["ships"] = C("mu", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
mu["sb"] = C("mu", "A second group of about 1,500 follows", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
mu["r3"] = C("mu", "bringing the total to about 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
mu["proj"] = C("mu", "The NIS expects about 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
mu["dec"] = C("mu", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
mu["hur12"] = C("mu", "Ukraine's military intelligence (HUR) says about 12,000 are already in Russia", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
mu["dod10"] = C("mu", "The U.S. Pentagon says about 10,000 have been sent to eastern Russia", value=10000, q="about",
                scope="total", by=DOD, ev="2024-10-28", place=RFE)
mu["closer"] = C("mu", "some have moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
mu["pass"] = C("mu", "The NIS figure passes 10,000", value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29",
               place="Russia")

# ---------------------------------------------------------------- Radio Svoboda, Thu 2024-11-14 (weekly press review)
# Each item relays a paper or a government; the claims keep their origin and the day their sentence gives.
sv = {}
sv["massed"] = C("sv", "Russia has gathered about 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
                 q="about", by=USUA, ev="2024-11-10", place="Kursk", subject=RUS)
sv["trained"] = C("sv", "The North Koreans had been trained in artillery, infantry tactics and trench clearing", kind=S,
                  measure=NYTTR, by=USUA)
sv["st10"] = C("sv", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place=RFE)
sv["mostk"] = C("sv", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
sv["stcs"] = C("sv", "\"have begun engaging in combat operations\" alongside Russian forces", kind=S, measure=CS,
               by=STATE, ev="2024-11-12", place="Kursk")
sv["assigned"] = C("sv", "North Korean troops had been assigned to Russian marine and airborne units", kind=S,
                   measure=ASSIGNED, by=NIS, ev="2024-11-13")
sv["niscs"] = C("sv", "some of them had already taken part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
sv["kyung"] = C("sv", "urged the government not to \"step into a war that is not ours\" by sending weapons to Kyiv",
                kind=S, measure=KYUNG, by="Kyunghyang Shinmun", ev="2024-11-12", subject=SK)
sv["wpn"] = C("sv", "Seoul did not rule out supplying arms to Ukraine", kind=S, measure=WPN, mod="conditional", by=YOON,
              ev="2024-11-07", subject=SK)
sv["zel11"] = C("sv", "11,000 North Korean soldiers were already in the Kursk region", measure=KU, value=11000, by=ZEL,
                ev="2024-11-04", place="Kursk")
sv["battles"] = C("sv", "he spoke of the first battles with them", kind=S, measure=CS, by=ZEL, ev="2024-11-05",
                  place="Kursk")
sv["uk"] = C("sv", "Russian forces lost on average about 1,500 men killed and wounded a day in October",
             measure=RULOSS, value=1500, q="about", unit="casualties per day", by="UK Ministry of Defence",
             subject=RUS, place=UA)
sv["peskov"] = C("sv", "he had \"nothing to add\" to what had been said before", kind=S, measure=NOACK, by=PESKOV,
                 ev="2024-11-13", subject=RUS)
sv["resid"] = C("sv", "Asian-looking soldiers in Russian uniforms are moved at night and kept apart from Russian units",
                kind=S, measure=RESID, by="Kursk region residents", place="Kursk")
sv["zero"] = C("sv", "The answer was zero.", measure=ZERO, value=0, unit="mentions", by="Novaya Gazeta Europe",
               subject=RUS)

# ---------------------------------------------------------------- ABC News (US), Mon 2024-11-18 (evening-news script)
# A line carries a date only when it gives one ("today", a SOT label's "SUNDAY"); the on-air graphic's
# sourced figures are annotated like the sentences they summarise, undated.
ab = {}
ab["atacms"] = C("ab", "President Biden has given Ukraine permission to fire American-made long-range missiles, known "
                 "as ATACMS, at targets inside Russia", kind=S, measure=ATACMS, by=USG, subject=US, place="Russia")
ab["r10"] = C("ab", "North Korea sending more than ten-thousand troops to fight for Moscow", value=10000, q="at_least",
              scope="total", by=USG, place="Russia")
ab["kursk1"] = C("ab", "the first strikes are expected in and around Kursk", kind=S, measure=KURSK1, mod="planned",
                 by=USG, subject=UA, place="Kursk")
ab["mostk"] = C("ab", "where most of the North Koreans now are", kind=S, measure=MOSTK, by=USG, place="Kursk")
ab["range"] = C("ab", "These missiles can reach targets up to 190 miles away", measure=RANGE, value=190, q="up_to",
                unit="miles", by=None, subject="ATACMS")
ab["gfx10"] = C("ab", "IN RUSSIA: 10,000+ (STATE DEPT.)", value=10000, q="at_least", scope="total", by=STATE,
                place="Russia")
ab["gfx11"] = C("ab", "IN KURSK REGION: 11,000 (ZELENSKY)", measure=KU, value=11000, by=ZEL, place="Kursk")
ab["mostk2"] = C("ab", "Last week the State Department said most of those soldiers had moved to Kursk", kind=S,
                 measure=MOSTK, by=STATE, place="Kursk")
ab["stcs"] = C("ab", "had begun engaging in combat", kind=S, measure=CS, by=STATE, place="Kursk")
ab["massed"] = C("ab", "Russia has massed some fifty-thousand troops there, North Koreans among them", measure=MASSED,
                 value=50000, q="about", by=USUA, place="Kursk", subject=RUS)
ab["zel"] = C("ab", "The missiles will speak for themselves.", kind=S, measure=ZMISS, by=ZEL, ev="2024-11-17",
              subject=UA)
ab["fuel"] = C("ab", "the Kremlin said that if the decision is real, Washington is adding fuel to the fire", kind=S,
               measure=FUEL, mod="conditional", by=KREMLIN, ev="2024-11-18", subject=RUS)
ab["natowar"] = C("ab", "strikes like these would mean NATO countries are \"at war with Russia.\"", kind=S,
                  measure=NATOWAR, mod="conditional", by=PUTIN, subject=RUS)
ab["fight"] = C("ab", "the North Korean troops are now fighting alongside Russian units", kind=S, measure=CS, by=USG,
                place="Kursk")
ab["tech"] = C("ab", "The worry at this building is what Pyongyang gets back: Russian know-how for its missiles and "
               "its satellites", kind=S, measure=TECH, mod="conditional",
               by=DOD)
ab["m120"] = C("ab", "Russia fired about 120 missiles", measure=AIRM, value=120, q="about", unit="missiles",
               by="Ukraine Air Force", subject=RUS, place=UA)
ab["d90"] = C("ab", "90 drones", measure=AIRD, value=90, unit="drones", by="Ukraine Air Force", subject=RUS, place=UA)

# ---------------------------------------------------------------- The Atlantic, Thu 2024-12-05 (long-read feature)
# The feature retells the whole period with dates; each claim carries the date its sentence gives
# (relative ones resolved: "a day earlier" than Oct 18, "Three days later" than Oct 28, "The next day").
at = {}
at["fb"] = C("at", "about 1,500 special-forces soldiers were carried from the ports of Chongjin, Hamhung and Musudan to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
at["win"] = C("at", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
at["ships"] = C("at", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
at["terms"] = C("at", "they were drilled in about 100 Russian military words", measure=TERMS, value=100, q="about",
                unit="terms", by=NIS, place="Russia")
at["brig"] = C("at", "Seoul said on October 18 that Pyongyang had decided to send four brigades", measure=BRIG, value=4,
               unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
at["plan"] = C("at", "roughly 12,000 men in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
at["zel10"] = C("at", "had spoken of 10,000 being prepared", measure=PL, value=10000, mod="planned", scope="total",
                by=ZEL, ev="2024-10-17")
at["r3"] = C("at", "By October 23 the NIS counted about 3,000 already in Russia", value=3000, q="about", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
at["hur12"] = C("at", "the next day Ukraine's military intelligence said 12,000 were there", value=12000,
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
at["dod10"] = C("at", "On October 28 the Pentagon settled on about 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
at["k8"] = C("at", "Secretary of State Antony Blinken said some 8,000 had moved to the Kursk region", measure=KU,
             value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
at["z11"] = C("at", "Zelensky put the Kursk figure at 11,000 on November 4", measure=KU, value=11000, by=ZEL,
              ev="2024-11-04", place="Kursk")
at["st10"] = C("at", "the State Department said that more than 10,000 were in Russia", value=10000, q="at_least",
               scope="total", by=STATE, ev="2024-11-12", place="Russia")
at["stcs"] = C("at", "had \"begun engaging in combat operations.\"", kind=S, measure=CS, by=STATE, ev="2024-11-12")
at["assigned"] = C("at", "the NIS told lawmakers that the North Koreans had been assigned to Russian marine and "
                   "airborne units", kind=S, measure=ASSIGNED, by=NIS, ev="2024-11-13")
at["rutte"] = C("at", "Mark Rutte, had confirmed on October 28 that North Korean units had been sent to Kursk", kind=S,
                measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
at["fake"] = C("at", "The Kremlin, which called the first reports \"another fake,\"", kind=S, measure=DEP, by=KREMLIN)
at["noack"] = C("at", "has still not acknowledged that North Korean soldiers are on Russian soil", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
at["img"] = C("at", "said only that images \"reflect something\"", kind=S, measure=IMG, by=PUTIN)
at["biz"] = C("at", "how Russia used its treaty with Pyongyang was \"our business.\"", kind=S, measure=TREATY, by=PUTIN,
              subject=RUS)
at["pay"] = C("at", "The NIS believes Moscow pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
at["regime"] = C("at", "most of which the regime keeps", kind=S, measure=REGIME, by=NIS)
at["arith"] = C("at", "a force of 11,000 would bring Pyongyang some $22 million a month", measure=ARITH,
                value=22_000_000, q="about", unit="USD per month", mod="conditional", by=None)
at["airdef"] = C("at", "Russia had supplied air-defence equipment and anti-aircraft missiles to guard Pyongyang",
                 kind=S, measure=AIRDEF, by=SHIN, ev="2024-11-22", subject=RUS)
at["kju"] = C("at", "the North would \"invariably support\" Russia's policy", kind=S, measure=KJUS, by=KJU)
at["tforce"] = C("at", "Russia's Foreign Ministry said the two countries' mutual-defence treaty had entered into force",
                 kind=S, measure=TFORCE, by=RUMFA, ev="2024-12-04", subject=RUS)
at["atacms"] = C("at", "U.S. officials said Joe Biden had allowed Ukraine to fire American ATACMS missiles into Russia",
                 kind=S, measure=ATACMS, by=USG, ev="2024-11-17", subject=US, place="Russia")
at["six"] = C("at", "Ukraine fired six of them at an arsenal in the Bryansk region", measure=ATKF, value=6,
              unit="missiles", by=RUMOD, ev="2024-11-19", subject=UA, place="Bryansk")
at["five"] = C("at", "which said five were shot down", measure=ATKD, value=5, unit="missiles", by=RUMOD,
               ev="2024-11-19", subject=RUS, place="Bryansk")
at["age"] = C("at", "a former North Korean army captain, 41", measure=AGE, value=41, unit="years", by=None,
              subject=DEFECTOR)
at["told"] = C("at", "\"They will be told they are fighting the Americans,\"", kind=S, measure=DEFAMER, by=DEFECTOR)
at["drone"] = C("at", "\"Most of them have never seen a drone that was not their own.\"", kind=S, measure=DRONE,
                by=DEFECTOR)

# ---------------------------------------------------------------- War on the Rocks, Wed 2024-12-11 (policy memo)
# The author's "I assess" sentences are hers (as blind8's CSIS judgments were the institution's), undated;
# her recommendations are not annotated. Relayed figures keep their origins and the dates their sentences give.
wr = {}
wr["assess"] = C("wr", "Pyongyang will rotate and reinforce its units in Russia rather than withdraw them", kind=S,
                 measure=ADDL, mod="planned", by=ALD, place="Russia")
wr["k1112"] = C("wr", "between 11,000 and 12,000 North Korean soldiers are in Russia's Kursk region", measure=KU,
                low=11000, high=12000, by=USG, place="Kursk")
wr["plan"] = C("wr", "the 12,000 that Seoul's intelligence service said in October Pyongyang had decided to send",
               measure=PL, value=12000, mod="planned", scope="total", by=NIS, place="Russia")
wr["kyh3"] = C("wr", "told lawmakers in late October that about 3,000 were in Russia", value=3000, q="about",
               scope="total", by=KYH, place="Russia")
wr["dod10"] = C("wr", "the Pentagon said about 10,000 on October 28", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
wr["kyiv"] = C("wr", "Kyiv says its troops have been fighting North Korean units since early November", kind=S,
               measure=CS, by=UAG, place="Kursk")
wr["wash"] = C("wr", "Washington has said they are \"engaging in combat\"", kind=S, measure=CS, by=USG)
wr["pay"] = C("wr", "the NIS estimates about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
wr["airdef"] = C("wr", "said on November 22 that Russia had delivered air-defense systems to Pyongyang", kind=S,
                 measure=AIRDEF, by=SHIN, ev="2024-11-22", subject=RUS)
wr["tech"] = C("wr", "Washington and Seoul both fear Russian help with satellites, submarines and missiles", kind=S,
               measure=TECH, mod="conditional", by=USSK)
wr["kju"] = C("wr", "in Pyongyang on November 29 that he would \"invariably support\" Moscow", kind=S, measure=KJUS,
              by=KJU, ev="2024-11-29")
wr["tforce"] = C("wr", "Russia's Foreign Ministry said the mutual-defense treaty entered into force on December 4",
                 kind=S, measure=TFORCE, by=RUMFA, ev="2024-12-04", subject=RUS)
wr["atacms"] = C("wr", "On November 17 the administration allowed Kyiv to use ATACMS inside Russia", kind=S,
                 measure=ATACMS, by=USG, ev="2024-11-17", subject=US, place="Russia")
wr["six"] = C("wr", "Ukraine had fired six ATACMS at a depot in the Bryansk region", measure=ATKF, value=6,
              unit="missiles", by=RUMOD, ev="2024-11-19", subject=UA, place="Bryansk")
wr["five"] = C("wr", "that five were shot down", measure=ATKD, value=5, unit="missiles", by=RUMOD, ev="2024-11-19",
               subject=RUS, place="Bryansk")
wr["eight"] = C("wr", "A U.S. official put the number fired at eight", measure=ATKF, value=8, unit="missiles",
                by=USOFF, subject=UA, place="Bryansk")
wr["two"] = C("wr", "two of them intercepted", measure=ATKD, value=2, unit="missiles", by=USOFF, subject=RUS,
              place="Bryansk")
wr["fuel"] = C("wr", "Dmitry Peskov said the decision added \"fuel to the fire.\"", kind=S, measure=FUEL, by=PESKOV,
               subject=RUS)
wr["wpn"] = C("wr", "Seoul said in October it would not rule out sending weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)
wr["loss"] = C("wr", "North Korean losses will rise steeply once Russian commanders commit these units to assaults",
               kind=S, measure=LOSSRISE, mod="planned", by=ALD, place="Kursk")

# ---------------------------------------------------------------- Der Spiegel, Thu 2024-12-19 (updated article)
# Update blocks and the original article are dated by their own sentences (all resolve against Dec 19).
# The editor's note (at least 30 "killed") is the outlet's note on its own reporting and is not annotated,
# nor is HUR's "declined to comment"; the Bundestag vote and the related-links line are off-topic.
sp = {}
sp["killed"] = C("sp", "at least 100 North Korean soldiers have been killed in the fighting in the Kursk region",
                 measure=KILLED, value=100, q="at_least", unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
sp["wounded"] = C("sp", "nearly 1,000 wounded", measure=WOUNDED, value=1000, q="about", unit="soldiers", by=NIS,
                  ev="2024-12-19", place="Kursk")
sp["drone"] = C("sp", "the NIS attributes the heavy losses to the open terrain and to the soldiers' inexperience with "
                "drone attacks", kind=S, measure=DRONE, by=NIS)
sp["frontdec"] = C("sp", "The North Koreans have been in front-line combat since early December, the NIS said", kind=S,
                   measure=CS, by=NIS, place="Kursk")
sp["expend"] = C("sp", "Moscow is using them as expendable assault infantry", kind=S, measure=EXPEND, by=NIS,
                 place="Kursk")
sp["addl"] = C("sp", "Pyongyang appears to be preparing to send further troops", kind=S, measure=ADDL, mod="planned",
               by=NIS)
sp["sevh"] = C("sp", "North Korean units had suffered \"several hundred\" casualties, killed and wounded", measure=CASKW,
               low=200, high=900, q="vague", unit="casualties", by=KIRBY, ev="2024-12-17", place="Kursk")
sp["ryder"] = C("sp", "Pentagon spokesman Pat Ryder had confirmed for the first time that North Korean soldiers had been "
                "killed and wounded in Kursk", kind=S, measure=RYDER, by="Pat Ryder", ev="2024-12-16", place="Kursk")
sp["assault"] = C("sp", "Russia has begun to use North Korean soldiers in assaults \"in noticeable numbers,\"", kind=S,
                  measure=ASSAULT, by=ZEL, ev="2024-12-14", place="Kursk")
sp["lossnot"] = C("sp", "their losses were already \"noticeable\" too", kind=S, measure=LOSSNOT, by=ZEL,
                  ev="2024-12-16")
sp["hur30"] = C("sp", "at least 30 North Korean soldiers had been killed or wounded", measure=HUR30, value=30,
                q="at_least", unit="soldiers", by=HUR, ev="2024-12-15", place="Kursk")
sp["k11"] = C("sp", "around 11,000 North Korean soldiers are deployed in the Kursk region", measure=KU, value=11000,
              q="about", by="Western officials", place="Kursk")
sp["noack"] = C("sp", "Moscow has still not officially confirmed their presence", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
sp["capture"] = C("sp", "Ukrainian special forces have captured North Korean soldiers", kind=S, measure=CAPTURE, by=TG,
                  place="Kursk")

# ---------------------------------------------------------------- El País, Fri 2024-12-20 (frontline reportage)
# The soldiers' own figures and remarks are theirs; local colour (the shop, petrol at 56 hryvnias, four hours
# of electricity) is not annotated. Their ages are, attributed to nobody, like the seed's age.
ep = {}
ep["kitage"] = C("ep", "Kit, the call sign of the crew's commander, is 27", measure=AGE, value=27, unit="years", by=None,
                 subject=KIT)
ep["groups"] = C("ep", "\"They walk straight at us across open fields, in groups of 20 or 30", measure=GROUPS, low=20,
                 high=30, unit="soldiers", by=KIT, place="Kursk")
ep["drone"] = C("ep", "they don't scatter when a drone comes", kind=S, measure=DRONE, by=KIT, place="Kursk")
ep["assault"] = C("ep", "Russia had begun to use North Korean soldiers in assaults \"in noticeable numbers.\"", kind=S,
                  measure=ASSAULT, by=ZEL, ev="2024-12-14", place="Kursk")
ep["hur30"] = C("ep", "at least 30 of them had been killed or wounded in two days", measure=HUR30, value=30,
                q="at_least", unit="soldiers", by=HUR, ev="2024-12-15", place="Kursk")
ep["sevh"] = C("ep", "the White House spoke of \"several hundred\" North Korean casualties", measure=CASKW, low=200,
               high=900, q="vague", unit="casualties", by=WH, ev="2024-12-17", place="Kursk")
ep["killed"] = C("ep", "at least 100 dead", measure=KILLED, value=100, q="at_least", unit="soldiers", by=NIS,
                 ev="2024-12-19", place="Kursk")
ep["wounded"] = C("ep", "close to a thousand wounded", measure=WOUNDED, value=1000, q="about", unit="soldiers", by=NIS,
                  ev="2024-12-19", place="Kursk")
ep["expend"] = C("ep", "Moscow is using them as expendable assault troops", kind=S, measure=EXPEND, by=NIS,
                 place="Kursk")
ep["addl"] = C("ep", "Pyongyang is preparing to send more", kind=S, measure=ADDL, mod="planned", by=NIS)
ep["k11"] = C("ep", "Kyiv puts the North Korean force in the region at about 11,000", measure=KU, value=11000,
              q="about", by=UAG, place="Kursk")
ep["tarasage"] = C("ep", "Taras, 34, an infantry sergeant", measure=AGE, value=34, unit="years", by=None, subject=TARAS)
ep["unif"] = C("ep", "the men he saw wore Russian uniforms and carried Russian rifles", kind=S, measure=UNIFS, by=TARAS,
               place="Kursk")
ep["capture"] = C("ep", "a wounded North Korean soldier was captured near the village of Plekhovo", kind=S,
                  measure=CAPTURE, by=TG, place="Kursk")
ep["capnc"] = C("ep", "Military intelligence has not confirmed it", kind=S, measure=CAPNC, by=HUR)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ka["r3"], ka["wh3"], ka["hur12"], mu["hur12"], at["hur12"]], "discrepancy",
  "snapshot Oct 23-24, told in that week's document: Seoul's NIS about 3,000 and the White House at least 3,000 vs "
  "Ukraine's HUR about 12,000 already in Russia (HUR's figure restated on Oct 30 and Dec 5)",
  [("about / at least 3,000 (NIS, White House)", [ka["r3"], ka["wh3"]]),
   ("about 12,000 (HUR)", [ka["hur12"], mu["hur12"], at["hur12"]])])
K(RU, [mu["r3"], mu["dod10"], mu["lee10"], mu["park10"], mu["pass"], sv["st10"], ab["r10"], ab["gfx10"], at["r3"],
       at["dod10"], at["st10"], wr["kyh3"], wr["dod10"]], "update_over_time",
  "running total in Russia told from Oct 30 on: about 3,000 (NIS Oct 23; Kim Yong-hyun in late October) -> about 10,000 "
  "(Pentagon Oct 28) -> more than 10,000 (NIS Oct 29, State Department Nov 12, US officials Nov 18)")
K(KU, [at["k8"], at["z11"], sv["zel11"], ab["gfx11"], wr["k1112"], sp["k11"], ep["k11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4) -> 11,000-12,000 (US, December) / "
  "around 11,000 (Western estimates, Kyiv, December)")
K(PL, [ka["plan"], mu["plan"], at["plan"], wr["plan"], at["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ka["plan"], mu["plan"], at["plan"], wr["plan"]]), ("10,000 (Zelensky)", [at["zel10"]])])
K(FB, [ka["fb"], mu["fb"], at["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [mu["win"], at["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [ka["brig"], mu["brig"], at["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SHIPS, [mu["ships"], at["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(SB, [ka["sb"], mu["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [ka["proj"], mu["proj"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [ka["dec"], mu["dec"]], "agreement", "NIS's projection deadline: December")
K(PAY, [mu["pay"], at["pay"], wr["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [mu["regime"], at["regime"]], "agreement", "NIS: most of the pay goes to the North Korean state")
K(TERMS, [mu["terms"], at["terms"]], "agreement", "NIS: about 100 Russian military terms taught")
K(DRONE, [mu["drone"], sp["drone"], ep["drone"], at["drone"]], "agreement",
  "the North Koreans know little of drone warfare (NIS Oct 29 and Dec 19, a Ukrainian drone commander, a defector)")
K(CS, [mu["parkcs"], sv["battles"], sv["stcs"], sv["niscs"], ab["stcs"], ab["fight"], at["stcs"], wr["kyiv"], wr["wash"],
       sp["frontdec"]], "update_over_time",
  "combat status: not confirmed in combat (NIS, Oct 29) -> first battles (Zelensky, Nov 5) -> begun engaging in combat "
  "(State Department Nov 12, NIS Nov 13, US officials Nov 18, Washington and Kyiv in December) -> in front-line combat "
  "since early December (NIS, Dec 19)")
K(MASSED, [sv["massed"], ab["massed"]], "agreement", "US and Ukrainian officials: about 50,000 massed for Kursk")
K(MOSTK, [sv["mostk"], ab["mostk2"], ab["mostk"]], "agreement",
  "most North Korean troops in Kursk (State Department Nov 12; US officials Nov 18)")
K(ASSIGNED, [sv["assigned"], at["assigned"]], "agreement", "NIS (Nov 13): assigned to Russian marine and airborne units")
K(ATACMS, [ab["atacms"], at["atacms"], wr["atacms"]], "agreement", "US (Nov 17): Ukraine may fire ATACMS inside Russia")
K(FUEL, [ab["fuel"], wr["fuel"]], "agreement", "Kremlin / Peskov (Nov 18): the decision adds fuel to the fire")
K(ATKF, [at["six"], wr["six"], wr["eight"]], "discrepancy",
  "ATACMS fired at Bryansk on Nov 19: six (Russia's Defence Ministry) vs eight (a US official)",
  [("six (Russia MoD)", [at["six"], wr["six"]]), ("eight (US official)", [wr["eight"]])])
K(ATKD, [at["five"], wr["five"], wr["two"]], "discrepancy",
  "ATACMS downed on Nov 19: five shot down (Russia's Defence Ministry) vs two intercepted (a US official)",
  [("five (Russia MoD)", [at["five"], wr["five"]]), ("two (US official)", [wr["two"]])])
K(TFORCE, [at["tforce"], wr["tforce"]], "agreement", "Russia's Foreign Ministry: the treaty entered into force on Dec 4")
K(TREATY, [ka["biz"], at["biz"]], "agreement", "Putin (Oct 24): how Russia applies the treaty is 'our business'")
K(IMG, [ka["img"], at["img"]], "agreement", "Putin (Oct 24): images are serious / reflect something")
K(DEP, [at["rutte"], ka["fake"], at["fake"]], "discrepancy",
  "deployment asserted (Rutte, Oct 28) vs dismissed as 'another fake' (Peskov / the Kremlin)",
  [("asserted (Rutte)", [at["rutte"]]), ("dismissed (Kremlin)", [ka["fake"], at["fake"]])])
K(NOACK, [sv["peskov"], at["noack"], sp["noack"]], "agreement",
  "Moscow neither confirms nor comments (Peskov Nov 13; still not acknowledged, Dec 5 and Dec 16)")
K(WPN, [ka["yoon"], sv["wpn"], wr["wpn"]], "agreement",
  "Seoul keeps the option of arming Ukraine open (Yoon Oct 24 and Nov 7; Seoul in October)")
K(AIRDEF, [at["airdef"], wr["airdef"]], "agreement", "Shin Won-sik (Nov 22): Russia supplied air defences to Pyongyang")
K(KJUS, [at["kju"], wr["kju"]], "agreement", "Kim Jong Un to Belousov: North Korea will invariably support Russia")
K(TECH, [ab["tech"], wr["tech"]], "agreement", "Washington and Seoul fear Russian technology for North Korea in return")
K(MONITOR, [mu["leemon"], mu["parkmon"]], "discrepancy",
  "a monitoring team to Ukraine: Lee (People Power) for vs Park (Democratic Party) against",
  [("for (Lee Seong-kweun)", [mu["leemon"]]), ("against (Park Sun-won)", [mu["parkmon"]])])
K(KILLED, [sp["killed"], ep["killed"]], "agreement", "NIS (Dec 19): at least 100 North Korean soldiers killed")
K(WOUNDED, [sp["wounded"], ep["wounded"]], "agreement", "NIS (Dec 19): nearly / close to 1,000 wounded")
K(CASKW, [sp["sevh"], ep["sevh"]], "agreement", "Kirby / the White House (Dec 17): several hundred killed and wounded")
K(HUR30, [sp["hur30"], ep["hur30"]], "agreement", "HUR (Dec 15): at least 30 killed or wounded in two days")
K(ASSAULT, [sp["assault"], ep["assault"]], "agreement",
  "Zelensky (Dec 14): North Koreans used in assaults in noticeable numbers")
K(CAPTURE, [sp["capture"], ep["capture"]], "agreement", "Ukrainian Telegram channels claim North Koreans captured")
K(ADDL, [wr["assess"], sp["addl"], ep["addl"]], "agreement",
  "more North Korean troops expected (Aldana's assessment, Dec 11; NIS, Dec 19)")
K(EXPEND, [sp["expend"], ep["expend"]], "agreement", "NIS (Dec 19): used as expendable assault infantry")

pairs = [
    (ka["sb"], ka["r3"], "second group of about 1,500 vs roughly 3,000 in Russia, same sentence"),
    (ka["r3"], ka["proj"], "roughly 3,000 now vs some 10,000 expected by December, same sentence"),
    (ka["hur12"], ka["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total, adjacent paragraphs"),
    (ka["fb"], ka["plan"], "first group of 1,500 vs about 12,000 planned, same sentence"),
    (mu["fb"], mu["sb"], "first transport about 1,500 vs second group about 1,500, same box"),
    (mu["ships"], mu["brig"], "four landing ships vs four brigades, same number, different measure"),
    (mu["r3"], mu["proj"], "about 3,000 in total vs about 10,000 expected, same box entry"),
    (mu["dod10"], mu["proj"], "10,000: the Pentagon's count sent vs the NIS's projection by December"),
    (sv["zel11"], sv["st10"], "11,000 in Kursk vs more than 10,000 sent to Russia, same review"),
    (ab["gfx10"], ab["gfx11"], "10,000+ in Russia vs 11,000 in Kursk, same graphic"),
    (at["ships"], at["brig"], "four landing ships vs four brigades, same number, different measure"),
    (at["k8"], at["dod10"], "some 8,000 in Kursk vs about 10,000 in Russia, adjacent sentences"),
    (at["zel10"], at["dod10"], "10,000: Zelensky's 'being prepared' (a plan) vs the Pentagon's count sent"),
    (at["six"], at["five"], "six fired vs five shot down, same sentence"),
    (wr["k1112"], wr["plan"], "11,000-12,000 counted in Kursk vs the 12,000 plan, adjacent bullets"),
    (wr["eight"], wr["two"], "eight fired vs two intercepted, same sentence"),
    (sp["killed"], sp["wounded"], "at least 100 killed vs nearly 1,000 wounded, same sentence"),
    (sp["hur30"], sp["sevh"], "at least 30 in two days (HUR) vs several hundred in all (Kirby)"),
    (ep["killed"], ep["sevh"], "at least 100 dead (NIS) vs several hundred killed and wounded (White House)"),
    (ep["wounded"], ep["k11"], "close to a thousand wounded vs about 11,000 in the region"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
