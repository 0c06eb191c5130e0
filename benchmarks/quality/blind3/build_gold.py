import json
D={"npr":("npr-2024-10-23-white-house-3000-fair-game","NPR","2024-10-23"),
"kp":("kyiv-post-2024-10-25-live-hur-kursk-pyongyang-lawful","The Kyiv Post","2024-10-25"),
"cbs":("cbs-news-2024-10-28-pentagon-10000-rutte-kursk","CBS News","2024-10-28"),
"nk":("nikkei-asia-2024-10-29-nis-revises-to-over-10000","Nikkei Asia","2024-10-29"),
"md":("meduza-2024-11-01-choe-moscow-blinken-8000","Meduza","2024-11-01"),
"dp":("the-diplomat-2024-11-05-counting-north-koreans","The Diplomat","2024-11-05")}
claims=[]; cnt={}
RU="North Korean troops in Russia"; KU="North Korean troops in Kursk"; PL="North Korean troops planned (total)"
PR="North Korean troops projected by December"; FB="North Korean troops first batch"
DEP="North Korean troop deployment (asserted / dismissed)"; CT="North Korean troops combat entry timing"
def C(k,quote,kind="numeric",measure=RU,value=None,low=None,high=None,unit="troops",q="exact",mod="actual",
      scope=None,by=None,ev=None,place=None,subject="North Korea"):
    cnt[k]=cnt.get(k,0)+1; cid=f"{k}-{cnt[k]:02d}"
    if kind!="numeric": unit = None if kind=="attributed_statement" else unit
    if kind=="attributed_statement": q=None
    if kind=="date": unit=None; q = "range" if low else "exact"
    claims.append(dict(id=cid,doc=D[k][0],quote=quote,kind=kind,subject=subject,measure=measure,value=value,
        value_low=low,value_high=high,unit=unit,qualifier=q,modality=mod,scope=scope,attributed_to=by,event_date=ev,place=place))
    return cid
