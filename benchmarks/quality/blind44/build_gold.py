"""Generate gold.json for blind44 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind44/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, PARTN, TECH, PAY, REGIME, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "pap": ("pap-2024-10-19-seoul-says-north-korea-to-send-12000-troops-to-russia", "PAP (Polish Press Agency)",
            "2024-10-19"),
    "bel": ("belga-2024-10-23-seoul-says-north-korean-troops-in-russia-now-around-3000", "Belga", "2024-10-23"),
    "ctk": ("ctk-2024-10-24-interview-kyiv-and-seoul-count-north-korean-soldiers-differently",
            "ČTK (Czech News Agency)", "2024-10-24"),
    "efe": ("efe-2024-10-28-video-shotlist-nato-confirms-north-korean-troops-in-kursk", "EFE", "2024-10-28"),
    "apa": ("apa-2024-10-29-questions-and-answers-north-korean-troops-in-russia-over-10000",
            "APA (Austria Presse Agentur)", "2024-10-29"),
    "bta": ("bta-2024-11-01-blinken-8000-north-korean-troops-in-kursk-combat-in-coming-days",
            "BTA (Bulgarian News Agency)", "2024-11-01"),
    "agp": ("agerpres-2024-11-05-ukraine-reports-first-clashes-with-north-korean-troops-seoul-cannot-confirm",
            "Agerpres", "2024-11-05"),
    "lusa": ("lusa-2024-11-13-analysis-how-the-north-korean-count-grew-from-plan-to-combat", "Lusa", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; wording follows blind23 where it exists)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
MOVING = "North Korean troop movement under way (NIS, Oct 18)"
MORE_T = "further North Korean transports expected (NIS)"
THREAT = "deployment a grave security threat (Seoul)"
TACT = "North Korean tactical personnel and officers already sent (Zelensky)"
ARMY = "North Korea's armed forces (size)"
PLMFA = "Poland: Russia drawing other states into its war"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
UNSURE = "Washington unsure what the North Korean troops will do (Oct 23)"
NOACK = "Russia has not acknowledged the deployment"
BELMFA = "Belgium's concern over the reports"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EXP = "North Korean troops gaining modern combat experience"
KFIRST = "North Korean troops to fight in Kursk first (analyst)"
NATOTHR = "Russia-North Korea cooperation a threat to Indo-Pacific and Euro-Atlantic security"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMP = "North Korea ready for an ICBM test (NIS, Oct 29)"
HW19 = "Oct 31 ICBM identified as Hwasong-19"
KJU = "Kim Jong Un on the Oct 31 ICBM launch"
LAVROV = "Russia-North Korea military ties"
MORE_UM = "more North Korean troops expected at the front (Ukraine)"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
H24 = "Trump: time needed to end the war"


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
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
BREZ = "Lukas Brezina"
JCS = "South Korea Joint Chiefs of Staff"
SK, UA, RUS = "South Korea", "Ukraine", "Russia"
RFE = "Russia Far East"

# ---------------------------------------------------------------- PAP, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the lead's plan only); the second paragraph ("According to the NIS", "The agency said")
# and the third ("the NIS said", "By Seoul's count") give no day. "on Friday, after which his office said" -> 10-18
# (the threat); "It also said" (UNSC) gives none. "had said on Thursday" -> 10-17 (Zelensky's 10,000 and his
# "tactical personnel and officers" in one sentence); "in an interview published on Friday" -> 10-18 (Budanov's
# count and November 1); ", he said" (the 2,600) gives none; "who appeared beside Zelensky on Thursday" -> 10-17
# (Rutte). "By Seoul's count, those roughly 1,500 men are the only ... so far" is the NIS's head count that week
# (bundled k01), not the transfer report. The Kremlin's dismissal and Peskov's "another fake" are two adjacent
# sentences, two claims. The army's size is the outlet's (attributed to nobody). "If confirmed ... first large-scale
# deployment", "since 1945", Duda's trip, the USD 13 billion of arms contracts, "since 2022", "February 2022" and the
# PAP initials are the outlet's background and furniture; "Budanov did not say how" is the outlet's remark.
pap = {}
pap["plan"] = C("pap", "North Korea has decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
pap["brig"] = C("pap", "the North has assigned four brigades to the mission", measure=BRIG, value=4, unit="brigades",
                mod="planned", by=NIS)
pap["moving"] = C("pap", "the movement of soldiers has already begun", kind=S, measure=MOVING, by=NIS)
pap["fb"] = C("pap", "about 1,500 special forces troops were shipped from North Korean ports to Vladivostok",
              measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
pap["win"] = C("pap", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
pap["ships"] = C("pap", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                 subject=RUS)
pap["escort"] = C("pap", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS,
                  subject=RUS)
pap["unif"] = C("pap", "The soldiers were given Russian uniforms and forged identity documents", kind=S, measure=UNIF,
                by=NIS)
pap["more"] = C("pap", "a second transport was expected soon", kind=S, measure=MORE_T, mod="planned", by=NIS)
pap["sofar"] = C("pap", "those roughly 1,500 men are the only North Korean soldiers on Russian soil so far",
                 value=1500, q="about", scope="total", by=NIS, place="Russia")
pap["threat"] = C("pap", "the deployment was a grave security threat to South Korea and the international community",
                  kind=S, measure=THREAT, by=PO, ev="2024-10-18")
pap["unsc"] = C("pap", "military cooperation between Moscow and Pyongyang violated UN Security Council resolutions",
                kind=S, measure=LAW, by=PO, subject=SK)
pap["zel10"] = C("pap", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                 mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
pap["tact"] = C("pap", "Pyongyang had already sent \"tactical personnel and officers\"", kind=S, measure=TACT, by=ZEL,
                ev="2024-10-17", place="Russia")
pap["bud11"] = C("pap", "about 11,000 North Korean infantrymen were training in Russia's east", value=11000, q="about",
                 scope="total", by=BUD, ev="2024-10-18", place=RFE)
pap["ready"] = C("pap", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=BUD, ev="2024-10-18")
pap["2600"] = C("pap", "A first unit of 2,600 is to be sent to Russia's Kursk region", measure=FIRSTU, value=2600,
                mod="planned", scope="first_batch", by=BUD, place="Kursk")
pap["rcs"] = C("pap", "the alliance could not confirm that North Korean soldiers were taking part in the fighting",
               kind=S, measure=CS, by=RUTTE, ev="2024-10-17")
pap["kremlin"] = C("pap", "The Kremlin has dismissed the reports.", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
pap["peskov"] = C("pap", "Its spokesman Dmitry Peskov earlier called them \"another fake\"", kind=S, measure=DEP,
                  by=PESKOV, subject=RUS)
pap["army"] = C("pap", "keeps an army of roughly 1.2 million", measure=ARMY, value=1200000, q="about", by=None)
pap["plmfa"] = C("pap", "Russia was drawing other states ever deeper into its war of aggression", kind=S,
                 measure=PLMFA, mod="conditional", by="Poland Ministry of Foreign Affairs", subject="Poland")

# ---------------------------------------------------------------- Belga, Wed 2024-10-23 (wire story with update block)
# "told lawmakers on Wednesday" -> 10-23 (the second group and the total in the lead); Park's relay "told reporters
# after the closed-door session" gives no day (the forecast and December stay null); "Last Friday" -> 10-18 (the plan
# and the first group; "in the second week of October" is a loose window, not a date claim); Zelensky's "has put the
# figure" gives none; "On Monday" -> 10-21 (the summons), "A day later" -> 10-22 (the presidential official), "In Rome
# on Wednesday" -> 10-23 (Austin's evidence line); his quote ("he told reporters") gives none. The update's "said on
# Wednesday" -> 10-23 (the White House's count; "between early and mid-October" is not a date claim); Kirby's three
# sites, "not yet clear" and "fair game" ("Kirby said", "he said") give none. "Seoul summoned ... and demanded" ->
# South Korea government, as blind23. The FPS's "with great concern" is annotated (an identified ministry's
# statement); North Korea's silence, the embassy's non-reply and "Kirby did not say how" are not. De Wever's five
# parties, the F-16 line, the BEL20's 0.4 percent, "1950-53", "UPDATE 20:50" and the dateline are not claims.
bel = {}
bel["sb"] = C("bel", "about 1,500 more North Korean soldiers had been sent to Russia", measure=SB, value=1500,
              q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
bel["nis3"] = C("bel", "bringing the total there to around 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
bel["pr"] = C("bel", "The agency expects the number to reach some 10,000", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
bel["prd"] = C("bel", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bel["plan"] = C("bel", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
bel["fb"] = C("bel", "a first group of roughly 1,500 special forces had been shipped to Vladivostok", measure=FB,
              value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
bel["zel10"] = C("bel", "Volodymyr Zelensky, who first raised the alarm, has put the figure at 10,000", measure=PL,
                 value=10000, mod="planned", scope="total", by=ZEL, place="Russia")
bel["pay"] = C("bel", "Russia pays each soldier around 2,000 dollars a month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
bel["regime"] = C("bel", "most of that money is believed to go to the regime in Pyongyang", kind=S, measure=REGIME,
                  by=NIS)
bel["drones"] = C("bel", "Russian instructors rated the North Koreans' physical fitness and morale highly but found "
                  "them poorly prepared for drone warfare", kind=S, measure=DRONES, by=NIS)
bel["wd"] = C("bel", "Seoul summoned Russian Ambassador Georgy Zinoviev and demanded the immediate withdrawal of the "
              "North Korean troops", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
bel["wpn"] = C("bel", "South Korea would respond in stages and could consider supplying weapons to Ukraine", kind=S,
               measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
bel["adep"] = C("bel", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN,
                ev="2024-10-23")
bel["left"] = C("bel", "What exactly they're doing is left to be seen", kind=S, measure=UNSURE, by=AUSTIN)
bel["noack"] = C("bel", "Moscow has neither confirmed nor denied that North Korean soldiers are on its territory.",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
bel["fps"] = C("bel", "Belgium was following the reports \"with great concern\"", kind=S, measure=BELMFA,
               by="Belgium FPS Foreign Affairs", subject="Belgium")
bel["wh3"] = C("bel", "at least 3,000 North Korean soldiers had been moved by ship to Russia's Far East", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place=RFE)
bel["sites"] = C("bel", "They are training at three sites in eastern Russia", measure=SITES, value=3,
                 unit="training sites", by=KIRBY, place=RFE)
bel["unclear"] = C("bel", "it was not yet clear whether they would be sent to fight", kind=S, measure=UNSURE, by=KIRBY)
bel["fair"] = C("bel", "If they do, he said, they are \"fair game\" for Ukrainian forces", kind=S, measure=TGT,
                mod="conditional", by=KIRBY)

# ---------------------------------------------------------------- ČTK, Thu 2024-10-24 (interview)
# The intro: "said today" -> 10-24 (HUR's count, officers and generals in one sentence), the arrival "yesterday" ->
# 10-23 (an arrival takes its own day, as blind21-43 did), "told lawmakers on Wednesday" -> 10-23 (the second group
# and the total). The questions: "Kyiv says twelve thousand, Seoul three thousand." is two undated exact claims (HUR,
# NIS); "The White House said yesterday" -> 10-23 (count and sites in one sentence); "Last week Kyrylo Budanov said"
# gives none (count and November 1); "Putin said today in Kazan" -> 10-24; "Yoon ... said today" -> 10-24. The guest
# (invented) relays the NIS ("last Friday" -> 10-18 for the plan and the brigades; "Seoul now expects" and "The NIS
# says" give none) and Putin ("In the same answer" gives none), and gives his own readings (method, experience,
# technology, Kursk first). His age is annotated. His asides ("They count different things", "That fits Seoul's
# count", Budanov's "purpose", "a big shift", the ammunition answer) are not.
ctk = {}
ctk["hur"] = C("ctk", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
               by=HUR, ev="2024-10-24", place="Russia")
ctk["off"] = C("ctk", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
ctk["gen"] = C("ctk", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
ctk["arr"] = C("ctk", "the first units reached the Kursk region yesterday", kind=S, measure=ARR, by=HUR,
               ev="2024-10-23", place="Kursk")
ctk["sb"] = C("ctk", "a second group of about 1,500 had followed the first", measure=SB, value=1500, q="about",
              scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ctk["nis3"] = C("ctk", "putting the total at around 3,000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
ctk["age"] = C("ctk", "Lukas Brezina, 43", measure=AGE, value=43, unit="years", by=None, subject=BREZ)
ctk["q12"] = C("ctk", "Kyiv says twelve thousand", value=12000, scope="total", by=HUR, place="Russia")
ctk["q3"] = C("ctk", "Seoul three thousand", value=3000, scope="total", by=NIS, place="Russia")
ctk["method"] = C("ctk", "Kyiv, I think, counts the whole force Pyongyang has committed, including units still in "
                  "North Korea", kind=S, measure=METHOD, by=BREZ)
ctk["plan"] = C("ctk", "the North had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
ctk["brig"] = C("ctk", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
ctk["wh3"] = C("ctk", "it had evidence of at least 3,000", value=3000, q="at_least", scope="total", by=WH,
               ev="2024-10-23", place="Russia")
ctk["sites"] = C("ctk", "at three training sites in eastern Russia", measure=SITES, value=3, unit="training sites",
                 by=WH, ev="2024-10-23", place=RFE)
ctk["pr"] = C("ctk", "Seoul now expects around 10,000", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
ctk["prd"] = C("ctk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ctk["bud"] = C("ctk", "Kyrylo Budanov said 11,000 were training in the Far East", value=11000, scope="total", by=BUD,
               place=RFE)
ctk["ready"] = C("ctk", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=BUD)
ctk["pay"] = C("ctk", "Russia pays about $2,000 per soldier per month", measure=PAY, value=2000, q="about",
               unit="USD per month", by=NIS)
ctk["regime"] = C("ctk", "the regime keeps most of it", kind=S, measure=REGIME, by=NIS)
ctk["exp"] = C("ctk", "what money cannot buy is experience of a modern war, against drones", kind=S, measure=EXP,
               by=BREZ)
ctk["tech"] = C("ctk", "I also expect Moscow to pay in technology: satellites, submarines, perhaps help with missile "
                "re-entry", kind=S, measure=TECH, mod="planned", by=BREZ)
ctk["img"] = C("ctk", "President Vladimir Putin said today in Kazan that satellite images \"reflect something\"",
               kind=S, measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
ctk["treaty"] = C("ctk", "what Russia does under its treaty with North Korea is Russia's own business", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)
ctk["yoon"] = C("ctk", "Seoul would not rule out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
                by=YOON, ev="2024-10-24", subject=SK)
ctk["kursk"] = C("ctk", "Almost certainly in Kursk first.", kind=S, measure=KFIRST, mod="planned", by=BREZ,
                 place="Kursk")

# ---------------------------------------------------------------- EFE, Mon 2024-10-28 (video shotlist)
# The header (slug, location, "RECORDED: Monday, 28 October 2024", duration, source, restrictions), the shot numbers
# and time codes, and the FILE shots are furniture. The three SOUNDBITE quotations are Rutte's statements; their
# labels give no day, so they are undated (as blind23-43 left SOT lines undated). The storyline is read like news
# prose: "confirmed on Monday" -> 10-28, "Later on Monday" -> 10-28 (the Pentagon's count and "closer to Ukraine" in
# one sentence), Singh's sentence gives none, "Last Wednesday" -> 10-23 (the White House's figure told as the step
# before, k03), "last Thursday" -> 10-24 (HUR's count, the snapshot k02) with the arrival "on October 23" -> 10-23,
# "last week" gives none (the NIS's forecast and December), "On Saturday" -> 10-26 (Zelensky's window), "on Friday" ->
# 10-25 (Kim Jong Gyu), Putin's "last week" gives none. "He did not give a number", the delegation's silence, the
# unnamed alliance officials, "since August" and "There was no confirmation on Monday" are the outlet's.
efe = {}
efe["sbdep"] = C("efe", "Today I can confirm that North Korean troops have been sent to Russia and that North Korean "
                 "military units have been deployed to the Kursk region.", kind=S, measure=DEP, by=RUTTE, place="Kursk")
efe["sbesc"] = C("efe", "This represents a significant escalation of North Korea's involvement in Russia's illegal war, "
                 "and a dangerous expansion of Russia's war.", kind=S, measure=ESC, by=RUTTE)
efe["sbthr"] = C("efe", "Deepening military cooperation between Russia and North Korea is a threat to both "
                 "Indo-Pacific and Euro-Atlantic security.", kind=S, measure=NATOTHR, by=RUTTE)
efe["rdep"] = C("efe", "Mark Rutte confirmed on Monday that North Korean troops had been sent to Russia and that some "
                "units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28",
                place="Kursk")
efe["dod10"] = C("efe", "the Pentagon said around 10,000 North Korean soldiers had been sent to eastern Russia for "
                 "training", value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
efe["closer"] = C("efe", "some of them had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
efe["singh"] = C("efe", "Russia intends to use them in combat \"over the next several weeks\"", kind=S, measure=CT,
                 mod="planned", by=SINGH)
efe["wh3"] = C("efe", "Last Wednesday the White House had put the number at no fewer than 3,000", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
efe["hur"] = C("efe", "about 12,000 were already in Russia", value=12000, q="about", scope="total", by=HUR,
               ev="2024-10-24", place="Russia")
efe["arr"] = C("efe", "the first units had reached Kursk on October 23", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
               place="Kursk")
efe["pr"] = C("efe", "it expected about 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
              by=NIS, place="Russia")
efe["prd"] = C("efe", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
efe["zct"] = C("efe", "the first North Korean units could be sent into combat on October 27 or 28", kind=D,
               measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
efe["kjg"] = C("efe", "any such deployment would be \"an act conforming with the regulations of international law\"",
               kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
efe["noack"] = C("efe", "The Kremlin has not confirmed that North Korean soldiers are on Russian soil", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
efe["img"] = C("efe", "Putin said last week that satellite images \"reflect something\"", kind=S, measure=IMG,
               by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- APA, Tue 2024-10-29 (explainer, questions and answers)
# Question headings are not claims. "said on Tuesday" -> 10-29 (the lead's count and the front in one sentence), "said
# on Monday" -> 10-28 (the Pentagon's count; Rutte; the Austrian ministry), "Only last Wednesday" -> 10-23 (the NIS's
# 3,000 told as the step before, k03) and "made the same day" -> 10-23 (its forecast and December), "last Thursday" ->
# 10-24 (HUR's 12,000, the snapshot k02, with officers and generals in one sentence), "had warned on Saturday" -> 10-26,
# "on Friday" -> 10-25 (Kim Jong Gyu). Lee's relays ("According to lawmaker Lee", "Lee said", "according to the
# agency"), "He called it", "The Pentagon expects", "Moscow says only" and "The NIS told lawmakers" give none. "has
# already been overtaken", "Not as far as anyone has confirmed", the unnamed Western officials, the Europe answer,
# Austria's neutrality, Van der Bellen's mandate, "September 29" and the Freedom Party's 28.8 percent are the outlet's
# or off-topic.
apa = {}
apa["nis10"] = C("apa", "more than 10,000 North Korean soldiers have now been sent to Russia", value=10000,
                 q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
apa["front"] = C("apa", "some of them appear to be moving toward the front", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
apa["dod10"] = C("apa", "around 10,000 had been sent to eastern Russia for training", value=10000, q="about",
                 scope="total", by=DOD, ev="2024-10-28", place=RFE)
apa["nis3"] = C("apa", "Only last Wednesday the National Intelligence Service (NIS) had counted about 3,000",
                value=3000, q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
apa["pr"] = C("apa", "its forecast of about 10,000", measure=PR, value=10000, q="about", mod="planned", scope="total",
              by=NIS, ev="2024-10-23", place="Russia")
apa["prd"] = C("apa", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
apa["hur"] = C("apa", "Ukraine's military intelligence put the number at 12,000 last Thursday", value=12000,
               scope="total", by=HUR, ev="2024-10-24", place="Russia")
apa["off"] = C("apa", "500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
apa["gen"] = C("apa", "three generals among them", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
apa["kyb"] = C("apa", "the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
apa["terms"] = C("apa", "The soldiers are being drilled on about 100 basic Russian military terms", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
apa["drones"] = C("apa", "Russian instructors consider them physically strong but weak at drone warfare", kind=S,
                  measure=DRONES, by=NIS)
apa["rdep"] = C("apa", "North Korean units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
                ev="2024-10-28", place="Kursk")
apa["resc"] = C("apa", "He called it \"a significant escalation\"", kind=S, measure=ESC, by=RUTTE)
apa["zct"] = C("apa", "they could be used as early as October 27 or 28", kind=D, measure=CT, low="2024-10-27",
               high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
apa["dodct"] = C("apa", "The Pentagon expects Russia to send them into combat \"over the next several weeks\"", kind=S,
                 measure=CT, mod="planned", by=DOD)
apa["kjg"] = C("apa", "any such deployment would be in line with international law", kind=S, measure=LAW,
               mod="conditional", by=KJG, ev="2024-10-25")
apa["treaty"] = C("apa", "what it does under its mutual defence treaty with North Korea, signed in June, is a matter "
                  "for the two countries", kind=S, measure=TREATY, by=KREMLIN, subject=RUS)
apa["icbm"] = C("apa", "the North appeared to have finished preparing for a test of an intercontinental ballistic "
                "missile", kind=S, measure=ICBMP, by=NIS)
apa["aut"] = C("apa", "North Korea must withdraw its soldiers from Russia at once", kind=S, measure=WITHDRAW,
               by="Austria Ministry of Foreign Affairs", ev="2024-10-28", subject="Austria")

# ---------------------------------------------------------------- BTA, Fri 2024-11-01 (press-briefing write-up)
# "said on Thursday" -> 10-31 (Blinken's Kursk count and "in the coming days" in one sentence); "In all, ..., he said",
# the quoted targets line, Austin's and the South Korean ministers' lines give none; "told lawmakers on Tuesday" ->
# 10-29 (count and front in one sentence); "Six days earlier, on October 23" -> 10-23 (the White House's figure told as
# the step before, k03). "Hours before the talks" dates the launch in the outlet's voice; Japan's minutes and altitude
# sit in the next sentence and stay undated; "the longest and highest flight recorded" elaborates the ministry's
# statement; "since December last year" and "five days before the US presidential election" are dates. "On Friday"
# -> 11-01 (KCNA's Hwasong-19 and its quote of Kim Jong Un in one sentence); "In Moscow on Friday" -> 11-01 (Choe);
# Lavrov's "very close" gives none. Sofia's silence, the embassy's non-reply, the election (seventh, 26 percent),
# "since 2004" and the embassy line are the outlet's.
bta = {}
bta["bl8"] = C("bta", "about 8,000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
bta["days"] = C("bta", "Washington expects them to join the fighting against Ukrainian forces \"in the coming days\"",
                kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31")
bta["bl10"] = C("bta", "some 10,000 North Korean troops have been sent to Russia", value=10000, q="about",
                scope="total", by=BL, place="Russia")
bta["tgt"] = C("bta", "If they engage in combat against Ukraine, they will become legitimate military targets", kind=S,
               measure=TGT, mod="conditional", by=BL)
bta["eq"] = C("bta", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
              "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
bta["acs"] = C("bta", "He said he had not yet seen reports of North Korean troops in combat.", kind=S, measure=CS,
               by=AUSTIN)
bta["kyh"] = C("bta", "Kim Yong-hyun called for the immediate withdrawal of the North Korean troops", kind=S,
               measure=WITHDRAW, by=KYH, subject=SK)
bta["cho"] = C("bta", "Moscow could give Pyongyang sensitive military technology in return", kind=S, measure=TECH,
               mod="conditional", by=CHO)
bta["nis10"] = C("bta", "more than 10,000 North Koreans were in Russia", value=10000, q="at_least", scope="total",
                 by=NIS, ev="2024-10-29", place="Russia")
bta["front"] = C("bta", "some of them were moving toward the front line", kind=S, measure=FRONT, by=NIS,
                 ev="2024-10-29")
bta["wh3"] = C("bta", "the White House had said at least 3,000 were in Russia", value=3000, q="at_least",
               scope="total", by=WH, ev="2024-10-23", place="Russia")
bta["t86"] = C("bta", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
               by=JMOD)
bta["alt"] = C("bta", "reached an altitude of more than 7,000 km", measure=ICBM_A, value=7000, q="at_least", unit="km",
               by=JMOD)
bta["hw19"] = C("bta", "the missile was a new solid-fuel type, the Hwasong-19", kind=S, measure=HW19, by="KCNA",
                ev="2024-11-01")
bta["kju"] = C("bta", "calling the launch an \"appropriate military action\" to show the country's resolve to its "
               "enemies", kind=S, measure=KJU, by="Kim Jong Un", ev="2024-11-01")
bta["noack"] = C("bta", "Moscow has still not officially acknowledged the presence of North Korean soldiers on Russian "
                 "territory.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
bta["choe"] = C("bta", "her country would \"always stand firmly by our Russian comrades until the day of victory\"",
                kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
bta["lavrov"] = C("bta", "the two countries' militaries and security services had \"very close\" ties", kind=S,
                  measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Agerpres, Tue 2024-11-05 (story built from agency copy)
# The lead: "said in an interview broadcast on Tuesday" -> 11-05 (Umerov's clashes); its relative clause "a claim
# South Korea said it could not confirm" gives none (the defence ministry, as blind42 read such a clause); "Umerov told
# ... KBS" gives none ("more ... in the coming weeks"); "the same day" -> 11-05 (the ministry); "On Monday" -> 11-04
# (Zelensky's 11,000) and "last Thursday" -> 10-31 (Blinken's 8,000) in one sentence; "Zelensky complained" gives none;
# "said on Monday" -> 11-04 (the Pentagon); "has said" (the NIS's count and pledge in one sentence; Kim Yong Bok and
# the terms) gives none; "early on Tuesday" -> 11-05 (the JCS's about seven); "five days after" -> 10-31 (the flight
# time, as blind34-43 dated the phrase); "had told ... on Friday" -> 11-01 (Choe; "on Monday" is the reception). The
# analysts in Seoul, Peskov's refusal, the MAE's non-comment, the 650-km border, November 24 and the 14 candidates,
# the drone fragments, the US poll times, the BET and the leu are not annotated.
agp = {}
agp["um"] = C("agp", "Ukrainian forces have had their first clashes with North Korean troops", kind=S, measure=N5,
              by=UM, ev="2024-11-05")
agp["lmnd"] = C("agp", "a claim South Korea said it could not confirm", kind=S, measure=N5, by=MND, subject=SK)
agp["more"] = C("agp", "more North Korean soldiers were expected to reach the front in the coming weeks", kind=S,
                measure=MORE_UM, mod="planned", by=UM)
agp["mnd"] = C("agp", "South Korea's Ministry of National Defense said the same day that it could not verify Umerov's "
               "remarks", kind=S, measure=N5, by=MND, ev="2024-11-05", subject=SK)
agp["z11"] = C("agp", "President Volodymyr Zelensky said 11,000 North Korean soldiers were in Russia's Kursk region",
               measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
agp["bl8"] = C("agp", "the roughly 8,000 that US Secretary of State Antony Blinken had cited last Thursday", measure=KU,
               value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
agp["partn"] = C("agp", "Zelensky complained that Ukraine's partners were merely watching instead of acting", kind=S,
                 measure=PARTN, by=ZEL, subject=UA)
agp["dodcs"] = C("agp", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
                 by=DOD, ev="2024-11-04")
agp["nis10"] = C("agp", "more than 10,000 North Korean soldiers are in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, place="Russia")
agp["plan"] = C("agp", "out of about 12,000 that Pyongyang has pledged", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, place="Russia")
agp["kyb"] = C("agp", "the contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
agp["terms"] = C("agp", "the soldiers are being taught about a hundred Russian military terms", measure=TERMS,
                 value=100, q="about", unit="terms", by=NIS)
agp["srbm"] = C("agp", "North Korea fired about seven short-range ballistic missiles", measure=SRBM, value=7, q="about",
                unit="missiles", by=JCS, ev="2024-11-05")
agp["t86"] = C("agp", "the missile flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD,
               ev="2024-10-31")
agp["choe"] = C("agp", "Pyongyang would stand by Russia until victory", kind=S, measure=CHOE, by=CHOE_SH,
                ev="2024-11-01")
agp["noack"] = C("agp", "The Kremlin has still not confirmed that North Korean soldiers are on Russian territory",
                 kind=S, measure=NOACK, by=KREMLIN, subject=RUS)

# ---------------------------------------------------------------- Lusa, Wed 2024-11-13 (analysis)
# "Now Washington says ..." (the lead) -> US government, undated; "said on Tuesday" -> 11-12 (the State Department's
# three claims in one sentence); "told lawmakers today" -> 11-13 (the NIS's two claims); "On 18 October" -> 10-18
# (plan, first 1,500 and window in one sentence); "Five days later" -> 10-23 (the NIS's 3,000 as a step); "By 28
# October" -> 10-28; "On 31 October" -> 10-31 and "on 4 November" -> 11-04 in one sentence; "on 5 November" and "the
# same day" -> 11-05; "On Sunday" -> 11-10 (the NYT's officials); "reported on Tuesday" -> 11-12 (KCNA). "Moscow, which
# at first called ..., now says only ..." is two undated Kremlin claims. "South Korean officials have said they fear"
# -> South Korea government (TECH). "last week" gives none (Yoon). Trump's age is the outlet's; his "within 24 hours"
# is his. "Seoul's 12,000 was always a plan, not a head count", the casualty remark, "20 January", the EU and
# "several capitals" line, Lisbon's silence, the budget vote (29 November), the G20 (18 and 19 November) and the Lusa
# initials are not annotated.
lusa = {}
lusa["wash"] = C("lusa", "Now Washington says North Korean soldiers are fighting Ukraine.", kind=S, measure=CS, by=USG)
lusa["st10"] = C("lusa", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
                 q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
lusa["most"] = C("lusa", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE,
                 ev="2024-11-12", place="Kursk")
lusa["begun"] = C("lusa", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                  by=STATE, ev="2024-11-12", place="Kursk")
lusa["units"] = C("lusa", "some of the North Koreans had been assigned to Russian marine and airborne units", kind=S,
                  measure=UNITS, by=NIS, ev="2024-11-13")
lusa["fight"] = C("lusa", "some were already taking part in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
lusa["plan"] = C("lusa", "Pyongyang had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                 mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
lusa["fb"] = C("lusa", "a first 1,500 had been shipped to Vladivostok", measure=FB, value=1500, scope="first_batch",
               by=NIS, ev="2024-10-18", place=RFE)
lusa["win"] = C("lusa", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
                scope="first_batch", by=NIS, ev="2024-10-18")
lusa["nis3"] = C("lusa", "Five days later it counted about 3,000 in Russia", value=3000, q="about", scope="total",
                 by=NIS, ev="2024-10-23", place="Russia")
lusa["dod10"] = C("lusa", "By 28 October the Pentagon was saying around 10,000", value=10000, q="about",
                  scope="total", by=DOD, ev="2024-10-28", place="Russia")
lusa["bl8"] = C("lusa", "On 31 October Blinken put 8,000 in Kursk alone", measure=KU, value=8000, by=BL,
                ev="2024-10-31", place="Kursk")
lusa["z11"] = C("lusa", "on 4 November Zelensky said 11,000", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
                place="Kursk")
lusa["kyiv"] = C("lusa", "Kyiv first reported clashes on 5 November", kind=S, measure=N5, by=UAG, ev="2024-11-05")
lusa["mnd"] = C("lusa", "Seoul's defence ministry said the same day that it could not confirm them", kind=S,
                measure=N5, by=MND, ev="2024-11-05", subject=SK)
lusa["massed"] = C("lusa", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED,
                   value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
lusa["fake"] = C("lusa", "which at first called the reports \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
                 subject=RUS)
lusa["treaty"] = C("lusa", "now says only that its treaty with Pyongyang is a matter for the two countries", kind=S,
                   measure=TREATY, by=KREMLIN, subject=RUS)
lusa["ratify"] = C("lusa", "leader Kim Jong Un had ratified the treaty", kind=S, measure=RATIFY, by="KCNA",
                   ev="2024-11-12")
lusa["tech"] = C("lusa", "South Korean officials have said they fear Russia could share missile, space and submarine "
                 "technology", kind=S, measure=TECH, mod="conditional", by=SKG)
lusa["yoon"] = C("lusa", "Seoul did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
                 mod="conditional", by=YOON, subject=SK)
lusa["age"] = C("lusa", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
lusa["h24"] = C("lusa", "he could end the war within 24 hours", measure=H24, value=24, q="up_to", unit="hours",
                mod="conditional", by="Donald Trump", subject="Donald Trump")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [pap["sofar"], pap["bud11"], ctk["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's roughly 1,500 on Russian soil so far vs Budanov's 11,000 training in "
  "the east (Oct 18)",
  [("about 1,500 so far (NIS)", [pap["sofar"]]), ("about / 11,000 training (Budanov)", [pap["bud11"], ctk["bud"]])])
K(RU, [bel["nis3"], bel["wh3"], ctk["nis3"], ctk["q3"], ctk["wh3"], ctk["hur"], ctk["q12"], efe["hur"], apa["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's around 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [bel["nis3"], bel["wh3"], ctk["nis3"], ctk["q3"], ctk["wh3"]]),
   ("about 12,000 (HUR)", [ctk["hur"], ctk["q12"], efe["hur"], apa["hur"]])])
K(RU, [efe["wh3"], apa["nis3"], bta["wh3"], lusa["nis3"], efe["dod10"], apa["dod10"], lusa["dod10"], bta["bl10"],
       apa["nis10"], bta["nis10"], agp["nis10"], lusa["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [bta["bl8"], agp["bl8"], lusa["bl8"], agp["z11"], lusa["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [pap["plan"], bel["plan"], ctk["plan"], agp["plan"], lusa["plan"], pap["zel10"], bel["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [pap["plan"], bel["plan"], ctk["plan"], agp["plan"], lusa["plan"]]),
   ("10,000 (Zelensky)", [pap["zel10"], bel["zel10"]])])
K(FB, [pap["fb"], bel["fb"], lusa["fb"]], "agreement", "NIS (Oct 18): a first transport of about 1,500 special forces")
K(WIN, [pap["win"], lusa["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [pap["brig"], ctk["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [bel["sb"], ctk["sb"]], "agreement", "NIS (Oct 23): about 1,500 more / a second group of about 1,500")
K(PR, [bel["pr"], ctk["pr"], efe["pr"], apa["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [bel["prd"], ctk["prd"], efe["prd"], apa["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [bel["pay"], ctk["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [bel["regime"], ctk["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [bel["drones"], apa["drones"]], "agreement",
  "NIS: Russian instructors rate the troops' fitness highly but find them weak at drone warfare")
K(OFF, [ctk["off"], apa["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [ctk["gen"], apa["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [ctk["arr"], efe["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(SITES, [bel["sites"], ctk["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites")
K(READY, [pap["ready"], ctk["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(UNSURE, [bel["left"], bel["unclear"]], "agreement",
  "Washington unsure on Oct 23: 'left to be seen' (Austin), 'not yet clear' whether they will fight (Kirby)")
K(TGT, [bel["fair"], bta["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [efe["sbesc"], apa["resc"]], "agreement", "Rutte (Oct 28): 'a significant escalation'")
K(DEP, [bel["adep"], efe["sbdep"], efe["rdep"], apa["rdep"], pap["kremlin"], pap["peskov"], lusa["fake"]],
  "discrepancy",
  "deployment asserted (Austin Oct 23; Rutte Oct 28) vs dismissed (the Kremlin; Peskov's 'another fake')",
  [("asserted", [bel["adep"], efe["sbdep"], efe["rdep"], apa["rdep"]]),
   ("dismissed", [pap["kremlin"], pap["peskov"], lusa["fake"]])])
K(LAW, [pap["unsc"], efe["kjg"], apa["kjg"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul's presidential office) vs in line with "
  "international law (Kim Jong Gyu, Oct 25)",
  [("violates UNSC resolutions (Seoul)", [pap["unsc"]]), ("lawful (North Korea)", [efe["kjg"], apa["kjg"]])])
K(TREATY, [ctk["treaty"], apa["treaty"], lusa["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is its own business / a matter for the two countries (Putin; Kremlin)")
K(IMG, [ctk["img"], efe["img"]], "agreement", "Putin (Oct 24): satellite images 'reflect something'")
K(WPN, [bel["wpn"], ctk["yoon"], lusa["yoon"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential official Oct 22; Yoon Oct 24 and Nov 7)")
K(WITHDRAW, [bel["wd"], apa["aut"], bta["kyh"]], "agreement",
  "the North Korean troops must be withdrawn (Seoul's summons Oct 21; Austria's foreign ministry Oct 28; Kim "
  "Yong-hyun Oct 31)")
K(TECH, [ctk["tech"], bta["cho"], lusa["tech"]], "agreement",
  "North Korea may get Russian military technology in return (analyst Brezina; Cho Tae-yul; South Korean officials)")
K(FRONT, [efe["closer"], apa["front"], bta["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Pentagon) / toward the front (NIS)")
K(KYB, [apa["kyb"], agp["kyb"]], "agreement", "NIS: the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [apa["terms"], agp["terms"]], "agreement", "NIS: the troops are drilled on about 100 Russian military terms")
K(NOACK, [bel["noack"], efe["noack"], bta["noack"], agp["noack"]], "agreement",
  "Moscow has not confirmed / acknowledged the deployment")
K(ICBM_T, [bta["t86"], agp["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [bta["choe"], agp["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(CT, [efe["zct"], apa["zct"], efe["singh"], apa["dodct"], bta["days"]], "discrepancy",
  "combat entry: Oct 27 or 28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon / Singh, Oct 28) vs 'in "
  "the coming days' (Blinken, Oct 31)",
  [("Oct 27 or 28 (Zelensky)", [efe["zct"], apa["zct"]]), ("several weeks (Pentagon)", [efe["singh"], apa["dodct"]]),
   ("coming days (Blinken)", [bta["days"]])])
K(CS, [pap["rcs"], bta["acs"], agp["dodcs"], lusa["wash"], lusa["begun"], lusa["fight"]], "update_over_time",
  "combat status: not confirmed (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> "
  "begun engaging in combat (State Department Nov 12; 'Washington now says') and some already fighting (NIS Nov 13)")
K(N5, [agp["um"], lusa["kyiv"], agp["lmnd"], agp["mnd"], lusa["mnd"]], "discrepancy",
  "Nov 5: first clashes (Umerov to KBS / Kyiv) vs Seoul's defence ministry cannot confirm / verify them",
  [("clashes reported (Umerov, Kyiv)", [agp["um"], lusa["kyiv"]]),
   ("cannot confirm (Seoul MND)", [agp["lmnd"], agp["mnd"], lusa["mnd"]])])

pairs = [
    (pap["plan"], pap["fb"], "about 12,000 planned vs a first transport of about 1,500"),
    (pap["sofar"], pap["fb"], "about 1,500: Seoul's head count so far vs the first transport"),
    (pap["bud11"], pap["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), one paragraph"),
    (bel["sb"], bel["nis3"], "about 1,500 more vs a total of around 3,000, same sentence"),
    (bel["sb"], bel["fb"], "about 1,500: the second group vs the first transport"),
    (bel["nis3"], bel["pr"], "around 3,000 now vs some 10,000 expected by December"),
    (ctk["hur"], ctk["plan"], "about 12,000: HUR's count in Russia vs the NIS's planned total"),
    (ctk["off"], ctk["gen"], "500 officers vs three generals, same sentence"),
    (ctk["sites"], ctk["gen"], "three: training sites vs generals"),
    (ctk["bud"], ctk["q12"], "Kyiv's two counts: 11,000 training (Budanov) vs twelve thousand in Russia (HUR)"),
    (efe["dod10"], efe["pr"], "around 10,000 sent (Pentagon) vs about 10,000 expected by December (NIS)"),
    (efe["hur"], efe["dod10"], "HUR's 12,000 (snapshot, Oct 24) vs the Pentagon's 10,000 (running total, Oct 28)"),
    (apa["nis10"], apa["pr"], "more than 10,000 now (NIS, Oct 29) vs about 10,000 forecast (NIS, Oct 23)"),
    (apa["nis3"], apa["hur"], "a week-old 3,000 told as a step vs HUR's 12,000 snapshot, same answer"),
    (bta["bl8"], bta["bl10"], "about 8,000 in Kursk vs some 10,000 in Russia, same speaker"),
    (bta["days"], bta["acs"], "combat expected in the coming days vs not yet seen in combat"),
    (agp["z11"], agp["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (agp["nis10"], agp["plan"], "more than 10,000 sent vs about 12,000 pledged, same sentence"),
    (lusa["st10"], lusa["z11"], "more than 10,000 in Russia vs 11,000 in Kursk"),
    (lusa["plan"], lusa["fb"], "about 12,000 planned vs a first 1,500, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
