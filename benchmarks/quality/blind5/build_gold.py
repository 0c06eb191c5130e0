"""Generate gold.json for blind5 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind5/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, B11, READY, OFF, GEN, ARR, DEP, CT, CS, FRONT, TGT, ESC,
    LAW, TREATY, IMG, WPN, EQ, INFO, ICBM_T, ICBM_A, CHOE, PARTN, TECH, MUN, PAY, REGIME, UM15, RATIO,
    NIS, HUR, DOD, MND, JMOD, USK, PO
)
DOCS = {
    "as": ("asahi-2024-10-24-hayashi-concern-nis-3000", "The Asahi Shimbun", "2024-10-24"),
    "rf": ("rferl-2024-10-25-hur-kursk-zelenskiy-27-28", "Radio Free Europe/Radio Liberty", "2024-10-25"),
    "ja": ("joongang-2024-10-30-nis-over-10000-pay-2000", "Korea JoongAng Daily", "2024-10-30"),
    "sc": ("scmp-2024-11-01-china-not-aware-blinken-8000", "South China Morning Post", "2024-11-01"),
    "ft": ("ft-2024-11-03-choe-until-victory-cash-for-troops", "Financial Times", "2024-11-03"),
    "hi": ("hill-2024-11-05-ryder-11000-12000-cannot-confirm-combat", "The Hill", "2024-11-05"),
    "st": ("straits-times-2024-11-08-yoon-weapons-first-clashes", "The Straits Times", "2024-11-08"),
}


GOLD = Gold(HERE, DOCS)

# measures (free text, consistent across documents; the names follow blind4 where the quantity is the same)
K26 = "first North Korean group earmarked for Kursk (Budanov)"
CHINA = "China on the deployment"

def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


CFM = "China Foreign Ministry"

# ---------------------------------------------------------------- Asahi Shimbun, Thu 2024-10-24
a = {}
a["conc"] = C("as", "it was gravely concerned about reports that North Korean soldiers have been sent to Russia", kind=S,
              measure="concern over the deployment", by="Japan government", ev="2024-10-24")
a["ru3"] = C("as", "some 3,000 of them were already there", value=3000, q="about", scope="total", by=USK,
             ev="2024-10-23", place="Russia")
a["anal"] = C("as", "Tokyo was analyzing the information in close cooperation with Washington and Seoul", kind=S,
              measure="Japan analysing the reports with allies", by="Yoshimasa Hayashi", subject="Japan")
a["decl"] = C("as", "He declined to say whether Japan had its own estimate of the troop numbers", kind=S,
              measure="Japan's own troop estimate", by="Yoshimasa Hayashi", subject="Japan")
a["sb"] = C("as", "the North had sent an additional 1,500 or so soldiers", measure=SB, value=1500, q="about",
            scope="additional", by=NIS, ev="2024-10-23", place="Russia")
a["nis3"] = C("as", "bringing the total to about 3,000", value=3000, q="about", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
a["proj"] = C("as", "The agency expects the number to reach roughly 10,000", measure=PR, value=10000, q="about",
              mod="planned", scope="total", by=NIS, place="Russia")
a["dec"] = C("as", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
a["brig"] = C("as", "Pyongyang had decided to dispatch four brigades", measure=BRIG, value=4, unit="brigades",
              mod="planned", by=NIS)
a["plan"] = C("as", "totaling about 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total",
              by=NIS)
a["fb"] = C("as", "A first contingent of 1,500 special forces was carried from North Korea to Vladivostok", measure=FB,
            value=1500, scope="first_batch", by=NIS, place="Vladivostok")
a["win"] = C("as", "between Oct. 8 and Oct. 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
             scope="first_batch", by=NIS, place="Vladivostok")
a["kirby"] = C("as", "at least 3,000 North Korean soldiers had been moved by ship", value=3000, q="at_least",
               scope="total", by="John Kirby", ev="2024-10-23", place="Russia Far East")
a["kwin"] = C("as", "in early to mid-October", kind=D, measure="North Korean troop transfer window (US)",
              value="2024-10", q="about", by="John Kirby", ev="2024-10-23")
a["sites"] = C("as", "three military training sites in eastern Russia", measure="training sites in eastern Russia",
               value=3, unit="sites", by="John Kirby", ev="2024-10-23", place="Russia Far East")
a["unclear"] = C("as", "it was not yet clear whether they would be used in combat", kind=S, measure=CS,
                 by="John Kirby")
a["hc"] = C("as", "called the prospect highly concerning", kind=S, measure="concern over combat use",
            mod="conditional", by="John Kirby")
a["austin"] = C("as", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP,
                by="Lloyd Austin")
a["serious"] = C("as", "that would be \"a very, very serious issue,\"", kind=S, measure=ESC, mod="conditional",
                 by="Lloyd Austin")
a["worry"] = C("as", "Tokyo's main worry was what Pyongyang would receive in return", kind=S,
               measure="Japan's worry over what North Korea gets in return", by=JMOD)
a["tech"] = C("as", "Russia might provide technology that could advance North Korea's nuclear and missile programs",
              kind=S, measure=TECH, mod="conditional", by=JMOD)
a["mun"] = C("as", "the North has shipped more than 13,000 containers of artillery shells and other munitions to Russia",
             measure=MUN, value=13000, q="at_least", unit="containers", by=MND)
a["fake"] = C("as", "Kremlin spokesman Dmitry Peskov last week called them \"another fake.\"", kind=S, measure=DEP,
              by="Dmitry Peskov")
a["unmis"] = C("as", "the claims were groundless rumors aimed at tarnishing its image", kind=S, measure=DEP,
               by="North Korea UN mission", ev="2024-10-21")
a["g7"] = C("as", "Japan would keep coordinating its response with its Group of Seven partners", kind=S,
            measure="Japan coordinating with G7", by="Yoshimasa Hayashi", subject="Japan")

# ---------------------------------------------------------------- RFE/RL, Fri 2024-10-25
r = {}
r["lead"] = C("rf", "the first North Korean soldiers sent to help Russia have reached the Kursk region", kind=S,
              measure=ARR, by="Ukrainian officials", place="Kursk")
r["days"] = C("rf", "Kyiv expects them to be thrown into combat within days", kind=S, measure=CT, mod="planned",
              by="Volodymyr Zelensky")
r["z2728"] = C("rf", "the first North Korean troops would be used in combat zones on October 27-28", kind=D, measure=CT,
               low="2024-10-27", high="2024-10-28", mod="planned", by="Volodymyr Zelensky", ev="2024-10-25")
r["esc"] = C("rf", "He called it an obvious step of escalation by Russia", kind=S, measure=ESC,
             by="Volodymyr Zelensky")
r["part"] = C("rf", "the partners' silence would only encourage Moscow", kind=S, measure=PARTN,
              by="Volodymyr Zelensky", subject="Ukraine")
r["arr"] = C("rf", "had begun arriving in Kursk on October 23", kind=D, measure=ARR, value="2024-10-23", by=HUR,
             ev="2024-10-24", place="Kursk")
r["hur12"] = C("rf", "about 12,000 North Korean military personnel are now in Russia", value=12000, q="about",
               scope="total", by=HUR, place="Russia")
r["off"] = C("rf", "some 500 officers", measure=OFF, value=500, q="about", unit="officers", by=HUR)
r["gen"] = C("rf", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
r["x4"] = C("rf", "That is four times the figure given this week in Seoul and Washington", measure=RATIO, value=4,
            unit="times")
r["nis3"] = C("rf", "North Korea had sent about 3,000 troops so far", value=3000, q="about", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
r["wh3"] = C("rf", "at least 3,000 had arrived in Russia's Far East", value=3000, q="at_least", scope="total",
             by="White House", ev="2024-10-23", place="Russia Far East")
r["bud"] = C("rf", "about 11,000 North Korean infantrymen were training in eastern Russia", measure=B11, value=11000,
             q="about", by="Kyrylo Budanov", place="Russia Far East")
r["ready"] = C("rf", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
               by="Kyrylo Budanov")
r["k26"] = C("rf", "a first group of 2,600 earmarked for Kursk", measure=K26, value=2600, mod="planned",
             scope="first_batch", by="Kyrylo Budanov", place="Kursk")
r["img"] = C("rf", "Images are a serious thing. If there are images, they reflect something.", kind=S, measure=IMG,
             by="Vladimir Putin", ev="2024-10-24")
r["biz"] = C("rf", "was \"our business,\" he added", kind=S, measure=TREATY, by="Vladimir Putin", subject="Russia")
r["nok"] = C("rf", "he had no knowledge of the deployment reports", kind=S,
             measure="North Korea on the deployment reports", by="Kim Jong Gyu", ev="2024-10-25")
r["law"] = C("rf", "if such a move had been made, it would conform to international law", kind=S, measure=LAW,
             mod="conditional", by="Kim Jong Gyu", ev="2024-10-25")
r["nato"] = C("rf", "the alliance could not yet confirm North Korean troops were in combat", kind=S, measure=CS,
              by="Mark Rutte", ev="2024-10-21")
r["resc"] = C("rf", "if they were, it would be a significant escalation", kind=S, measure=ESC, mod="conditional",
              by="Mark Rutte", ev="2024-10-21")

# ---------------------------------------------------------------- Korea JoongAng Daily, Wed 2024-10-30
j = {}
j["nis10"] = C("ja", "More than 10,000 North Korean soldiers have been sent to Russia", value=10000, q="at_least",
               scope="total", by=NIS, ev="2024-10-29", place="Russia")
j["front"] = C("ja", "some of them may already have moved toward the front lines", kind=S, measure=FRONT, by=NIS,
               ev="2024-10-29")
j["x3"] = C("ja", "more than tripling the figure it gave lawmakers a week earlier", measure=RATIO, value=3,
            q="at_least", unit="times")
j["train"] = C("ja", "The troops are still being trained in Russia's Far East", kind=S, measure=EQ, by=NIS,
               place="Russia Far East")
j["closer"] = C("ja", "a portion of them is believed to have been moved to areas closer to Ukraine", kind=S,
                measure=FRONT, by=NIS)
j["nis3"] = C("ja", "the agency had put the number at about 3,000", value=3000, q="about", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
j["proj"] = C("ja", "it expected the total to reach 10,000", measure=PR, value=10000, mod="planned", scope="total",
              by=NIS, ev="2024-10-23", place="Russia")
j["dec"] = C("ja", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
j["pay"] = C("ja", "Russia will pay each soldier about $2,000 a month", measure=PAY, value=2000, q="about",
             unit="USD per month", mod="planned", by=NIS)
j["regime"] = C("ja", "most of the money is likely to go to the North Korean regime rather than to the troops", kind=S,
                measure=REGIME, by=NIS)
j["info"] = C("ja", "Pyongyang was keeping the deployment secret from its own people", kind=S, measure=INFO, by=NIS)
j["corps"] = C("ja", "The troops are drawn mostly from the 11th Corps", kind=S,
               measure="North Korean troops' unit of origin (Storm Corps)", by=NIS)
j["singh"] = C("ja", "about 10,000 North Korean soldiers had been sent to train in eastern Russia", value=10000,
               q="about", scope="total", by="Sabrina Singh", ev="2024-10-28", place="Russia Far East")
j["scloser"] = C("ja", "some had moved closer to Ukraine", kind=S, measure=FRONT, by="Sabrina Singh",
                 ev="2024-10-28")
j["weeks"] = C("ja", "they were likely to bolster Russian forces near Ukraine within the next several weeks", kind=S,
               measure=CT, mod="planned", by="Sabrina Singh")
j["rutte"] = C("ja", "North Korean units had been deployed to the Kursk region", kind=S, measure=DEP,
               by="Mark Rutte", ev="2024-10-28", place="Kursk")
j["resc"] = C("ja", "He called the deployment a significant escalation and a dangerous expansion of Russia's war",
              kind=S, measure=ESC, by="Mark Rutte")
j["32"] = C("ja", "the ambassadors of NATO's 32 member states", measure="NATO member states", value=32,
            unit="countries", subject="NATO")
j["stages"] = C("ja", "Seoul will respond in stages depending on how far military cooperation between Moscow and Pyongyang goes",
                kind=S, measure=WPN, mod="conditional", by=PO, subject="South Korea")
j["norule"] = C("ja", "has not ruled out sending weapons to Ukraine", kind=S, measure=WPN, mod="conditional", by=PO,
                subject="South Korea")
j["team"] = C("ja", "sending a team to Ukraine to monitor North Korean battlefield tactics was being considered",
              kind=S, measure="South Korean monitoring team to Ukraine", mod="conditional", by="Kim Yong-hyun",
              subject="South Korea")
j["dp"] = C("ja", "warned the government against any step that could draw South Korea into the war", kind=S,
            measure="opposition warning against involvement", by="Democratic Party lawmakers", subject="South Korea")

# ---------------------------------------------------------------- South China Morning Post, Fri 2024-11-01
s = {}
s["na"] = C("sc", "it was not aware of the details of North Korea's troop deployment to Russia", kind=S, measure=CHINA,
            by=CFM, ev="2024-11-01", subject="China")
s["w8"] = C("sc", "about 8,000 of the soldiers had moved to a Russian region bordering Ukraine", measure=KU,
            value=8000, q="about", by="US government", ev="2024-10-31", place="Kursk")
s["pos"] = C("sc", "China's position on the Ukraine crisis is consistent and clear", kind=S,
             measure="China's position on the Ukraine war", by=CFM, subject="China")
s["party"] = C("sc", "China was not a party to the conflict", kind=S, measure="China not a party to the conflict",
               by=CFM, subject="China")
s["deesc"] = C("sc", "urged all sides to work towards de-escalation", kind=S, measure="China urges de-escalation",
               by=CFM, subject="China")
s["bl8"] = C("sc", "about 8,000 North Korean troops were now in the Kursk region", measure=KU, value=8000, q="about",
             by="Antony Blinken", ev="2024-10-31", place="Kursk")
s["notyet"] = C("sc", "We have not yet seen those troops deployed into combat against Ukrainian forces", kind=S,
                measure=CS, by="Antony Blinken")
s["days"] = C("sc", "but we would expect that in the coming days", kind=S, measure=CT, mod="planned",
              by="Antony Blinken")
s["train"] = C("sc", "Russia was training them in artillery, drones and basic infantry operations, including trench clearing",
               kind=S, measure=EQ, by="Antony Blinken")
s["pent"] = C("sc", "about 10,000 North Korean soldiers are in Russia overall", value=10000, q="about", scope="total",
              by=DOD, place="Russia")
s["cho"] = C("sc", "Seoul would take measures in stages, including the possible supply of weapons to Kyiv", kind=S,
             measure=WPN, mod="conditional", by="Cho Tae-yul", subject="South Korea")
s["wd"] = C("sc", "jointly called on Pyongyang to withdraw its forces", kind=S,
            measure="call for North Korean withdrawal", by=USK)
s["wood"] = C("sc", "they would \"surely return in body bags\"", kind=S, measure=TGT, mod="conditional",
              by="Robert Wood", ev="2024-10-30")
s["neb"] = C("sc", "called the allegations \"blatant lies\"", kind=S, measure=DEP, by="Vasily Nebenzia")
s["86"] = C("sc", "it flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD)
s["alt"] = C("sc", "reached an altitude of more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km",
             by=JMOD)
s["95"] = C("sc", "accounting for more than 95 per cent of the North's recorded trade",
            measure="China's share of North Korea's trade", value=95, q="at_least", unit="percent", by="KOTRA",
            subject="China")
s["li"] = C("sc", "Beijing was uneasy about the deployment but would not publicly criticise either partner", kind=S,
            measure="Beijing's unease (analyst)", by="Li Wenhao", subject="China")
s["li2"] = C("sc", "China does not want to be seen choosing between its neighbours", kind=S,
             measure="China not choosing sides (analyst)", by="Li Wenhao", subject="China")
s["fb"] = C("sc", "1,500 North Korean special forces had been shipped to Russia", measure=FB, value=1500,
            scope="first_batch", by=NIS, place="Russia")
s["nato"] = C("sc", "Nato leaders called China a \"decisive enabler\" of Russia's war", kind=S,
              measure="China as enabler of Russia's war", by="NATO", subject="China")

# ---------------------------------------------------------------- Financial Times, Sun 2024-11-03
f = {}
f["choe"] = C("ft", "Pyongyang will stand by Russia \"until victory day\"", kind=S, measure=CHOE, by="Choe Son Hui")
f["lead10"] = C("ft", "more than ten thousand North Korean soldiers are now in Russia", value=10000, q="at_least",
                scope="total", by=USK, place="Russia")
f["many"] = C("ft", "many have been moved towards the front", kind=S, measure=FRONT, by=USK)
f["lav"] = C("ft", "the two countries' militaries and security services had very close ties", kind=S,
             measure="Russia-North Korea military and security ties", by="Sergei Lavrov", subject="Russia")
f["putin"] = C("ft", "Choe is expected to meet Vladimir Putin before she leaves", kind=S, measure="Choe-Putin meeting",
               mod="planned", by="Russian state news agencies")
f["us10"] = C("ft", "Washington's latest count puts the North Korean contingent at roughly 10,000", value=10000,
              q="about", scope="total", by="US government", place="Russia")
f["k8"] = C("ft", "of whom about 8,000 are in the Kursk region", measure=KU, value=8000, q="about",
            by="Antony Blinken", place="Kursk")
f["nis10"] = C("ft", "more than 10,000 had been sent", value=10000, q="at_least", scope="total", by=NIS,
               ev="2024-10-29", place="Russia")
f["hur12"] = C("ft", "has put the total at close to 12,000", value=12000, q="about", scope="total", by=HUR,
               place="Russia")
f["pay"] = C("ft", "Moscow is paying about $2,000 a month per soldier", measure=PAY, value=2000, q="about",
             unit="USD per month", by=NIS)
f["regime"] = C("ft", "most of which is kept by the state", kind=S, measure=REGIME, by=NIS)
f["force"] = C("ft", "a force of 10,000", measure="hypothetical force size (outlet's arithmetic)", value=10000,
               mod="conditional")
f["20mn"] = C("ft", "would earn the regime roughly $20mn a month",
              measure="North Korean earnings from the deployment (outlet's arithmetic)", value=20000000, q="about",
              unit="USD per month", mod="conditional")
f["mun"] = C("ft", "the North has sent more than 13,000 shipping containers of shells and other ammunition to Russia",
             measure=MUN, value=13000, q="at_least", unit="containers", by=MND)
f["share"] = C("ft", "a large share of the shells Russian gunners fire are now North Korean", kind=S,
               measure="North Korean share of Russia's artillery shells", by="Ukrainian officials")
f["tech"] = C("ft", "Russia could repay Pyongyang with technology for its satellite, missile and nuclear-powered submarine programmes",
              kind=S, measure=TECH, mod="conditional", by="South Korean officials")
f["loss"] = C("ft", "Russia is losing well over 1,000 soldiers killed or wounded a day",
              measure="Russian casualties per day", value=1000, q="at_least", unit="casualties per day",
              by="UK Defence Intelligence", subject="Russia")
f["decl"] = C("ft", "The Kremlin has declined to confirm that North Korean troops are in Russia", kind=S,
              measure="Kremlin on the deployment", by="Kremlin")
f["impl"] = C("ft", "said only that the two countries' mutual defence treaty, which the State Duma ratified last month, was being implemented",
              kind=S, measure=TREATY, by="Dmitry Peskov", subject="Russia")
f["zpart"] = C("ft", "accused Kyiv's allies of watching the build-up rather than acting on it", kind=S, measure=PARTN,
               by="Volodymyr Zelensky", subject="Ukraine")
f["strike"] = C("ft", "Ukraine could strike the camps where the North Koreans are based if allies lifted their limits on long-range weapons",
                kind=S, measure="Ukraine strikes on North Korean camps", mod="conditional", by="Volodymyr Zelensky",
                subject="Ukraine")
f["anal"] = C("ft", "the numbers alone were unlikely to change the course of the war", kind=S,
              measure="military impact of the deployment", by="analysts")
f["tt"] = C("ft", "Ten or twelve thousand men will not break the front", measure="troop numbers in an official's judgement",
            low=10000, high=12000, mod="conditional", by="European military official (anonymous)")
f["law"] = C("ft", "a vice foreign minister said on October 25 that any such move would be lawful", kind=S,
             measure=LAW, mod="conditional", by="North Korea Foreign Ministry", ev="2024-10-25")

# ---------------------------------------------------------------- The Hill, Tue 2024-11-05
h = {}
h["range"] = C("hi", "The Pentagon now believes 11,000 to 12,000 North Korean troops are in Russia", low=11000,
               high=12000, scope="total", by="Pat Ryder", ev="2024-11-04", place="Russia")
h["nocf"] = C("hi", "he could not confirm Ukrainian reports that the soldiers have already come under fire", kind=S,
              measure=CS, by="Pat Ryder", ev="2024-11-04")
h["notseen"] = C("hi", "the U.S. had not seen the North Koreans engaged in combat operations at this point", kind=S,
                 measure=CS, by="Pat Ryder")
h["expect"] = C("hi", "it continued to expect them to be used against Ukrainian forces", kind=S,
                measure="US expects North Korean troops in combat", mod="planned", by="Pat Ryder")
h["wk"] = C("hi", "up from the roughly 10,000 the department gave a week earlier", value=10000, q="about",
            scope="total", by=DOD, place="Russia")
h["wh3"] = C("hi", "the at least 3,000 the White House cited on Oct. 23", value=3000, q="at_least", scope="total",
             by="White House", ev="2024-10-23", place="Russia")
h["miller"] = C("hi", "more than 10,000 of the soldiers had moved into Russia's Kursk region", measure=KU, value=10000,
                q="at_least", by="Matthew Miller", ev="2024-11-04", place="Kursk")
h["zel"] = C("hi", "there were 11,000 North Korean troops in Kursk", measure=KU, value=11000,
             by="Volodymyr Zelensky", ev="2024-11-04", place="Kursk")
h["zpart"] = C("hi", "complained that the reaction of Ukraine's partners had not grown with the threat", kind=S,
               measure=PARTN, by="Volodymyr Zelensky", ev="2024-11-04", subject="Ukraine")
h["kov"] = C("hi", "the first North Korean units had come under Ukrainian fire in Kursk", kind=S, measure=CS,
             by="Andriy Kovalenko", ev="2024-11-04", place="Kursk")
h["umerov"] = C("hi", "saying the first small-scale clashes with North Korean soldiers had taken place", kind=S,
                measure=CS, by="Rustem Umerov", ev="2024-11-05", place="Kursk")
h["15k"] = C("hi", "Kyiv expects Pyongyang to send up to 15,000 troops in all", measure=UM15, value=15000, q="up_to",
             mod="planned", scope="total", by="Rustem Umerov")
h["seoul"] = C("hi", "it could not confirm that North Korean forces had engaged in combat", kind=S, measure=CS, by=MND,
               ev="2024-11-05")
h["trump"] = C("hi", "he would end the war in Ukraine within 24 hours if elected", measure="Trump's pledge to end the war",
               value=24, unit="hours", mod="conditional", by="Donald Trump", subject="United States")
h["harris"] = C("hi", "Vice President Kamala Harris has pledged to keep supporting Kyiv", kind=S,
                measure="Harris on support for Ukraine", by="Kamala Harris", subject="United States")
h["srbm"] = C("hi", "North Korea fired a barrage of short-range ballistic missiles into the sea off its east coast on Tuesday morning",
              kind=S, measure="North Korea missile launch (Nov 5)", by="South Korea Joint Chiefs of Staff",
              ev="2024-11-05")
h["86"] = C("hi", "which flew for 86 minutes, according to Japan", measure=ICBM_T, value=86, unit="minutes", by=JMOD)
h["fair"] = C("hi", "North Korean troops who join the fight would be \"fair game\" for Ukraine's military", kind=S,
              measure=TGT, mod="conditional", by="White House", ev="2024-10-23")
h["peskov"] = C("hi", "Moscow's cooperation with Pyongyang under their mutual defense treaty is a matter for the two countries",
                kind=S, measure=TREATY, by="Dmitry Peskov", subject="Russia")

# ---------------------------------------------------------------- The Straits Times, Fri 2024-11-08
t = {}
t["yoon"] = C("st", "Seoul no longer ruled out supplying weapons to Ukraine", kind=S, measure=WPN, mod="conditional",
              by="Yoon Suk Yeol", ev="2024-11-07", subject="South Korea")
t["clash"] = C("st", "Kyiv reported its first clashes with North Korean troops in Russia's Kursk region", kind=S,
               measure=CS, by="Ukrainian officials", place="Kursk")
t["5yr"] = C("st", "the midpoint of his five-year term", measure="South Korean presidential term", value=5,
             unit="years", subject="South Korea")
t["dep"] = C("st", "any military support would depend on how deeply North Korea became involved in the war", kind=S,
             measure=WPN, mod="conditional", by="Yoon Suk Yeol", subject="South Korea")
t["def"] = C("st", "If Seoul did send arms, it would consider defensive weapons first", kind=S, measure=WPN,
             mod="conditional", by="Yoon Suk Yeol", subject="South Korea")
t["tech"] = C("st", "Russia could give the North sensitive military technology in return for the troops", kind=S,
              measure=TECH, mod="conditional", by="Yoon Suk Yeol")
t["call"] = C("st", "in a call his office said lasted about 12 minutes", measure="Yoon-Trump call duration", value=12,
              q="about", unit="minutes", by=PO, subject="South Korea")
t["meet"] = C("st", "The two agreed to meet soon", kind=S, measure="Yoon-Trump meeting", mod="planned", by=PO,
              subject="South Korea")
t["umerov"] = C("st", "said on Nov 5 that the first small-scale clashes with North Korean soldiers had taken place",
                kind=S, measure=CS, by="Rustem Umerov", ev="2024-11-05", place="Kursk")
t["zel"] = C("st", "the first battles with North Korean troops had opened \"a new page of instability in the world\"",
             kind=S, measure=CS, by="Volodymyr Zelensky")
t["k11"] = C("st", "some eleven thousand North Koreans are in the Kursk region alone", measure=KU, value=11000,
             q="about", by="Ukrainian officials", place="Kursk")
t["range"] = C("st", "The Pentagon put the total in Russia at between 11,000 and 12,000 on Nov 4", low=11000,
               high=12000, scope="total", by=DOD, ev="2024-11-04", place="Russia")
t["wk"] = C("st", "a week after it had estimated about 10,000", value=10000, q="about", scope="total", by=DOD,
            place="Russia")
t["plan"] = C("st", "the North planned to send 12,000 soldiers", measure=PL, value=12000, mod="planned", scope="total",
              by=NIS, ev="2024-10-18")
t["nis10"] = C("st", "more than 10,000 had already gone", value=10000, q="at_least", scope="total", by=NIS,
               ev="2024-10-29", place="Russia")
t["seoul"] = C("st", "it could not confirm that North Korean troops had taken part in the fighting", kind=S,
               measure=CS, by=MND, ev="2024-11-05")
t["us"] = C("st", "the US has said the same", kind=S, measure=CS, by="US government")
t["15k"] = C("st", "Kyiv expects as many as 15,000 to be sent in all", measure=UM15, value=15000, q="up_to",
             mod="planned", scope="total", by="Rustem Umerov")
t["five"] = C("st", "in five units", measure="North Korean units expected", value=5, unit="units", mod="planned",
              by="Rustem Umerov")
t["each"] = C("st", "of about 3,000 soldiers each", measure="North Korean troops per unit expected", value=3000,
              q="about", mod="planned", by="Rustem Umerov")
t["choe"] = C("st", "North Korea would stand firmly with Russia until its victory", kind=S, measure=CHOE,
              by="Choe Son Hui", ev="2024-11-01")
t["glob"] = C("st", "the North's threat was no longer confined to the Korean peninsula", kind=S,
              measure="North Korean threat beyond the peninsula", by="Yoon Suk Yeol")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster


K(RU, [j["nis10"], j["nis3"], j["singh"], s["pent"], f["lead10"], f["us10"], f["nis10"], h["range"], h["wk"],
       h["wh3"], t["range"], t["wk"], t["nis10"]], "update_over_time",
  "running total of troops in Russia, told as news or restated with dates from Oct 30 on: ~3,000 (NIS / White House, "
  "Oct 23) -> ~10,000 (Pentagon Oct 28) / more than 10,000 (NIS Oct 29) -> 11,000-12,000 (Pentagon Nov 4)")
K(RU, [a["ru3"], a["nis3"], a["kirby"], r["nis3"], r["wh3"], r["hur12"], f["hur12"]], "discrepancy",
  "snapshot Oct 23-25: Seoul and Washington about / at least 3,000 vs Ukraine's HUR about 12,000 already in Russia "
  "(HUR's figure restated by the FT)",
  [("about / at least 3,000 (NIS, White House)", [a["ru3"], a["nis3"], a["kirby"], r["nis3"], r["wh3"]]),
   ("about 12,000 (HUR)", [r["hur12"], f["hur12"]])])
K(KU, [s["w8"], s["bl8"], f["k8"], h["miller"], h["zel"], t["k11"]], "update_over_time",
  "troops in Kursk: US about 8,000 (Blinken Oct 31) -> more than 10,000 (Miller Nov 4); Zelensky's 11,000 the same "
  "day, restated by the Straits Times, is compatible with 'more than 10,000'")
K(PL, [a["plan"], t["plan"]], "agreement", "NIS (Oct 18): planned total of about 12,000")
K(FB, [a["fb"], s["fb"]], "agreement", "NIS (Oct 18): first batch of 1,500 special forces shipped")
K(PR, [a["proj"], j["proj"]], "agreement", "NIS (Oct 23) projection: 10,000 in all")
K(PRD, [a["dec"], j["dec"]], "agreement", "NIS projection deadline: December")
K(UM15, [h["15k"], t["15k"]], "agreement", "Umerov (Nov 5): Kyiv expects up to 15,000 in all")
K(ARR, [r["lead"], r["arr"]], "agreement", "Ukraine (HUR): first North Korean units reached Kursk (on Oct 23)")
K(DEP, [a["austin"], j["rutte"], a["fake"], a["unmis"], s["neb"]], "discrepancy",
  "deployment asserted (Austin, Rutte) vs dismissed (Peskov 'fake', North Korea's UN mission, Nebenzia)",
  [("asserted", [a["austin"], j["rutte"]]), ("dismissed", [a["fake"], a["unmis"], s["neb"]])])
K(CS, [a["unclear"], r["nato"], s["notyet"]], "agreement",
  "Oct 21-31: no confirmed combat yet (Kirby, NATO, Blinken)")
K(CS + ", Nov 4-7", [h["kov"], h["umerov"], t["clash"], t["umerov"], t["zel"], h["nocf"], h["notseen"], h["seoul"],
                     t["seoul"], t["us"]], "discrepancy",
  "Nov 4-7: Kyiv reports the first clashes vs Washington and Seoul's defence ministry cannot confirm combat",
  [("clashes reported (Ukraine)", [h["kov"], h["umerov"], t["clash"], t["umerov"], t["zel"]]),
   ("cannot confirm (Pentagon, US, Seoul)", [h["nocf"], h["notseen"], h["seoul"], t["seoul"], t["us"]])])
K(CT, [r["days"], r["z2728"], s["days"], j["weeks"]], "discrepancy",
  "combat entry: Oct 27-28 / 'within days' / 'in the coming days' (Zelensky, Blinken) vs 'within the next several "
  "weeks' (Singh)",
  [("days", [r["days"], r["z2728"], s["days"]]), ("weeks", [j["weeks"]])])
K(FRONT, [j["front"], j["closer"], j["scloser"], f["many"]], "agreement",
  "Oct 28-Nov 3: some / many troops moved toward the front (NIS, Pentagon, US and Seoul)")
K(ESC, [a["serious"], r["esc"], r["resc"], j["resc"]], "agreement",
  "a North Korean combat role is a serious / significant escalation (Austin, Zelensky, Rutte)")
K(LAW, [r["law"], f["law"]], "agreement", "Kim Jong Gyu (Oct 25): any deployment would be lawful")
K(TREATY, [r["biz"], f["impl"], h["peskov"]], "agreement",
  "Moscow: a matter for the two countries under the treaty, which is being implemented (Putin, Peskov)")
K(WPN, [j["stages"], j["norule"], s["cho"], t["yoon"], t["dep"], t["def"]], "agreement",
  "Seoul may supply weapons to Ukraine, in stages, depending on North Korea's involvement")
K(TECH, [a["tech"], f["tech"], t["tech"]], "agreement", "Russia may repay Pyongyang with military technology")
K(MUN, [a["mun"], f["mun"]], "agreement", "Seoul: more than 13,000 containers of munitions shipped since Aug 2023")
K(PAY, [j["pay"], f["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [j["regime"], f["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(EQ, [j["train"], s["train"]], "agreement", "the troops are being trained in Russia (NIS, Blinken)")
K(ICBM_T, [s["86"], h["86"]], "agreement", "Japan: Oct 31 ICBM flew (about) 86 minutes")
K(CHOE, [f["choe"], t["choe"]], "agreement", "Choe in Moscow (Nov 1): with Russia until victory")
K(PARTN, [r["part"], f["zpart"], h["zpart"]], "agreement", "Zelensky: partners watch rather than act")
K(TGT, [s["wood"], h["fair"]], "agreement",
  "US warnings: North Korean troops who fight will be 'fair game' / 'return in body bags'")

pairs = [
    (a["fb"], a["plan"], "first batch 1,500 vs planned total 12,000, same paragraph"),
    (a["nis3"], a["proj"], "sent so far 3,000 vs projected 10,000, consecutive sentences"),
    (j["nis3"], j["proj"], "3,000 sent (Oct 23) vs 10,000 projected, same sentence"),
    (j["nis10"], j["proj"], "more than 10,000 sent vs the 10,000 projection, same document"),
    (t["plan"], t["nis10"], "12,000 planned vs more than 10,000 already gone, same sentence"),
    (r["hur12"], a["plan"], "12,000: HUR's count already in Russia vs NIS planned total"),
    (s["w8"], s["pent"], "8,000 in Kursk vs 10,000 in all of Russia, same document"),
    (f["k8"], f["us10"], "8,000 of whom in Kursk vs the 10,000 contingent, same sentence"),
    (h["miller"], h["wk"], "more than 10,000 in Kursk vs the earlier 10,000 in Russia, same document"),
    (h["zel"], h["range"], "11,000 in Kursk vs 11,000-12,000 in Russia"),
    (t["k11"], t["range"], "eleven thousand in Kursk vs 11,000-12,000 in Russia, same paragraph"),
    (h["15k"], h["range"], "up to 15,000 expected vs 11,000-12,000 there now"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