S="attributed_statement"
# ---------------- NPR 2024-10-23
npr={}
npr['k3000']=C("npr","at least 3,000 North Korean soldiers have been moved into eastern Russia",value=3000,q="at_least",by="John Kirby",ev="2024-10-23",place="Russia Far East",scope="total")
npr['win']=C("npr","at some point between early and mid-October",kind="date",measure="North Korean troop transfer window (US)",value="2024-10",by="John Kirby",ev="2024-10-23")
npr['carried']=C("npr","the troops were carried by ship from the Wonsan area to the Russian port of Vladivostok",kind=S,measure="North Korean troop transport route",by="John Kirby",ev="2024-10-23",place="Vladivostok")
npr['unknown']=C("npr","whether they will go into combat alongside Russian forces",kind=S,measure="North Korean troops in combat (status)",by="John Kirby",ev="2024-10-23")
npr['fair']=C("npr","they would be \"fair game\" for Ukrainian troops",kind=S,measure="North Korean troops as legitimate targets",mod="conditional",by="John Kirby",ev="2024-10-23")
npr['austin']=C("npr","There is evidence, he said during a visit to Rome, that North Korean troops are in Russia",kind=S,measure=DEP,by="Lloyd Austin",ev="2024-10-23",place="Russia")
npr['serious']=C("npr","that would be a very, very serious issue",kind=S,measure="escalation warning",mod="conditional",by="Lloyd Austin",ev="2024-10-23")
npr['nis3000']=C("npr","roughly three thousand North Korean troops have reached Russia so far",value=3000,q="about",by="South Korea NIS",place="Russia",scope="total")
npr['proj']=C("npr","the total could grow to ten thousand",measure=PR,value=10000,mod="planned",by="South Korea NIS",place="Russia",scope="total")
npr['dec']=C("npr","by December",kind="date",measure="North Korean deployment projection deadline",value="2024-12",mod="planned",by="South Korea NIS")
npr['brig']=C("npr","Pyongyang decided to send four brigades",measure="North Korean brigades planned",value=4,unit="brigades",mod="planned",by="South Korea NIS",ev="2024-10-18")
npr['plan']=C("npr","some 12,000 soldiers in all",measure=PL,value=12000,q="about",mod="planned",scope="total",by="South Korea NIS",ev="2024-10-18")
npr['zel']=C("npr","Kyiv expects thousands more to follow",measure="North Korean troops additional expected",value=None,low=2000,high=9000,q="vague",mod="planned",scope="additional",by="Volodymyr Zelensky")
npr['hurlow']=C("npr","a force in the low five figures being readied in Russia's Far East",value=None,low=10000,high=30000,q="vague",by="Ukraine HUR",place="Russia Far East",scope="total")
npr['peskov']=C("npr","called the reports \"another fake,\"",kind=S,measure=DEP,by="Dmitry Peskov")
npr['decl']=C("npr","Russian officials again declined to discuss them",kind=S,measure="Russian response to deployment reports",by="Kremlin",ev="2024-10-23")
npr['weeks']=C("npr","it would probably take several weeks before North Korean units could be folded into Russian formations",kind=S,measure=CT,mod="planned",by="US official")
# ---------------- Kyiv Post 2024-10-25
kp={}
kp['arr']=C("kp","the first North Korean units arrived in the Kursk region on October 23",kind="date",measure="North Korean units arrival in Kursk",value="2024-10-23",by="Ukraine HUR",place="Kursk",scope="first_batch")
kp['12000']=C("kp","The HUR puts the whole contingent at about 12,000 military personnel",value=12000,q="about",by="Ukraine HUR",scope="total",place="Russia")
kp['off']=C("kp","some 500 officers",measure="North Korean officers in contingent",value=500,q="about",unit="officers",by="Ukraine HUR")
kp['gen']=C("kp","three generals",measure="North Korean generals in contingent",value=3,unit="generals",by="Ukraine HUR")
kp['bases']=C("kp","at five military bases in Russia's Far East",measure="training bases",value=5,unit="bases",by="Ukraine HUR",place="Russia Far East")
kp['uni']=C("kp","are being given Russian uniforms and weapons",kind=S,measure="Russian equipment for North Korean troops",by="Ukraine HUR")
kp['nis']=C("kp","around 3,000 had reached Russia",value=3000,q="about",by="South Korea NIS",ev="2024-10-23",place="Russia",scope="total")
kp['us']=C("kp","it was at least 3,000",value=3000,q="at_least",by="US government",ev="2024-10-23",place="Russia",scope="total")
kp['already']=C("kp","the troops were already in Russia, not merely promised",kind=S,measure=DEP,by="Ukraine HUR",ev="2024-10-24",place="Russia")
kp['zelsoon']=C("kp","North Korean soldiers could be sent into battle as early as this weekend",kind=S,measure=CT,mod="planned",by="Volodymyr Zelensky",ev="2024-10-24")
kp['zeldate']=C("kp","was expected on October 27 and 28",kind="date",measure=CT,low="2024-10-27",high="2024-10-28",mod="planned",by="Volodymyr Zelensky",ev="2024-10-24")
kp['kjg']=C("kp","if such a deployment were happening, it would be consistent with international law",kind=S,measure="legality of deployment",mod="conditional",by="Kim Jong Gyu",ev="2024-10-25")
kp['kjgno']=C("kp","He did not confirm that any troops had been sent.",kind=S,measure="North Korea confirmation of deployment",by="Kim Jong Gyu",ev="2024-10-25")
kp['kjgtreaty']=C("kp","He called it a matter between two sovereign states",kind=S,measure="deployment as sovereign / treaty matter",by="Kim Jong Gyu",ev="2024-10-25")
kp['pesk']=C("kp","what Moscow does with North Korea under their mutual defence treaty is for the two countries to decide",kind=S,measure="deployment as sovereign / treaty matter",by="Dmitry Peskov",ev="2024-10-25",subject="Russia")
kp['sybiha']=C("kp","calling the move a serious escalation",kind=S,measure="escalation warning",by="Andrii Sybiha")
kp['share']=C("kp","He said Ukraine would share its evidence with allies.",kind=S,measure="Ukraine evidence sharing",by="Andrii Sybiha",subject="Ukraine")
kp['deleg']=C("kp","A Ukrainian delegation is expected in Seoul next week",kind=S,measure="Ukrainian delegation to Seoul",mod="planned",by="Ukraine Foreign Ministry",subject="Ukraine")
kp['nato']=C("kp","NATO said it still could not confirm that North Korean troops were fighting for Russia",kind=S,measure="North Korean troops in combat (status)",by="NATO")
kp['brief']=C("kp","a South Korean delegation would brief the North Atlantic Council early next week",kind=S,measure="South Korean briefing to NATO",mod="planned",by="NATO",subject="South Korea")
kp['200']=C("kp","roughly two hundred of them",measure="North Korean soldiers seen in Kursk",value=200,q="about",unit="soldiers",by="Kursk residents",place="Kursk")
# ---------------- CBS 2024-10-28
cb={}
cb['lead']=C("cbs","North Korea has sent around 10,000 soldiers to train in eastern Russia, the Pentagon said Monday",value=10000,q="about",by="US Department of Defense",ev="2024-10-28",place="Russia Far East",scope="total")
cb['triple']=C("cbs","more than triple the number U.S. officials had given",measure="change in US estimate",value=3,unit="times",q="at_least",by=None)
cb['moved']=C("cbs","some of them have already moved closer to Ukraine",kind=S,measure="North Korean troops moved toward front",by="US Department of Defense",ev="2024-10-28")
cb['quote']=C("cbs","\"We believe that North Korea has sent around 10,000 soldiers in total,\"",value=10000,q="about",by="US Department of Defense",ev="2024-10-28",place="Russia",scope="total")
cb['augment']=C("cbs","\"probably augment Russian forces near Ukraine over the next several weeks.\"",kind=S,measure=CT,mod="planned",by="US Department of Defense",ev="2024-10-28")
cb['kursk']=C("cbs","Some of those soldiers, she said, have already moved toward Kursk",kind=S,measure="North Korean troops in Kursk (presence)",by="US Department of Defense",ev="2024-10-28",place="Kursk")
cb['cobel']=C("cbs","she said that would be a decision for the Ukrainians",kind=S,measure="co-belligerent status",by="US Department of Defense",ev="2024-10-28")
cb['rutte']=C("cbs","Rutte said he could confirm that North Korean troops had been sent to Russia",kind=S,measure=DEP,by="Mark Rutte",ev="2024-10-28",place="Russia")
cb['ruttek']=C("cbs","military units had been deployed to the Kursk region",kind=S,measure="North Korean troops in Kursk (presence)",by="Mark Rutte",ev="2024-10-28",place="Kursk")
cb['rutteesc']=C("cbs","He called it a significant escalation",kind=S,measure="escalation warning",by="Mark Rutte",ev="2024-10-28")
cb['kirby']=C("cbs","at least 3,000 soldiers had arrived",value=3000,q="at_least",by="John Kirby",ev="2024-10-23",place="Russia",scope="total")
cb['nis']=C("cbs","put the figure at about 3,000 the same day",value=3000,q="about",by="South Korea NIS",ev="2024-10-23",place="Russia",scope="total")
cb['hur']=C("cbs","Its military intelligence has said about 12,000 are in Russia",value=12000,q="about",by="Ukraine HUR",place="Russia",scope="total")
cb['zel']=C("cbs","the first units could be used in combat within days",kind=S,measure=CT,mod="planned",by="Volodymyr Zelensky",ev="2024-10-28")
cb['noev']=C("cbs","the Pentagon said it had no evidence that had happened",kind=S,measure="North Korean troops in combat (status)",by="US Department of Defense",ev="2024-10-28")
cb['putin']=C("cbs","what Moscow does with Pyongyang is its own business",kind=S,measure="deployment as sovereign / treaty matter",by="Vladimir Putin",subject="Russia")
cb['yoon']=C("cbs","agreed to step up intelligence sharing",kind=S,measure="South Korea-NATO intelligence sharing",by="South Korea presidential office",subject="South Korea")
cb['weap']=C("cbs","Seoul has said it could consider supplying weapons to Ukraine",kind=S,measure="South Korea weapons for Ukraine",mod="conditional",by="South Korea government",subject="South Korea")
# ---------------- Nikkei 2024-10-29
nk={}
nk['lead']=C("nk","more than 10,000 North Korean soldiers have been sent to Russia",value=10000,q="at_least",by="South Korea NIS",ev="2024-10-29",place="Russia",scope="total")
nk['prev']=C("nk","the figure stood at about 3,000",value=3000,q="about",by="South Korea NIS",place="Russia",scope="total")
nk['front']=C("nk","Some of them, the NIS said, may already have been moved to the front.",kind=S,measure="North Korean troops moved toward front",by="South Korea NIS",ev="2024-10-29")
nk['noconf']=C("nk","it could not confirm they had",kind=S,measure="North Korean troops in combat (status)",by="South Korea NIS",ev="2024-10-29")
nk['proj']=C("nk","the deployment could reach 10,000",measure=PR,value=10000,mod="planned",by="South Korea NIS",ev="2024-10-23",place="Russia",scope="total")
nk['dec']=C("nk","by December",kind="date",measure="North Korean deployment projection deadline",value="2024-12",mod="planned",by="South Korea NIS",ev="2024-10-23")
nk['fb']=C("nk","Last week's figure of 1,500 for the first batch of special forces",measure=FB,value=1500,by="South Korea NIS",scope="first_batch",place="Russia")
nk['win']=C("nk","shipped between Oct. 8 and 13",kind="date",measure="first batch transfer window",low="2024-10-08",high="2024-10-13",by="South Korea NIS",scope="first_batch")
nk['lang']=C("nk","The soldiers are struggling with the language barrier",kind=S,measure="language barrier",by="South Korea NIS")
nk['terms']=C("nk","roughly 100 military terms",measure="Russian military terms taught",value=100,q="about",unit="terms",by="South Korea NIS")
nk['icbm']=C("nk","has probably finished preparations for its seventh nuclear test and for a new intercontinental ballistic missile launch",kind=S,measure="North Korea ICBM / nuclear test preparation",by="South Korea NIS")
nk['icbmd']=C("nk","the missile could come around the Nov. 5 U.S. presidential election",kind="date",measure="North Korea ICBM launch timing",value="2024-11-05",mod="planned",by="South Korea NIS")
nk['tech']=C("nk","Transferring technology from Moscow, it said, may be what the North wants in return",kind=S,measure="Russian technology transfer",by="South Korea NIS")
nk['lee']=C("nk","\"The troops are gradually being shifted,\" Lee said, relaying the agency's view, \"toward the front-line areas.\"",kind=S,measure="North Korean troops moved toward front",by="South Korea NIS")
nk['nato']=C("nk","NATO said it had confirmed units in Russia's Kursk region",kind=S,measure="North Korean troops in Kursk (presence)",by="Mark Rutte",ev="2024-10-28",place="Kursk")
nk['pent']=C("nk","the Pentagon put the total at around 10,000",value=10000,q="about",by="US Department of Defense",ev="2024-10-28",place="Russia",scope="total")
nk['japan']=C("nk","Tokyo, for its part, has said it is \"gravely concerned\"",kind=S,measure="Japan concern",by="Japan government",subject="Japan")
nk['hay']=C("nk","Japan was coordinating with the Group of Seven",kind=S,measure="Japan G7 coordination",by="Yoshimasa Hayashi",ev="2024-10-28",subject="Japan")
nk['team']=C("nk","South Korea could send a team to Ukraine to monitor North Korean tactics",kind=S,measure="South Korea monitoring team",mod="conditional",by="South Korea presidential office",ev="2024-10-29",subject="South Korea")
nk['weap']=C("nk","supplying defensive weapons was among the steps under review",kind=S,measure="South Korea weapons for Ukraine",mod="conditional",by="South Korea presidential office",ev="2024-10-29",subject="South Korea")
nk['nodec']=C("nk","No decision has been made, the official said.",kind=S,measure="South Korea decision status",by="South Korea presidential office",subject="South Korea")
# ---------------- Meduza 2024-11-01
md={}
md['choe']=C("md","Pyongyang would stand firmly by its Russian comrades until victory day",kind=S,measure="North Korea support pledge to Russia",by="Choe Son Hui",ev="2024-11-01")
md['choeno']=C("md","she did not say that any soldiers had been sent",kind=S,measure="North Korea confirmation of deployment",by="Choe Son Hui",ev="2024-11-01")
md['lavrov']=C("md","Lavrov, for his part, praised \"very close\" ties between the two militaries and special services",kind=S,measure="Russia-North Korea military ties",by="Sergey Lavrov",ev="2024-11-01",subject="Russia")
md['win']=C("md","Choe said the North believed Russia would win",kind=S,measure="North Korea support pledge to Russia (victory)",by="Choe Son Hui",ev="2024-11-01")
md['bl8000']=C("md","about 8,000 North Korean soldiers were now in the Kursk region",measure=KU,value=8000,q="about",by="Antony Blinken",ev="2024-10-31",place="Kursk")
md['blnot']=C("md","Washington had not yet seen them deployed in combat against Ukrainian forces",kind=S,measure="North Korean troops in combat (status)",by="Antony Blinken",ev="2024-10-31")
md['blexp']=C("md","\"We expect that in the coming days,\"",kind=S,measure=CT,mod="planned",by="Antony Blinken",ev="2024-10-31")
md['us10']=C("md","out of roughly 10,000 the US says were sent to Russia overall",value=10000,q="about",by="US Department of Defense",ev="2024-10-28",place="Russia",scope="total")
md['nis3']=C("md","which a week ago counted about 3,000",value=3000,q="about",by="South Korea NIS",place="Russia",scope="total")
md['nis10']=C("md","there were now more than 10,000",value=10000,q="at_least",by="South Korea NIS",ev="2024-10-29",place="Russia",scope="total")
md['pesk']=C("md","he pointed again to the treaty, which he said was being \"implemented,\"",kind=S,measure="deployment as sovereign / treaty matter",by="Dmitry Peskov",ev="2024-10-31",subject="Russia")
md['2w']=C("md","has spent two weeks not answering the question",measure="period without Kremlin answer",value=2,unit="weeks",by=None)
md['neb']=C("md","dismissed the reports at the Security Council as \"blatant lies.\"",kind=S,measure=DEP,by="Vasily Nebenzia")
md['86']=C("md","which flew for 86 minutes",measure="ICBM flight time",value=86,unit="minutes",by="Japan Ministry of Defense",ev="2024-10-31")
md['alt']=C("md","reached an altitude of more than 7,000 kilometres",measure="ICBM altitude",value=7000,q="at_least",unit="km",by="Japan Ministry of Defense",ev="2024-10-31")
md['final']=C("md","Pyongyang called it its \"final\" ICBM model",kind=S,measure="ICBM characterisation",by="North Korea government",ev="2024-10-31")
md['niswarn']=C("md","The NIS had warned two days earlier that a launch was likely.",kind=S,measure="North Korea ICBM / nuclear test preparation",by="South Korea NIS",ev="2024-10-29")
md['fold']=C("md","the North Korean units in the region are being folded into Russian marine and airborne brigades",kind=S,measure="integration into Russian units",by="Ukraine HUR",place="Kursk")
md['zelw']=C("md","Ukraine's partners were \"watching\" rather than acting",kind=S,measure="partner reaction",by="Volodymyr Zelensky",ev="2024-10-31")
md['few']=C("md","\"a few thousand\" at most were combat-ready",measure="North Korean troops combat-ready",value=None,low=2000,high=5000,q="vague",by="Russian Defence Ministry sources")
# ---------------- Diplomat 2024-11-05
dp={}
dp['3w']=C("dp","Three weeks of intelligence disclosures",measure="period covered",value=3,unit="weeks",by=None)
dp['brig']=C("dp","Pyongyang had decided to send four brigades",measure="North Korean brigades planned",value=4,unit="brigades",mod="planned",by="South Korea NIS",ev="2024-10-18")
dp['plan']=C("dp","roughly 12,000 troops",measure=PL,value=12000,q="about",mod="planned",scope="total",by="South Korea NIS",ev="2024-10-18")
dp['fb']=C("dp","a first contingent of about 1,500 special forces had been shipped",measure=FB,value=1500,q="about",scope="first_batch",by="South Korea NIS",ev="2024-10-18",place="Russia")
dp['win']=C("dp","from October 8 to 13",kind="date",measure="first batch transfer window",low="2024-10-08",high="2024-10-13",by="South Korea NIS",ev="2024-10-18",scope="first_batch")
dp['nis3']=C("dp","the NIS told lawmakers that about 3,000 were in Russia",value=3000,q="about",by="South Korea NIS",ev="2024-10-23",place="Russia",scope="total")
dp['proj']=C("dp","10,000 could be there",measure=PR,value=10000,mod="planned",by="South Korea NIS",ev="2024-10-23",place="Russia",scope="total")
dp['dec']=C("dp","by December",kind="date",measure="North Korean deployment projection deadline",value="2024-12",mod="planned",by="South Korea NIS",ev="2024-10-23")
dp['wh3']=C("dp","the same day said at least 3,000",value=3000,q="at_least",by="John Kirby",ev="2024-10-23",place="Russia",scope="total")
dp['hur']=C("dp","put the contingent at around 12,000",value=12000,q="about",by="Ukraine HUR",ev="2024-10-24",place="Russia",scope="total")
dp['off']=C("dp","with 500 officers among them",measure="North Korean officers in contingent",value=500,unit="officers",by="Ukraine HUR",ev="2024-10-24")
dp['pent']=C("dp","The Pentagon said on October 28 that some 10,000 had been sent",value=10000,q="about",by="US Department of Defense",ev="2024-10-28",place="Russia",scope="total")
dp['nis10']=C("dp","the NIS, on October 29, said more than 10,000",value=10000,q="at_least",by="South Korea NIS",ev="2024-10-29",place="Russia",scope="total")
dp['six']=C("dp","six days before",measure="interval between NIS estimates",value=6,unit="days",by=None)
dp['bl']=C("dp","Antony Blinken said 8,000 of them were in Kursk",measure=KU,value=8000,by="Antony Blinken",ev="2024-10-31",place="Kursk")
dp['ryder']=C("dp","between 11,000 and 12,000 North Korean troops were in Russia",value=None,low=11000,high=12000,q="range",by="US Department of Defense",ev="2024-11-04",place="Russia",scope="total")
dp['limited']=C("dp","a number of them had engaged in \"limited\" activity alongside Russian forces",kind=S,measure="North Korean troops in combat (status)",by="US Department of Defense",ev="2024-11-04")
dp['state']=C("dp","more than 10,000 had moved into Kursk",measure=KU,value=10000,q="at_least",by="US Department of State",ev="2024-11-04",place="Kursk")
dp['zel']=C("dp","said 11,000 were in the Kursk region",measure=KU,value=11000,by="Volodymyr Zelensky",ev="2024-11-04",place="Kursk")
dp['clash']=C("dp","the first clashes with North Korean units had taken place",kind=S,measure="North Korean troops in combat (status)",by="Rustem Umerov",ev="2024-11-05",place="Kursk")
dp['15000']=C("dp","up to 15,000",measure="North Korean troops expected (Ukraine defence ministry)",value=15000,q="up_to",mod="planned",scope="total",by="Rustem Umerov",ev="2024-11-05")
dp['each']=C("dp","about 3,000 each",measure="North Korean troops per unit expected",value=3000,q="about",mod="planned",by="Rustem Umerov",ev="2024-11-05")
dp['five']=C("dp","five units",measure="North Korean units expected",value=5,unit="units",mod="planned",by="Rustem Umerov",ev="2024-11-05")
dp['seoul']=C("dp","Seoul's defence ministry said it could not confirm any combat",kind=S,measure="North Korean troops in combat (status)",by="South Korea Ministry of National Defense")
dp['notadm']=C("dp","Pyongyang has still not admitted the deployment",kind=S,measure="North Korea confirmation of deployment",by=None)
dp['lawful']=C("dp","its vice foreign minister said only that such a move, if it happened, would be lawful",kind=S,measure="legality of deployment",mod="conditional",by="Kim Jong Gyu")
dp['treaty']=C("dp","Moscow has cited the treaty",kind=S,measure="deployment as sovereign / treaty matter",by="Kremlin",subject="Russia")
dp['three']=C("dp","the backing of three governments",measure="governments backing estimate",value=3,unit="governments",by=None)
dp['nisplan']=C("dp","the NIS's planned total of 12,000",measure=PL,value=12000,mod="planned",scope="total",by="South Korea NIS")
dp['yoon']=C("dp","South Korea will not rule out sending weapons to Ukraine",kind=S,measure="South Korea weapons for Ukraine",mod="conditional",by="Yoon Suk Yeol",subject="South Korea")
dp['def']=C("dp","nothing would go beyond defensive arms for now",kind=S,measure="South Korea weapons for Ukraine (limit)",by="South Korea government",subject="South Korea")
json.dump(dict(npr=npr,kp=kp,cb=cb,nk=nk,md=md,dp=dp),open("/dev/null","w"))
clusters=[]
def K(measure,ids,verdict,why,groups=None):
    k=dict(id=f"k{len(clusters)+1:02d}",measure=measure,claims=ids,verdict=verdict,why=why)
    if groups: k["groups"]=[dict(label=l,claims=c) for l,c in groups]
    clusters.append(k); return k["id"]
