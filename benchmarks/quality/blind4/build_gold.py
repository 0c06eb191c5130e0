"""Generate gold.json for blind4 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind4/build_gold.py

Edit this file and rerun it rather than editing gold.json by hand. Every quote is checked
here to occur exactly once in its document body (the text after the front matter).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: gold_builder sits one folder up
from gold_builder import DATE as D, STATEMENT as S, Gold  # noqa: E402
from gold_builder import (  # noqa: E402  (the shared names)
    RU, KU, PL, PR, PRD, FB, SB, WIN, BRIG, B11, OFF, GEN, ARR, DEP, CT, CS, FRONT, ESC, LAW, TREATY,
    IMG, WPN, INFO, ICBM_T, CHOE, PARTN, NIS, HUR, DOD
)
DOCS = {
    "upi": ("upi-2024-10-23-nis-3000-second-batch", "United Press International", "2024-10-23"),
    "ukr": ("ukrinform-2024-10-25-hur-kursk-12000-combat-27-28", "Ukrinform", "2024-10-25"),
    "kt": ("korea-times-2024-10-29-nis-over-10000-some-at-front", "The Korea Times", "2024-10-29"),
    "nbc": ("nbc-news-2024-10-31-blinken-8000-kursk-coming-days", "NBC News", "2024-10-31"),
    "mt": ("moscow-times-2024-11-02-choe-lavrov-kremlin-silent-on-troops", "The Moscow Times", "2024-11-02"),
    "bb": ("bloomberg-2024-11-05-us-11000-12000-first-clashes", "Bloomberg", "2024-11-05"),
}


GOLD = Gold(HERE, DOCS)

# measures (free text, consistent across documents)
TGT = "North Korean troops as legitimate targets"
EQ = "Russia equips and trains North Korean troops"

def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)



# ---------------------------------------------------------------- UPI, Wed 2024-10-23
u = {}
u["nis3"] = C("upi", "North Korea has sent about 3,000 soldiers to Russia so far", value=3000, q="about",
              scope="total", by=NIS, ev="2024-10-23", place="Russia")
u["proj"] = C("upi", "the total could reach 10,000", measure=PR, value=10000, mod="planned", scope="total",
              by=NIS, ev="2024-10-23", place="Russia")
u["dec"] = C("upi", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
u["sb"] = C("upi", "A second group of roughly 1,500 troops was moved this week", measure=SB, value=1500, q="about",
            scope="additional", by=NIS, place="Russia")
u["fb"] = C("upi", "the 1,500 special forces the agency said last week had already been shipped", measure=FB,
            value=1500, scope="first_batch", by=NIS, place="Russia")
u["brig"] = C("upi", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
              mod="planned", by=NIS, ev="2024-10-18")
u["plan"] = C("upi", "totaling about 12,000 troops", measure=PL, value=12000, q="about", mod="planned",
              scope="total", by=NIS, ev="2024-10-18")
u["win"] = C("upi", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
             scope="first_batch", by=NIS, place="Vladivostok")
u["terms"] = C("upi", "teaching them more than 100 military terms in Russian", measure="Russian military terms taught",
               value=100, q="at_least", unit="terms", by=NIS, place="Russia Far East")
u["fit"] = C("upi", "The instructors rate the soldiers as physically fit but say they lack an understanding of modern warfare such as drone combat",
             kind=S, measure="North Korean troops' readiness assessment", by=NIS)
u["info"] = C("upi", "North Korea was keeping news of the deployment from its own people", kind=S, measure=INFO, by=NIS)
u["kirby"] = C("upi", "at least 3,000 North Korean soldiers had been moved by ship to Vladivostok", value=3000,
               q="at_least", scope="total", by="John Kirby", ev="2024-10-23", place="Russia Far East")
u["kwin"] = C("upi", "at some point between early and mid-October", kind=D, measure="North Korean troop transfer window (US)",
              value="2024-10", q="about", by="John Kirby", ev="2024-10-23")
u["know"] = C("upi", "the United States did not yet know whether the troops would fight alongside Russian forces",
              kind=S, measure=CS, by="John Kirby")
u["fair"] = C("upi", "they would be \"fair game\" for Ukraine's military", kind=S, measure=TGT, mod="conditional",
              by="John Kirby")
u["austin"] = C("upi", "there was evidence that North Korean troops were in Russia", kind=S, measure=DEP,
                by="Lloyd Austin", ev="2024-10-23", place="Russia")
u["serious"] = C("upi", "that would be \"a very, very serious issue.\"", kind=S, measure=ESC, mod="conditional",
                 by="Lloyd Austin")
u["bud"] = C("upi", "some 11,000 North Korean infantry were being trained in Russia's east", measure=B11, value=11000,
             q="about", by="Kyrylo Budanov", place="Russia Far East")
u["fake"] = C("upi", "has called them \"another fake,\"", kind=S, measure=DEP, by="Dmitry Peskov", subject="Russia")
u["decl"] = C("upi", "Russian officials on Wednesday again declined to say whether any North Korean soldiers were on Russian soil",
              kind=S, measure="Russian response to deployment reports", by="Kremlin", ev="2024-10-23", subject="Russia")
u["wpn"] = C("upi", "South Korea could consider supplying weapons to Ukraine in stages", kind=S, measure=WPN,
             mod="conditional", by="South Korea presidential office", subject="South Korea")

# ---------------------------------------------------------------- Ukrinform, Fri 2024-10-25
r = {}
r["arr"] = C("ukr", "arrived in Russia's Kursk region on October 23", kind=D, measure=ARR, value="2024-10-23",
             scope="first_batch", by=HUR, place="Kursk")
r["hur12"] = C("ukr", "the total number of North Korean military personnel who have arrived in Russia is about 12,000",
               value=12000, q="about", scope="total", by=HUR, place="Russia")
r["off"] = C("ukr", "some 500 officers", measure=OFF, value=500, q="about", unit="officers", by=HUR, ev="2024-10-24")
r["gen"] = C("ukr", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
r["bases"] = C("ukr", "trained at five military training grounds in eastern Russia", measure="training grounds",
               value=5, unit="training grounds", by=HUR, place="Russia Far East")
r["uni"] = C("ukr", "have been issued Russian uniforms and weapons", kind=S, measure=EQ, by=HUR)
r["buryat"] = C("ukr", "Russia was forming a special \"Buryat battalion\" of up to 3,000 North Koreans",
                measure="North Korean troops in 'Buryat battalion'", value=3000, q="up_to", mod="planned",
                by=HUR, place="Russia Far East")
r["z2728"] = C("ukr", "Russia could start using North Korean troops in combat zones on October 27-28", kind=D,
               measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by="Volodymyr Zelensky", ev="2024-10-25")
r["zesc"] = C("ukr", "He described North Korea's involvement as an escalation by Russia.", kind=S, measure=ESC,
              by="Volodymyr Zelensky")
r["zurge"] = C("ukr", "He urged partners to act before the North Korean soldiers reach the front line rather than after.",
               kind=S, measure=PARTN, by="Volodymyr Zelensky", subject="Ukraine")
r["nis3"] = C("ukr", "around 3,000 North Korean soldiers had been moved to Russia", value=3000, q="about",
              scope="total", by=NIS, ev="2024-10-23", place="Russia")
r["wh3"] = C("ukr", "it was at least 3,000", value=3000, q="at_least", scope="total", by="White House",
             ev="2024-10-23", place="Russia")
r["four"] = C("ukr", "The HUR estimate is four times that number.", measure="HUR estimate vs Seoul/Washington (ratio)",
              value=4, unit="times", by=None)
r["bud"] = C("ukr", "about 11,000 North Korean infantry were training in Russia's Far East", measure=B11, value=11000,
             q="about", by="Kyrylo Budanov", place="Russia Far East")
r["ready"] = C("ukr", "ready by November 1", kind=D, measure="North Korean troops readiness deadline",
               value="2024-11-01", mod="planned", by="Kyrylo Budanov")
r["sybiha"] = C("ukr", "by sending troops, North Korea had become a party to the war against Ukraine", kind=S,
                measure="North Korea as party to the war", by="Andrii Sybiha", ev="2024-10-24")
r["img"] = C("ukr", "he replied that \"images are a serious thing\"", kind=S, measure=IMG, by="Vladimir Putin",
             ev="2024-10-24", subject="Russia")
r["biz"] = C("ukr", "How Russia applies the mutual defence article of its new treaty with Pyongyang is \"our business,\"",
             kind=S, measure=TREATY, by="Vladimir Putin", subject="Russia")
r["kjg"] = C("ukr", "if such a deployment were taking place, it would be in line with international law", kind=S,
             measure=LAW, mod="conditional", by="Kim Jong Gyu", ev="2024-10-25")
r["nato"] = C("ukr", "the alliance could not yet confirm that North Korean soldiers were fighting in Ukraine", kind=S,
              measure=CS, by="Mark Rutte")
r["resc"] = C("ukr", "that would mark a significant escalation", kind=S, measure=ESC, mod="conditional", by="Mark Rutte")
r["deleg"] = C("ukr", "Zelensky has said Kyiv would send a delegation to Seoul to share intelligence on the deployment",
               kind=S, measure="Ukrainian delegation to Seoul", mod="planned", by="Volodymyr Zelensky", subject="Ukraine")

# ---------------------------------------------------------------- Korea Times, Tue 2024-10-29
t = {}
t["nis10"] = C("kt", "North Korea has sent more than 10,000 soldiers to Russia", value=10000, q="at_least",
               scope="total", by=NIS, ev="2024-10-29", place="Russia")
t["front"] = C("kt", "some of them may already have been moved to the front line", kind=S, measure=FRONT, by=NIS,
               ev="2024-10-29")
t["triple"] = C("kt", "It is more than three times the agency's count from a week ago", measure="change in NIS estimate (ratio)",
                value=3, q="at_least", unit="times", by=None)
t["nis3"] = C("kt", "when it said about 3,000 had arrived", value=3000, q="about", scope="total", by=NIS, place="Russia")
t["proj"] = C("kt", "as many as ten thousand could be in Russia", measure=PR, value=10000, q="up_to", mod="planned",
              scope="total", by=NIS, place="Russia")
t["dec"] = C("kt", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS)
t["fb"] = C("kt", "had first shipped some 1,500 special forces", measure=FB, value=1500, q="about",
            scope="first_batch", by=NIS, place="Russia")
t["win"] = C("kt", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
             scope="first_batch", by=NIS)
t["sb"] = C("kt", "followed by a second group of 1,500 last week", measure=SB, value=1500, scope="additional", by=NIS,
            place="Russia")
t["equip"] = C("kt", "The troops are receiving Russian equipment and training, he said.", kind=S, measure=EQ, by=NIS)
t["nuke"] = C("kt", "the NIS judged that the North had finished preparations for a seventh nuclear test", kind=S,
              measure="North Korea nuclear test preparation", by=NIS)
t["icbm"] = C("kt", "Pyongyang would likely launch an intercontinental ballistic missile", kind=S,
              measure="North Korea ICBM launch expected", mod="planned", by=NIS)
t["elec"] = C("kt", "around the U.S. presidential election on Nov. 5", kind=D, measure="North Korea ICBM launch expected (date)",
              value="2024-11-05", q="about", mod="planned", by=NIS)
t["singh"] = C("kt", "about 10,000 North Korean soldiers had been sent to train in eastern Russia", value=10000,
               q="about", scope="total", by="Sabrina Singh", ev="2024-10-28", place="Russia Far East")
t["weeks"] = C("kt", "would probably reinforce Russian forces near Ukraine over the coming weeks", kind=S, measure=CT,
               mod="planned", by="Sabrina Singh", ev="2024-10-28")
t["closer"] = C("kt", "Some had already moved closer to Ukraine, she said.", kind=S, measure=FRONT, by="Sabrina Singh")
t["rutte"] = C("kt", "confirmed for the first time that North Korean troops had been sent to Russia", kind=S,
               measure=DEP, by="Mark Rutte", ev="2024-10-28", place="Russia")
t["rkursk"] = C("kt", "military units had been deployed to the Kursk region", kind=S,
                measure="North Korean troops in Kursk (presence)", by="Mark Rutte", ev="2024-10-28", place="Kursk")
t["resc"] = C("kt", "Rutte called the deployment a significant escalation.", kind=S, measure=ESC, by="Mark Rutte")
t["hur12"] = C("kt", "about 12,000 North Koreans", value=12000, q="about", scope="total", by=HUR, place="Russia")
t["off"] = C("kt", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR)
t["arr"] = C("kt", "the first units reached Kursk on Oct. 23", kind=D, measure=ARR, value="2024-10-23",
             scope="first_batch", by=HUR, place="Kursk")
t["wpn"] = C("kt", "the government would respond in stages and had not ruled out providing weapons to Ukraine",
             kind=S, measure=WPN, mod="conditional", by="South Korea presidential office", subject="South Korea")
t["team"] = C("kt", "sending a small team of military personnel to Ukraine to study North Korean tactics would be appropriate",
              kind=S, measure="South Korean monitoring team to Ukraine", mod="conditional", by="Kim Yong-hyun",
              subject="South Korea")
t["dp"] = C("kt", "an idea the Democratic Party has criticized as risking entanglement in the war", kind=S,
            measure="South Korean monitoring team to Ukraine (opposition)", by="Democratic Party (South Korea)",
            subject="South Korea")
t["kjg"] = C("kt", "any such move would comply with international law", kind=S, measure=LAW, mod="conditional",
             by="Kim Jong Gyu", ev="2024-10-25")
t["info"] = C("kt", "Pyongyang was working to keep news of the dispatch from its own population", kind=S,
              measure=INFO, by=NIS)

# ---------------------------------------------------------------- NBC News, Thu 2024-10-31
n = {}
n["k8"] = C("nbc", "About 8,000 North Korean soldiers are now in Russia's Kursk region near the border with Ukraine",
            measure=KU, value=8000, q="about", by="Antony Blinken", ev="2024-10-31", place="Kursk")
n["soon"] = C("nbc", "Washington expects Moscow to send them into battle soon", kind=S, measure=CT, mod="planned",
              by="Antony Blinken", ev="2024-10-31")
n["notyet"] = C("nbc", "We have not yet seen those troops deployed into combat against Ukrainian forces", kind=S,
                measure=CS, by="Antony Blinken")
n["days"] = C("nbc", "but we expect that in the coming days", kind=S, measure=CT, mod="planned", by="Antony Blinken")
n["train"] = C("nbc", "Russia has trained the North Koreans in artillery, drone operations and basic infantry tactics, including trench clearing",
               kind=S, measure=EQ, by="Antony Blinken")
n["tgt"] = C("nbc", "they will become legitimate military targets", kind=S, measure=TGT, mod="conditional",
             by="Antony Blinken")
n["pent"] = C("nbc", "put the total number of North Korean troops sent to Russia at about 10,000", value=10000,
              q="about", scope="total", by=DOD, ev="2024-10-28", place="Russia")
n["nis10"] = C("nbc", "more than 10,000 were there", value=10000, q="at_least", scope="total", by=NIS,
               ev="2024-10-29", place="Russia")
n["us3"] = C("nbc", "U.S. officials were saying that at least 3,000 had arrived", value=3000, q="at_least",
             scope="total", by="US government", place="Russia")
n["ua12"] = C("nbc", "up to 12,000 North Koreans are in Russia", value=12000, q="up_to", scope="total",
              by="Ukrainian officials", place="Russia")
n["arr"] = C("nbc", "the first units reached Kursk on Oct. 23", kind=D, measure=ARR, value="2024-10-23",
             scope="first_batch", by="Ukrainian officials", place="Kursk")
n["austin"] = C("nbc", "he had seen no sign yet that the North Koreans had gone into combat", kind=S, measure=CS,
                by="Lloyd Austin", ev="2024-10-30")
n["wood"] = C("nbc", "would \"surely return in body bags.\"", kind=S, measure="US warning to North Korean troops",
              mod="conditional", by="Robert Wood", ev="2024-10-30")
n["neb"] = C("nbc", "dismissed the allegations as \"blatant lies.\"", kind=S, measure=DEP, by="Vasily Nebenzia",
             subject="Russia")
n["86"] = C("nbc", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes",
            by="Japan Ministry of Defense")
n["alt"] = C("nbc", "reached an altitude of more than 7,000 kilometers", measure="ICBM altitude", value=7000,
             q="at_least", unit="km", by="Japan Ministry of Defense")
n["kju"] = C("nbc", "North Korean leader Kim Jong Un called the launch an appropriate response to the threats posed by the North's enemies",
             kind=S, measure="ICBM characterisation", by="Kim Jong Un")
n["wd"] = C("nbc", "called on North Korea to withdraw its troops from Russia", kind=S,
            measure="call for North Korean withdrawal", by="US and South Korea")
n["cho"] = C("nbc", "Seoul would respond in phases to the deployment and was not ruling out any option, including arming Ukraine",
             kind=S, measure=WPN, mod="conditional", by="Cho Tae-yul", subject="South Korea")
n["kreml"] = C("nbc", "its cooperation with Pyongyang under their new mutual defense treaty is a matter for the two countries alone",
               kind=S, measure=TREATY, by="Kremlin", subject="Russia")
n["impl"] = C("nbc", "the treaty was being implemented", kind=S, measure=TREATY, by="Dmitry Peskov", subject="Russia")
n["zel"] = C("nbc", "accused Western partners of watching the buildup instead of acting on it", kind=S, measure=PARTN,
             by="Volodymyr Zelensky", subject="Ukraine")

# ---------------------------------------------------------------- Moscow Times, Sat 2024-11-02
m = {}
m["choe"] = C("mt", "Pyongyang would stand with Russia until its \"victory\" in Ukraine", kind=S, measure=CHOE,
              by="Choe Son Hui", ev="2024-11-01")
m["lavrov"] = C("mt", "had \"very close ties\" that allowed them to carry out important tasks for the security of both peoples",
                kind=S, measure="Russia-North Korea military and security ties", by="Sergei Lavrov", subject="Russia")
m["impl"] = C("mt", "saying only that it is being implemented", kind=S, measure=TREATY, by="Dmitry Peskov",
              subject="Russia")
m["fake"] = C("mt", "after first dismissing reports of a deployment as \"fake.\"", kind=S, measure=DEP,
              by="Dmitry Peskov", subject="Russia")
m["img"] = C("mt", "replied that images were \"a serious thing\"", kind=S, measure=IMG, by="Vladimir Putin",
             ev="2024-10-24", subject="Russia")
m["biz"] = C("mt", "how Moscow applies the treaty is its own business", kind=S, measure=TREATY, by="Vladimir Putin",
             ev="2024-10-24", subject="Russia")
m["neb"] = C("mt", "calling the accusations \"blatant lies.\"", kind=S, measure=DEP, by="Vasily Nebenzia",
             ev="2024-10-30", subject="Russia")
m["k8"] = C("mt", "some 8,000 North Korean soldiers were in the Kursk region", measure=KU, value=8000, q="about",
            by="Antony Blinken", ev="2024-10-31", place="Kursk")
m["pent"] = C("mt", "what the Pentagon on Monday said were about 10,000 troops sent to Russia in all", value=10000,
              q="about", scope="total", by=DOD, ev="2024-10-28", place="Russia")
m["nis3"] = C("mt", "which counted some three thousand on Oct. 23", value=3000, q="about", scope="total", by=NIS,
              ev="2024-10-23", place="Russia")
m["nis10"] = C("mt", "the figure had passed 10,000", value=10000, q="at_least", scope="total", by=NIS,
               ev="2024-10-29", place="Russia")
m["hur12"] = C("mt", "as many as 12,000", value=12000, q="up_to", scope="total", by=HUR, place="Russia")
m["off"] = C("mt", "roughly 500 officers", measure=OFF, value=500, q="about", unit="officers", by=HUR)
m["gen"] = C("mt", "three generals", measure=GEN, value=3, unit="generals", by=HUR)
m["fold"] = C("mt", "the North Koreans in Kursk are being folded into Russian marine and airborne units", kind=S,
              measure="integration into Russian units", by=HUR, place="Kursk")
m["tg"] = C("mt", "several hundred North Koreans had already been moved to positions near the front",
            measure="North Korean troops near the front in Kursk", low=200, high=900, q="vague",
            by="Russian pro-war Telegram channel", ev="2024-10-31", place="Kursk")
m["kjg"] = C("mt", "any such deployment would conform to international law", kind=S, measure=LAW, mod="conditional",
             by="Kim Jong Gyu")
m["86"] = C("mt", "which Japan said flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes",
            by="Japan Ministry of Defense")
m["putin"] = C("mt", "Choe was also expected to meet Putin during her stay", kind=S, measure="Choe-Putin meeting",
               mod="planned", by="Russian state news agencies")

# ---------------------------------------------------------------- Bloomberg, Tue 2024-11-05
b = {}
b["range"] = C("bb", "between 11,000 and 12,000 North Korean troops are in Russia", low=11000, high=12000, q="range",
               scope="total", by="Pat Ryder", place="Russia")
b["wk"] = C("bb", "up from about 10,000 a week earlier", value=10000, q="about", scope="total", by="US government",
            place="Russia")
b["ua"] = C("bb", "Ukraine said its forces had clashed with North Korean units for the first time", kind=S,
            measure=CS, by="Ukrainian officials", place="Kursk")
b["ryder"] = C("bb", "he could not confirm reports that North Korean soldiers had already taken part in combat",
               kind=S, measure=CS, by="Pat Ryder", ev="2024-11-04")
b["miller"] = C("bb", "more than 10,000 of the North Korean soldiers had moved into the Kursk region", measure=KU,
                value=10000, q="at_least", by="Matthew Miller", ev="2024-11-04", place="Kursk")
b["bl8"] = C("bb", "the roughly 8,000 that Secretary of State Antony Blinken cited last week", measure=KU, value=8000,
             q="about", by="Antony Blinken", place="Kursk")
b["zel"] = C("bb", "put the number in Kursk at 11,000 on Monday", measure=KU, value=11000, by="Volodymyr Zelensky",
             ev="2024-11-04", place="Kursk")
b["zpart"] = C("bb", "the reaction of Ukraine's partners had not grown along with it", kind=S, measure=PARTN,
               by="Volodymyr Zelensky", ev="2024-11-04", subject="Ukraine")
b["umerov"] = C("bb", "the first small-scale clashes with North Korean units had already taken place", kind=S,
                measure=CS, by="Rustem Umerov", ev="2024-11-05", place="Kursk")
b["15k"] = C("bb", "as many as 15,000 soldiers", measure="North Korean troops expected (Ukraine defence ministry)",
             value=15000, q="up_to", mod="planned", scope="total", by="Rustem Umerov")
b["five"] = C("bb", "in five units", measure="North Korean units expected", value=5, unit="units", mod="planned",
              by="Rustem Umerov")
b["each"] = C("bb", "about 3,000 each", measure="North Korean troops per unit expected", value=3000, q="about",
              mod="planned", by="Rustem Umerov")
b["seoul"] = C("bb", "it could not confirm that North Korean troops had engaged in combat", kind=S, measure=CS,
               by="South Korea Ministry of National Defense", ev="2024-11-05")
b["srbm"] = C("bb", "North Korea fired a salvo of short-range ballistic missiles off its east coast", kind=S,
              measure="North Korea missile launch (Nov 5)", by="South Korea Joint Chiefs of Staff", ev="2024-11-05")
b["wh3"] = C("bb", "the White House said at least 3,000 North Koreans had arrived in Russia's Far East", value=3000,
             q="at_least", scope="total", by="White House", ev="2024-10-23", place="Russia Far East")
b["sim"] = C("bb", "Seoul's spy agency gave a similar tally", kind=S, measure=RU, by=NIS, ev="2024-10-23")
b["nis10"] = C("bb", "the National Intelligence Service said more than 10,000 had been sent", value=10000,
               q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
b["plan"] = C("bb", "Pyongyang planned to send around 12,000 troops", measure=PL, value=12000, q="about",
              mod="planned", scope="total", by=NIS)
b["brig"] = C("bb", "in four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
b["hur12"] = C("bb", "the number already in Russia at about 12,000", value=12000, q="about", scope="total", by=HUR,
               ev="2024-10-24", place="Russia")
b["choe"] = C("bb", "her country would stand by Russia until victory", kind=S, measure=CHOE, by="Choe Son Hui",
              ev="2024-11-01")
b["wpn"] = C("bb", "Seoul could review its ban on supplying lethal weapons to Kyiv", kind=S, measure=WPN,
             mod="conditional", by="South Korean officials", subject="South Korea")

# ---------------------------------------------------------------- clusters
K = GOLD.cluster


K(RU, [t["nis10"], t["nis3"], t["singh"], n["pent"], n["nis10"], n["us3"], m["pent"], m["nis3"], m["nis10"],
       b["range"], b["wk"], b["wh3"], b["sim"], b["nis10"]], "update_over_time",
  "running total, restated with dates in later pieces: ~3,000 (NIS and White House, Oct 23) -> ~10,000 "
  "(Pentagon Oct 28) / more than 10,000 (NIS Oct 29) -> 11,000-12,000 (Pentagon Nov 4); the origins agree at each date")
K(RU, [u["nis3"], u["kirby"], r["nis3"], r["wh3"], r["hur12"], t["hur12"], n["ua12"], m["hur12"], b["hur12"]],
  "discrepancy",
  "snapshot Oct 23-24: Seoul and Washington ~3,000 (at least 3,000) vs Ukraine's HUR ~12,000 already in Russia, "
  "a figure Kyiv kept repeating",
  [("about / at least 3,000 (NIS, White House)", [u["nis3"], u["kirby"], r["nis3"], r["wh3"]]),
   ("about / up to 12,000 (HUR, Ukrainian officials)", [r["hur12"], t["hur12"], n["ua12"], m["hur12"], b["hur12"]])])
K(B11, [u["bud"], r["bud"]], "agreement", "Budanov (Oct 18): about 11,000 infantry training in Russia's east")
K(FB, [u["fb"], t["fb"]], "agreement", "NIS: first batch of 1,500 special forces")
K(SB, [u["sb"], t["sb"]], "agreement", "NIS: second group of about 1,500 moved the week of Oct 21")
K(WIN, [u["win"], t["win"]], "agreement", "NIS: first batch shipped Oct 8-13")
K(PL, [u["plan"], b["plan"]], "agreement", "NIS (Oct 18): planned total of about 12,000")
K(BRIG, [u["brig"], b["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(PR, [u["proj"], t["proj"]], "agreement", "NIS (Oct 23) projection: 10,000 ('could reach' / 'as many as')")
K(PRD, [u["dec"], t["dec"]], "agreement", "NIS projection deadline: December")
K(OFF, [r["off"], t["off"], m["off"]], "agreement", "HUR: about 500 officers in the contingent")
K(GEN, [r["gen"], m["gen"]], "agreement", "HUR: three generals")
K(ARR, [r["arr"], t["arr"], n["arr"]], "agreement", "HUR / Ukrainian officials: first units reached Kursk on Oct 23")
K(KU, [n["k8"], m["k8"], b["bl8"], b["miller"], b["zel"]], "update_over_time",
  "troops in Kursk: US about 8,000 (Blinken Oct 31) -> more than 10,000 (Miller Nov 4); Zelensky's 11,000 "
  "the same day is compatible with 'more than 10,000'")
K(DEP, [u["austin"], t["rutte"], u["fake"], n["neb"], m["fake"], m["neb"]], "discrepancy",
  "deployment asserted (Austin, Rutte) vs dismissed (Peskov 'fake', Nebenzia 'blatant lies')",
  [("asserted", [u["austin"], t["rutte"]]), ("dismissed", [u["fake"], n["neb"], m["fake"], m["neb"]])])
K(FRONT, [t["front"], t["closer"]], "agreement", "Oct 28-29: some troops moved toward the front (NIS, Pentagon)")
K(CS, [u["know"], r["nato"], n["notyet"], n["austin"]], "agreement",
  "Oct 21-31: no confirmed combat yet (Kirby, NATO, Blinken, Austin)")
K(CS + ", Nov 4-5", [b["ua"], b["umerov"], b["ryder"], b["seoul"]], "discrepancy",
  "Nov 4-5: Kyiv reports first clashes vs the Pentagon and Seoul's defence ministry cannot confirm combat",
  [("clashes reported (Ukraine)", [b["ua"], b["umerov"]]),
   ("cannot confirm (Pentagon, Seoul)", [b["ryder"], b["seoul"]])])
K(CT, [r["z2728"], n["soon"], n["days"], t["weeks"]], "discrepancy",
  "combat entry: Oct 27-28 / 'in the coming days' (Zelensky, Blinken) vs 'over the coming weeks' (Singh)",
  [("days", [r["z2728"], n["soon"], n["days"]]), ("weeks", [t["weeks"]])])
K(TGT, [u["fair"], n["tgt"]], "agreement", "if they fight, North Korean troops are legitimate targets (Kirby, Blinken)")
K(ESC, [u["serious"], r["zesc"], r["resc"], t["resc"]], "agreement",
  "a North Korean combat role is a serious / significant escalation (Austin, Zelensky, Rutte)")
K(LAW, [r["kjg"], t["kjg"], m["kjg"]], "agreement", "Kim Jong Gyu (Oct 25): any deployment would be lawful")
K(TREATY, [r["biz"], m["biz"], n["kreml"], n["impl"], m["impl"]], "agreement",
  "Moscow: a bilateral matter under the treaty, which is 'being implemented' (Putin, Kremlin, Peskov)")
K(IMG, [r["img"], m["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(WPN, [u["wpn"], t["wpn"], n["cho"], b["wpn"]], "agreement",
  "Seoul may supply weapons to Ukraine in stages, not ruled out")
K(EQ, [r["uni"], t["equip"], n["train"]], "agreement",
  "Russia equips and trains the North Korean troops (HUR, NIS, Blinken)")
K(INFO, [u["info"], t["info"]], "agreement", "NIS: Pyongyang keeps the dispatch from its own people")
K(ICBM_T, [n["86"], m["86"]], "agreement", "Japan: Oct 31 ICBM flew about 86 minutes")
K(CHOE, [m["choe"], b["choe"]], "agreement", "Choe in Moscow (Nov 1): with Russia until victory")
K(PARTN, [r["zurge"], n["zel"], b["zpart"]], "agreement", "Zelensky: partners watch rather than act")

pairs = [
    (u["sb"], u["fb"], "second batch 1,500 vs first batch 1,500, same sentence"),
    (u["nis3"], u["proj"], "sent so far 3,000 vs projected 10,000, same sentence"),
    (u["plan"], r["hur12"], "12,000: NIS planned total vs HUR's count already in Russia"),
    (b["plan"], b["hur12"], "12,000: planned total vs HUR count in Russia, same paragraph"),
    (n["k8"], n["pent"], "Kursk (8,000) vs all of Russia (10,000)"),
    (b["zel"], b["range"], "11,000 in Kursk vs 11,000-12,000 in Russia"),
    (b["miller"], b["nis10"], "more than 10,000 in Kursk vs more than 10,000 in Russia, same document"),
    (r["off"], r["hur12"], "officers (part) vs whole contingent"),
    (t["proj"], t["singh"], "10,000: December projection vs Pentagon's count sent"),
    (t["proj"], t["nis10"], "projection 'as many as ten thousand' vs 'more than 10,000' sent, same paragraph"),
    (u["bud"], b["zel"], "11,000: Budanov's infantry training in the Far East vs Zelensky's Kursk count"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
