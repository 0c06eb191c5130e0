"""Generate gold.json for blind9 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind9/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, B11, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC, LAW,
    TREATY, IMG, WPN, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, UM15, NIS, HUR, DOD, MND, JMOD, PO
)

DOCS = {
    "mo": ("mofa-korea-2024-10-21-first-vice-minister-summons-russian-ambassador-release",
           "Ministry of Foreign Affairs of the Republic of Korea", "2024-10-21"),
    "da": ("donga-2024-10-25-defense-committee-record-minister-kim-3000", "Dong-A Ilbo", "2024-10-25"),
    "bd": ("breaking-defense-2024-10-28-global-defense-week-digest-north-korea", "Breaking Defense", "2024-10-28"),
    "tn": ("38-north-2024-10-30-imagery-chongjin-sergeevka-observations", "38 North", "2024-10-30"),
    "hk": ("hokkaido-shimbun-2024-11-01-okushiri-icbm-8000-kursk", "Hokkaido Shimbun", "2024-11-01"),
    "mw": ("marketwatch-2024-11-06-korea-defense-stocks-trump-north-korean-troops", "MarketWatch", "2024-11-06"),
    "gm": ("globe-and-mail-2024-11-08-letters-north-korean-troops", "The Globe and Mail", "2024-11-08"),
    "dp": ("dpa-2024-11-12-factbox-north-korean-troops-russia", "dpa", "2024-11-12"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
PROTEST = "South Korea protests the dispatch to Russia"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
THREAT = "deployment as a grave security threat (South Korea)"
RESP = "South Korea will respond / not stand idly by"
NOTAGAINST = "Russia: cooperation with North Korea not directed against South Korea"
MOVED = "second transport expected (NIS)"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
IDS = "forged identity papers issued to North Korean troops"
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
SITES = "training sites in eastern Russia (US)"
HURCONF = "confirmation of HUR's 12,000 figure (South Korea)"
TRAINFE = "North Korean troops still training in Russia's Far East"
MONITOR = "South Korean monitoring team to Ukraine"
MERC = "North Korean troops as mercenaries / cannon fodder"
NODENY = "Putin did not deny the reports"
AUSTIN_LEFT = "what North Korean troops will do (Austin)"
RISE = "US count of North Korean troops will rise"
FRONTLEN = "length of the front line in Ukraine (outlet)"
CHONGJIN = "Russian landing ship at Chongjin (imagery)"
ARRIVALS = "landing-ship arrivals at Vladivostok (imagery)"
SERG = "Sergeevka range named as a training site (HUR)"
TENTS = "new tents at Sergeevka (imagery)"
VEH = "new vehicles at Sergeevka (imagery)"
CAP = "Sergeevka camp capacity (imagery estimate)"
RANGES = "other ranges with new activity (imagery)"
FLAT = "loaded flatcars near Ussuriysk (imagery)"
IMPACT = "ICBM impact distance west of Okushiri"
ICBM_REC = "previous flight-time record of a North Korean missile"
KIM_ICBM = "Kim Jong Un on the ICBM launch"
JCONC = "Japan's grave concern over the deployment"
MISQ = "North Korean troops fighting in Ukraine (misquoted claim)"
MOSTK = "most North Korean troops moved to Kursk"
MASSED = "Russian force massed for Kursk counteroffensive"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
STATE = "US Department of State"
KIRBY = "John Kirby"
AUSTIN = "Lloyd Austin"
BL = "Antony Blinken"
BLA = "Antony Blinken and Lloyd Austin"
ZEL = "Volodymyr Zelensky"
UM = "Rustem Umerov"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
KJG = "Kim Jong Gyu"
NKFM = "North Korea Foreign Ministry"
BUD = "Kyrylo Budanov"
KHK = "Kim Hong-kyun"
ZIN = "Georgy Zinoviev"
MOFA = "South Korea Ministry of Foreign Affairs"
KYH = "Kim Yong-hyun"
KMS = "Kim Myung-soo"
YOON = "Yoon Suk Yeol"
SKG = "South Korea government"
N38 = "38 North"
HAY = "Yoshimasa Hayashi"
SK, UA, RUS, JP = "South Korea", "Ukraine", "Russia", "Japan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- MOFA Korea, Mon 2024-10-21 (government press release)
# Items 1-4 describe the one meeting item 1 dates (October 21); the spokesperson's remarks carry the
# briefing day their section opens with ("At the regular briefing on Monday").
mo = {}
mo["protest"] = C("mo", "strongly protested against the dispatch of North Korean military personnel to Russia", kind=S,
                  measure=PROTEST, by=KHK, ev="2024-10-21", subject=SK)
mo["withdraw"] = C("mo", "Vice Minister Kim demanded the immediate withdrawal of the North Korean troops", kind=S,
                   measure=WITHDRAW, by=KHK, ev="2024-10-21", subject=SK)
mo["law"] = C("mo", "which he said was a clear violation of the relevant UN Security Council resolutions", kind=S,
              measure=LAW, by=KHK, ev="2024-10-21")
mo["threat"] = C("mo", "the dispatch posed a serious security threat not only to the Republic of Korea but to the "
                 "international community", kind=S, measure=THREAT, by=KHK, ev="2024-10-21")
mo["resp"] = C("mo", "the Government would respond with all available means", kind=S, measure=RESP, by=KHK,
               ev="2024-10-21", subject=SK)
mo["notag"] = C("mo", "Russia's cooperation with the Democratic People's Republic of Korea is not directed against the "
                "security interests of the Republic of Korea", kind=S, measure=NOTAGAINST, by=ZIN, ev="2024-10-21",
                subject=RUS)
mo["brig"] = C("mo", "North Korea had decided to send four brigades of special operations forces", measure=BRIG, value=4,
               unit="brigades", mod="planned", by=NIS, ev="2024-10-18")
mo["plan"] = C("mo", "about 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
mo["begun"] = C("mo", "the movement had already begun", kind=S, measure=DEP, by=NIS, ev="2024-10-18")
mo["fb"] = C("mo", "about 1,500 special forces personnel were moved from areas near Chongjin, Hamhung and Musudan to "
             "Vladivostok", measure=FB, value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
mo["win"] = C("mo", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
mo["ships"] = C("mo", "aboard four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                subject=RUS)
mo["escort"] = C("mo", "escorted by three Russian warships", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
mo["second"] = C("mo", "A second transport is expected shortly.", kind=S, measure=MOVED, mod="planned", by=NIS)
mo["unif"] = C("mo", "the personnel had been issued Russian military uniforms and Russian-made weapons", kind=S,
               measure=UNIF, by=NIS)
mo["ids"] = C("mo", "forged identity documents describing them as residents of Yakutia and Buryatia", kind=S,
              measure=IDS, by=NIS)
mo["nsc"] = C("mo", "participants agreed that the dispatch was a grave security threat to the Republic of Korea", kind=S,
              measure=THREAT, by=PO, ev="2024-10-18")
mo["idly"] = C("mo", "the Government would not stand idly by", kind=S, measure=RESP, by=PO, ev="2024-10-18", subject=SK)
mo["wpn"] = C("mo", "\"all options are being reviewed in phases,\"", kind=S, measure=WPN, mod="conditional", by=MOFA,
              ev="2024-10-21", subject=SK)
mo["rutte"] = C("mo", "NATO could not yet confirm that North Korean soldiers were taking part in the fighting", kind=S,
                measure=CS, by=RUTTE, ev="2024-10-21")
mo["esc"] = C("mo", "their participation, if confirmed, would be a significant escalation", kind=S, measure=ESC,
              mod="conditional", by=RUTTE, ev="2024-10-21")
mo["zel10"] = C("mo", "some 10,000 North Korean personnel were being prepared for the war", measure=PL, value=10000,
                q="about", mod="planned", scope="total", by=ZEL)

# ---------------------------------------------------------------- Dong-A Ilbo, Fri 2024-10-25 (committee session record)
# Officials' answers carry the session day the introduction gives ("Thursday's session" -> 2024-10-24);
# members' questions that relay a sourced figure are annotated with that source and its own date.
da = {}
da["fb"] = C("da", "About 1,500 went in the first transport", measure=FB, value=1500, q="about", scope="first_batch",
             by=KYH, ev="2024-10-24", place="Russia")
da["sb"] = C("da", "another group of about 1,500 followed this week", measure=SB, value=1500, q="about",
             scope="additional", by=KYH, ev="2024-10-24", place="Russia")
da["r3"] = C("da", "so about 3,000 are now in Russia", value=3000, q="about", scope="total", by=KYH, ev="2024-10-24",
             place="Russia")
da["proj"] = C("da", "We expect the total to reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
               scope="total", by=KYH, ev="2024-10-24", place="Russia")
da["dec"] = C("da", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=KYH, ev="2024-10-24")
da["hur12"] = C("da", "Ukraine's intelligence service says 12,000 are already there", value=12000, scope="total", by=HUR,
                place="Russia")
da["plan"] = C("da", "12,000 is roughly what the North intends to send in the end", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=KYH, ev="2024-10-24")
da["noconf"] = C("da", "We cannot confirm it.", kind=S, measure=HURCONF, by=KYH, ev="2024-10-24")
da["wh3"] = C("da", "The White House said yesterday that at least 3,000 had been moved", value=3000, q="at_least",
              scope="total", by=WH, ev="2024-10-23", place="Russia")
da["front"] = C("da", "So far there is no indication that they have been sent to the front line", kind=S, measure=FRONT,
                by=KMS, ev="2024-10-24")
da["train"] = C("da", "They are still training in the Russian Far East.", kind=S, measure=TRAINFE, by=KMS,
                ev="2024-10-24", place=RFE)
da["monitor"] = C("da", "Sending a monitoring team to analyze the North's tactics, and to help question any prisoners, "
                  "would be a natural part of our work", kind=S, measure=MONITOR, mod="conditional", by=KYH,
                  ev="2024-10-24", subject=SK)
da["merc"] = C("da", "In my view they are mercenaries, and I fear they will be used as cannon fodder.", kind=S,
               measure=MERC, by=KYH, ev="2024-10-24")
da["pay"] = C("da", "The NIS estimates about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
da["regime"] = C("da", "most of that will be kept by the regime", kind=S, measure=REGIME, by=NIS)
da["tech"] = C("da", "we are concerned that Russia may hand over technology for reconnaissance satellites, "
               "nuclear-powered submarines and missiles", kind=S, measure=TECH, mod="conditional", by=KYH,
               ev="2024-10-24")
da["fake"] = C("da", "The Kremlin keeps calling all of this a fake.", kind=S, measure=DEP, by=KREMLIN)
da["evid"] = C("da", "The evidence is clear.", kind=S, measure=DEP, by=KYH, ev="2024-10-24")
da["wpn"] = C("da", "I can only say our options are open.", kind=S, measure=WPN, mod="conditional", by=KYH,
              ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- Breaking Defense, Mon 2024-10-28 (weekly trade digest)
bd = {}
bd["sb"] = C("bd", "told lawmakers on Wednesday that a second group of about 1,500 North Korean soldiers had followed "
             "the first", measure=SB, value=1500, q="about", scope="additional", by=NIS, ev="2024-10-23",
             place="Russia")
bd["r3"] = C("bd", "bringing the total to about 3,000", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
bd["proj"] = C("bd", "The agency expects 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
               place="Russia")
bd["dec"] = C("bd", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
bd["pay"] = C("bd", "the soldiers' pay, about $2,000 a month each", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
bd["regime"] = C("bd", "would mostly go to the regime in Pyongyang", kind=S, measure=REGIME, by=NIS)
bd["kirby3"] = C("bd", "John Kirby said at least 3,000 North Korean troops had moved by ship from the Wonsan area to "
                 "Vladivostok", value=3000, q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
bd["sites"] = C("bd", "were training at three sites in eastern Russia", measure=SITES, value=3, unit="training sites",
                by=KIRBY, ev="2024-10-23", place=RFE)
bd["fair"] = C("bd", "\"If they are used against Ukraine, they are fair game,\"", kind=S, measure=TGT,
               mod="conditional", by=KIRBY)
bd["austin"] = C("bd", "said there was \"evidence that there are DPRK troops in Russia,\"", kind=S, measure=DEP,
                 by=AUSTIN)
bd["left"] = C("bd", "what they will do \"is left to be seen.\"", kind=S, measure=AUSTIN_LEFT, by=AUSTIN)
bd["hur12"] = C("bd", "said on Thursday that around 12,000 North Korean troops were already in Russia", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
bd["off"] = C("bd", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
bd["gen"] = C("bd", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
bd["arr"] = C("bd", "HUR has also said the first units reached the Kursk region on Oct. 23.", kind=S, measure=ARR,
              by=HUR, ev="2024-10-23", place="Kursk")
bd["nodeny"] = C("bd", "did not deny the reports when asked about satellite images", kind=S, measure=NODENY, by=PUTIN,
                 ev="2024-10-24")
bd["img"] = C("bd", "\"images are a serious thing,\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24")
bd["biz"] = C("bd", "how Russia applies its new treaty with Pyongyang \"is our business.\"", kind=S, measure=TREATY,
              by=PUTIN, ev="2024-10-24", subject=RUS)
bd["law"] = C("bd", "said on Friday that any such deployment would be \"an act conforming with the norms of "
              "international law.\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
bd["bud"] = C("bd", "about 11,000 North Koreans were training in Russia's Far East", measure=B11, value=11000, q="about",
              by=BUD, place=RFE)
bd["ready"] = C("bd", "would be ready by Nov. 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)
bd["rise"] = C("bd", "the count \"will go up, probably a lot,\"", kind=S, measure=RISE, mod="planned",
               by="US official (anonymous)")
bd["evid"] = C("bd", "\"The evidence is clear, and the world will see it.\"", kind=S, measure=DEP, by=KYH,
               ev="2024-10-24")
bd["fake"] = C("bd", "the Kremlin calls the reports fake", kind=S, measure=DEP, by=KREMLIN)
bd["front"] = C("bd", "1,000 km: the length of the front line in Ukraine, roughly", measure=FRONTLEN, value=1000,
                q="about", unit="km", by=None, subject=UA)

# ---------------------------------------------------------------- 38 North, Wed 2024-10-30 (imagery analysis, numbered observations)
# The analysts' own counts are claims of 38 North, dated by the imagery they describe.
tn = {}
tn["begun"] = C("tn", "disclosed on October 18 that North Korea had begun moving troops to Russia", kind=S, measure=DEP,
                by=NIS, ev="2024-10-18")
tn["fb"] = C("tn", "about 1,500 in the first transport", measure=FB, value=1500, q="about", scope="first_batch", by=NIS)
tn["r3"] = C("tn", "roughly 3,000 by October 23", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
             place="Russia")
tn["dod10"] = C("tn", "\"around 10,000\" according to the Pentagon on Monday", value=10000, q="about", scope="total",
                by=DOD, ev="2024-10-28", place="Russia")
tn["nis10"] = C("tn", "\"more than 10,000\" according to the NIS in a closed briefing to lawmakers yesterday",
                value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
tn["chongjin"] = C("tn", "Imagery from October 8 and 10 shows a Russian Ropucha-class landing ship moored at the eastern "
                   "quay of Chongjin port", kind=S, measure=CHONGJIN, by=N38, place="North Korea")
tn["win"] = C("tn", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
tn["arrivals"] = C("tn", "Our imagery confirms at least two separate arrivals of large landing ships", measure=ARRIVALS,
                   value=2, q="at_least", unit="ship arrivals", by=N38, place=RFE, subject=RUS)
tn["ships"] = C("tn", "The NIS has said four landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
tn["escort"] = C("tn", "three escort vessels took part", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
tn["serg"] = C("tn", "Ukraine's military intelligence has named this range, north of Ussuriysk, as a place where North "
               "Korean soldiers are being trained", kind=S, measure=SERG, by=HUR, place=RFE)
tn["tents"] = C("tn", "Imagery from October 20 shows about 90 new tents", measure=TENTS, value=90, q="about",
                unit="tents", by=N38, ev="2024-10-20", place=RFE)
tn["veh"] = C("tn", "roughly 130 vehicles that were not there on October 1", measure=VEH, value=130, q="about",
              unit="vehicles", by=N38, ev="2024-10-20", place=RFE)
tn["cap"] = C("tn", "We estimate the camp could house between 2,000 and 3,000 people", measure=CAP, low=2000, high=3000,
              unit="people", mod="conditional", by=N38, place=RFE)
tn["sites"] = C("tn", "The White House has said the troops are training at three sites in eastern Russia",
                measure=SITES, value=3, unit="training sites", by=WH, place=RFE)
tn["ranges"] = C("tn", "We have found new activity at two other ranges", measure=RANGES, value=2, unit="ranges",
                 by=N38, place="Russia")
tn["flat"] = C("tn", "One freight yard near Ussuriysk held more than 40 loaded flatcars on October 26", measure=FLAT,
               value=40, q="at_least", unit="flatcars", by=N38, ev="2024-10-26", place=RFE, subject=RUS)
tn["arr"] = C("tn", "HUR said the first North Korean units arrived in the Kursk region on October 23.", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
tn["closer"] = C("tn", "The Pentagon said on Monday that some of the troops had moved closer to Ukraine", kind=S,
                 measure=FRONT, by=DOD, ev="2024-10-28")
tn["weeks"] = C("tn", "they would probably augment Russian forces near the border \"over the next several weeks.\"",
                kind=S, measure=CT, mod="planned", by=DOD, ev="2024-10-28")
tn["plan"] = C("tn", "The NIS's 12,000 was always a plan", measure=PL, value=12000, mod="planned", scope="total", by=NIS)
tn["dod10b"] = C("tn", "The Pentagon's 10,000 counts soldiers already sent to eastern Russia", value=10000,
                 scope="total", by=DOD, place=RFE)
tn["hur12"] = C("tn", "which put the number at about 12,000 on October 24", value=12000, q="about", scope="total",
                by=HUR, ev="2024-10-24", place="Russia")
tn["bud"] = C("tn", "Budanov's 11,000", measure=B11, value=11000, by=BUD, place=RFE)
tn["ready"] = C("tn", "\"ready by November 1\"", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD)

# ---------------------------------------------------------------- Hokkaido Shimbun, Fri 2024-11-01 (regional newspaper)
hk = {}
hk["impact"] = C("hk", "The missile came down about 200 kilometers west of Okushiri", measure=IMPACT, value=200,
                 q="about", unit="km", by=JMOD)
hk["86"] = C("hk", "The missile flew for about 86 minutes on Thursday", measure=ICBM_T, value=86, q="about",
             unit="minutes", by=JMOD, ev="2024-10-31")
hk["alt"] = C("hk", "reached an altitude of more than 7,000 kilometers", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD, ev="2024-10-31")
hk["kim"] = C("hk", "quoted leader Kim Jong Un as calling the test an \"appropriate military action\"", kind=S,
              measure=KIM_ICBM, by="Kim Jong Un", ev="2024-11-01")
hk["fb"] = C("hk", "the first 1,500 North Korean soldiers were shipped across the Sea of Japan to Vladivostok",
             measure=FB, value=1500, scope="first_batch", by=NIS, place=RFE)
hk["nis10"] = C("hk", "Seoul's spy agency told lawmakers this week that more than 10,000 had now been sent", value=10000,
                q="at_least", scope="total", by=NIS, place="Russia")
hk["k8"] = C("hk", "said about 8,000 North Korean soldiers had moved to Russia's Kursk region", measure=KU, value=8000,
             q="about", by=BLA, ev="2024-10-31", place="Kursk")
hk["r10"] = C("hk", "out of roughly 10,000 sent to Russia", value=10000, q="about", scope="total", by=BLA,
              ev="2024-10-31", place="Russia")
hk["notyet"] = C("hk", "Blinken said the United States had not yet seen them in combat", kind=S, measure=CS, by=BL)
hk["days"] = C("hk", "expected them to enter the fighting \"in the coming days.\"", kind=S, measure=CT, mod="planned",
               by=BL)
hk["targets"] = C("hk", "they would become \"legitimate military targets.\"", kind=S, measure=TGT, mod="conditional",
                  by=BL)
hk["law"] = C("hk", "who called the deployment an illegal act in breach of UN Security Council resolutions", kind=S,
              measure=LAW, by="South Korea foreign and defense ministers")
hk["conc"] = C("hk", "the government had \"grave concern\" about the deployment", kind=S, measure=JCONC, by=HAY,
               ev="2024-11-01")
hk["tech"] = C("hk", "Japan could not rule out that Russia was giving North Korea missile technology in return", kind=S,
               measure=TECH, mod="conditional", by=HAY)
hk["rec"] = C("hk", "Thursday's flight time broke the record of 73 minutes", measure=ICBM_REC, value=73,
              unit="minutes", by=JMOD)

# ---------------------------------------------------------------- MarketWatch, Wed 2024-11-06 (markets story)
mw = {}
mw["um"] = C("mw", "Rustem Umerov, told South Korean broadcaster KBS on Tuesday that Ukrainian forces had fought their "
             "first small-scale engagements with North Korean troops", kind=S, measure=CS, by=UM, ev="2024-11-05",
             place="Kursk")
mw["zel11"] = C("mw", "President Volodymyr Zelensky said 11,000 North Korean soldiers were now in Russia's Kursk region",
                measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
mw["mnd"] = C("mw", "South Korea's defense ministry said on Tuesday it could not confirm that North Korean soldiers had "
              "taken part in combat", kind=S, measure=CS, by=MND, ev="2024-11-05")
mw["dod"] = C("mw", "the Pentagon said on Monday it was not in a position to confirm reports of North Koreans fighting",
              kind=S, measure=CS, by=DOD, ev="2024-11-04")
mw["nis10"] = C("mw", "South Korea's spy agency says more than 10,000 North Korean troops have been sent to Russia",
                value=10000, q="at_least", scope="total", by=NIS, place="Russia")
mw["wpn"] = C("mw", "has said Seoul does not rule out sending weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by=YOON, subject=SK)
mw["choe"] = C("mw", "her country would stand with Russia \"until victory day.\"", kind=S, measure=CHOE,
               by="Choe Son Hui")

# ---------------------------------------------------------------- The Globe and Mail, Fri 2024-11-08 (letters page)
# Only figures and statements a letter attributes to a source are annotated (with that source);
# the writers' own opinions, history and background figures are not.
gm = {}
gm["dod10"] = C("gm", "The Pentagon says about 10,000 have been sent to Russia", value=10000, q="about", scope="total",
                by=DOD, place="Russia")
gm["k8"] = C("gm", "some 8,000 of them are already in the Kursk region", measure=KU, value=8000, q="about", by=DOD,
             place="Kursk")
gm["zel11"] = C("gm", "President Volodymyr Zelensky now puts the Kursk figure at 11,000", measure=KU, value=11000,
                by=ZEL, place="Kursk")
gm["15k"] = C("gm", "Ukraine's defence minister has said as many as 15,000 could eventually come", measure=UM15,
              value=15000, q="up_to", mod="planned", scope="total", by=UM)
gm["merc"] = C("gm", "South Korea's Defence Minister called them mercenaries who will be used as cannon fodder.",
               kind=S, measure=MERC, by=KYH)
gm["misq"] = C("gm", "many people still repeat that Seoul has said 12,000 North Koreans are fighting in Ukraine",
               measure=MISQ, value=12000, scope="total", by="popular claim", place="Ukraine")
gm["plan"] = C("gm", "Pyongyang had decided to send about 12,000 in all", measure=PL, value=12000, q="about",
               mod="planned", scope="total", by=NIS)
gm["fb"] = C("gm", "the first 1,500 had been shipped in mid-October", measure=FB, value=1500, scope="first_batch",
             by=NIS)
gm["fake"] = C("gm", "The Kremlin called the first reports a fake.", kind=S, measure=DEP, by=KREMLIN)
gm["law"] = C("gm", "Pyongyang said that if it had sent troops, that would be perfectly legal", kind=S, measure=LAW,
              mod="conditional", by=NKFM)
gm["biz"] = C("gm", "Mr. Putin says the treaty is \"our business.\"", kind=S, measure=TREATY, by=PUTIN, subject=RUS)
gm["mnd"] = C("gm", "South Korea's Defence Ministry said on Tuesday it could not confirm the Ukrainian reports of "
              "fighting", kind=S, measure=CS, by=MND, ev="2024-11-05")
gm["monitor"] = C("gm", "sending a team of officers to observe North Korean tactics would be \"natural,\"", kind=S,
                  measure=MONITOR, mod="conditional", by=KYH, subject=SK)
gm["wpn"] = C("gm", "said on Thursday his government does not rule out supplying weapons to Ukraine", kind=S,
              measure=WPN, mod="conditional", by=YOON, ev="2024-11-07", subject=SK)

# ---------------------------------------------------------------- dpa, Tue 2024-11-12 (wire factbox)
dp = {}
dp["wash"] = C("dp", "Washington said on Tuesday that North Korean soldiers have begun fighting for Russia", kind=S,
               measure=CS, by=USG, ev="2024-11-12")
dp["brig"] = C("dp", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
dp["plan"] = C("dp", "about 12,000 soldiers", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
               ev="2024-10-18")
dp["fb"] = C("dp", "about 1,500 special forces, shipped to Vladivostok", measure=FB, value=1500, q="about",
             scope="first_batch", by=NIS, place=RFE)
dp["win"] = C("dp", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
dp["sb"] = C("dp", "A second group of about 1,500 followed around Oct. 23", measure=SB, value=1500, q="about",
             scope="additional", by=NIS, ev="2024-10-23", place="Russia")
dp["r3"] = C("dp", "bringing the count to some 3,000, the agency said then", value=3000, q="about", scope="total",
             by=NIS, ev="2024-10-23", place="Russia")
dp["dod10"] = C("dp", "the Pentagon said on Oct. 28 that around 10,000 had been sent to eastern Russia", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
dp["nis10"] = C("dp", "The NIS told lawmakers on Oct. 29 that more than 10,000 had arrived", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
dp["st10"] = C("dp", "a US State Department spokesman said on Tuesday that more than 10,000 North Korean soldiers are "
               "in Russia", value=10000, q="at_least", scope="total", by=STATE, ev="2024-11-12", place="Russia")
dp["hur12"] = C("dp", "Ukraine's military intelligence spoke of about 12,000 as early as Oct. 24", value=12000,
                q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
dp["15k"] = C("dp", "Defence Minister Rustem Umerov has said as many as 15,000 could be sent in total", measure=UM15,
              value=15000, q="up_to", mod="planned", scope="total", by=UM)
dp["k8"] = C("dp", "The United States said on Oct. 31 that about 8,000 were in the Kursk region", measure=KU,
             value=8000, q="about", by=USG, ev="2024-10-31", place="Kursk")
dp["zel11"] = C("dp", "President Volodymyr Zelensky said on Nov. 4 that 11,000 North Korean soldiers were in the Kursk "
                "region", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
dp["most"] = C("dp", "On Tuesday the State Department said most of them have moved to Kursk.", kind=S, measure=MOSTK,
               by=STATE, ev="2024-11-12", place="Kursk")
dp["50k"] = C("dp", "Russia had massed some 50,000 troops, North Koreans among them", measure=MASSED, value=50000,
              q="about", by="US and Ukrainian officials", ev="2024-11-10", place="Kursk", subject=RUS)
dp["um"] = C("dp", "Umerov said on Nov. 5 that the first small-scale engagements had taken place", kind=S, measure=CS,
             by=UM, ev="2024-11-05", place="Kursk")
dp["mnd"] = C("dp", "South Korea's Defence Ministry said the same day it could not confirm this", kind=S, measure=CS,
              by=MND, ev="2024-11-05")
dp["notyet"] = C("dp", "US officials said on Oct. 31 they had not yet seen North Korean troops in combat", kind=S,
                 measure=CS, by=USG, ev="2024-10-31")
dp["begun"] = C("dp", "On Tuesday the State Department said they \"have begun engaging in combat operations\"", kind=S,
                measure=CS, by=STATE, ev="2024-11-12")
dp["fake"] = C("dp", "Kremlin spokesman Dmitry Peskov first called the reports \"another fake.\"", kind=S, measure=DEP,
               by="Dmitry Peskov")
dp["biz"] = C("dp", "President Vladimir Putin later said the use of the treaty was Russia's \"business.\"", kind=S,
              measure=TREATY, by=PUTIN, subject=RUS)
dp["law"] = C("dp", "North Korea's Foreign Ministry has said any such deployment would be lawful", kind=S, measure=LAW,
              mod="conditional", by=NKFM)
dp["pay"] = C("dp", "the NIS estimates Russia pays about 2,000 dollars per soldier per month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
dp["regime"] = C("dp", "most of it kept by the state", kind=S, measure=REGIME, by=NIS)
dp["tech"] = C("dp", "Seoul fears Moscow could transfer know-how for satellites, submarines or missiles", kind=S,
               measure=TECH, mod="conditional", by=SKG)
dp["rutte"] = C("dp", "confirmed on Oct. 28 that North Korean units had been sent to the Kursk region", kind=S,
                measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
dp["esc"] = C("dp", "called it a \"significant escalation.\"", kind=S, measure=ESC, by=RUTTE, ev="2024-10-28")
dp["wpn"] = C("dp", "said on Nov. 7 that Seoul does not rule out supplying weapons to Ukraine", kind=S, measure=WPN,
              mod="conditional", by=YOON, ev="2024-11-07", subject=SK)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [da["r3"], da["wh3"], bd["r3"], bd["kirby3"], da["hur12"], bd["hur12"], tn["hur12"], dp["hur12"]], "discrepancy",
  "snapshot Oct 23-24, told in that week's documents: Seoul and Washington about / at least 3,000 vs Ukraine's HUR "
  "about 12,000 already in Russia (HUR's figure restated on Oct 30 and Nov 12)",
  [("about / at least 3,000 (South Korea, US)", [da["r3"], da["wh3"], bd["r3"], bd["kirby3"]]),
   ("about 12,000 (HUR)", [da["hur12"], bd["hur12"], tn["hur12"], dp["hur12"]])])
K(RU, [tn["r3"], tn["dod10"], tn["nis10"], tn["dod10b"], hk["nis10"], hk["r10"], mw["nis10"], gm["dod10"], dp["r3"],
       dp["dod10"], dp["nis10"], dp["st10"]], "update_over_time",
  "running total in Russia told from Oct 30 on: about 3,000 (NIS Oct 23) -> about 10,000 (Pentagon Oct 28, Blinken / "
  "Austin Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12), with undated restatements")
K(KU, [hk["k8"], gm["k8"], dp["k8"], mw["zel11"], gm["zel11"], dp["zel11"]], "update_over_time",
  "troops in Kursk: about 8,000 (US, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [mo["plan"], da["plan"], tn["plan"], gm["plan"], dp["plan"], mo["zel10"]], "discrepancy",
  "planned total: about 12,000 (NIS Oct 18, read the same way by Seoul's defence minister) vs Zelensky's some 10,000 "
  "being prepared",
  [("about 12,000 (NIS)", [mo["plan"], da["plan"], tn["plan"], gm["plan"], dp["plan"]]),
   ("some 10,000 (Zelensky)", [mo["zel10"]])])
K(BRIG, [mo["brig"], dp["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(FB, [mo["fb"], da["fb"], tn["fb"], hk["fb"], gm["fb"], dp["fb"]], "agreement",
  "NIS: a first transport of about 1,500 to Vladivostok (restated by Seoul's defence minister)")
K(WIN, [mo["win"], tn["win"], dp["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SB, [da["sb"], bd["sb"], dp["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [da["proj"], bd["proj"]], "agreement", "Seoul (Oct 23-24): about 10,000 expected in all")
K(PRD, [da["dec"], bd["dec"]], "agreement", "Seoul's projection deadline: December")
K(SHIPS, [mo["ships"], tn["ships"]], "agreement", "NIS: four Russian landing ships")
K(ESCORT, [mo["escort"], tn["escort"]], "agreement", "NIS: three escort vessels")
K(SITES, [bd["sites"], tn["sites"]], "agreement", "White House / Kirby (Oct 23): three training sites in eastern Russia")
K(B11, [bd["bud"], tn["bud"]], "agreement", "Budanov (Oct 18): about 11,000 training in Russia's east")
K(READY, [bd["ready"], tn["ready"]], "agreement", "Budanov: ready by November 1")
K(ARR, [bd["arr"], tn["arr"]], "agreement", "HUR: first units reached Kursk on Oct 23")
K(PAY, [da["pay"], bd["pay"], dp["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [da["regime"], bd["regime"], dp["regime"]], "agreement", "NIS: most of the pay kept by the regime")
K(TECH, [da["tech"], hk["tech"], dp["tech"]], "agreement",
  "Seoul and Tokyo: Russia may give North Korea military technology in return")
K(DEP, [mo["begun"], da["evid"], bd["austin"], bd["evid"], tn["begun"], dp["rutte"], da["fake"], bd["fake"],
        gm["fake"], dp["fake"]], "discrepancy",
  "deployment asserted (NIS, Seoul's defence minister, Austin, Rutte) vs dismissed as fake (Kremlin, Peskov)",
  [("asserted", [mo["begun"], da["evid"], bd["austin"], bd["evid"], tn["begun"], dp["rutte"]]),
   ("dismissed", [da["fake"], bd["fake"], gm["fake"], dp["fake"]])])
K(LAW, [mo["law"], hk["law"], bd["law"], gm["law"], dp["law"]], "discrepancy",
  "legality: a violation of UN Security Council resolutions (Seoul) vs lawful (Pyongyang)",
  [("violation (South Korea)", [mo["law"], hk["law"]]), ("lawful (North Korea)", [bd["law"], gm["law"], dp["law"]])])
K(TREATY, [bd["biz"], gm["biz"], dp["biz"]], "agreement", "Putin (Oct 24): the treaty's use is 'our business'")
K(ESC, [mo["esc"], dp["esc"]], "agreement", "Rutte: a significant escalation (conditional Oct 21, stated Oct 28)")
K(CS, [mo["rutte"], hk["notyet"], dp["notyet"], mw["dod"], dp["wash"], dp["begun"]], "update_over_time",
  "Western assessment of combat: cannot confirm / not yet seen (Rutte Oct 21, Blinken and US officials Oct 31, "
  "Pentagon Nov 4) -> have begun engaging in combat operations (Washington, State Department Nov 12)")
K(CS + ", Nov 4-5", [mw["um"], dp["um"], mw["mnd"], gm["mnd"], dp["mnd"]], "discrepancy",
  "Nov 5: Umerov reports the first small-scale engagements vs Seoul's defence ministry cannot confirm combat",
  [("engagements reported (Umerov)", [mw["um"], dp["um"]]),
   ("not confirmed (South Korea MND)", [mw["mnd"], gm["mnd"], dp["mnd"]])])
K(CT, [tn["weeks"], hk["days"]], "discrepancy",
  "combat entry: 'over the next several weeks' (Pentagon, Oct 28) vs 'in the coming days' (Blinken, Oct 31)",
  [("weeks", [tn["weeks"]]), ("days", [hk["days"]])])
K(FRONT, [da["front"], tn["closer"]], "update_over_time",
  "front: no indication of a move to the front (JCS, Oct 24) -> some moved closer to Ukraine (Pentagon, Oct 28)")
K(TGT, [bd["fair"], hk["targets"]], "agreement", "troops who fight Ukraine are fair game / legitimate targets (US)")
K(WPN, [mo["wpn"], da["wpn"], mw["wpn"], gm["wpn"], dp["wpn"]], "agreement",
  "Seoul keeps the option of arming Ukraine open (foreign ministry Oct 21, defence minister Oct 24, Yoon Nov 7)")
K(THREAT, [mo["threat"], mo["nsc"]], "agreement", "Seoul: the dispatch is a grave security threat (Oct 18, Oct 21)")
K(RESP, [mo["resp"], mo["idly"]], "agreement", "Seoul will respond / not stand idly by (Oct 18, Oct 21)")
K(MERC, [da["merc"], gm["merc"]], "agreement", "Kim Yong-hyun (Oct 24): mercenaries, cannon fodder")
K(MONITOR, [da["monitor"], gm["monitor"]], "agreement", "Kim Yong-hyun (Oct 24): a monitoring team would be natural")
K(UM15, [gm["15k"], dp["15k"]], "agreement", "Umerov: up to 15,000 in all")

pairs = [
    (mo["fb"], mo["plan"], "first transport about 1,500 vs about 12,000 planned in all, same background list"),
    (mo["ships"], mo["brig"], "four landing ships vs four brigades, same number, different measure"),
    (tn["escort"], tn["sites"], "three escort vessels vs three training sites, same number, different measure"),
    (da["fb"], da["sb"], "first transport about 1,500 vs another group of about 1,500, same answer"),
    (da["r3"], da["proj"], "about 3,000 now vs about 10,000 expected by December, same answer"),
    (da["hur12"], da["plan"], "12,000: HUR's count already in Russia vs the North's intended total, adjacent turns"),
    (bd["sb"], bd["r3"], "second group of about 1,500 vs about 3,000 in total, same sentence"),
    (bd["hur12"], bd["bud"], "about 12,000 in Russia (HUR) vs about 11,000 in training (Budanov)"),
    (tn["fb"], tn["r3"], "1,500 first transport vs 3,000 by Oct 23, same sentence"),
    (tn["plan"], tn["hur12"], "12,000: the NIS plan vs HUR's count, same paragraph"),
    (hk["k8"], hk["r10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same sentence"),
    (mw["zel11"], mw["nis10"], "11,000 in Kursk vs more than 10,000 sent to Russia, adjacent paragraphs"),
    (gm["k8"], gm["dod10"], "some 8,000 in Kursk vs about 10,000 in Russia, same letter"),
    (gm["zel11"], gm["15k"], "11,000 in Kursk now vs up to 15,000 eventually, same letter"),
    (gm["plan"], gm["fb"], "about 12,000 planned vs the first 1,500, same sentence"),
    (dp["fb"], dp["sb"], "first batch 1,500 vs second group 1,500, same bullet"),
    (dp["hur12"], dp["plan"], "12,000: HUR's count (Oct 24) vs the NIS plan (Oct 18), same section"),
    (dp["st10"], dp["zel11"], "more than 10,000 in Russia (Nov 12) vs 11,000 in Kursk (Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