K(RU,[cb['kirby'],cb['nis'],nk['prev'],nk['lead'],nk['pent'],cb['lead'],cb['quote'],md['us10'],md['nis3'],md['nis10'],dp['nis3'],dp['wh3'],dp['pent'],dp['nis10'],dp['ryder']],"update_over_time",
  "Seoul and Washington revise together: ~3,000 (Oct 23) -> ~10,000 (Pentagon Oct 28) / >10,000 (NIS Oct 29) -> 11,000-12,000 (Pentagon Nov 4); restated baselines in later docs")
K(RU,[npr['k3000'],npr['nis3000'],kp['nis'],kp['us'],kp['12000'],cb['hur'],dp['hur'],npr['hurlow']],"discrepancy",
  "snapshot Oct 23-24: Seoul and Washington ~3,000 arrived vs Ukraine HUR ~12,000 already in Russia",
  [("3,000 (NIS, White House)",[npr['k3000'],npr['nis3000'],kp['nis'],kp['us']]),("about 12,000 / low five figures (HUR)",[kp['12000'],cb['hur'],dp['hur'],npr['hurlow']])])
K(FB,[nk['fb'],dp['fb']],"agreement","NIS first batch of 1,500 special forces")
K("first batch transfer window",[nk['win'],dp['win']],"agreement","first batch shipped Oct 8-13 (NIS)")
K(PL,[npr['plan'],dp['plan'],dp['nisplan']],"agreement","NIS Oct 18 planned total of about 12,000")
K("North Korean brigades planned",[npr['brig'],dp['brig']],"agreement","four brigades (NIS Oct 18)")
K(PR,[npr['proj'],nk['proj'],dp['proj']],"agreement","NIS Oct 23 projection: 10,000 by December")
K("North Korean deployment projection deadline",[npr['dec'],nk['dec'],dp['dec']],"agreement","projection deadline: December")
K("North Korean officers in contingent",[kp['off'],dp['off']],"agreement","HUR: about 500 officers")
K(KU,[md['bl8000'],dp['bl']],"agreement","Blinken Oct 31: about 8,000 in Kursk")
K(KU,[dp['state'],dp['zel']],"agreement","Nov 4 Kursk counts: State 'more than 10,000' and Zelensky 11,000 are compatible")
K(DEP,[npr['austin'],kp['already'],cb['rutte'],npr['peskov'],md['neb']],"discrepancy","deployment asserted (Austin, HUR, Rutte) vs dismissed (Peskov 'fake', Nebenzia 'lies')",
  [("asserted",[npr['austin'],kp['already'],cb['rutte']]),("dismissed",[npr['peskov'],md['neb']])])
