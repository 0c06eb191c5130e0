"""Generate gold.json for blind7 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind7/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, B11, READY, OFF, GEN, DEP, CT, CS, FRONT, TGT, ESC, LAW, TREATY,
    IMG, WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, TECH, PAY, REGIME, UM15, NIS, HUR, DOD, MND
)

DOCS = {
    "dn": ("dailynk-2024-10-25-storm-corps-overseas-training-families", "Daily NK", "2024-10-25"),
    "cs": ("cspan-2024-10-28-pentagon-briefing-singh-10000-transcript", "C-SPAN", "2024-10-28"),
    "ec": ("economist-2024-11-01-world-in-brief-8000-kursk-jobs", "The Economist", "2024-11-01"),
    "ti": ("times-2024-11-02-opinion-kims-soldiers-putins-weakness", "The Times", "2024-11-02"),
    "kb": ("kbs-world-2024-11-05-interview-umerov-first-engagements", "KBS World", "2024-11-05"),
    "ri": ("ria-novosti-2024-11-06-federation-council-ratifies-dprk-treaty", "RIA Novosti", "2024-11-06"),
    "pf": ("politifact-2024-11-07-fact-check-north-korean-troops-claims", "PolitiFact", "2024-11-07"),
    "nw": ("newsweek-2024-11-08-timeline-north-korean-troops-russia", "Newsweek", "2024-11-08"),
}

GOLD = Gold(HERE, DOCS)

# measures of this set (free text; the shared ones come from gold_builder)
UNITS = "North Korean units deployed (Storm Corps)"
TOLD = "what deployed soldiers and families were told"
FAM = "families of deployed soldiers relocated / isolated"
UNIF = "Russian uniforms and equipment issued to North Korean troops"
VIRAL = "North Korean troops sent (viral claim)"
SURV = "North Korean survivors of first contact (Ohman)"
CONF = "confirmation of the first-contact report (Ohman)"
KILLED = "North Korean soldiers killed (social media claims)"
SHELLS = "North Korean share of Russia's artillery shells"
RUCAS = "Russian casualties per day"
THIRD = "treaty not directed against third countries"
NORES = "no new US restrictions on weapons use against North Korean troops"
US_EXP = "US expects North Korean troops in combat"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


SRC = "Daily NK source (anonymous)"
WH = "White House"
USG = "US government"
ZEL = "Volodymyr Zelensky"
BL = "Antony Blinken"
BLA = "Antony Blinken and Lloyd Austin"
SING = "Sabrina Singh"
UM = "Rustem Umerov"
KJG = "Kim Jong Gyu"
POST = "social media posts"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"

# ---------------------------------------------------------------- Daily NK, Fri 2024-10-25 (specialist outlet)
d = {}
d["told"] = C("dn", "were told only that they were leaving for \"overseas training\" (해외 훈련), and many of their "
              "families still do not know where they are", kind=S, measure=TOLD, by=SRC)
d["storm"] = C("dn", "the men were drawn from the 11th Corps, the special operations unit better known as the Storm "
               "Corps", kind=S, measure=UNITS, by=SRC, ev="2024-10-23")
d["hund"] = C("dn", "several hundred soldiers from one of its light infantry brigades left their barracks near Tokchon "
              "in early October", measure="Storm Corps soldiers who left one brigade's barracks (source)", low=200,
              high=900, q="vague", by=SRC, ev="2024-10-23")
d["nis3"] = C("dn", "On Wednesday the spy agency said about 3,000 North Korean soldiers had been moved to Russia so far",
              value=3000, q="about", scope="total", by=NIS, ev="2024-10-23", place="Russia")
d["proj"] = C("dn", "the total was likely to reach 10,000", measure=PR, value=10000, mod="planned", scope="total",
              by=NIS, ev="2024-10-23", place="Russia")
d["dec"] = C("dn", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
d["sb"] = C("dn", "A second group of around 1,500 followed the first this week", measure=SB, value=1500, q="about",
            scope="additional", by=NIS, place="Russia")
d["brig"] = C("dn", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
              mod="planned", by=NIS, ev="2024-10-18")
d["plan"] = C("dn", "some 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
              by=NIS, ev="2024-10-18")
d["sfs"] = C("dn", "with special forces of the Storm Corps among them", kind=S, measure=UNITS, by=NIS,
             ev="2024-10-18")
d["fb"] = C("dn", "the first 1,500 had been carried to Vladivostok aboard Russian navy landing ships", measure=FB,
            value=1500, scope="first_batch", by=NIS, place="Russia Far East")
d["win"] = C("dn", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
             scope="first_batch", by=NIS)
d["wh3"] = C("dn", "The White House said on Wednesday that at least 3,000 North Korean soldiers had been moved to "
             "eastern Russia", value=3000, q="at_least", scope="total", by=WH, ev="2024-10-23",
             place="Russia Far East")
d["hur12"] = C("dn", "on Thursday it said about 12,000 North Korean servicemen were already in Russia", value=12000,
               q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
d["off"] = C("dn", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
d["gen"] = C("dn", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
d["ranges"] = C("dn", "they were training at five ranges in the Russian Far East",
                measure="training grounds in eastern Russia", value=5, unit="training grounds", by=HUR,
                ev="2024-10-24", place="Russia Far East")
d["fam"] = C("dn", "the families of the deployed soldiers had been relocated and isolated", kind=S, measure=FAM,
             by=NIS)
d["nomove"] = C("dn", "Nobody has moved them", kind=S, measure=FAM, by=SRC, ev="2024-10-24")
d["rumor"] = C("dn", "residents have heard of a few hundred dollars a month for each man",
               measure="soldiers' pay (rumoured among residents)", low=200, high=900, q="vague",
               unit="USD per month", mod="planned", by="North Korean residents (rumour)")
d["pay"] = C("dn", "The NIS has said Russia will pay about $2,000 a month per soldier", measure=PAY, value=2000,
             q="about", unit="USD per month", mod="planned", by=NIS)
d["regime"] = C("dn", "most of the money is likely to be kept by the state", kind=S, measure=REGIME, by=NIS)
d["unaware"] = C("dn", "Kim Jong Gyu said he was not aware of the reports", kind=S,
                 measure="North Korea on the deployment reports", by=KJG)
d["law"] = C("dn", "if such a deployment existed it would be \"an act conforming with the norms of international "
             "law.\"", kind=S, measure=LAW, mod="conditional", by=KJG)
d["yoon"] = C("dn", "South Korea would not rule out supplying weapons directly to Ukraine", kind=S, measure=WPN,
              mod="conditional", by="Yoon Suk Yeol", ev="2024-10-24", subject=SK)

# ---------------------------------------------------------------- C-SPAN, Mon 2024-10-28 (press-briefing transcript)
# Singh's answers are dated by the transcript header (the briefing, 2024-10-28).
c = {}
c["austin"] = C("cs", "there is evidence that North Korean troops are in Russia", kind=S, measure=DEP,
                by="Lloyd Austin")
c["lead10"] = C("cs", "the DPRK has sent around 10,000 soldiers in total to train in eastern Russia", value=10000,
                q="about", scope="total", by=SING, ev="2024-10-28", place="Russia Far East")
c["weeks"] = C("cs", "who will probably augment Russian forces near Ukraine over the next several weeks", kind=S,
               measure=CT, mod="planned", by=SING, ev="2024-10-28")
c["closer"] = C("cs", "A portion of those soldiers have already moved closer to Ukraine", kind=S, measure=FRONT,
                by=SING, ev="2024-10-28")
c["intend"] = C("cs", "we are increasingly concerned that Russia intends to use them in combat or to support combat "
                "operations against Ukrainian forces in Russia's Kursk Oblast", kind=S, measure=US_EXP,
                mod="planned", by=SING, ev="2024-10-28", place="Kursk")
c["wk3"] = C("cs", "last week we said that at least 3,000 had been moved", value=3000, q="at_least", scope="total",
             by=DOD, place="Russia")
c["now10"] = C("cs", "we now assess it's around 10,000 total", value=10000, q="about", scope="total", by=SING,
               ev="2024-10-28", place="Russia")
c["kursk"] = C("cs", "What I can tell you is that some have moved there.", kind=S, measure=FRONT, by=SING,
               ev="2024-10-28", place="Kursk")
c["plan"] = C("cs", "South Korea's intelligence service says Pyongyang intends to send 12,000 in all", measure=PL,
              value=12000, mod="planned", scope="total", by=NIS)
c["nocomb"] = C("cs", "We have not seen them in combat yet", kind=S, measure=CS, by=SING, ev="2024-10-28")
c["unif"] = C("cs", "we've seen them being given Russian uniforms and equipment", kind=S, measure=UNIF, by=SING,
              ev="2024-10-28")
c["cobel"] = C("cs", "If they are used in combat against Ukraine, they are co-belligerents in this war", kind=S,
               measure=TGT, mod="conditional", by=SING, ev="2024-10-28")
c["nores"] = C("cs", "there would be no new restrictions on how Ukraine can use U.S.-provided weapons to defend itself "
               "against them", kind=S, measure=NORES, mod="conditional", by=SING, ev="2024-10-28", subject=US)

# ---------------------------------------------------------------- The Economist, Fri 2024-11-01 (morning/evening briefing)
e = {}
e["choe"] = C("ec", "She said her country would stand \"firmly by our Russian comrades until victory day\"", kind=S,
              measure=CHOE, by="Choe Son Hui")
e["k8"] = C("ec", "said about 8,000 North Korean soldiers were now in Russia's Kursk region", measure=KU, value=8000,
            q="about", by=BLA, ev="2024-10-31", place="Kursk")
e["r10"] = C("ec", "out of roughly 10,000 sent to Russia", value=10000, q="about", scope="total", by=BLA,
             ev="2024-10-31", place="Russia")
e["train"] = C("ec", "The pair said Russia had trained them in artillery, drones and basic infantry tactics", kind=S,
               measure=EQ, by=BLA)
e["notyet"] = C("ec", "They had not yet seen the North Koreans in combat against Ukrainian forces", kind=S,
                measure=CS, by=BL)
e["days"] = C("ec", "but expected that to happen \"in the coming days\"", kind=S, measure=CT, mod="planned", by=BL)
e["targets"] = C("ec", "the soldiers would become \"legitimate military targets\"", kind=S, measure=TGT,
                 mod="conditional", by=BL)
e["86"] = C("ec", "Japan's defence ministry said it flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
            by="Japan Ministry of Defense")
e["alt"] = C("ec", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
             by="Japan Ministry of Defense")
e["kim"] = C("ec", "Mr Kim called the launch an \"appropriate military action\"", kind=S,
             measure="Kim Jong Un on the ICBM launch", by="Kim Jong Un")

# ---------------------------------------------------------------- The Times, Sat 2024-11-02 (opinion column)
t = {}
t["r10"] = C("ti", "Ten thousand North Koreans are now in Russia, the Pentagon said on Monday", value=10000,
             scope="total", by=DOD, ev="2024-10-28", place="Russia")
t["k8"] = C("ti", "On Thursday Antony Blinken said about 8,000 of them had already reached the Kursk region",
            measure=KU, value=8000, q="about", by=BL, ev="2024-10-31", place="Kursk")
t["plan"] = C("ti", "believe Kim Jong Un has promised as many as 12,000", measure=PL, value=12000, q="up_to",
              mod="planned", scope="total", by=NIS)
t["fake"] = C("ti", "Dmitry Peskov first waved the reports away as \"another fake\"", kind=S, measure=DEP,
              by="Dmitry Peskov")
t["biz"] = C("ti", "how Russia applies its treaty with Pyongyang is \"our business\"", kind=S, measure=TREATY,
             by="Vladimir Putin", subject=RUS)
t["pay"] = C("ti", "Russia pays roughly $2,000 a month for each soldier", measure=PAY, value=2000, q="about",
             unit="USD per month", by=NIS)
t["regime"] = C("ti", "most of it pocketed by the regime rather than the men", kind=S, measure=REGIME, by=NIS)
t["20m"] = C("ti", "By my arithmetic that is some $20 million a month for Pyongyang",
             measure="Pyongyang's monthly income from the deployment (columnist's arithmetic)", value=20000000,
             q="about", unit="USD per month", by=None)
t["cas"] = C("ti", "British defence intelligence reckons Russia lost more than 1,200 men a day", measure=RUCAS,
             value=1200, q="at_least", unit="casualties per day", by="UK Ministry of Defence", subject=RUS)
t["days8"] = C("ti", "At that rate, 10,000 North Koreans buy Mr Putin about eight days",
               measure="days of Russian losses the deployment covers (columnist's arithmetic)", value=8, q="about",
               unit="days", by=None)
t["rutte"] = C("ti", "confirmed on Monday that North Korean units had been sent to Kursk", kind=S, measure=DEP,
               by="Mark Rutte", ev="2024-10-28", place="Kursk")
t["esc"] = C("ti", "called it a significant escalation", kind=S, measure=ESC, by="Mark Rutte", ev="2024-10-28")
t["seoul"] = C("ti", "which has said it no longer rules out arming Kyiv", kind=S, measure=WPN, mod="conditional",
               by="South Korea government", subject=SK)

# ---------------------------------------------------------------- KBS World, Tue 2024-11-05 (TV interview transcript)
# Umerov's answers are dated by the interview (Tuesday 2024-11-05), as the introduction states.
k = {}
k["intro"] = C("kb", "Ukrainian forces have fought their first small-scale engagements with North Korean troops",
               kind=S, measure=CS, by=UM, ev="2024-11-05", place="Kursk")
k["zel11"] = C("kb", "President Zelensky said on Monday that there are now 11,000 North Korean soldiers in the Kursk "
               "region", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
k["um11"] = C("kb", "About 11,000 North Korean servicemen are in the Kursk region now", measure=KU, value=11000,
              q="about", by=UM, ev="2024-11-05", place="Kursk")
k["15k"] = C("kb", "We believe that in total there could be up to 15,000", measure=UM15, value=15000, q="up_to",
             mod="planned", scope="total", by=UM, ev="2024-11-05")
k["front"] = C("kb", "now Russia is moving them to the front line", kind=S, measure=FRONT, by=UM, ev="2024-11-05")
k["first"] = C("kb", "The first small-scale engagements have already taken place.", kind=S, measure=CS, by=UM,
               ev="2024-11-05")
k["dozens"] = C("kb", "Some Ukrainian social media channels claim that dozens of North Korean soldiers were killed",
                measure=KILLED, low=24, high=99, q="vague", by="Ukrainian social media channels")
k["nocas"] = C("kb", "I cannot confirm figures on casualties today.", kind=S,
               measure="North Korean casualties (confirmation)", by=UM, ev="2024-11-05")
k["tech"] = C("kb", "Russia pays with money and with technology, and I think also with military technology, missiles",
              kind=S, measure=TECH, by=UM, ev="2024-11-05")
k["half"] = C("kb", "about half of the artillery shells that Russia fires at us come from North Korea", measure=SHELLS,
              value=50, q="about", unit="percent", by=UM, ev="2024-11-05")
k["ad"] = C("kb", "First of all, air defense, because Russia attacks our cities every night", kind=S,
            measure="Ukraine's weapons request to South Korea", by=UM, ev="2024-11-05", subject=UA)
k["intel"] = C("kb", "We also propose exchanging intelligence and battlefield experience.", kind=S,
               measure="Ukraine proposes intelligence exchange with South Korea", by=UM, ev="2024-11-05", subject=UA)
k["threat"] = C("kb", "North Korean soldiers are getting combat experience against a modern army, and that is a threat "
                "to Korea", kind=S, measure="threat to South Korea from North Korean combat experience", by=UM,
                ev="2024-11-05")
k["legit"] = C("kb", "If they come to our land as part of the Russian army, they are legitimate targets", kind=S,
               measure=TGT, mod="conditional", by=UM, ev="2024-11-05")
k["geneva"] = C("kb", "anyone who lays down his arms will be treated according to the Geneva Conventions", kind=S,
                measure="treatment of surrendering North Korean soldiers", mod="conditional", by=UM,
                ev="2024-11-05", subject=UA)
k["mnd"] = C("kb", "South Korea's Ministry of National Defense said it could not confirm reports that North Korean "
             "troops had engaged in combat", kind=S, measure=CS, by=MND, ev="2024-11-05")

# ---------------------------------------------------------------- RIA Novosti, Wed 2024-11-06 (translated state outlet)
r = {}
r["third"] = C("ri", "the treaty \"is not directed against third countries\" and has defensive character", kind=S,
               measure=THIRD, by="Federation Council committee on international affairs", subject=RUS)
r["s10"] = C("ri", "Pyongyang has sent \"about 10 thousand\" military servicemen for training in the east of Russia",
             value=10000, q="about", scope="total", by=SING, place="Russia Far East")
r["nis10"] = C("ri", "alleged the sending of \"more than 10 thousand\" servicemen", value=10000, q="at_least",
               scope="total", by=NIS, place="Russia")
r["zel11"] = C("ri", "Vladimir Zelensky on Monday declared already 11 thousand \"North Korean soldiers\" in the Kursk "
               "region", measure=KU, value=11000, by=ZEL, ev="2024-11-04", place="Kursk")
r["um"] = C("ri", "Rustem Umerov on Tuesday in interview to South Korean television asserted about \"first "
            "small-scale battles\"", kind=S, measure=CS, by=UM, ev="2024-11-05")
r["mnd"] = C("ri", "the South Korean Ministry of National Defence itself on Tuesday declared that it cannot confirm "
             "participation of servicemen of the DPRK in battles", kind=S, measure=CS, by=MND, ev="2024-11-05")
r["sov"] = C("ri", "Dmitry Peskov earlier stated that the Russian-Korean interaction in all spheres is the sovereign "
             "business of the two states", kind=S, measure=TREATY, by="Dmitry Peskov", subject=RUS)
r["leaks"] = C("ri", "named the publications of the Western press \"so-called leaks\"", kind=S, measure=DEP,
               by="Maria Zakharova")
r["law"] = C("ri", "cooperation of Moscow and Pyongyang corresponds fully to the norms of international law", kind=S,
             measure=LAW, by="Maria Zakharova")
r["choe"] = C("ri", "Choe Son Hui assured that Pyongyang will stand on the side of the Russian comrades until the day "
              "of victory", kind=S, measure=CHOE, by="Choe Son Hui", ev="2024-11-01")
r["30k"] = C("ri", "the armed forces of Ukraine in the Kursk direction lost since the beginning of the hostilities "
             "more than 30 thousand servicemen", measure="Ukrainian losses in the Kursk direction (Russian MoD)",
             value=30000, q="at_least", by="Russia Ministry of Defence", place="Kursk", subject=UA)
r["tanks"] = C("ri", "and also over 200 tanks", measure="Ukrainian tanks lost in the Kursk direction (Russian MoD)",
               value=200, q="at_least", unit="tanks", by="Russia Ministry of Defence", place="Kursk", subject=UA)

# ---------------------------------------------------------------- PolitiFact, Thu 2024-11-07 (fact-check)
p = {}
p["100k"] = C("pf", "North Korea just sent 100,000 troops to fight in Ukraine", measure=VIRAL, value=100000,
              scope="total", by=POST, place="Ukraine")
p["dod10"] = C("pf", "The Pentagon said on Oct. 28 that around 10,000 North Korean soldiers had been sent to eastern "
               "Russia for training", value=10000, q="about", scope="total", by=DOD, ev="2024-10-28",
               place="Russia Far East")
p["nis10"] = C("pf", "South Korea's National Intelligence Service told lawmakers on Oct. 29 that more than 10,000 had "
               "been sent", value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
p["bud"] = C("pf", "said in mid-October that about 11,000 were training in Russia's east", measure=B11, value=11000,
             q="about", by="Kyrylo Budanov", place="Russia Far East")
p["most"] = C("pf", "U.S. officials say most have moved to Russia's Kursk region", kind=S,
              measure="share of North Korean troops in Kursk", by=USG, place="Kursk")
p["12k"] = C("pf", "South Korea confirmed 12,000 North Korean soldiers have already been sent to Russia",
             measure=VIRAL, value=12000, scope="total", by=POST, place="Russia")
p["plan"] = C("pf", "Pyongyang had decided to send about 12,000 troops in total", measure=PL, value=12000, q="about",
              mod="planned", scope="total", by=NIS, ev="2024-10-18")
p["fb"] = C("pf", "a first group of 1,500 special forces had already been shipped to Vladivostok", measure=FB,
            value=1500, scope="first_batch", by=NIS, ev="2024-10-18", place="Russia Far East")
p["fake"] = C("pf", "Kremlin spokesman Dmitry Peskov did call the reports \"another fake.\"", kind=S, measure=DEP,
              by="Dmitry Peskov")
p["nodeny"] = C("pf", "A week later, President Vladimir Putin did not deny them.", kind=S,
                measure="Putin did not deny the reports", by="Vladimir Putin")
p["img"] = C("pf", "\"Images are a serious thing. If there are images, then they reflect something.\"", kind=S,
             measure=IMG, by="Vladimir Putin", ev="2024-10-24")
p["biz"] = C("pf", "how Russia carries out its treaty with North Korea is \"our business.\"", kind=S, measure=TREATY,
             by="Vladimir Putin", subject=RUS)
p["earn"] = C("pf", "North Korean soldiers in Russia earn $2,000 a month", measure="soldiers' pay (viral claim)",
              value=2000, unit="USD per month", by=POST)
p["pay"] = C("pf", "Russia is paying about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
             unit="USD per month", by=NIS)
p["regime"] = C("pf", "most of that money is expected to go to the North Korean government, not to the soldiers",
                kind=S, measure=REGIME, by=NIS)
p["one1"] = C("pf", "A North Korean unit was wiped out in its first battle, with only one survivor.", measure=SURV,
              value=1, by="Jonas Ohman")
p["contact"] = C("pf", "Ukrainian forces first made contact with North Korean soldiers in the Kursk region on Oct. 25",
                 kind=S, measure="first contact with North Korean troops (Ohman)", by="Jonas Ohman",
                 ev="2024-10-25", place="Kursk")
p["one2"] = C("pf", "as far as he understood, only one of them survived", measure=SURV, value=1, by="Jonas Ohman",
              ev="2024-10-25", place="Kursk")
p["uaconf"] = C("pf", "Ukraine's military did not confirm the account", kind=S, measure=CONF, by="Ukraine military")
p["skconf"] = C("pf", "South Korea's defense ministry said it could not verify it", kind=S, measure=CONF, by=MND)
p["fire"] = C("pf", "Ukrainian officials said for the first time that North Korean units had come under Ukrainian fire",
              kind=S, measure=CS, by="Ukrainian officials", ev="2024-11-04")
p["usconf"] = C("pf", "The U.S. has said it cannot yet confirm that North Koreans are in combat.", kind=S, measure=CS,
                by=USG)

# ---------------------------------------------------------------- Newsweek, Fri 2024-11-08 (weekly timeline + correction)
# Each entry's claims are dated by the entry's heading ("Oct. 23:").
n = {}
n["zel10"] = C("nw", "about 10,000 North Korean soldiers were being prepared to join Russia's forces", measure=PL,
               value=10000, q="about", mod="planned", scope="total", by=ZEL, ev="2024-10-17")
n["brig"] = C("nw", "had decided to send four brigades", measure=BRIG, value=4, unit="brigades", mod="planned",
              by=NIS, ev="2024-10-18")
n["plan"] = C("nw", "around 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS,
              ev="2024-10-18")
n["fb"] = C("nw", "a first contingent of 1,500 special forces had been shipped to Vladivostok", measure=FB, value=1500,
            scope="first_batch", by=NIS, ev="2024-10-18", place="Russia Far East")
n["win"] = C("nw", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
             scope="first_batch", by=NIS, ev="2024-10-18")
n["unif"] = C("nw", "The soldiers had been issued Russian uniforms, the agency said.", kind=S, measure=UNIF, by=NIS,
              ev="2024-10-18")
n["bud"] = C("nw", "some 11,000 North Korean infantrymen were training in Russia's east", measure=B11, value=11000,
             q="about", by="Kyrylo Budanov", ev="2024-10-18", place="Russia Far East")
n["ready"] = C("nw", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
               by="Kyrylo Budanov", ev="2024-10-18")
n["austin"] = C("nw", "\"there is evidence that there are DPRK troops in Russia.\"", kind=S, measure=DEP,
                by="Lloyd Austin", ev="2024-10-23")
n["kirby3"] = C("nw", "John Kirby said at least 3,000 had been moved to eastern Russia", value=3000, q="at_least",
                scope="total", by="John Kirby", ev="2024-10-23", place="Russia Far East")
n["fair"] = C("nw", "warned that they would be \"fair game\" if they fought in Ukraine", kind=S, measure=TGT,
              mod="conditional", by="John Kirby", ev="2024-10-23")
n["nis3"] = C("nw", "The NIS said roughly 3,000 had gone so far", value=3000, q="about", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
n["sb"] = C("nw", "including another 1,500 sent in a second transfer", measure=SB, value=1500, scope="additional",
            by=NIS, ev="2024-10-23", place="Russia")
n["proj"] = C("nw", "forecast 10,000", measure=PR, value=10000, mod="planned", scope="total", by=NIS, ev="2024-10-23",
              place="Russia")
n["dec"] = C("nw", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
n["hur12"] = C("nw", "put the number in Russia at about 12,000", value=12000, q="about", scope="total", by=HUR,
               ev="2024-10-24", place="Russia")
n["off"] = C("nw", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
n["gen"] = C("nw", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
n["img"] = C("nw", "said: \"Images are a serious thing.\"", kind=S, measure=IMG, by="Vladimir Putin",
             ev="2024-10-24")
n["law"] = C("nw", "Kim Jong Gyu said any such deployment would conform with international law", kind=S, measure=LAW,
             mod="conditional", by=KJG, ev="2024-10-25")
n["dod10"] = C("nw", "The Pentagon said about 10,000 North Korean troops had been sent to eastern Russia", value=10000,
               q="about", scope="total", by=DOD, ev="2024-10-28", place="Russia Far East")
n["closer"] = C("nw", "that some had moved closer to Ukraine", kind=S, measure=FRONT, by=DOD, ev="2024-10-28")
n["rutte"] = C("nw", "Mark Rutte confirmed that North Korean units had been deployed to the Kursk region", kind=S,
               measure=DEP, by="Mark Rutte", ev="2024-10-28", place="Kursk")
n["esc"] = C("nw", "calling it a \"significant escalation.\"", kind=S, measure=ESC, by="Mark Rutte", ev="2024-10-28")
n["nis10"] = C("nw", "The NIS told lawmakers more than 10,000 had now been sent", value=10000, q="at_least",
               scope="total", by=NIS, ev="2024-10-29", place="Russia")
n["nfront"] = C("nw", "some appeared to be moving toward the front lines", kind=S, measure=FRONT, by=NIS,
                ev="2024-10-29")
n["k8"] = C("nw", "Antony Blinken and Austin said about 8,000 were in the Kursk region", measure=KU, value=8000,
            q="about", by=BLA, ev="2024-10-31", place="Kursk")
n["days"] = C("nw", "they expected them to enter combat \"in the coming days.\"", kind=S, measure=CT, mod="planned",
              by=BLA, ev="2024-10-31")
n["86"] = C("nw", "flew for 86 minutes, according to Japan", measure=ICBM_T, value=86, unit="minutes",
            by="Japan government", ev="2024-10-31")
n["zel11"] = C("nw", "Zelensky said 11,000 North Korean soldiers were in the Kursk region", measure=KU, value=11000,
               by=ZEL, ev="2024-11-04", place="Kursk")
n["kov"] = C("nw", "said the first North Korean units had \"already come under fire.\"", kind=S, measure=CS,
             by="Andriy Kovalenko", ev="2024-11-04")
n["um"] = C("nw", "told South Korea's KBS that the first \"small-scale\" engagements had taken place", kind=S,
            measure=CS, by=UM, ev="2024-11-05")
n["15k"] = C("nw", "Kyiv expects up to 15,000 North Korean soldiers", measure=UM15, value=15000, q="up_to",
             mod="planned", scope="total", by=UM, ev="2024-11-05")
n["zel5"] = C("nw", "\"The first battles with North Korean soldiers open a new page of instability in the world.\"",
              kind=S, measure=CS, by=ZEL, ev="2024-11-05")
n["mnd"] = C("nw", "South Korea's Defense Ministry said it could not confirm any combat", kind=S, measure=CS, by=MND,
             ev="2024-11-05")
n["yoon"] = C("nw", "Seoul no longer excludes sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
              by="Yoon Suk Yeol", ev="2024-11-07", subject=SK)
n["fake"] = C("nw", "which had dismissed the early reports as \"another fake,\"", kind=S, measure=DEP, by="Kremlin")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [d["nis3"], d["wh3"], d["hur12"], n["hur12"]], "discrepancy",
  "snapshot Oct 23-25: Seoul and Washington about / at least 3,000 vs Ukraine's HUR about 12,000 already in Russia "
  "(HUR's figure restated in the Nov 8 timeline)",
  [("about / at least 3,000 (NIS, White House)", [d["nis3"], d["wh3"]]),
   ("about 12,000 (HUR)", [d["hur12"], n["hur12"]])])
K(RU, [c["wk3"], c["lead10"], c["now10"], e["r10"], t["r10"], r["s10"], r["nis10"], p["dod10"], p["nis10"],
       n["kirby3"], n["nis3"], n["dod10"], n["nis10"]], "update_over_time",
  "running total of troops in Russia told from Oct 28 on: at least / about 3,000 (US, NIS, Oct 23) -> about 10,000 "
  "(Pentagon Oct 28, restated by Blinken and Austin Oct 31) -> more than 10,000 (NIS Oct 29)")
K(KU, [e["k8"], t["k8"], n["k8"], n["zel11"], k["zel11"], k["um11"], r["zel11"]], "update_over_time",
  "troops in Kursk: about 8,000 (Blinken / Austin, Oct 31) -> 11,000 (Zelensky Nov 4, Umerov Nov 5)")
K(PL, [d["plan"], c["plan"], t["plan"], p["plan"], n["plan"], n["zel10"]], "discrepancy",
  "planned total: NIS (Oct 18) about / up to 12,000 vs Zelensky (Oct 17) about 10,000 being prepared",
  [("about 12,000 (NIS)", [d["plan"], c["plan"], t["plan"], p["plan"], n["plan"]]),
   ("about 10,000 (Zelensky)", [n["zel10"]])])
K(BRIG, [d["brig"], n["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(FB, [d["fb"], p["fb"], n["fb"]], "agreement", "NIS (Oct 18): first batch of 1,500 special forces to Vladivostok")
K(WIN, [d["win"], n["win"]], "agreement", "NIS: first batch moved between Oct 8 and 13")
K(SB, [d["sb"], n["sb"]], "agreement", "NIS (Oct 23): a second group of about 1,500")
K(PR, [d["proj"], n["proj"]], "agreement", "NIS (Oct 23) projection: 10,000 in all")
K(PRD, [d["dec"], n["dec"]], "agreement", "NIS projection deadline: December")
K(OFF, [d["off"], n["off"]], "agreement", "HUR (Oct 24): 500 officers")
K(GEN, [d["gen"], n["gen"]], "agreement", "HUR (Oct 24): three generals")
K(B11, [p["bud"], n["bud"]], "agreement", "Budanov (Oct 18): about 11,000 training in Russia's east")
K(PAY, [d["pay"], t["pay"], p["pay"]], "agreement", "NIS: Russia pays about $2,000 a month per soldier")
K(REGIME, [d["regime"], t["regime"], p["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(FAM, [d["fam"], d["nomove"]], "discrepancy",
  "NIS: soldiers' families relocated and isolated vs Daily NK's source: nobody has moved them",
  [("relocated and isolated (NIS)", [d["fam"]]), ("not moved (source in North Hamgyong)", [d["nomove"]])])
K(UNITS, [d["storm"], d["sfs"]], "agreement", "Storm Corps (11th Corps) soldiers among those sent (source, NIS)")
K(UNIF, [c["unif"], n["unif"]], "agreement", "troops issued Russian uniforms (NIS Oct 18, Singh Oct 28)")
K(DEP, [c["austin"], t["rutte"], n["austin"], n["rutte"], t["fake"], p["fake"], r["leaks"], n["fake"]],
  "discrepancy", "deployment asserted (Austin, Rutte) vs dismissed (Peskov / Kremlin 'another fake', Zakharova "
  "'so-called leaks')",
  [("asserted", [c["austin"], t["rutte"], n["austin"], n["rutte"]]),
   ("dismissed", [t["fake"], p["fake"], r["leaks"], n["fake"]])])
K(LAW, [d["law"], n["law"], r["law"]], "agreement",
  "Pyongyang (Kim Jong Gyu, Oct 25) and Moscow (Zakharova): the deployment / cooperation is lawful")
K(TREATY, [t["biz"], p["biz"], r["sov"]], "agreement",
  "Putin / Peskov: the treaty's implementation is Russia's and the DPRK's own business")
K(IMG, [p["img"], n["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(CT, [c["weeks"], e["days"], n["days"]], "discrepancy",
  "combat entry: 'over the next several weeks' (Singh, Oct 28) vs 'in the coming days' (Blinken / Austin, Oct 31)",
  [("weeks", [c["weeks"]]), ("days", [e["days"], n["days"]])])
K(CS, [c["nocomb"], e["notyet"]], "agreement", "Oct 28-31: no North Korean troops seen in combat yet (Singh, Blinken)")
K(CS + ", Nov 4-7", [k["intro"], k["first"], r["um"], p["fire"], n["kov"], n["um"], n["zel5"], k["mnd"], r["mnd"],
                     p["usconf"], n["mnd"]], "discrepancy",
  "Nov 4-5: Kyiv reports the first clashes vs Seoul's defence ministry and Washington cannot confirm combat",
  [("clashes reported (Ukraine)", [k["intro"], k["first"], r["um"], p["fire"], n["kov"], n["um"], n["zel5"]]),
   ("not confirmed (Seoul, Washington)", [k["mnd"], r["mnd"], p["usconf"], n["mnd"]])])
K(TGT, [c["cobel"], e["targets"], n["fair"], k["legit"]], "agreement",
  "North Korean troops who fight Ukraine are co-belligerents / fair game / legitimate targets")
K(ESC, [t["esc"], n["esc"]], "agreement", "Rutte (Oct 28): a significant escalation")
K(FRONT, [c["closer"], c["kursk"], n["closer"], n["nfront"], k["front"]], "agreement",
  "some troops moved closer to Ukraine / toward the front / to Kursk (Pentagon Oct 28, NIS Oct 29, Umerov Nov 5)")
K(ICBM_T, [e["86"], n["86"]], "agreement", "Japan: the Oct 31 ICBM flew 86 minutes")
K(CHOE, [e["choe"], r["choe"]], "agreement", "Choe in Moscow (Nov 1): with Russia until victory")
K(WPN, [d["yoon"], t["seoul"], n["yoon"]], "agreement",
  "Seoul does not rule out supplying weapons to Ukraine (Yoon Oct 24 and Nov 7)")
K(UM15, [k["15k"], n["15k"]], "agreement", "Umerov (Nov 5): up to 15,000 expected in all")
K(SURV, [p["one1"], p["one2"]], "agreement", "Ohman: one survivor of the first contact (the rated claim and its source)")
K(CONF, [p["uaconf"], p["skconf"]], "agreement", "Ohman's account confirmed by neither Kyiv's military nor Seoul")

pairs = [
    (d["fb"], d["sb"], "first batch 1,500 vs second group 1,500, same document"),
    (n["fb"], n["sb"], "first contingent 1,500 vs another 1,500 in a second transfer"),
    (n["fb"], n["plan"], "first batch 1,500 vs planned total 12,000, same sentence"),
    (p["fb"], p["plan"], "first group 1,500 vs 12,000 in total, same sentence"),
    (d["hur12"], d["plan"], "12,000: HUR's count already in Russia vs the NIS planned total, same document"),
    (n["hur12"], n["plan"], "12,000: HUR's count in Russia (Oct 24) vs the NIS plan (Oct 18)"),
    (d["nis3"], d["proj"], "3,000 sent so far vs 10,000 projected, same sentence"),
    (n["nis10"], n["proj"], "more than 10,000 sent (Oct 29) vs the 10,000 projection (Oct 23)"),
    (n["proj"], n["dod10"], "10,000 projected by December (NIS) vs about 10,000 sent (Pentagon)"),
    (n["zel10"], n["dod10"], "10,000 being prepared (Zelensky, Oct 17) vs 10,000 sent (Pentagon, Oct 28)"),
    (e["k8"], e["r10"], "8,000 in Kursk vs 10,000 in all of Russia, same sentence"),
    (t["k8"], t["r10"], "8,000 in Kursk vs ten thousand in Russia, adjacent sentences"),
    (n["zel11"], n["bud"], "11,000 in Kursk (Zelensky, Nov 4) vs 11,000 training in the east (Budanov, Oct 18)"),
    (p["bud"], k["um11"], "11,000 training in the east vs about 11,000 in Kursk"),
    (k["um11"], k["15k"], "about 11,000 in Kursk now vs up to 15,000 expected in all, same answer"),
    (r["nis10"], r["zel11"], "more than 10 thousand sent to Russia vs 11 thousand in Kursk, adjacent paragraphs"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
