"""Generate gold.json for blind29 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind29/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, NIS, HUR, DOD, MND, JMOD, PO  # noqa: F401
)

DOCS = {
    "aus": ("the-australian-2024-10-19-north-korea-to-send-12000-troops-to-russia-seoul-says", "The Australian",
            "2024-10-19"),
    "age": ("the-age-2024-10-24-seoul-says-3000-north-korean-soldiers-now-in-russia", "The Age", "2024-10-24"),
    "rnz": ("rnz-2024-10-25-checkpoint-ukraine-says-12000-north-korean-troops-seoul-3000", "RNZ (Radio New Zealand)",
            "2024-10-25"),
    "gl": ("global-news-2024-10-29-pentagon-says-10000-north-korean-troops-sent-to-russia", "Global News (Canada)",
           "2024-10-29"),
    "nzh": ("new-zealand-herald-2024-11-01-us-says-8000-north-korean-troops-in-kursk", "New Zealand Herald",
            "2024-11-01"),
    "wfp": ("winnipeg-free-press-2024-11-02-letters-north-korean-troops-ottawa-response", "Winnipeg Free Press",
            "2024-11-02"),
    "stf": ("stuff-2024-11-05-explainer-north-korean-troops-in-russia-first-clashes", "Stuff (New Zealand)",
            "2024-11-05"),
    "np": ("national-post-2024-11-13-analysis-how-north-koreas-war-in-russia-crept-up", "National Post", "2024-11-13"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind23's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
AGE = "age"
SITES = "training sites in eastern Russia (US)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
NOACK = "Russia has not acknowledged the deployment"
N5 = "first clashes with North Korean troops (Nov 5)"
MOSTK = "most North Korean troops moved to Kursk"
UNITS = "North Korean troops assigned to Russian marine and airborne units"
MASSED = "Russian force massed for Kursk counteroffensive"
RATIFY = "Kim Jong Un ratified the treaty with Russia"
SRBM = "North Korean short-range ballistic missiles fired (Nov 5)"
MORE = "more North Korean troops expected (Ukraine)"
LAVROV = "Russia-North Korea military ties"
INTENT = "Russia intends to use North Korean troops in combat (US)"
UNDERWAY = "North Korean deployment already under way"
TACT = "North Korean tactical personnel and officers already sent (Zelensky)"
FURTHER = "further North Korean troop transports being prepared"
UNCLEAR = "US unsure whether North Korean troops will fight"
AU_CONC = "Australia's concern over the deployment"
AU_AID = "Australia's support to Ukraine since 2022 (total)"
AU_MIL = "Australia's military assistance to Ukraine since 2022"
YEARS24 = "years since a Russian leader last visited North Korea"
NZ_COND = "New Zealand condemns the deployment"
CA_COND = "Canada condemns the deployment"
CA_SANC = "Canadian sanctions over Russia's war (individuals and entities)"
ICBMW = "North Korean ICBM test expected around the US election (NIS)"
NZ_MFAT = "New Zealand consulting partners on a response"
HW19 = "North Korea names its new ICBM"
ARITH = "monthly pay flowing to the North Korean regime (reader's arithmetic)"
TRUMP24 = "Trump's promise to end the war within 24 hours"


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
RUG = "Russia government"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
YOON = "Yoon Suk Yeol"
SKFM = "South Korea Foreign Ministry"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
REILLY = "Hannah Reilly"
FLETCHER = "Rewi Fletcher"
PETERS = "Winston Peters"
JOLY = "Mélanie Joly"
SK, UA, RUS, JP = "South Korea", "Ukraine", "Russia", "Japan"
AU, NZ, CA, US = "Australia", "New Zealand", "Canada", "United States"
RFE = "Russia Far East"
USDM = "USD per month"

# ---------------------------------------------------------------- The Australian, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 (the plan and, in the same sentence, the first soldiers landed); "after which" in the
# sentence of the Friday meeting -> 10-18 (the office's threat and UNSC line); "had said on Thursday" -> 10-17
# (Zelensky's 10,000 and his officers line); "in an interview published on Friday" -> 10-18 (Budanov's 11,000 and
# November 1 in one sentence). Rutte's sentence ("standing beside him") gives no day; nor do the brigades, the
# window sentence ("according to the NIS"), the ships, the escorts, uniforms, Budanov's 2600 ("he said") or Peskov.
# "By its count, only those 1500 or so have left North Korea so far" is Seoul's head count that week (bundled k01),
# not the transport report. The analyst is invented; her age is annotated (attributed to nobody). "24 years" is the
# outlet's count (attributed to nobody). "first large-scale", "since August", "in 2022", "in June", "has not
# commented" (a non-reply), the stamps and the MORE line (42 per cent, 0.9 per cent) are not annotated.
aus = {}
aus["plan"] = C("aus", "North Korea has decided to send about 12,000 troops to fight for Russia in Ukraine", measure=PL,
                value=12000, q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
aus["landed"] = C("aus", "the first of them have already landed in the Russian Far East", kind=S, measure=UNDERWAY,
                  by=NIS, ev="2024-10-18", place=RFE)
aus["brig"] = C("aus", "Pyongyang would commit four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
                by=NIS)
aus["win"] = C("aus", "Between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
aus["fb"] = C("aus", "Russian navy landing ships carried about 1500 North Korean special forces", measure=FB, value=1500,
              q="about", scope="first_batch", by=NIS, place=RFE)
aus["ships"] = C("aus", "Four landing ships made the crossing", measure=SHIPS, value=4, unit="ships", by=NIS,
                 subject=RUS)
aus["escort"] = C("aus", "shadowed by three escort vessels", measure=ESCORT, value=3, unit="ships", by=NIS, subject=RUS)
aus["unif"] = C("aus", "the soldiers were handed Russian uniforms, Russian-made weapons and forged identity papers "
                "presenting them as natives of Yakutia and Buryatia, the agency said", kind=S, measure=UNIF, by=NIS)
aus["sofar"] = C("aus", "only those 1500 or so have left North Korea so far", value=1500, q="about", scope="total",
                 by=NIS, place="Russia")
aus["law"] = C("aus", "his office said the dispatch was \"a grave security threat\" to South Korea and a breach of "
               "United Nations Security Council resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18", subject=SK)
aus["zel10"] = C("aus", "North Korea was preparing 10,000 soldiers to join Russian forces", measure=PL, value=10000,
                 mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
aus["tact"] = C("aus", "had already sent \"tactical personnel and officers\"", kind=S, measure=TACT, by=ZEL,
                ev="2024-10-17")
aus["rutte"] = C("aus", "the alliance had no evidence yet that North Korean troops were involved in the fighting", kind=S,
                 measure=CS, by=RUTTE)
aus["bud"] = C("aus", "about 11,000 North Korean infantry were training in Russia's east", value=11000, q="about",
               scope="total", by=BUD, ev="2024-10-18", place=RFE)
aus["ready"] = C("aus", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                 ev="2024-10-18")
aus["2600"] = C("aus", "A first unit of 2600 was to head for the Kursk region", measure=FIRSTU, value=2600,
                mod="planned", scope="first_batch", by=BUD, place="Kursk")
aus["fake"] = C("aus", "The Kremlin has rejected the reports, with Vladimir Putin's spokesman, Dmitry Peskov, calling "
                "them \"another fake\"", kind=S, measure=DEP, by=PESKOV, subject=RUS)
aus["wong"] = C("aus", "Foreign Minister Penny Wong said the government was \"deeply concerned\" by the reports", kind=S,
                measure=AU_CONC, by="Penny Wong", subject=AU)
aus["aid"] = C("aus", "Australia has provided more than $1.3 billion in support to Ukraine", measure=AU_AID,
               value=1300000000, q="at_least", unit="AUD", by="Australia Department of Defence", subject=AU)
aus["mil"] = C("aus", "about $1.1 billion of it military assistance", measure=AU_MIL, value=1100000000, q="about",
               unit="AUD", by="Australia Department of Defence", subject=AU)
aus["age"] = C("aus", "Dr Hannah Reilly, 41", measure=AGE, value=41, unit="years", by=None, subject=REILLY)
aus["tech"] = C("aus", "Putin gets men without having to mobilise more Russians, and Kim gets hard currency, combat "
                "experience and, very likely, Russian military technology", kind=S, measure=TECH, mod="planned",
                by=REILLY)
aus["method"] = C("aus", "Seoul tends to report what it has seen leave port. Kyiv tends to report what it expects to "
                  "arrive,\" she said", kind=S, measure=METHOD, by=REILLY)
aus["24y"] = C("aus", "first visit to the North in 24 years", measure=YEARS24, value=24, unit="years", by=None,
               subject=RUS)

# ---------------------------------------------------------------- The Age, Thu 2024-10-24 (correspondent's dispatch from Seoul)
# The Age writes four-digit numbers without a comma ("1500", "3000"). "told lawmakers on Wednesday" -> 10-23 (the
# second group and the total in one sentence); the forecast sentence ends "told reporters" with no day (null, as is
# December); "Five days earlier" in the sentence of the Wednesday briefing -> 10-18 (plan, brigades, first group and
# window in one sentence); Kirby "said on Wednesday" -> 10-23 (count and sites); "On Monday" -> 10-21 (the summons),
# "A day later" -> 10-22 (the presidential official); Kyslytsya "on Monday" -> 10-21 (his 11,000 and November 1 in one
# sentence); "last week" gives null (Zelensky). Kyslytsya's Oct 21 figure is a week-of-Oct-17-22 figure (bundled
# k01) although this is an Oct 24 story. "officials in Seoul say privately" names nobody; the station colour, "fourth-
# largest", "$57 billion", "in May" and the bio line are not annotated.
age = {}
age["sb"] = C("age", "Another 1500 North Korean soldiers have been shipped to Russia", measure=SB, value=1500,
              scope="additional", by=NIS, ev="2024-10-23", place="Russia")
age["nis3"] = C("age", "bringing the number there to about 3000", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
age["pr"] = C("age", "expects that figure to reach about 10,000", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
age["prd"] = C("age", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
age["further"] = C("age", "The agency believes further transports are being prepared", kind=S, measure=FURTHER,
                   mod="planned", by=NIS)
age["pay"] = C("age", "Russia pays each soldier about $US2000 a month", measure=PAY, value=2000, q="about", unit=USDM,
               by=NIS)
age["regime"] = C("age", "most of the money is likely to end up with the regime in Pyongyang rather than with the men",
                  kind=S, measure=REGIME, by=NIS)
age["drones"] = C("age", "Russian instructors, it said, rate the North Koreans' fitness and discipline highly but find "
                  "them ignorant of drones and other features of modern warfare", kind=S, measure=DRONES, by=NIS)
age["plan"] = C("age", "the North had decided to send about 12,000 troops", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
age["brig"] = C("age", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
age["fb"] = C("age", "a first group of about 1500 special forces had crossed by sea", measure=FB, value=1500, q="about",
              scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
age["win"] = C("age", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS, ev="2024-10-18")
age["kirby"] = C("age", "at least 3000 North Korean soldiers had been moved by ship to the Russian Far East", value=3000,
                 q="at_least", scope="total", by=KIRBY, ev="2024-10-23", place=RFE)
age["sites"] = C("age", "were training at three sites there", measure=SITES, value=3, unit="training sites", by=KIRBY,
                 ev="2024-10-23", place=RFE)
age["unclear"] = C("age", "It was unclear whether they would go on to fight, he said", kind=S, measure=UNCLEAR,
                   by=KIRBY, subject=US)
age["fair"] = C("age", "if they do, they are fair game", kind=S, measure=TGT, mod="conditional", by=KIRBY)
age["adep"] = C("age", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP, by=AUSTIN)
age["aesc"] = C("age", "If they are co-belligerents, if their intention is to participate in this war on Russia's "
                "behalf, that is a very, very serious issue", kind=S, measure=ESC, mod="conditional", by=AUSTIN)
age["wd"] = C("age", "the foreign ministry summoned Russia's ambassador, Georgy Zinoviev, and demanded the troops' "
              "immediate withdrawal", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
age["wpn"] = C("age", "South Korea could supply Ukraine with defensive weapons first and consider offensive arms later",
               kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
age["zel10"] = C("age", "spoke last week of 10,000 troops being readied", measure=PL, value=10000, mod="planned",
                 scope="total", by=ZEL, place="Russia")
age["kys"] = C("age", "some 11,000 North Korean infantry were training in eastern Russia", value=11000, q="about",
               scope="total", by=KYS, ev="2024-10-21", place=RFE)
age["ready"] = C("age", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
                 by=KYS, ev="2024-10-21")

# ---------------------------------------------------------------- RNZ, Fri 2024-10-25 (radio interview transcript)
# The presenter's intro: "said yesterday" -> 10-24 (HUR's count, officers and generals in one sentence); the arrival
# "on Wednesday" -> 10-23 (an arrival with its own day takes it, as blind21-28 did); "as of this week" gives null;
# "today" -> 10-25 (Kim Jong Gyu, in the colon sentence); "this afternoon" -> 10-25 (Peters); "last Friday" -> 10-18
# (the plan and brigades, relayed by the guest); "said yesterday" -> 10-24 (Yoon). The presenter's "Twelve thousand
# versus three thousand" restates HUR's and the NIS's counts in words (two claims, undated). "Washington says at
# least 3000." -> US government. Putin's words, relayed by the guest ("He said"), carry no day. The guest (invented)
# speaks for himself in his method reading and his technology forecast; his asides ("That isn't a denial", "a big
# shift", the New Zealand answer) are not annotated. "since 1953", the programme line, "5.30", "three weeks on",
# "11 degrees" and the text number are not annotated.
rnz = {}
rnz["hur"] = C("rnz", "about 12,000 North Korean soldiers are now in Russia", value=12000, q="about", scope="total",
               by=HUR, ev="2024-10-24", place="Russia")
rnz["off"] = C("rnz", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
rnz["gen"] = C("rnz", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
rnz["arr"] = C("rnz", "the first units reached the Kursk region, on Ukraine's border, on Wednesday", kind=S, measure=ARR,
               by=HUR, ev="2024-10-23", place="Kursk")
rnz["nis3"] = C("rnz", "puts the number at about 3000 as of this week", value=3000, q="about", scope="total", by=NIS,
                place="Russia")
rnz["kjg"] = C("rnz", "if such a deployment were taking place, it would be \"an act conforming with the regulations of "
               "international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
rnz["peters"] = C("rnz", "New Zealand condemned any North Korean military support for Russia's illegal invasion",
                  kind=S, measure=NZ_COND, by=PETERS, ev="2024-10-25", subject=NZ)
rnz["tw12"] = C("rnz", "Twelve thousand", value=12000, scope="total", by=HUR, place="Russia")
rnz["tw3"] = C("rnz", "versus three thousand", value=3000, scope="total", by=NIS, place="Russia")
rnz["method"] = C("rnz", "Seoul counts the soldiers it has watched arrive in Russia. Kyiv, I think, counts the whole "
                  "force that has been committed, including men who haven't left North Korea yet.", kind=S,
                  measure=METHOD, by=FLETCHER)
rnz["plan"] = C("rnz", "the plan was about 12,000", measure=PL, value=12000, q="about", mod="planned", scope="total",
                by=NIS, ev="2024-10-18", place="Russia")
rnz["brig"] = C("rnz", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
                ev="2024-10-18")
rnz["wh3"] = C("rnz", "Washington says at least 3000.", value=3000, q="at_least", scope="total", by=USG, place="Russia")
rnz["pr"] = C("rnz", "Seoul also expects about 10,000 to be there", measure=PR, value=10000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
rnz["prd"] = C("rnz", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
rnz["pay"] = C("rnz", "Moscow pays each man around two thousand US dollars a month", measure=PAY, value=2000, q="about",
               unit=USDM, by=NIS)
rnz["regime"] = C("rnz", "most of which the regime keeps", kind=S, measure=REGIME, by=NIS)
rnz["img"] = C("rnz", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
               by=PUTIN, subject=RUS)
rnz["treaty"] = C("rnz", "how Russia applies its new treaty with Pyongyang is Russia's business", kind=S,
                  measure=TREATY, by=PUTIN, subject=RUS)
rnz["yoon"] = C("rnz", "said yesterday he would not rule out sending weapons to Ukraine", kind=S, measure=WPN,
                mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
rnz["tech"] = C("rnz", "I'd expect the real payment to come in Russian technology: satellites, submarines, perhaps "
                "missiles", kind=S, measure=TECH, mod="planned", by=FLETCHER)

# ---------------------------------------------------------------- Global News, Tue 2024-10-29 (press-briefing write-up, update block)
# "said Monday" -> 10-28 (the Pentagon's count, in the lead sentence that also holds the outlet's ratio); Singh's
# quote and "She said" give no day; "Last Wednesday" -> 10-23 (the White House's 3,000, told as the step before:
# k03); Rutte "on Monday" -> 10-28 (the deployment; his quote sentence has no day); HUR "last Thursday" -> 10-24 with
# the arrival "on the 23rd" -> 10-23; Zelensky "on Saturday" -> 10-26 (the window Oct 27-28 is his date claim);
# "said Friday" -> 10-25 (Kim Jong Gyu); Joly "said Monday" -> 10-28; the update's "on Tuesday" -> 10-29 (the NIS's
# count and the front in one sentence); "The agency said" and "It also warned" give none. HUR's Oct 24 count stays
# in the snapshot k02 (not a step of the running total). Canada's sanctions ("more than 3,000 individuals and
# entities") are a count about the war (Global Affairs Canada), single. "Singh would not say" is a refusal; "By
# Monday evening there was no public confirmation" is the outlet's remark. "since 2014", "Nov. 5" (inside the ICBM
# sentence, outside its quote), the markets line (0.4 per cent, 72 cents), the READ MORE line (3.75%) and the stamps
# are not annotated.
gl = {}
gl["dod10"] = C("gl", "Around 10,000 North Korean soldiers have been sent to eastern Russia for training", value=10000,
                q="about", scope="total", by=DOD, ev="2024-10-28", place=RFE)
gl["ratio"] = C("gl", "more than three times the figure the White House gave less than a week earlier", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
gl["closer"] = C("gl", "A portion of those soldiers have already moved closer to Ukraine", kind=S, measure=FRONT,
                 by=SINGH)
gl["intent"] = C("gl", "we are increasingly concerned that Russia intends to use these soldiers in combat or to support "
                 "combat operations against Ukrainian forces", kind=S, measure=INTENT, by=SINGH, subject=RUS)
gl["weeks"] = C("gl", "She said they could be used \"over the next several weeks\" in Russia's Kursk region", kind=S,
                measure=CT, mod="planned", by=SINGH, place="Kursk")
gl["wh3"] = C("gl", "Last Wednesday the White House had put the number at \"at least 3,000.\"", value=3000,
              q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
gl["nato"] = C("gl", "Hours earlier, NATO confirmed the deployment.", kind=S, measure=DEP, by=RUTTE, ev="2024-10-28")
gl["rdep"] = C("gl", "North Korean troops had been sent to Russia and that units had been deployed to the Kursk region",
               kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
gl["resc"] = C("gl", "\"This represents a significant escalation,\" Rutte said, calling it \"a dangerous expansion of "
               "Russia's war.\"", kind=S, measure=ESC, by=RUTTE)
gl["hur"] = C("gl", "about 12,000 North Koreans were in Russia", value=12000, q="about", scope="total", by=HUR,
              ev="2024-10-24", place="Russia")
gl["off"] = C("gl", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
gl["gen"] = C("gl", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
gl["arr"] = C("gl", "the first units reached Kursk on the 23rd", kind=S, measure=ARR, by=HUR, ev="2024-10-23",
              place="Kursk")
gl["ct"] = C("gl", "North Korean soldiers could appear on the battlefield on Oct. 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
gl["kjg"] = C("gl", "any such deployment would conform with international law", kind=S, measure=LAW,
              mod="conditional", by=KJG, ev="2024-10-25")
gl["joly"] = C("gl", "Canada \"strongly condemns\" North Korea's direct military support for Russia's illegal war",
               kind=S, measure=CA_COND, by=JOLY, ev="2024-10-28", subject=CA)
gl["sanc"] = C("gl", "Canada has sanctioned more than 3,000 individuals and entities", measure=CA_SANC, value=3000,
               q="at_least", unit="individuals and entities", by="Global Affairs Canada", subject=CA)
gl["nis10"] = C("gl", "more than 10,000 North Korean soldiers are now in Russia", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
gl["front"] = C("gl", "some appear to be moving toward the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
gl["kyb"] = C("gl", "the contingent is led by Lt.-Gen. Kim Yong Bok", kind=S, measure=KYB, by=NIS)
gl["terms"] = C("gl", "the soldiers are being taught about 100 basic Russian military terms", measure=TERMS, value=100,
                q="about", unit="terms", by=NIS)
gl["icbm"] = C("gl", "Pyongyang could test an intercontinental ballistic missile around the U.S. presidential election",
               kind=S, measure=ICBMW, mod="conditional", by=NIS)

# ---------------------------------------------------------------- New Zealand Herald, Fri 2024-11-01 (wire story with update block)
# "said on Thursday (US time)" -> 10-31 (Blinken's Kursk figure and "in the coming days" in one sentence); his later
# sentences give no day, nor do Austin's; "on Tuesday" -> 10-29 (the NIS's count and the front in one sentence); the
# ICBM's minutes and altitude sit in a sentence with no day ("Hours before the talks" is the previous sentence) and
# stay null; the update's "on Friday" -> 11-01 (Choe), "Earlier on Friday" -> 11-01 (state media naming the
# missile); Lavrov's sentence gives none. "Moscow has not confirmed" -> Kremlin; "Russian officials" -> Russia
# government. MFAT's line is a statement of an identified source (single). "since 2021", "allotted hour", the Kospi
# line, the update time, "4 mins", the RELATED line (4.75 per cent, 50 points, 5.10am) are not annotated.
nzh = {}
nzh["bl8"] = C("nzh", "About 8000 North Korean soldiers are now in Russia's Kursk region", measure=KU, value=8000,
               q="about", by=BL, ev="2024-10-31", place="Kursk")
nzh["days"] = C("nzh", "Washington expects them to join the fighting \"in the coming days\"", kind=S, measure=CT,
                mod="planned", by=BL, ev="2024-10-31")
nzh["bl10"] = C("nzh", "some 10,000 North Korean troops had been sent to Russia in total", value=10000, q="about",
                scope="total", by=BL, place="Russia")
nzh["tgt"] = C("nzh", "If they do enter combat against Ukraine, they will be legitimate military targets", kind=S,
               measure=TGT, mod="conditional", by=BL)
nzh["eq"] = C("nzh", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
              "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
nzh["intent"] = C("nzh", "Moscow fully intended to use them in combat", kind=S, measure=INTENT, by=AUSTIN, subject=RUS)
nzh["acs"] = C("nzh", "He had not yet seen reports of them fighting, he said.", kind=S, measure=CS, by=AUSTIN)
nzh["kyh"] = C("nzh", "South Korean Defence Minister Kim Yong-hyun called for the troops' immediate withdrawal", kind=S,
               measure=WITHDRAW, by=KYH, subject=SK)
nzh["cho"] = C("nzh", "Seoul was concerned that Moscow might repay Pyongyang with sensitive military technology", kind=S,
               measure=TECH, mod="conditional", by=CHO)
nzh["nis10"] = C("nzh", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least",
                 scope="total", by=NIS, ev="2024-10-29", place="Russia")
nzh["front"] = C("nzh", "some were moving closer to the front", kind=S, measure=FRONT, by=NIS, ev="2024-10-29")
nzh["t86"] = C("nzh", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
nzh["alt"] = C("nzh", "climbed to more than 7000km", measure=ICBM_A, value=7000, q="at_least", unit="km", by=JMOD)
nzh["noack"] = C("nzh", "Moscow has not confirmed that North Korean soldiers are on its soil.", kind=S, measure=NOACK,
                 by=KREMLIN, subject=RUS)
nzh["treaty"] = C("nzh", "what Russia does under its mutual defence treaty with Pyongyang, signed in June, is a matter "
                  "for the two countries", kind=S, measure=TREATY, by=RUG, subject=RUS)
nzh["mfat"] = C("nzh", "New Zealand was consulting closely with partners, including South Korea, on a response", kind=S,
                measure=NZ_MFAT, by="New Zealand Ministry of Foreign Affairs and Trade", subject=NZ)
nzh["choe"] = C("nzh", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"",
                kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")
nzh["lavrov"] = C("nzh", "Lavrov said the two countries' militaries and security services had \"very close\" ties.",
                  kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)
nzh["hw19"] = C("nzh", "North Korean state media named the missile the Hwasong-19 and called it the \"final version\" of "
                "the country's ICBMs", kind=S, measure=HW19, by="KCNA", ev="2024-11-01")

# ---------------------------------------------------------------- Winnipeg Free Press, Sat 2024-11-02 (letters to the editor)
# The letter writers (invented) speak in their own voice; their opinions are not annotated, what they relay from an
# origin is (as that origin's claim), and one reader's own arithmetic ("$20 million a month") is annotated as hers.
# "Last week" gives null; "On Thursday" -> 10-31 (Blinken); "on Monday" -> 10-28 (Joly). "Your Oct. 29 story quoted
# the Pentagon's estimate" dates the story, not the estimate (null). "Ottawa says" -> Canada government. The editor's
# note relays the NIS (the plan and the count "when that letter was written", a step of the running total: k03); the
# Oct. 26 letter's "sent 12,000 troops" is an unnamed reader's mistaken wording, not annotated. Off-topic or not a
# count about this war: "roughly 180,000" Manitobans of Ukrainian descent, "1951", "516 Canadians" (the Korean War),
# "Eight straight wins", "13 years", "April", "2019", "250 words", the address.
wfp = {}
wfp["pay"] = C("wfp", "Russia pays each North Korean soldier about US$2,000 a month", measure=PAY, value=2000, q="about",
               unit=USDM, by=NIS)
wfp["regime"] = C("wfp", "the regime in Pyongyang keeps most of it", kind=S, measure=REGIME, by=NIS)
wfp["pr"] = C("wfp", "Seoul's forecast of 10,000 soldiers", measure=PR, value=10000, mod="planned", scope="total",
              by=NIS, place="Russia")
wfp["prd"] = C("wfp", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
wfp["arith"] = C("wfp", "that is $20 million a month flowing to Kim Jong Un", measure=ARITH, value=20000000, unit=USDM,
                 mod="conditional", by="Oksana Melnyk")
wfp["ottawa"] = C("wfp", "Ottawa says it \"strongly condemns\" the deployment.", kind=S, measure=CA_COND,
                  by="Canada government", subject=CA)
wfp["dod10"] = C("wfp", "the Pentagon's estimate of around 10,000 North Korean soldiers in Russia", value=10000,
                 q="about", scope="total", by=DOD, place="Russia")
wfp["bl8"] = C("wfp", "U.S. Secretary of State Antony Blinken said about 8,000 of them were already in the Kursk region",
               measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
wfp["img"] = C("wfp", "said only that images \"reflect something.\"", kind=S, measure=IMG, by=PUTIN, subject=RUS)
wfp["joly"] = C("wfp", "Foreign Affairs Minister Mélanie Joly condemned North Korea's deployment on Monday", kind=S,
                measure=CA_COND, by=JOLY, ev="2024-10-28", subject=CA)
wfp["yoon"] = C("wfp", "has said he would not rule out sending weapons to Ukraine", kind=S, measure=WPN,
                mod="conditional", by=YOON, subject=SK)
wfp["ed12"] = C("wfp", "South Korea's intelligence service has described 12,000 as the total Pyongyang has decided to "
                "send", measure=PL, value=12000, mod="planned", scope="total", by=NIS, place="Russia")
wfp["ed3"] = C("wfp", "its own count of North Korean soldiers in Russia was about 3,000", value=3000, q="about",
               scope="total", by=NIS, place="Russia")

# ---------------------------------------------------------------- Stuff, Tue 2024-11-05 (explainer with question headings)
# The lead's two sentences ("Ukraine says ...", "South Korea says it cannot confirm that.") give no day and join the
# Nov 5 discrepancy beside the dated body sentences ("Ukraine says" -> Ukraine government; "South Korea says" -> the
# defence ministry, as blind23 gave such a lead line). "in an interview aired on Tuesday" -> 11-05 (Umerov; his "He
# said" sentence gives none); the ministry "on Tuesday" -> 11-05; Zelensky "on Monday" -> 11-04; "Last Thursday" ->
# 10-31 (Blinken's 8000 and, in the same sentence, "within days"; the ICBM's 86 minutes, dated by its flight day as
# blind23 did); "last week" gives null (the NIS's count and the 12,000 in one sentence; Choe's "until victory" told
# to Lavrov "last week", her Monday meeting with Putin being a relative clause); the Pentagon "on Monday" -> 11-04;
# "On Tuesday morning" -> 11-05 (the JCS). The NIS lines of "How did they get there?" and "What are they paid?" are
# undated ("Seoul says"). Peters "has condemned" is undated. "Analysts expect" names nobody. The conversion to NZ
# dollars sits inside the pay quote. "since 2022", the stamp and the Related line (race 7, 5pm) are not annotated.
stf = {}
stf["lclash"] = C("stf", "Ukraine says its forces have fought North Korean soldiers for the first time.", kind=S,
                  measure=N5, by=UAG)
stf["lmnd"] = C("stf", "South Korea says it cannot confirm that.", kind=S, measure=N5, by=MND, subject=SK)
stf["um"] = C("stf", "the first small-scale engagements with North Korean units had taken place in Russia's Kursk "
              "region", kind=S, measure=N5, by=UM, ev="2024-11-05", place="Kursk")
stf["more"] = C("stf", "Kyiv expected more North Korean soldiers to arrive in the coming weeks", kind=S, measure=MORE,
                mod="planned", by=UM)
stf["mnd"] = C("stf", "South Korea's defence ministry said on Tuesday it could not confirm the report.", kind=S,
               measure=N5, by=MND, ev="2024-11-05", subject=SK)
stf["z11"] = C("stf", "11,000 North Korean soldiers were now in Kursk", measure=KU, value=11000, by=ZEL,
               ev="2024-11-04", place="Kursk")
stf["bl8"] = C("stf", "put the number there at about 8000", measure=KU, value=8000, q="about", by=BL, ev="2024-10-31",
               place="Kursk")
stf["within"] = C("stf", "said they would be in combat within days", kind=S, measure=CT, mod="planned", by=BL,
                  ev="2024-10-31")
stf["nis10"] = C("stf", "more than 10,000 were in Russia overall", value=10000, q="at_least", scope="total", by=NIS,
                 place="Russia")
stf["pl"] = C("stf", "roughly 12,000 that Pyongyang has committed", measure=PL, value=12000, q="about", mod="planned",
              scope="total", by=NIS, place="Russia")
stf["dod"] = C("stf", "it had no indication yet that North Korean troops had entered combat", kind=S, measure=CS,
               by=DOD, ev="2024-11-04")
stf["fb"] = C("stf", "the first group, about 1500 special forces, was shipped to Vladivostok", measure=FB, value=1500,
              q="about", scope="first_batch", by=NIS, place=RFE)
stf["win"] = C("stf", "between October 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
               scope="first_batch", by=NIS)
stf["sb"] = C("stf", "a second group of similar size followed", kind=S, measure=SB, scope="additional", by=NIS,
              place="Russia")
stf["brig"] = C("stf", "The force is organised in four brigades", measure=BRIG, value=4, unit="brigades", by=NIS)
stf["kyb"] = C("stf", "commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
stf["terms"] = C("stf", "the soldiers are being drilled in about 100 Russian military words", measure=TERMS, value=100,
                 q="about", unit="terms", by=NIS)
stf["pay"] = C("stf", "Russia pays each soldier about $US2000 a month - roughly $NZ3350", measure=PAY, value=2000,
               q="about", unit=USDM, by=NIS)
stf["regime"] = C("stf", "most of it goes to the regime", kind=S, measure=REGIME, by=NIS)
stf["drones"] = C("stf", "Russian instructors reportedly rate the North Koreans as fit and disciplined but poor at drone "
                  "warfare", kind=S, measure=DRONES, by=NIS)
stf["noack"] = C("stf", "The Kremlin has neither confirmed nor denied that North Korean soldiers are on Russian "
                 "territory.", kind=S, measure=NOACK, by=KREMLIN, subject=RUS)
stf["choe"] = C("stf", "her country would stand by Russia \"until victory\"", kind=S, measure=CHOE, by=CHOE_SH)
stf["srbm"] = C("stf", "it fired seven short-range ballistic missiles into the sea off its east coast", measure=SRBM,
                value=7, unit="missiles", by=JCS, ev="2024-11-05")
stf["t86"] = C("stf", "an intercontinental ballistic missile that flew for 86 minutes", measure=ICBM_T, value=86,
               unit="minutes", by=JMOD, ev="2024-10-31")
stf["peters"] = C("stf", "Foreign Minister Winston Peters has condemned the deployment, calling it a dangerous "
                  "escalation of Russia's illegal war", kind=S, measure=NZ_COND, by=PETERS, subject=NZ)

# ---------------------------------------------------------------- National Post, Wed 2024-11-13 (analysis)
# "On Tuesday" -> 11-12 (the State Department's three claims in one sentence); "A day later" -> 11-13 (the NIS's two
# claims in one sentence); the count retold with dates: "On Oct. 18" (plan and first 1,500 in one sentence), "Five
# days later" -> 10-23, "By Oct. 28" -> 10-28, "On Oct. 31" -> 10-31 and "on Nov. 4" -> 11-04 (one sentence, two
# claims); "On Nov. 5" -> 11-05 (Umerov) and "the same day" -> 11-05 (Seoul's ministry); "on Sunday" -> 11-10 (the
# NYT's officials); "reported on Tuesday" -> 11-12 (KCNA); "last week" gives null (Yoon). The outlet's restatement
# "Seoul's 12,000 was a plan; its 3,000 was a count ..." is two claims of the NIS, undated. "Moscow, which dismissed
# the first reports" -> Kremlin (Peskov is not named). Trump's age is annotated (attributed to nobody); "Jan. 20",
# "less than a month", Putin's signature (a fact, not a statement), "72 cents", Trudeau's trip and the analysis's
# own judgments are not annotated.
np_ = {}
np_["st10"] = C("np", "more than 10,000 North Korean soldiers had been sent to eastern Russia", value=10000, q="at_least",
                scope="total", by=STATE, ev="2024-11-12", place=RFE)
np_["most"] = C("np", "most of them had moved into the Kursk region", kind=S, measure=MOSTK, by=STATE, ev="2024-11-12",
                place="Kursk")
np_["begun"] = C("np", "they had begun engaging in combat operations alongside Russian forces", kind=S, measure=CS,
                 by=STATE, ev="2024-11-12", place="Kursk")
np_["niscs"] = C("np", "some of the North Koreans were already taking part in combat", kind=S, measure=CS, by=NIS,
                 ev="2024-11-13")
np_["units"] = C("np", "had been assigned to Russian marine and airborne units", kind=S, measure=UNITS, by=NIS,
                 ev="2024-11-13")
np_["plan"] = C("np", "Pyongyang had decided to send about 12,000 soldiers", measure=PL, value=12000, q="about",
                mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
np_["fb"] = C("np", "the first 1,500 had already crossed to Vladivostok", measure=FB, value=1500, scope="first_batch",
              by=NIS, ev="2024-10-18", place=RFE)
np_["nis3"] = C("np", "Five days later it counted about 3,000 in Russia", value=3000, q="about", scope="total", by=NIS,
                ev="2024-10-23", place="Russia")
np_["dod10"] = C("np", "By Oct. 28, the Pentagon's estimate was around 10,000", value=10000, q="about", scope="total",
                 by=DOD, ev="2024-10-28", place="Russia")
np_["bl8"] = C("np", "Secretary of State Antony Blinken put 8,000 of them in Kursk", measure=KU, value=8000, by=BL,
               ev="2024-10-31", place="Kursk")
np_["z11"] = C("np", "Volodymyr Zelensky said 11,000 were there", measure=KU, value=11000, by=ZEL, ev="2024-11-04",
               place="Kursk")
np_["plan2"] = C("np", "Seoul's 12,000 was a plan", measure=PL, value=12000, mod="planned", scope="total", by=NIS,
                 place="Russia")
np_["nis3b"] = C("np", "its 3,000 was a count of men it had seen arrive", value=3000, scope="total", by=NIS,
                 place="Russia")
np_["um"] = C("np", "Ukraine's defence minister, Rustem Umerov, said the first small clashes with North Korean troops "
              "had taken place", kind=S, measure=N5, by=UM, ev="2024-11-05")
np_["mnd"] = C("np", "South Korea's defence ministry said the same day that it could not confirm them", kind=S,
               measure=N5, by=MND, ev="2024-11-05", subject=SK)
np_["massed"] = C("np", "Russia had massed some 50,000 troops, North Koreans among them, to push Ukraine out of Kursk",
                  measure=MASSED, value=50000, q="about", by="US and Ukrainian officials", ev="2024-11-10",
                  place="Kursk", subject=RUS)
np_["fake"] = C("np", "which dismissed the first reports as \"another fake,\"", kind=S, measure=DEP, by=KREMLIN,
                subject=RUS)
np_["noack"] = C("np", "has still not confirmed that North Korean soldiers are on its territory", kind=S,
                 measure=NOACK, by=KREMLIN, subject=RUS)
np_["ratify"] = C("np", "North Korea's state news agency reported on Tuesday that Kim Jong Un had ratified it too",
                  kind=S, measure=RATIFY, by="KCNA", ev="2024-11-12")
np_["yoon"] = C("np", "said last week that South Korea did not rule out supplying weapons to Ukraine directly", kind=S, measure=WPN,
                mod="conditional", by=YOON, subject=SK)
np_["tage"] = C("np", "Donald Trump, 78", measure=AGE, value=78, unit="years", by=None, subject="Donald Trump")
np_["t24"] = C("np", "has promised to end the war \"within 24 hours,\"", measure=TRUMP24, value=24, q="up_to",
               unit="hours", mod="planned", by="Donald Trump", subject=US)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [aus["sofar"], aus["bud"], age["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's about 1,500 sent so far vs Kyiv's about 11,000 training in the east "
  "(Budanov Oct 18, Kyslytsya Oct 21)",
  [("about 1,500 so far (NIS)", [aus["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [aus["bud"], age["kys"]])])
K(RU, [age["nis3"], age["kirby"], rnz["nis3"], rnz["tw3"], rnz["wh3"], rnz["hur"], rnz["tw12"], gl["hur"]],
  "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and Washington's at least 3,000 vs HUR's about 12,000 already in Russia",
  [("about / at least 3,000 (NIS, Kirby, Washington)", [age["nis3"], age["kirby"], rnz["nis3"], rnz["tw3"], rnz["wh3"]]),
   ("about 12,000 (HUR)", [rnz["hur"], rnz["tw12"], gl["hur"]])])
K(RU, [gl["wh3"], wfp["ed3"], np_["nis3"], np_["nis3b"], gl["dod10"], wfp["dod10"], np_["dod10"], nzh["bl10"],
       gl["nis10"], nzh["nis10"], stf["nis10"], np_["st10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: at least / about 3,000 (Oct 23, told as the step before) -> around / "
  "some 10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29; State Department Nov 12)")
K(KU, [nzh["bl8"], wfp["bl8"], stf["bl8"], np_["bl8"], stf["z11"], np_["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [aus["plan"], age["plan"], rnz["plan"], wfp["ed12"], stf["pl"], np_["plan"], np_["plan2"], aus["zel10"],
       age["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [aus["plan"], age["plan"], rnz["plan"], wfp["ed12"], stf["pl"], np_["plan"], np_["plan2"]]),
   ("10,000 (Zelensky)", [aus["zel10"], age["zel10"]])])
K(FB, [aus["fb"], age["fb"], stf["fb"], np_["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces")
K(WIN, [aus["win"], age["win"], stf["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(BRIG, [aus["brig"], age["brig"], rnz["brig"], stf["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(SB, [age["sb"], stf["sb"]], "agreement",
  "NIS (Oct 23): a second group of about 1,500 (of similar size) followed the first")
K(PR, [age["pr"], rnz["pr"], wfp["pr"]], "agreement", "NIS (Oct 23): about 10,000 expected in all")
K(PRD, [age["prd"], rnz["prd"], wfp["prd"]], "agreement", "NIS projection deadline: December")
K(PAY, [age["pay"], rnz["pay"], wfp["pay"], stf["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [age["regime"], rnz["regime"], wfp["regime"], stf["regime"]], "agreement",
  "NIS: most of the pay goes to the regime")
K(DRONES, [age["drones"], stf["drones"]], "agreement",
  "NIS: Russian instructors rate the troops' fitness and discipline but find them weak on drones")
K(OFF, [rnz["off"], gl["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [rnz["gen"], gl["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [rnz["arr"], gl["arr"]], "agreement", "HUR (Oct 24): the first units reached the Kursk region on Oct 23")
K(READY, [aus["ready"], age["ready"]], "agreement", "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(TGT, [age["fair"], nzh["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [age["aesc"], gl["resc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional, Oct 23), 'a significant escalation' and 'a "
  "dangerous expansion' (Rutte, Oct 28)")
K(DEP, [age["adep"], gl["nato"], gl["rdep"], aus["fake"], np_["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov; the Kremlin)",
  [("asserted", [age["adep"], gl["nato"], gl["rdep"]]), ("dismissed", [aus["fake"], np_["fake"]])])
K(LAW, [rnz["kjg"], gl["kjg"], aus["law"]], "discrepancy",
  "legality: in line with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [rnz["kjg"], gl["kjg"]]), ("breaches UNSC resolutions (Seoul)", [aus["law"]])])
K(IMG, [rnz["img"], wfp["img"]], "agreement", "Putin (Oct 24): images 'reflect something'")
K(TREATY, [rnz["treaty"], nzh["treaty"]], "agreement",
  "Moscow: what Russia does under the treaty is its business / a matter for the two countries (Putin; Russian officials)")
K(WPN, [age["wpn"], rnz["yoon"], wfp["yoon"], np_["yoon"]], "agreement",
  "Seoul could supply / does not rule out sending weapons to Ukraine (presidential official Oct 22; Yoon Oct 24 and Nov 7)")
K(CT, [gl["ct"], gl["weeks"], nzh["days"], stf["within"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming days' "
  "/ 'within days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [gl["ct"]]), ("several weeks (Pentagon)", [gl["weeks"]]),
   ("coming days (Blinken)", [nzh["days"], stf["within"]])])
K(CS, [aus["rutte"], nzh["acs"], stf["dod"], np_["begun"], np_["niscs"]], "update_over_time",
  "combat status: no evidence yet (Rutte Oct 17), not yet seen (Austin Oct 31), no indication (Pentagon Nov 4) -> have "
  "begun engaging in combat (State Department Nov 12) and some already fighting (NIS Nov 13)")
K(N5, [stf["lclash"], stf["um"], np_["um"], stf["lmnd"], stf["mnd"], np_["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS / Ukraine) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov, Ukraine)", [stf["lclash"], stf["um"], np_["um"]]),
   ("cannot confirm (Seoul MND)", [stf["lmnd"], stf["mnd"], np_["mnd"]])])
K(FRONT, [gl["closer"], gl["front"], nzh["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [gl["kyb"], stf["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [gl["terms"], stf["terms"]], "agreement", "NIS: the troops are taught about 100 Russian military terms / words")
K(ICBM_T, [nzh["t86"], stf["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [nzh["choe"], stf["choe"]], "agreement", "Choe Son Hui in Moscow (Nov 1): with Russia until victory")
K(WITHDRAW, [age["wd"], nzh["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (summons Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(TECH, [aus["tech"], rnz["tech"], nzh["cho"]], "agreement",
  "North Korea is likely to be paid in Russian military technology (analysts Reilly and Fletcher; Foreign Minister Cho)")
K(METHOD, [aus["method"], rnz["method"]], "agreement",
  "analysts: Seoul counts soldiers seen arriving, Kyiv the force committed (Reilly; Fletcher)")
K(NOACK, [nzh["noack"], stf["noack"], np_["noack"]], "agreement", "Moscow has not confirmed the deployment")
K(INTENT, [gl["intent"], nzh["intent"]], "agreement",
  "US: Russia intends to use the North Koreans in combat (Singh Oct 28; Austin Oct 31)")
K(NZ_COND, [rnz["peters"], stf["peters"]], "agreement", "New Zealand condemns the deployment (Winston Peters)")
K(CA_COND, [gl["joly"], wfp["ottawa"], wfp["joly"]], "agreement",
  "Canada 'strongly condemns' the deployment (Mélanie Joly, Oct 28; 'Ottawa says')")

pairs = [
    (aus["plan"], aus["fb"], "about 12,000 planned vs a first transport of about 1500"),
    (aus["sofar"], aus["fb"], "about 1500: Seoul's head count so far vs the first transport"),
    (aus["bud"], aus["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (age["sb"], age["nis3"], "another 1500 vs about 3000 in all, same sentence"),
    (age["nis3"], age["pr"], "about 3000 now vs about 10,000 expected by December"),
    (age["sb"], age["fb"], "1500: the second group vs the first group"),
    (age["kys"], age["zel10"], "11,000 training (Kyslytsya) vs 10,000 being readied (Zelensky), same paragraph"),
    (rnz["hur"], rnz["plan"], "about 12,000 in Russia (HUR) vs about 12,000 planned (NIS)"),
    (rnz["off"], rnz["gen"], "500 officers vs three generals, same sentence"),
    (rnz["wh3"], rnz["pr"], "at least 3000 now (Washington) vs about 10,000 expected (NIS), adjacent turns"),
    (gl["hur"], gl["nis10"], "about 12,000 last week (HUR) vs more than 10,000 now (NIS)"),
    (nzh["bl8"], nzh["bl10"], "about 8000 in Kursk vs some 10,000 in Russia, same speaker"),
    (nzh["days"], nzh["acs"], "combat expected in the coming days vs not yet seen fighting"),
    (wfp["pr"], wfp["dod10"], "10,000 forecast by December (NIS) vs around 10,000 already in Russia (Pentagon)"),
    (wfp["ed12"], wfp["ed3"], "12,000 planned vs about 3,000 counted, same editor's note"),
    (stf["nis10"], stf["pl"], "more than 10,000 in Russia vs roughly 12,000 committed, same sentence"),
    (stf["z11"], stf["nis10"], "11,000 in Kursk vs more than 10,000 in Russia"),
    (stf["fb"], stf["sb"], "the first group of about 1500 vs a second group of similar size, same sentence"),
    (np_["plan"], np_["fb"], "about 12,000 planned vs the first 1,500 crossed, same sentence"),
    (np_["plan2"], np_["nis3b"], "Seoul's 12,000 plan vs its 3,000 count, same sentence"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