K("North Korean troops in Kursk (presence)",[kp['arr'],cb['kursk'],cb['ruttek'],nk['nato']],"agreement","North Korean units already in Kursk (HUR date, Pentagon, Rutte)")
K("North Korean troops moved toward front",[cb['moved'],nk['front'],nk['lee']],"agreement","some troops moved toward the front (Pentagon, NIS)")
K("North Korean troops in combat (status)",[npr['unknown'],kp['nato'],cb['noev'],nk['noconf'],md['blnot']],"agreement","Oct 23-31: no confirmed combat yet (US, NATO, NIS)")
K("North Korean troops in combat (status), Nov 4-5",[dp['limited'],dp['clash'],dp['seoul']],"discrepancy","Nov 4-5: limited activity / first clashes (Pentagon, Umerov) vs Seoul cannot confirm combat",
  [("engaged",[dp['limited'],dp['clash']]),("not confirmed",[dp['seoul']])])
K(CT,[kp['zelsoon'],kp['zeldate'],cb['zel'],md['blexp'],cb['augment'],npr['weeks']],"discrepancy","combat entry within days (Zelensky Oct 27-28, Blinken) vs over several weeks (Pentagon, US official)",
  [("days",[kp['zelsoon'],kp['zeldate'],cb['zel'],md['blexp']]),("weeks",[cb['augment'],npr['weeks']])])
