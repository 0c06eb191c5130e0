"""Generate gold.json for blind24 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind24/build_gold.py

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
    WPN, EQ, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, RATIO, PARTN, INFO, NIS, HUR, DOD, MND, JMOD  # noqa: F401
)

DOCS = {
    "ap": ("aftenposten-2024-10-19-north-korea-sending-12000-soldiers-to-russia-seoul-says", "Aftenposten",
           "2024-10-19"),
    "dn": ("dagens-nyheter-2024-10-23-seoul-north-korea-force-in-russia-doubled", "Dagens Nyheter", "2024-10-23"),
    "np": ("notes-from-poland-2024-10-24-yoon-duda-seoul-weapons-ukraine-north-korean-troops", "Notes from Poland",
           "2024-10-24"),
    "bi": ("balkan-insight-2024-10-29-nato-confirms-north-korean-troops-kursk-pentagon-10000", "Balkan Insight",
           "2024-10-29"),
    "pm": ("postimees-2024-10-30-interview-seoul-counts-arrivals-kyiv-counts-the-list", "Postimees", "2024-10-30"),
    "ka": ("kathimerini-2024-11-01-blinken-8000-north-korean-troops-kursk-coming-days", "Kathimerini", "2024-11-01"),
    "hs": ("helsingin-sanomat-2024-11-02-the-week-in-numbers", "Helsingin Sanomat", "2024-11-02"),
    "ls": ("lsm-2024-11-05-panorama-ukraine-first-clashes-north-korean-troops", "LSM (Latvian Public Broadcasting)",
           "2024-11-05"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder; several reuse blind20's wording)
SHIPS = "Russian landing ships used for the first transport"
ESCORT = "Russian escort vessels used for the first transport"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
BEGUN = "North Korean troop movement already begun (NIS)"
NEXT = "next North Korean transfer being prepared (NIS)"
THREAT = "South Korea calls the deployment a grave security threat"
OFFSENT = "North Korean officers already sent (Zelensky)"
FIRSTU = "first North Korean unit bound for Kursk (Budanov)"
WRANGE = "possible North Korean deployment (Western official's range)"
AGE = "age"
YRS24 = "years since Putin's previous visit to Pyongyang"
MANP = "Russia short of men / North Korea as manpower reserve"
EXP = "what North Korea gains: money and combat experience"
PRECED = "precedent of foreign troops in Russia's war (analyst)"
WITHDRAW = "South Korea demands withdrawal of North Korean troops"
DRONES = "North Korean troops' poor grasp of drones and modern warfare"
JPN = "Japan concerned about Russia-North Korea military cooperation"
ARMY = "North Korea's active army size"
RESPOND = "South Korea will not stand idly by"
TWOSIDES = "Poland and South Korea face the same threat (Duda)"
SITES = "training sites in eastern Russia (US)"
NOCHANGE = "North Korean troops will not change the front line (analyst)"
KYB = "North Korean commander in Russia (Kim Yong Bok)"
TERMS = "Russian military terms taught to North Korean troops"
ICBMP = "North Korean ICBM launch preparations"
ICBM_D = "ICBM flight distance"
METHOD = "why Seoul's and Kyiv's counts differ (analyst)"
EARLY = "how far ahead of the NIS forecast the 10,000 was reached (analyst)"
KURSK1 = "North Korean troops to be used in Kursk first (analyst)"
INC_Y = "North Korea's yearly income from the deployment (estimate)"
LOSS = "Russian losses per day"
MORE = "more North Korean troops to come (Umerov)"
SPRING = "further North Korean troops expected by spring (analyst)"
KYIVDEC = "use of US weapons against North Korean troops is Kyiv's decision"
NOACK = "Russia has not acknowledged the deployment"
LAVROV = "Russia-North Korea military ties"
N5 = "first clashes with North Korean troops (Nov 5)"
SRBM = "short-range ballistic missiles fired by North Korea (Nov 5)"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


WH = "White House"
USG = "US government"
KIRBY = "John Kirby"
AUSTIN = "Lloyd Austin"
BL = "Antony Blinken"
SINGH = "Sabrina Singh"
ZEL = "Volodymyr Zelensky"
UM = "Rustem Umerov"
RUTTE = "Mark Rutte"
PUTIN = "Vladimir Putin"
KREMLIN = "Kremlin"
RUG = "Russia government"
PESKOV = "Dmitry Peskov"
BUD = "Kyrylo Budanov"
KYS = "Sergiy Kyslytsya"
WOFF = "Western official"
YOON = "Yoon Suk Yeol"
SKFM = "South Korea Foreign Ministry"
PO = "South Korea presidential office"
KJG = "Kim Jong Gyu"
CHOE_SH = "Choe Son Hui"
KYH = "Kim Yong-hyun"
CHO = "Cho Tae-yul"
JCS = "South Korea Joint Chiefs of Staff"
UAGS = "Ukraine General Staff"
DUDA = "Andrzej Duda"
HAYASHI = "Yoshimasa Hayashi"
HAUG = "Ingrid Haugland"
TODOR = "Milica Todorović"
KASK = "Marek Kask"
KALN = "Laura Kalniņa"
SK, UA, RUS, JP = "South Korea", "Ukraine", "Russia", "Japan"
RFE = "Russia Far East"

# ---------------------------------------------------------------- Aftenposten, Sat 2024-10-19 (straight news story)
# "said on Friday" -> 10-18 for the lead's two claims; "After Friday's meeting" -> 10-18; "on Thursday" -> 10-17 (Zelensky,
# the Western official); "in an interview published on Friday" -> 10-18 for Budanov's 11,000 and his November 1 (same
# sentence). The transfer paragraph ("it said"), uniforms, the second transport, Rutte ("standing next to him"), the
# 2,600 and "By Seoul's count, then, only the fifteen hundred ... so far" give no day. The one-line head count is the
# week's Seoul side against Budanov's 11,000 (bundled k01), not the transfer report. The researcher (invented) speaks
# for herself; her age is annotated; "24 years" is background attributed to nobody. The outlet's "If the assessment
# holds ... such a scale", the Norwegian service's refusal, the caption, the 196-kilometre border (off-topic), the
# Read-also headlines and the tip line are not annotated.
ap = {}
ap["brig"] = C("ap", "North Korea has decided to send four brigades", measure=BRIG, value=4, unit="brigades",
               mod="planned", by=NIS, ev="2024-10-18")
ap["plan"] = C("ap", "about 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
               by=NIS, ev="2024-10-18", place="Russia")
ap["begun"] = C("ap", "The spy agency said the transfer had already started.", kind=S, measure=BEGUN, by=NIS)
ap["fb"] = C("ap", "Russian navy ships carried roughly 1,500 North Korean special forces to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, place=RFE)
ap["win"] = C("ap", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS)
ap["ships"] = C("ap", "four amphibious landing ships", measure=SHIPS, value=4, unit="ships", by=NIS, subject=RUS)
ap["esc"] = C("ap", "three escort vessels were used for the crossing", measure=ESCORT, value=3, unit="ships", by=NIS,
              subject=RUS)
ap["unif"] = C("ap", "the soldiers were given Russian uniforms and false identity papers", kind=S, measure=UNIF, by=NIS)
ap["next"] = C("ap", "A second transport is expected soon, it said.", kind=S, measure=NEXT, mod="planned", by=NIS)
ap["threat"] = C("ap", "his office called the dispatch a grave threat to the security of South Korea and of the wider "
                 "world", kind=S, measure=THREAT, by=PO, ev="2024-10-18", subject=SK)
ap["unsc"] = C("ap", "said the military cooperation between Moscow and Pyongyang breached UN Security Council "
               "resolutions", kind=S, measure=LAW, by=PO, ev="2024-10-18", subject=SK)
ap["zel10"] = C("ap", "North Korea was preparing 10,000 soldiers for Russia's army", measure=PL, value=10000,
                mod="planned", scope="total", by=ZEL, ev="2024-10-17", place="Russia")
ap["zeloff"] = C("ap", "had already sent \"tactical personnel and officers\"", kind=S, measure=OFFSENT, by=ZEL,
                 ev="2024-10-17")
ap["rutte"] = C("ap", "said the alliance had no evidence that North Korean troops were taking part in the fighting",
                kind=S, measure=CS, by=RUTTE)
ap["bud"] = C("ap", "about 11,000 North Korean infantrymen were training in eastern Russia", value=11000, q="about",
              scope="total", by=BUD, ev="2024-10-18", place=RFE)
ap["ready"] = C("ap", "would be ready by 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=BUD,
                ev="2024-10-18")
ap["2600"] = C("ap", "A first contingent of 2,600 was to be sent to the Kursk region.", measure=FIRSTU, value=2600,
               mod="planned", scope="first_batch", by=BUD, place="Kursk")
ap["sofar"] = C("ap", "only the fifteen hundred special forces have reached Russia so far", value=1500, scope="total",
                by=NIS, place="Russia")
ap["wrange"] = C("ap", "put a possible deployment anywhere between 2,000 and 12,000 soldiers", measure=WRANGE, low=2000,
                 high=12000, mod="planned", scope="total", by=WOFF, ev="2024-10-17", place="Russia")
ap["fake"] = C("ap", "Spokesman Dmitry Peskov called them \"another fake\".", kind=S, measure=DEP, by=PESKOV, subject=RUS)
ap["age"] = C("ap", "Ingrid Haugland, 44", measure=AGE, value=44, unit="years", by=None, subject=HAUG)
ap["manp"] = C("ap", "Russia is losing more soldiers than it can recruit at home. North Korea has become its manpower "
               "reserve", kind=S, measure=MANP, by=HAUG, subject=RUS)
ap["yrs"] = C("ap", "during Vladimir Putin's first visit to North Korea in 24 years", measure=YRS24, value=24,
              unit="years", by=None, subject=RUS)
ap["exp"] = C("ap", "For him this is a way to earn hard currency and to give his army real combat experience", kind=S,
              measure=EXP, by=HAUG)
ap["preced"] = C("ap", "Once one country's soldiers are fighting in someone else's war, the next request becomes "
                 "easier", kind=S, measure=PRECED, by=HAUG)

# ---------------------------------------------------------------- Dagens Nyheter, Wed 2024-10-23 (correspondent's dispatch)
# The lead's count and forecast give no day (the day is in the next paragraph, which holds no claim): null. "Only five
# days earlier" in a Wednesday 10-23 story -> 10-18 for the plan, brigades, first group, ships and window (one
# sentence). Park's and Lee's lines give no day. "In Rome on Wednesday" -> 10-23 for Austin's "evidence"; his second
# quote ("he told reporters") is undated. "On Monday" -> 10-21; "A day later" -> 10-22; Kyslytsya "on Monday" ->
# 10-21 (his 11,000 is the week's Kyiv side, bundled k01, and his 1 November joins Budanov's date). Hayashi's line is
# invented wording. "roughly 1.2 million" is background attributed to nobody. "for a week", "four days before", "465
# seats", "since 1953", "since 2019", the outlet's remarks on Moscow's bonuses and the Read-more lines are not annotated.
dn = {}
dn["r3"] = C("dn", "the total there is now about 3,000, according to South Korea's intelligence service", value=3000,
             q="about", scope="total", by=NIS, place="Russia")
dn["pr"] = C("dn", "It expects the figure to reach 10,000", measure=PR, value=10000, mod="planned", scope="total",
             by=NIS, place="Russia")
dn["prd"] = C("dn", "by December.", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
dn["plan"] = C("dn", "the agency had said Pyongyang decided to send around 12,000 soldiers", measure=PL, value=12000,
               q="about", mod="planned", scope="total", by=NIS, ev="2024-10-18", place="Russia")
dn["brig"] = C("dn", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS,
               ev="2024-10-18")
dn["fb"] = C("dn", "a first group of about 1,500 special forces had been shipped to Vladivostok", measure=FB,
             value=1500, q="about", scope="first_batch", by=NIS, ev="2024-10-18", place=RFE)
dn["ships"] = C("dn", "on four Russian navy landing ships", measure=SHIPS, value=4, unit="ships", by=NIS,
                ev="2024-10-18", subject=RUS)
dn["win"] = C("dn", "between 8 and 13 October", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
              scope="first_batch", by=NIS, ev="2024-10-18")
dn["sb"] = C("dn", "another 1,500 or so have followed since", measure=SB, value=1500, q="about", scope="additional",
             by=NIS, place="Russia")
dn["next"] = C("dn", "Preparations for further transfers are under way, he said.", kind=S, measure=NEXT, mod="planned",
               by=NIS)
dn["pay"] = C("dn", "Russia pays each soldier around 2,000 dollars a month", measure=PAY, value=2000, q="about",
              unit="USD per month", by=NIS)
dn["regime"] = C("dn", "the regime in Pyongyang is expected to keep most of the money", kind=S, measure=REGIME, by=NIS)
dn["drones"] = C("dn", "describe the North Koreans as physically very fit and highly motivated but with little grasp of "
                 "modern warfare, drones included", kind=S, measure=DRONES, by=NIS)
dn["info"] = C("dn", "News of it has been kept from the public, and families of the soldiers have been moved and cut off "
               "from their neighbours", kind=S, measure=INFO, by=NIS)
dn["austin"] = C("dn", "Defense Secretary Lloyd Austin said there was \"evidence that there are DPRK troops in Russia\"",
                 kind=S, measure=DEP, by=AUSTIN, ev="2024-10-23")
dn["esc"] = C("dn", "If they are participating in the war on Russia's behalf, that is a very, very serious issue",
              kind=S, measure=ESC, mod="conditional", by=AUSTIN)
dn["wd"] = C("dn", "summoned Russia's ambassador, Georgy Zinoviev, and demanded the immediate withdrawal of the North "
             "Korean troops", kind=S, measure=WITHDRAW, by=SKFM, ev="2024-10-21", subject=SK)
dn["wpn"] = C("dn", "a senior official in the presidential office said South Korea could consider sending weapons to "
              "Ukraine, defensive arms first", kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22",
              subject=SK)
dn["kys"] = C("dn", "about 11,000 North Korean infantry were training in Russia's Far East", value=11000, q="about",
              scope="total", by=KYS, ev="2024-10-21", place=RFE)
dn["ready"] = C("dn", "would be ready on 1 November", kind=D, measure=READY, value="2024-11-01", mod="planned", by=KYS,
                ev="2024-10-21")
dn["jp"] = C("dn", "the government was gravely concerned by the military cooperation between Russia and North Korea",
             kind=S, measure=JPN, by=HAYASHI, subject=JP)
dn["army"] = C("dn", "whose army of roughly 1.2 million has not fought a war since 1953", measure=ARMY, value=1200000,
               q="about", by=None)

# ---------------------------------------------------------------- Notes from Poland, Thu 2024-10-24 (press-briefing write-up)
# "on Thursday" -> 10-24 (Yoon's weapons line, HUR, Putin's images); the quote sentence and "He described" give no day.
# "The spy agency said on Wednesday" -> 10-23 (count, forecast, December); "The press conference came a day after ...
# told lawmakers that a second group" -> 10-23 (a day after Thursday's press conference, as blind20 resolved "A day
# later" against the day named just before).
# "The White House said on Wednesday" -> 10-23 (its 3,000 and three sites, one sentence); Kirby's line is undated.
# HUR's arrival "on Wednesday" takes that day (10-23), as blind21/22 dated an arrival by its own day. "four times as
# high" is the outlet's ratio (12,000 / 3,000; attributed to nobody). Duda's two quotes are invented wording. The
# arms-trade paragraphs (2022, 1,000 K2, 672 K9, 48 FA-50, 288 Chunmoo, $13 billion, 180 K2, 4.7%, August 2025),
# the Duma's ratification (reported fact), the caption and the Patronite line ("1,500 readers") are not annotated.
np_ = {}
np_["wpn"] = C("np", "his government would not rule out supplying weapons to Ukraine", kind=S, measure=WPN,
               mod="conditional", by=YOON, ev="2024-10-24", subject=SK)
np_["respond"] = C("np", "Seoul \"will not stand idly by\"", kind=S, measure=RESPOND, by=YOON, subject=SK)
np_["threat"] = C("np", "He described the North Korean deployment as a serious threat to security not only on the Korean "
                  "peninsula but in Europe.", kind=S, measure=THREAT, by=YOON, subject=SK)
np_["esc"] = C("np", "North Korean soldiers on the battlefield would give Russia's war \"a global dimension\"", kind=S,
               measure=ESC, mod="conditional", by=DUDA)
np_["two"] = C("np", "Warsaw and Seoul now faced \"the same threat from two sides\"", kind=S, measure=TWOSIDES, by=DUDA,
               subject="Poland")
np_["sb"] = C("np", "a second group of North Korean soldiers had followed the first", kind=S, measure=SB,
              scope="additional", by=NIS, ev="2024-10-23", place="Russia")
np_["r3"] = C("np", "about 3,000 were now in Russia", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
              place="Russia")
np_["pr"] = C("np", "the figure could reach 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
np_["prd"] = C("np", "by December.", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
np_["wh3"] = C("np", "at least 3,000 North Korean soldiers had travelled by ship to Vladivostok in October", value=3000,
               q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
np_["sites"] = C("np", "moved on to three training sites in eastern Russia", measure=SITES, value=3,
                 unit="training sites", by=WH, ev="2024-10-23", place=RFE)
np_["fair"] = C("np", "if they were used against Ukraine they would be \"fair game\"", kind=S, measure=TGT,
                mod="conditional", by=KIRBY)
np_["ratio"] = C("np", "Kyiv's estimate is four times as high.", measure=RATIO, value=4, unit="times", by=None)
np_["hur"] = C("np", "about 12,000 North Korean soldiers were already in Russia", value=12000, q="about", scope="total",
               by=HUR, ev="2024-10-24", place="Russia")
np_["off"] = C("np", "among them 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
np_["gen"] = C("np", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
np_["arr"] = C("np", "the first units had reached the Kursk region on Wednesday", kind=S, measure=ARR, by=HUR,
               ev="2024-10-23", place="Kursk")
np_["img"] = C("np", "Asked on Thursday about satellite images of the troops, he said: \"Images are a serious thing. If "
               "there are images, they reflect something.\"", kind=S, measure=IMG, by=PUTIN, ev="2024-10-24",
               subject=RUS)
np_["treaty"] = C("np", "How Russia applied the mutual assistance clause of its new treaty with Pyongyang was \"our "
                  "business\"", kind=S, measure=TREATY, by=PUTIN, subject=RUS)

# ---------------------------------------------------------------- Balkan Insight, Tue 2024-10-29 (news story with update block)
# "on Monday" -> 10-28 (the lead, Rutte); "Last Wednesday" -> 10-23 (the White House's 3,000, told as the step before the
# 10,000: joins the running total k03); "on the 23rd" -> 10-23 (HUR's arrival); "on Saturday" -> 10-26 (Zelensky);
# "on Friday" -> 10-25 (Kim Jong Gyu); the update's "on Tuesday" -> 10-29 for its first sentence; Lee's and the agency's
# later lines give no day. "more than three times" is the outlet's ratio (attributed to nobody). "The Kremlin ...
# dismissed ... as 'another fake'" -> Kremlin (undated: "earlier this month"); "did not comment on Monday" is a refusal.
# The analyst (invented) speaks for herself. "By Monday evening there was no public confirmation" is the outlet's voice.
# The Serbian ammunition (800 million euros, 2022, June), the sanctions remark and the related headlines are off-topic.
bi = {}
bi["dod"] = C("bi", "with the Pentagon putting their number at around 10,000", value=10000, q="about", scope="total",
              by=DOD, ev="2024-10-28", place="Russia")
bi["ratio"] = C("bi", "more than three times the figure Washington had given less than a week earlier", measure=RATIO,
                value=3, q="at_least", unit="times", by=None)
bi["closer"] = C("bi", "some had already moved closer to Ukraine", kind=S, measure=FRONT, by=SINGH)
bi["weeks"] = C("bi", "Washington was increasingly concerned that Russia intended to use them in combat or to support "
                "combat operations \"over the next several weeks\"", kind=S, measure=CT, mod="planned", by=SINGH)
bi["wh3"] = C("bi", "Last Wednesday the White House had said that at least 3,000 North Koreans were in Russia.",
              value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23", place="Russia")
bi["rutte"] = C("bi", "Mark Rutte confirmed on Monday that North Korean units had been deployed to the Kursk region",
                kind=S, measure=DEP, by=RUTTE, ev="2024-10-28", place="Kursk")
bi["esc"] = C("bi", "He called the deployment \"a significant escalation\" and \"a dangerous expansion of Russia's "
              "war\".", kind=S, measure=ESC, by=RUTTE)
bi["fake"] = C("bi", "dismissed the first reports as \"another fake\"", kind=S, measure=DEP, by=KREMLIN, subject=RUS)
bi["arr"] = C("bi", "Ukraine's military intelligence has said the first units reached Kursk on the 23rd", kind=S,
              measure=ARR, by=HUR, ev="2024-10-23", place="Kursk")
bi["ct"] = C("bi", "North Korean soldiers could appear in combat zones on October 27 and 28", kind=D, measure=CT,
             low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-26")
bi["kjg"] = C("bi", "said on Friday that if such a deployment took place, it would be \"an act conforming with the "
              "regulations of international law\"", kind=S, measure=LAW, mod="conditional", by=KJG, ev="2024-10-25")
bi["manp"] = C("bi", "Russia is paying foreigners to fight because it cannot mobilise more of its own men without a "
               "political price", kind=S, measure=MANP, by=TODOR, subject=RUS)
bi["nochange"] = C("bi", "The North Koreans will not change the front line, but they buy the Kremlin time.", kind=S,
                   measure=NOCHANGE, by=TODOR)
bi["nis10"] = C("bi", "South Korea's National Intelligence Service told lawmakers on Tuesday that more than 10,000 North "
                "Korean soldiers were now in Russia", value=10000, q="at_least", scope="total", by=NIS,
                ev="2024-10-29", place="Russia")
bi["front"] = C("bi", "some of them were believed to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
bi["kyb"] = C("bi", "the contingent is commanded by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
bi["terms"] = C("bi", "Russian instructors have been teaching the soldiers about 100 basic military terms in Russian",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS)
bi["icbm"] = C("bi", "The agency also believes Pyongyang has completed preparations for an intercontinental ballistic "
               "missile launch", kind=S, measure=ICBMP, by=NIS)

# ---------------------------------------------------------------- Postimees, Wed 2024-10-30 (print interview)
# The questions relay their origins' figures and are annotated as those origins' claims (as blind20/21 did): "On
# Monday" -> 10-28 (Pentagon), "On Tuesday" -> 10-29 (NIS), "Last week" gives null (HUR's 12,000, 500 officers, three
# generals: the Oct 24 snapshot, k02, as blind20 kept HUR's count there in a later analysis); "Mark Rutte confirmed on
# Monday" -> 10-28; Zelensky's window in the question gives no statement day. The guest (invented) relays Seoul ("A week
# ago Seoul's figure", "According to the South Koreans", "Seoul says") and Putin ("last week": null); his own readings,
# arithmetic and forecasts are his. His age is annotated. The Estonian budget question ("more than 3 percent") and the
# answer's "years, not months" are off-topic; "since 1953" is a year.
pm = {}
pm["age"] = C("pm", "Marek Kask, 38", measure=AGE, value=38, unit="years", by=None, subject=KASK)
pm["dod"] = C("pm", "On Monday the Pentagon said around 10,000 North Korean soldiers had been sent to Russia.",
              value=10000, q="about", scope="total", by=DOD, ev="2024-10-28", place="Russia")
pm["nis10"] = C("pm", "On Tuesday South Korea's intelligence service said more than 10,000.", value=10000, q="at_least",
                scope="total", by=NIS, ev="2024-10-29", place="Russia")
pm["hur"] = C("pm", "Last week Ukraine's military intelligence spoke of 12,000", value=12000, scope="total", by=HUR,
              place="Russia")
pm["off"] = C("pm", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
pm["gen"] = C("pm", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
pm["method"] = C("pm", "Seoul counts the soldiers who have physically arrived; Kyiv counts the whole force that Pyongyang "
                 "has assigned", kind=S, measure=METHOD, by=KASK)
pm["r3"] = C("pm", "A week ago Seoul's figure was about 3,000", value=3000, q="about", scope="total", by=NIS,
             place="Russia")
pm["pr"] = C("pm", "it expected 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS, place="Russia")
pm["prd"] = C("pm", "by December.", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
pm["early"] = C("pm", "roughly two months ahead of its own forecast", measure=EARLY, value=2, q="about", unit="months",
                by=KASK)
pm["kyb"] = C("pm", "the contingent is led by Lieutenant General Kim Yong Bok", kind=S, measure=KYB, by=NIS)
pm["terms"] = C("pm", "Russian instructors are drilling the men on about a hundred basic commands in Russian",
                measure=TERMS, value=100, q="about", unit="terms", by=NIS)
pm["drones"] = C("pm", "they are fit and disciplined, but they have never seen a drone war", kind=S, measure=DRONES,
                 by=KASK)
pm["ct"] = C("pm", "President Zelensky warned that they could be in combat zones on 27 and 28 October", kind=D,
             measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL)
pm["rutte"] = C("pm", "Mark Rutte confirmed on Monday that they are in the Kursk region", kind=S, measure=DEP, by=RUTTE,
                ev="2024-10-28", place="Kursk")
pm["kursk1"] = C("pm", "Kursk first, I think, not Donbas.", kind=S, measure=KURSK1, mod="planned", by=KASK,
                 place="Kursk")
pm["img"] = C("pm", "Putin himself said last week that \"images are a serious thing\"", kind=S, measure=IMG, by=PUTIN,
              subject=RUS)
pm["pay"] = C("pm", "Seoul says Russia pays each soldier about 2,000 dollars a month", measure=PAY, value=2000,
              q="about", unit="USD per month", by=NIS)
pm["regime"] = C("pm", "the state keeps most of it", kind=S, measure=REGIME, by=NIS)
pm["inc"] = C("pm", "For 10,000 men that would be some 240 million dollars a year", measure=INC_Y, value=240000000,
              q="about", unit="USD per year", mod="conditional", by=KASK)
pm["tech"] = C("pm", "Kim wants help with reconnaissance satellites, submarines and missiles, and he will ask for it",
               kind=S, measure=TECH, mod="planned", by=KASK)
pm["army"] = C("pm", "And combat experience for an army of 1.2 million", measure=ARMY, value=1200000, by=KASK)
pm["manp"] = C("pm", "every soldier Kim sends is one Russia does not have to mobilise", kind=S, measure=MANP, by=KASK,
               subject=RUS)
pm["loss"] = C("pm", "Russia is losing more than a thousand men a day in Ukraine", measure=LOSS, value=1000,
               q="at_least", unit="soldiers per day", by=UAGS, subject=RUS)
pm["more"] = C("pm", "I would expect the North to send another 10,000 or so by spring", measure=SPRING, value=10000,
               q="about", mod="planned", scope="additional", by=KASK, place="Russia")

# ---------------------------------------------------------------- Kathimerini, Fri 2024-11-01 (wire story with update block)
# "said on Thursday" -> 10-31 for the lead's two claims; Blinken's later lines ("he said", "Blinken said") and
# Austin's, Kim Yong-hyun's and Cho's give no day. "on Tuesday" -> 10-29 (NIS count; ICBM warning). The missile
# paragraph gives no day of its own ("Hours before the meeting"): the minutes, altitude and distance are undated.
# "Moscow has not confirmed" -> Kremlin; "Russian officials have instead pointed to" -> Russia government (as blind20).
# The update's "on Friday" -> 11-01 for Choe; Lavrov's line is undated. "two-plus-two" is a name, not a count; "a day
# after", "since December", "June", "last week", Greece's "since 2022" and "S-300", the outlet's remarks ("broadly in
# line", "Neither minister mentioned the troops", "Greece has so far not commented") and the Read-also headlines are
# not annotated.
ka = {}
ka["bl8"] = C("ka", "About 8,000 North Korean soldiers have been moved to Russia's Kursk region", measure=KU,
              value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
ka["days"] = C("ka", "are expected to join the fighting against Ukraine \"in the coming days\"", kind=S, measure=CT,
               mod="planned", by=BL, ev="2024-10-31")
ka["notseen"] = C("ka", "The United States had not yet seen the North Korean troops deployed into combat, he said.",
                  kind=S, measure=CS, by=BL)
ka["bl10"] = C("ka", "Of the roughly 10,000 North Koreans now in Russia", value=10000, q="about", scope="total", by=BL,
               place="Russia")
ka["tgt"] = C("ka", "If they do engage in combat against Ukraine, they become legitimate military targets", kind=S,
              measure=TGT, mod="conditional", by=BL)
ka["eq"] = C("ka", "Russia had been training the North Koreans in artillery, drones and basic infantry operations, "
             "including trench clearing", kind=S, measure=EQ, by=AUSTIN, subject=RUS)
ka["kyiv"] = C("ka", "he said that was for Kyiv to decide", kind=S, measure=KYIVDEC, by=AUSTIN)
ka["kyh"] = C("ka", "called for the North Korean troops to be withdrawn from Russia immediately", kind=S,
              measure=WITHDRAW, by=KYH, subject=SK)
ka["tech"] = C("ka", "Seoul was concerned that Moscow could repay Pyongyang with sensitive military technology", kind=S,
               measure=TECH, mod="conditional", by=CHO)
ka["nis10"] = C("ka", "more than 10,000 North Korean soldiers were in Russia", value=10000, q="at_least", scope="total",
                by=NIS, ev="2024-10-29", place="Russia")
ka["t86"] = C("ka", "the missile flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
              by=JMOD)
ka["alt"] = C("ka", "reached an altitude of more than 7,000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
ka["dist"] = C("ka", "it travelled about 1,000 km before falling into the sea", measure=ICBM_D, value=1000, q="about",
               unit="km", by=JCS)
ka["icbm"] = C("ka", "The NIS had warned on Tuesday that Pyongyang had completed preparations for such a launch.",
               kind=S, measure=ICBMP, by=NIS, ev="2024-10-29")
ka["noack"] = C("ka", "Moscow has not confirmed the presence of North Korean soldiers on its territory.", kind=S,
                measure=NOACK, by=KREMLIN, subject=RUS)
ka["treaty"] = C("ka", "Russian officials have instead pointed to the mutual defence treaty", kind=S, measure=TREATY,
                 by=RUG, subject=RUS)
ka["choe"] = C("ka", "Pyongyang would \"always stand firmly by our Russian comrades until the day of victory\"", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-01")
ka["lavrov"] = C("ka", "Lavrov said the ties between the two countries' armed forces and security services were \"very "
                 "close\"", kind=S, measure=LAVROV, by="Sergei Lavrov", subject=RUS)

# ---------------------------------------------------------------- Helsingin Sanomat, Sat 2024-11-02 ("The week in numbers")
# Each item is a figure, a dash and one or two sentences; thousands are written with a space ("8 000", "10 000+"). A
# figure's claim carries a day only when its own sentence gives one: the 8,000 item's first sentence has none, "He
# said on Thursday" -> 10-31 (the coming days); "on Tuesday" -> 10-29 (the NIS's 10,000+ and the 100 commands); "on
# Monday" -> 10-28 (Pentagon); "flew on Thursday" dates the minutes (10-31), as blind20 dated "tested on Oct. 31";
# "promised in Moscow on Friday" -> 11-01. "A week earlier" and "a week before" give null (both 3,000s are the steps
# before 10,000 and join k03); "Washington's previous estimate" -> US government. "10 000+" is `at_least`. The
# Valencia, border, election, ECB and poll items, "Dozens", the sources line and "1,012 respondents" are off-topic or
# furniture. "By Friday no fighting ... confirmed by anyone" is the outlet's voice.
hs = {}
hs["bl8"] = C("hs", "8 000 – North Korean soldiers now in Russia's Kursk region", measure=KU, value=8000, by=BL,
              place="Kursk")
hs["days"] = C("hs", "He said on Thursday that Washington expected them to join the fighting in the coming days.",
               kind=S, measure=CT, mod="planned", by=BL, ev="2024-10-31")
hs["nis10"] = C("hs", "10 000+ – North Korean soldiers in Russia altogether, according to South Korea's intelligence "
                "service on Tuesday", value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29",
                place="Russia")
hs["nis3"] = C("hs", "A week earlier the same service counted around 3 000.", value=3000, q="about", scope="total",
               by=NIS, place="Russia")
hs["dod"] = C("hs", "10 000 – the figure the Pentagon gave on Monday for the North Koreans sent to eastern Russia for "
              "training", value=10000, scope="total", by=DOD, ev="2024-10-28", place=RFE)
hs["us3"] = C("hs", "Washington's previous estimate, a week before, had been at least 3 000.", value=3000, q="at_least",
              scope="total", by=USG, place="Russia")
hs["ct"] = C("hs", "27–28 – the October days on which President Volodymyr Zelensky had said North Korean troops would "
             "first appear in combat zones", kind=D, measure=CT, low="2024-10-27", high="2024-10-28", mod="planned",
             by=ZEL)
hs["pay"] = C("hs", "2 000 – US dollars a month that Russia pays each North Korean soldier", measure=PAY, value=2000,
              unit="USD per month", by=NIS)
hs["regime"] = C("hs", "Most of the money, it believes, goes to the regime rather than to the men.", kind=S,
                 measure=REGIME, by=NIS)
hs["terms"] = C("hs", "100 – basic Russian military commands the North Koreans have been taught", measure=TERMS,
                value=100, unit="terms", by=NIS, ev="2024-10-29")
hs["t86"] = C("hs", "86 – minutes that North Korea's new intercontinental ballistic missile flew on Thursday",
              measure=ICBM_T, value=86, unit="minutes", by=JMOD, ev="2024-10-31")
hs["alt"] = C("hs", "It climbed to an altitude of more than 7 000 kilometres", measure=ICBM_A, value=7000, q="at_least",
              unit="km", by=JMOD)
hs["choe"] = C("hs", "how long North Korea will stand by Russia, Foreign Minister Choe Son Hui promised in Moscow on "
               "Friday", kind=S, measure=CHOE, by=CHOE_SH, ev="2024-11-01")

# ---------------------------------------------------------------- LSM, Tue 2024-11-05 (broadcast news segment)
# "aired today" -> 11-05 (Umerov, in the anchor's sentence); the ministry's "could not confirm" and the KBS clip give no
# day; "On Monday" -> 11-04 (Zelensky's 11,000 and his complaint, one sentence; the Pentagon's "no indication"; Choe
# received "in Moscow on Monday" and her promise, one sentence); "Last week Washington put the number in Kursk" gives
# null (US government); "Early on Tuesday" -> 11-05 (the missiles). The NIS's "more than 10,000" is undated (it joins
# k03). The analyst (invented) speaks for herself; the reporter's paraphrase "She says ... come" is not annotated, her
# quote is. Peskov's refusal, the budget (3.45%), the polls, weather, time stamps and tip line are not annotated.
ls = {}
ls["um"] = C("ls", "the first small-scale clashes with North Korean units had already taken place", kind=S, measure=N5,
             by=UM, ev="2024-11-05")
ls["mnd"] = C("ls", "the Ministry of National Defense said it could not confirm his remarks", kind=S, measure=N5,
              by=MND, subject=SK)
ls["um2"] = C("ls", "The first small engagements with North Korean units have already happened.", kind=S, measure=N5,
              by=UM)
ls["more"] = C("ls", "I think more of them will come.", kind=S, measure=MORE, mod="planned", by=UM)
ls["z11"] = C("ls", "On Monday President Volodymyr Zelensky said 11,000 North Korean soldiers were now in Russia's Kursk "
              "region", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
ls["partn"] = C("ls", "he complained that Ukraine's partners were watching instead of acting", kind=S, measure=PARTN,
                by=ZEL, ev="2024-11-04", subject=UA)
ls["us8"] = C("ls", "Last week Washington put the number in Kursk at about 8,000.", measure=KU, value=8000, q="about",
              by=USG, place="Kursk")
ls["nis10"] = C("ls", "more than 10,000 North Koreans are in Russia as a whole", value=10000, q="at_least",
                scope="total", by=NIS, place="Russia")
ls["dod"] = C("ls", "The Pentagon said on Monday it still had no indication that North Korean troops had entered "
              "combat.", kind=S, measure=CS, by=DOD, ev="2024-11-04")
ls["srbm"] = C("ls", "North Korea fired seven short-range ballistic missiles into the sea off its east coast",
               measure=SRBM, value=7, unit="missiles", by=JCS, ev="2024-11-05")
ls["choe"] = C("ls", "she again promised that her country would stay at Russia's side until its victory", kind=S,
               measure=CHOE, by=CHOE_SH, ev="2024-11-04")
ls["manp"] = C("ls", "Russia will take soldiers from anywhere. It does not have to mobilise at home", kind=S,
               measure=MANP, by=KALN, subject=RUS)
ls["exp"] = C("ls", "Kim Jong Un gets money, technology and battlefield experience. Putin gets men.", kind=S,
              measure=EXP, by=KALN)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [ap["sofar"], ap["bud"], dn["kys"]], "discrepancy",
  "the week of Oct 17-22 (bundled k01): Seoul's fifteen hundred in Russia so far vs about 11,000 training in the Far "
  "East (Budanov Oct 18, Kyslytsya Oct 21)",
  [("1,500 so far (NIS)", [ap["sofar"]]), ("about 11,000 training (Budanov, Kyslytsya)", [ap["bud"], dn["kys"]])])
K(RU, [dn["r3"], np_["r3"], np_["wh3"], np_["hur"], pm["hur"]], "discrepancy",
  "snapshot Oct 23-24: the NIS's about 3,000 and the White House's at least 3,000 vs HUR's about 12,000 already in "
  "Russia",
  [("about / at least 3,000 (NIS, White House)", [dn["r3"], np_["r3"], np_["wh3"]]),
   ("about 12,000 (HUR)", [np_["hur"], pm["hur"]])])
K(RU, [bi["wh3"], pm["r3"], hs["nis3"], hs["us3"], bi["dod"], pm["dod"], hs["dod"], ka["bl10"], bi["nis10"],
       pm["nis10"], ka["nis10"], hs["nis10"], ls["nis10"]], "update_over_time",
  "running total in Russia told from Oct 28 on: about / at least 3,000 (Oct 23, told as the step before) -> around "
  "10,000 (Pentagon Oct 28; Blinken Oct 31) -> more than 10,000 (NIS Oct 29)")
K(KU, [ka["bl8"], hs["bl8"], ls["us8"], ls["z11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Washington, Oct 31) -> 11,000 (Zelensky, Nov 4)")
K(PL, [ap["plan"], dn["plan"], ap["zel10"]], "discrepancy",
  "planned total: the NIS's about 12,000 (Oct 18) vs Zelensky's 10,000 being prepared (Oct 17)",
  [("about 12,000 (NIS)", [ap["plan"], dn["plan"]]), ("10,000 (Zelensky)", [ap["zel10"]])])
K(FB, [ap["fb"], dn["fb"]], "agreement", "NIS: a first transport of about 1,500 special forces to Vladivostok")
K(WIN, [ap["win"], dn["win"]], "agreement", "NIS: first transport between Oct 8 and 13")
K(SHIPS, [ap["ships"], dn["ships"]], "agreement", "NIS: four Russian navy landing ships")
K(BRIG, [ap["brig"], dn["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(NEXT, [ap["next"], dn["next"]], "agreement",
  "NIS: a further transport expected / being prepared (Oct 18 and Oct 23)")
K(READY, [ap["ready"], dn["ready"]], "agreement",
  "ready by November 1 (Budanov Oct 18, Kyslytsya Oct 21)")
K(SB, [dn["sb"], np_["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500 followed the first")
K(PR, [dn["pr"], np_["pr"], pm["pr"]], "agreement", "NIS (Oct 23): 10,000 expected in all")
K(PRD, [dn["prd"], np_["prd"], pm["prd"]], "agreement", "NIS projection deadline: by December")
K(PAY, [dn["pay"], pm["pay"], hs["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [dn["regime"], pm["regime"], hs["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(DRONES, [dn["drones"], pm["drones"]], "agreement",
  "fit and motivated but no experience of drone warfare (NIS via Lee; the Postimees analyst)")
K(OFF, [np_["off"], pm["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [np_["gen"], pm["gen"]], "agreement", "HUR (Oct 24): three generals")
K(ARR, [np_["arr"], bi["arr"]], "agreement", "HUR: the first units reached the Kursk region on Oct 23")
K(TGT, [np_["fair"], ka["tgt"]], "agreement",
  "US: North Koreans who fight Ukraine are fair game / legitimate military targets (Kirby, Blinken)")
K(ESC, [dn["esc"], np_["esc"], bi["esc"]], "agreement",
  "escalation warning: 'a very, very serious issue' (Austin, conditional), 'a global dimension' (Duda, conditional), "
  "'a significant escalation' (Rutte)")
K(DEP, [dn["austin"], bi["rutte"], pm["rutte"], ap["fake"], bi["fake"]], "discrepancy",
  "deployment asserted (Austin Oct 23, Rutte Oct 28) vs dismissed as 'another fake' (Peskov, the Kremlin)",
  [("asserted", [dn["austin"], bi["rutte"], pm["rutte"]]), ("dismissed", [ap["fake"], bi["fake"]])])
K(LAW, [bi["kjg"], ap["unsc"]], "discrepancy",
  "legality: conforming with international law (Kim Jong Gyu, Oct 25) vs a breach of UN Security Council resolutions "
  "(Seoul's presidential office, Oct 18)",
  [("lawful (North Korea)", [bi["kjg"]]), ("breaches UNSC resolutions (Seoul)", [ap["unsc"]])])
K(THREAT, [ap["threat"], np_["threat"]], "agreement",
  "Seoul: the deployment is a grave / serious security threat beyond Korea (presidential office Oct 18, Yoon Oct 24)")
K(IMG, [np_["img"], pm["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [np_["treaty"], ka["treaty"]], "agreement",
  "Moscow points to the treaty: how Russia applies it is 'our business' (Putin; Russian officials)")
K(WITHDRAW, [dn["wd"], ka["kyh"]], "agreement",
  "Seoul demands the troops' withdrawal (foreign ministry Oct 21; defence minister Kim Yong-hyun Oct 31)")
K(WPN, [dn["wpn"], np_["wpn"]], "agreement",
  "Seoul could consider / does not rule out arming Ukraine (presidential office Oct 22, Yoon Oct 24)")
K(CT, [bi["ct"], pm["ct"], hs["ct"], bi["weeks"], ka["days"], hs["days"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky, Oct 26) vs 'over the next several weeks' (Singh, Oct 28) vs 'in the coming "
  "days' (Blinken, Oct 31)",
  [("Oct 27-28 (Zelensky)", [bi["ct"], pm["ct"], hs["ct"]]), ("several weeks (Pentagon)", [bi["weeks"]]),
   ("coming days (Blinken)", [ka["days"], hs["days"]])])
K(CS, [ap["rutte"], ka["notseen"], ls["dod"]], "agreement",
  "not (yet) seen in combat: no evidence (Rutte Oct 17), not yet seen (Blinken Oct 31), no indication (Pentagon Nov 4)")
K(N5, [ls["um"], ls["um2"], ls["mnd"]], "discrepancy",
  "Nov 5: first small-scale clashes (Umerov to KBS) vs Seoul's defence ministry cannot confirm them",
  [("clashes reported (Umerov)", [ls["um"], ls["um2"]]), ("cannot confirm (Seoul MND)", [ls["mnd"]])])
K(FRONT, [bi["closer"], bi["front"]], "agreement",
  "Oct 28-29: some troops moved closer to Ukraine (Singh) / toward the front (NIS)")
K(KYB, [bi["kyb"], pm["kyb"]], "agreement", "NIS (Oct 29): the contingent is led by Lt. Gen. Kim Yong Bok")
K(TERMS, [bi["terms"], pm["terms"], hs["terms"]], "agreement", "NIS (Oct 29): about 100 basic Russian military terms")
K(ICBMP, [bi["icbm"], ka["icbm"]], "agreement", "NIS (Oct 29): ICBM launch preparations completed")
K(ICBM_T, [ka["t86"], hs["t86"]], "agreement", "Japan's Defence Ministry: the Oct 31 ICBM flew about 86 minutes")
K(ICBM_A, [ka["alt"], hs["alt"]], "agreement", "Japan's Defence Ministry: altitude of more than 7,000 km")
K(CHOE, [ka["choe"], hs["choe"], ls["choe"]], "agreement",
  "Choe Son Hui in Moscow (Nov 1, again Nov 4): with Russia until victory")
K(MANP, [ap["manp"], bi["manp"], pm["manp"], ls["manp"]], "agreement",
  "Russia cannot recruit / mobilise enough at home; North Korea is its manpower reserve (four analysts)")
K(EXP, [ap["exp"], ls["exp"]], "agreement",
  "what Pyongyang gains: hard currency / money and combat experience (two analysts)")
K(TECH, [ka["tech"], pm["tech"]], "agreement",
  "North Korea may get Russian military technology in return (Cho Tae-yul, the Postimees analyst)")
K(ARMY, [dn["army"], pm["army"]], "agreement",
  "North Korea's army of about 1.2 million (DN's background, the Postimees analyst)")

pairs = [
    (ap["plan"], ap["fb"], "about 12,000 planned vs the first transport of about 1,500, adjacent paragraphs"),
    (ap["sofar"], ap["fb"], "1,500: Seoul's head count in Russia that week (in words) vs the first transport"),
    (ap["brig"], ap["ships"], "four brigades vs four landing ships"),
    (ap["bud"], ap["zel10"], "11,000 training (Budanov) vs 10,000 being prepared (Zelensky)"),
    (dn["fb"], dn["sb"], "1,500: the first group vs the group that followed"),
    (dn["sb"], dn["r3"], "another 1,500 vs about 3,000 in total"),
    (dn["r3"], dn["pr"], "about 3,000 now vs 10,000 expected, same paragraph"),
    (dn["brig"], dn["ships"], "four brigades vs four landing ships, same sentence"),
    (np_["hur"], ap["plan"], "12,000: HUR's count already in Russia vs the NIS's planned total"),
    (np_["off"], np_["gen"], "500 officers vs three generals, same sentence"),
    (np_["r3"], np_["pr"], "about 3,000 now vs 10,000 expected, same sentence"),
    (pm["dod"], pm["pr"], "around 10,000 sent (Pentagon) vs 10,000 expected by December (NIS)"),
    (pm["nis10"], pm["pr"], "more than 10,000 now vs 10,000 expected"),
    (ka["bl8"], ka["bl10"], "about 8,000 in Kursk vs roughly 10,000 in Russia, same speaker"),
    (ka["days"], ka["notseen"], "combat expected in the coming days vs not yet seen in combat, same speaker"),
    (ka["nis10"], ka["bl8"], "more than 10,000 in Russia (NIS) vs about 8,000 in Kursk (Blinken)"),
    (hs["bl8"], hs["nis10"], "8 000 in Kursk vs 10 000+ in Russia, adjacent items"),
    (hs["t86"], hs["alt"], "86 minutes of flight vs more than 7 000 km of altitude, same item"),
    (ls["z11"], ls["nis10"], "11,000 in Kursk vs more than 10,000 in Russia, same paragraph"),
    (ls["z11"], dn["kys"], "11,000: in Kursk (Nov 4) vs training in the Far East (Oct 21)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
