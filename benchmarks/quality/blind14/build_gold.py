"""Generate gold.json for blind14 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind14/build_gold.py

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
    WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, PO, USK, JMOD  # noqa: F401
)

DOCS = {
    "ar": ("arirang-2024-10-24-nis-second-group-kirby-at-least-3000", "Arirang", "2024-10-24"),
    "su": ("suspilne-2024-10-25-hur-12000-north-korean-troops-updated", "Suspilne", "2024-10-25"),
    "hi": ("the-hindu-2024-10-27-explained-north-korean-troops-russia-counts", "The Hindu", "2024-10-27"),
    "ss": ("stars-and-stripes-2024-10-28-pentagon-10000-north-korean-troops-eastern-russia", "Stars and Stripes",
           "2024-10-28"),
    "yo": ("yomiuri-shimbun-2024-10-30-seoul-dispatch-nis-more-than-10000", "Yomiuri Shimbun", "2024-10-30"),
    "fp": ("foreign-policy-2024-10-31-situation-report-north-korean-troops", "Foreign Policy", "2024-10-31"),
    "pb": ("pbs-newshour-2024-11-04-zelensky-11000-kursk-interview", "PBS NewsHour", "2024-11-04"),
    "yl": ("yle-2024-11-15-podcast-north-korean-troops-kursk", "Yle", "2024-11-15"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind13's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
SITES = "training sites in eastern Russia (US)"
ARMY = "North Korean standing army size"
USFK = "US troops stationed in South Korea"
ATR = "ATACMS range"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
NEXT = "next North Korean transfer being prepared (NIS)"
UNSURE = "US unsure what North Korean troops will do in Russia"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
CASX = "heavy North Korean casualties expected in combat (NIS)"
ICBMP = "North Korean ICBM launch and nuclear test preparations"
ICBMD = "predicted timing of North Korean ICBM launch (NIS)"
MONT = "South Korean monitoring team to Ukraine"
JPCON = "Japan's concern over the deployment"
EXP = "North Korean troops gaining modern combat experience"
QUAL = "North Korean troops' quality (disciplined, no modern war experience)"
MORE = "more North Korean troops to come"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
KRAT = "Kim Jong Un ratifies the treaty with Russia"
CONDEMN = "condemnation of the deployment"
MANP = "deployment shows Russia's manpower shortage"
CALL = "Ukraine calls on partners to respond to the deployment"
LOSSD = "Russian losses in the past day (Ukraine General Staff)"
LOSST = "Russian losses since February 2022 (Ukraine General Staff)"
INTENT = "Russia intends to use North Korean troops in combat"
LANG = "language barrier between North Korean and Russian troops"
INDIA = "India on peace in Ukraine"
NOACK = "Russia has not acknowledged the deployment"


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
BUD = "Kyrylo Budanov"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
SKFM = "South Korea Foreign Ministry"
JPG = "Japan government"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
CHOE_SH = "Choe Son Hui"
WHIT = "Thomas Whitaker"
HEIK = "Saara Heikkinen"
SK, UA, RUS, JP = "South Korea", "Ukraine", "Russia", "Japan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Arirang, Thu 2024-10-24 (broadcast transcript)
# Lee Seong-kweun and Park Sun-won relay the NIS, so their lines are the NIS's (the primary origin). The
# SOT label ("Wednesday") dates Kirby's quote. The closing market, weather and festival lines are off-topic.
ar = {}
ar["r3a"] = C("ar", "the number already there is now around three thousand", value=3000, q="about", scope="total",
              by=NIS, place="Russia")
ar["sb"] = C("ar", "an additional 1,500 or so North Korean troops had been moved to Russia", measure=SB, value=1500,
             q="about", scope="additional", by=NIS, ev="2024-10-23", place="Russia")
ar["fb"] = C("ar", "the first group of about 1,500 special forces, who crossed to Vladivostok aboard Russian navy ships",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ar["win"] = C("ar", "between October 8th and 13th", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ar["r3"] = C("ar", "said that brings the total in Russia to about 3,000", value=3000, q="about", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
ar["proj"] = C("ar", "The NIS expects the number to reach about 10,000", measure=PR, value=10000, q="about",
               mod="planned", scope="total", by=NIS, place="Russia")
ar["dec"] = C("ar", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ar["next"] = C("ar", "It judges that preparations for the next transfer are already under way.", kind=S,
               measure=NEXT, mod="planned", by=NIS)
ar["pay"] = C("ar", "Russia is paying each soldier about 2,000 U.S. dollars a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
ar["regime"] = C("ar", "most of the money is likely to be taken by the North Korean state", kind=S, measure=REGIME,
                 by=NIS)
ar["info"] = C("ar", "the agency believes families of the deployed soldiers have been moved and isolated", kind=S,
               measure=INFO, by=NIS)
ar["brig"] = C("ar", "the North had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
ar["plan"] = C("ar", "some 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
ar["kirby"] = C("ar", "North Korea moved at least 3,000 soldiers into eastern Russia", value=3000, q="at_least",
                scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
ar["sites"] = C("ar", "the soldiers were training at three military sites in Russia's Far East", measure=SITES,
                value=3, unit="training sites", by=KIRBY, place=RFE)
ar["unsure"] = C("ar", "Washington did not yet know whether Moscow would send them to fight in Ukraine", kind=S,
                 measure=UNSURE, by=KIRBY)
ar["fair"] = C("ar", "If they do deploy to fight against Ukraine,\" he added, \"they're fair game.", kind=S,
               measure=TGT, mod="conditional", by=KIRBY)
ar["austin"] = C("ar", "Lloyd Austin said there was evidence that North Korean troops were in Russia", kind=S,
                 measure=DEP, by=AUSTIN, ev="2024-10-23")
ar["unclear"] = C("ar", "What exactly they are doing there is still unclear, Austin said.", kind=S, measure=UNSURE,
                  by=AUSTIN)
ar["esc"] = C("ar", "if they are going to take part in the war on Russia's behalf, he told reporters, \"that is a very, "
              "very serious issue.\"", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
ar["wd"] = C("ar", "Seoul summoned Russia's ambassador on Monday and demanded the immediate withdrawal of the North "
             "Korean troops", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
ar["wpn"] = C("ar", "supplying weapons to Ukraine was an option Seoul could consider, with defensive arms first", kind=S,
              measure=WPN, mod="conditional", by=PO, subject=SK)

# ---------------------------------------------------------------- Suspilne, Fri 2024-10-25 (developing story with update)
# The first version (24 October) dates its claims with "on 24 October" / "on 23 October"; the update block's
# "on Friday" / "on Thursday" / "on Wednesday" resolve against the publication day (Friday 2024-10-25).
su = {}
su["hur12"] = C("su", "North Korea has already sent about 12,000 of its soldiers to Russia", value=12000, q="about",
                scope="total", by=HUR, ev="2024-10-24", place="Russia")
su["off"] = C("su", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
su["gen"] = C("su", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
su["eq"] = C("su", "the North Korean servicemen are being taught Russian artillery tactics, the use of drones and "
             "infantry skills", kind=S, measure=EQ, by=HUR, place=RFE)
su["arr"] = C("su", "The first units, HUR said, arrived in Russia's Kursk region on 23 October", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
su["bud"] = C("su", "about 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=BUD, place=RFE)
su["ready"] = C("su", "They would be ready, he said, by 1 November", kind=D, measure=READY, value="2024-11-01",
                mod="planned", by=BUD)
su["zel10"] = C("su", "North Korea was preparing some 10,000 soldiers to be sent to Russia", measure=PL, value=10000,
                q="about", mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
su["zelq"] = C("su", "\"This is not only about weapons any more. It is about people,\" the president said then", kind=S,
               measure=DEP, by=ZEL, ev="2024-10-17")
su["manp"] = C("su", "the deployment showed that Russia could no longer find enough soldiers of its own", kind=S,
               measure=MANP, by="Ukraine Foreign Ministry", subject=RUS)
su["call"] = C("su", "called on partners to respond \"not with statements, but with decisions.\"", kind=S,
               measure=CALL, by="Ukraine Foreign Ministry", subject=UA)
su["lossd"] = C("su", "Russia had lost another 1,500 soldiers over the past day", measure=LOSSD, value=1500,
                unit="soldiers", by="Ukraine General Staff", subject=RUS)
su["losst"] = C("su", "total Russian losses since 24 February 2022 have reached about 685,000", measure=LOSST,
                value=685000, q="about", unit="soldiers", by="Ukraine General Staff", subject=RUS)
su["kjg"] = C("su", "if such a deployment were taking place, it would be \"an act conforming to the norms of "
              "international law,\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
su["img"] = C("su", "\"Images are a serious thing. If there are images, they reflect something,\" he said.", kind=S,
              measure=IMG, by=PUTIN, subject=RUS)
su["treaty"] = C("su", "how Russia applies Article 4 of its partnership treaty with Pyongyang, the clause on mutual "
                 "military assistance, is \"our business.\"", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
su["nis3"] = C("su", "about 3,000 North Korean soldiers were in Russia after a second group had arrived", value=3000,
               q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
su["us3"] = C("su", "\"at least 3,000\" North Korean soldiers were moved to eastern Russia in the first half of October",
              value=3000, q="at_least", scope="total", by=USG, place=RFE)

# ---------------------------------------------------------------- The Hindu, Sun 2024-10-27 (explainer)
# Relative dates resolve against the publication day (Sunday): "On Wednesday" -> 10-23, "A day later" -> 10-24,
# "On Thursday" -> 10-24, "On Friday" -> 10-25, "On Saturday" -> 10-26, "on Tuesday" -> 10-22; "a day before the
# NIS disclosure" -> 10-17. "At the end of that week" is no day. The trade figure is off-topic.
hi = {}
hi["brig"] = C("hi", "North Korea had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
hi["plan"] = C("hi", "about 12,000 troops, to help Russia", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, ev="2024-10-18", place="Russia")
hi["fb"] = C("hi", "about 1,500 special forces were carried to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
hi["win"] = C("hi", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
hi["ships"] = C("hi", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
hi["escort"] = C("hi", "escorted by three other vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
hi["unif"] = C("hi", "The soldiers were issued Russian uniforms and forged identity papers, the agency said", kind=S,
               measure=UNIF, by=NIS)
hi["so15"] = C("hi", "Seoul's count of soldiers already in Russia stood at about 1,500", value=1500, q="about",
               scope="total", by=NIS, place="Russia")
hi["bud"] = C("hi", "some 11,000 North Korean infantrymen were training in Russia's Far East", value=11000, q="about",
              scope="total", by=BUD, place=RFE)
hi["ready"] = C("hi", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
hi["zel10"] = C("hi", "had spoken a day before the NIS disclosure of 10,000 being prepared", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
hi["sb"] = C("hi", "a second group of about 1,500 had followed", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, ev="2024-10-23", place="Russia")
hi["r3"] = C("hi", "taking the total to about 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
hi["proj"] = C("hi", "it expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
               ev="2024-10-23", place="Russia")
hi["dec"] = C("hi", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
hi["kirby"] = C("hi", "John Kirby said at least 3,000 North Korean soldiers had moved to eastern Russia", value=3000,
                q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
hi["sites"] = C("hi", "were training at three sites", measure=SITES, value=3, unit="training sites", by=KIRBY,
                ev="2024-10-23", place=RFE)
hi["hur12"] = C("hi", "Ukraine's Defence Intelligence (HUR) claimed about 12,000 were already in Russia", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
hi["off"] = C("hi", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
hi["gen"] = C("hi", "and three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
hi["fake"] = C("hi", "The Kremlin first dismissed the reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN,
               subject=RUS)
hi["img"] = C("hi", "President Vladimir Putin did not deny them, saying \"images are a serious thing\"", kind=S,
              measure=IMG, by=PUTIN, ev="2024-10-24", subject=RUS)
hi["treaty"] = C("hi", "He said how Russia applied Article 4 of its new treaty with Pyongyang, under which each side "
                 "pledges military aid if the other is attacked, was Russia's own affair", kind=S, measure=TREATY,
                 by=PUTIN, subject=RUS)
hi["kjg"] = C("hi", "Kim Jong Gyu said any such deployment would be in line with international law", kind=S,
              measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
hi["wd"] = C("hi", "Seoul summoned the Russian Ambassador, Georgy Zinoviev, on October 21 and demanded the immediate "
             "withdrawal of the troops", kind=S, measure=WITHDRAW, by=SKG, ev="2024-10-21", subject=SK)
hi["unsc"] = C("hi", "Its Foreign Ministry said the deployment violated UN Security Council resolutions", kind=S,
               measure=LAW, by=SKFM)
hi["wpn"] = C("hi", "President Yoon Suk Yeol said Seoul could consider supplying weapons to Ukraine directly", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
hi["tech"] = C("hi", "South Korean officials also fear that Pyongyang could receive Russian military technology in "
               "return", kind=S, measure=TECH, mod="conditional", by=SKG)
hi["ct"] = C("hi", "the first North Korean soldiers could be used in combat zones on October 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
hi["modi"] = C("hi", "told him India supports the early restoration of peace and stability", kind=S, measure=INDIA,
               by="Narendra Modi", ev="2024-10-22", subject="India")
hi["proj2"] = C("hi", "Seoul's expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
                place="Russia")

# ---------------------------------------------------------------- Stars and Stripes, Mon 2024-10-28 (straight news)
# "the Pentagon said Monday" -> US Department of Defense; Singh is named, so her quoted lines are hers. The
# outlet's "more than three times" is its own ratio; the USFK and army-size figures and the ATACMS range are
# background counts attributed to nobody. "eight days before", "a day after" and "seven decades" are not counts.
ss = {}
ss["dod10"] = C("ss", "Around 10,000 North Korean soldiers have been sent to eastern Russia to train", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
ss["weeks"] = C("ss", "will probably be used to reinforce Russian forces near Ukraine \"over the next several weeks,\"",
                kind=S, measure=CT, mod="planned", by=DOD, ev="2024-10-28")
ss["ratio"] = C("ss", "The figure is more than three times", measure=RATIO, value=3, q="at_least", unit="times",
                by=None)
ss["wh3"] = C("ss", "the \"at least 3,000\" that the White House cited last week", value=3000, q="at_least",
              scope="total", by=WH, place="Russia")
ss["closer"] = C("ss", "Some of those soldiers have already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
ss["intent"] = C("ss", "we are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH, subject=RUS)
ss["cobel"] = C("ss", "If North Korean troops move to the front line and engage in combat against Ukraine, she said, "
                "they would be co-belligerents in the war", kind=S, measure=TGT, mod="conditional", by=SINGH)
ss["rutte"] = C("ss", "Mark Rutte confirmed that North Korean troops had been sent to Russia and that North Korean "
                "military units had been deployed to the Kursk region", kind=S, measure=DEP, by=RUTTE,
                ev="2024-10-28", place="Kursk")
ss["esc"] = C("ss", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
              "war.\"", kind=S, measure=ESC, by=RUTTE)
ss["proj"] = C("ss", "it expected the number of North Korean troops in Russia to reach 10,000", measure=PR,
               value=10000, mod="planned", scope="total", by=NIS, place="Russia")
ss["dec"] = C("ss", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
ss["ct"] = C("ss", "expected the first North Korean troops to be used in combat zones on Oct. 27 and 28", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
ss["noack"] = C("ss", "The Kremlin has neither confirmed nor denied the deployment", kind=S, measure=NOACK, by=KREMLIN,
                subject=RUS)
ss["usfk"] = C("ss", "The U.S. keeps about 28,500 troops in South Korea", measure=USFK, value=28500, q="about",
               by=None, subject="United States", place="South Korea")
ss["army"] = C("ss", "with an estimated 1.2 million active-duty personnel", measure=ARMY, value=1200000, q="about",
               by=None)
ss["austin"] = C("ss", "if the North Koreans joined the war it would be \"a very, very serious issue.\"", kind=S,
                 measure=ESC, mod="conditional", by=AUSTIN)
ss["nocombat"] = C("ss", "Singh said the Pentagon had no indication yet that North Korean soldiers had entered combat",
                   kind=S, measure=CS, by=SINGH)
ss["atr"] = C("ss", "which have a range of about 190 miles", measure=ATR, value=190, q="about", unit="miles", by=None,
              subject="United States")

# ---------------------------------------------------------------- Yomiuri Shimbun, Wed 2024-10-30 (correspondent's dispatch)
# What the two secretaries relay is the NIS's. The lead's "on Tuesday" dates only the lead's claims; the later
# relays give no day and stay undated. The election result is off-topic.
yo = {}
yo["nis10"] = C("yo", "more than 10,000 North Korean soldiers have been dispatched to Russia", value=10000,
                q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
yo["front"] = C("yo", "some of them have already been moved toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
yo["r3"] = C("yo", "The figure compares with about 3,000 that the agency gave lawmakers on Oct. 23", value=3000,
             q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
yo["sb"] = C("yo", "the intelligence service said a second transport had followed the first", kind=S, measure=SB,
             scope="additional", by=NIS, ev="2024-10-23")
yo["kyb"] = C("yo", "the troops were being led by Lt. Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
yo["terms"] = C("yo", "Russian instructors have been teaching the North Korean soldiers about 100 Russian military "
                "terms", measure=TERMS, value=100, q="about", unit="terms", by=NIS)
yo["drones"] = C("yo", "the Russian side had assessed the North Korean troops as having a poor understanding of modern "
                 "warfare, including the use of drones", kind=S, measure=DRONES, by=NIS)
yo["casx"] = C("yo", "large casualties were likely if the soldiers were sent into combat in that condition", kind=S,
               measure=CASX, mod="conditional", by=NIS)
yo["pay"] = C("yo", "Each soldier is believed to be paid about $2,000 a month by Russia", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
yo["regime"] = C("yo", "the NIS believes that most of the money will go to the North Korean government in foreign "
                 "currency", kind=S, measure=REGIME, by=NIS)
yo["icbm"] = C("yo", "Pyongyang had likely completed preparations for a launch of an intercontinental ballistic missile "
               "and for its seventh nuclear test", kind=S, measure=ICBMP, by=NIS)
yo["nov5"] = C("yo", "It could fire the missile around the U.S. presidential election on Nov. 5", kind=D, measure=ICBMD,
               value="2024-11-05", q="about", mod="conditional", by=NIS)
yo["mont"] = C("yo", "it was reviewing whether to send a team to Ukraine to analyze North Korean battlefield tactics",
               kind=S, measure=MONT, mod="conditional", by=MND, ev="2024-10-29", subject=SK)
yo["hayashi"] = C("yo", "the government was \"seriously concerned\" about the deployment", kind=S, measure=JPCON,
                  by="Yoshimasa Hayashi", ev="2024-10-29", subject=JP)
yo["know"] = C("yo", "The Japanese government is also wary that the cooperation could bring Pyongyang military know-how "
               "that affects Japan's security", kind=S, measure=TECH, mod="conditional", by=JPG)
yo["exp"] = C("yo", "\"The experience of real combat is the one thing North Korea could not buy before.\"", kind=S,
              measure=EXP, by="Japan Ministry of Defense official (anonymous)")
yo["wpn"] = C("yo", "South Korea has said it will respond in stages, depending on the level of military cooperation "
              "between Russia and North Korea, without ruling out supplying weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=SKG, subject=SK)

# ---------------------------------------------------------------- Foreign Policy, Thu 2024-10-31 (newsletter)
# Relative dates: "On Monday" -> 10-28, "A day later" -> 10-29, "on Wednesday" -> 10-30; "Last week", "last
# week", "only last week" give null. "three-star", "2+2" and the Halloween spending are not counts of the story.
fp = {}
fp["us3"] = C("fp", "the official U.S. line was that \"at least 3,000\" North Korean soldiers had gone to Russia",
              value=3000, q="at_least", scope="total", by=USG, place="Russia")
fp["singh"] = C("fp", "Pentagon spokesperson Sabrina Singh put the figure at \"around 10,000.\"", value=10000,
                q="about", scope="total", by=SINGH, ev="2024-10-28", place="Russia")
fp["nis10"] = C("fp", "South Korea's spy agency told lawmakers in Seoul that the number was \"more than 10,000\"",
                value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
fp["front"] = C("fp", "some of the troops had been moved toward the front", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
fp["fb"] = C("fp", "the roughly 1,500 special forces who, according to Seoul, crossed to Vladivostok in mid-October",
             measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
fp["ships"] = C("fp", "on four Russian landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
fp["proj"] = C("fp", "it expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
               place="Russia")
fp["dec"] = C("fp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
fp["kyb"] = C("fp", "the contingent is commanded by a three-star general, Kim Yong Bok", kind=S, measure=KYB, by=NIS)
fp["terms"] = C("fp", "Russian instructors have been drilling the recruits on roughly 100 basic military terms",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS)
fp["lang"] = C("fp", "the language problem \"is not a detail. It's the whole question of whether these units can fight "
               "alongside Russians.\"", kind=S, measure=LANG, by="US official (anonymous)")
fp["arr"] = C("fp", "the first North Korean units had reached Russia's Kursk region", kind=S, measure=ARR, by=HUR,
              place="Kursk")
fp["rutte"] = C("fp", "He confirmed that North Korean units had been deployed to Kursk", kind=S, measure=DEP, by=RUTTE,
                place="Kursk")
fp["esc"] = C("fp", "called it \"a significant escalation.\"", kind=S, measure=ESC, by=RUTTE)
fp["ct"] = C("fp", "the North Koreans would be in combat zones by Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27",
             high="2024-10-28", mod="planned", by=ZEL)
fp["nofight"] = C("fp", "A Pentagon spokesperson said on Wednesday that there was still no indication that any had "
                  "fought", kind=S, measure=CS, by=DOD, ev="2024-10-30")
fp["t86"] = C("fp", "Japan's Defense Ministry said it flew for about 86 minutes", measure=ICBM_T, value=86, q="about",
              unit="minutes", by=JMOD)
fp["alt"] = C("fp", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)

# ---------------------------------------------------------------- PBS NewsHour, Mon 2024-11-04 (broadcast segment with interview)
# "tonight" / "today" -> 11-04, "Last Thursday" / "last Thursday" -> 10-31, "On Friday" -> 11-01. The guest's
# own forecasts and assessments are his (Thomas Whitaker); what he relays from Seoul is the NIS's. The
# election figures and times are off-topic.
pb = {}
pb["zel11"] = C("pb", "11,000 North Korean troops are now in Russia's Kursk region", measure=KU, value=11000, by=ZEL,
                ev="2024-11-04", place="Kursk")
pb["bl8"] = C("pb", "about 8,000 North Korean soldiers had been moved to the Kursk region", measure=KU, value=8000,
              q="about", by=BL, ev="2024-10-31", place="Kursk")
pb["notseen"] = C("pb", "the U.S. had not yet seen them deployed into combat against Ukrainian forces", kind=S,
                  measure=CS, by=BL)
pb["days"] = C("pb", "but expected that to change \"in the coming days.\"", kind=S, measure=CT, mod="planned", by=BL)
pb["tgt"] = C("pb", "if they do fight, they will be legitimate military targets", kind=S, measure=TGT,
              mod="conditional", by=BL)
pb["nis10"] = C("pb", "South Korea's intelligence service last week put the total number sent to Russia at more than "
                "10,000", value=10000, q="at_least", scope="total", by=NIS, place="Russia")
pb["dod"] = C("pb", "A Pentagon spokesperson said today the U.S. still could not confirm that North Korean troops had "
              "entered combat", kind=S, measure=CS, by=DOD, ev="2024-11-04")
pb["choe"] = C("pb", "Pyongyang would stand firmly by its Russian comrades until victory", kind=S, measure=CHOE,
               by=CHOE_SH, ev="2024-11-01")
pb["t86"] = C("pb", "which Japan said flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JPG,
              ev="2024-10-31")
pb["q11"] = C("pb", "Eleven thousand troops in Kursk.", measure=KU, value=11000, by=ZEL, place="Kursk")
pb["seoul10"] = C("pb", "If you take Seoul's count of a little over 10,000 in Russia", value=10000, q="at_least",
                  scope="total", by=NIS, place="Russia")
pb["nearly"] = C("pb", "nearly all of them are in or around Kursk", kind=S, measure=MOSTK, by=WHIT, place="Kursk")
pb["rot"] = C("pb", "I'd expect a second rotation of a similar size by spring", kind=S, measure=MORE, mod="planned",
              by=WHIT)
pb["qual"] = C("pb", "They are disciplined and physically tough. But they have never fought a modern war.", kind=S,
               measure=QUAL, by=WHIT)
pb["drones"] = C("pb", "Seoul's intelligence service says Russian instructors found they had little grasp of drones",
                 kind=S, measure=DRONES, by=NIS)
pb["pay"] = C("pb", "Seoul estimates Russia pays about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
pb["regime"] = C("pb", "most of it goes to the state, not to the soldiers", kind=S, measure=REGIME, by=NIS)
pb["tech"] = C("pb", "possibly Russian help with satellites, submarines or missile re-entry technology", kind=S,
               measure=TECH, mod="conditional", by=WHIT)

# ---------------------------------------------------------------- Yle, Fri 2024-11-15 (podcast transcript)
# Relative dates resolve against the publication day: "On Tuesday" -> 11-12, "the next day" -> 11-13, "on the
# 4th" -> 11-04, "on the 5th" -> 11-05, "on Sunday" -> 11-10, "on the 7th" -> 11-07, "on Tuesday" (KCNA) ->
# 11-12; "At the end of October", "in mid-October", "two weeks ago" give null. Timestamps, the episode number,
# the border length and the defence budget are furniture or off-topic.
yl = {}
yl["st10"] = C("yl", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000,
               q="at_least", scope="total", by=STATE, ev="2024-11-12", place=RFE)
yl["most"] = C("yl", "most of them had moved to the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
               place="Kursk")
yl["begun"] = C("yl", "they had \"begun engaging in combat operations\" alongside Russian forces", kind=S, measure=CS,
                by=STATE, ev="2024-11-12", place="Kursk")
yl["units"] = C("yl", "some of them had been assigned to Russian marine and airborne units", kind=S, measure=UNITS,
                by=NIS, ev="2024-11-13")
yl["combat"] = C("yl", "some were already in combat", kind=S, measure=CS, by=NIS, ev="2024-11-13")
yl["bl8"] = C("yl", "Antony Blinken was saying about 8,000 were in Kursk", measure=KU, value=8000, q="about", by=BL,
              place="Kursk")
yl["notseen"] = C("yl", "the Americans hadn't seen them in combat yet", kind=S, measure=CS, by=BL)
yl["zel11"] = C("yl", "Zelensky said on the 4th that there were 11,000 in Kursk", measure=KU, value=11000, by=ZEL,
                ev="2024-11-04", place="Kursk")
yl["um"] = C("yl", "the first small-scale clashes with North Korean units had already happened", kind=S, measure=CS,
             by=UM, ev="2024-11-05", place="Kursk")
yl["fb"] = C("yl", "about 1,500 special forces shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
yl["plan"] = C("yl", "the first part of a plan for about 12,000", measure=PL, value=12000, q="about", mod="planned",
               scope="total", by=NIS, place="Russia")
yl["r3"] = C("yl", "Seoul's own count grew to 3,000", value=3000, scope="total", by=NIS, place="Russia")
yl["r10"] = C("yl", "then to more than 10,000 by the end of October", value=10000, q="at_least", scope="total", by=NIS,
              place="Russia")
yl["more"] = C("yl", "I would be surprised if this were the last contingent.", kind=S, measure=MORE, mod="planned",
               by=HEIK)
yl["massed"] = C("yl", "Russia had gathered about 50,000 troops, North Koreans among them, to retake the part of Kursk "
                 "that Ukraine holds", measure=MASSED, value=50000, q="about", by="US and Ukrainian officials",
                 ev="2024-11-10", place="Kursk", subject=RUS)
yl["unsc"] = C("yl", "Seoul and Washington call it a violation of UN Security Council resolutions", kind=S,
               measure=LAW, by=USK)
yl["lawful"] = C("yl", "Pyongyang says it is lawful", kind=S, measure=LAW, by=NKFM)
yl["krat"] = C("yl", "North Korean state media reported on Tuesday that Kim Jong Un had ratified it by decree", kind=S,
               measure=KRAT, by="KCNA", ev="2024-11-12")
yl["choe"] = C("yl", "promising to stand with Russia until victory", kind=S, measure=CHOE, by=CHOE_SH)
yl["wpn"] = C("yl", "President Yoon said on the 7th that he did not rule out sending weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)
yl["fin"] = C("yl", "Finland's Foreign Ministry has condemned the deployment", kind=S, measure=CONDEMN,
              by="Finland Foreign Ministry", subject="Finland")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [hi["so15"], hi["bud"], su["bud"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 already in Russia vs Budanov's about 11,000 training",
  [("about 1,500 so far (NIS)", [hi["so15"]]), ("about 11,000 training (Budanov)", [hi["bud"], su["bud"]])])
K(RU, [ar["r3a"], ar["r3"], ar["kirby"], su["nis3"], su["us3"], hi["r3"], hi["kirby"], su["hur12"], hi["hur12"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, US)", [ar["r3a"], ar["r3"], ar["kirby"], su["nis3"], su["us3"], hi["r3"], hi["kirby"]]),
   ("about 12,000 (HUR)", [su["hur12"], hi["hur12"]])])
K(RU, [ss["wh3"], fp["us3"], yo["r3"], yl["r3"], ss["dod10"], fp["singh"], yo["nis10"], fp["nis10"], pb["nis10"],
       pb["seoul10"], yl["r10"], yl["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, restated as the starting point) -> "
  "around 10,000 (Pentagon Oct 28) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [pb["bl8"], yl["bl8"], pb["zel11"], pb["q11"], yl["zel11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ar["plan"], hi["plan"], yl["plan"], su["zel10"], hi["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's some 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ar["plan"], hi["plan"], yl["plan"]]), ("10,000 (Zelensky)", [su["zel10"], hi["zel10"]])])
K(FB, [ar["fb"], hi["fb"], fp["fb"], yl["fb"]], "agreement",
  "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [ar["win"], hi["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [hi["ships"], fp["ships"]], "agreement", "NIS: four Russian landing ships")
K(BRIG, [ar["brig"], hi["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [ar["sb"], hi["sb"], yo["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [ar["proj"], hi["proj"], hi["proj2"], ss["proj"], fp["proj"]], "agreement", "NIS (Oct 23): 10,000 expected in all")
K(PRD, [ar["dec"], hi["dec"], ss["dec"], fp["dec"]], "agreement", "NIS projection deadline: December")
K(PAY, [ar["pay"], yo["pay"], pb["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [ar["regime"], yo["regime"], pb["regime"]], "agreement", "NIS: most of the pay goes to the North Korean state")
K(OFF, [su["off"], hi["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [su["gen"], hi["gen"]], "agreement", "HUR (Oct 24): three generals")
K(SITES, [ar["sites"], hi["sites"]], "agreement", "Kirby (Oct 23): three training sites")
K(ARR, [su["arr"], fp["arr"]], "agreement", "HUR: first North Korean units reached the Kursk region (Oct 23)")
K(READY, [su["ready"], hi["ready"]], "agreement", "Budanov (Oct 18): ready by November 1")
K(DEP, [ar["austin"], su["zelq"], ss["rutte"], fp["rutte"], hi["fake"]], "discrepancy",
  "deployment asserted (Zelensky Oct 17, Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (the Kremlin)",
  [("asserted", [ar["austin"], su["zelq"], ss["rutte"], fp["rutte"]]), ("dismissed", [hi["fake"]])])
K(ESC, [ar["esc"], ss["austin"], ss["esc"], fp["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional) and 'a significant escalation' (Rutte)")
K(TGT, [ar["fair"], ss["cobel"], pb["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / co-belligerents / legitimate military targets")
K(IMG, [su["img"], hi["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [su["treaty"], hi["treaty"]], "agreement", "Putin: applying Article 4 of the treaty is Russia's business")
K(LAW, [su["kjg"], hi["kjg"], yl["lawful"], hi["unsc"], yl["unsc"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Pyongyang) vs a violation of UN Security Council "
  "resolutions (Seoul; Seoul and Washington)",
  [("lawful (North Korea)", [su["kjg"], hi["kjg"], yl["lawful"]]),
   ("violates UNSC resolutions (Seoul, Washington)", [hi["unsc"], yl["unsc"]])])
K(WPN, [ar["wpn"], hi["wpn"], yo["wpn"], yl["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office, Yoon Oct 24 and Nov 7, Seoul)")
K(WITHDRAW, [ar["wd"], hi["wd"]], "agreement", "Seoul (Oct 21): summoned the ambassador, demanded withdrawal")
K(FRONT, [ss["closer"], yo["front"], fp["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [yo["kyb"], fp["kyb"]], "agreement", "NIS (Oct 29): the troops are led by Lt. Gen. Kim Yong Bok")
K(TERMS, [yo["terms"], fp["terms"]], "agreement", "NIS (Oct 29): about 100 Russian military terms taught")
K(DRONES, [yo["drones"], pb["drones"]], "agreement", "NIS: Russian instructors found a poor grasp of drones")
K(ICBM_T, [fp["t86"], pb["t86"]], "agreement", "Japan: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [pb["choe"], yl["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(MORE, [pb["rot"], yl["more"]], "agreement",
  "more North Korean troops to come (Whitaker's second rotation; Heikkinen's 'not the last contingent')")
K(MOSTK, [pb["nearly"], yl["most"]], "agreement",
  "most North Korean troops are in Kursk (Whitaker Nov 4, the State Department Nov 12)")
K(TECH, [hi["tech"], yo["know"], pb["tech"]], "agreement",
  "North Korea may get Russian military technology in return (Seoul, Tokyo, Whitaker)")
K(CS, [ss["nocombat"], fp["nofight"], pb["notseen"], pb["dod"], yl["notseen"], yl["um"], yl["begun"], yl["combat"]],
  "update_over_time",
  "combat status: no indication of combat (Pentagon Oct 28-Nov 4; Blinken Oct 31) -> first small-scale clashes "
  "(Umerov Nov 5) -> have begun engaging in combat (State Department Nov 12; NIS Nov 13)")
K(CT, [hi["ct"], ss["ct"], fp["ct"], ss["weeks"], pb["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [hi["ct"], ss["ct"], fp["ct"]]), ("several weeks (Pentagon)", [ss["weeks"]]),
   ("coming days (Blinken)", [pb["days"]])])
K(UNSURE, [ar["unsure"], ar["unclear"]], "agreement",
  "Oct 23: Washington does not yet know what the troops will do (Kirby, Austin)")

pairs = [
    (ar["sb"], ar["r3"], "second group of about 1,500 vs about 3,000 in total, same paragraph"),
    (ar["fb"], ar["sb"], "first group vs second group, both about 1,500"),
    (ar["r3"], ar["proj"], "about 3,000 now vs about 10,000 expected by December"),
    (ar["plan"], ar["r3"], "some 12,000 planned vs about 3,000 now, same report"),
    (su["hur12"], su["bud"], "about 12,000 in Russia (HUR, Oct 24) vs about 11,000 training (Budanov, Oct 18)"),
    (su["bud"], su["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky), adjacent paragraphs"),
    (hi["hur12"], hi["plan"], "12,000: HUR's count in Russia vs the NIS's planned total"),
    (hi["so15"], hi["fb"], "1,500: Seoul's count in Russia that week vs the first transport"),
    (hi["ships"], hi["brig"], "four landing ships vs four brigades"),
    (hi["sites"], hi["gen"], "three training sites vs three generals"),
    (hi["sb"], hi["r3"], "second group of about 1,500 vs about 3,000 in total, same sentence"),
    (ss["dod10"], ss["proj"], "around 10,000 already sent vs 10,000 expected by December"),
    (fp["singh"], fp["proj"], "around 10,000 already sent vs 10,000 expected by December, same newsletter"),
    (pb["zel11"], pb["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (pb["bl8"], pb["seoul10"], "about 8,000 in Kursk vs a little over 10,000 in Russia"),
    (yl["zel11"], yl["st10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (yl["fb"], yl["plan"], "first 1,500 vs a plan for about 12,000, same sentence"),
    (hi["bud"], pb["zel11"], "11,000: training in the Far East (Oct 18) vs in Kursk (Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