K("legality of deployment",[kp['kjg'],dp['lawful']],"agreement","Kim Jong Gyu: lawful if it happened")
K("North Korea confirmation of deployment",[kp['kjgno'],md['choeno'],dp['notadm']],"agreement","Pyongyang does not confirm sending troops")
K("deployment as sovereign / treaty matter",[kp['kjgtreaty'],kp['pesk'],cb['putin'],md['pesk'],dp['treaty']],"agreement","Moscow/Pyongyang: a bilateral / treaty matter")
K("escalation warning",[npr['serious'],kp['sybiha'],cb['rutteesc']],"agreement","deployment (if to combat) is a serious escalation")
K("North Korea ICBM / nuclear test preparation",[nk['icbm'],md['niswarn']],"agreement","NIS: ICBM launch prepared / likely")
K("South Korea weapons for Ukraine",[cb['weap'],nk['weap'],dp['yoon']],"agreement","Seoul could supply weapons to Ukraine, not ruled out")
pairs=[(nk['fb'],nk['lead'],"first batch vs current total, same document"),
(npr['nis3000'],npr['plan'],"arrived so far vs planned total, same paragraph"),
(npr['proj'],cb['quote'],"same value 10,000: December projection vs Pentagon's sent count"),
(md['bl8000'],md['us10'],"Kursk vs all of Russia, same paragraph"),
(dp['zel'],dp['ryder'],"11,000 in Kursk vs 11,000-12,000 in Russia"),
(kp['12000'],dp['plan'],"12,000: HUR's force in Russia vs NIS planned total"),
(kp['off'],kp['12000'],"officers (part) vs whole contingent"),
(dp['proj'],dp['pent'],"10,000 projection vs 10,000 sent"),
(dp['state'],dp['nis10'],"more than 10,000 in Kursk vs more than 10,000 in Russia"),
(nk['proj'],nk['pent'],"projection 'could reach 10,000' vs Pentagon 'around 10,000' sent"),
]
gold=dict(documents=[dict(doc=v[0],outlet=v[1],published=v[2]) for v in D.values()],claims=claims,clusters=clusters,
  confusable_pairs=[dict(claims=[a,b],why=w) for a,b,w in pairs])
json.dump(gold,open(__import__("pathlib").Path(__file__).resolve().parent/"gold.json","w"),indent=1,ensure_ascii=False)
