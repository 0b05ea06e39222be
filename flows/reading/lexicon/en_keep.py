"""Real English words near a lexicon word: never corrected (tools/keep_words.py)."""

KEEP = frozenset(
    """
    aa aaas aaass aam aas aass abave abby abd abel abele abide abjected abjecting abled ablen
    abler ablet ablowed abnerval abnormald abode abort abound aboutd aboutsed aboved abradant
    abraid abraxasd abraxased abraxaser abraxases abraxass abscessd abscises absciss abscissa
    abscissd abscisse abscisss absolute absoluted absoluteed absoluteer absolutees absolutelyd
    absolutes absolutory accidence accidences accidency accidencys accidentals accidentd
    accidenteds accidentes accidentlys accipient accipients accolent accolents acees aceing
    aceroused acetaminophend achaging acharing achating ached achees acheing achen achening
    achens acher achering achers acheting achies achiming achingd achoring achreing achyd achyes
    achying achys acing ackacked acles acling acme acmes acmesthesia acming acnes acning
    acorused acre acres acring acrodused acrossed act acter actes acthes acthing actine acting
    activate actived activize acuaesthesia acuesthesia add adead adenocarcinomad adfected
    adfectedd adfecteds adjected adjecting adrectal adrenald adrowsed adultd adust advild
    adviles advisals ady adys adytaing aegina aeolused aer aerobused aerogund aesthesia
    aesthesiad aesthesias aesthesis aesthetic aestheticd aestheticed aesthetics affair affaird
    affaired affairer affaires affaited affaites affaiting affeared affearing affect affectated
    affectating affectd affectedd affecteding affecter affecterd affectered affectering
    affecters affectes affectingd affection affectiond affections affective affectived
    affectiving affeered affeering affeired affeires affeiring affeirs affiched affiching
    affirmation affirmatived afflicted afflicting afflicts afformative afformatived afformatives
    affraied affraies affreted affreting affretted affretting affricative affright afler aflowed
    aflowerd afraidd afrasiad afreeted afreeting afreting afretted afretting afted afterbands
    aftercares afterd aftergood afterguards afterhands afterharms aftermarks afternoond
    afternose afternote afteroard afteroares afteroars afterparts afterswarms afterwales
    afterwar afterward afterwardd afterwarded afterwarder afterwardes afterwardsd afterwardss
    afterwared afterwarer afterwares afterwars afterwashs afterworks afterworlds aftes aftwards
    agaes againd againg agasting ageds ageees agees agens agent agers agies aglowed agnes agnus
    agoes agond agone agons agonyd agres agrin aground agroundd agrounds agues agyes ahaed ahd
    aheadd aheap aheapd ahemd ahetd aheyd ahing ahint ahs ahter ahunt aintd ainus airbound
    airtight aitching aiter aks alain alard alarmd alars alarum alary albe albright albrightd
    albrights aldays alead aleas alfeting alfetted alfetting algaesthesia algesics algoused
    alice alife alight alike alima aline aliother aliso alite alived allays allboned allected
    allecting allesthesia allnight allodded alloded alloied allonged allooed allosed alloseed
    alloted alloteed allotted allouted alloverd allowd allower allowerd allowered allowers
    allowes alloyed allright allrightd allrights allround allthing almighty almose almostd
    almoused alnus aloid alos alowed alreadyd alrightd alrighty alsod alter althod althoughd
    alway alwayd alwayes alwaysd alwayss aly amain amarthritis amble ambulanced ambulancer
    ambulant ambulantd ambulanted ambulanter ambulantes ambulants ambulate ament amide amimided
    amimides amoroused amotused amove amt amter amy amyoused anaesthesiad anaesthesis
    anaesthesisd anaesthesised anaesthesiser anaesthesises anaesthesiss anaesthesissed
    anaestheticced anaestheticd anaestheticed anaesthetize anaesthetized anaesthetizedd
    anaesthetizeds anaesthetizeed anaesthetizer anaesthetizerd anaesthetizes anald anales
    analgesia analgesiad analgesiaes analgesias analgesic analgesicd analgesiced analgesicer
    analgesices analgesis analgesisd analgesises analgesiss analgesist analgesists analgetic
    analgeticd analgetices analgetics analgics anaphing anatting anchaing ancients ancle ancles
    ancone anda andd andrenad andrenas androused aneather aneathing anele aneles anent
    anesthesiad anesthesis anesthesisd anesthesised anesthesiss anestheticced anestheticd
    anestheticed anesthetist anesthetistd anesthetisted anesthetize anesthetizedd anesthetizeed
    anesthetizeer anesthetizees anesthetizer anesthetizerd anesthetizered anesthetizers
    anesthetizes anetting angelina anginad anginal anginous angle angles angus anighing anile
    aniles anitaing anither anitherd anithers anitoing ankee ankees ankhes ankled ankledes
    ankleds anklees anklet ankletes anklets ankletsd ankletss ankolies ankus ann anna annal annd
    ano anointment anole anoles anormal anormald anormals anorthed anorther anorthes anorthing
    anotherd anotiaer anottaer anottoer anotused anotuser anous anoused anoussed ansu ansus
    antal antalgesic antalgesicd antalgesices antalgesics antenoon anter anther antiaesthetic
    antibodyd antic anticlea anticous antid antigodd antigods antihormoned antilogy antimony
    antinode antinomy antinous antipode antithetic antritis antus anuroused anusd anuss anvil
    anvils anxiousd anxiouss anyoned anyoning anythingd anywayd anywhy anywhying apaching apara
    apard apars apartd apert apesthesia apesthesiad apesthesias apesthetic apestheticd
    apestheticed apesthetics apesthetize apesthetized apesthetizeed apesthetizes aport apout
    appointmentd appreciabled appreciantd apprecianted apprecianter appreciantes appreciate
    appreciateed appreciateer appreciatees appreciates appreciativ appreciativd appreciatived
    appreciator appreciatord appreciatored appredicated apter apyroused araes arain arake
    aramused arbas arcas archaing archcritic arche archeing arches archiing arching archingd
    archings architis archking archy archying arcossed ardea ardeas ardent ardoised ards
    arduoused aread areads areaes areal areals arean areans arear arears areca arecas areds
    arees arena arenas arend areng arentd ares arest arets arews argas argent argossed argused
    argussed arias aright arise ariused ariussed arjund armataes armoured arnas arnotter
    aroasted aroid aromaing aromatic aromatite aromatize aroond arorased arorasing arose arosed
    aroundd arousald arouse arousedd arouseed arouseer arousees arouser arouserd arousered
    arousers arouses arpent arracked arras arrected arrecting arrent arrhenal arsed arseholed
    arsle arter arteritis arteritisd arteritiss arthriticd arthritisd arthritism arthritiss
    arthrodic arthrosis articled artiller arvicole aryas arzund asead aseas ashes ashing
    ashiring asided asideu asleepd asmacked asmalted asouther aspected aspecting aspering
    aspicing aspirant aspireing aspirind aspiring assailed assailled assarted assaultd
    assaultedd assaulter assaulterd assaultered assaulters assaultes assaultived assaults
    assauted assauter assautes assautted assautter assident assidents asss astalked asteep aster
    asthmad astiring asway asways asystole atake athing athrough atinkles atony atrickle
    atroused atrouser atrouses atroussed attaccad attaccaed attaccod attaccoed attach attached
    attachedd attacheds attacheed attacher attacherd attaches attackd attackedd attacker
    attackerd attackered attackers attackes attacusd attacused attained attalled attameed
    attarred attask attasked attasker attaskes attasted atter atticced attracted auchting auges
    auhes auhing aumoused auntd auntied auntlied auntlies auntlike auntre aunty aureoused
    aureused auroused aurouser aurouses auroussed ausculted avanting avaroused avasting avoed
    avoidd avowd awaer awaked awaken awane award awared awarn awasting awave awayd aways awfud
    awfuld awfus awide awmoused awoke aws axhead axoid ayoused ayoussed ays azide azimided
    azimides azoching azother azothing azter azuroused baad baainged baals babby babyd bachs
    backbite backd backfire backiing backless backletd backlets backlings backroom backsided
    backsing backslide backslided backslider backslides baculing badd badder badged baeed baeing
    baged bagged baggyd baht bahts baileing bailiing bailing bailling bails baind baing bairning
    baith baiths baits bakal bakeding bakinged balaiced balaicer balaices balanced balancer
    balander balanicd balaniced balanicer balanices balanics balanite balanned balanner balante
    balanted balantes balas balds bale baled baleed baleening bales balis balkeding balks
    balladder balld balleding balles balli ballis ballroom ballsd bally ballys balmd balms balmy
    baloched balood balow balts balus bamother banaed banagoed banal banced bandaged banded
    bandoged baned baneed baner banes bangad bangaed bangd bange bangeed banger bangerd bangered
    banges banghied banghyed bangiaed bangled bangledd bangleds bangleed bangued bangueed
    banguied banied baniged banigged banked bankside banksided banksides banned banted bantery
    banteryd banterys baradder barelyd barfly barged bariling baringed barkling barley barlocked
    barnd barning barnying baronged baroning barotoer barrenly bartery barteryd barterys barth
    barths basald basale basalt basan baseding basely bashs basial basil basiling basoides
    bastides bat batadder batch batchs bateding bates bathd bathe bather bathes bathless bathos
    bathrobe bathroomd bathroot bathrootd bathroots batinged batis batss batsterd batsters
    batter batterd battered batterer batteres batters batteryd battle battlerd battlers batts
    batzs bauchled bauchles bauchling bauckied bauckies bauckiing bauls baund baunning baureing
    bawls bayadder bayal bayeding bcing beaching beachless beadder beadeder beaing bealls beand
    beant bearance bearning beast beata beataing beatd beated beatee beateing beatend beater
    beates beath beathing beaths beatster beatter beatting beaut beautter bebanged bebat
    bebathing bebatter bebeding bebleeding bebrother bebunged becaused beckiing becks beckying
    becladder becost becut becutter bedadder bedboard bedd beden bedgownd bedground bedin bedind
    beding bedotter bedouind bedrides bedrownd bedsided bedsidees bedsides bedsites bedtimed
    bedunged bee beed beeed beeing beelding beend beeter beething beetter befetter befiling
    befire befitter befored befriend begadder begat begatter begetter begildes begind beging
    begirdes begladder beglides begore begos begotter beguin begun begutter behen behend behindd
    behint behintd behinted behnd behunged beides beilding beingd beking beladyer belarder
    belaudder belauder beld beled beleed beleeing beletter belicked beliefed beliefer beliefes
    beliered belierer belieres believed believer beling belitter belive beliveed beliveer
    belivees belleding bellow bells belock belocked belocker belockes beloides belone belongd
    beloning beloving belowd belowing belowt belsires beltd belteding belter bemadder bemat
    bematter bemocked bemoiling benad benda bendd bendy bene beneathing bened bener benes
    benetter bengd benged benid benignd benin benind bening benjd bennd benod benos bentd benter
    benud bepaides bepat bepatter bepen bepiling beprides berain berat berateing berating
    beratter beratting berceuse beretter beridees berides bering berither berithing bernd
    berneing berniing berning bersiles bertater berter berth berthing besailes besetter beshades
    beshined beshines beshodes beside besided besideed besideer besidees besidesd besidess
    besieges besighes besin besind besines besing besinges besirens besites besitter besleeve
    beslimes beslow besmiles besoiles besoiling besotter bespedes bespices bespines bespites
    bessiees bestades bestedes bester bestires bestocks bestrides bestudes besuites beswikes
    beswimes beta betaer beteer beter bether bethinkd bethroot beths betidees betides betime
    beting betoiling betowels betrother bettaer betted betteder betterd betterly bettor bettorer
    bettyer betweend betwiter betwixen beurring beviling bewetter bewitter bewreath bewreathing
    bey beying bezziing bezzling bezzoing bgirling bhanged bhangied bhiliing bhiling bhilling
    bhungied bible bidetter bielding bielides biend bifanged bifoiling bigg biing biked biking
    bikinid bilander bilcocked biled bileed bilge bilind biling billeding bills bimini biner
    bines binged bints biologic biologicald biologicd biologiced biologicer biologices biologied
    biologies biologism biologisms biologist biologists biologize biologizes biologyes biologys
    biolytics bioner biones bionomical bionomics bioss bipeding birch birle birning birnying
    bironing birtd birthd birthe birthy birts bites bitis bitos bitstock bitstocks bitt bitter
    bitterly bittock bittockd bittockes bittocks bitts bittss bizetter bizzing bjorning bking
    black blacked blackend blackens blackerd blackeres blackers blackeyd blackeys blackied
    blacksed blackyed bladded bladderd bladdery bladding bladedder bladeded bladeder bladedes
    bladeding bladeer bladeing blader bladerer bladyer blaed blaeed blain blaind blamedder
    blameder blameding bland blandaer blander blanding blathery blatterd blatters bleaching
    blead bleaed bleaking bleareding blearing bleat bleating bleatter bleatting bleatying
    blebbeding blebbing blebd blebed bleck blecked blecking bledd bledder bledding bleded
    bleding bleedd bleedder bleedding bleedering bleedingd bleeed bleeing bleep bleepd bleeping
    bleepingd bleepings bleepping bleerying blees bleezeing bleezing bleezying bleing blekd
    bleked blekking blend blendeding blendeing blending blendingd blendings blenking blenting
    bleod bleoed blesseding blessing blesting blet bletd bleted bletter bletting blewd blewed
    bleyming blick blicked blickeyd blickeys blindd blinde blinding blined blini blinid blink
    blinkd blinkers blins bliny blinyd blipd blizzing bloaters blobbers blobd blobs blocaged
    blocced blocd bloced blockade blockaded blockaders blockaged blockd blockedd blocker
    blockerd blockered blockerer blockeres blockes blockhead blockied blockies blocky blockyd
    blockyed blockyer blockyes blocs bloed bloke bloked bloncket bloncketd blonckets blond
    blonding blonketd blonkets bloodd bloodder blooding bloody bloom bloomd bloomers bloop
    bloopd bloopers bloother blotched blotcher blotd blotters blowd blowther bluchers blued
    blueed blueeying bluer bluering bluesides bluesing bluet blueting bluetter bluewing bluey
    blueying bluinged blunged blungeed blungerd blunkers blurbing blurring blurting bming boaer
    boaes bobbling bober bobes bobo bobos bocaling boces bocher bocked boder bodes bodicing
    bodilying bodleing bodling bodocked boess boger boges boggling boggy bogieing bogleing
    bogling boiaring boidaing boidding boiding boies boiiing boikoing boileding boilering
    boilingd boilling boilying boing boising boiss boissing boisting bojiting bokes boled
    boledder boledding boleding boleed boles boliding boling bolising bolleding bolling bollingd
    bollings bollocked bolls bollying bolnd bolner bolnes bolod bolthole bombs bomer bomes
    bonanged bonce bonces bonder bondes bonds boned boneding boneds boneer bonees bonerd boney
    boneys bonged bonger bonges bongs bonier bonies bonis bonker bonkes bonks bonne bonneer
    bonnees bonner bonnes bonny bonus bonyd bonyer bonyes bonys bonze bonzer bonzes boobd boobes
    booby boobys boodling boods booer booes boofs bookd bookling books booky booling boolling
    bools boolying booms boond boone booneer boonees booner boones boonk boonner boons boors
    boot booth boother bootherd boothers boothyer boots boper bopes boraling boran borand
    boraning boreding borel boreling borels borer bores borher boricing boriding borining
    borising borizing bornd borne borneing borner bornes borning borningd bornings boron
    boroning boryling bosas boscs boser boses bosher boshs bosks bosnd bosner bosnes bosns bossd
    bossy bosund botaer botch botcher botcherd botchers botchery botchyer boteer boter botes
    bothd bothed botherd bothes bothieer boths bothy bothyer botser botss bott botter bottled
    bottler bottling bottomd boudd boukd bould bouleing bouling boulling boulting boundd bouned
    bouner bounes bounning bouns bourd bourding bourging bouriing bourn bournd bourneing
    bourning bourring boursing boutd bouwd boviding bovining bovriling bowbells bowed boweding
    boweds boweld boweleds boweles boweling bowelsd bowelss bower bowers bowes bowess bowet
    bowets bowetter bowieing bowla bowlaing bowld bowles bowling bowlingd bowlings bowls
    bowlsing bowly bowlying bowne bownes bowtel bowteles bowtels boxeding boxer boxes boyanged
    boyer boyes boylaing boyne boynes bozaling bozzeing bozzing brabd braching brack brackers
    bradd bradder braed braesides bragd braid braidder brail brailing braind braing brainged
    brainy brait brake bramd bramin brandd brandi brandy braned brangled brank brankd brans
    brant brantd brashing brast bratd bratling bratting brawd brawn brawnd brayd breach breached
    breacher breaches breaching breachying breadder breadding breading breadless breadth
    breadthd breadthed breadthen breadther breadthes breadthing breadthless breadthlessd
    breadthlesss breadths breaghe breaghed breagheing breaghes breaghing breaking breakking
    breakless breaming breamming breastd breastiing breasting breastless breathd breathed
    breatheding breatheing breather breathering breathied breathies breathiness breathingd
    breathlessd breathy breathyed breathyer breathyes breathying bredding bredeing breeching
    breechless breed breedding breedeing breeding breedingd breedings breedying breeking
    breezing breing brend brenting brest bresteing bresting breth brether brething bretter
    bretting brewst brian briand brickled brickles brickling bride bridged bridger bridget
    bridgey bridle bridling brigge brike brilling brind bring brisling brith brither britherd
    brithers brithing brits brizzing broacher broaching broadder brobs brocheer brocher brochoer
    brock brocked brockedd brockeds brocketd brockets brockled brockles brockling broiding
    broiling broilingd broilings broilling broked brokeing brokend broker brolling brome brond
    broocher brood brook brooke brooling brose brotaner broteler broter broth brothed brothel
    brotheld brotheler brothelry brothels brotherd brothes brothied brothies brothing brothyed
    brothyer brothyes brotter brougher bruanged bruckeled bruckle bruckled bruckledd bruckleds
    bruckleed brucklees bruckleing bruckles bruckling bruin bruining bruke brun brund bruning
    brunning brunoing brunting bruzzing bryand bryological bualling buazeing buazing bubaling
    bubbling bubukled bubukles bubukling bucaring buccaing buccaled buccales buccaling buccoing
    buchloed buchloes buchloing buchuing buckd bucked buckeded buckedes buckeding buckeend
    buckeens buckered buckeres buckering buckes bucketed bucketes bucketing buckeyed buckeyes
    buckeying buckie buckied buckieed buckiees buckieing buckies buckiing bucking buckingd
    buckings buckledd buckleding buckleed bucklees buckleing buckler bucklerd bucklered
    buckleres bucklering bucklers buckleyad buckleyas bucklingd bucklumd bucklumed bucklumes
    buckluming bucklums bucko buckoed buckoes buckoing buckraed buckraes buckraing bucks bucky
    buckyed buckyes buckying bucraning buddling budged budtime budtimed budtimes buffling
    buganing buged bugged buggy bugreing building builting buing bulbeding bulged bulkeding
    bulkying bulleding bullocked bullockers bullocks bulls bumbling bummocks bumpd bumpy bunaed
    buncaled buncales buncaling bunced bunded bundling buned buner bunes bungad bungaed bungd
    bungee bungeed bungeeed bungeied bunger bunges bungey bungeyd bungeyed bungfued bunghole
    bungied bungled bungledd bungleds bungleed bunglerd bungling bungod bungoed bungyd bungyed
    buning bunked bunkiing bunkoing bunned bunning bunnying bunsed bunted buran burand buraning
    buranning buraoing burbling burded burdend burdening burder burdes burdiing burding burdocks
    burdon burdoning bureing bureling bureting buretter burged burgeing burghing burging
    burgling burhing burianing buriing burin buring burining burinning burioning burkaing
    burkeing burking burling burlying burmaning burnd burneding burnering burneting burnieing
    burniing burningd burnt burnting burnuping burnuting burny burnying buroing burping burpingd
    burpings burring burringd burrings burrocks burroing burrying bursaing burseing bursing
    bursting burting burtoning buruting burying buryingd buryings busiedes busining buskle
    buskled buskleed busklees buskleing buskles buskling buskying bussocks bustling butaning
    butening butining buttd butte butter buttery butteryd butterys butthorn buttle buttling
    buttockd buttockeds buttockers buttockes buttocksd buttones buttonhole buttonss buttonys
    buttstock buttstocks butty butyling butyning buxining buyinged buzaning buzing buzzering
    buzzingd buzzleing buzzling buzzying bwing byee byeed byeing byend byending byepathing bying
    bylander byoner byones bypathing byrniing byroning byther byths byturning caamaing caamming
    caased caballed caban cabaning cabbying cabda cabering cabes cabind cabing cabio cabled
    cableter cabooked cabooking cabreing cacaning cacheing caches cacheted cacheter cachetes
    cachetter caching cactiing cactused cacuring caddying cadelled cadering cades cadgying
    cading cadmused cadre cadreing cadres cadring cadua cadused cadussed caecaing caecalled
    caecumd caelum caelused caer cafes caffring cafing cagering cages cageying caggying caging
    cahill cahilled cahilles cahills cahoting cahowing caies caimaning caing cairaing cairding
    cairning cairnying cairo cairoing cajaning cakering cakes cakeying caking calalued calashed
    calced calces calculed calcules caleaning caleanning caleches caleching caled cales calfd
    calfed calfes caliches caliching calicled calied calies calif calin caling calivers calked
    calkes calla callad callaed callated calld calle calleed caller callerd callered calles
    callet calletd calleted calleter calli callid callided callied callo callod calloed callosed
    calloted callowed callused calmed calmes calmlied calmlyed calmying calooled caloring
    calottes calped calpes calps calusaed calve calved calvedes calveds calvees calver calveres
    calvers calvesd calvess calvines calxed calxes calycled calycles camaning camashed cambleted
    camed camel camelled cameo camer caming camleted camleter camoused campaing campe campeing
    camping campingd campings campleed campling campoing camps campused camused camusedd
    camuseds camussed canacees canaer canailled canalled canarying cancaner cancelabled canceld
    canceled canceleer canceleerd cancelerd cancelered cancelers cancelier cancelierd
    cancellated canceller cancellid cancellied cancellier cancellies cancellis cancellous
    cancellus cancellusd cancellused cancerd cancered cancereds canceres cancerism cancerousd
    cancerouss cancerred canch cancher canches canchier canchies canchiing canching cancrier
    candelaed cander canderos candeross candiers candlers candying caneer canel canellad
    canellaed canelled caneller caneloed caner canering caners canes canfuled canfules canfulled
    canglers canilled caning canjacer canker cankeres cankerous cankerousd cankerouss cankers
    cankerys cannel canneled canneleed cannelled canneller canner canneres canners cannerys
    cannet canneter cannon cannotd cannying canorous canroying cantd cantel canteled cantelled
    canteller canter canteres cantering canters canticer cantleter canto cantoris cantorous
    cantused canty cantying canucker canyer capables capaping capax capelled capelles capering
    capes capfuled capfuler capfules caphs caping capitules capled capoc capoches capoching
    capon capot cappiing capping cappingd cappings cappling cappying capraing capriing capryles
    capryling capsa capsides capsizes capsulad capsulae capsulaed capsulaees capsulaer capsulaes
    capsular capsulares capsulars capsulas capsulates capsule capsuled capsuleed capsuleer
    capsulees capsuler capsulerd capsuleres capsulers captainly captures capuches capuching
    capulets caputting caracing caraes carafing caraing caraning carapaing carapoing cararaing
    caras caratches caratching carating carbod carbogelatin carboing carbolating carbon carboy
    carboying carbro carbroing carbyling carcel carceled carcelled carceller carcinemia carcinod
    carcinoed carcinoer carcinoes carcinoid carcinomad carcinos cardelled cardes cardia cardiacd
    cardiad cardiaed cardiaer cardiaes cardial cardiald cardials cardiant cardias cardigan
    cardinal carding cardingd cardings carditic cardo cardoing cards cared carees careing
    carening carer carering carerring carers caress caresss carest caret careting carets carex
    carexing carexs carfes carfing carfs carfules cargaing cargo cargoing caribing cariding
    caries carina caririing cariyoing carkes carking carkingd carkings carks carled carles
    carleter carliing carling carlingd carlings carlo carloing carls carlsing carmelled
    carnarying carneying carnicer caroaing carob carobing caroches caroching caroes caroing
    caroling carolled caroming caroning caroomed carooned caros caroused carp carpelled carpes
    carpeter carping carpingd carpings carps carpused carr carrd carreling carrelled carres
    carrieing carriing carring carroling carroming carroting carrotying carrowing carrs carryd
    carryingd carryk carryking carse carsed carseing carses carsing carte carteing cartelled
    cartering cartes carting cartisane carts carty cartying caruaing caruming carus carused
    carusing carussed carussing carve carveing carvelled carves carving carvingd carvings
    carvyling caryaing caryes carying caryling carys casalled cascoing cascolled cased caselled
    casering cases caseying cashed casheder casheler cashelled cashewer casing casketer casse
    cassed castering castleter casts casuales casulaes casused casussed cataning catcalled
    catchd catched catcher catcherd catcherer catcheres catchering catchers catchied catchies
    catchingd catchupes catchuping catchups catchy catchyed catchyer catchyes catchying catchys
    catechin catechind catechins catechues catechuing catechus cateling catelled catering
    caterying cates catesing cateying catguter cathaing cathayer catheader cathected cathecter
    cathectes catheterd cathetid cathetied cathetier catheties cathetis cathetus cathetuser
    cathiner cathoper cathroer cathying cating catopter catsoing catsupes catterying cattiing
    catting cattingd cattings cattling cattying cauch cauches cauching cauchoes cauchoing
    caucused caudad caudae caudal caufed caughtd cauked cauld cauled caulesed caulised caulled
    cauma caumed cauncher caunches caunching caunosed caunused cauped caupping caups caurused
    causaled causales causated causeed causeied causeing causer causerd causered causey causeyd
    causeyed causse caussed causseed caussing causused caususes cautelled cautering cavalled
    cavelled caves cavilled cavin caving cavused cavussed cawes cawing cawkying cayes caying
    cayuse cayused cayuseed cbc cbs cdred cdres cdring cdroming cecalled cecumd cedaring
    cedrying ceild ceils celes celiitis cella cellas celld celled celles cello cellos cellulates
    cellulines cellulins cellulite cellulited cellulitees cellulites celluliting cellulitisd
    celts censused ceping ceraling ceralled ceralling cerassed cerataing ceratine cerating
    ceration cerealin cered ceres ceriaing cering cerooned certaind certainlyd certainty
    certaintyd certaintys certiing certying ceruseing cerusing cervicald cervid cervidae
    cervinae cervisial cervixd cesaring cests cetaning cetrarin chack chacked chackerd
    chackering chacking chackled chacteing chafering chaffering chafinged chafinges chafteding
    chaggaed chaggaes chainage chainaged chainages chainering chainned chainsed chainses
    chairering chairing chakaing chald chaldering chaldron chalkering chalking challed challied
    challing chalmering chamaing chambering chamecked chamfering chamming chamos champ champaing
    champeing champering champing champs champying chanared chanares chancaed chancaer chancaes
    chance chanced chanceed chanceer chancees chancel chanceld chanceled chancelled chanceller
    chancels chancer chancerd chanceres chancering chancers chancery chancerys chances chanched
    chanches chanching chancied chancies chancoed chancoer chancoes chancred chancres chancrous
    chancyed chancyer chancyes chandelled chandied chandies chandued chandues chane chaned
    chaneed chanees chanes chang changa changad changaed changaer changaes changand changaned
    changanes changans changard changared changares changars changas changd changeed changees
    changer changerd changered changeres changering changers changeupd changeups changos
    changosd changosed changoses changoss changs chanked chankes chanking channeld channelled
    channels channerd channering channers chansted chanstes chant chanted chanterd chantering
    chanterring chanters chantes chanteyd chanteying chanteys chantoring chaosing chapeing
    chapitering chapleted chappering chappiing chappind chapping chappingd chappings chappins
    chappying chaps chapsing chaptering chapterring chapting charaing charding chare chareing
    charering chares charge charged chargeed chargees chargerd chargering chargers charges
    charging chariering charing charking charmering charming charreing charring charry charrying
    charteing chartering charterring charting charying chasering chasinged chasinges chast
    chasteing chastening chattaing chatteling chattelling chatterbag chatterering chatteried
    chatteries chatteringd chattermag chatterring chatterying chattiing chatting chattying
    chauking chaunaed chaunaes chaunned chaunted chaunter chauntering chauntes chaused chaussed
    chauteing chawering chawking chawl chawling cheaping cheapping chear chearing chears cheat
    cheatering cheaters cheating chechend checkaged checkd checkedd checker checkerd checkered
    checkers checkersd checkes checkied checkies checkind checkined checking checkupd checkuped
    checky checkyd checkyed checkyer checkyes chederes cheders cheees cheek cheekd cheeked
    cheekedd cheekeds cheekerd cheekers cheekes cheekied cheekies cheeking cheekish cheekked
    cheeky cheekyed cheekyes cheekys cheepers cheeps cheer cheerd cheereds cheerers cheeres
    cheeries cheerios cheerlys cheery cheeryes cheerys chees cheesers cheet cheetering cheeters
    cheets cheirs chekaing chekaning cheked chekeing chekes chekiing cheking chemis
    chemotherapied chemotherapist chemotherapistes chemotherapists chemotherapyd chemotherapyed
    chemotherapyer chemotherapyes chenaing chenged chenges chenning chequers cherrying chert
    chesd chese chess chessers chestd chestering chesters chesty chets chetting cheweres chewers
    chiad chianing chianned chiaused chicd chiching chick chicked chickend chickerd chickhood
    chickied chicking chickyed chico chidd chied chield chihd childbed childbirthd childd childe
    childeed childeer childees childhoodd childly childlyd childlys childrend chile chileaning
    chiled chiles chili chilid chilis chilitis chilla chillaes chillas chilld chilleds chillers
    chilles chilli chillies chillily chillis chillish chillo chilloes chillos chillums chillyd
    chillyes chillys chils chiltern chimaning chimping chind chinged chinges chinking chino
    chioting chipd chipleted chipping chirk chirking chirm chirod chiron chiropractic
    chiropractord chirp chirr chiselly chitd chittering chitterling chitterring chitting
    chloeing chloring choaking choakking choanaed choanaes choating chobbing chobing chocaing
    choccing chocing chock chocked chockerd chocking chocoing chodeing choding choeling choesing
    chogaing chogaking choiaking choicing choild choiling choing choiring chokaging chokeing
    chokering chokeying chokingd chokraing chokying cholaing cholanic chold cholding choleine
    choliing choling cholinic chollaes cholling choloing chomp chomping choop chooping choosing
    chopa chopaing chopd choping chopping chopsing choraing chording choreing choring chorooked
    chorting choseing chosing chotting chouing choukaing chouling choup chouping chousing
    chouting choutter choutting chowing chowking chowtering choyaing chroming chromotherapies
    chromotherapy chuck chucked chuckerd chuckied chucking chuckled chuckyed chueting chuetting
    chumping chungaed chungaes chunking chunter chunterd chuntering chunters chuse chused
    chuseing chuteing chutering chutting chwanaed chwanaes chyacked chyaking cigaring cilled
    cills cimaring cimexing cinchers cinching cinderous cinelled cionitis cirriing cisplatine
    ciss cists citalled citherer citting cizaring cladused clairing claithes clambing clame
    clameing clammily clamming clammyd clamp clamping clamps clanged clangerd clangers clanges
    clanging claning clanking clanning clapeing clapping clappingd clappings claps clapsing
    clapting claraing clare clareing clares claring clarking claroing clarreing clarring
    clarting clartying clarying clash clashed clasherd clashied clashing clashyed clasping
    clatch clatched clatcher clatches clatching clattering clatterring clatterying clatting
    claught claughtd claughts clause claused clauseed clausules clautting claves clavused
    clawking cleaching clead cleadding cleading cleadingd cleadings cleam cleaming cleamming
    clean cleanering cleaningd cleanish cleanlying cleanning cleanseing cleansing cleansingd
    cleansings cleanuping cleard clearing clearingd clearings clearring clearwing cleat cleating
    cleatting cleaveing cleaving cleavingd cleavings cleching cleck clecked clecking cledding
    cledging cleeking cleeks cleffing clefting clegging clemming cleoming clepeing clepping
    clergical clerical clerking cletches cletching cleveing cliching clift clima climad climaing
    climas climataing climateing climathing climating climaxd climaxxing climbing climeing
    clinaling clinia clinicd clinid clint clioning clipping clipt clitches clitching clitd clite
    clithees clithes clitoral clitorals clitoria clitoriad clitoriaes clitorias clitoric
    clitoricd clitorices clitorics clitorisd clitorism clitoriss clitoritis clittering clitting
    clivaling cloaking cloaming clochees clochers cloches cloching clock clocking clod cloit
    clokeing cloking clombing clomping clonic clonused cloofing clooming clooping clooties
    clooting cloping clopping close closed closen closer closes closeset closetd closhes
    closhing clotees clotes clothe clothed clothedd clothedes clotheds clotheed clotheer
    clothees clother clothesd clothess clothied clothier clothiers clothies clothoed clothoer
    clothoes clothos clothred clothreds cloths clothyed clothyer clothyes clothys clotteds
    clottering clotters clotties clotting clottyes clotures cloughes clouties cloutter cloutting
    cloutyes clowning clued clumping clutches clutching cluthers cluttering cming cnss coaching
    coaes coaing coaking coakking coald coalites coalition coalled coallied coalling coallyed
    coaming coamingd coamings coapting coarbing coarse coarsing coastering coatering coatting
    cobanged cobanges cobes cobing cobitis cobitisd cobitiss cobnuter cobusing cocashed cocaused
    coccused cockd cocking cockingd cockings cockleted cockling cocky cockying cocle cocles
    cocoaing cocosing cocusing codamine codeined codeing codering coderive codes codexing coding
    codivine codleing codlined codliner codlines codol codoling codon codoning codrused coecum
    coees coeing coelomic coetused cofaning cogenter coges coging cogitant cogitantly cogon
    cogoning coherers cohol coholing cohuneer coies coild coilon coing cointer cointerd cointers
    coitting coitused cokes coking colad colan colaning coldd coled coleening coles coletits
    coleused coliased coliases coliasing coliassed coliassing colibris colid colimaing colin
    coling colitic coliticd colitices colitics colitisd colitiss coliused colkd colking collaes
    collaged collageed collagees collageing collages collaging collaing collapseed collapsees
    collapseing collapsion collapsiond collapsions collarded collardes collarding collards
    collardsed collardses collardsing collared collareed collarees collareing collares collaring
    collarred collarring collars collas collated collatee collateed collatees collateing
    collates collating collation collauded collaudes collauding collauds colld colleagued colled
    colleted collinsed collinses collinsing collisiond collisive collodion collogue colloped
    collopes colloping collopped collopping collops colls collusion collusiond collusions colond
    colonial colonicd colonied colonies coloning colonist colonitis colonize colony color
    coloring coloving colpd colping colpitis colpitisd colpitiss colpused coltd colyd colyonic
    colyonicd colyonics colytics comaes comaing comaling comalled comaning comas comating combe
    combeing combes combing combingd combings combleed combless combling comboing combs comby
    combying comed comees comeing comeling comer comering comers comesd comesing comess comet
    cometing comets comfortabled comfortablied comfortablies comfortably comfortablyd
    comfortablyed comfortablyer comfortablyes comfortablys comfreys comfyd comfying comicing
    comiding comingd comino comint cominter comitant comitias comities commaing commiing comming
    comosing comoused comoxing compacted compagess comparees comparers compares comparted
    compasss compeered compeers compeled compelled competed competeed competes compileed
    compilered compinge complectd complected complectedd complecteds complecter complectes
    complete completedd completeed completeer completees completely completelyd completer
    completerd completered completers completes completived complexd complexed complexedd
    complexeds complexer complexes complexs complexxed compliced complied compliered complined
    complotd comploted comploter complotes complotted complyed compoered compoers compoing
    compoleed comportable comportabled comportables comported composes composted compoted
    compoteed compregd compreged compreges compregs compressd comprest comprestd comprested
    comprestes comprests compriest compriests comprise comprises comptered compters compting
    comptrol computed computeed comus comusing conalled conanter conatused concaused concealed
    concealled concerns concerts conchers conching concised concision concured concussd
    concussed conduced coneine coneined coneines coneleted cones conessed confabed confated
    confeded confered confessd confessed confided confined confited confixed confluxed confluxs
    conformable confusd confuse confusedd confuseed confuseer confusees confusely confuselyd
    confuser confuses confusived confuss confussed confusser confutant confuted confuteed
    confuter confuterd confutes congiused congress conicsed coning coniumed conjured conking
    conkying conoring conoying consentant consonant consonantly consopiation consortable
    conspiration constance constancy constantd constantlyd constat constatation constatd
    constate constated constats constipate constipatedd constipateed constipateer constipatees
    constipates constipating constipationd constituted constitution constraint constuprated
    constupration consuled consules consultantd consultary consulting consumed consuted
    contently conter contestant contised contrail controld contused contusedd contuseds
    contuseed contuses conurused conus conusant conused conuseed conusing conussed convoking
    convulsant convulsed coo coobaing coodling cooeeing cooeing cooering cooes cooeying cooffing
    coofing cooheing cooing coojaing cooked cookeeing cookeing cookering cookeying cookieing
    cookiing cookingd cookking cookying coold cooliing cooling coolingd coolings coolling
    coolthes cooly coolying coombing coomes cooming coomming coomying cooning coonning coonying
    coopee coopeing cooping coopping coopting cooreing coorging cooriing coos coosing cooss
    coossing coosting cootiing cooting cootting copaing copaling copalled copecked coped
    copeding copei copeiing copeing copen copening coper copering copes copingd copising
    coppeted copping coppingd coppings copple coppleded coppleed coppling coppsing coppying
    copraing copring copse copseing copsing copsingd copsings copsying copting coptsing copusing
    copying copyingd copyings coqueter corached coracling corahhed coraling coralled coralling
    coraming coramming coranter corbying corditis cordying cored cores coreying corfuted coring
    corkeing corking corkingd corkings corkwing corkying cormes corming cormused corneter
    cornmused cornused cornying coroaing corol coroling corping corpsing corpused correctd
    corrente corriing corse corsleted cortaing cortical corticine corticose cortisol cortisold
    cortisoled cortisoler cortisoles cortisols cortisoned corton corvused coses coset cosing
    coss cosss costs cotch cotches cotching coteline cotes cothes cothon coting cotseter
    cottaing cotteing cottering cotting cottond cottony cottused cottying cotuiter cotyping
    couching coudeing coued coues coughing couing couldd coulding couled couls coulter coulterd
    coulters coumaing coune couneer counited couniteer counites countd counted counterd countes
    countess countied counties counting countor countord countorer countors countour countre
    countred countreer countres countryer county countyed countyer countyes coupable coupd coupe
    coupee coupeing coupelet coupeleted couping coupled coupleded coupleed coupler couplered
    couples couplet coupletd coupleted coupleter coupletes coupletted coupling coupping
    couranter courapping courge coursd coursed courser coursey coursing courss court courter
    courterd courters courtier courting cousind cousiny couter couteter couteting couthing
    coventer coves coving cowaling cowalled cowaning cowes cowing cowld cowlitzs cowpoking
    cowrying coxalled coxes coxing coxitis coxitisd coxitiss coyaning coyes coying coyol
    coyoling coyoting coypuing cozes cozing cpas crabbing crached cracheed craching cracking
    crackling cradging cradleing cradling cradlingd cradlings crafting cragging craieing
    craiging crail crailing crailled crailling craining crakeing crambeing crambing crambling
    cramboing cramd crames craming cramming crampd crampeding crampeds crampering crampers
    crampes crampeting crampets crampied crampies crampingd crampitd crampiting crampits
    crampond cramponing crampons crampy crampyes crampying crampys crams cranaged cranages
    cranceer crancees cranched crancher cranches cranching crancing craneing cranged cranges
    cranging cranicer crankers cranking crankling cranning crapd crape crapeing craping
    crappering crappied crappieing crappies crappiing crappin crappind crappined crappiner
    crappines crappining crappins crappleing crappling crappoing crappying craps crapsing
    crapules crapuling crapy crapying crare crareing crares craring crase crased craseed
    craseing crashd crasher crasherd crashered crashers crashes crashing crashingd crashings
    crasised crass crassed crassing cratch cratched cratchens cratcher cratches cratchesd
    cratchess cratching crateing cratering craveing cravoing crawd crawfuling crawing crawld
    crawlering crawleying crawlied crawlies crawlingd crawly crawlying crawm crawming craws
    crawtaing craxxing crazeing crazying creabling creaghed creak creakd creakily creaking
    creaks creakyd creaming creamming creamy creamying creancer creancers creancing creanting
    creaseed creasied creasing creasy creasyed creating creazing creching creeks creeky creeling
    creening creeping creepping creeshed creeshing cremeing cremsing crenaing crenotherapies
    crenotherapy creoling crepaning crepeing crepting crepying cressing crest cresting cretaing
    cretaning creweling crimeing crimp crimping crimpingd crimpings crimpling crimps crimpying
    crippling crisping crissing critch critches critching crithing critling crittering croaked
    croakerd croakied croaking croakked croaky croakyed croceine croching crock crocked crockedd
    crockeds crockerd crocketd crockied crocking crockyed croconic crocosed cromaing crome
    cromeing cromes croming cromming cronked cronking croodded crooded crooding croodled crookd
    crookedd crooken crookend crookened crookens crooker crookes crooking crookked crookker
    crookking crookled crookleed crookles crookling crool crooled crooling croolled crooned
    croonerd crooning croonned croons croping croppaing croppiing cropping croppying crosaing
    crossing crotchd crotches crotching crotchy crotoned crotonic crouch crouching crouked
    croukeed crouking crouping croupping crouseing crousing croutter croutting crowding crowl
    crowling crowning crownling crowns crowsing crowthes cruceing crucheing cruching crucking
    crudding crudeing crudling crudying crueling cruenter crueting cruetting cruiseing cruising
    cruiving crulling crumbing crumming crump crumping crumpling crumps crumpying crunching
    crunking crunt crunter crunting cruoring crupping cruraing crusading cruscaing cruse crused
    cruseing cruseting crush crushed crushedd crusheding crusheds crusherd crushering crushingd
    crusieing crusiing crusing crussing crustaing crusting crustying crutch crutches crutching
    cruthing cruttering crutting cruxxing crwthing cryabling cryaling cryalled cryalling
    crymotherapies crymotherapy crypting cubaning cubed cubiting cubitting cuded cueed cuemaning
    cuired cuishing cuked culed culeting culetting culled culls culottes culotting cultches
    cultching culting cumalled cumaring cumed cumes cuming cunaning cuned cunetting cuneused
    cunter cunting cuped cupfules cuping curabling curaring curating curatting curbd curbed
    curby curbying curching curdd curded curdy curdying cureed curer curerd cures curetting
    curied curing curiting curld curled curly curlying curnd curned currd curred currency
    currentd currented currenter currentes currentlyd currents curriing currs curryd currying
    cursaing curse cursed curseing cursting curtain curtaind curtains curtating curtd curted
    curting curved curvital curvy curvying cushing cushiond cushiony cushying cuspules cutch
    cutchers cutches cutching cuted cuteing cutieing cutiing cuting cutining cutising cutleter
    cutleting cutling cutlingd cutlings cutosing cutouting cutrating cuttaging cutteding
    cuttering cuttingd cuttleing cuttling cuttooing cuttying cutuping cuvetting cwmes cwming
    cyamused cyanicer cyanused cyatheaer cyathing cyclades cyclanes cyclares cyclas cyclases
    cycled cyclees cyclenes cycler cycleres cyclers cycliaes cyclices cyclides cyclitis cyclizes
    cyclo cycloes cyclones cyclonic cyclopes cyclos cycloses cyclus cycluses cymaring cymeleted
    cymes cyming cymrying cyping cyrusing cyrussing cystd cystes cystis czares czaring czarring
    czeching dab dabbling dabs dacussed dadd dads dae daed daes dag daggaing dagged dagging
    daggling daggying dags dah dahs daidly daied daild dails dailyd daing dainting dairy dais
    daisy daivaing dak daks dal dally dals dam damaged damager dampd dampy dams dan danies dans
    dantist dantistd dantists dao daoes daoing daos dap daper daps dar daress daressed daresser
    darg dargoing dargs darguing daricing dariiing darin daring darining darkd darky dars dass
    dasyussed dativing dats daubster daucussed daughterd dauriing dauring daurring davy davys
    daw dawer daws dayes daying daysd dayss dazy dazys dday ddays deaccess deaconed deaconess
    deadd deadend deadener deadenerd deadenered deadeners deadenes deadenned deadenner deadered
    deaderer deaderes deaderred deades deadeyed deadeyeed deadeyes deadingd deadinged deadlied
    deadlined deadliness deadlyed deadmaned deadnessd deadoned deadoner deadones deadonned
    deadpaned deafd deafened deafenedd deafeneds deafener deafenes deafenned deafness deafnessd
    deafnesss deafs deairing deald dealered dealth deand deanered deaness deanessd deanesss
    deard dearees deariees dearness dearnessd dearnesss dearth deasd deash deathd deathy
    debadges debies debinded debrided decad decadales decadals decadd decadded decadder decaded
    decadeed decadees decadenced decadentd decadented decadents decader decadices decadics
    decadist decads decaed decaes decafided decafides decaies decales decampes decane decanees
    decanes decanies decantes decapes decapodes decarded decarder decardes decare decarees
    decares decartes decastes decate decatees decates decators decayedes decayeds decayers
    decayes deceases decede deceded decedeed decedees decedes deceited deceived deceives
    decernes decerper decerpes decessed decianed decianes deciared deciares decibeld decide
    decidedd decideed decideer decidees decider deciderd decidered deciders decides deciduad
    deciduaed decil deciled decileed decilled decimaed decimed decimeed decined decineed
    deciused deckeded deckedes deckieed declares declawes declined declived decoates decode
    decoded decodeed decodees decodes decoiced decorees decreees decreers decrees decreets
    decretes decrewes decriedd decrieded decurves decussed dedanned dedanses deeder deediness
    deedless deeer deemer deepd deeped deepen deepened deepener deepenes deepes deeplier
    deeplyer deepness deepper deepping deerer deeser deesised deess deessed deever defendes
    defends deference deferent defies definite definited definiteed definiteer definitees
    definitelyd definites definitively defog deftness defts defunction defys degagees degaging
    degermes deggedes deggeres degorgees degorges degradees degrades degrases degrease degreases
    degree degreed degreedd degreedes degreeds degreeed degreeer degreees dehairing deicided
    deicideed deicides deied deies deing deink deisting deitying dejurees dejuring dekad
    deleades delendas deleting delfs deliberate deliberated deliberateed deliberateer
    deliberatees deliberatelyd deliberates deliberatively demandes demerges demerses demies
    demoided demoness demotist demurees demuring denaies denalies denaries denees denes denguees
    deniales denied denier denieres deniers denimes denims denis denises deniss denizees
    denizens denizes dennises densened denses dentes denties dentiles dentines dentistd dentizes
    denyes depad depend dependd depended depender dependers dependes depper depressed depriving
    depsided depth depurees depuring derain deranged deranging derbends derees derfs dericing
    derided derideed deriderd deriding dering derive deriveing deriving dermades derniers
    dernlies derrees derrided derth desandes descales descends descries descrive descrives
    descryes deseedes deseretes deserets deserted deserteds deserter deserters desertes deserved
    deservedes deserveds deservees deserver deserveres deservers desies desirees desiring
    desmided despaird despairering despairingd despairring despeeds despendd despendes despends
    despising despiting despoiling desponds dessed dessertes destaining destries destructed
    deterges detracted deturing deuceded deucedes devad devid devies devild devily devis
    devoided dewies dewiness dewretes dexamethasoned dey deying deys dhawer dhoulled diacided
    diacting diademed diaderms diaed diaening diaer diagnose diagnoseed diagnoseer diagnosees
    diagnoses diagnosesd diagnosesed diagnosess diagnosis diagnosisd diagnosised dialer dialeres
    dialers dianders dianer diaperd diaperes diaplexs diastase diasters diauer diaulosed dibble
    dibbled dibbleed dibblees dibbleing dibblerd dibblers dibbles dibbling dibed dicastic diced
    dicering dickd dicky dicoting dictaing didapper didappers didd dided didna didntd didnting
    didst didsting didussed diebbing diebd diebing dieed diegoing dieing diemd dieming diemming
    dieneing diening dierd dieriing diering dierring diesesed diesised dietaling dietd dietering
    dieticing dietine dietined dietines dietining dietting differed differenced differentd
    differented differenter differentes differer differes differing difficile difficultates
    difficultd difficultes difficultied difficulting difficultlied difficultlies difficultly
    difficultlyd difficultlyes difficultlys difficultness difficultyd difficultyed difficultyer
    difficultyes diffidence diffident diffluence diffluent diffracted diged digenies digerent
    digesting dighting digiting digressed diing diked dikering diketoing dilaters dilating
    diluting dimbling dimed dimering dimiting dimmeting dined dinering dinetting dingussed
    dinting dinussed dione diopters diose diotaing diped diper dipper dipperes dippers
    dipsacussed dipussed directing dired diriging diring dirting dirtying disappeard disbase
    disbased disbases disbursed discaged discarded discase discased discaseed discases discharge
    dischargee dischargeed dischargeeed dischargeer dischargees discharger dischargerd
    dischargered dischargers discharges discharmd discharmed discharmer discharmes dischase
    dischased dischaseed discided disclassed disclosed discosted discoursed discoused discoussed
    discousser discured discureed discursused discused discuser discuses discussd discusser
    discusserd discussered discussers discusses discussived discusss diseased dised diseming
    disenacted disertes diserting disgraced disgraceed disguised disgusted disherent dishraged
    disjunction disleave dismissed disnosed disomussed dispair dispaird dispairing dispairring
    dispairs dispeace dispends dispense disperse displease dispursed disrated diss disserve
    disserves disss distanted distaste distasted distincted distract distractd distractedd
    distracter distracterd distractered distracters distractes distractiled distractived
    distracts distrained distrainted distraitd distraite distraited distraiteed distraiter
    distraites distraitted districtd districted districter districtes distrusted disuseed dite
    dited diteing ditering diting ditting dittoing dittying diurning dived diveling divering
    diverting divesing divessed divesting divet diveting divetting diving divoting divussed
    dixiting dizen dizening djehades djing doable doabled doableed dobes dobing dobule dobuled
    dobuleed doced docer docetaed docetaeed docetaeer docetaees docetaes docibled docing
    doctorals doctord doctores doctoress doctorlys documental documentald documentals
    documentarily documentaryd documenter dod doddy dodecade dodecades dodes dodge dodgyd doding
    doees doegging doegs doeing doers doesd doesntd doess doessed doest doesting doges doggy
    doging dohes dohing doigting doily doina doingd doitting dokes doking dolce doles dolessed
    doling domabled domage domes doming donabled donat donatist donators donaughter doned donee
    doner dones donet doneting doney donies doning donna donnd donne donnee donnot donns dontd
    doo dooes dooing doopped doopping doops dopes doping dopped dopping dores doriaing doricing
    doring dorining dorising dorissed dorizing dorp dorps dorse dortours dosed dosel doser doses
    dosing dotes doting dottores douaring doubledd doubleed doubler doublerd doublered doublesd
    doublesed doublet doubletd doubleted doubletsd doublied doublies doublure doublured doubly
    doublyd doublyed doublyer doublyes doubtd doubted doubterd douce doudle doudled doudleed
    dougging doughted doughter doughtes doughtyer doughyer dougs doupping douraing douring
    dourlied dourlyed dourring douse doves doving dowabled dowes dowing downd downstages
    downstair downstaird downstaired downstairer downstaires downstairsd downstairss downstaters
    downstates downy dowressed dowse doxastic doyen dozed dozend dozer dozes dozing drabaing
    drabbied drabbies drabbing drabble drabbled drabbleed drabblees drabbleing drabbler
    drabblerd drabblers drabbles drabbling drabbyed drabbyes drabbying draber drabness drabs
    dracin dracoing dradding drader dradged dradgeed dradgeing dradging drads draffing draft
    drafting dragaded dragading dragd draged drageed drageeed drageeing drageesd drageing drager
    drages draggedd draggeding dragger draggerd draggered draggering draggers draggied draggies
    draggily draggingd draggled draggledd draggleds draggleed draggleing draggles dragglied
    draggling dragglyd dragglyed dragglying draggyd draggyed draggyer draggyes draggying draging
    dragline draglink dragnetd drago dragoed dragoing dragoned dragoning dragos drail drailing
    draind draine draining drakeing dramaing dramatic dramer drammage dramming drams drang
    dranged dranging drangs drank dranking dranting drapeing draper draperes drapers draperys
    drapping drappingd drappings drasticd drastied drasties drateing drater drats dratting
    draughed draugher draughing draughted draughter draughtes draughtser draughtyer drave
    draveing draving drawed drawee draweeer draweing drawerd drawes drawgear drawker drawking
    drawler drawlerd drawlers drawling drawlyer drawn drawner drawning draws dray drayaged
    drayaging drayer drays dread dreadered dreadless dreadness dreadnessd dreadnesss dreamage
    drearness dredging dreep dreeper dreeping dreepped dreepper dreepping dreepyer drees dregged
    dreggied dregging dreggyed dreggying dregs dregsed dregsing dregss dreiling drein dreining
    drenging drenting dressaged dressd dressedd dresser dresserd dressered dressers dresses
    dressied dressies dressy dressyd dressyed dressyer dressyes drest drested dresting drests
    drevil drewer drews dreys driasing driassed dribbed dribberd dribbered dribberes dribbering
    dribbers dribbing dribbleed dribblees dribbleing dribbler dribblerd dribblered dribbleres
    dribblering dribblers dribblet dribbletd dribbleted dribbletes dribbleting dribblets dribing
    dribletd driblets driddled driddles driddling dried drieding drieing driering driested
    driesting driftd drifting drifty driing drilling drily drilying dring dringled dringles
    dringling drinkd drinking drinn drinning dripd driping dripped dripperd drippers drippied
    dripping drippingd drippings drippled dripples drippling drippyed drippying drisk drisking
    drithing drivable drivabled drivables drivabling drivaging drived driveind driveing driveins
    drivel driveled driveles driveling driven drivening driver drivering drivingd drizzled
    drizzles drizzling drocking droghing droguing drohhing drohs droiling droiting drokpaed
    drokpaing drolling dromeing dronaing drone droneing dronting dronying drool drooling droopd
    drooped drooperd droopied drooping droopingd droopings droopped droopper droopping droops
    droopt droopted droopting droopy droopyed droopying dropd droped dropes drophead droping
    dropletd dropling droplingd droplings droppedd droppeding dropper dropperd droppered
    droppering droppers droppied droppies droppingd droppyd droppyed droppyer droppyes droppying
    dropseed dropsied dropsy dropsyed dropsying dropt dropted dropting dropts dross drossed
    drosseld drosserd drossied drossing drossyed drouding droughter drouking drove droveing
    droving drovying drower drown drowning drows drowsing droyling drubbing drubblied drubblies
    drubblyd drubblyed drubblyes drubblying drubblys drubs drudging drugd druges drugged
    druggedd druggeds druggerd druggetd druggied drugging druggingd druggings druggyed druggying
    drugster druiding drumbled drumbles drumbling drums drunging drungs drunk drupaing drupeing
    dryassed drying drynessed dryopeed dryopeing dryoping dryops dryopsed dryopsing drys dubing
    ducal ducat ducessed ductd ductor ductores ductors duding dueing duering duerring duessaed
    dueting duetting duettist duging duhring duing duitting duking dulering dulld dully duming
    dumpd dumpy dunies duning dunne dunnod dunny duodened duoes duoing dupering duping durain
    duraing duraling duraxing dureing durening duress duressed duresser duresses durgaing
    duringd durioing durning durocing duroing durraing durriing durring durrying dursting
    duryling dusing dutraing duveting duxing dwanging dwelting dwighter dyas dycing dyeing
    dyingd dyking dynastic dyning dys dysfunctiond dysing dytiscussed eachd eaes eales eames
    eanes earcaping eares earsting eased easeds easeer easees easel easels easer easers easied
    easierd easies easilyer easinger easter eastes easts easyer easyes easys eatening eates
    eatses eaveding eaver eavering eaves eavesing eben ebening ebenning eclectic ectening edd
    edening edenning edged edger edicting eding editting eduction eductions ee eed eeed eeer
    eend eening eer effectd effecters effectes effecting effection effections effectors effectsd
    effet effets egeaning egencing egesting egestion egestions eghening egoisting ehs eigh eighd
    eighs eightd eighteend eighteens eighth eighthed eighther eighthes eighthly eightied
    eighties eightyd eightyed eightyer eightyes eightys eirening ejaculated ejaculateing
    ejaculationd ejaculative ejaculativing ejaculator ejaculatoring eject ejecting ejection
    ejectiond ejectiones ejections ejective ejulation ektening elamited elanding elapined
    elatined elbow elbowd elboweds elbowers elbowes elbowies elbowy elbowyes elbowys elded
    elding eleaning elect electic electicd electics electing election electiond electiones
    elections elective electrad electras electred electres electret electricd electrify
    electrine electring electrion electrions electrize electrod electron electronic electrons
    electros electrum elemined elenctic elenging eles eleve eleved eleveing elevend elevening
    elevens eleves elevon elioting elixating elixation ellening elmening elocation elsed elser
    elses elss elt elts eluxating eluxation elvaning elver elvering elvesing elveting emaculate
    emaculated emaculateing emaculates emaculating emaculation emaculationd emaculations
    emasculate emasculating emasculation embarrasing embarrasseding embarrassingd embarrassmentd
    embaying embows emending emergence emergenced emergences emergencyd emergent emergentd
    emergently emergents emery emerying emiction emictions emilying eminence emitting emodines
    emoteing emotives empaling empathying empeoing emperying empiring employing emptd empte
    empteing emptilying empting emptings emptoring empts emptyd emptyingd empusing enaction
    enactions encaging encaking encamping encasing encaving enced encing encisting encoding
    encuping endazing endd endedd endeding ender enderd endering endes endew endewd endewing
    endingd enditing endiving endocline endoclined endoclines endocone endocrinal endocrined
    endocrinic endoctrine endoctrined endoctrines endod endoed endoing endometriald endometried
    endometries endometrium endoming endoneurial endoring endowing endued endueing enduing
    enduring ened eneiding energise energises eneugh enfect enfectes enfecting enfects enfire
    engined enginer enheartd enhearts enheritd enherits enidding enided eniding ening enisling
    enleven enlevend enlevens enlisting enmisting enmitying enoded enodeing enoding enoughd
    enring enrough enroughd enroughs enscaling ensed enses ensing ent entading ented entice
    enting entired entrough eocening eoses epacting eped epening epenning epes epidermal
    epidurald epimeral epineural epipubicing epistling epiural epiurald epiurals equinal equine
    equinia equiniad equinias eral erase erases erd erded erding erectable erectd erectiled
    erecting erectings erectiond erectiones erective erectived erectives erectlied erectlies
    erectors erept ereption ereptiond ereptiones ereptions erewhile ergamined ericolin ernsting
    err erration errations erses erst eruct eruction eructiond eructiones eructions eruption
    eruptions escaing escalind escalins escaloping escapading escapaging escapeeing escapeing
    escapering escapism escapist escarping escharing escoting escuaging ese eskaring esophagal
    esophagald esophagals esophageald esophagean esophageand esophageans espacing espaving
    essaying essening esses estamping estating estoping etamined etamineed etaminer etamines
    etaminned eterning ethening etna eudisting eugening evacuate evacuating evacuation evadning
    evaer evaning evanning evase evases eveaing evection evectiond evectiones evections eveer
    eveing evelining evelyning evend evene eveneing evenering eveningd evenlong evenlying
    evenning evensing evensong event eventing evequing everd everetting everiching evering
    evermore everring eversing evert evertile everting everybodyd everyching everyd everydayd
    everying everyman everyoned everyoning everythingd eveting evetting evicting eviction
    evictions evidenced evidencer evidencive evidentd evidented evidenter evidentes evidents
    evincing evisiting evzoning ewe ewed ewery ewes ewt exacting exaction exactions exacuate
    exacuating exalting examened examener examenes examenned examinated examine examinee
    examineed examineeed examineer examinees examiner examinerd examinered examiners examines
    exampled excaving excecating excelsin exceptd excepting excerpt excerptd excerpts exciseing
    excising exciting excocting excysting exeating exect execting exection exectiond exectiones
    exections executing execution executions exercised exercisees exerciser exerciseres
    exercisers exeresises exerting exertion exertions exertive exertives exessing exflecting
    exflects exigence exileing existd existent existering existingd exiteing exiting exits
    exitting exo exocrine exoculate exoculating exoculation exodisting exomioned exomised
    exorcise exorcised exorcisees exorciser exorcisers exorcises exorcism exorcismes exorcisms
    exorcist exorcistes exorcists exparting expectant expectering expective expectiving
    expedeing expeding expediting expeling expelling expending expensing experting expiating
    explating exporting exsectile exsecting exsection exsections exserting extenting exudence
    exulting eyah eyases eyening eyenning eyght eyotying eyrening eys fableing fabling fablingd
    fablings fabrile fabriled fabriles faced facer facet faceting faciling facting factoing
    facts facture factured factures facty factying faddling faeriing faeroing faerying faffling
    fagged fagoting failing failingd failings failleing failling failured faind fainly fainters
    fainting faintish faintished fairily fairilyd fairilys fairished fairling fairlyd fairming
    fairring fairy fairying faither faithing falanged falcoing falding faldingd faldings falking
    fallacing fallaging fallaxing falld falled fallend fallening faller fallering falles
    fallingd fallopiand fallowing fally fallying falsed falseing falsen falser falsie falsiing
    falsing falwe falweing falwing falxing fambling familyd famished fanaling fanalling fancy
    fangling fangy fannyd fantiing fanting fants fapping farading farce farceing farcing
    farcingd farcings farcying fardeing fardhing farding fardoing fards fareing farening
    farering fares farfeting fargoing faring farished farliing farling farls farming farmingd
    farmings farms farmying faroing faros farouting farring farrying farse farseing farseting
    farsiing farsing farther fartherd farthers farthing farthingd farthings fasher fastiing
    fasting fastingd fastings fasts fataling fatalling fateer fater fatherd fathomer fatihaer
    fatiling fatilling fating fatling fatlingd fatlings fatly fatlying fatner fatter fatting
    fattyd fattying fatwaher faulding fauleing fauling faulting faunished fause fausting
    faveling favelling fawny fayaling fayalling faying fealing fealling feals fearring feasting
    feather featherd feathers feathery featting febriled fecaling fecalling fecesing fed
    fedelini feder fee feeable feeabled feeables feeabling feebled feebleing feeblied feeblies
    feebling feeblingd feeblings feebly feeblyed feeblyer feeblyes feeblying feedable feedding
    feeding feedingd feedings feeds feedying feeer feees feeing feejeing feelable feeld
    feelering feeles feelingd feelling feereing feering feeringd feerings feerring feers
    feeseing feesing feetd feeting feets feetting feezeing feezing fehling fehlingd fehlings fei
    feier feigners feiling feilling feils feine feizeing fele feleing feles feling felld fellen
    felling fellingd fellings felloeing felloing felloning fellowing fells felly fellying feltd
    felty feltying felupping femaling femora fen fener fenneling fennished fenny fer feraling
    feralling fere ferer ferling ferlingd ferlings ferlying fertheer ferthing feruling fes
    fesels feselsing fet fetaling fetalling fete feter fetished fetlowing fettling feu feueding
    feuer feverbush feverd fevereds feveres feverets feveried feveries fevering feverishd
    feverous feveryd feveryes feverys fewd fewel feweling fewelling fewels fewer fews fey feyer
    feying fez fezer fezzing fezzy fezzying fiarding fiarring fiatting fibre fibriled fibriler
    fibriles fibroidd fibroides fibroin fibroind fibroined fibroines fibroins fibromad fibromas
    fibrosed fibroses fibrosis fibrosisd fibrosiss fibrotic fibroticd fibrotics fibrousd
    fibrouss fice ficheing fichuing fidating fide fideling fidgeting fie fielding fiend fiendish
    fiendished fienting fier fife fifish fifished fifisher fifishes fifteend fifteens fifth
    fifthing fiftyd fiftys figenting figgerys figgling figgying fightered fightering fightingd
    figuring fike filagoed filating file fileting filiting filleing filling fillingd fillings
    fillying filmd filmished filmy filmying filthing finaglers finalling findd finderes finders
    findy fined fineeres fineers fineish fineishd fineished fineisher fineishes fineishs finer
    finers finessed finew finfish finfishd finfished finfisher finfishes finfishs fingents
    finger fingerd fingered fingereds fingerer fingerers fingeres fingeries fingertip fingertipd
    fingertiped fingertiper fingertipes fingery fingeryd fingeryes fingerys finialed finicked
    finified finifyed fininged finisd finised finishd finishedd finisher finisherd finishered
    finishers finishes finiss finissed finisser finiteed finitied finiting finityed finkd finnd
    finneres finners finnish finnishd finnished finnisher finnishes finnishs finny finossed
    fintd fiotting fired fireling firer firnd firsting firther firthing fise fisheting fishling
    fishying fisty fitlying fitt fitty fitzing fived fiveling fiver fivers fives fixating fizzd
    fizzering fizzingd fizzleing fizzling fizzs fizzyd fizzying fjarding fjelding flabbing flabs
    flacking flaffing flaged flagger flaggerd flaggered flaggers flaggery flaggeryd flaggied
    flaggies flagging flaggyd flaggyed flaggyer flaggyes flagletd flagoned flagrate flags
    flailing flailling flaining flairing flaither flakaged flakeing flakking flaks flakying
    flambing flameing flamming flams flamying flaneing flanged flangedd flangeds flangeed
    flangerd flangers flanging flanking flanning flans flapd flapes flaping flappering flareing
    flarying flashd flashing flashy flask flasking flathatd flathated flathater flathates
    flathats flatling flatmand flatmaned flatmaner flatmanes flatmans flatmated flats flatting
    flatware flavoing flawning flaws flawying flaxs flaxxing flaxying flaying flays fleaghed
    fleaying fleecing fleening fleering fleet fleeting fleing flesh flet flew fleying fliggerd
    fliggers flighteded flightered flighting flightingd flightings flightying flimping flinders
    fling flingerd flingeres flingers flinters flipeing flipping flips flirting float floating
    flobbing flobs floccing flocking flocs flodging floer floes floey floeying flogged floggerd
    flogging flogs floing flonging flonning flons flood flooding flook flooking floord flooring
    floorward flopd flopes floping floppering floppied floppies floppily floppyd floppying
    flopwing flopwingd flopwings floraing florener floreser floreter florying flosh floshing
    floss flossing flota flotaing flotd flote floteing flots flotting flour flouring flousing
    flout flouting flowd flowk flowking flown flowning flows floyding floyting flued fluer flues
    flueyd flueying fluing fluky flukying flumping fluor flurting flushd flushy flusk fluty
    flutying flyering flyingd flypeing flyping flyteing flyting flytting foalling foalying
    foamily foamilyd foamilys focalling foeished foer fogbowing foilling foind foldying folioing
    folioling foliosing folioting folkloring folkying follesing folliculard folliculate
    follicule folliculed folliculeer follicules folliculin follifuler follising followering
    followingd followon followond followoning followons followuping follying fondished fonlying
    fonnished fontanel foolling footd footfight footlight footy fopping foppy foppying foray
    forbard forbared forbeard forblowing forbowing forby forceder forcerer fordy forearmd
    forebear forebyer forecard forecover foreer foregoer forehard forehear foreiner foreler
    foreling foreller forenight forenightd forenights foreright foreseer foresight forester
    foreverd foreview forevower foreward forewardd forewards forewarm forewarmd forewarn
    forewarnd foreword foreyard foreyear forfard forfared forfarsd forfexer forgeder forgerer
    forgeter forgiver forhowing forkeder forkerer forky forleter forloring forlying form
    formagen formeder formeeer formeler formerer formy forpeter forrard forrardd forrards
    forseter forslowing forsting forswatd forsweard fort fortd forte forteder forteing forth
    forther forthing forthright forthward forthy forthyer forting fortnightd fortnights forts
    fortyd fortying fortys forwaked forwardd forweand forweary forwearyd forwornd forwrapd
    fother fou foud fouer foughtened foughting foul foulling foun fourb fourbeed fourbeer
    fourbees fourcher fourd fourerer fourreed fourreer fourrees fours fourteend fourteens
    fourthed fourther fourtherd fourthers fourthes fourwayd fous fouty fow foxished foxlying
    foying fra fractile fracting fractural fractured fragged fraighting frailing frailling
    frapeing frappeing frapping frappingd frappings fraps frat fratcher frating frats fratting
    freather freed freeding freelting freelying freer freering freet freeting freezing
    freightered freighting frelting frend frere friand fried friedd friendd frierd friezing
    frigateed frigating frighted frighten frightend frightenedd frightener frightenerd
    frightenered frighteners frightenes frightenned frightenner frightens frighterd frightered
    frighterer frighteres frighterred frightied frighting frightmentd frightmented frightyed
    frightying frilling fringeds fringees fritzing frizeing frizzing frizzingd frizzings
    frizzling frizzy frizzying fro fromd fromward frond frons frontd fronto froom frost froward
    frowardd frowards froze frozed frozeing frozend frozes fructure fructured fructures frush
    frying fuarring fueling fuelling fuels fuerteer fuerting fugalling ful fulld fulling
    fullingd fullings fulloming fullonian fully fullying fulther fulupping fulyiing fumily
    fumished funissed funky funnyd fur furalling furnished furphyer furtherd furthest furzy
    fuseling fushting fuying fuzzd fuzzing fuzzling fuzzs fuzzyd fuzzying fying fylloting
    gabarage gabbled gabbleed gabblerd gabioned gabioning gabled gaddeding gaddering gadering
    gadicing gadiding gadinine gadreing gaduined gaduining gaened gaening gaenning gaes gaets
    gaetting gaggling gaiaed gaiaing gaied gailed gailing gailling gailying gainaged gainaging
    gaind gaine gaineed gaineing gainer gainerd gainered gainering gaines gaing gainingd
    gainlied gainlyed gainlying gainned gainning gainsd gainsed gainsetd gainsing gainsted
    gainsting gaired gairing gairring gaisling gaited gaiting gaitingd gaitings gaitring
    gaitting gaized gaizeing gaizing galage galening galetting galiking galla galld gallet galli
    gallined gallining gally galoping galpeing galping gamba gambled gambleed gamblerd gamboled
    gamening gamicing gamined gaminged gaminging gamining gaminned gaminning gammad gammy
    gamping gandad gandering ganed gangling ganiling ganing ganned ganning ganoined ganoining
    gansaing gansying gaolling gaoned gaoning gaonning gaping gapinged gapinging gapping
    gappying garaged garanded garbage garbaged garbages garbed garbeded garbeding garbeld
    garbeled garbeler garbeles garbeling garbelld garbelled garbilld garbilled garble garbleed
    garbleer garblees garbler garblerd garblered garblers garbles garbless garblessd garboiled
    garbured garceing garconing gardanting garded gardeen gardeend gardeening gardeenning
    gardeens gardend gardeneding gardenering gardeniad gardeniaing gardenias gardenied gardenies
    gardenin gardenind gardenined gardeniner gardenines gardeningd gardenining gardenins
    gardenize gardenizing gardenlying gardenning gardeny gardenying garder gardes gardevin
    gardevind gardevining gardevins gardon gardoning gardonning gardying garehing gargeting
    gargiled gargled gargleed gargling gargoled gargyled garialed garibaed garled garleing
    garmenting garn garned garneled garneling garnering garneting garning garraning garreting
    garretings garroning garseing garsiled garten gartening gartenning gartering garveying
    gasaning gashing gashying gasing gaskined gasking gaskingd gaskings gaskining gasparing
    gaspering gaspingd gaspying gassing gassingd gassings gassying gasting gastricd gastrin
    gastrind gastrins gastritic gastroid gatinged gatinging gatting gaudeting gaulined gaulining
    gault gaund gauned gauning gaunning gauns gauntd gaunting gaunty gauping gaupping gaussing
    gautting gavage gaved gavel gaviaing gaving gawned gawning gawsiing gaybined gaybining
    gayned gayneing gayning gazetting gazinged gazinging gazoning geanning geaseing geating
    geats geatting geerings geesting geet geeting geets geetting geined geing geining geinning
    gell gelting gelts geminals gemma gemoting gemotting genecological genecologicald
    genecologicals generals geneting genetting genial geniales genials genining genipaes
    genipaps genistad genistaes genistas genitald genitales genitalias genitalsd genitalss
    geniting genitival genitivals genitors genizahs gentians genting gentling gents gentying
    geoes geoidals geoing geos geotying gerating gerbiled gerendad germening gertiing gest
    gestating gesteing gesting gestning gests getaeing getahing getaing getas getening getes
    gething geths geticing geting getling getlingd getlings gettering gettingd getuping ghanning
    ghasting ghatting ghenting ghess ghettiing ghettoing ghouling gianting gibes gibing gides
    giding giees gieing gifes gifing giges giggling giging giing gildening giles giling gimes
    giming gined gines gingling gining gioes gioing gipes giping girdering gires giring
    girleried girlfriendd gises gising gites giting gitting gived givees giveing givend givening
    giver givering givers givesd givesing givess givey giveying giveys givingd gjoes gjoing
    gladdening gladening glaiking glairing glaiving glassing glave glaves gleeting gleetting
    glenting glidening glinking glinting gliomad gliosa globe globes glode glodes gloies glome
    glomes glopes glore glores glose gloses gloved glovedes gloveds glovees gloveies glover
    gloveres glovers glovey gloveyes gloveys glowes gloyes gloze glozes glutting gmanning
    gnabbled gnashing gnatting gnawning gnu goaes goaing goalling goanna goanning goatling
    goatting goave gobbling gobes gobetting gobing gobod godd godes godetting goding goelling
    goels goen goens goers goesd goess goetaing goetying goffling goges goggaing goggleing
    goggling gogglying goging gogod goies goiing goingd goinging goldening goles goletting
    golgiing goling golod gomes goming gonaling goned goner gones gonia goning gonnad gonne goo
    goodbied goodbies goodby goodbyd goodbyed goodbyees goodbyer goodbys goodd goodding goodlies
    goodlyed goodlyer goodlyes goodlying goodsing goody goodyes goodying gooed gooes goofd
    gooffing goofying googleing googlied googlies googlyes googlying googoling googolling
    googooing googuling googulling gooing gookd gookking goold goolding gooling goolling
    goolsing goomaing goond gooniing goonning goopd goopping gooseing goosting goosying goot
    gootd gootting goouting gopes goping goraling goran gorbaled gorbled gorbleed gorbling
    gordoning gores gorgeing gorglind gorglins gorhening goring gosained gosaining goses gosing
    gotes gotha goting gotra gottad gottaing gotting gougeing goutting goves goving gowdening
    goyes goying goyining grabbled grabening graddand gradeding gradeing gradering gradined
    gradining graftings graianed graianing grailing grain grained grainedd graineds grainerd
    grainied graining grainingd grainings grainned grainning grainsed grainsing grainy grainyed
    grainying graiping gramma gramping granadad granadaed granadas granaded granadod grand
    grandam grandamd grandame grandamed grandams grandd granddad granddadd granddads granded
    grandeed grandfatherd grandlies grandlyd grandmad grandmaed grandmotherd grandpad grandpaed
    grane grank grannamd grannyd grano grant granthad grantiad granulad granzad granzaed
    grasping graspingd graspings grassing gratined gratings gratining gratting graunt grave
    gravening greatd greating greatting greecing greeding greeking greeklings greening greeningd
    greeninges greenings greenlings greenwings greet greeting greetingd greetinged greetinger
    greetinges greetingly greetinglys greetting greeving greezing grein greining greit greiting
    greitting gress greta gretaing greteing grets gretting grettoing grieving grievings grinding
    grined gring grining grinning grinny grinting grintings gritting groan groat grogging groind
    groining groomling grotting groutings grove groves growling grown gruelings gruess gruining
    grunt gruntings guacined guacining guanined guanining guanning guardage guardeding guardeen
    guardeening guardering guasaing guees guessd guest guesting guestings guests guggling guglet
    guing guldening guless gulled guller gulles gulletd gumma guran gurgling gurlet guses gusss
    gutta guttaing gutteing guttiing gutting guttling guttying gwined gwineing gwining gyall
    gying gynaecologicald gynecologic gynecologicald gynecologicd gynecologiced gynecologicer
    gynecologices gynecologics gynne gyrening gyves gyving haaf haard haarring habing hadd
    hadder hader hading hadinging hadroming haed haemaing haeming haemming haemoing haet haf
    haff hafing hagging haggling haggying haging hahad hahing haind haineing haing hainning
    haint hainting haird hairdoer haireder haireing hairless hairring hairying hajing hakaming
    hakiming haking hal hala hald hale hales halfd halfs haliding haling halk hall halm halmaing
    halming halo halp halped halping halps hals halsering halt haltless halve halveing halving
    hamateing hamating haming hamiteing hamiting hammering hammerings hamming hammingd hammings
    hammying hampering hamsaing hamstering hamsterring hamstringd hamstringes hanaping hanceing
    hanching hancing handd hander handered handes handfuld handhole handing handled handler
    handlike handline handling handsale handsd handsing handss handy handying handys haned hanes
    hangaring hangbying hangd hange hangeeing hangeing hangering hangieing hangiing hangingd
    hangkang hangle hangleing hangling hangs hanguling hanifing haning hankd hankiing hanking
    hankle hankling hanks hankying hannaing hanning hanod hanoing hanos hansaing hansd hanseing
    hansing hanss hantd hanting hantle hantling hants haoing haole haoleing haoles haomaing
    haoriing hapier haping haplessness haply happeder happedes happeds happen happend happened
    happener happenes happer happied happierd happies happiest happifyer happilyer happinger
    happings happyd happyer haptenes haptens hapticer harbd harber harbiing harbing harbinge
    hardd harded harden hardener harderd hardes hardfern hardily hardilyd hardilys hardimer
    hardiming harding hardlyd hardlyer hardness hardoner hardones hards hardser hardsing hardy
    hardyer hardying hared hareer hareing harelder harem hareming haremming harier haring
    harkaing harkd harker harking harld harleing harler harling harlingd harlings harmales
    harmaling harmanes harmaning harmd harmeles harmeling harmer harmering harmine harmined
    harmines harminic harmining harmlessd harmoned harmoner harmones harmonial harmonies
    harmoning harmonyes harmonys harnd harner harning harnsing harolder harolding harpaing harpd
    harper harpier harpierd harpiers harping harpingd harpings harpless harplessd harplesss
    harpress harpy harpying harrd harreing harrer harring harrying harshing harslets hartd
    harter harting harts harvd harver harving haryd haryer harying hasan hasarder hasing hass
    hassaring hastaing hasteing hastering hastings hastying hatefully hateless hatelessness
    hating hatpiner hatreder haughing hauing haulding haulming haulting hauming haumming
    hauncing haunt haunting hause hautting havaging haved haveing havel haveless haveling haven
    havend havenet havenetd havenets havening havens haventd haver havering havier havingd
    havinging havocing hawing hawming hawsering haying hazarder hazeless haziness hazing
    hazinging hdles headached headachied headachies headachy headachyd headachyed headachyer
    headachyes headachys headd headiness headinessd headinesss headline headrace heady heafd
    heald healding healling heals heamd heamming heapd heaped heaping heapping heaps heapsing
    heapy heapying heard hearder hearding hearring hears hearsing hearst heartache heartd hearth
    heartiness hearting heartless hearty heatd heath heauming heave heaveer heaveing heaveless
    heavener heavenes heavenese heaveneses heavenless heavenses heavenss heaver heaverer
    heaveser heavied heavies heaviesd heavieser heavieses heaviess heavilyer heavinessd heaving
    heavingd heavinger heavinges heavings heavityer heavyd heavyer heavying heediness heeds
    heeld heeles heelling heeped heeping heepping heeps heer heers hees heftiness hegarier hegel
    hegels heigh hejazier helded helding helds hele heled heleed heleing helening heles helged
    helgeing helging helicine helicline heliding heling helio helioing helixing helld helled
    helling hellod helloing hells helluo helly hellying helmed helming helmless helms heloed
    heloeing heloing heloting helpd helper helperd helpered helpering helpes helpingd helplied
    helplies helplyed helplying helved helveing helvinees helvines helving hemad hemls hemped
    hemping hemplike hemps hempstring hempstrings hempying henad hends henging heped heping
    hepped heppenes heppens hepping herat herating herbless herder hered herein herem hereming
    heren hereones herer herie herls hermaing hermanes hermione hermiones hermoing herne
    herodian heroic heroid heroind heroine heroing heron heroning herr herse herte herteing
    herting herts hertzing herve hesped hesping hesps hevier hewel hewels hexad hianting
    hideless hielding highd hight hildaing hilding hildingd hildings hiles himps hindered hinds
    hingeing hinging hingling hipes hippenes hippens hippiaer hippicer hippieer hipps hippss
    hippy hiraming hireless hirmoses hirse hiss hisss historic historify historyd hiveless
    hiving hoaes hoard hoarder hoarderd hoarders hoarding hoareder hoariness hoarring hoars
    hoarse hoarsing hoarying hobby hobes hodding hoddling hoddy hoddying hodes hodgkind
    hodgkines hoding hodmanes hodrs hoees hoers hoges hogskins hohes hoies hoise holarder
    holarding holcading holdd holdening holdering holdes holdingd holduping holed holees holeing
    holeless holelessd holelesss holer holering holers holey holeying holeys holiaing holies
    holing hollaing holld holles holling hollo holloing holls hollying holmd holmes holming
    holmoses holms holod holoes holoing holos holpd holped holpes holping holps holtd holtes
    holting holts holwe holweing holwes holwing holyd holyes holying holys homebound homed
    homeless homelessd homelessness homelessnessd homelessnesss homelesss homelets homer homes
    homework homey hondaing honding hondoing honds hones honestd honesty honeyless honging
    hoodding hoodiing hooding hoodless hoody hoodying hooes hoofless hookless hoold hooles
    hoolling hoolying hoopless hoose hoot hoped hopeding hopefuld hopefuled hopefuler hopefules
    hopefulled hopefuller hopefullyd hopefuls hopelessd hopelessnessd hoper hopes hopplees hoppy
    horde hordeing hording hores horiming horizones horme hormeing hormices horming hormiond
    hormioned hormioner hormiones hormions hormogones hormonald hormoned hormonees hormonic
    hormonices hormonics hormonize hormonizes hormosed hormoser hormoses hornless hornlessness
    horrores horsed horseless horser horseworm horst horsting horsy hoseding hoseless hoselessd
    hoselesss hoses hospitable hospitably hospitage hospitald hospitant hospitate hostless
    hotelless hotes hotlying houlting hounderd houndered houndied hounding houndyed houps hourd
    houres houri houriing houris hourless hourring hoursd hoursing hourss houseboatd houseboied
    houseboted houseboundd houseboyd houseboyed housebugd housed housel houseless houselessness
    houser houseward housewarm houseworkd houss housy houve hovelers hoves hoving howarder
    howderer howdiing howdyd howdying howeaer howeer howeler howeller howes howeverd howkerer
    howld howlerer howles howleter howsoever howveer hoxes hoyes hoyle hoyleing hoyles hoymanes
    hsi huarache huariing huave huaveing huaving hubba hubbd hubbly hubbs hubbyd huberting hubes
    huelessness huerring huldeing hullo hulseand humating humeting humiting hundied hundredd
    hundreds hungered hunging hungred hungredd hungreds hungried hungryed hunkered hunteing
    huntered hunting huntingd huntings hunts huraing huras hurdling hurds hurdsing hureing hures
    hurfing hurfs huring hurkling hurling hurlingd hurlings hurls hurlying huroning hurraing
    hurriing hurring hurrs hurrying hurst hursting hursts hurtd hurteding hurtering hurtes
    hurtingd hurtleing hurtless hurtling hurty hurtying hurtys husbandd husting hustingd
    hustings hustling huting hutting hye hyinging hyles hyoiding hyrse hyrsting hysterectomyd
    hysterotomy ianer ianner ible ibuprofend ics idd ide idead ideal idean ideat ided ideed
    idempotent ids igniformed ihi ile ilke illformed illusion illusions immane immoment immund
    immunded immunder immundes immuned immunize immure immute impassable impassible impassibled
    impassibles impatience impatient imperant imperence imperent imploded implodent implored
    imponent imponentd imponents impooned impoored importance importancy importantd imported
    importing importment importune imposable impossibled impossiblied impossiblies impossibly
    impossiblyd impossiblyed impossiblyer impossiblyes impossiblys impotenced impotencied
    impotencies impotency impotencyd impotencyed impotencyer impotencyes impotencys impotentd
    impotented impotenter impotentes impoting imppoled impreged impresed impressible imprimed
    improofd improofed improper improperd improve improvedd improveed improveer improvees
    improver improverd improvered improvers improves improvided improvised impudence impudent
    impune inaction inactions inarable inbeed inborned incalver incapable inception inceptions
    incer incicurable incide incideed incision incisions incitable includable inclusion
    inclusions incontinenced incontinencied incontinencies incontinency incontinencyd
    incontinencyed incontinencyer incontinencyes incontinencys incontinentd incontinented
    incontinenter incontinentes inculpable incunable incunabled incunables incurabled
    incurablied incurablies incurably incurablyd incurablyed incurablyer incurablyes incurablys
    incured incurrable incurrabled incurrables incurred incursed incursion incursions incurved
    indaneed indeared indebted inded indeedd indeedy indeer indees indened indeneed indented
    indention indentions inder indewd indewed indexd indexed indexedd indexeds indexerd indexxed
    indiceed indiction indictions indied indiesed inditeed indoed indoleed indoneed indorsed
    induceed induction inductions indued indueed indurable indurabled indurables indyed ine
    ineed ineeed ineer inerrable inertion inertions infaller infarced infarction infareed infect
    infecting infectiond infectious infective infector infeed infer inferable inferned inferred
    infilmed infirmed infirmer infirmes infixion infixions inflamed inflation inflection
    inflectiond inflections infliction influxion influxions infolded informal informald
    informaled informd informedd informer informerd informered informers informes infraction
    infucation infusile infusiles infusing infusiond infusiones infusionism infusionist infusive
    infusives inger ingestion ingestions ingorged inhabiter inhabiters inhale inhaled inhaledd
    inhaleder inhaleds inhaleed inhaleer inhalees inhalent inhalerd inhales inhauled inhauler
    inhaulerd inhaulers inhaules inhauller inheritor inheritors inhesion inhesions inhibitd
    inhibited inhibiteds inhibiter inhibiterd inhibiteres inhibiters inhibites inhibition
    inhibitions inhibitord inhibitores inhibitories inhibitory inhibitoryes inhibitorys inhibits
    inhibitter inholder inialer inialler injectd injecting injectiond injectiones injectors
    injunction injunctions injuned injunned injurable injurabled injurables injuredd injureed
    injurer injurerd injurered injuriad injuriaed injuried injuries injuryd injuryed injuryer
    injuryes inker inn inne inned inneed inneer innerd innes innet inoculable inodesed inoer
    inported inpoured inquirable inquired inrailer insead insect insection insectiond
    insectiones insections insecution insecutions inseed insertion insertional insertions
    insided insideed insider insorbed inspeakd inspection inspections inst insteadd insteam
    insteamd insteamed insteams insted insteepd instepd insteped insue insues insurable
    insurabled insurables insure insured insuredd insureds insureed insurerd insurged intailer
    intensional intensionald intensionals intention intentionald intentiond intentioned
    intentioner intentiones intentions inter interbourse interboursed interbourses intercoursed
    intercures intercurs international interpoures interpours intestinal intod intorted intro
    intrusion intrusions intuitional inturned inunction inunctions inure inured inustion
    inustions invadeed invasion invasions invect invection invectiond invectiones invections
    invention inventional inventionald inventionals inventions invision invisions inwaleer
    inwaller inweed inworked inworned ioner ionner ironside irradiating irradiationd irradiative
    irradiator isatinic iss issued issuees issuer issueres issuers issus issuses issuss iterance
    itselfd itss jambuled jeand jeanes jeansd jeanss jeany jeanys jears jeats jelld jello jells
    jellyd joans johan johnd joinants joind joines joing joins jointd jointeds jointers jointes
    jointies jointist jointlys jointy jointyes jointys joist joists jolly joust juans jumbaed
    jumbaled jumbaler jumbales jumballed jumbied jumble jumbleed jumbleer jumblees jumbler
    jumblerd jumblered jumblers jumbles jumblied jumblies jumblyd jumblyed jumblyer jumblyes
    jumboed jumbyed jumelled jumpabled jumpd jumpy junkd jussi justd justo justs juts kaids
    kailler kailling kaind kalos keees keeks keelling keels keens keepd keepes keess keets keids
    kelep keleps kellaing keller kelling kells kellying kelps kemps kempt kenes kepes keptd
    keups khadi khaki khami khasi khilaing khuzi kialeing kibblers kibbling kickeres kickers
    kidd kiddling kides kidling kidlingd kidlings kidneies kidneyd kidneyes kidsd kidss kiees
    kieler kieling kieller kielling kiels kihos kilahing kilaning kildeers kildeing kilehing
    kiler kiles kileying kiliming kiling killas killaser killasing killcuer killcuing killd
    killdeer killdeers killdees killdeing killed killeens killerd killeres killering killes
    killesse killingd killower killowing killy killyer killying killys kilnd kilner kilneyes
    kilning kilns kilod kiloer kiloes kiloing kilper kilping kilps kilter kilteres kilters
    kiltiing kilting kiltingd kiltings kilts kinad kindd kindlers kindling kindness kinds kined
    kinees kingd kingling kinkd kinkling kinod kinoning kinos kiowaing kipling kiplingd kiplings
    kirnd kirtling kitling kitlingd kitlings kittling kives kiziling kiziller kizilling klickets
    knack knacked knackerd knackeres knackers knackery knackerys knackied knackies knackyed
    knackyes knaves knawing knaws kneck knecked kneed kneeds kneees kneel kneels knelling knetes
    knets knewes knewing knews knezes knezs knick knicked knicker knickerd knickered knickereds
    knickerer knickeres knickersd knickerss knickes knifed knifer knites knitters knived
    knivedes kniveds kniveies knivesd knivess knivey kniveyes kniveys knobbing knobing knobs
    knockd knocker knockerd knockered knockeres knockers knockes knocking knockless knockupd
    knockuped knollers knolling knoping knopping knops knoring knorring knors knosping knoting
    knots knotting knouting knowd knowe knoweing knowering knowes knowingd known knowning knowns
    knuckle knuckled knuckledd knuckledes knuckleds knuckleed knuckleer knucklees knuckler
    knucklerd knuckleres knucklers knucklesd knuckless knucklied knucklies knucklyd knucklyed
    knucklyer knucklyes knucklys knucksed knuckser knuckses koelling koi koilaing koiller
    koilling kokiller kokilling koller kolleres kollers kolling kolos kotowing koviller
    kovilling kralling kriekers krocketd krullers kylos labba labed labeld laber labes labiad
    labial labing labis labra lacedder lacer lacing lacked lacying ladde ladded laddeer ladderd
    laddery laddes laddieer laded ladeer lader ladieder lading ladler ladyd ladyer ladying
    ladyling laeter laets lafiting lafter lagended lager laging laglying lagthing laguning
    lahndaed laiching laidder laided laider laier laighing laiing laine laineres laing laiosing
    lairying laitying laked laker laking lakying lamaited lamaiting lambs lambying lamel lamely
    lamer lamia lamiaing laming lamining lamiterd lammying lamnectomy lamnided lamuting lanaed
    lanced lanceded lanching landaued landd landedd landeder lander landerd landered landes
    laned laneed laner laneying langed langiing langling langoing langs laning lanked lankying
    lanned lannying lanosing lanted lanter lanugoing lanxed laod laoer laoing laoser laosing
    laoss laossing laotsing lapel laper laping lapseded lapsided lapsidedd lapsideds larching
    larded larder lardy lardying larer larged largeing largen larget largo largoing laria
    laridder laring larkying larrying larve larying laryngal laryngald laryngals laryngeald
    laryngean laryngeand laryngeans larynges laryngesd laryngess larynxd laser lasing lastd
    laste laster lasty lastying lataer latahing latching lated latedder lateer latelyd laten
    latently latera laterd lates latex lather lathying latiners lating latiting lats latteer
    latter latteres latterly latters lauaning laudatory laudder laudding lauded lauder
    laugheeing laugheing laughering laughied laughies laughingd laughter laughying lauia
    lauiaing launching launcing launded launderd launding launning lauraing lauriing laurring
    laussing lavatera lavatoryd lavature laver laving lawer lawes lawing lawks lawnded lawneded
    lawns lawnying lawsd lawss lawter lawzying laxatord laxators laxer laxing laxlying laybying
    layd layer layering layia layiaing layingd layneing layning lazer lazing lazying lding
    leaching leadage leadaged leadages leadder leadding leaded leadeder leading leadingd
    leadings leads leadsing leady leadying leaed leaes leafage leafaged leafages leafed leafet
    leaffing leafing leafless leafletd leafs leafying leaguing leahed leahhing leahing leahs
    leaing leakaged leakaging leakance leakd leaker leakerd leakered leakering leakes leakied
    leakingd leakked leakking leaky leakyd leakyed leakying leakys lealed lealing lealling leals
    leamed leaming leamming leams leanderd leaned leaning leaningd leanings leanning leans
    leanting leanying leaped leaping leapingd leapings leapping leaps leapting leared learing
    learning learring lears lease leased leaseing leashing leasing leasingd leasings least
    leasting leasying leated leater leathers leathing leating leats leatting leaved leaveing
    leaven leaver leaving leavingd leavings leavy leavying lebaning lecked lecking lecks
    lecterns ledder leeked leeking leekking leeks leekying leess leet leets leftd lefty legaling
    legating leges legiting lei leighing leing leisters lekaning leked leking lekked lekking
    lemaning lenadder lenading lenaping lended lenss lents lepaling lepasing leptided lese leses
    lesghing lesing lessd lessn lest lesteres lesters lests leter letes letos lett lettees
    lettenes lettens letter letterd lettered lettereds letterer letterers letteres letteret
    letterets letterin letterins lettern letternd letternes letterns lettes letts lettss
    leucaemia leucaemiad leucaemias leucaemic leucemia leucemiad leucemias leucemic leuchaemia
    leuchemia leuching leukaemiad leuked leukeing leukemiad leukemic leukemicd leukemics leuking
    leukking leuks leung leungs levatord levators lever leviners leving leviting lewer leying
    lfing lhing liaising liane libating libatory libel liber libers libidod libing libitina
    licing licit licited liciting licits licitted licitting licked lidder lider liding lieer
    lief lieing lien liers lieve lieveing lieving lifed lifen lifer lifers lifey lifing liftd
    ligateer ligating liger lighte lighted lightedd lighteder lighteds lighteed lighteer
    lightees lighten lightend lightener lightens lighterd lightes lightied lighties lighting
    lightlyer lightsed lightser lightses lightyear lightyed lightyer lightyes liging ligne
    lignited ligniting liing liked liken liker likers liking likining liling lilithed lilithing
    limaning limas limaxing limbated limbating limbd limbes limbiced limbicing limbieed
    limbieing limbiing limbo limboing limbos limbu limbuing limbus limby limbying limbys
    limening limer limering limers limes limesing limeying limidaed limidaing limied limies
    liming liminged liminging limitald limitaled limitaling limitals limitated limitating limitd
    limitedd limiteding limiter limiterd limitered limitering limiters limites limitingd
    limitive limitived limitiving limitted limitter limitting limmaing limmuing limneres limners
    limnerys limnited limniteed limniteing limnites limniting limns limoided limoiding limonited
    limoniting limos limosing limpa limpaing limpd limpeted limpeting limpided limpiding
    limpined limpining limps limpy limpying limsying limuling limurited limuriting limus limys
    linded linderas linderes linders linea lineares linears linearys lineas lined lineds linees
    linen lineners linens liner linerd lineres linet lineting linets linge lingeres lingers
    lingeter lingoter lings linie linieing lining linining linje linkd linkeres linkers linky
    linne linosing linteres linterns linters lintiing lipas lipectomy liper lipes lipicing
    lipiding liping lipining lipoided lipomad lipse lirating liring liser lising lisne lisp
    lisps listd liter liters lithited lithiting liting lits litsters litteres litters litterys
    littled littler littlers lituited lituiting lived liveding liveer liveing liven livening
    liverd livering livers livery livesing lividing livier livingd livor livoring livre livreing
    livring livver livving lixiving lizer lizing loadd loadder loadeder loades loadsd loadsing
    loadss loaed loaer loaes loafd loaflet loafletd loaflets loafs loaing loamd loams loamying
    loand loans loasaing loave lobately lober lobing lobolaer lobos lobosaer lobose loboseer
    lobosing lobsided lobsidedd lobsideds lobulard lobulate lobuleer locad locaed loched locied
    lockaged lockd lockedd locken lockend lockened locker lockerd lockered lockes locket locketd
    locketed lockied locking lockingd lockings lockletd lockuped lockyd lockyed lockying locoed
    locos locular loculard loculars locusing lod lodder loder loding loes loess loessing lofer
    lofing loger loging logoiing logoning logos logoser logosing logosser lohocked lohocking
    loimiced loimicing loing loiser loising loiss loissing lokad loked loker loking lokked
    lokking lolad loll lolos lomad lomitaed lomitaing londed londs longa longd longe longsing
    loning lonked lonking loobbing loobed loober loobing loobs loobying looching loodding looded
    looder looding loods looed looer looes loofed loofer looffing loofiing loofing loofs looing
    lookd looker lookerd lookered lookering lookes lookingd lookked lookking lookumed lookuming
    lookuped lookuping lool looled looler looling loolling lools loomed loomer looming loomingd
    loomings loomming looms looned looner looning loonning loons loonying looped looper loopiing
    looping loopingd loopings loopping loops loopying loording loosd loosed looseer looseing
    loosen loosener looserd loosing loosingd loosings loosser loossing loot looted looter
    lootiing looting loots lootting loover loper lophiided lophined loping lopseedd lopseeded
    lopsidedd lorad lords loriners loring lorising loros lorser lorsing lorss losed loseing
    losel loseling loser losering loshing loshs losingd lossd losser lossing lostd losting
    lostling losts lotad lotasing loter loting lotos lotoser lotosing lotosser lots lotser
    lotsing lotss lotteres lotters lotterys lotusing louching louds louer loughing louing
    louising louked louking loukking loupsing louse louseing lousing lousying loved lovee lover
    loving lowad lowaer lowder lowed lowerd lowery lowes lowghing lowher lowing lowked lowker
    lowking lowner lowyer loxer loxing loyds loyer loying lping lps lring luciting lucked
    luckilyd luess luing lumbal lumbaler lumbard lumber lumining lumpd lumpectomyd lumpy lunas
    lunately lunes lungd lunge lunges lungi lungis lungy lungys lunns lunts lunys lupoided lurgs
    luter lutosing luxiving lwo lwoer lxing lyditing lyeing lyingd lyming lymphemia lymphoid
    lymphomad lymphous lynded lyning lyrately lyring lysing lyxosing maa maaing maam maater
    maatter mabing macaning macaoing macauing macawing machogod macing macking mackling madaking
    madamd madame madaming maddle maddled maddleed maded mader madge mading maed maeing
    maenading magasing maging magnating magoging magotter maharing mahing maianing maidhood
    maild mainaning maind maine maing mains mainsing maiusing maiussed maiussing makahing maked
    makeding makeing maker makering makiing makingd makoing makuaing makuing makuking mal
    malagaing malaring malaroma malating malaxing malaying males maletter malignance malignanced
    malignances malignancyd malignantd malignantly maligning malignment maliking maling
    malmaging malter maltster maming mammectomy mammilla mammillad mammillar mammillas manabling
    manace manaceing manacing manacling managed managee manageeing manageing manager managering
    manaing manakind manakins manaling manalling manasing manassing manateing manatine
    manationed mancaing manching manconod mancy mancying mandaning mandating mande mandeing
    maneding manege manegeing maneging manehing maneiing manesing manessed maney maneying
    mangaing mangaling manganing mangaring mange mangeing mangiing manging mangling mangoing
    manguing mangy mangying manholed manhoodd manhourd maniacing maniaing manicing maniding
    manieing manihocd manihotd maning manising manissed manissing manitoing manitouing maniuing
    manjaking manking manksing manlihood manly manlying manmading mann mannaing mannaning
    manniing mannings manny mannying manocing manoring manquing manrootd manseing mansioned
    mansoing mantaing mantaling mantchood manter mantling mantoing manualing manuaoing manuling
    manurage manuraging manuring manusing manwaying manyd manzasing maoing maoriing mapauing
    maping maraeing maraiing maraling maranging mareking maring marining marissed marissing
    markaing markeing marking markingd markings markoing maroking maroning marter masaiing
    masing masking massacre massaged massager massaging massaing massed masseing massing
    massying mastage mastaged mastages mastaging mastectomyd master mastotomy mataiing mataring
    mataxing mated mateer matehood mater matey mather matie mating matkaing matser mattaer matte
    matted matteder matteer matterd mattery mattes mattier mattyer matyer mauing maunging
    mavissed mavissing mawing mawking mawksing mawkying maximgun maximumd maximus maximusd
    maximuss maxing mayaning maybed maying mazaming mazement mazements mazing mazutter mboriing
    meads meaking meakingd meakings meakking meand meanings meantd meantoned meased meats
    meatter meddle meddled meddleed meddlerd medes mediaing medial mediation mediationd
    mediations medicable medicago medicaid medicald medicate medicating medicationd medicative
    medicator mediccing medicean medicied medicier medicies mediciing medicinal medicined
    mediciner medicing medicking medicoing medicsing medieval mediocral medioing meditation
    meditationd meditations medizing medocing meeds meesed meets megasoma megassed meind meine
    meins meissaed meissaing melanemia melanoed melanoer melanoes melanoid melanois melanomad
    melanose melanous melassed melastoma melaxuma melds meles melessed melicing melossed
    meltoned melts memberd memer memmer memoer menacing menadioned menage menageing menaging
    menaiond menaioned menaioner menaiones menaionned mendication mendicationd mendications
    mends menicing meniscal menostatic mensed mensesed mentationed menthaned menthened mentholed
    menthone menthoned menthoneed menthones mentiond mentioner mentiones mentionned mentionner
    mentions mentored mentoring ments meraking meratter merds mergings mericing merlings
    merossed mersed mersioned mertoned merussed mesaed mesd mesed meseed mesel meshed mesicing
    mesioned mesned mesoed mesothelium mesotheliumd mesotheliums messaged messager messaned
    messaner messanes messd messe messeed messeing messer messerd messered messes messet messetd
    messeted messied messined messing messingd messings messmate messored messrsed messuage
    messuaged messuages messuped messyd messyed messying mest mested mestinoed mests metabatic
    metaclases metaging metaphases metas metasoma metasomatic metastables metastannic metastasis
    metastasisd metastasises metastasiss metastasizes metastaticd metastomes metastyles
    metatarses metatatic metataticd metatatics metataxic meted metes mether meths meticing
    metinned metis metissed metissing metrical metrication metter meused meuted meved meving
    mewsed mexical mexicald mexicals mhorring miand mians miased miasing miasming miass miassed
    miassing mication micht mictioned mictions midasing midassed midassing middled middler
    midgutes midsed midsing midss midsting mien miend miens mightd mighty mijld miking milad
    milaging mildd mildlyd miled miles milesing milessed milessing milkd milld milly milod
    milsiing miltd mimusing mimussed mimussing minad minaring minas minaules mince mindd mined
    miner minesing minessed minessing minettes mingd minge mings minhaging miniates miniatoring
    minim minioned miniumes minkd minks minnings minod minos minosing minossed minossing minotes
    minsters mintaging mintd mintes mints minuet minueted minueter minuetes minuets minumes
    minus minuses minusing minussed minussing minuted minutees minutelys minuter minuteres
    minuters minutiae minutiaes minutias minxd minxs minyd minys miraging miraking miscuing
    miscutes misdoing miseased miseasing mised miseed miseing misering mises misgiing misgoing
    misgying misied mising miskying misled misleing misling mislying misputes missa missad
    missaed missaied missaing missaled missaling missayed missaying missd misseekd misseemd
    missel misseld misseled misseling missend missendd missends misser misses misset missetd
    misseted misseting missied missiled missiling missingd missiond missions missised missising
    missited missiting missived missiving misspend misstepd missy missyd missyed missying misted
    misting mistioned mistions mistling mists mistying misusage misused misuseed misuseing
    misuserd misusing miswed misyed misying misys mited mitising mitissed mitissing mitter
    mixtioned mixtions moaed moaes moaing moaning moaningd moaninges moanings moanning moate
    moatter mobed mobes mobing moble mobles mockings moded moderning modes modiation moding
    moeds moeed moees moeing moer moeve moeved moeveing moeving mog moged moges moging mohaving
    moidoring moied moies moiing moild moile moiles moilings moing moiraing moire moireing
    moiseing moisming moisting moither moitherd moithers moked mokes moking molaes molas
    molaving moldes moldings molds moled molees moler molers molest molge molges molies moling
    molining molle mollees molles molls molpe molpes moltes moltings molts molyes molys momed
    momenta momentd momes moming monading monaling monasing moned mones moneth monether monethes
    moneths monikering moniment moniments moning monition monitioned monitioning monitions
    monitiving monitorial monitoried monitories monitorish monitorring monitorying monkhood
    monkings monning monnying monotoning monstering mont montaging montd monte montes monteths
    monthd monther monthes monthlys monthoned monthons montoiring montoned montoning montring
    monts montu monturing montus monty montys monument monuments mooed mooes mooing mooles
    moolings moonging mooniing mooning mooningd mooninges moonings moonling moonlings moonning
    moonying moore mooreing moorings moorning moorring moorsing moorying mooth moother mooths
    mootings mopaning moped mopes mopher moping moraines moraing moraining moraling moraning
    moranning morating moration morations moratter moraying mordication mordving mored moreening
    moreing morel moreling morer mores moresing moressed morgaing morganing morgening morging
    morguing moriaing morianing moricing moriling morin moring moringas morining morinning
    morion moriones morioning morions morkines morkining morling morlingd morlinges morlings
    mormoing mormoning morne morneding morneing morningd morninges morninglys morningsd
    morningss morocing moroing moroneing moronging moroning moronning morosing morpheme morphiad
    morphiaed morphiaer morphiaes morphias morphiate morphicd morphiced morphicer morphices
    morphics morphinate morphined morphing morphingd morphinged morphinger morphinges morphings
    morphinic morphinize morphoing morpholine morphond morphoned morphoner morphones morphons
    morpions morrhuine morring morroing morse morseing morsing morsingd morsinges morsings morth
    morther morthing morths morting mortling mortlings mortoning moruling morusing morvines
    morvining morwe morweing morwening morwenings morwing morwongs moschine mosed mosel moses
    mosesing mosessed mosing moslings mossed mossiing mossing mossying mostings motation
    motations moted moteer moter motering motes moth mothed motheder mothen mothener motherd
    mothery mothes moths mothyer moting motionals motiond motioned motioners motiones motionist
    motiving motivoes motoer moton motoning motons motoring motter moued moues mouing moule
    moules mounding mouning mounning mounting mountings mourneing mourning mourningd mourninges
    mournings mousings moussing moutd mouted mouthd mouther moutherd mouthers mouths mouthy
    mouthyer mouts movedd moveding moveed moveing movementd movementes movent mover moverd
    movering moves movie movied movieing moviing movingd mowed mowes mowing mowning mowraing
    mowth mowther mowths moyed moyening moyes moying moyle moyles mozing msted mtes muanging
    muced muchd mudded muddeed muddened muddered muddied muddilied muddilyd muddilyed muddle
    muddleed muddleer muddlees muddler muddlerd muddlered muddlers muddles muddyed muded
    mudholed mueed muged muist muisting mulch muled mules multed multiflue multiped multiplane
    multipled multiplet multiplex multiplied multiplier multiplies multiply multiplyd multiplyed
    multiplyer multiplyes multiplys multipole multipoled multipoles mumed mumm munch mundiled
    mundled mundleed muned mungaing munitioned munnioned munted muntined muntinned muraging
    muraning muratter mured muricine murining murphing murrhine mused muset musit mussed mussing
    mussying mustd musted musth mustntd musty mutad mutaed mutaging mutch mutedd muteed muter
    muterd mutes muthd muthed muther muttd mutted mutter muxed mya mycetoma myelemia myelomad
    myelonal myelozoa mykissed mykissing mynahing myroning myrrhine myseld myselfd mysell
    mysising mysissed mysissing myther naa naad nabal nad nadad naeed naether naetherd naetheres
    naethers naething naght naghts naither naitherd naithers nakeding nambed nambeing nambing
    namda nameding nanad nanda nane nanga nanna nanpiees nanpies naotoing napal naperies naphew
    napkines nappe nappedes nappees napperes nappes nappied nappiness nappinges nappings nappyd
    nappyes naproned naproner naprones naricing nasab nasald nascal nasial nasticed nasticing
    natal natch natching natheing nather natheres nathers nathing naticaed naticaing naticine
    naticked naticking nativing naturopathy naumking nauthers nauticed nauticing nauts naval
    naveling navellike navelling neaed neaer neapeding neather neatherd neatherds neathing
    nebbeding nebed nebeling neber neckd neckeding necrectomy necropathy necropathyd necropathys
    nedd nedding neddying neded neder neding needd needding neededes neededing neederes
    needering needes needfules needies needilies needilyes needilys needingd needle needled
    needledd needledes needleds needleed needleer needlees needleing needler needlerd needleres
    needlers needlesd needlied needlies needling needlingd needlings needlyed needlyer needlyes
    needlying needlys needment needses needsing needslies needslyes needslys needy needyes
    needying neeed neeer neeing neeld neeldes neelding neeleing neeles neeling neemd neeming
    neemming neepd neeping neepping neerd neering neerring neeseing neesing neesingd neesings
    neet neetd neeting neetting neezeing neezing nefed nefer negating negation negatived
    negativer neger negering negeving nei neied neier neighbord neighbourd neigher neigherd
    neighers neing neitherd nejdiing nejding nelly neoed neoer neolither neped neper nepering
    nephewd nephrectomyd nephropathy nephrostomy nephrotomy nepoticed nepoticing nered nereiding
    nerer neritaer neriteer nerre nerved nerveding nerver nervy nesed nesher nestlers netchaer
    neted neteer neter netering neters nethed netheist netherd netheres nethes nething netier
    nett netteding netter netteres netters nettlers neumaing neumeing neurectomy neuropath
    neuropathd neuropathed neuropather neuropathes neuropathic neuropaths neuropathyd neved
    neveer nevel neveling neven nevening neverd nevering neves nevew nevewing nevoer newed
    neweling newer newes newisher newlyd newsd newss newsy newts nextd nice nicety nichts
    nicoticed nicoticing nide nieced nieve nife nificing nighd nighes nighs nightd nighteds
    nightes nighties nightish nightlike nightline nightlys nightsd nightss nighttide nighttided
    nighttides nighttimed nike nile nill niloticed niloticing nimbed nimber nimbiing nimbing
    nimbless nimbling nin nina nind nined niner nines ninetedd nineteded nineteder ninetedes
    nineteds nineteend nineteens ninetied nineties ninetyd ninetyed ninetyer ninetyes ninetys
    ning nins ninthing niobiced niobicing niotaing nippies nippy niste nitch nitching nited
    niter nither nitheres nithers nithing nithingd nithings nitiding nito nitre nitriced
    nitricing niue njorthing nne nned nneed noa noahhing noahiced noahicing noahing nobodyd
    nociving nodeding nodose noes noeticced noeticcing noeticed noeticer noetices noeticing
    noeticsd noeticsed noeticsing noght noghting noghts nohiting noise noktaing nombless
    nomicced nomiccing nomiced nomicing nonce nondangerous noned noner nonet nonicced noniccing
    noniced nonicing nonne nonoiced nonoicing nonstock nonstopd noon noop noosed nooser noot
    nootting noped norahing nordiced nordicing noriaing noricced noriccing norice noriced
    noriceed noriceing noricing norieing noriting norma normad normald norman normanly normas
    norse northers northing northingd northings nos noseding noshing nosining nosticced
    nosticcing nosticed nosticer nostices nosticing nostoced nostocing notaling notaning
    notating notative notchd notchers notching notchingd notchings notchwing notchy notchying
    noted noteding noteing noter notering nother nothered notherer notheres nothering nothers
    nothingd noticeed noticeing noticer noticerd noticered noticering notified notifyed
    notifying noting notioned notioning notisted notisting nott notting notuming notusing nouch
    nouching nouriced nouricing noutheing nouthers nouthing novative novciced novcicing novice
    noviced noviceed noviceing novicing novocain novocaind novocained novocainer novocainned
    novocainner novocains nowch nowching noweding nowhence nowhened nowhener nowhenes nowhered
    nowising nowtheer nowtheing nowthing nther nthing nubbed nubber nubbing nubbling nubbying
    nubed nuber nubing nudeness numaed numaer numaing numbd numbedness numberd numbered
    numbering numbersd numbes numbfish numbfishd numbfishs numbingd numbled numbleed numbleer
    numblees numbleing numblesd numbleses numbless numblessd numblesss numblied numbling
    numblyed numblyer numblying numbnessd numdaing numening nummiing numpsing numuding nures
    nursed nurser nursle nursy nutes nutriced nutricing nutsd nutss nyeed oader oakening oaky
    oaries oaten oatening oather obe oberration obongoing occasionable occasional occasionald
    occasionaled occasionaler occasionales occasionality occasionalled occasionaller
    occasionallyd occasionals occasionary oceaning ocher octaries octening odder ode odeoning
    odes oecology oecologyd oecologys oenologist oenology oesophageald oesophagi oesophagid
    oesophagies oesophagis oesophagusd oesophaguss offgoing ofted oftend oftening ofter oftes
    ogd oges oider oikology oinology okayd oke okeyd okied okier okuaries oldd oldening older
    ole oleining olenaing olenting oleoning oligoing olivaries omening omenning ona onaes
    onagoning onced oncologic oncologicd oncologics oncologied oncologies oncologyd oncoming
    oncotomy ond onde ondes oned onees onely oner oneration onerationd onerations oners onesd
    oness ongaroing ongoingd onies onioning onkey onkosing onlay onlyd onology onologyd onologys
    onses onss ontarian ontoing ontologism ontologist ontologistd ontologists ontology ontologyd
    ontologys ony onyes oogoning ook oologist oon oones ooness oons oonss oop oorder ope opeing
    opend openeding openering openingd openlying openning opepeing opeping operaing operatic
    operaticd operatics operating operationd operative operatize operator opination opineing
    opining opiningd opinings opponing optation optologist optology orad orader oraer orald
    orarian orariand orarians oraries orary orber orcer ordal orded orderd ordes orduer ore
    oreer orfer orgal organism organisms organums orgasmd orgasmes orgasmics orgiasm orgiasmd
    orgiasmes orgiasms orgiasts orker ormer orner ornes orologist orpining orter orthopath orval
    oryal oryer ose osmology osted osteod osteogen osteopathd osteopathy oster ostes otariaes
    otarian otariand otarians otaries otarines otary otherd otherguise otherism otherist
    othertime otherwhile otherwised oto otoer otologist otter ouarines ounce ouphening ourology
    outen outening outgoing outher ovaer ovalizes ovallies ovarial ovariald ovariales ovarials
    ovariand ovaried ovarin ovarined ovariner ovarines ovarins ovarioles ovarious ovaritis
    ovariumes ovariums ovaryd ovaryes ovening ovenning overaction overbase overbies overbows
    overbright overclose overcome overcows overcoys overd overdare overdash overdate overdight
    overdightd overdights overdo overdod overdoed overdoer overdoers overdoes overdome overdomed
    overdomes overdone overdoned overdones overdoor overdoors overdosage overdosed overdoze
    overdozed overdozes overdrys overdues overdure overdust overdyes overgods overgoes overgos
    overheight overhigh overhighd overhighs overhorse overhots overhouse overjobs overjoys
    overlies overlight overlightd overlights overloose overlove overlows overmighty overmore
    overmoss overmost overnigh overnighd overnighed overnigher overnighes overnighs overnightd
    overnoise overpoise overpole overpost overpots overright overrightd overrights overrise
    oversight oversightd oversights overslight oversots oversows overt overtight overtightd
    overtights overtoes overtoise overtone overtops overvote overweight overwise overwove
    ovologist ovularian ovularies owder owe owening owenning owher ownes owsening oxalic oxening
    oxenning ozenaing paased paasing paass paassed paassing pacer packd packed packer packes
    packetd pacosing pacossed pacossing pacts padd pader pades padus padusing padussed padussing
    paeanned paeanning paganned paganning pageants pager pagusing pagussed pagussing paher paids
    paien paiens paies paiks pailful pailfuld pailfuls pails paind paines painfuld painfuller
    paing painkillerd painkilleres painning painsd painsing painss paint paints painty paiper
    paips pairments pairs paisaing paised paiseing paising paiss paissed paissing palace
    palaites palas palasing palassed palassing palateds palatees palateless palates palatian
    palatinal palatine palating palation palative palatoes palch paleates paler pales palesing
    palessed palessing palgates palis palli palliate palliating palliation palliatived palls
    palma palmas palmates palmd palmes palmo palmos palmus palmy palmys palos palpates palper
    palps palsical palsying palts palus palusing palussed palussing palys pamentes paments pamer
    pamments pamper panaceas panached panch panched pancratic pancraticd pancratics pancreasd
    pancreass pancreaticd pancreatin pancreatind pancreatins pancreatism pancreatitic
    pancreatize pancreatoid pancy pandoreas pands pandy paner panes panfiller panful pangaeas
    pangs pani panicful panis panks pannaing panned panneing panning panningd pannings panoched
    panorpas panos panosing panossed panossing pansed panseing pansing pansy pansying panta
    pantas pantd pantes panto pantoner pantos pantry pantsd pantsing pantss pantuner pantyd
    pantys paoloing paoned paonning paons papaer papalized paped papeer paperd papern papery
    papes papessed papessing papey papillad papillae papillaed papillaer papillaes papillar
    papillard papillared papillarer papillares papillars papillaryd papillas papillate papper
    papyr parabasis paraclosed paracyesis paradised paradosed paragram paraleed paralepsis
    paralipsis paralyse paralyseed paralyseer paralysees paralyses paralysesd paralysesed
    paralysess paralysing paralysisd paralysised paralysiss paralytic paralytics paralyze
    paralyzeed paralyzeer paralyzees paralyzer paralyzerd paralyzered paralyzers paralyzes
    paraments paramesed paranger paranuts parapectin paraphysis paraplasis paraplastic
    paraplastin paraplastind paraplastins parapsis paras parateer paratyped paravents paraxial
    parcener parch parclosed pardner pardnerd pardners pardo pardod pardoing pardond pardos
    pards pared parements parener parenes parenner parens parent parental parentals parentd
    parented parenter parentes parer pares parianer parineer paringer paris parising parissed
    parissing paritier parityer parkiner parks parlayed parrs parsed parseing parsiing parsing
    parson parsoner partaker partaned partaner partanes partanner partd parteder parter parterer
    partes partinger partlyed partlyer partnerd parto partoer partos partsd partser partsing
    partss party partyer partys parulised parus parusing parussed parussing parvenus pas
    pasaning pasanned pasanning pasch pasching pascuage pasd pased paser pases pashaing pashed
    pashing pashming pashs pasied pasiing pasing pasis pasked pasking pasks pasmoing paspying
    pasquing passable passably passade passaded passades passading passaged passager passaging
    passd passe passee passeed passeeed passeeing passeing passen passend passened passening
    passer passerd passered passering passes passewad passible passibled passibles passimed
    passiming passingd passiond passions passired passiring passived passiving passkeyd passo
    passod passoed passoing passused passusing pasta pastaing pastd paste pasted pasteing
    pastern pasternd pasterns pasting pastingd pastings pastised pastising pastosed pastosing
    pasts pasty pastying pasuling patasing patassed patassing patchd patchy pateeing patentes
    patents pater pathlets patients patin patins patriner patroner pats patsying patteing patten
    pattener patter patterd pattered patterer patteres pattering patternd patterny patters patty
    pauer paums paunceed paunched paunchedd pauncheds pauncher paunches paunchied paunchyd
    paunchyed pauper paused pauseing pausing pauts pavanned pavanning paver pavesing pavessed
    pavessing pavin pavins pavising pavissed pavissing pawer pawns paxer paxillar paxillard
    paxillars paxillary paxillaryd paxillarys payeeing payer payments payns paysed payseing
    paysing pcper peace peaceing peaed peaes peageing peaing peais peanned peanning peart
    peartener pearts pease peaseing peason peasying pebanned pebanning pecanned pecanning pecket
    peckling pectineal peded pedeeing pedeing pedes pedesing peding pedis peeceing peecing peedd
    peedding peeding peeed peees peeingd peekd peeking peekking peeks peeld peeleing peeling
    peelingd peelings peelling peels peend peenging peening peenning peens peeoying peepd
    peeping peepping peeps peepying peerd peeriing peering peerling peerring peers peerting
    peerying peeveing peeving peeweing peged peges peging pehlevis peineing peing peinning peins
    peiseing pekanned pekanning peked pekeing pekes peking pekoeing peleanned peleanning peled
    peleing peles pelewing peling pelissed pelissing pellates pells pelonned pelonning peltates
    pelus pelves pelvicd pelvisd pelviss penceing penciled penciler penciles pendicle pendle
    pends pened penes penialed penialer peniales penible penibled penibles penide peniled pening
    penisd peniss penissed penissing penks pennis pensible pensile pensiled pensiles penss
    pentile pentiled pentiles pents peoned peonning peopled peopler peoplet peopling pep peped
    peper pepes peping per perceing percents perchaes perd pered pereing pereling peres peresing
    performable performanced performant performantd performanted performanter performantes
    performants perhapsd perhapss perianal periapts periareum periblem periblems pericecal
    periderm peridesm peridial peridium perigeal perigeald perigeals perigean perigeum perigeumd
    perigeums perinaeum perinaeumd perinaeums perineald perineed perineer perinees perineumd
    perineural pering perinium periniumd periniums periople perioral perirenal peris perissed
    perissing peritoneal peritoneum perleing permanence permanency permanentd pernancy pernis
    peroneal peroneald peroneals peronial peronium perosmate perron perscribe perscribed
    perscribeed perscribes perseing persona persond pertener pertinent perts perviously
    perviouslyd perviouslys pervis pesahing pese pesed peseing peses pesing pessed pessing
    pesteing peted peteing petering petes peting petition petreing petty pewed peweeing peweing
    pewer pewes peweting pewing pfunds phane phaned phaneing phanoing phaseing phasesed
    phasesing phasised phasising phasma phasming phebeing pheering pheesing phene phened
    pheneing pheoned pheonned phills phocined phoed phohed phoing phonaled phonated phond
    phoneed phoneied phoneind phonemed phoner phoney phoneyd phoneyed phoniced phonied phonned
    phonning phono phonod phonoed phonoing phons phony phonyd phonyed phooed phooing phoos phore
    phored phoroned phose phosed phossing photed photoing photon photoned phyloned physciad
    physcias physic physicald physiced physicer physices physician physicky physico physicod
    physicos physicotherapy physicotherapyd physicotherapys physicsd physicss physidae
    physiotherapied physiotherapies physiotherapistd physiotherapyd phytoned pials pian pianned
    piannetd pianning pianoing pians piast piasting picaling pickeing picket pickleing pickling
    pickying picrates pictsing piculing picunched picusing picussed picussing pidanned pidanning
    pieceing pieed piees pieing pieletes pienning piens pieteing pigletes pilagees pilages
    pilares pilaries pilaryes pilaster pilasters pilate pilated pilateed pilateer pilatees
    pilatian pilating pilaueds pilaues pilched pilcherd pileataes pileatas pileated pileateds
    pileatees pileates piles pilesing pilessed pilessing pilinned pilinning pilis pillages
    pillares pillas pillases pillaues pilld pilles pilletes pilms pilonned pilonning pilosing
    pilotees pilotes pilpaies pilpayes pilus pilusing pilussed pilussing pilys pimanned
    pimanning pimelates pinacled pinas pincased pincered pinchd pinche pinchedd pincheed
    pincheer pinchees pinchem pinchemd pinchemed pinchems pincher pincherd pinchered pinchers
    pinchersd pinches pinds pines pings pinicced pinkilyer pinks pinnates pinochled pinocled
    pinos pinscher pinscherd pints pinus pinusing pinussed pinussing pinys pioned piotty
    piousing pioussed pioussing piper piratees pirates piratess piraties piratyes pired pirls
    pirns pisaning pisanned pisanning pisaying piscesed piscesing piscised piscising piscoing
    pised piseed piseing pises pished pishing pishs pishuing pising pisked pisking pisks
    piskying pisoed pisoing pisos pissabed pissd pissedd pisseding pisser pisserd pissered
    pissering pisses pisted pisteing pisting pistling pists pisuming pitch pitched pitcherd
    pitchied pitchyed pitpates pitsed pitsing pitss placed placeing placeless placer placet
    placitum plack placket placketd plackets placking plagaing plage plageing plaguing plaice
    plaicing plaiding plain plained plainerd plainful plainfuld plainfuls plaining plainingd
    plainings plainned plainner plainning plains plainted plaintful plainting plaising plaiting
    plakking planaead planared planaring planated planating planched planching pland plane
    planed planeed planeing planered planering planeted planeting plang planged planging plani
    planied planiing planing planingd planinged planinging planings plank planked plankerd
    plankied planking plankingd plankings plankyed plankying planner plannerd plannered
    plannering planners plano planoed planoing plant plantaed plantain plantaing planted
    plantedd planteds planterd planting plantingd plantings plantlets plantling plants plaper
    plapping plaquing plashing plasm plasmad plasmd plasming plasmoma plasms plass plassed
    plassing plastein plastin plastind plastins plastisol plataleas platan plataned plataning
    platanned platanning platanod platanos platanus platch plate plateaes platedes plateing
    plateled plateler plateles plateless platelessd platelesss platelet plateletd plateleted
    plateleter plateletes platen platened platenes platening platenned platenning platerers
    plateres plates platic platina platind platine platined plating platining platinned
    platinning platinode platinoid platinous platinumd platterd platters platting platying
    platysma plauding plautine playaing playlets playting plazaing pleaes pleased pleaser
    pleasure pleating plebeing pleining pleinned pleinning pleneing plenying pleoning pleonned
    pleonning pleshing pleteing plianted pliantes plianting plicaling plicates plinthed plinying
    ploating ploce plonging plooking ploped ploping plopping plotty plower pluds plugs plumelets
    plums plunging plunking plups plusd plush plushing plushying pluss plussage plussing
    pneumoing pneumoniad pneumonic pneumonicd pneumonics pneumonied pneumonies pneumony
    pneumonyd pneumonys poaed poaer poaing pobed pober pobing pocanned pocanning pocket pocoed
    pocoing pocos poded poder poding podoed podoing podos poeed poeer poees poeing pogoed
    pogoing pogos pohed poher pohing poiciling poied poier poignancy poignant poiing poind
    poinds poing pointd pointful pointy poisable poiseing pokanned pokanning poked poker poking
    pokoming poled poler polianned polianning poling polioing polissed polissing pollanned
    pollanning polls poloed poloing polos polosing polyd polyes polyopsy polypd polype polypeds
    polypees polypes polypi polypies polyping polypis polypods polypose polypous polypus
    polypusd polypuss polys pomboing pomed pomer poming pomoed pomoing pomos pompaing pomped
    pomping ponchoed pondoing ponds poned poner pongoing poning pontoing ponts ponty pooad
    pooaed pooaing pooas pooching poodd poodding pooded pooding poodling poods pooer pooes poofd
    poofed pooffing poofing poofs poogying poohd poohed poohhing poohing poohs pookaing pookd
    pooked pooking pookking pooks poold pooled pooliing pooling poolingd poolings poolling pools
    poolying poond pooned pooning poonning poons poopd poopedd poopeding pooper poopes poopingd
    poopooed poopooing poopped poopping poord poored pooring poorling poorring poors pootd
    pooted pooting poots pootting poped poper poping poppaing popped popping poppingd poppings
    poppling poppying pored porer poring poros porosing porpoise porrection portably portention
    portents porterly portoing ports porty posed poser poshing posing positing positiond
    positive positron positrond positrons posoling possed posseing possibled possiblied
    possiblies possiblyd possiblyed possiblyer possiblyes possing postable postdate postilion
    postnate potassed potassing potation potch poted poter poting potooing potpiing pottd
    pottern potternd potterns potto pottoing potts pottyd pouching poulping pounceds pounceed
    pound poundals poundd pounders poundes pouped pouping poupping poussing pouty powanned
    powanning powder powed powen powerd powes powing powped powper powping powter poxed poxer
    poxing poyed poyer poying poynds poyouing pozed pozing prads praed praising pranaing
    prancing pranking prankling praseing prat prats prawning prease preassume preassure
    preassured preassures preaxial prebless precancerousd precancerouss preceling preception
    preciously preciouslyd preciouslys predates prede predeing predescribed predy preed preefing
    preening prees preesing preezing pregnance pregnanced pregnances pregnancyd pregnantd
    pregnantly prehaps prehapsd prehapss prehension preing preinscribed preinsure preinvention
    preissue prelates prelease prelection premarry premates premention prementiond prementions
    premiant preobviously prepd preplant preregnant prerents prereption prescribe prescribeed
    prescribeer prescribees prescriber prescriberd prescribered prescribers prescribes
    prescriptd prescripted prescrive prescrived prescriveed prescrives presecure preseing
    presension presention presentiond presentions preshare prespurd prespured prespurer
    prespures prespurs presserd pressered presserer presseres pressers pressible pressing
    pressive pressord pressored pressorer pressores pressors pressurage pressural pressured
    pressurize prestamp prestant prestate prestated prestates prestore pretension pretry
    prettify prettily prettyd preveing prevenancy preventing preventiond preventive preversion
    previousd previoused previouser previouses previouslyd previouss prevotes preyd prialing
    prialling prianned prianning priceding priceing pricering priching prickeding prickering
    pricketing pricking prickingd prickings prickle prickled prickleding prickleing prickles
    pricklied pricklies pricklingd pricklyd pricklying pricksing pricksong pricky prickying
    prideling pried priestes prightes prilling prills primacy primacyd primacys primages
    primales primaling primar primard primared primarer primares primarily primars primaryd
    primate primated primatees primates primatesd primatess princeed princeling princely
    pringling prinking prinkleing prinkling prinkying print priorate priorates prisages prisales
    prisaling priseing prisming priss prissed prissied prissing prissyed prissying pristane
    pritched priusing priussed priussing privacies privacyes privacys privadoes privados
    privantd privanted privanter privantes privants privated privateers privatees privatelys
    privative privatives priveted priveter privetes privities privityes privitys proaction proas
    proauction probabl probabld probable probabled probabler probables probabls probablyd
    probaled probaler probales probates probd probe probeable probeers probes problemd problemes
    problemist proception procurate prodition prods production proed proes profection
    profectiond profections profiction profs programd programma programmad programmaed
    programmaer programmaes programmar programmas programmed programmer progs proing projection
    projectiond projections prolanned prolanning prolates prollers promercy pronates prone
    proned prooed proofing prooing proos proped propenyl properate propered properer properes
    properlyd property propertyd propertys proping proplegs propless proplexs propping props
    propsing prorates proreption proscribe proscribed proscribeed proscriber proscriberd
    proscribes prosection prosectiond prosections prosecution proslave prosoing prospection
    pross prossing prostatectomyd prostated prostatic prostatotomy prosternate prostrated
    prostrative prostrator prostrike prostyle protagon protecting protectiond protective
    protector protension proto protod protoing protond protone protopin protos protraction
    protrade proustite provable provably provablyd provablys provantes provection provectiond
    provections provedly provenly prower prowlers prows proxs prued pruhhing pruinate pruinates
    prunably pryanned pryanning pryed psalms psis psoassed psoassing puanned puanning pubissed
    pubissing puckling pudsy pudsying pueed puees pueing puelched pughing puhhing puhing puhs
    puisning puisting pukishing pulassed pulassing pulianned pulianning pulishing pulld pulli
    pulls puls pulsates pulseing pulus pulvic punaning punanned punanning punchd puncheon
    puncheond puncher puncherd punchered punchers punches punchied punchies punchind punchined
    punching punchyd punchyed punchyer punchyes punctate puncted punctoed punctoer punctual
    punctuate punctule punctuled punctules punctumd punctumed punctumer punctumes punctums
    punctured puncturer punecaed punicaed punicced puniceed punished punishing punition punkahed
    punts punty puper pupilates pupillary pupillaryd pupillarys pured pureeing purposed purposer
    purposive purprise purseing pursuing pursy pursying pus pusaning pushd pushering pushingd
    pushpind pushpins pushtuing pusiling pusing pussd pussed pussing pusss pussyd pussying
    putchend putcherd putt putteron putty pyeed pyees pyeing pyinning pyins pylonned pylonning
    pyralesed pyralised pyranned pyranning pyred pyrexiad pyrexiald pyrexic pyrexical pyrexicald
    pyrexicals pyrexicd pyrexics pyrexing pyrolysis pyrolyzed pyroping pyrostat pyrostatd
    pyrostated pyrostater pyrostates pyrostats pyruvate pyruvates pythoned pyxissed pyxissing
    quacker quackery quackyer quaicher quecker questing questiond questman quicaer quiceer
    quicheer quicher quicked quicken quickend quickener quickens quickes quickied quickieer
    quickies quicklyer quickset quinceer quincher quinker quirker quirkyer quitcher raads
    raashing rabiesed rabining racerred racher rachised racismed racisted radas rades radiatics
    radiating radiationd radiative radiator radication radicationd radications radii radiod
    radiosurgeryd radiotherapied radiotherapist radiotherapyd radiotherapyed radiotherapyer
    radiotherapyes radiothermy radiotron radished radiumd radiumtherapy radius radiused radix
    raer rafterred ragerred raher rahher raiae raiaed raided raids raied raies raifed railed
    rained raing raining rainning rainying raiped raisd raisedd raiseed raiser raiserd raisered
    raisined raiss raissed rakerred rakher rakished rally ram ramismed ramisted ranal randem
    randomd randomlyd randon rands rangd range rangy ranining ransom raperred raphised rapidsed
    rapining rapisted rapported rarished rasd rase rased raserred rasher rashing rashingd
    rashings rashling raspised rasse rassed rastling rat rataer rataning ratanning ratcher
    ratcherd ratchers rateer rater raterred rathe rathed ratheder ratheer ratherd rathes
    ratining ratio ratlining ratter raund raunning rauns ravendom raverred ravining ravished
    rawished razerred reaal reabusing reacting readd readerred readmission reads readvise
    readvising readyd reaer reagining reald realesed realeser realeses realesing realessing
    realesting realigning realism realismd realismed realismer realismes realisming realisms
    realist realistd realisted realister realistes realisting realists realitying realive
    realived realiveing realives realiving realized realizeing realizer realizering realizingd
    reallies realling reallyd reallying realm realming realterd realtied realties realty
    realtyed realtying reamerred reamusing reamy reaperred reard rearered rearerred rearise
    rearised reariseing rearises rearising rearlies rearly rearm reasking reasond reastying
    reasy reasying reataing reattain reattaining reattention reatusing reavered reaverred rebab
    rebaited rebaiting rebaning rebanning rebar rebarred rebasising rebated rebateed rebaterd
    rebathed rebatoed rebeared rebearred rebeat rebeated rebelief rebladed reblamed reblasted
    rebloted reboasting reboising rebolted reboreed reborned rebushing recanted recarted
    recasted recasting recedered receiver receivered receivers recension recented recenter
    recentes recentlyd recentness recentre reception recession rechaining rechal recheered
    recision recission recissiond recissions recital recitald recitals recitered reckond
    reckonered reclimbd reclining reclosing reclusing recoal recoaler recoasting recoated
    recoater recocker recocted recocter recodeed recodeer recoiler recoilered recoiner
    recoinered recoining recokeed recokeer recolored recomber recomember recommandd recommanded
    recommander recommandes recommence recommenced recommenceed recommencer recommencerd
    recommences recommend recommendd recommendee recommendeed recommendeeed recommendees
    recommender recommenderd recommendered recommenders recommendes recommends recompensed recon
    reconer reconfer reconfered reconner recontended reconveied reconvened reconverged
    reconversed reconvert reconvertd reconverted reconvey reconveyed recooker recooler recooper
    recoopered recopper recoppered recopyer recorded recorder recordered recorked recorker
    recouper recoupered recoverd recoveree recovereed recovereeed recoverees recoverer
    recovererd recoverered recoverers recoveres recoveried recoveries recoverord recoverored
    recoverred recoverrer recovery recoveryd recoveryed recoveryer recoveryes recrated
    recreantly recroper recta rectad rectaing rectald rectally rectas rections rectoral rectorer
    rectumd rectus recumber recurred recussion redacted redaning redanning redarning redarted
    redated redateed redaubed redawning redbuckd redbucked redbuded redd reddd redderred reddy
    redecked redeferred redetention redfining redgumed redition redocked redtailing redubbed
    redubed reduce reducedd reduceed reduceer reducees reducent reducentd reducer reducerd
    reducered reducers reduces reductd reducted reducter reductes redued redueed reduited
    reduncad reduncaed reduxed reduxxed reed reedd reederred reedy reeed reefered reeferred
    reeferrer reekerred reelerred reeperred reest reesting reexported refaited refaiting
    refaning refanning refar refarred refarrer refected refection refeeded refeeled refelled
    refenced refered refereed refereeed referees referral referrald referraled referrer
    referrerd referrered referrers refinerred refining refireed reflaged reflamed reflated
    reflateed reflates refleted refloated refonted refooted reforced reforded reforged reformed
    refossion refraining refreted refurled refuserred refuterred regain regaining regainning
    regal regaliaing regalism regalisming regalist regalisting regalize regalized regalizeing
    regalizes regalizing regally regallyd regallys regather regelated regentess regian regianes
    regianing regians regidors regimens regin regining regins regionals regiond regioneds
    regiones regious regiousd regiouss reglazed reglazing regleted regloved regnal regorged
    regovern regovernd regoverned regrated regulated regulize regulizing regurred regushing
    rehairing reheared rehearred reheat reheated reigning reimported reinaing reinduced reined
    reinerred reinferred reining reinning reinsing reised reiterred reivered reiverred rejailing
    rejection rejerked rejoining rejolted relabeld relaced relaceed reladed reladeed reladend
    relaided relaiding relaied relaised relaiser relaises relaising relaissing relamped relanded
    relaped relapped relapsed relapsing relasted relaster relasterd relastes relasting relatad
    relataed relataer relataes relatchd relatched relate relatedd relateed relateer relatees
    relater relaterd relatered relaters relates relatived relatord relatored relatumd relatumed
    relaxant relaxed relaxedd relaxeds relaxerd relaxxed relayed releaded releaped released
    relection relegated relented relentes relentlessd releted reletted relevance relevancy
    relevantd relevate relevated relevels relianted relicing relicted relied reliefd relier
    relierer relieres relierred relies relieved relievedd relievedes relieveds relieveed
    relieveer relievees reliever relieverd relievered relieverer relieveres relieves relievoer
    relievoes relievos relifted religated religion religions reliking reliming relimitd reliners
    relining relishers relishing relisted relisting reliveer relivees reliving reloaded reloaned
    relocated relosing relosted reloted relotted reloved reloveed reloveer relowered relucted
    remailing remain remaining remainning remainsing remaning remanning remasted remasting
    remeaner remedeer remedyer remeeter remelter rememberd remenant remender remerged remeved
    remeveed remeveer remeweer remexxer remising remissing remissiond remissive remocked
    remodeld remolded remoped remopped remoraed remorated remorded remorsed remoted remoteed
    remotived removald removaled remove removedd removeded removeed removeer removees remover
    removerd removered removerer removeres removerred removers removes renail renailing renald
    renated renateed renay renderred renerved rengs renining rennerred rennining renoveld
    renoveled rental renterred rentless renumber reobtain reobtaining reofferred reomission
    reomissiond reomissions repaiding repainting repairing repanding reparated reparked repartee
    reparteed repasted repasting repawning repeal repeatd repeated repension repent repented
    repentless repentlessd repentlesss repining replaced replaied replaited replaned replanted
    replated replateed replates replayed repleat repleatd repleated repleats repleted reploted
    replotted repointed repolled reponeed reponeing reponing repopeed reportaged reportd
    reporter reporterd reportered reporters reportes reposeed reposered reposited reposted
    reposter repostes repoted repotted repotter repounding repoured repourred reprievers
    reprising reprizing reproved reprover reprovered repurged requined requining requizing
    reradiation rerailing reraised reraising rerated rerateed rerising rerooted rerouted
    resailing resalted rescated rescinding rescission reseat reseated resection reseising
    reseizing resembler resending resentless resentlessd resentlesss reserved reset resevered
    resevers reshing reshining reshoing resilvers resining resizing reskining reslaied reslated
    reslateed reslates reslayed resliding resloted resolved resolver resolvered resorbed
    resorted resorter resorterd resortes resounding respading respaning respanning respining
    respinning resplending respokeing respoking respondeing respondent respondering responseing
    responsing respoted respoting respotted respotting restain restaind restaining restainning
    restains restated restd resterred restising restproof restrain restraining restream restroke
    resty resucked retabling retacking retagging retaging retail retailing retailling
    retainaling retaind retainering retainingd retainning retakeing retaking retalking retamaing
    retameing retaming retan retaning retanning retapeing retaping retarding retareing retaring
    retasted retasting retation retationing retaxing retaxxing retection retectiond retections
    retemmer retemper retenant retening retenting retentiond retentive retentor rethinking
    retiaing retialing reticently retieing retierred retiling retimber retiming retin retinaing
    retining retinning retinuing retiping retiring retoasting retomber retonation retorted
    retortedd retorteds retorter retorterd retortes retortion retrain retraind retraining
    retrainning retrains retraiting retrally retrievers retriming retriping retroted rets
    retterred rettinging retucked retuning returning retwineing retwining retyinging retzianing
    reunions reuseing revelant revelated revenant reverbed reverber revereed revererd reverered
    reveried reverred reverrer reversed reverted reveryed reviewers revising revision revivered
    revivers revokered revolted revolved revolver revolvered rewarning rewaterd reweared
    rewearred rewining reworded reworked rewoved rewoveed rewoveer rewovend rewovened rhabdium
    rhapised rhapising rhason rheining rhetianing rhinaing rhined rhineing rhining rhinoing
    rhussing rianting ribes ricerred richt ricining rictal riderred riflerred rifterred rightd
    righto righty rigols rigor rigord rigores rigorism rigorist rigorous rimerred rinds rined
    rines ringd ringe ringes ringy ringys rining rinks riotours riperred riposted rised riserred
    rishiing rishing rivalize rivalizing riverred roaching roadd roadding roaditing roads roamd
    roamming roand roanning roard roarring roastering roastingd robbery robberyd robberys
    roberred robining roboting robusting rogerred rohund roind roined roining roinning rointing
    roisting roitting rokad rokerred rolld rollo romaining romandom romanting romisting rongs
    ronining roofd rooferred roofy roommated roond roosaing roosting rootting roped roper
    roperred rosad rosaling roserred roseting rosining rossiting rosting rotad rotaning
    rotanning rotating roterred rother rotseing rotund roubd rouching roudd roued roueting
    roughing roukd roundd roundy rouned rounning rouns roupd rouseing rousting roustingd
    roustings routd routhing routined routining routting rouxd roverred roveting rowerred
    roweting rownd rowported royalize royalizing royeting ruaching ruanaing rubber rubberd
    rubbered rubberer rubberes rubbers rubbersd rubberss rubberyd rubblerd rubblers rubiaing
    rubianed rubianing rubined rubineed rubineing rubining rubinned rubinning rublising rucheing
    ruching ruchingd ruchings rudishing ruened ruening ruenning ruens rueworted rufferred
    ruffined ruffining rufterred rugbyd ruggy rugined rugineed rugineing rugining ruginned
    ruginning ruinated ruinating ruind ruinedd ruineding ruiner ruinerd ruinered ruinering
    ruines ruingd ruinged ruinging ruings ruinned ruinning ruins rukhing rulerred rulinged
    rulinging rumaning rumening rumkined rumkining runby runching runed runerred runes rungs
    runicing runined runing runining runinned runinning runiting runned running runningd
    runnings runnying runovered runts runty ruperted rupiaing rupieing ruralize ruralizing
    rusaing ruseing rushd rusheding rushening rushering rushingd rushy rushying rusined rusineed
    rusineing rusing rusining rusinned rusinning ruskined rusking ruskining rusky ruskying
    rusmaing rusoting rusponeing rusponing russined russing russining rustd rusting rustling
    rustly rustring rusts rustyd rustying rutching ruther ruthing ruticing rutiling rutined
    rutining rutinned rutinning rutty ruviding ryderred rys ryshing ryther saadding saaed saaing
    saand saanned saanning sabanned sabbing sabed saber sabing sabir sable sably sablying sabot
    saboting sabra sabre sacared sacarred saced sacianned sacing sackd sackings sacre sacred
    sadden saddled saddler saded sades sading sadister sadlyd sadlying safed safen safeness
    safid safing sagaiing sagaing saged sageing sageness sagening saggering saggingd saggoning
    saggying saging saginging sagoing sagraing saguming sagusing sagying sagys sahed sahes
    sahing sahme saibling saicd saidd saidding saides saidi saied saifying saigaing saiid saiidd
    saiing saild sailed sailering sailing sailingd sailings sailling saily sailying saimd
    saimming saimying saind saing sains sainting saipd saipped saipping saird sairs sairving
    sairying saiteing saithing saivaing sajed sajing sak saked sakes sakid saking salamming
    salarred salating salaying saled saleping salepped salepper salepping sales saling sallooed
    sallowed sallower sallowes sallowied sallowyd sallowyed sally sallying salp salpaing salps
    saltying salvaing salved salveing salvering salving salvoing salvying samadhed samanned
    samassed sambo samed samekhing samel samen sameness samer sametting saming samished sammying
    samshued sananding sanation sancying sanding sandingd sandings sandling sandring sandying
    saned saneness sanetches sanetching sangaing sanging sanguing saning sanned sannying
    santones saoed saoing sapanned saped sapheading sapid saping sapoting sapping sappingd
    sappings sappless sappying sapworts saraading saraning saranned saranning sarasining
    sarcining sarcomad sarcosoma sardining sared sargoing sarid sariffer saring sarip saripped
    sarkining sarong sartaining sarted sarting sarts sas sasanned sashed sassying satable
    satabled satables satabling satand satanging sataning satanned satanning sataraed sataraing
    sated satiable sating sationes sativing satraing satrones satting sattlees sattles sattling
    satyring saucying sauffing saughing saumming saurred saurying sautting sautying sauved
    sauveing sauving savaging savedd savedding saveding saveed saveing saver saverd savering
    saves savin savind savine savingd savining savins savoring savoying savvying sawanned sawed
    sawedding sawering sawing sax saxed saxing sayaing sayaling sayas sayed sayering sayes sayid
    sayiding sayingd saynding scabbing scabbling scabbying scabed scabling scadding scaddle
    scaddled scaddles scaded scaeaned scaeanned scaff scaffiing scaffing scaffling scaffs
    scalared scalding scale scaled scalened scalered scall scallomed scalloped scalping scalting
    scalying scambled scambles scambling scamed scamming scamping scand scaned scaniaed
    scanianed scaniced scanner scannerd scannered scanners scanning scanted scantied scanting
    scantled scantyed scape scaped scapeing scaposed scapping scappling scaps scarabed scarce
    scarced scarceed scarcend scarcing scard scardd scarded scarding scareed scareing scarer
    scarerd scarered scarf scarfd scarfed scarfedd scarfeds scarferd scarfied scarfing scarfyed
    scarid scarided scaried scarious scarletd scarn scarnd scarned scarning scarp scarpd scarped
    scarping scarred scarredd scarreds scarrerd scarried scarring scarryed scars scart scartd
    scarted scarthed scarthing scarting scarts scarused scarved scarvedd scarveds scary scaryd
    scaryed scarying scase scased scatch scatching scate scated scathing scatting scauping
    scaupping scaured scauried scaurred scauting scawding scawed scazoned scazonned sceat
    sceating sceats sceatting scending scenister scent scenting scepsis scepsisd scepsiss
    sceptic scepticd sceptics schading schahing schanzed schapping scharfed scheating schister
    schisting schoold schooling schoon schooning schorl schouting schuitting scianned scianner
    sciaraed sciatic sciaticad sciatical sciaticd sciaticed sciaticer sciatices sciaticky
    sciatics scifiing scinding scionned scioting sciotting scission sclaffing sclating sclaving
    scleroid sclerred scliffer scliffing sclimbing scliming sclimming scoating scobbing scoff
    scoffing scoffingd scoffings scoffs scogging scoke scolders scole scoles scomming scone
    scones scooning scoonned scooping scoopped scoopping scoot scooting scootting scopaing
    scopeing scopiped scoppetd scops scopsing score scored scoreless scorering scores scorious
    scotching scotering scothing scotting scouking scouping scoupped scoupping scourred scouting
    scowdering scowders scower scowlering scowlers scowling scrabbing scrae scraed scragging
    scraggling scranch scranchd scranching scranchs scraning scranked scranned scrannel
    scranneld scranner scrannied scranning scrannyd scrannyed scrapping scratchd scratchering
    scratchesing scratchied scratchies scratchingd scratchy scratchying scrath scrathing
    scrating scratting scrattling scrauch scrauchd scrauching scrauchling scrauchs scraunch
    scraunching scray scraying screaking scream screaming screeches screeching screeding
    screiches screiching scriggle scriggling scrimming scrinching scrining scrinned scrip
    scripped scritch scritchd scritches scritching scritchs scritting scrivering scrivers
    scroffing scrooching scrotumd scruff scruffes scruffing scruffling scruffs scruffying
    scruffys scrufing scrufting scrunching scudding scudiing scudoing scuffd scuffeding scuffeds
    scuffering scuffers scuffes scuffied scuffies scuffleing scuffles scuffling scufflying
    scufflys scuffy scuffyes scuffying scuffys scuft scufting scufts scuggery scugging sculking
    sculling sculping scumble scumbled scumbleed scumblees scumbleing scumbles scumbling
    scumblingd scumblings scumming scunned scunnerd scunning scupping scured scurf scurff
    scurffes scurffing scurffs scurfing scurfs scurfying scurred scurried scurring scurryed
    scusation scuseing scutaing scutching scuteing scutting scuttles scying scything sdaining
    sdainned sdeathing sdeigned seaaping seabeing seacornd seaegging seagoing seaked seakes
    seaking seakingd seakings seakking seamed seamming seams seamying seancing seand seanned
    seanning seapiing seaports seapying searated searating searcing seared searring searying
    seatd seathing seating seatingd seatings seatless seatrain seatraining seatting seaved
    seaveing seaving seavying sebat sebating secanted secession secks secondar secondard
    secondared secondarer secondares secondaried secondarilies secondarily secondarilyes
    secondarilys secondariness secondaring secondarred secondarrer secondars secondaryd
    secondaryed secondaryer secondaryes secondd seconde seconderd seconderes seconders
    secondlies secondo secondrates secosd secpared secreness secretum sectiles sectiond secund
    securely sedanned sedat sedating sedation sediling seech seedding seeded seededing seedling
    seeds seedying seeed seees seeged seeked seeks seeled seels seemd seemer seemerd seemered
    seemes seemlied seemlyed seemmed seemming seend seened seens seenu seeped seeper seeping
    seepping seeps seepying seered seers seeted seething seets seetting seggeing segging
    seidding seided seides seied seine seined seinering seinting seise seised seisming seited
    seitting seitying seizeed seizer seizerd seizered seizering seizined seizored seizured
    selening seles selfd selfward selly sembling seme semed semeed semen semes semibody
    seminister semitimes semsemed senating sence senciond senes senge senhores senicide seniling
    seniores senoraes senores sensa sensating sensationd sensd sensed senser sension sensiond
    sensions sensister sensized senso sensores senss sentition senyores sepic sepond seposits
    sepses sepsin sepsines sepsins sepsisd sepsiss sepss septales septation septi septicd septid
    septiles septis septoic septoicd septoics septoles serabbing seraiing serailing seranged
    seranger seranges serbized sereaning sereining serenading serenees serenely serenity
    sergioes serialist serianing seriation sericeous seriffer serining serinus serinusd serinuss
    serioes seriolas serios seriousd seriouss serond serooting serous serration serrous serrousd
    serrouss serry serta sertules servation servente serventeed serventeer serventees servering
    servidor servitor sessiond sestoles seta setales setarious seten setfairs setimming setoffer
    setond setones settable settables settaining setteees settees setteing setteres settes
    setting settingd settings settle settled settledd settledes settleds settleed settleer
    settlees settler settlerd settleres settlers settling settlores settlors settoes settoing
    setulaes setulees setules setupped setupping sevend sevens seventeend seventeens seventh
    seventhd seventhed seventher seventhes seventhly sevenths seventied seventies seventyd
    seventyed seventyer seventyes seventys sever severable severald severals severedly
    severedlyd severedlys severeed severeer severees severelyd severerd severers severian
    severing severity sewaging sewaning sewanned sewedding sewen sewering sexedding sextic
    sextiles sextoles sextones seyen seying seynding sfoot sfooting sfootting sgadding shabbing
    shabbling shabbying shabes shabing shack shackes shackies shacking shackles shackling
    shackyes shackying shaddeing shadding shadedding shadeding shadeing shadering shades shading
    shadingd shadings shadower shadowering shadowers shadying shaed shaes shaft shafting shages
    shagging shaggying shaging shahes shahhing shahiing shahing shaid shaies shaiing shaikes
    shaikhes shaikhing shaiking shaikking shailing shaing shaivaer shakaes shakaing shakas shake
    shaked shakees shakeing shaken shakenes shakening shakens shaker shakeres shakering shakers
    shakersd shakerss shakhaes shakhaing shakies shakiles shakiling shakingd shakoes shakoing
    shakos shaktaes shaktaing shakties shaktiing shakues shakuing shakus shakyes shakying shakys
    shaleing shales shaling shall shalling shalloned shalloped shalloted shallowd shallowed
    shallower shallowes shallowied shallowsd shallowsed shallowyd shallowyed shalming shalt
    shalting shalying shamaing shambled shambles shambling shame shamedding shameing shamering
    shames shaming shamming shand shandying shaneing shanes shanging shaning shankeds shankers
    shankes shanking shankings shannaed shanned shannied shanning shannyed shans shant shanting
    shapedding shapeing shapering shapes shaping shapingd shapings shapping shaps shapsing
    shapying sharding share shared shareing sharering shares shariing sharing sharkers sharkes
    sharkies sharking sharkingd sharkings sharkyes sharkying sharning sharping shashed shashing
    shatd shates shating shatting shauld shauling shauping shaupping shauwing shaved shavedding
    shaveding shaveeing shaveing shaveling shavening shaver shaveres shavering shaverring
    shavers shavery shaveryd shaverying shaverys shaves shavesing shaving shavingd shavings
    shawer shawes shawing shawling shawming shawning shawying shayes shaying shays shead
    sheading sheadingd sheadings sheafing shealing sheaning sheanned shear shearding shearing
    sheas sheat sheathing sheating sheats sheatting sheaving shebating shedd sheddeding
    sheddering sheddingd shedering sheding shee sheed sheeed sheees sheeling sheen sheening
    sheens sheep sheeper sheeping sheepling sheepper sheepping sheeps sheepyer sheepying
    sheering sheers shees sheet sheetd sheeteds sheeters sheetes sheeties sheeting sheetting
    sheety sheetyes sheetys sheiking sheiling shelaing sheld shelders shelding shelf shelfing
    shelling shels shelvering shelvers shelving shemuing shend shending shenging shenning shens
    shent shenting shents sheoling sherbets sherd sherding sherning sherring shers shetd
    sheteing shetes shething shets shetting shevaing sheveling shewaing shewd sheweling shewer
    sheweres shewering shewerring shewers shewning shews sheyling shiahing shibaring shiceing
    shicer shiceres shicering shicerring shicers shickering shickers shide shideing shides shied
    shiedding shieding shieer shielders shielding shieling shier shiering shierring shiers shies
    shiesing shiester shiesting shift shiftering shifters shifting shiftingd shiftings shiftying
    shiher shihhing shihs shiiteing shiiting shikaring shiker shikes shiking shikking shikoing
    shiks shilfing shilhing shill shilling shilying shimeiing shimer shimmering shimmers
    shimmery shimming shimmying shimpering shimpers shims shina shinaing shinas shind shine
    shineing shiner shineres shinering shinerring shiners shines shing shingle shingled shingler
    shingles shinnering shinners shinnery shinnied shinnies shinning shinny shinnyer shintoing
    shintying shiny shinying shinys shiper shipped shippedd shippeds shippend shipperd
    shippering shippers shippied shipping shippingd shippings shippoed shippoing shippyed
    shippying ships shireing shirkering shirkers shirking shirling shirring shirt shirting
    shirtingd shirtings shirtying shishing shisn shisning shisns shist shister shisting shita
    shitaing shithering shithers shittahing shittimd shittiming shittims shittleing shittles
    shittling shivareing shive shived shiveer shivees shiveies shiveing shiverd shiverering
    shiverers shiveres shiveried shiveries shiveringd shiverring shiveryd shiveryes shiverying
    shiverys shives shivey shiveyer shiveyes shiveying shiveys shivooer shivooing shivs shivver
    shivving shivyer shivying shoadding shoadering shoaders shoading shoaer shoald shoalering
    shoalers shoaling shoaring shoarring shoat shoating shoatting shockering shockers shocking
    shockingd shockinges shockings shocks shodding shoddying shodeing shoder shoderes shodering
    shoderring shoders shoed shoeer shoer shoering shoerring shoers shoes shofuld shofuled
    shoger shogging shogiing shoheting shojiing shojoing sholaing shole sholeing sholes shonaing
    shonding shone shoneing shones shood shoodding shooding shooer shoofaing shooi shooiing
    shooing shooining shook shooking shookking shool shoold shoolering shoolers shooling
    shoolling shools shoon shooning shoonning shoop shooping shoopped shoopping shoor shooring
    shoorring shoos shootd shooteeing shooteing shootering shooters shootied shooties shootingd
    shootist shootting shooty shootying shopening shoper shopfuld shoping shopped shoppeed
    shoppeing shopperd shoppering shoppers shoppied shoppies shoppingd shoppish shoppyed
    shoppying shops shopwear shopwearing shopwears shoqer shoqqing shord shore shoreaing
    shoredding shoreding shoreing shoreless shoreling shorer shoreres shorering shorerring
    shorers shores shorl shorld shorling shorn shorning shorring shors shortd shortering
    shorters shorting shortness shortsing shortwing shory shorying shotd shote shoteing shoter
    shoting shotsing shott shottering shotters shotting shottying shoud shoued shouer shouldd
    shoulder shoulderd shouldered shouldereds shoulderer shoulderers shoulderes shouldes
    shoulding shouldna shouldnad shouldnas shouldntd shout shoutd shoutering shouters shouting
    shoutingd shoutings shoutting shoveing shoveling shovening shover shoveres shovering
    shoverring shovers showd showed showerd showerering showerers showeres showeried showeries
    showerring showery showeryes showerying showerys showes showless shown showner showning
    showuper showuping showupping showy showyer showying shoyaing shrabbing shrabing shrafing
    shragging shraging shraming shrankes shranking shraping shrapping shraving shred shredding
    shreddingd shreddings shreddying shreding shrending shrewding shrifting shriking shrinering
    shriners shrining shrip shriping shripped shripping shriteing shriting shriveer shrivees
    shriveing shriveling shrivels shrivening shrivens shriver shriverd shriveres shrivering
    shriverring shrivers shroging shrooding shrovering shrovers shroving shrow shrowder shrower
    shrowing shruffing shrugging shtetles shticking shtiking shuck shucking shuckings shudders
    shudeing shued shues shuff shuffing shuffling shuffs shugging shuld shulering shuns shunting
    shure shurfing shuteing shutting shuttingd shuttings shuttles shuttling shyaming shyed
    shyering shyes shying sia siad siaes siagaing siaked siakes siaking siakking siamming sib
    sibes sic sicanaed sicanied sicering sices sickd sid sidaes sidas sided sidedding sideding
    sideds sidees sider sidering siders sidesd sidess sidhe sidhes sidies sidis sidle sidles
    sidthing sidyes sidys sie sied siees siestaer sieurred sievering sifes sifter sifting
    siftingd siftings sig siged siges sigged sigging sighd sighed sighs sightd sighting sightly
    sightlyd sightlys sighty sigiling sigmoidd signable signables signald signalees signalers
    signales signalese signalism signalist signallys signarys signated signates signd signee
    signeed signeeed signer signerd signered signes signet signetd signeted signisted signister
    signistes signmans signoned signored signores signumed sik sikatching sikering sikes
    siketing siketting sikinniser sil siled siles silicide siling silky silld sills sillyd
    siloister silt silter silting siltingd siltings silty siltying silureed silvering silyl sim
    simeoned simeoner simeones simes simile similing simming simonister sin sinae sinal sinals
    sinced sinch sindes sindle sined sines sing singable singe singed singled singler singlet
    singlied singlies singly singlyed singlyer singlyes sings singster singsterd singsters
    sinianer siniccer sinicoer sinifyer sinismed sinismer sinismes sinisterd siniteer siniting
    sinned sinneter sinter sintoing sintoister sintuing sinuation sinusser sioled sioles sioling
    siolling sioned siones sions sip sipering sipes sipped sircared sireless sirenees sires
    sirianing sirisser sirter sirting sis siseer siser sisering sises sisher sisier sisser
    sisted sisterd sistern sistes sisting sistleer sistling sitaing sitaoing sitaring sitarred
    sitarring sitching sitedding siteding siteing siter sites sithedding sitheing sithing siting
    sitioing sitkaing sittaing sitteeing sitteing sittening sitter sittering sittinae sittine
    sittined sittines sittingd sittining sittringy situating situsing siumming sivaister
    sivanned siver sivering siverring sivers siwanned siwashed sixaining sixd sixering sixes
    sixs sixte sixteed sixteend sixteens sixteer sixtees sixteing sixth sixthing sixting sixtyd
    sixtying sixtys sized sizedding sizeds sizees sizel sizels sizer sizering sizers sizesd
    sizess sizies sizyes sizys sizzes sizzs sjaaking sjouking skaddle skaddled skaddles skaffing
    skagging skain skaining skainned skainner skairs skalding skall skancing skandaing skare
    skared skareing skarring skart skarted skarting skarts skatting skeaning skeanned skedging
    skeedding skeeding skeeging skeeling skeen skeening skeering skeeting skeets skeffing
    skegging skeiffer skein skeinner skeipped skeletal skeleted skeleter skeletes skeletin
    skeletind skeleting skeletins skeletond skeletony skelf skelping skemping skepping skeptic
    skepticd skeptics sketches sketching skewering skeyting skidding skides skiedding skiepped
    skiering skiff skiffer skiffing skiffless skifting skiinger skiled skiling skill skilling
    skilly skimeing skimming skimmingd skimmings skimping skincher skind skink skinneder skinner
    skinnerd skinnerer skinners skinnery skinnied skinnies skinning skinninger skinnyd skinnyed
    skinnyer skinnyes skins skipped skippeld skipperd skippetd skippied skipping skippled
    skippyed skirling skirting skiteing skitering skitting skittles skittling skittying skiveing
    skiver skiveres skivering skiverring skivers sklating skoaling skopjing skouting skurried
    skurryed skyedding skying slabbing slabbingd slabbings slabbying slabs slack slacking
    slackings sladding sladeing slads slaes slagging slaggingd slaggings slaggying slags
    slaieing slaining slainned slaister slait slaiting slaitting slaked slakeing slakes slaking
    slakingd slakings slakying slamming slamp slamping slamps slams slaneing slanging slanking
    slanting slapd slape slapeing slapes slaping slapped slapperd slappering slappingd slare
    slared slareing slart slarted slarthed slarthing slarting slarts slashed slashedd slasheds
    slasherd slashied slashing slashyed slatching slateing slathing slats slatting slatying
    slauming slaumming slaved slaveing slavering slaviing slaving slavingd slavings slavs
    slavving slawer slaws slaying slayingd slayings slays slazying sleaving slebbing slecking
    sledding sleddingd sleddings sledging sleech sleecher sleeching sleed sleeer sleees sleeing
    sleek sleeker sleekerd sleekers sleeking sleekingd sleekings sleekker sleekking sleeks
    sleekyer sleekying sleepd sleeped sleeperd sleepering sleepes sleepied sleepies sleepify
    sleepily sleepingd sleepish sleepped sleepper sleepping sleepryer sleeprying sleeprys sleepy
    sleepyed sleepyer sleepyes sleepying sleepys sleer sleerer sleering sleerred sleerrer
    sleerring sleers slees sleet sleetches sleetching sleeter sleeting sleetingd sleetings
    sleets sleetter sleetting sleetyer sleetying sleeveer sleeveing sleever sleeverd sleevers
    sleeving sleidding sleiding sleightly sleightlyd sleightlys sleighty slent slenting slepd
    sleper slepes slepezer slepezing sleping slepped slepper slepping sleps sleptd slepting
    sleteing sleweder sleweding slewer slewerer slewering sleyerer sleyering sliceing slicering
    sliching slick slicking slickings slidding slide slideing slidering slides slight slighted
    slighten slighter slightes slightily slightilyd slightilys slightlyd slighty slightyd
    slightys slikking slily slilying slimeing slimering sliming slimlying slimmish slimsying
    slimying sline slineing slinging slinking slipd slipe sliped slipeed slipeing slipesed
    sliponed slippaged slippedd slipper slipperd slippered slippers slippery slipperyd slippied
    slippies slipping slippingd slippings slippyd slippyed slippyer slippyes slippying slipring
    slips slirt slirting slishing slitd slite sliteing slitting slittingd slittings slittying
    sliveing sliver sliveres slivering sliverring slivers slivery sliveryd sliverying sliverys
    sloaming sloamming sloanned sloating slobbing slober slocking slockingd slockinges slockings
    slocks slodding sloder sloe sloeer sloes sloger slogging sloke slone sloner slones slonking
    slooer slooming sloomming slooping sloopped sloopping slopeing slopeness sloper slopering
    slopped sloppedd sloppeds sloppied slopping sloppingd sloppings sloppyed sloppying slops
    slopsing slopying slorping sloter slothing slotting slourred slourrer slovaked slowd slowed
    slowes slowh slowher slowlyer slowser slubbing sludding sluer sluered sluering sluerred
    sluerrer slugging sluicied sluit sluitting slumming slummingd slummings slummying slumping
    slurd slured slurer slurp slurped slurping slurredd slurrer slurried slurries slurry slurryd
    slurryed slurryer slurryes slurs slutting slying slypeing smack smacking smackings smaer
    smaiking smalld smally smalm smalt smalting smarming smart smarted smartend smartied
    smarting smartingd smartings smartled smartling smarts smartyed smartying smashaged smashd
    smasher smasherd smashered smashers smashery smasheryd smashes smashupd smashuped smatched
    smatching smeard smearing smeary smeathed smeathing smeech smeeking smeer smeering smeething
    smeir smell smelting smeth smetheing smething smifting smight smiled smileing smiler
    smilering smilet smiling smilingd smilings smilt smilting smily smilying smite smiteing
    smitering smith smithing smitting smittingd smittings smittles smittling smocking smockingd
    smockinges smockings smocks smogging smoke smokering smokings smolders smolting smooking
    smooring smoosing smoot smoothing smooting smootting smoppled smoppling smore smores
    smoulder smoulderd smoulderes smoulders smouting smuggery smugging smuggling smurr smurred
    smurried smurryed smushed smushing smutching smutting smyth smything snabbiing snabbing
    snabbling snack snacking snaffing snagging snaggying snailing snaked snakeing snakes snaking
    snakingd snakings snakying snapeing snapping snappingd snappings snappsing snappying snaps
    snapsing snapying snare snared snareing snares snarking snarling snarring snarying snasting
    snatching snathing sneadding sneading sneak sneaking sneaping sneapping sneathing snebbing
    snecking snedding sneedding sneeding sneering sneezing snerping snetting snibbing snick
    snicking snide snidering snides sniff sniffer snifferd sniffers sniffiness sniffing sniffler
    sniffy sniffyer snifting snigging snipering snipped snipperd snippetd snippied snipping
    snippyed snirling snirting sniteing snithing snittles snittling sniveling snobbing snobes
    snobling snocking snocks snodding snodes snoeking snoekings snoffing snoges snogging snoke
    snokes snooding snooking snooping snoopped snoopping snoosing snoot snooting snootting
    snootying snooving snoozing snopes snopped snopping snops snore snored snorees snoreless
    snorer snoreres snorering snorers snorkels snorkers snorkes snorking snorks snort snorters
    snortes snorties snorting snortles snorts snortyes snotes snotting snouting snower snowes
    snowking snowling snubbing snuck snucking snuff snuffing snuffingd snuffings snuffling
    snuffs snuffying snuggery snugging snuggling snumming snupping snures snurred snurting
    snying soakaged soakd soakedd soaken soakend soakened soaker soakerd soakered soakes soakied
    soaking soakingd soakings soakked soakking soaks soakyd soakyed soakying soaled soales
    soaling soalling soamed soamming soaped soapping soaps soapying soared soarring soary
    soarying soaved soaveing soaving sobering soberness sobes soces socialed socialing socialist
    sociiing sockd socked sockes sockines socking socky sockying sockys socle socled socleing
    socles socling socmanned socos sodden soddenly soddenlyd soddenlys sodering sodes sodicing
    sodioing soees soer soevering sofad sofar sofia sofiaing softa softling softness sogering
    soges sogeting sogetting sogging soggingd soggings soggying sohed sohes soied soies soilaged
    soilaging soild soiledd soileding soiler soiles soilied soilingd soilled soilling soilured
    soiluring soilyd soilyed soilying soireing sojering sokaed soked soken sokes sokked solaes
    solanding solaneine solanned solarred solas solating solaying soldes solds solea soleas
    soled solees soleiled soleiling soleless solemness solen soleness solenessd solenesss solens
    soler solering solerred solers solesd soless soleus solfa soliding solied solies soliing
    soling solioing solis solister solled solling soloes solos solothing solumming solus solve
    solvering solves solyes solys somaling somataing somatices somatismes somatomes sombreness
    somebodyd somed someoned someoning somersing somes somethingd sometime sometimed sometimeed
    sometimeer sometimees sometimesd sometimess sometiming somewhen somewhying somewises
    somiteing somitices somiting somne sonation sondation sonds sones songle songling songster
    sonicing sonked sonks sonlying soodling sooke sooked sookking sooks sooled sooles sooling
    soolling sools soon soonering soones sooteing sootering soothing sooting sootting sootying
    sopes sopiting sopped sopping soppingd soppings soppying soraling sorbiled sorbiling
    sorbining sorceress sorda sordining sored soree sorel soreling sorenessd sores sorex
    soritess soriting sorra sorriness sorryd sortable sortal sortd sorty sorva sorwe soses
    soshedding sosiaing sossling soteling soteress sotering sotes sotieing sotiking sotiled
    sotiling sotilled sotilling sotilted sotilting sotol sotoling sotols sotting soucared
    soudding souds soues souffling souked sould souled soules souling soulling soulying soumming
    sound soundd sounders soundes sounding soundlys sounes souns soupling soupping souredness
    sourenes sourered sourling sourness sourred soury southing soutting soved soves soving
    soviting sowanned sowaring soweling sowenses sower sowering sowerring sowers sowes sowle
    sowled sowleing sowles sowling sowlthing sowtering soyes soying soyle soyled soyleing soyles
    soyling soyoting sozining sozzling spa spaading spaced spacer spack spacking spacy spacying
    spadding spaddle spaddled spaddles spade spaid spaiding spaiking spake spaked spakeing
    spakes spaking spakking spakying spalding spale spall spalting spamming spand spandling
    spandying spane spaneing spanging spanking spanned spanneld spannerd spannewd spanning spare
    spared spareing spareness sparging sparking sparling sparming sparring sparsing spart
    sparted sparthed sparthing spartina sparting spartled spartling sparts sparving spary
    sparying spate spathing spatting spattles spave spaved spaveing spavering spaviing spaving
    spayading spaying spayingd spayings spays speakd speaking speal spealing spean speaning
    speanned spear spearing spece speciales specialing specialism specialismd specialisms
    specialistd speciality specialize specials specifist specious speck specking speckings
    speculist spedding speece speechd speecing speedding speeding speeling speen speening
    speering speeting speets speke spelding spelk spelting spending spense spent spenting
    speraging sperating spermalist spermous spetch spetches spetching spetting spewering
    spheroid sphingal spial spialing spical spice spicering spick spicking spidering spiedding
    spieding spieling spiering spiff spiffer spiffiness spiffing spiffy spiffyer spigging spight
    spigneld spignels spignetd spike spikering spile spiled spileing spilering spiling spilingd
    spilings spill spilling spilly spilting spina spinad spinae spinald spinas spind spined
    spinel spiner spinet spink spinnied spinnies spinny spinnyer spins spinster spiny spiraead
    spiral spire spiread spireaed spireaing spiredding spireding spirling spirting spirts spise
    spital spite spiteing spitting spittingd spittings spittles spittling spitzing spiver
    spivery spiveryd spiverying spiverys splashed splatching splating splay splaying spleener
    spleening spleeter spleeting spline split splitting splurged splurted spocking spocks spode
    spoiled spoiledd spoileds spoilerd spoiling spoilingd spoilings spoilled spoilling spoilted
    spoilting spokan spoked spokeing spokend spoky spole spoles sponking spoofing spooking spool
    spooling spools spooming spooning spooring spoot spooting spoots spootting sporange spore
    sporedding sporeding spores sporonts spors sport sportals sportd sporters sportes sporties
    sporting sportlys sportsd sportss sporty sportyes sportys spotd spots spotting spottles
    spout spouting spouts sprad spradding spraddle sprading sprag spragging spraging spraiching
    sprain spraining sprainning sprainting spranged spranger spranges sprangle sprat sprating
    sprayd spraying spreadd spreadding spreadeding spreadering spreadied spreadies spreadingd
    spready spreadying spreathd spreathing spreed spreeing sprenging sprenting spretd spreting
    spretting sprewd sprewing sprewling spreynding spriedding sprieding sprightly springal
    springle spritting sproating sprodding sproding sproiled sproiling sprong sprugging spryness
    spudding spuffling spugging spuke spumosed spurious spurred spurredd spurreds spurrerd
    spurreyd spurried spurryed spurting spurts sputting spying spyne squabbing squashed squating
    squeaking squealing squeaming squeegeing squeeging squeeze squeezeing squeezering squeezied
    squeezies squeezingd squeezy squeezying squibling squiering squiffer squirred squitting
    squozeing squozing sri srimming ss ssi staabbing staabing stabbering stabbingd stabd stabile
    stabiled stabiles stabiling stabing stabled stableing stabler stablied stablies stabling
    stablingd stablings stably stablyed stablyer stablyes stablying staboying stack stacking
    stackingd stackinges stackings stacted stacteed stacteing stacting stacy stacying staddaing
    staddle staddled staddles staddling stade stadeing stading staff staffer stafferd staffers
    staffier staffing staffless stagd staged stageding stageing stager staggiing stagging
    staggying stags stagy stagying staiaing staias staid staidding staiding staids staies
    stailing stails stain staind stainers staining stainingd stainings stainned stainning stains
    staioing staios stair staird staireds staires stairied stairies stairing stairred stairring
    stairy stairyed stairyes stairying stairys staithed staithing staivering staivers stake
    staked stakeing stakes staking stald stale staleing stalking stalkings stall stalling
    stalloned stamd stamining stamming stamping stampled stamples stampling stanceing stanching
    stancing standaging standbying standd standeeing standeing standeling standering standingd
    standish standsing stane staned staneing stanes stang stangd stanging stanined staning
    stanining stank stankd stankiing stanking stanlying stanned stanneld stannerd stanniding
    stannine stanning stannoed stannoing stans stant stantd stanted stanting stants stanzaing
    stanzeing stanzing stapd staple stapling stapped stapping staps starched starching stard
    stare stared stareed stareeed stareeing stareing starered starering stares starets staretsd
    staretsed staretsing staretss starf starfed starfing starfs staried staring staringd
    staringing starings stark starked starkend starkied starking starks starkyed starkying
    starletd starleted starleting starlets starling starlingd starlings starlited starliting
    starlits starn starnd starned starneld starnied starniing starning starns starosted
    starosting starosts starread starred starredd starreds starried starring starringd starrings
    starryed starrying stars startd starter starterd startered startering starters startes
    startied starties startingd startish startled startleed startleing startler startlerd
    startles startlied startling startlingd startlings startlyd startlyed startlying startlys
    startord startored startoring startors startupd startuped startuping startups starty startyd
    startyed startyer startyes startying startys starved starvedd starveds starveed starveing
    starverd starvied starving starvyed starvying stary staryed starying starys stashed stashied
    stashing statable state stated stateding stateing stating statingd statings stats statsing
    statuing statuted statuting stauking staund stauning staunned staunning stauping staupped
    staupping stauterd stave staved staveing stavering staving stavingd stavings stavrited
    stavriting stawd stawnd stawning stayable stayd stayeding staying stays staysing steadding
    steading steak steaking stealing steam steaming steand steaning steanned steanning stearated
    stearating stearining steatind steatining steatins steching steckling stecklings stedding
    steddling steedding steeding steeking steeling steem steemed steeming steemmed steems steen
    steening steep steeper steeperd steepers steeping steepling steepped steepper steepping
    steeps steepyer steepying steering steeving stegging steidding steiding steiking steining
    stell stema stemd stemed stemming stempled stemples stempling stems stenches stenching stend
    stending stenes steng stenging stenning steno stenoing stens stentd stenting stepd stepdame
    stepdamed stephand stephing stepped steppedd steppeds steppeed steppeing stepperd stepping
    steppingd steppings stept stepting stepuped stepuping stepwayd stereing stereoed sterid
    steriing sterining sterking sterling sternage sterning sternoed sterod steroed steroidd
    steroing sterold steroled steroped sterring stert sterted sterteed sterteing sterting
    stertord sterts sterving stetched stetcher stetches stetching stetting steven stewable
    stewarted stewarting stewarts stiand stianing stianned stianning stibbing stibining stiching
    stick sticking stickingd stickinges stickings stickling sticklings stickpin sticksing
    stickying stidding stides stife stifeer stiffd stiffed stiffen stiffend stiffener stiffeners
    stiffenes stiffens stiffes stiffing stiffleg stifflegs stiffly stifflyd stifflyer stifflys
    stiffneck stiffnecks stiffnessd stifleer stifler stiflerd stiflers stifling stigmaid
    stigmals stigming stikining stile stiled stileing stiling stilld stilling stillness stilly
    stilt stilting stimeing stimiing stimming stimying stine stineing stines stinging stinking
    stinkings stint stinting stiones stipaing stipeing stippend stippled stippling stirious
    stirking stirp stirping stirring stirs stirt stirted stirteed stirteing stirting stirts
    stitches stitching stiteing stithing stiting stiveing stiver stiveres stivering stiverring
    stivers stivesing stoach stoaching stoaes stoaked stoaking stoakked stoakking stoas stoating
    stoatted stoatting stobbing stobes stobs stocahing stock stockading stockering stockied
    stockies stockily stockilys stockiness stockinet stockinets stockingd stockingers stockinges
    stockish stockishs stockpile stockpot stocks stocksing stockying stodding stodes stodging
    stods stoep stoeped stoeping stoepped stoepper stoepping stoeps stofes stoff stoffer
    stoffing stofs stoga stogaing stoges stogging stogiing stogs stogying stoiccing stoicing
    stoke stokeing stokering stokes stoking stola stolaing stole stoleing stolenes stoles
    stollen stollend stollens stolones stomachd stomachy stomad stomaing stomp stomped stomperd
    stomping stomps stonable stond stondes stonding stonds stoned stonedes stoneding stoneds
    stonees stoneing stonen stonenes stonens stoner stoneres stonering stoners stong stonges
    stonging stongs stonieds stonies stonings stonkers stont stontes stonting stonts stony
    stonyes stonying stonys stood stooding stoods stoof stooffer stoofing stoofs stooging stook
    stookiing stooking stookking stooks stoold stooles stooling stoom stooming stooms stoon
    stoondes stoonding stoones stooning stoons stoop stooped stooperd stooping stoopingd
    stoopings stoopped stoopper stoopping stoops stoor stooring stoors stoot stoothing stooting
    stoots stootting stopa stopaed stopaing stopas stopd stope stoped stopeed stopeing stopened
    stopenes stopening stopered stopering stopes stopgaped stopgaping stoping stopingd stopings
    stoppaged stoppaging stoppedd stoppeding stopper stopperd stoppered stoppering stoppers
    stoppeur stoppeurd stoppingd stoppitd stoppited stoppiting stoppits stoppled stoppleed
    stoppleing stopples stoppling storable store storeing storering stores storging storking
    storkling storklings storming stormings storring stors storthing storting stortingd
    stortings storying stoshing stoss stossing stote stoteing stotes stots stotting stoundes
    stounding stounds stounes stouning stoup stouped stouping stoupped stoupper stoupping stoups
    stouring stourings stourred stouting stovaining stove stoveing stovenes stovering stoves
    stovines stovining stowable stowceing stowcing stower stoweres stowering stowerring stowers
    stowes stowings stowreing stowring stows stracking stracted stracting stradding straddle
    stradeing stradine stradineing strading stradining stradling straeing strafeing strafing
    stragged stragger stragging straggle straggled straggleing straggler straggles straggling
    stragglingd stragglings straggly stragglying straging straik straiking straikking straind
    straineding strainering straing strainingd strainning straint strainting strait straited
    straiten straitening straiting straitting strakaing strake strakeing straking strakying
    straleing straling stram straming stramming stramping strand strandage stranded strander
    strandes stranding strandingd strandings strang strangd stranged stranger stranging strangle
    strangled strangler strangles strangling strangs stranied stranies stranner stranyed
    stranyer stranyes stranying strap straping strapped strapping strassing strataed strataing
    stratege strathed strathes strathing straticing stratied stratiing stratlin stratlining
    stravage straveing straving strawening strawing strawying stray straying strayling streak
    streaking streamd streaming streamy streckes strecking streening streeper streeping streight
    strein streining streinning streiting streke streking strenees streng strenged strenger
    strenges strengite strengthd strengthy strening strent strenth strenthd strenthes strenthing
    strenths strepsis stretchd stretched stretcher stretcherd stretcheres stretchering
    stretchers stretchied stretchies stretchingd stretchs stretchy stretchyd stretchyed
    stretchyer stretchyes stretchying stretchys streting strettees stretteing strettes stretties
    strettiing stretting strettoes strettoing strewning streyning stria striaeing striaing
    strialing striating striches striching stricking strid strident striding strifeer striffen
    strifing strig strigaling strigging striggle striggled striggleing striggles striggling
    strigiling striging strigining strigous strike striking strikings strinding string stringed
    stringer stringes stringing stripd stripe striping stripped stripping stript stripy strit
    striting stritting strivering strivers striving strix strixing stroam strockle strockling
    strode stroding stroiled stroiling stroked stroker strokied strokies stroking strokings
    stroky strokyed strokyer strokyes stroma strome stroming strond strondes stronding strone
    stronees strones strongd stronged stronger stronges stroning strooked strooken strooker
    strookes strooking strooting strop strophed strophing stroping stropped stropper stropperd
    stropping stroppings strops strothes strothing strounge strouped strouping stroupped
    stroupping strove stroving strowing strownes strowning stroying strubbing strubing struck
    strucking strudeling struding struggled struggleing struggler strugglering strugglingd
    strulling strung strunged strunger strunges strunging struthes struthing struting stryches
    stryching stuart stuarted stuarter stuartes stuarting stuarts stubbied stubbies stubbing
    stubble stubbled stubbledd stubbleds stubbleed stubblees stubbleing stubbles stubblied
    stubblies stubbling stubblyd stubblyed stubblyes stubblying stubblys stubbyed stubbyes
    stubbying stuckd stucking stuckled stuckles stuckling stucklings studding studdled studdles
    studdling studeing studentd stufa stufaing stuffd stuffer stufferd stuffers stuffiness
    stuffing stuffingd stuffings stuffs stuffy stuffyer stuffying stugging stuggying stuivering
    stuivers stull stulling stulping stumbleed stumblees stumbleing stumbler stumblerd
    stumblered stumbleres stumblering stumblers stumblied stumblies stumblingd stumbly stumblyd
    stumblyed stumblyer stumblyes stumblying stumblys stumered stumeres stumering stummied
    stummies stumming stummyed stummyes stummying stumpied stumpies stumping stumpless stumpling
    stumplingd stumplings stumpyed stumpyes stumpying stund stunes stunging stunk stunking
    stunning stunsled stunsles stunsling stunt stunting stupad stupaing stuped stupeing stupent
    stupentd stupents stupidd stupifyd stuposed stuppd stupped stupping sturbing sturining sturk
    sturking sturnining sturnoid sturt sturted sturtind sturting sturtining sturtins sturts
    stutting styand styaning styanned styanning stycaing stying stylining styracin styracining
    styrianing styrones stything suable suabling suage suageing suanting suaved suaveing suaving
    subahing subports subpress subpressd subpresss subrange subtling subtones succid suchd
    suchosed suckings sucks sucre sucrosed sudanned sudating sudded suddend suddenlyd suddenty
    suddentyd suddentys sudder suddes suddle sudes sue sued suedeing suent suenting suer
    suetting suetying suffing suffs suganned sugging sugihing suicided suicismd suidding suides
    suine suinting suister suisting suitable suiteing suitress suitting suitying sulcared
    sullenly sullowed sullower sully sultones sumached sumaching sumacing sumaking sumassed
    sumbuled sumbules sumbuling sumphing sumphying sumpling suniling superpose superposed supine
    suppaged suppered supperes supperless suppleed supplees supplied supplyed supportd supported
    supports supposal supposald supposaled supposedd supposeed supposeerd supposer supposerd
    supposered suppost suppostd supposted supposter suppostes supposts supposure supposured
    suppressd supprise supprised supprises supputed surahing surating sured sureness surenessd
    surenesss surer surge surgeonry surgeryd surred surveillanced surveillant surveillantd
    surveillanted surveillanter surveillantes surveillants surveyor survival survived surviveer
    surviver surviverd survivers survives survivord susanned suster sustring susurred sutiling
    sutraing sutteing suttlees suttles suttling suumming suzanned suzes svand svanned svanning
    svanting svelting swabbing swabbling swack swacking swackings swadding swaddle swaddled
    swaddler swaddles swage swageing swaggiing swagging swaggying swaining swainned swaiping
    swaipped swaipping swalleted swalloed swalloer swalloes swallowd swallower swallowerd
    swallowered swallowers swallowes swallows swamming swamping swamying swand swanging swanking
    swanned swannerd swannied swanning swannyed swapeing swapping swappingd swappings swaps
    swarding sware swared swareing swarfing swarming swart swarted swarthed swarthing swartied
    swarting swarts swartyed swartying swarving swashed swasherd swashied swashyed swatching
    swateing swathing swatiing swating swatowed swats swatting swattles swavering swaying
    swayingd swayings sways swealing swealling sweals swear swearing swearingd swearings
    swearring swears sweat sweatd sweateding sweateds sweatering sweaters sweates sweath
    sweathes sweathing sweaths sweatied sweaties sweatily sweatingd sweatting sweatyd sweatyes
    sweatying sweatys swedeing swedging sweep sweeper sweeperd sweepers sweeping sweepingd
    sweepings sweepper sweepping sweeps sweepyer sweepying sweering sweetiing sweeting sweetingd
    sweetings sweetling sweets sweetting sweety sweetying swegoing swelling swelping swelthing
    swelting swelts swelty sweltying swelving swepping swept swepting swepts swerding swerving
    sweven swick swicking swifting swiftness swigging swile swiled swileing swiling swill
    swilling swimming swimmingd swimmings swimmying swimying swine swingle swingled swingles
    swinisher swipering swipling swipperd swirling swithing swiveing swiveling swiveting swized
    swizes swobbing swollend swomming swooning swooping swoopped swoopping swopped swopping
    swops swore swores swotting swoundes swounds swoundsd swoundss swower swumming swure
    swything sybiling sycocking sycond syconned sydes syedding sying syles symptom symptomd
    symptomed symptomer symptomes symptosis syntones syrianing systemd taa taad taaes taaing
    taalbond taalling tabarets tabes tabets tabinets tabing tablaing tableaus tabledes tableds
    tablees tableing tableity tableitys tableres tablers tables tableses tabless tablet tabletd
    tableted tableter tabletes taborets tabreted tabretes tabrets tabulees tabus tacanaes taces
    tacing tacked tackeied tackered tackes tacketed tackeyed tackied tacking tackingd tackings
    tackledd tackleed tackler tacklerd tacklered tacklessd tackling tackyed tackying taconite
    tactiled tadd tades tading taees taeing taelling taen taenites taens tagbelts tager tages
    tagetesd taggeded taggered taggling taging tagleted tagletes taglets tagliked tagliking
    taguanes tahin tahining tahinned tahinner tahinning tahsinner taied taies taigling taiing
    tailband tailet taileted tailetes tailets tailging tailling tailting tailying tainaner
    tainanes taind taing tainner tainning taino tainoing tains taintd tainting taipanes taipiing
    taipoing tairgeed tairgered tajes tajiking tajing takaoing takaring taked takees takein
    takeing takend takening taker takering takers takies takin takind takingd takining takinner
    takins taktes takting takts takues takuing takus takyes takying takyring takys talaed
    talaing talaingd talaings talajing talak talaked talaking talakked talakking talaoing
    talaring talced talcing talckied talckyed talckying talded talding taled taleding taleed
    taleing talering tales talesing talied taliing taling talising taliting talkd talker talkerd
    talkered talkering talkes talkied talkieed talkieing talkiing talkingd talky talkyd talkyed
    talkying talled talleted talletes tallets talling tallying talmaing taloning talooked
    talooking talosing talpaing taluk talukaed talukaing taluked taluking talukked talukking
    talusing tam tamabled tamanues tambours tames taming tamoxifend tampanes tan tanaking
    tananes tanceled tandanes tandling tanes tangaing tangeded tangeited tangented tangered
    tangiing tangle tangled tangleed tanglees tangleing tanglerd tanglers tangles tangless
    tanglied tanglies tangling tanglingd tanglings tangly tanglyed tanglyes tanglying tangoing
    tangsing tangue tanguing tanguted tangying taning tanite tankaing tanked tankes tanking
    tankle tankled tankleed tankling tanks tanoanes tantling tao taoes taoing tapen tapes taping
    tapleted tapletes taplets tapneted tapped tappeted tarageed tarandes taraphed tarbeted
    tarbeter tarbetes tarbetted tardying tared tarented tares targeed targered targerer targeres
    targerred targetd targetedd targeteer targeteerd targeter targetes targetted targetter
    targumed taried tarin taring tarinner tarliked tarliking tarmanes taroking tarotted tarpanes
    tarpoted tarreded tarrered tarrified tarrifies tarrifyed tarrilied tarrying tarseled
    tartanes tartened tartleted tartlets tarzanes tascaled tases tasianes tasing tasked taskes
    tasking tasleted tasletes taslets tasseted tasted tates tatianes tating taues taughted
    taughter tauing taulaing tauliing taunt taves taving tawes tawing tawkeing taxables taxel
    taxes taximanes taxine taxinees taxines taxing taxinges taxingly taxiteer taxmaned taxmaner
    taxmanes taxon taxones taxor taxwaxes tayes taygetad taygetaed taying tcell tchicking tching
    tchis tckes tcking tding tea teagling teakes teaking teakking tealling teamanes teamd tean
    teanaler teans teapped teapping tearleted tearlets tearying teated teats tec ted tee teees
    teeks teels teems teenage teenaged teenageed teenageer teenagees teenagerd teenages teend
    teends teenes teeneter teensd teensies teensy teensyer teentied teenties teenty teentyer
    teentyes teeny teenys teeonger teeres teers teested teetaner teeted teets teg teger tegminad
    tegminal tegminald tegminals tegminas teianner teinders teinding teineing teing teint
    teinting tek tekes teking telanger telld tellt telted tema teminner tempd tempe temperate
    temperateer temperatees temperates temperative temperatives temperatured temperaturees tempi
    tempo temporatores tempt tenai tend tendinal tene tenes teng tenguing tenia tens tensified
    tent tentacle tentacles tentacular tented tenties tentifes tenty ter teraphed terapped
    terapper terapping terceted terebated tered teres teretted tergeminal tergited teried
    terinner terminable terminably terminald terminant terminate termined terminer termines
    terminid terminied terminis terminod terminos terminus termital termitald termitals tern
    terna ternaler ternarer ternated terns terpinol terreitied terreted terribled terriblied
    terriered terrific terrificced terrificd terrificed terrificer terrifices terrifics
    terrifier terrifierd terrifiered terrifiers terrifies terrifyd terrifyed terrifyer terrifyes
    terrined terrineed terrying tertiales tertrinal terzinad terzinas tes tessed testable
    testables testacies testacyes testad testaed testared testated testd teste testedd testee
    testeed testeeed tester testerd testered testernd testes testesd testesed testicled
    testiclees testiculard testiculate testied testiere testieres testifed testifes testified
    testifies testifyes testilies testilyes testilys testinges testised testises testoned
    testored testriles testyd testyed teted tetheres tew texanes texted textiles tez thack
    thacking thacks thads thaes thaing thais thakes thaking thakking thaks thaleres thana
    thanaing thananer thananes thanas thand thane thaneing thanes thankd thankees thankeing
    thankers thankes thankful thankfuld thankfuled thankfuler thankfules thankfulled thankfuller
    thankfullyd thankfuls thanking thanklys thanksd thanksing thankss thanner thanning thares
    thars thatd thates thatn thatns thatsd thatss thaught thaughtd thaughtes thaughts thaweres
    thawn thaws theaes theat theated theaterd theatred theatres theats theatted thebbing thebes
    thecated thee theees theeking theer theeres theers thees thegn theies theineer theineing
    theing theining theird theires theirn theirner theirnes theirses theisted thema thematist
    themd theme themeres themes thenaler thenarer thenares thencing thend thenes thenner
    thenness thenning thens theoes theorems theories theoryes therapied therapies therapistd
    therapsid therapyd thereas thereasd thereass thereated thereats therebys thered therees
    thereins thereofs thereoid thereons theresa theresd therese theress theretos thereups
    therevas therf therfes therfs theriaes therm thermaes thermes thermoammeter thermoes
    thermogener thermometerd thermometry thermometryer thermomotor therms theroid theroidd
    theroids therones thesed theses thesicle thesicles thetinner thewes thewy theyd theyer
    theyes theyred theyrees theyres thibling thick thicking thicklies thicklyes thicklys
    thideres thied thiefing thies thievers thieving thigd thiger thiges thiggers thigging thighd
    thigheds thighes thighing thight thighted thighter thightes thights thigs thilk thilking
    thill thillers thilling thimbers thimbled thind thine thineer thineing thiner thines
    thingaled thingales thingaling thingals thingd thinger thinges thingied thingies thinging
    thingish thingless thinglet thingletd thinglets thinglied thinglies thingly thinglyd
    thinglyed thinglyes thinglying thinglys thingness thingums thingy thingyed thingyer thingyes
    thingying thingys thining thinkd thinker thinkerd thinkeres thinkering thinkers thinkingd
    thinkling thinklingd thinklings thinks thinlyer thinlying thinned thinnerd thinneres
    thinness thinnessd thinnesss thinning thinningd thinnings thioling thios thirding thired
    thires thirling thirring thirs thirsty thirstyd thirstys thirt thirtd thirteend thirteens
    thirtied thirties thirting thirts thirtyd thirtyed thirtyer thirtyes thirtys thisd thisn
    thisner thisness thisning thiss thissing thithers thixling thobbing thoes thoing thoke thole
    thonders thone thoneing thong thonging thongs thonner thonning thoo thore thores thorough
    thoroughd thoroughs thosd thosed thoser thoss thoughd thoughes thoughtd thoughteds
    thoughtens thoughtes thoughties thoughty thoughtyes thoughtys thouse thousees thraeped
    thraepped thrain thrainner thrapped thrapper thrapping thrappled thrawn threaded threaped
    threapped threat threated threaten threatend threater threates threatted threaved threed
    threes threne threpe thrested threw thribbling thrimped thrimping thring thringer thringes
    thringing thrings thrinter thrinters thrip thriping thripped thripper thripping thripple
    thrippled thrippling thrips thripsed thripsing throatd throating throaty throbbering
    throbing throcking throe throeing thrombin thrombind thrombins throneing thronging throning
    throping thropped thropping throu throuch throuchd throuchs throucht throuchts throughd
    throughes throuing throveing throving throw throwd throwe throweing throwing thrownd
    throwning throws thrud thrum thruv thuan thuanner thujinner thumbied thumble thumbled
    thumbleed thumbles thumbyed thunders thung thunging thungs thunnyer thurified thuyinner
    thyineer thyineing thying thyining thyreoid thyreoidd thyreoids thyrod thyroed thyroidd
    thyroing thyrsoid thyrsoidd thyrsoids tiames tianging tiared tibed tiber tibes ticaling
    ticed ticer tices tickle tickled tickledd tickleds tickleed ticklees ticklerd ticklers
    tickles tickless ticklied ticklies tickling ticklyed ticklyes ticuling tidaling tiddling
    tided tider tides tieed tieer tiees tien tiens tierd tiered tieres tiffling tiged tigeer
    tigerd tigery tiges tigger tighd tigher tighs tightd tighted tighten tightend tightener
    tightens tighterd tightes tightlyer tightsed tightser tightses tigre tigred tiing tiked
    tikes tiking tiled tiler tiles tilld tilly timabled timaling timbaled timbe timbes timed
    timeds timees timeling timer timers timesd timess timne timnes timoes timor timors timos
    timour timoures timours tin tincaled tincales tincaling tincting tindaled tindales tindaling
    tineaing tinealed tineales tinealing tined tineding tiner tines tineties tineting tinfuled
    tinfules tinfuling tingd tinge tinged tingeded tingedes tingeding tingeed tingees tingeing
    tinger tingered tingeres tingering tinges tingi tingible tingibled tingibles tingibling
    tingided tingides tingiding tingied tingies tingiing tinging tingised tingises tingising
    tinglass tingleed tinglees tingleing tingler tinglerd tinglered tingleres tinglering
    tinglers tinglied tinglies tinglingd tinglish tinglyd tinglyed tinglyer tinglyes tinglying
    tinglys tings tingtang tinguied tinguies tinguy tinguyed tinguyes tinguying tinilied
    tinilies tinily tinilyed tinilyes tinilying tinking tinkled tinkleed tinklees tinkleing
    tinkler tinklerd tinklers tinkles tinklied tinklies tinkling tinklingd tinklings tinkly
    tinklyed tinklyer tinklyes tinklying tinneing tinner tinneres tinners tinnerys tinniing
    tinny tinnying tinseled tinseles tinseling tintaing tintiing tintless tintoes tintoing tinty
    tintying tinyd tiped tiper tipes tipities tiple tipped tippeing tippetes tipping tippingd
    tippings tippling tipply tippyd tippying tipsy tiptoed tiptoees tiptop tiptoped tiptoper
    tiptopes tiptops tipuping tiredd tireed tireling tirer tirerd tires tiringly tirld tirled
    tirod tiroed tirrd tirred tirreted tirribied tirved tis tised tiser tises tissued tissuey
    tited titer tites titheres tithings titred tittling tituling tiver tjied toadlets toady
    toaes toats tobeated tobes tocheres todad todas todayd toddy todes toeds toees toger toges
    toggling toght toghter togue toheres toied toies toild toiled toiledes toileds toiler
    toileres toilers toiles toiletd toileteds toiletes toiletrys toilettes toilinet toilinets
    toilless toing tokay token tokes toking tokinner toko tolad toldd toldo toled toles tolite
    tolld toltd toltecan tolud tomalley tombaled tombletd tomblets tomelets tomes tominner
    tomorrowd ton tonaling tonalite tonally tonallyd tonallys tones tongaing tonge tongeing
    tongoing tongsing tongued tonguer tonguey tonguied tonguies tonguing tonguy tonguyed
    tonguyer tonguyes tonightd tonighter tonited tonlet tonletes tonlets tooes tookd toold
    toopping topes tophinner toplight toppy torch tored tores toretted torgoted toried torified
    torminad torminal torminald torminals torminas tornited torniter tornites torouser torouses
    torpified torrefied torying tose toses tosheres tosted totality totalled totaller totallyd
    totes totheres touchd touchy toues tough tought toughter toughtes toughts touite tould
    toupping touseres tousers tow towes towghter townlets townsite tows toxes toxinner toyes
    toying toyingly tozes tra trabeated trachled trachles tracking trackless tracying tradying
    traed trafficd tragasol traied traik traiking trail traind traing trainner trainy traipsed
    traipsing trais trait trajeted trambled trampdom tramped tramperd tramping trampled trank
    tranking tranks trapaed trapaing trapaned trapanes traped trapeed trapeing trapesed trapezed
    trappean trappeand trappedd trapper trapperd trappered trappers trappied trappies trapping
    trappingd trappings trappoid trapposed trappyd trappyed trappyer trappyes trappying traps
    trapsed trapsing trasying travated traying traysing treacled treadded treaded treaderd
    treadled treagued treatd treatee treateed treateeed treatees treater treaterd treatered
    treaters treates treatied treaties treatised treatmentd treatord treatored treatted treatter
    treatured treatyd treatyed treatyer treatyes treblets tree treed treeified treen treens
    treeying tregeted treied treing trembled tren trens trented trentines trepaned trested
    trestled treted tretted trevated trevater trevates trevatted treveted trewthed treying
    triables triacing triacles triacted triad triading triaging trialing triangle triangled
    triangles triangling trias triasing tribales tribbles tribed tribeing triblets triboing
    tricaees tricaing tricares triced triceing trichies trichyes triciaes trickeres trickers
    trickes trickfules trickied trickies trickilies trickily trickilyes trickilys tricking
    trickled tricklees trickless tricklesss tricklet trickletes tricklets tricklied tricklies
    tricklike tricklikes trickly tricklyd tricklyed tricklyer tricklyes tricklys tricksies
    tricksyes tricksys trickyed trickyer trickyes tricotes tricycle tricycles tride trided
    trideing triedd trieding triening trier trierd triering tries trifaing trifle triflets
    trifling trigd triged triger trigging trigs triing triked trikeing trill trillets trilling
    trimd trimed trimes trimming trims trinaled trinales trinaling trind trindled trindles
    trindling trined trineing tringaed tringaes tringaing tringle tringled tringleed tringlees
    tringleing tringles tringling triniled triniles triniling trink trinking trinkle trinkled
    trinklees trinkles trinklet trinklets trinkling trinner trinning trinoled trinoles trinoling
    trins trintled trintles trintling triod trioding trioed triole triolets trioling triops
    triopsed triopsing trioring trios triosing tripaled tripaler tripales tripaling tripd tripe
    triped tripeed tripeing tripel tripeled tripeler tripeles tripeling tripes tripied triping
    triplane tripled tripleing triplet triplets triplex triplice triplied triplies tripling
    triplingd triplings triplite triply triplyed triplyer triplyes triplying tripoded tripoding
    tripos triposed triposing trippant tripper tripperd trippered trippering trippers trippet
    trippetd trippeted trippeting trippets trippingd trippist tripple trippled trippleed
    trippleing trippler tripplerd tripples trippling triptote triptotes tripy tripyed tripying
    tripys triskele triskeles tristing trisules trited triteing trithing trityles triuning trixd
    trixed trixiing trixs trixxing trixying troat troated troatted troggers troied trollers
    trombing tromping troopers trooping troopped troopping tropated tropeing troppoed troppoing
    trossers trossersd trosserss trotlets trotters troubled troubler troublied troublies troubly
    troublyd troublyed troublyer troublyes troublys trough troughes troughys troulled trouller
    trouncers troupees trouperd trouperes troupers trouping trouseed trouseer trousees trouser
    trouserd trousered trousereds trouserer trouseres trousersd trouserss trouses troussees
    trousses trouterd trouteres trouters troutlet trouvere trouveres trouveurs trowseds trowsers
    trowsersd trowserss troying truanted trubbing truce truckle truckled trucklees truckler
    trucklers truckles truckses trudying trued truer truing trulying trumping trunking trussers
    trusters truvated tryed tryingd tryingly trymaing trypaing tryping tryps trysting tryting
    tsere tseres tshis tsineing tsted tubbaled tubelets tubletes tublets tubulets tudor tudors
    tuger tuied tuikking tuing tukes tuking tulipped tulipping tumbaked tumbledd tumbleed
    tumbler tumblerd tumblered tumblied tumblies tumbly tumblyd tumblyed tumblyer tumblyes
    tumboaed tumbreld tumbreled tumbriled tumer tumes tummeled tumord tumoreds tumores tumorous
    tumulied tumulted tun tunabled tungaing tungoing turbinal tured turfying turgented turgited
    turgying turied turkified turlough turnipped turnipping turreted tusheres tussicular
    tutenager tutinner tutor tutors twa twain twainner twaleing twalling twalting twangies
    twangled twangles twangling twank twankies twanking twankled twanks twats tweakies tweaking
    tweedies tween tweenies tweens tweested twelved twelves twentied twentieth twentieths
    twentyd twentyed twentyer twentyes twentys twere tweres twi twicking twied twiger twight
    twighted twighteer twighter twightes twiglets twill twind twindled twindles twindling twine
    twineing twingeed twingees twingeing twinging twingle twingled twingleed twinglees
    twingleing twingles twingling twink twinking twinkle twinkled twinkler twinkles twinkling
    twinlies twinling twinneds twinner twinnerd twinneres twinners twinness twinning twinters
    twiny twinying twired twirking twisties twitties twod twoes tyalling tyeres tyger tyigh
    tyighs tying tyinging tyings tyken tykes tyking tymbaled tyred tyring tysonite tysted
    tythings ubication udder udsed ues uinaling uintaing uirinaed uirinaing ulaer ulcerd
    ulcereds ulceres ulceries ulcerous ulcery ulceryes ulcerys uleer uller ullers uluer
    unabjected unabled unablied unablies unably unablyed unablyer unablyes unachinged unactable
    unactive unaer unaffeared unaffectedd unafflicted unalike unaliked unalikes unalived
    unaskable unawaied unawaies unawake unawaked unawakes unawarded unawared unawayed unawayer
    unawayes unbale unbarrable unbearabled unbearablied unbearablies unbearably unbearablyd
    unbearablyed unbearablyer unbearablyes unbearablys unbeatable unbeatabled unbeatables
    unbeatably unbeknown unbendable unbeware unbiasable unbit unblamable unbless unblessd
    unblesss unblests unbreakable uncabled uncanned unceasable uncertaind unchafed unchained
    unchainned unchaired unchalked unchance unchanced unchanceed unchances unchancied unchancyd
    unchancyed unchange unchangedd unchangeed unchangeer unchangees unchanges unchanted
    unchantedd unchanteds uncharge uncharged unchargedd unchargeds unchargeed uncharges
    uncharied uncharmed uncharred uncharted uncharyed unchased unchasted unchawed unchinked
    uncinate uncinated uncinating uncled unclew unclinged unclue uncranked uncurtain uncurtaind
    uncurtains undatable undealable undear unded undeer unden underbeat underbeatd underbeats
    underbreath undercarriaged underd underdepth underearth undereat undereatd undereats
    underheat underheatd underheats underlain undermath undern underneathd underpain underreach
    understain undes undoable undoer undyer uneatable uneffected uneffectedd uneffecteds
    uneffeted unerrable unexchanged unfabled unfanged unfeasable unfit unflanged unfleshs
    unfortunate unfortunated unfortunateed unfortunateer unfortunatees unfortunatelyd
    unfortunates ungabled unganged unhabile unhanded unhanged unhangedd unhangeds unhanger
    unhanges unhealable unhearable unhearabled unhearables unheatable unhinged unhit unhunged
    uniat uniating unible unier uninfected uninnate uninnated uninnating unitable unitabled
    unitables unitd unite uniteable unity unkle unknow unknowd unknowed unknower unknowes
    unknowing unknownd unknows unleakable unlearnable unleasable unleashs unleds unlessd unlets
    unliable unlit unlive unmutable unnation unnative unnearable unnearabled unnearables
    unnotable unoil unpanged unpeerable unpotable unpure unratable unreadable unrestable
    unruinate unruinated unruinating unsabled unsalable unsaline unsaltable unsatable unsatabled
    unsatables unsatiable unsavable unsayable unsealable unsecure unseeable unseparable
    unshanked unsharable unsizable unsoarable unsonable unsore unsortable unsoured unsourer
    unsoures unsparable unspeedy unspiable unsquare unsquire unstabbed unstabled unstablied
    unstablies unstably unstablyd unstablyed unstablyer unstablyes unstablys unstaled unstalled
    unstatable unstavable unstayable unsteadily unsteadyd unstonable unsuitable unsured untabled
    untastable untearable untearabled untearables untestable unthanked untie untild untile
    untill untilt untin unurgent unusable unviable unware unwastable unwearable unwearabled
    unwearables unweariable unwit uphanged uranate uranated uranateed uranateing uranates
    uranating uranited uraniting urbinate urbinated urbinateed urbinateing urbinates urbinating
    urder urenaing urent urenting urged urgence urgenced urgences urgencyd urgentd urgently
    urger uriahing urialing urianing urianned urianning urinaled urinaler urinales urinaling
    urinalled urinalling urinantd urinanted urinanter urinantes urinanting urinants urinaried
    urinaryd urinarying urinateed urinateing urinationd urinative urinatived urinativing
    urinator urinatord urinatored urinatoring urined urineing uring urinosed urinosing urite urn
    urnaeing urnaling urns ursed ursine urticate urticated urticating urtication usable usedd
    usedness usee useed useeed uselessd userd ushed usheress usherless usitated usitating uss
    usselses usted ustering usuald usure uteriing uterined uteris uterusd uteruss utinamed
    utinaming uttering vaccinal vadies vagaries vaginad vaginald vaging vaginula vaginule vagued
    vagus vaies vaires vairies valeries valies value valva valval vanishd vanist vanquish
    vapories varaes vardies varees vares variages variates varices varicesd varicess varied
    variedes varieds varier varieres variers varietas varietys varifies varifyes varioles varis
    varisses varixes varixs varkes varnish varnishd varnishs varnishy varves varyes veen veer
    veery velaries venaries verby veries verteber verteberd vertebers vertebrad vertebraed
    vertebraer vertebral vertebraled vertebraler vertebrales vertebrate vertebrated vertebrates
    vertebre vertebred vertebreed vertebreer vertebrees vertebres vertebro vertebrod vertebroed
    vertebroer vertebroes vertebros vervenia veryd viaries vicaries vie vince vindexing vinea
    vinta virginal visiond vison vivaries vogue volaries volva votaries vulvad vulvald vulvar
    waarring waasiing wabbly waber wabes wabing wacer waces wacing wacke wackeing wackened
    wackes wacking wackying waddering waddle wader wadering wades wading wadliking wadna
    wadnaing wadseting waeed waeer waees waeing waerring wafer waferwork waferworkd waferworkes
    waferworks wafes wafing wafted wafter wafting waftying wager wages wageworks waggle waging
    wagliking wagoning wagwiting waher wahes wahing wahining waiataing waibling waidding waiding
    waies waiffing waifing waift waifting waikes waiking waikking waikness wailing wailling
    wailying waind waing waining wainning waird wairding wairing wairring waiseing waising waist
    waisting waistingd waistings waists waitd waited waiter waitering waitingd waitting waiveing
    waiving wakaes wakaing wakaning wakas waked wakees wakeing waken wakened wakenerd wakening
    wakenned wakens waker wakering wakers wakesd wakesing wakess wakfes wakfing wakfs wakhiing
    wakies wakifing wakingd wakkened wakoning wakoring wakyes wakying wakys walding waleding
    waleing waler walering wales waliing waling walkd walkering walkes walkingd walkyring walld
    walling wallingd wallings wally wallying walming walnuted walnuting walshing walted walter
    walthing walting waltying waltzing walweing walwing walying wames waming wanded wander
    wandering wanderingd wanderings wanderring wanderying wanding wandling wandying waned
    waneding waneed waneing waner wanes waneying wanga wangaing wanged wangering wanging
    wangling wangoing wanied waning wankling wanled wanleing wanling wanlying wannad wannaing
    wanned wannering wanning wanny wannying wantaged wantaging wantd wanter wanterd wantered
    wantering wantes wantied wantingd wantoned wantoning wanty wantyd wantyed wantying wanyed
    wanying wanzed wanzeing wanzing waped waper wapes waping wapitiing warbling warch warching
    wardening wardering warding wardingd wardings warditing wardroom wards wardsing wareing
    warencing warer wareroom wares waresing warfared warfareing warfarer warfares warfaring
    warfing warineing waring waringing warining warked warker warkes warking warks warld
    warliking warling warlingd warlings warlying warmaning warming warmingd warmings warmthless
    warneling warnering warningd warnt warnted warnting waroried warping warpingd warpings
    warpling warraied warraning warreing warrening warried warrieed warriing warrined warring
    warrining warrying warse warseing warsing warsling warst warsting warted warter warth
    warthing warting wartless wartying waruaing warveing warving waryeing warying wasat wasating
    wasatting wascoing waseing waseling waser wases washing washingd washings washoing washproof
    washroad washroomd washying wasing wasiring wasite wasiteing wasiting wasntd wasnted
    wasnting wasping waspling waspying wass wassiing wassing wastaging wastd wasted wasteding
    wasteing wastel wasteling waster wastering wastingd wastoring wasts wasty wastying watchcry
    watchcrys watchd watchedd watchedes watcheds watcher watcherd watchered watcherer watcheres
    watches watchesd watcheses watchess watchetd watchetes watchets watchless watchout
    watchworks wated waterboks watercocks waterd waterdocks waterers watermarks waterpores
    watersoaks waterwards waterwoods waterwork waterworkd waterworked waterworker waterworkers
    waterworkes waterworm waterwormd waterwormes waterworms waterworn waterwornd waterwornes
    waterworns waterwort waterwortd waterwortes waterworts watery wates wather wating watt
    watted watter watting wattling wauch waukened waukiting wauld waulling waunsing wauraing
    waurring waver waves waving wawer wawes wawing waxening waxer waxes waxing waxliking wayer
    wayes wayfaring waying waykes wayking wayneing wayning waziring weaed weaer weaes weaing
    weakd weaked weaken weakend weakener weakenerd weakenered weakeners weakenes weakenned
    weakenner weakes weaking weakker weakking weakkneed weaklied weakliness weakling weakly
    weaklyed weaklyer weaknessd weaks weaky weakyer weakying wealdened wealding wealer wealling
    weamer weaneled weaner weanered weanling weanning weaponed weard wearer wearered weariness
    wearring wearying weaseled weaser weasered weasiness weasoned weasying weathers weaveded
    weaveing weaver weavered weazened weazenedd weazeneds weazener weazenes weazenied weazenned
    weazenyd weazenyed webed webering webes webeying webing webmaker wechting weddering wede
    weded wedeing wedering wedes wedgeing weding weebling weeda weedaing weedd weedding
    weedering weeding weedingd weedings weedling weeds weedy weedying weeed weees weekd weekendd
    weekended weeker weekes weeking weekking weeklyd weel weeld weeling weelling weels weely
    weelying weemened ween weend weening weeningd weenings weenning weens weenying weep weepd
    weeping weepingd weepings weepping weeps weepsing weepying weer weesh weeshing weet weetd
    weeting weets weetting weezeing weezing wefting weftying weied weies weigh weighd weighs
    weightd weighty weiing weing weirdd weired weirs weiveing wejacker weka wekaer wekeened
    welchers weldering weled weleing weles welewing weling welk welkeded welker welkined welking
    welks welld wellness welly welteing welting weltingd weltings wemed wemes weming wenchers
    wendeing wender wened weneing wenes wening wentd wented wenting weped wepening wepes weping
    wepting wered wereing werentd werer weres werid wering werk werke werked werkeing werker
    werking werks werning werre werreied werreing werst wersting werting wese wesed weseing
    weses wesing weste westeing westing westingd westings westling westness westying wetaing
    wetcheds wetchets weted weter wetes weting wetlying wetteding wettering wettingd weved
    weveing weves weveting wevetting weving wexed wexes wexing weyed weyes weying weyleing
    weyveing wezening whacking whaes whalaing whale whaleing whalerer whall whalling whalming
    whalping whalying whams whanding whanging whanking whanning whans whaps whare whareing
    wharfing wharling wharping wharried wharring whars whart wharting wharts wharveer wharving
    whaseing whasling whata whatas whatd whateer whateerd whateerer whateers whater whates
    whateverd whatnaer whatness whatsd whatsing whatso whatsoeer whatsoeerd whatsoeerer
    whatsoeers whatsoer whatsoeverd whatsomever whatsomeverd whatsomevers whatss whattener
    whatting whauking whaus whauveer wheat wheatened wheatener wheating wheats wheatting
    whedering wheed wheeing wheeling wheeming wheen wheening wheeping wheer wheering whees
    wheezing whefting whein wheing whelking whend whenever whensoever wherd whereasd whereass
    whereat whereatd whereates whereats wherebys whered whereers wherees whereing whereins
    whereofs whereons wherer wheresos wheretos whereups wherever wherrets wherried whers whets
    whetting whewting whichd whick whidering whifting whiled whilie whilk whilking whill whilly
    whils whilsd whilss whilstd whind whine whiped whipes whiping whipking whiplashd whipping
    whipting whird whirried whish whisping whist whisting whists whitd whited whiteder whiteing
    whiten whitener whiter whiteser whiting whitingd whitings whitling whits whitsing whitten
    whittend whittens whitting whity whitying whizd whizs wholed whomever whomsoever whone whoo
    whood whore whoreing whorld whorlied whorling whorting whose whosever whosoever whots
    whotting whulking whurried whute wiced wices wicing wickened widd widdering widdled wided
    wides widing width widthing widthless wierd wifed wifie wifing wiged wiges wiggled wiggler
    wigglied wigglies wiggly wigglyed wigglyer wigglyes wight wiging wiing wiked wikes wiking
    wildering wildly wiled wiles wilily wiling wilking willd willey willyd wimed wimes wiming
    wimped wimpes wimping wimpling wincering winchers windd windeding winder windering
    winderring windle windoring windring windy wined winering wines wingd wingering wingle
    wining winkd winkering winly winna winnering wintd winted wintering winting wintling winyd
    wipeed wipees wipeing wiper wiperd wipering wipers wipsd wipsed wipses wipsing wipss wirds
    wired wires wiring wirld wised wises wisha wishd wisht wishting wising wisly wisped wispes
    wisping wispying wiste wisteing wisting wists witch witcheds witchens witchery witcherys
    witchets witching wited witer wites withd withe witheing withen withind withing withoutd
    withvine withwind withwine withy withying witing witting wittingd wittings wittsing wittying
    wived wives wiving wized wizes wizing woadeding woader woadering woaderring woads woaked
    woaker woakes woaking woakking woaks woald woalding woanning wobble wobblyd wodder woden
    wodening woder woeed woees woeing wofuld woked woker wokes woking wokked wokker wokking
    woldeing wolder wolds wolfering wolld woltering wolvering womand wombd womby women won
    wonderd wondereding wonderering wonderingd wonderlying wonderring wondersing woneer woner
    wongening wonger wongering wongerring wonkying wonna wonneder wonneding wonner wonnering
    wonnerring wontd wonted wonteder wonteding wonter wonting wontingd wontings wontless woo
    woodd wooded woodeding woodend woodening woodeny wooder woodes woodkern woodsering woody
    wooed wooering woofd woofering wookd wooked wooker wooking wookking wooks woold wooldering
    woolen woolering woomd woomering woond wooraried wooyen woped wopes woping worbling wordd
    worded wordeding worden wordening worder wordering worderring wordes wordied wording
    wordingd wordings wordless wordling wordy wordying wordys wored woreed woreer woreing wores
    woring workd workedd workeding workerd workered workering workes workied workingd workless
    worksd worksed workser worksing workss worky workyd workyed workyer workying workys worldd
    worldied worlding worldless worlds worldy wormd wormed wormer wormering wormied wormiled
    worming wormingd wormings wormless wormling worms wormying wornd worned worner worniled
    worning worns worraled worreled worriedd worrier worrierd worriered worriers worries
    worriless worritd worrited worriter worriterd worrites worritted worryed worrying worsed
    worseing worsen worser worsering worset worsing worstd worsting wortd worted worter worthd
    worthied worthies worthiest worthiests worthiness worthing worthlessd worthy worthyes
    worting worts wosting woter wotting woufd wouldd wouldest woulding wouldntd wouldst wouldstd
    wouldsts wouled wouls wound woundeding wounder wounderd woundering wounderring wounders
    woundser woundyer wouraried wowke wowked wowkeing wowking wowsering wracking wraithing wrang
    wranging wraning wranning wrassing wrastling wrathless wrawness wreak wreakend wreakened
    wreakener wreakenes wreakenned wreaker wreakerd wreakered wreakers wreaking wreakker
    wreakless wreating wreatting wreeking wrekeing wresting wrests wriestes wriests wriggle
    wriggled wriggler wriggles wright wring wrist wristd wristeds wristers wristes wristing
    write writeing writh writhen writhend writhens writhing writing writingd writings writs
    writted writtend writter writterd writters writting wrod wroing wroke wroked wrokeing
    wrokened wroking wrongd wrongering wroted wroth wrung wulking wunna wunnering wuped wupes
    wuping wuste wusteing wusting wuter wutting wyeed wyees wyeing wykes wyking wynder wyped
    wypes wyping xerox yaer yallow yar yars yass ybe yead yeads yeaer yeaes yeahd yeahs yean
    yeans yeara yearas yeard yeards yeares yearn yearns yeat yeats yee yeees yeer yees yeess
    yellowd yellowy yer yers yess yoing yokinger youer youing youngd younged youngerd younges
    younglet younglyer youngster youngther younguner younker younkerd younkers yourd youred
    yourer yourn youse youve youze ywar ywars zapas zapasing zaped zapes zaping zapper zapuped
    zapupeed zapupeing zapuping zapus zapusing zarped zarping zarps zepped zepping zerod zipped
    zipping zippingd zippings zippying zoomorph zoomorphd zoomorphs zoomorphy
    """.split()
)
