"""Generate gold.json for blind6 (the annotation written as Python calls, one per claim).

    python benchmarks/quality/blind6/build_gold.py

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
    "ch": ("chosun-2024-10-24-nis-3000-sent-10000-by-december", "The Chosun Ilbo", "2024-10-24"),
    "if": ("interfax-ukraine-2024-10-25-hur-12000-kursk-arrival-updates", "Interfax-Ukraine", "2024-10-25"),
    "hk": ("hankyoreh-2024-10-30-nis-over-10000-monitoring-team-row", "The Hankyoreh", "2024-10-30"),
    "rt": ("rt-2024-10-31-nebenzia-western-claims-north-korean-troops", "RT", "2024-10-31"),
    "ax": ("axios-2024-11-01-how-many-troops-north-korea-explainer", "Axios", "2024-11-01"),
    "te": ("telegraph-2024-11-02-icbm-sanctions-8000-kursk", "The Telegraph", "2024-11-02"),
    "in": ("independent-2024-11-05-live-north-koreans-under-fire-pentagon-12000", "The Independent", "2024-11-05"),
    "wa": ("washington-post-2024-11-10-analysis-kursk-50000-north-koreans", "The Washington Post", "2024-11-10"),
}

GOLD = Gold(HERE, DOCS)

# measures (free text, consistent across documents; the names follow blind5 where the quantity is the same)
SANC = "US sanctions on Russia's suppliers (Oct 30)"
TERMS = "Russian military terms taught to North Korean troops"
INSTR = "Russian instructors' assessment of North Korean troops"
MASS = "troops massed for a Kursk counteroffensive"
US_EXP = "US expects North Korean troops in combat"


def C(doc, quote, measure=RU, **fields):
    """One gold claim (gold_builder.Gold.claim, the measure defaulting to troops in Russia). Returns its id."""
    return GOLD.claim(doc, quote, measure=measure, **fields)


USG = "US government"
UAO = "Ukrainian officials"
USUA = "US and Ukrainian officials"
ZEL = "Volodymyr Zelensky"
BL = "Antony Blinken"
SK, UA, RUS, US = "South Korea", "Ukraine", "Russia", "United States"

# ---------------------------------------------------------------- The Chosun Ilbo, Thu 2024-10-24
c = {}
c["lead3"] = C("ch", "North Korea has sent some 3,000 soldiers to Russia so far", value=3000, q="about", scope="total",
               by=NIS, ev="2024-10-23", place="Russia")
c["proj"] = C("ch", "the number is expected to reach 10,000", measure=PR, value=10000, mod="planned", scope="total",
              by=NIS, ev="2024-10-23", place="Russia")
c["dec"] = C("ch", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
c["sb"] = C("ch", "Roughly fifteen hundred more troops were shipped to the Russian Far East", measure=SB, value=1500,
            q="about", scope="additional", by=NIS, place="Russia Far East")
c["tot3"] = C("ch", "That brought the total to about 3,000", value=3000, q="about", scope="total", by=NIS,
              place="Russia")
c["brig"] = C("ch", "Pyongyang had decided to send four brigades", measure=BRIG, value=4, unit="brigades",
              mod="planned", by=NIS, ev="2024-10-18")
c["plan"] = C("ch", "some 12,000 troops in all", measure=PL, value=12000, q="about", mod="planned", scope="total",
              by=NIS, ev="2024-10-18")
c["fb"] = C("ch", "a first contingent of 1,500 special forces had been carried on Russian navy landing ships",
            measure=FB, value=1500, scope="first_batch", by=NIS, ev="2024-10-18")
c["win"] = C("ch", "between Oct. 8 and 13", kind=D, measure=WIN, low="2024-10-08", high="2024-10-13",
             scope="first_batch", by=NIS, ev="2024-10-18")
c["terms"] = C("ch", "the soldiers are being taught more than 100 Russian military terms", measure=TERMS, value=100,
               q="at_least", unit="terms", by=NIS)
c["instr"] = C("ch", "Russian instructors rate their physical strength and morale as high but believe they lack an "
               "understanding of modern warfare, including drone attacks", kind=S, measure=INSTR, by=NIS)
c["likely"] = C("ch", "the agency considered it highly likely that the troops would be sent to the front once their "
                "training was over", kind=S, measure="North Korean troops to be sent to the front after training",
                mod="planned", by=NIS)
c["info"] = C("ch", "the regime had tightened its control of information to keep news of the deployment from its own "
              "people", kind=S, measure=INFO, by=NIS)
c["fam"] = C("ch", "the families of soldiers sent abroad had been moved and isolated", kind=S,
             measure="families of deployed soldiers isolated", by=NIS)
c["kirby"] = C("ch", "at least 3,000 North Korean soldiers had been moved by ship to eastern Russia", value=3000,
               q="at_least", scope="total", by="John Kirby", ev="2024-10-23", place="Russia Far East")
c["kwin"] = C("ch", "between early and mid-October", kind=D, measure="North Korean troop transfer window (US)",
              value="2024-10", q="about", by="John Kirby", ev="2024-10-23")
c["hc"] = C("ch", "He called the prospect of them joining the fight \"highly concerning\"", kind=S,
            measure="concern over combat use", mod="conditional", by="John Kirby")
c["fair"] = C("ch", "warned that they would be \"fair game\" if they did", kind=S, measure=TGT, mod="conditional",
              by="John Kirby")
c["austin"] = C("ch", "\"There is evidence that there are DPRK troops in Russia,\"", kind=S, measure=DEP,
                by="Lloyd Austin")
c["serious"] = C("ch", "that would be \"a very, very serious issue,\"", kind=S, measure=ESC, mod="conditional",
                 by="Lloyd Austin")
c["po"] = C("ch", "the government could consider supplying weapons to Ukraine in stages, beginning with defensive arms",
            kind=S, measure=WPN, mod="conditional", by=PO, ev="2024-10-22", subject=SK)
c["fake"] = C("ch", "The Kremlin has called the reports \"another fake,\"", kind=S, measure=DEP, by="Kremlin")
c["unmis"] = C("ch", "dismissed them on Monday as \"groundless rumors.\"", kind=S, measure=DEP,
               by="North Korea UN mission", ev="2024-10-21")

# ---------------------------------------------------------------- Interfax-Ukraine, Fri 2024-10-25
i = {}
i["arr"] = C("if", "The first units of North Korean troops trained in Russia arrived in the Kursk region on October 23",
             kind=D, measure=ARR, value="2024-10-23", by=HUR, place="Kursk")
i["hur12"] = C("if", "about 12,000 servicemen of the Korean People's Army", value=12000, q="about", scope="total",
               by=HUR, ev="2024-10-24", place="Russia")
i["off"] = C("if", "including 500 officers", measure=OFF, value=500, unit="officers", by=HUR, ev="2024-10-24")
i["gen"] = C("if", "three generals", measure=GEN, value=3, unit="generals", by=HUR, ev="2024-10-24")
i["grounds"] = C("if", "They are being trained at five training grounds of Russia's Eastern Military District",
                 measure="training grounds in eastern Russia", value=5, unit="training grounds", by=HUR,
                 place="Russia Far East")
i["bud"] = C("if", "about 11,000 North Korean infantrymen were being trained in Russia's east", measure=B11,
             value=11000, q="about", by="Kyrylo Budanov", place="Russia Far East")
i["ready"] = C("if", "would be ready by November 1", kind=D, measure=READY, value="2024-11-01", mod="planned",
               by="Kyrylo Budanov")
i["nis3"] = C("if", "some 3,000 troops had been sent", value=3000, q="about", scope="total", by=NIS, ev="2024-10-23",
              place="Russia")
i["wh3"] = C("if", "the White House put the number at no fewer than 3,000 the same day", value=3000, q="at_least",
             scope="total", by="White House", ev="2024-10-23", place="Russia")
i["z2728"] = C("if", "The first North Korean soldiers will be used in combat zones on October 27-28", kind=D,
               measure=CT, low="2024-10-27", high="2024-10-28", mod="planned", by=ZEL, ev="2024-10-25")
i["esc"] = C("if", "Zelensky called North Korea's involvement a clear step towards escalating the war", kind=S,
             measure=ESC, by=ZEL)
i["part"] = C("if", "He urged Ukraine's partners to act before the troops reached the battlefield rather than wait and "
              "watch", kind=S, measure=PARTN, by=ZEL, subject=UA)
i["nok"] = C("if", "he was not aware of the reports", kind=S, measure="North Korea on the deployment reports",
             by="Kim Jong Gyu", ev="2024-10-25")
i["law"] = C("if", "it would be \"an act conforming with the norms of international law,\"", kind=S, measure=LAW,
             mod="conditional", by="Kim Jong Gyu", ev="2024-10-25")
i["nodeny"] = C("if", "Russian President Vladimir Putin on Thursday did not deny the reports", kind=S,
                measure="Putin did not deny the reports", by="Vladimir Putin", ev="2024-10-24")
i["img"] = C("if", "\"Images are a serious thing. If there are images, then they reflect something,\"", kind=S,
             measure=IMG, by="Vladimir Putin")
i["biz"] = C("if", "How Moscow applies its treaty with Pyongyang was \"our business,\"", kind=S, measure=TREATY,
             by="Vladimir Putin", subject=RUS)
i["yoon"] = C("if", "Seoul did not rule out supplying weapons directly to Ukraine", kind=S, measure=WPN,
              mod="conditional", by="Yoon Suk Yeol", ev="2024-10-24", subject=SK)
i["mfa"] = C("if", "it would raise the deployment with partners in the Group of Seven and at the UN Security Council",
             kind=S, measure="Ukraine raising the deployment with partners", mod="planned",
             by="Ukraine Foreign Ministry", subject=UA)
i["china"] = C("if", "urged China to use its influence on Pyongyang", kind=S, measure="Ukraine urges China to act",
               by="Ukraine Foreign Ministry", subject=UA)

# ---------------------------------------------------------------- The Hankyoreh, Wed 2024-10-30
h = {}
h["nis10"] = C("hk", "More than 10,000 North Korean soldiers have been sent to Russia", value=10000, q="at_least",
               scope="total", by=NIS, ev="2024-10-29", place="Russia")
h["front"] = C("hk", "some of them may already be moving toward the front line", kind=S, measure=FRONT, by=NIS,
               ev="2024-10-29")
h["x3"] = C("hk", "It has more than tripled in a week", measure=RATIO, value=3, q="at_least", unit="times")
h["nis3"] = C("hk", "on Oct. 23 the NIS had put the number at around 3,000", value=3000, q="about", scope="total",
              by=NIS, ev="2024-10-23", place="Russia")
h["proj"] = C("hk", "it had forecast that the total would reach 10,000", measure=PR, value=10000, mod="planned",
              scope="total", by=NIS, ev="2024-10-23", place="Russia")
h["dec"] = C("hk", "by December", kind=D, measure=PRD, value="2024-12", mod="planned", by=NIS, ev="2024-10-23")
h["plan"] = C("hk", "Pyongyang intended to send about 12,000 troops altogether", measure=PL, value=12000, q="about",
              mod="planned", scope="total", by=NIS, ev="2024-10-18")
h["pay"] = C("hk", "each soldier is to be paid around $2,000 a month by Russia", measure=PAY, value=2000, q="about",
             unit="USD per month", mod="planned", by=NIS)
h["regime"] = C("hk", "most of the money is likely to be taken by the North Korean state", kind=S, measure=REGIME,
                by=NIS)
h["vocab"] = C("hk", "the troops were being taught Russian military vocabulary", kind=S,
               measure="Russian language training of North Korean troops", by=NIS)
h["comm"] = C("hk", "communication with their Russian instructors remained a problem", kind=S,
              measure="communication problems with Russian instructors", by=NIS)
h["singh"] = C("hk", "about 10,000 North Korean soldiers had been sent to train in eastern Russia", value=10000,
               q="about", scope="total", by="Sabrina Singh", ev="2024-10-28", place="Russia Far East")
h["scloser"] = C("hk", "some had moved closer to Ukraine", kind=S, measure=FRONT, by="Sabrina Singh", ev="2024-10-28")
h["weeks"] = C("hk", "they were likely to reinforce Russian forces near the border over the next several weeks",
               kind=S, measure=CT, mod="planned", by="Sabrina Singh", ev="2024-10-28")
h["rutte"] = C("hk", "North Korean units had been deployed to the Kursk region", kind=S, measure=DEP, by="Mark Rutte",
               place="Kursk")
h["resc"] = C("hk", "calling it a significant escalation", kind=S, measure=ESC, by="Mark Rutte")
h["team"] = C("hk", "sending a team to Ukraine to analyze North Korean tactics was under consideration", kind=S,
              measure="South Korean monitoring team to Ukraine", mod="conditional", by="Kim Yong-hyun", subject=SK)
h["nrule"] = C("hk", "the presidential office has said arms supplies to Kyiv are not ruled out", kind=S, measure=WPN,
               mod="conditional", by=PO, subject=SK)
h["dp"] = C("hk", "even a small observer team could draw the country into a war it has no stake in", kind=S,
            measure="opposition warning against involvement", mod="conditional", by="Democratic Party", subject=SK)
h["consent"] = C("hk", "any dispatch of military personnel abroad requires the National Assembly's consent", kind=S,
                 measure="parliamentary consent for a dispatch abroad", by="Democratic Party", subject=SK)
h["han"] = C("hk", "Rep. Han Ki-ho suggested to the defense minister that Ukraine could strike the North Korean troops",
             kind=S, measure="Han Ki-ho's text messages", mod="conditional", by="Han Ki-ho")
h["choi"] = C("hk", "\"What we need now is a channel to Pyongyang, not a team in Ukraine,\"", kind=S,
              measure="Seoul's response (analyst)", by="Choi Eun-ha", subject=SK)
h["nuke"] = C("hk", "North Korea appeared to have finished preparations for a seventh nuclear test", kind=S,
              measure="North Korean nuclear test preparations", by=NIS)
h["icbm"] = C("hk", "was ready to launch an intercontinental ballistic missile", kind=S,
              measure="North Korean ICBM launch readiness", by=NIS)
h["elec"] = C("hk", "around the U.S. presidential election on Nov. 5", kind=D,
              measure="North Korean ICBM launch timing (NIS)", value="2024-11-05", q="about", mod="conditional",
              by=NIS)

# ---------------------------------------------------------------- RT, Thu 2024-10-31
r = {}
r["lead"] = C("rt", "The US and its allies have failed to produce any evidence for their claims that North Korean "
              "soldiers are fighting for Russia", kind=S, measure=DEP, by="Vasily Nebenzia")
r["fed"] = C("rt", "the so-called intelligence had been fed to the media to justify further arms deliveries to the Kiev "
             "regime", kind=S, measure="Western claims as pretext for arms deliveries (Russia)",
             by="Vasily Nebenzia", ev="2024-10-30")
r["wash10"] = C("rt", "Washington claimed on Monday that \"around 10,000\" North Korean troops had been sent to eastern "
                "Russia", value=10000, q="about", scope="total", by=USG, ev="2024-10-28", place="Russia Far East")
r["wh3"] = C("rt", "a week after the White House put the number at 3,000", value=3000, scope="total",
             by="White House", place="Russia")
r["nis10"] = C("rt", "Seoul's National Intelligence Service claimed on Tuesday that the figure had passed 10,000",
               value=10000, q="at_least", scope="total", by=NIS, ev="2024-10-29", place="Russia")
r["hur12"] = C("rt", "Kiev's military intelligence agency has alleged for a week that about 12,000 are already in "
               "Russia", value=12000, q="about", scope="total", by=HUR, place="Russia")
r["arr"] = C("rt", "the first North Korean units had reached Kursk Region on October 23", kind=D, measure=ARR,
             value="2024-10-23", by=UAO, place="Kursk")
r["wood"] = C("rt", "they would \"surely return in body bags.\"", kind=S, measure=TGT, mod="conditional",
              by="Robert Wood")
r["threat"] = C("rt", "Russian diplomats described the remark as a threat", kind=S,
                measure="Russia on the US 'body bags' remark", by="Russian diplomats", subject=RUS)
r["peskov"] = C("rt", "Kremlin spokesman Dmitry Peskov earlier dismissed the reports as \"another fake,\"", kind=S,
                measure=DEP, by="Dmitry Peskov")
r["img"] = C("rt", "\"images are a serious thing\"", kind=S, measure=IMG, by="Vladimir Putin")
r["biz"] = C("rt", "how Moscow and Pyongyang implement their partnership treaty is \"our business.\"", kind=S,
             measure=TREATY, by="Vladimir Putin", subject=RUS)
r["law"] = C("rt", "any such move would comply with international law", kind=S, measure=LAW, mod="conditional",
             by="North Korea government")
r["camp"] = C("rt", "It is a campaign, not an assessment.", kind=S,
              measure="Western estimates as a campaign (commentator)", by="Alexey Voronin")
r["stages"] = C("rt", "has said it could reconsider that policy \"in stages,\"", kind=S, measure=WPN,
                mod="conditional", by="South Korea government", subject=SK)
r["warn"] = C("rt", "a step Moscow has warned would destroy relations between the two countries", kind=S,
              measure="Russian warning to Seoul over weapons", mod="conditional", by="Russian government",
              subject=RUS)
r["sanc"] = C("rt", "imposed sanctions on nearly 400 individuals and entities", measure=SANC, value=400, q="about",
              unit="individuals and entities", by=USG, ev="2024-10-30", subject=US)
r["dozen"] = C("rt", "in more than a dozen countries", measure="countries covered by US sanctions (Oct 30)",
               value=12, q="at_least", unit="countries", by=USG, ev="2024-10-30", subject=US)

# ---------------------------------------------------------------- Axios, Fri 2024-11-01
a = {}
a["esc"] = C("ax", "it would mark a serious escalation of the war", kind=S, measure=ESC, mod="conditional", by=USG)
a["dod10"] = C("ax", "About 10,000, according to the Pentagon", value=10000, q="about", scope="total", by=DOD,
               ev="2024-10-28", place="Russia")
a["nis10"] = C("ax", "the figure was \"more than 10,000.\"", value=10000, q="at_least", scope="total", by=NIS,
               ev="2024-10-29", place="Russia")
a["up3"] = C("ax", "That's up from roughly 3,000 a week earlier", value=3000, q="about", scope="total", by=USK,
             place="Russia")
a["plan"] = C("ax", "Pyongyang had decided to send 12,000 troops in all", measure=PL, value=12000, mod="planned",
              scope="total", by=NIS, ev="2024-10-18")
a["fb"] = C("ax", "starting with 1,500 special forces", measure=FB, value=1500, scope="first_batch", by=NIS,
            ev="2024-10-18")
a["hur12"] = C("ax", "Ukraine's military intelligence put the number already in Russia at about 12,000 as early as "
               "Oct. 24", value=12000, q="about", scope="total", by=HUR, ev="2024-10-24", place="Russia")
a["bud"] = C("ax", "some 11,000 were training in the east", measure=B11, value=11000, q="about", by="Kyrylo Budanov",
             place="Russia Far East")
a["k8"] = C("ax", "about 8,000 have moved to Russia's Kursk region", measure=KU, value=8000, q="about", by=BL,
            ev="2024-10-31", place="Kursk")
a["notyet"] = C("ax", "\"We have not yet seen those troops deployed into combat against Ukrainian forces,\"", kind=S,
                measure=CS, by=BL)
a["days"] = C("ax", "He added that he would expect that to happen \"in the coming days.\"", kind=S, measure=CT,
              mod="planned", by=BL)
a["z2728"] = C("ax", "they would be in combat zones by Oct. 27 or 28", kind=D, measure=CT, low="2024-10-27",
               high="2024-10-28", mod="planned", by=ZEL)
a["train"] = C("ax", "Russia has been training them in artillery, drones and basic infantry tactics, including trench "
               "clearing", kind=S, measure=EQ, by=BL)
a["pay"] = C("ax", "Russia pays each soldier roughly $2,000 a month", measure=PAY, value=2000, q="about",
             unit="USD per month", by=NIS)
a["regime"] = C("ax", "most of it likely ends up in regime coffers", kind=S, measure=REGIME, by=NIS)
a["tech"] = C("ax", "Moscow could share sensitive technology on satellites, missiles or nuclear-powered submarines",
              kind=S, measure=TECH, mod="conditional", by=USK)
a["neb"] = C("ax", "called the reports \"blatant lies\" at the Security Council on Wednesday", kind=S, measure=DEP,
             by="Vasily Nebenzia", ev="2024-10-30")
a["86"] = C("ax", "flew for about 86 minutes", measure=ICBM_T, value=86, q="about", unit="minutes", by=JMOD,
            ev="2024-10-31")
a["n10"] = C("ax", "10,000+: North Korean troops in Russia, per South Korea's NIS", value=10000, q="at_least",
             scope="total", by=NIS, place="Russia")
a["n8"] = C("ax", "8,000: North Korean troops in Kursk, per the U.S.", measure=KU, value=8000, by=USG, place="Kursk")
a["n4"] = C("ax", "4: brigades Pyongyang decided to send, per the NIS", measure=BRIG, value=4, unit="brigades",
            mod="planned", by=NIS)

# ---------------------------------------------------------------- The Telegraph, Sat 2024-11-02
t = {}
t["k8"] = C("te", "around 8,000 of Kim Jong-un's soldiers had moved to Russia's Kursk region", measure=KU, value=8000,
            q="about", by=USG, ev="2024-10-31", place="Kursk")
t["86"] = C("te", "flew for 86 minutes", measure=ICBM_T, value=86, unit="minutes", by=JMOD)
t["alt"] = C("te", "climbed to more than 7,000km", measure=ICBM_A, value=7000, q="at_least", unit="km", by=JMOD)
t["kim"] = C("te", "Kim called the launch an \"appropriate military action\"", kind=S,
             measure="Kim Jong Un on the ICBM launch", by="Kim Jong Un")
t["us10"] = C("te", "some 10,000 North Korean troops are in Russia in total", value=10000, q="about", scope="total",
              by=USG, place="Russia")
t["nis10"] = C("te", "more than 10,000 had been sent", value=10000, q="at_least", scope="total", by=NIS,
               ev="2024-10-29", place="Russia")
t["none"] = C("te", "none had yet been seen in combat", kind=S, measure=CS, by=BL)
t["train"] = C("te", "Russia was training them in artillery, drone operations and trench clearing", kind=S,
               measure=EQ, by=BL)
t["mun"] = C("te", "the North has shipped more than 13,000 containers of artillery shells and other munitions to "
             "Russia", measure=MUN, value=13000, q="at_least", unit="containers", by=MND)
t["half"] = C("te", "about half of the shells Russian gunners fire now come from North Korea",
              measure="North Korean share of Russia's artillery shells", value=50, q="about", unit="percent",
              by=UAO)
t["tech"] = C("te", "Moscow could pay with know-how on satellites and missiles", kind=S, measure=TECH,
              mod="conditional", by="Western officials")
t["cas"] = C("te", "an average of 1,271 killed or wounded each day", measure="Russian casualties per day", value=1271,
             unit="casualties per day", by="UK Ministry of Defence", subject=RUS)
t["sanc"] = C("te", "sanctioned almost 400 companies and individuals", measure=SANC, value=400, q="about",
              unit="individuals and entities", by=USG, ev="2024-10-30", subject=US)
t["aid"] = C("te", "announced a $425 million weapons package for Kyiv", measure="US military aid package",
             value=425000000, unit="USD", by=USG, subject=US)
t["gbp"] = C("te", "Britain has pledged £3 billion a year in military aid to Ukraine",
             measure="UK annual military aid to Ukraine", value=3000000000, unit="GBP per year", by="UK government",
             subject="United Kingdom")
t["choe"] = C("te", "her country would stand \"firmly by our Russian comrades until victory day\"", kind=S,
              measure=CHOE, by="Choe Son Hui", ev="2024-11-01")
t["lav"] = C("te", "the two countries' militaries and security services had \"very close ties\"", kind=S,
             measure="Russia-North Korea military and security ties", by="Sergei Lavrov", subject=RUS)
t["part"] = C("te", "Ukraine's partners were \"watching\" rather than acting as North Korea's troops arrived", kind=S,
              measure=PARTN, by=ZEL, subject=UA)
t["strike"] = C("te", "he again asked for permission to strike military targets deep inside Russia with Western "
                "missiles", kind=S, measure="Ukraine's request for long-range strikes", by=ZEL, subject=UA)

# ---------------------------------------------------------------- The Independent (live), Tue 2024-11-05
n = {}
n["srbm"] = C("in", "North Korea fired a salvo of short-range ballistic missiles into the sea off its east coast this "
              "morning", kind=S, measure="North Korea missile launch (Nov 5)",
              by="South Korea Joint Chiefs of Staff", ev="2024-11-05")
n["seven"] = C("in", "Japan's defence ministry counted at least seven", measure="short-range missiles fired (Nov 5)",
               value=7, q="at_least", unit="missiles", by=JMOD)
n["mnd"] = C("in", "it could not confirm that North Korean soldiers had taken part in combat", kind=S, measure=CS,
             by=MND, ev="2024-11-05")
n["share"] = C("in", "it was sharing information with Washington and Kyiv", kind=S,
               measure="South Korea sharing information with allies", by=MND, ev="2024-11-05", subject=SK)
n["umerov"] = C("in", "the first \"small-scale\" engagements with North Korean troops had already happened", kind=S,
                measure=CS, by="Rustem Umerov", ev="2024-11-05")
n["15k"] = C("in", "Kyiv expects as many as 15,000 North Korean soldiers to be deployed in total", measure=UM15,
             value=15000, q="up_to", mod="planned", scope="total", by="Rustem Umerov")
n["kov"] = C("in", "\"The first North Korean military units have already come under fire in the Kursk region,\"",
             kind=S, measure=CS, by="Andriy Kovalenko", ev="2024-11-04", place="Kursk")
n["zel"] = C("in", "There are now 11,000 North Korean troops in Russia's Kursk region", measure=KU, value=11000,
             by=ZEL, ev="2024-11-04", place="Kursk")
n["zp1"] = C("in", "the threat had grown but the reaction of Kyiv's allies had not", kind=S, measure=PARTN, by=ZEL,
             subject=UA)
n["zp2"] = C("in", "Instead of acting, the allies were watching, he said", kind=S, measure=PARTN, by=ZEL, subject=UA)
n["miller"] = C("in", "The number in Kursk was put at more than 10,000", measure=KU, value=10000, q="at_least",
                by="Matthew Miller", ev="2024-11-04", place="Kursk")
n["range"] = C("in", "Between 11,000 and 12,000 North Korean troops are now in Russia, the Pentagon believes",
               low=11000, high=12000, scope="total", by=DOD, place="Russia")
n["wk"] = C("in", "up from the roughly 10,000 it estimated last week", value=10000, q="about", scope="total", by=DOD,
            place="Russia")
n["ryder"] = C("in", "the US had not yet seen them engaged in combat", kind=S, measure=CS, by="Pat Ryder",
               ev="2024-11-04")
n["expect"] = C("in", "Washington still expected them to be used in combat or combat support operations against "
                "Ukrainian forces", kind=S, measure=US_EXP, mod="planned", by="Pat Ryder", ev="2024-11-04")

# ---------------------------------------------------------------- The Washington Post (analysis), Sun 2024-11-10
w = {}
w["50k"] = C("wa", "Russia has assembled a force of roughly 50,000 troops, North Korean soldiers among them",
             measure=MASS, value=50000, q="about", by=USUA, place="Kursk", subject=RUS)
w["within"] = C("wa", "the assault could begin within days", kind=S, measure="Kursk counteroffensive timing",
                mod="planned", by=USUA, subject=RUS)
w["folded"] = C("wa", "The North Koreans appear to have been folded into Russian naval infantry and airborne units",
                kind=S, measure="North Korean troops integrated into Russian units",
                by="person briefed on the intelligence (anonymous)")
w["range"] = C("wa", "The number in Russia was estimated by the Pentagon last Monday at 11,000 to 12,000", low=11000,
               high=12000, scope="total", by=DOD, ev="2024-11-04", place="Russia")
w["state"] = C("wa", "the State Department said the same day that more than 10,000 had moved into Kursk", measure=KU,
               value=10000, q="at_least", by="US State Department", ev="2024-11-04", place="Kursk")
w["ua11"] = C("wa", "Ukrainian officials put the figure in Kursk at about 11,000", measure=KU, value=11000, q="about",
              by=UAO, place="Kursk")
w["nis10"] = C("wa", "assessed late last month that more than 10,000 had been sent", value=10000, q="at_least",
               scope="total", by=NIS, place="Russia")
w["15k"] = C("wa", "Kyiv expects as many as 15,000 in all", measure=UM15, value=15000, q="up_to", mod="planned",
             scope="total", by="Rustem Umerov")
w["brig"] = C("wa", "was for four brigades", measure=BRIG, value=4, unit="brigades", mod="planned", by=NIS)
w["plan"] = C("wa", "or about 12,000 troops", measure=PL, value=12000, q="about", mod="planned", scope="total", by=NIS)
w["clash"] = C("wa", "Ukrainian officials said last week that their forces had exchanged fire with North Korean units "
               "for the first time", kind=S, measure=CS, by=UAO)
w["nocf"] = C("wa", "U.S. officials have not confirmed any combat involving the North Koreans", kind=S, measure=CS,
              by=USG)
w["poss"] = C("wa", "it was possible that small numbers had been in contact without being identified", kind=S,
              measure="possible undetected contact with North Korean troops", by="US official (anonymous)")
w["thrown"] = C("wa", "\"They are going to be thrown at the hardest part of the line, and they are going to take "
                "casualties,\"", kind=S, measure="expected use of North Korean troops", mod="planned",
                by="Western official")
w["train"] = C("wa", "Russia has trained them in artillery, drones and infantry tactics", kind=S, measure=EQ, by=BL)
w["weeks"] = C("wa", "the training appears to have lasted weeks rather than months", kind=S,
               measure="length of North Korean troops' training", by="people familiar with the matter (anonymous)")
w["whit"] = C("wa", "\"The numbers matter less than what Pyongyang learns,\"", kind=S,
              measure="what Pyongyang gains (analyst)", by="Jonah Whitcombe")
w["yoon"] = C("wa", "South Korea no longer ruled out sending weapons to Ukraine directly", kind=S, measure=WPN,
              mod="conditional", by="Yoon Suk Yeol", ev="2024-11-07", subject=SK)
w["def"] = C("wa", "defensive weapons would come first if it did", kind=S, measure=WPN, mod="conditional",
             by="Yoon Suk Yeol", ev="2024-11-07", subject=SK)
w["signed"] = C("wa", "Putin had signed into law the mutual defense treaty with Pyongyang", kind=S,
                measure="Russia's ratification of the treaty", by="Kremlin", ev="2024-11-09", subject=RUS)
w["choe"] = C("wa", "her country would stand with Russia until its victory", kind=S, measure=CHOE, by="Choe Son Hui",
              ev="2024-11-01")
w["free"] = C("wa", "even a modest contribution could free Russian units for the offensive in eastern Ukraine",
              kind=S, measure="effect of the deployment on Russia's offensive", mod="conditional", by=USUA)

# ---------------------------------------------------------------- clusters
K = GOLD.cluster

K(RU, [h["nis10"], h["nis3"], h["singh"], r["wash10"], r["wh3"], r["nis10"], a["dod10"], a["nis10"], a["up3"],
       a["n10"], t["us10"], t["nis10"], n["range"], n["wk"], w["range"], w["nis10"]], "update_over_time",
  "running total of troops in Russia, told as news or restated from Oct 30 on: ~3,000 (NIS / White House, Oct 23) -> "
  "~10,000 (Pentagon Oct 28) / more than 10,000 (NIS Oct 29) -> 11,000-12,000 (Pentagon Nov 4)")
K(RU, [c["lead3"], c["tot3"], c["kirby"], i["nis3"], i["wh3"], i["hur12"], r["hur12"], a["hur12"]], "discrepancy",
  "snapshot Oct 23-25: Seoul and Washington about / at least 3,000 vs Ukraine's HUR about 12,000 already in Russia "
  "(HUR's figure restated by RT and Axios)",
  [("about / at least 3,000 (NIS, White House)", [c["lead3"], c["tot3"], c["kirby"], i["nis3"], i["wh3"]]),
   ("about 12,000 (HUR)", [i["hur12"], r["hur12"], a["hur12"]])])
K(KU, [a["k8"], a["n8"], t["k8"], n["miller"], n["zel"], w["state"], w["ua11"]], "update_over_time",
  "troops in Kursk: US about 8,000 (Blinken Oct 31) -> more than 10,000 (Miller / State Nov 4); Zelensky's and "
  "Ukraine's 11,000 the same day is compatible with 'more than 10,000'")
K(PL, [c["plan"], h["plan"], a["plan"], w["plan"]], "agreement", "NIS (Oct 18): planned total of about 12,000")
K(BRIG, [c["brig"], a["n4"], w["brig"]], "agreement", "NIS (Oct 18): four brigades")
K(FB, [c["fb"], a["fb"]], "agreement", "NIS (Oct 18): first batch of 1,500 special forces")
K(PR, [c["proj"], h["proj"]], "agreement", "NIS (Oct 23) projection: 10,000 in all")
K(PRD, [c["dec"], h["dec"]], "agreement", "NIS projection deadline: December")
K(B11, [i["bud"], a["bud"]], "agreement", "Budanov (Oct 18): about 11,000 training in Russia's east")
K(ARR, [i["arr"], r["arr"]], "agreement", "Ukraine (HUR): first North Korean units reached Kursk on Oct 23")
K(UM15, [n["15k"], w["15k"]], "agreement", "Umerov (Nov 5): Kyiv expects up to 15,000 in all")
K(DEP, [c["austin"], h["rutte"], c["fake"], c["unmis"], r["lead"], r["peskov"], a["neb"]], "discrepancy",
  "deployment asserted (Austin, Rutte) vs dismissed (Kremlin / Peskov 'fake', North Korea's UN mission, Nebenzia)",
  [("asserted", [c["austin"], h["rutte"]]),
   ("dismissed", [c["fake"], c["unmis"], r["lead"], r["peskov"], a["neb"]])])
K(CT, [i["z2728"], a["z2728"], a["days"], h["weeks"]], "discrepancy",
  "combat entry: Oct 27-28 (Zelensky) / 'in the coming days' (Blinken) vs 'over the next several weeks' (Singh)",
  [("days", [i["z2728"], a["z2728"], a["days"]]), ("weeks", [h["weeks"]])])
K(CS, [a["notyet"], t["none"]], "agreement", "Oct 31: no North Korean troops seen in combat yet (Blinken)")
K(CS + ", Nov 4-10", [n["kov"], n["umerov"], w["clash"], n["mnd"], n["ryder"], w["nocf"]], "discrepancy",
  "Nov 4-10: Kyiv reports the first clashes vs Washington and Seoul's defence ministry cannot confirm combat",
  [("clashes reported (Ukraine)", [n["kov"], n["umerov"], w["clash"]]),
   ("not confirmed (Pentagon, US, Seoul)", [n["mnd"], n["ryder"], w["nocf"]])])
K(ESC, [c["serious"], i["esc"], h["resc"], a["esc"]], "agreement",
  "a North Korean combat role is a serious / significant escalation (Austin, Zelensky, Rutte, US officials)")
K(TGT, [c["fair"], r["wood"]], "agreement",
  "US warnings: North Korean troops who fight are 'fair game' / will 'return in body bags'")
K(LAW, [i["law"], r["law"]], "agreement", "Pyongyang (Oct 25): any deployment would be lawful")
K(IMG, [i["img"], r["img"]], "agreement", "Putin (Oct 24): 'images are a serious thing'")
K(TREATY, [i["biz"], r["biz"]], "agreement", "Putin (Oct 24): the treaty's implementation is 'our business'")
K(WPN, [c["po"], i["yoon"], h["nrule"], r["stages"], w["yoon"], w["def"]], "agreement",
  "Seoul may supply weapons to Ukraine, in stages / defensive first, depending on North Korea's involvement")
K(PAY, [h["pay"], a["pay"]], "agreement", "NIS: about $2,000 a month per soldier")
K(REGIME, [h["regime"], a["regime"]], "agreement", "NIS: most of the pay goes to the regime")
K(TECH, [a["tech"], t["tech"]], "agreement", "Russia may repay Pyongyang with satellite / missile technology")
K(EQ, [a["train"], t["train"], w["train"]], "agreement", "Blinken (Oct 31): Russia trains them in artillery, drones, "
  "infantry tactics")
K(ICBM_T, [a["86"], t["86"]], "agreement", "Japan: Oct 31 ICBM flew (about) 86 minutes")
K(SANC, [r["sanc"], t["sanc"]], "agreement", "US (Oct 30): sanctions on nearly 400 individuals and entities")
K(CHOE, [t["choe"], w["choe"]], "agreement", "Choe in Moscow (Nov 1): with Russia until victory")
K(PARTN, [i["part"], t["part"], n["zp1"], n["zp2"]], "agreement", "Zelensky: partners watch rather than act")
K(FRONT, [h["front"], h["scloser"]], "agreement", "Oct 28-29: some troops moved toward the front (NIS, Pentagon)")

pairs = [
    (c["fb"], c["plan"], "first batch 1,500 vs planned total 12,000, same sentence"),
    (c["lead3"], c["proj"], "3,000 sent so far vs 10,000 projected, same sentence"),
    (h["nis10"], h["proj"], "more than 10,000 sent vs the 10,000 projection, same paragraph"),
    (h["nis10"], h["plan"], "more than 10,000 sent vs 12,000 planned, same story"),
    (i["hur12"], c["plan"], "12,000: HUR's count already in Russia vs the NIS planned total"),
    (a["hur12"], a["plan"], "12,000 in Russia (HUR) vs 12,000 planned (NIS), same list"),
    (a["fb"], a["plan"], "first batch 1,500 vs 12,000 planned, same sentence"),
    (a["k8"], a["dod10"], "8,000 in Kursk vs 10,000 in all of Russia, same document"),
    (a["n8"], a["n10"], "8,000 in Kursk vs 10,000+ in Russia, adjacent 'By the numbers' bullets"),
    (t["k8"], t["us10"], "8,000 in Kursk vs some 10,000 in Russia, same story"),
    (n["zel"], n["range"], "11,000 in Kursk vs 11,000-12,000 in Russia"),
    (n["miller"], n["wk"], "more than 10,000 in Kursk vs the earlier 10,000 in Russia, same live blog"),
    (n["15k"], n["range"], "up to 15,000 expected vs 11,000-12,000 there now"),
    (w["state"], w["nis10"], "more than 10,000 in Kursk (State) vs more than 10,000 sent to Russia (NIS), same paragraph"),
    (w["ua11"], w["range"], "about 11,000 in Kursk vs 11,000-12,000 in Russia, same paragraph"),
    (i["bud"], n["zel"], "11,000 training in the east (Budanov, Oct 18) vs 11,000 in Kursk (Zelensky, Nov 4)"),
]

GOLD.write(pairs)

if __name__ == "__main__":
    print(GOLD.summary(pairs))
