"""Generate gold.json for blind13 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind13/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, READY, OFF, GEN, DEP, CT, CS, FRONT, TGT, ESC, TREATY, IMG, WPN,
    ICBM_T, ICBM_A, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, PO  # noqa: F401
)

DOCS = {
    "iz": ("izvestia-2024-10-18-peskov-briefing-kazan-rouble-north-korean-reports", "Izvestia", "2024-10-18"),
    "cs": ("csmonitor-2024-10-24-analysis-north-korean-troops-russia-who-counts", "Christian Science Monitor",
           "2024-10-24"),
    "co": ("corriere-della-sera-2024-10-29-retroscena-nato-council-seoul-briefing-kursk", "Corriere della Sera",
           "2024-10-29"),
    "sz": ("sueddeutsche-zeitung-2024-11-07-media-column-numbers-north-korean-soldiers", "Sueddeutsche Zeitung",
           "2024-11-07"),
    "lw": ("lowy-interpreter-2024-11-25-cable-pastiche-north-korean-troops-kursk", "Lowy Interpreter", "2024-11-25"),
    "mn": ("mainichi-2024-12-03-gist-diet-interpellations-ishiba-north-korean-troops", "Mainichi", "2024-12-03"),
    "ng": ("novaya-gazeta-europe-2024-12-24-kursk-residents-testimonies-north-korean-soldiers", "Novaya Gazeta Europe",
           "2024-12-24"),
    "sg": ("segye-ilbo-2024-12-30-year-in-numbers-north-korean-troops-russia", "Segye Ilbo", "2024-12-30"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
NOTAGAINST = "Russia: cooperation with North Korea not directed against third countries"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
SITES = "training sites in eastern Russia (US)"
KUNIT = "first North Korean unit for Kursk (Budanov)"
ARMY = "North Korean standing army size"
AGE = "age"
NATO32 = "NATO member countries"
IP4 = "NATO Indo-Pacific partners at the briefing"
CSN = CS + ", Nov 4-5"
CONDEMN = "condemnation of the deployment"
MANP = "deployment shows Russia's manpower shortage"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
ART = "North Korean artillery and rocket launchers sent to Russia"
AD = "Russian air-defence equipment for North Korea"
ATD = "US authorises ATACMS strikes inside Russia"
ATF = "ATACMS fired at Bryansk region (Nov 19)"
ATS = "ATACMS shot down (Nov 19)"
ATDMG = "ATACMS that hit and damaged the target (Nov 19)"
AUAID = "Australian assistance to Ukraine"
MORE = "more North Korean troops to come"
JAID = "Japanese support to Ukraine"
KJU = "Kim Jong Un's support for Russia's war"
SANCT = "Japan considers further sanctions"
EXP = "North Korean troops gaining modern combat experience"
SCHOOL = "North Korean soldiers quartered in a village school (resident)"
FIELDS = "North Korean troops advance in the open (resident hearsay)"
NOACK = "Russia has not acknowledged the deployment"
HUR30 = "North Korean killed or wounded near Plekhovo (HUR)"
KIA = "North Korean soldiers killed in Kursk"
WIA = "North Korean soldiers wounded in Kursk"
CAS = "North Korean casualties (killed and wounded) in Kursk"
OPEN = "North Korean losses blamed on open terrain and drones"
CAPT = "captured North Korean soldier"


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
KREMLIN = "Kremlin"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
JCS = "South Korea Joint Chiefs of Staff"
JPG = "Japan government"
ISHIBA = "Shigeru Ishiba"
NAKATANI = "Gen Nakatani"
TAJANI = "Antonio Tajani"
ASHDOWN = "Richard Ashdown"
WOFF = "Western official"
WOFFS = "Western officials"
RUMOD = "Russia Ministry of Defence"
AUG = "Australia government"
SK, UA, RUS, JP = "South Korea", "Ukraine", "Russia", "Japan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Izvestia, Fri 2024-10-18 (briefing summary, topic by topic)
# Peskov's answers carry the briefing day the first paragraph gives ("on Friday"), as blind7-12 dated
# transcript, record and notebook answers. What the paper relays keeps the day its own sentence gives.
iz = {}
iz["fake"] = C("iz", "Peskov said they looked like \"another fake\"", kind=S, measure=DEP, by=PESKOV, ev="2024-10-18")
iz["third"] = C("iz", "were not directed against third countries", kind=S, measure=NOTAGAINST, by=PESKOV,
                ev="2024-10-18", subject=RUS)
iz["brig"] = C("iz", "North Korea had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
iz["plan"] = C("iz", "about 12 thousand servicemen in all", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
iz["fb"] = C("iz", "some 1,500 special forces had been carried to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
iz["win"] = C("iz", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
iz["ships"] = C("iz", "aboard four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
iz["escort"] = C("iz", "with three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
iz["unif"] = C("iz", "the men had been given Russian uniforms and papers describing them as natives of Yakutia and "
               "Buryatia", kind=S, measure=UNIF, by=NIS)
iz["zel10"] = C("iz", "said ten thousand North Korean soldiers were \"being prepared.\"", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17")
iz["bud"] = C("iz", "some 11 thousand North Korean infantrymen were already training at ranges in the Russian Far East",
              value=11000, q="about", scope="total", by=BUD, ev="2024-10-18", place=RFE)
iz["ready"] = C("iz", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
iz["unit"] = C("iz", "A first unit of 2,600 men, he claimed, would be sent to the Kursk region", measure=KUNIT,
               value=2600, mod="planned", scope="first_batch", by=BUD, place="Kursk")
iz["west"] = C("iz", "put a possible deployment at anywhere from 2,000 to 12,000 men", measure=PL, low=2000,
               high=12000, mod="planned", scope="total", by=WOFF, place="Russia")
iz["so15"] = C("iz", "by Seoul's count about 1,500 North Koreans are in Russia today", value=1500, q="about",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
iz["kiev11"] = C("iz", "by Kiev's count 11 thousand", value=11000, scope="total", by=BUD, ev="2024-10-18",
                 place="Russia")
iz["rutte"] = C("iz", "the alliance had no evidence of North Korean soldiers taking part in the fighting", kind=S,
                measure=CS, by=RUTTE, ev="2024-10-17")

# ---------------------------------------------------------------- Christian Science Monitor, Thu 2024-10-24 (news analysis)
cs = {}
cs["sb"] = C("cs", "a second group of about 1,500 North Korean soldiers had followed the first", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
cs["r3"] = C("cs", "bringing the total in Russia to roughly 3,000", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
cs["proj"] = C("cs", "The agency expects the figure to reach 10,000", measure=PR, value=10000, mod="planned",
               scope="total", by=NIS, place="Russia")
cs["dec"] = C("cs", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
cs["kirby3"] = C("cs", "John Kirby said at least 3,000 North Korean troops had moved into eastern Russia", value=3000,
                 q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
cs["sites"] = C("cs", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                ev="2024-10-23", place=RFE)
cs["ratio"] = C("cs", "Ukraine's figure is four times larger", measure=RATIO, value=4, unit="times", by=None)
cs["hur12"] = C("cs", "said Thursday that about 12,000 North Korean soldiers", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
cs["off"] = C("cs", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
cs["gen"] = C("cs", "three generals, were already in Russia", measure=GEN, value=3, unit="generals", by=HUR,
              ev="2024-10-24")
cs["bud"] = C("cs", "had put the number in training at roughly 11,000", value=11000, q="about", scope="total", by=BUD,
              place="Russia")
cs["ready"] = C("cs", "ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
cs["plan"] = C("cs", "Seoul's own original figure, 12,000, was never a head count", measure=PL, value=12000,
               mod="planned", scope="total", by=NIS, ev="2024-10-18")
cs["brig"] = C("cs", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
cs["austin"] = C("cs", "said there was \"evidence that there are DPRK troops in Russia,\"", kind=S, measure=DEP,
                 by=AUSTIN, ev="2024-10-23")
cs["serious"] = C("cs", "if they joined the war it would be \"a very, very serious issue.\"", kind=S, measure=ESC,
                  mod="conditional", by=AUSTIN, ev="2024-10-23")
cs["fair"] = C("cs", "if they are used against Ukraine, they are \"fair game.\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
cs["kfake"] = C("cs", "The Kremlin spent last week calling the reports fake.", kind=S, measure=DEP, by=KREMLIN)
cs["img"] = C("cs", "President Vladimir Putin answered that \"images are a serious thing,\"", kind=S, measure=IMG,
              by=PUTIN, ev="2024-10-24")
cs["biz"] = C("cs", "how Russia applies its new mutual-defense treaty with Pyongyang \"is our business.\"", kind=S,
              measure=TREATY, by=PUTIN, subject=RUS)
cs["pay"] = C("cs", "Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
cs["regime"] = C("cs", "most of which it believes will go to the regime rather than to the men", kind=S,
                 measure=REGIME, by=NIS)
cs["army"] = C("cs", "usually estimated at about 1.2 million", measure=ARMY, value=1200000, q="about", by=None)
cs["wpn"] = C("cs", "that Seoul could consider supplying weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
cs["age"] = C("cs", "For Kim Jong Un, 40,", measure=AGE, value=40, unit="years", by=None, subject="Kim Jong Un")
cs["tech"] = C("cs", "South Korean officials fear, Russian technology for satellites and submarines in return", kind=S,
               measure=TECH, mod="conditional", by=SKG)

# ---------------------------------------------------------------- Corriere della Sera, Tue 2024-10-29 (retroscena)
# The meeting was on Monday 2024-10-28; a claim carries that day only where its own sentence says so.
co = {}
co["32"] = C("co", "Ambassadors of all 32 allies", measure=NATO32, value=32, unit="countries", by=None, subject="NATO")
co["ip4"] = C("co", "of the four Indo-Pacific partners", measure=IP4, value=4, unit="countries", by=None,
              subject="NATO")
co["nis10"] = C("co", "put the number of North Korean soldiers already in Russia at more than ten thousand", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-28", place="Russia")
co["unif"] = C("co", "photographs of soldiers being fitted for Russian uniforms at a camp in the Far East", kind=S,
               measure=UNIF, by=NIS, ev="2024-10-28", place=RFE)
co["west"] = C("co", "part of the contingent had already been moved westward, toward the Kursk region", kind=S,
               measure=FRONT, by=NIS, place="Kursk")
co["proj"] = C("co", "Seoul's intelligence service had said only last week that it expected 10,000", measure=PR,
               value=10000, mod="planned", scope="total", by=NIS, place="Russia")
co["dec"] = C("co", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
co["rutte"] = C("co", "told reporters that North Korean troops had been sent to Russia and that North Korean units had "
                "been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
co["esc"] = C("co", "He called it \"a significant escalation\" and \"a dangerous expansion of Russia's war.\"", kind=S,
              measure=ESC, by=RUTTE)
co["dod10"] = C("co", "said on Monday that around 10,000 North Korean soldiers had been sent to eastern Russia to train",
                value=10000, q="about", scope="total", by=SINGH, ev="2024-10-28", place=RFE)
co["wh3"] = C("co", "up from the \"at least 3,000\" Washington had spoken of last week", value=3000, q="at_least",
              scope="total", by=USG, place="Russia")
co["closer"] = C("co", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH, ev="2024-10-28")
co["weeks"] = C("co", "would probably reinforce Russian forces near the border \"over the next several weeks.\"",
                kind=S, measure=CT, mod="planned", by=SINGH)
co["condemn"] = C("co", "Italy \"condemns\" the deployment", kind=S, measure=CONDEMN, by=TAJANI, ev="2024-10-28",
                  subject="Italy")
co["manp"] = C("co", "which in his words \"confirms that Russia lacks men.\"", kind=S, measure=MANP, by=TAJANI,
               ev="2024-10-28", subject=RUS)

# ---------------------------------------------------------------- Sueddeutsche Zeitung, Thu 2024-11-07 (media column)
# Relative dates are resolved against the date given just before ("A day later" than Oct 23; "Within hours"
# of Oct 18). The column's own notes (the tabloid's "fighting for Putin", its push alert) are not annotated.
sz = {}
sz["plan"] = C("sz", "North Korea had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
sz["brig"] = C("sz", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
sz["fb"] = C("sz", "a first contingent of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
sz["ap"] = C("sz", "the North \"has dispatched 12,000 troops.\"", value=12000, scope="total", by=NIS, ev="2024-10-18",
             place="Russia")
sz["r3"] = C("sz", "On October 23 the NIS put the number in Russia at about 3,000", value=3000, q="about",
             scope="total", by=NIS, ev="2024-10-23", place="Russia")
sz["hur12"] = C("sz", "A day later Ukraine's military intelligence said 12,000 were already there", value=12000,
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
sz["dod10"] = C("sz", "on October 28 the Pentagon spoke of around 10,000", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
sz["nis10"] = C("sz", "on October 29 the NIS told lawmakers it was more than 10,000", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
sz["k8"] = C("sz", "On October 31 Antony Blinken said about 8,000 North Korean soldiers had moved to the Kursk region",
             measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
sz["k8b"] = C("sz", "about 8,000 of the soldiers in Russia were now near the Ukrainian border", measure=KU, value=8000,
              q="about", by=USG, place="Kursk")
sz["r10"] = C("sz", "out of roughly 10,000 in all", value=10000, q="about", scope="total", by=USG, place="Russia")
sz["zel11"] = C("sz", "Volodymyr Zelensky said the figure in Kursk had reached 11,000", measure=KU, value=11000,
                by=ZEL, ev="2024-11-04", place="Kursk")
sz["weeks"] = C("sz", "The Pentagon had said the troops would reach the front \"over the next several weeks\"", kind=S,
                measure=CT, mod="planned", by=DOD)
sz["days"] = C("sz", "said he expected them in combat \"in the coming days.\"", kind=S, measure=CT, mod="planned",
               by=BL)
sz["um"] = C("sz", "told the Korean broadcaster KBS on Tuesday that the first small-scale engagements with North "
             "Korean troops had taken place", kind=S, measure=CSN, by=UM, ev="2024-11-05", place="Kursk")
sz["mnd"] = C("sz", "South Korea's defence ministry said it could not confirm that North Korean soldiers had taken part "
              "in combat", kind=S, measure=CSN, by=MND, ev="2024-11-05")

# ---------------------------------------------------------------- Lowy Interpreter, Mon 2024-11-25 (cable pastiche)
# The author's "The post assesses" and COMMENT paragraphs are his own claims (Richard Ashdown), as blind10
# attributed a named op-ed author's estimates to him. Reference numbers and the italic bio are furniture.
lw = {}
lw["st10"] = C("lw", "more than 10,000 North Korean soldiers in Russia (State Department, 12 November)", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place="Russia")
lw["most"] = C("lw", "most of them now in the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
lw["units"] = C("lw", "some had been assigned to Russian marine and airborne units", kind=S, measure=UNITS, by=NIS,
                ev="2024-11-13")
lw["combat"] = C("lw", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
lw["50k"] = C("lw", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
              q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
lw["art"] = C("lw", "North Korea has also sent 170mm self-propelled guns and 240mm multiple rocket launchers", kind=S,
              measure=ART, by=NIS)
lw["ad"] = C("lw", "Russia had supplied air-defence equipment to Pyongyang", kind=S, measure=AD, by="Shin Won-sik",
             ev="2024-11-22", subject=RUS)
lw["begun"] = C("lw", "the troops \"have begun engaging in combat operations.\"", kind=S, measure=CS, by=STATE,
                ev="2024-11-12")
lw["tgt"] = C("lw", "North Koreans used against Ukraine would be legitimate military targets", kind=S, measure=TGT,
              mod="conditional", by=USG)
lw["atacms"] = C("lw", "US officials explained the authorisation of ATACMS strikes inside Russia, reported on 17 "
                 "November, partly as a response to the deployment", kind=S, measure=ATD, by="US officials",
                 ev="2024-11-17", subject="United States")
lw["six"] = C("lw", "six missiles were fired at a facility in the Bryansk region", measure=ATF, value=6,
              unit="missiles", by=RUMOD, place="Bryansk", subject=UA)
lw["five"] = C("lw", "five were shot down", measure=ATS, value=5, unit="missiles", by=RUMOD, place="Bryansk",
               subject=RUS)
lw["one"] = C("lw", "one damaged", measure=ATDMG, value=1, unit="missiles", by=RUMOD, place="Bryansk", subject=UA)
lw["condemn"] = C("lw", "Australia has condemned the deployment", kind=S, measure=CONDEMN, by=AUG, subject="Australia")
lw["aid"] = C("lw", "which the government puts at more than A$1.3 billion", measure=AUAID, value=1300000000,
              q="at_least", unit="AUD", by=AUG, subject="Australia")
lw["plan"] = C("lw", "first an intention (Seoul's 12,000)", measure=PL, value=12000, mod="planned", scope="total",
               by=NIS)
lw["more"] = C("lw", "a second contingent, of broadly similar size, will follow by early 2025", kind=S, measure=MORE,
               mod="planned", by=ASHDOWN)
lw["manp"] = C("lw", "Russia, for all its recruitment bonuses, is short of men it is willing to spend", kind=S,
               measure=MANP, by=ASHDOWN, subject=RUS)

# ---------------------------------------------------------------- Mainichi, Tue 2024-12-03 (gist of Diet interpellations)
# Ministers' answers carry the session day the introduction gives ("on Monday" -> 2024-12-02), as blind9's
# committee answers did. A question that relays a sourced figure is annotated with that source, undated.
mn = {}
mn["qnis"] = C("mn", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
               scope="total", by=NIS, place="Russia")
mn["qcombat"] = C("mn", "some have already been sent into combat", kind=S, measure=CS, by=NIS)
mn["qzel"] = C("mn", "President Zelensky has said 11,000 of them are in the Kursk region", measure=KU, value=11000,
               by=ZEL, place="Kursk")
mn["q86"] = C("mn", "North Korea's missile on Oct. 31 flew for a record 86 minutes", measure=ICBM_T, value=86,
              unit="minutes", by="Japan Ministry of Defense", ev="2024-10-31")
mn["jp10"] = C("mn", "The government recognizes that more than 10,000 North Korean soldiers have been dispatched to "
               "Russia", value=10000, q="at_least", scope="total", by=JPG, ev="2024-12-02", place="Russia")
mn["most"] = C("mn", "most of them are believed to be in the Kursk region", kind=S, measure=MOSTK, by=JPG,
               ev="2024-12-02", place="Kursk")
mn["fight"] = C("mn", "Some appear to have taken part in the fighting.", kind=S, measure=CS, by=JPG, ev="2024-12-02")
mn["condemn"] = C("mn", "We strongly condemn this.", kind=S, measure=CONDEMN, by=ISHIBA, ev="2024-12-02", subject=JP)
mn["tech"] = C("mn", "we cannot rule out that Russia will transfer technology on nuclear weapons and missiles to North "
               "Korea in return", kind=S, measure=TECH, mod="conditional", by=ISHIBA, ev="2024-12-02")
mn["aid"] = C("mn", "Japan has provided about $12 billion in support to Ukraine", measure=JAID, value=12000000000,
              q="about", unit="USD", by=JPG, ev="2024-12-02", subject=JP)
mn["kju"] = C("mn", "Kim Jong Un promised to \"invariably support\" Russia's war", kind=S, measure=KJU,
              by="Kim Jong Un", ev="2024-11-29")
mn["ad"] = C("mn", "South Korea says Russia has already supplied North Korea with air-defence equipment", kind=S,
             measure=AD, by=SKG, subject=RUS)
mn["units"] = C("mn", "some of the North Korean soldiers have been placed in Russian marine and airborne units", kind=S,
                measure=UNITS, by=SKG)
mn["lima"] = C("mn", "the leaders of Japan, the United States and South Korea condemned the deployment in a joint "
               "statement", kind=S, measure=CONDEMN, by="Japan, US and South Korea leaders", ev="2024-11-15")
mn["sanct"] = C("mn", "We will consider further measures, including sanctions", kind=S, measure=SANCT, mod="conditional",
                by="Takeshi Iwaya", ev="2024-12-02", subject=JP)
mn["n86"] = C("mn", "The ICBM launched on Oct. 31 flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=NAKATANI, ev="2024-10-31")
mn["alt"] = C("mn", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=NAKATANI, ev="2024-10-31")
mn["exp"] = C("mn", "We cannot rule out that North Korean soldiers are gaining combat experience in modern warfare, "
              "including with drones", kind=S, measure=EXP, mod="conditional", by=NAKATANI, ev="2024-12-02")

# ---------------------------------------------------------------- Novaya Gazeta Europe, Tue 2024-12-24 (residents' testimonies)
# Residents' own counts and hearsay are theirs; their local colour (the shop, the noodles, "After a week",
# "After three days", the Tuva story) and the ages in the bold labels are not annotated.
ng = {}
ng["forty"] = C("ng", "About forty of them, I think, maybe more.", measure=SCHOOL, value=40, q="about",
                by="Valentina (Kursk region resident)", place="Kursk")
ng["fields"] = C("ng", "the Koreans go first, across open fields, in lines", kind=S, measure=FIELDS,
                 by="Sergei (Kursk region resident, hearsay)", place="Kursk")
ng["noack"] = C("ng", "Moscow has never officially confirmed that North Korean troops are in Russia.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ng["peskov"] = C("ng", "Kremlin spokesman Dmitry Peskov said he had \"nothing to add\" to earlier statements", kind=S,
                 measure=NOACK, by=PESKOV, subject=RUS)
ng["hur30"] = C("ng", "at least 30 North Korean soldiers had been killed or wounded", measure=HUR30, value=30,
                q="at_least", unit="soldiers", by=HUR, ev="2024-12-15", place="Kursk")
ng["k100"] = C("ng", "at least 100 North Korean soldiers had been killed", measure=KIA, value=100, q="at_least",
               unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
ng["w1000"] = C("ng", "nearly 1,000 wounded since they entered combat", measure=WIA, value=1000, q="about",
                unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
ng["open"] = C("ng", "blamed the losses on unfamiliar open terrain and the soldiers' inexperience with drone warfare",
               kind=S, measure=OPEN, by=NIS, ev="2024-12-19")
ng["jcs"] = C("ng", "South Korea's Joint Chiefs of Staff put North Korean casualties at about 1,100 killed and wounded",
              measure=CAS, value=1100, q="about", unit="soldiers", by=JCS, ev="2024-12-23", place="Kursk")
ng["zel3000"] = C("ng", "Volodymyr Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in "
                  "the Kursk region", measure=CAS, value=3000, q="at_least", unit="soldiers", by=ZEL,
                  ev="2024-12-23", place="Kursk")
ng["more"] = C("ng", "Pyongyang appeared to be preparing to send more troops, along with more rocket launchers and "
               "self-propelled guns", kind=S, measure=MORE, mod="planned", by=JCS)
ng["range"] = C("ng", "between 11,000 and 12,000 North Korean soldiers are deployed in the Kursk region", measure=KU,
                low=11000, high=12000, by=WOFFS, place="Kursk")

# ---------------------------------------------------------------- Segye Ilbo, Mon 2024-12-30 (year in ten numbers)
# The bold number headings restate their paragraphs and are not annotated (as blind7's fact-check headings).
sg = {}
sg["brig"] = C("sg", "North Korea had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
sg["plan"] = C("sg", "about 12,000 troops, to Russia", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
sg["zel10"] = C("sg", "had spoken a day earlier of 10,000 being prepared", measure=PL, value=10000, mod="planned",
                scope="total", by=ZEL, ev="2024-10-17")
sg["fb"] = C("sg", "The first group, about 1,500 special forces, crossed to Vladivostok", measure=FB, value=1500,
             q="about", scope="first_batch", by=NIS, place=RFE)
sg["win"] = C("sg", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
sg["ships"] = C("sg", "aboard four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
sg["sb"] = C("sg", "A second group of about 1,500 followed within days", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, place="Russia")
sg["r3"] = C("sg", "about 3,000 by Oct. 23 according to the NIS", value=3000, q="about", scope="total", by=NIS,
             ev="2024-10-23", place="Russia")
sg["dod10"] = C("sg", "around 10,000 by the Pentagon's count of Oct. 28", value=10000, q="about", scope="total", by=DOD,
                ev="2024-10-28", place="Russia")
sg["nis10"] = C("sg", "more than 10,000 by the NIS's on Oct. 29", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
sg["zel11"] = C("sg", "Zelensky said on Nov. 4 that 11,000 North Koreans were in Russia's Kursk region", measure=KU,
                value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
sg["range"] = C("sg", "Western estimates in December put the force there at 11,000 to 12,000", measure=KU, low=11000,
                high=12000, by=WOFFS, place="Kursk")
sg["pay"] = C("sg", "Russia pays about $2,000 per soldier each month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
sg["regime"] = C("sg", "Most of it, the agency believes, goes to the regime.", kind=S, measure=REGIME, by=NIS)
sg["50k"] = C("sg", "Russia had massed some 50,000 troops to retake its Kursk region", measure=MASSED, value=50000,
              q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
sg["art"] = C("sg", "the North had also sent 170mm self-propelled guns and 240mm multiple rocket launchers", kind=S,
              measure=ART, by=NIS)
sg["k100"] = C("sg", "at least 100 North Korean soldiers had been killed", measure=KIA, value=100, q="at_least",
               unit="soldiers", by=NIS, ev="2024-12-19", place="Kursk")
sg["w1000"] = C("sg", "nearly 1,000 wounded", measure=WIA, value=1000, q="about", unit="soldiers", by=NIS,
                ev="2024-12-19", place="Kursk")
sg["open"] = C("sg", "It blamed unfamiliar open terrain and a lack of experience against drones.", kind=S, measure=OPEN,
               by=NIS)
sg["jcs"] = C("sg", "the Joint Chiefs of Staff (JCS) estimated North Korean casualties at about 1,100", measure=CAS,
              value=1100, q="about", unit="soldiers", by=JCS, ev="2024-12-23", place="Kursk")
sg["zel3000"] = C("sg", "Zelensky said on the same day that more than 3,000 North Korean soldiers had been killed or "
                  "wounded", measure=CAS, value=3000, q="at_least", unit="soldiers", by=ZEL, ev="2024-12-23",
                  place="Kursk")
sg["more1"] = C("sg", "the North appeared to be preparing to send more troops", kind=S, measure=MORE, mod="planned",
                by=JCS)
sg["capt"] = C("sg", "a North Korean soldier captured by Ukrainian forces had died of his wounds a day after his "
               "capture", kind=S, measure=CAPT, by=NIS, ev="2024-12-27")
sg["noack"] = C("sg", "Moscow still has not officially acknowledged that the soldiers are there", kind=S, measure=NOACK,
                by=KREMLIN, subject=RUS)
sg["wpn"] = C("sg", "had said in November that Seoul did not rule out supplying weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=YOON, subject=SK)
sg["more2"] = C("sg", "The JCS expects the North to rotate or reinforce its troops early next year.", kind=S,
                measure=MORE, mod="planned", by=JCS)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [iz["so15"], iz["bud"], iz["kiev11"], cs["bud"], sz["ap"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 already moved vs Budanov's about 11,000 training vs an "
  "agency's 'has dispatched 12,000' relay of the NIS",
  [("about 1,500 so far (NIS)", [iz["so15"]]),
   ("about 11,000 training (Budanov)", [iz["bud"], iz["kiev11"], cs["bud"]]),
   ("12,000 'dispatched' (relay of the NIS)", [sz["ap"]])])
K(RU, [cs["r3"], cs["kirby3"], sz["r3"], cs["hur12"], sz["hur12"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Kirby's at least 3,000 vs HUR's about 12,000 already in Russia "
  "(set against each other again in the Nov 7 column)",
  [("about / at least 3,000 (NIS, White House)", [cs["r3"], cs["kirby3"], sz["r3"]]),
   ("about 12,000 (HUR)", [cs["hur12"], sz["hur12"]])])
K(RU, [co["wh3"], co["dod10"], co["nis10"], sz["dod10"], sz["nis10"], sz["r10"], lw["st10"], mn["qnis"], mn["jp10"],
       sg["r3"], sg["dod10"], sg["nis10"]], "update_over_time",
  "running total in Russia told from Oct 29 on: at least / about 3,000 (Oct 23) -> around 10,000 (Pentagon Oct 28; "
  "Washington's 'roughly 10,000') -> more than 10,000 (NIS Oct 28-29, State Department Nov 12, Tokyo Dec 2)")
K(KU, [sz["k8"], sz["k8b"], sz["zel11"], mn["qzel"], sg["zel11"], ng["range"], sg["range"]], "update_over_time",
  "troops in Kursk: about 8,000 (US, Oct 31) -> 11,000 (Zelensky, Nov 4) -> 11,000-12,000 (Western estimates, "
  "December)")
K(PL, [iz["plan"], cs["plan"], sz["plan"], lw["plan"], sg["plan"], iz["zel10"], sg["zel10"], iz["west"]],
  "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17) vs a Western "
  "official's 2,000-12,000",
  [("about 12,000 (NIS)", [iz["plan"], cs["plan"], sz["plan"], lw["plan"], sg["plan"]]),
   ("10,000 (Zelensky)", [iz["zel10"], sg["zel10"]]),
   ("2,000-12,000 (Western official)", [iz["west"]])])
K(FB, [iz["fb"], sz["fb"], sg["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [iz["win"], sg["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [iz["ships"], sg["ships"]], "agreement", "NIS: four Russian landing ships")
K(BRIG, [iz["brig"], cs["brig"], sz["brig"], sg["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [cs["sb"], sg["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [cs["proj"], co["proj"]], "agreement", "NIS (Oct 23): 10,000 expected in all")
K(PRD, [cs["dec"], co["dec"]], "agreement", "NIS projection deadline: December")
K(READY, [iz["ready"], cs["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(PAY, [cs["pay"], sg["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [cs["regime"], sg["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(UNIF, [iz["unif"], co["unif"]], "agreement", "NIS: the soldiers were issued Russian uniforms (Oct 18; slides Oct 28)")
K(DEP, [cs["austin"], co["rutte"], iz["fake"], cs["kfake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as fake (Peskov Oct 18, the Kremlin)",
  [("asserted", [cs["austin"], co["rutte"]]), ("dismissed", [iz["fake"], cs["kfake"]])])
K(ESC, [cs["serious"], co["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional) and 'a significant escalation' (Rutte)")
K(TGT, [cs["fair"], lw["tgt"]], "agreement", "US: North Koreans used against Ukraine are fair game / legitimate targets")
K(CS, [iz["rutte"], lw["begun"], lw["combat"], mn["qcombat"], mn["fight"]], "update_over_time",
  "combat status: no evidence of North Koreans fighting (Rutte, Oct 17) -> have begun engaging in combat (State "
  "Department Nov 12; NIS Nov 13; Tokyo Dec 2)")
K(CSN, [sz["um"], sz["mnd"]], "discrepancy",
  "Nov 5: Umerov reports the first small-scale engagements vs Seoul's defence ministry cannot confirm combat",
  [("engagements reported (Umerov)", [sz["um"]]), ("not confirmed (South Korea MND)", [sz["mnd"]])])
K(CT, [co["weeks"], sz["weeks"], sz["days"]], "discrepancy",
  "combat entry: 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming days' (Blinken, Oct 31)",
  [("weeks (Pentagon)", [co["weeks"], sz["weeks"]]), ("days (Blinken)", [sz["days"]])])
K(FRONT, [co["west"], co["closer"]], "agreement",
  "Oct 28: part of the contingent moved west toward Kursk (NIS slides) / closer to Ukraine (Pentagon)")
K(WPN, [cs["wpn"], sg["wpn"]], "agreement", "Yoon: Seoul could consider / does not rule out arming Ukraine")
K(TECH, [cs["tech"], mn["tech"]], "agreement", "Seoul and Tokyo: Russia may give North Korea technology in return")
K(MOSTK, [lw["most"], mn["most"]], "agreement", "most of the North Korean troops are in Kursk (Washington Nov 12, Tokyo Dec 2)")
K(UNITS, [lw["units"], mn["units"]], "agreement", "NIS / Seoul: some assigned to Russian marine and airborne units")
K(MASSED, [lw["50k"], sg["50k"]], "agreement", "US and Ukrainian officials (NYT, Nov 10): some 50,000 massed for Kursk")
K(ART, [lw["art"], sg["art"]], "agreement", "NIS (November): 170mm guns and 240mm rocket launchers sent")
K(AD, [lw["ad"], mn["ad"]], "agreement", "Seoul (Shin Won-sik, Nov 22): Russia supplied air-defence equipment")
K(CONDEMN, [co["condemn"], lw["condemn"], mn["condemn"], mn["lima"]], "agreement",
  "the deployment condemned (Tajani, Canberra, the Lima trilateral statement, Ishiba)")
K(MANP, [co["manp"], lw["manp"]], "agreement", "the deployment shows Russia is short of men (Tajani, the cable's author)")
K(MORE, [lw["more"], ng["more"], sg["more1"], sg["more2"]], "agreement",
  "more North Korean troops to come (the cable's forecast; the JCS, Dec 23)")
K(KIA, [ng["k100"], sg["k100"]], "agreement", "NIS (Dec 19): at least 100 killed")
K(WIA, [ng["w1000"], sg["w1000"]], "agreement", "NIS (Dec 19): nearly 1,000 wounded")
K(CAS, [ng["jcs"], sg["jcs"], ng["zel3000"], sg["zel3000"]], "discrepancy",
  "casualties as of Dec 23: about 1,100 (South Korea's JCS) vs more than 3,000 (Zelensky), the same day",
  [("about 1,100 (JCS)", [ng["jcs"], sg["jcs"]]), ("more than 3,000 (Zelensky)", [ng["zel3000"], sg["zel3000"]])])
K(OPEN, [ng["open"], sg["open"]], "agreement", "NIS (Dec 19): losses blamed on open terrain and drones")
K(NOACK, [ng["noack"], ng["peskov"], sg["noack"]], "agreement", "Moscow has not acknowledged the deployment")
K(ICBM_T, [mn["q86"], mn["n86"]], "agreement", "Japan's defence ministry: the Oct 31 ICBM flew about 86 minutes")

pairs = [
    (iz["fb"], iz["so15"], "1,500: the first transport vs Seoul's count in Russia 'today', same document"),
    (iz["ships"], iz["brig"], "four landing ships vs four brigades, same number, different measure"),
    (iz["plan"], iz["fb"], "about 12,000 planned vs about 1,500 first transport, same paragraph"),
    (iz["zel10"], iz["bud"], "10,000 being prepared (Zelensky) vs 11,000 training (Budanov), same paragraph"),
    (cs["sb"], cs["r3"], "second group of about 1,500 vs about 3,000 in total, same sentence"),
    (cs["r3"], cs["proj"], "about 3,000 now vs 10,000 expected by December, same paragraph"),
    (cs["hur12"], cs["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (cs["hur12"], cs["bud"], "about 12,000 in Russia (HUR, Oct 24) vs about 11,000 training (Budanov), same paragraph"),
    (co["proj"], co["dod10"], "10,000 expected by December vs around 10,000 already sent"),
    (sz["ap"], sz["plan"], "12,000 'dispatched' (a relay error) vs 12,000 planned, same paragraph"),
    (sz["k8b"], sz["r10"], "about 8,000 near the border (Kursk) vs roughly 10,000 in Russia, same sentence"),
    (sz["zel11"], sz["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (lw["st10"], lw["50k"], "more than 10,000 North Koreans in Russia vs 50,000 troops massed for Kursk"),
    (mn["jp10"], mn["qzel"], "more than 10,000 in Russia vs 11,000 in Kursk, question and answer"),
    (ng["k100"], ng["w1000"], "killed (at least 100) vs wounded (nearly 1,000), same sentence"),
    (ng["jcs"], ng["w1000"], "about 1,100 killed and wounded (JCS) vs nearly 1,000 wounded (NIS)"),
    (sg["r3"], sg["zel3000"], "3,000: troops in Russia on Oct 23 vs more than 3,000 casualties on Dec 23"),
    (sg["fb"], sg["sb"], "first group of about 1,500 vs second group of about 1,500, same paragraph"),
    (sg["range"], sg["plan"], "11,000-12,000 in Kursk vs 12,000 planned in all"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
