"""Real English words near a lexicon word: never corrected (tools/keep_words.py)."""

KEEP = frozenset(
    """
    aa aaa aac aas abby abd abe abel abide abode abort abound absolute acc accidental accidently
    ace acme acre acres act acting activate add adds ade aesthetic aesthetics affair affect
    affection affections affective affirmation afflicted afterward age agent agnes aground ahmad
    airtight alain albright ale alice alight alike allotted almighty aloft alter alto aly ame
    amr amt amy anakin ancients angelina angle angles angus ann anna ano antibiotic anvil ape
    appetizer appreciate appreciates arches ardent arena arenas ares argent ari arias arise
    armoured aromatic arose arouse asd ashes assaults aster ate atk att attach attached attaches
    attacker attackers attained attracted aunts ave award awe awoke aws axe aya ayn ayr backfire
    bagged baht bailey bailing bait bale bales ballroom banded banding banger banked banned
    barkley barney barnsley barth bat batch bates bathe batter battered battering batters battle
    bayley bbc beast beater bedding bee befriend began begun beit bellevue bells bene benin
    bering berth beside bet beta bette bey bezos bff bib bible bid biking bills bin binding
    bindings bio biologist biologists birch bis bite bites bitter bitterly biz bjorn black
    blacked blake bland bleaching bleep blend blending blessing bleu blinding bling blink bloch
    blockade blocker bloggers blond bloom blooming blurring bobo boeing boggling boko bombs
    bonding bonds boned bonner bonny bonus booby books booms boone boot booth boots borden
    bordering bores borne boron bottling bowed bowen bower bowers bowles bowling bowls boxer
    boxes boyer braid brake branding brant braun breach breached breaches breaching breadth
    breaking breaths breed breeding breen brent brian bride bring brit brits brock broker brood
    brook brooke broth brothel brothels brotherly browsers bsc bst bubbling buckeyes bucking
    buckley bucks bucky bugged buggy building bulls bumbling bungee buren burley bursting
    burying bustling butter buttery caches cadre cadres cafes cages cahill cairo cakes calif
    caller callers calling calls calmed camping camps camry canceled cancels canes canister
    canisters cannon canoeing capes capping capsule captures carbs cardigan cardinal cards cared
    careless carer carers caress carey cargo carina carleton carlo carly carp carr carrey carte
    carts carve carving carvings cases cashed casing casts catcher catchers catering causation
    causes caves caving cbs cc ccc ceiling ceilings cello cellulite celts cerebral ceres
    certainty cessation chain champ champs chance chancery chances chang changer changers
    channels channing chant chanted chanting chaps charge charged chargers charges charging
    charming charted charting chasing chatting cheat cheaters cheating checker checkered
    checkers checking checks cheek cheeky cheer cheering cheery cheetahs chess chick chickens
    chico childs chile chili chilli chilling chimneys chino chipped chipping chiropractic
    chirping chivalry chock choir chongqing choosing chopped chopper chopping chuck chucked
    chuckled chuckles chugging circling cladding claiming clair clamp clamping clamps clapped
    clapping claps clare clash clashed clashing clause clean cleansing clearing clerical
    cleverly clicking climbing clinging clint clipped clipper clippers clipping clippings
    cloaked clock clocked clocking clogging close closed closeness closer closes closest clothed
    clothing cloths clotting clubbing clusters clutches clutching cna coaching coalition coarse
    coasters codes coding coincide coles colin collared collars collusion colo colonial colonies
    color coloring colton combines combing combs comedies comer comers comet comets comey
    comfortably comin comme commoner comms compares compelled competed competes competing
    compiled compiling complete completely completes complexes complied composed comprise
    comprises computed comte concealed concerns concerts cones confessed confided confined
    confuses congress conjured consonant constance constituted constitution constraint
    consultancy consulting consumed contestant coo cooked cooling coolness copper copying coral
    cores correctly cortical cortisol cosmetics costs costumes coughing coulter counted countess
    counties counting county coupe coupled couples coupling court courted courting courts
    coventry covering covertly cra crackers cracking crackling crafting cramming cranking craps
    crashes crashing crass craving cravings creaking creamy creatine creating creeks creeper
    creeping crest crickets crippled crippling critters crock cropped cropping crossing crouch
    crouching crowding crowning crowns cruising crumble crumbled crumbles crumbling crumpled
    crunching crush crushed crutch crutches csi cta culled culling cunts cures curing curious
    curiously curled curly currency currents curse cursed curtain curtains curved curvy cushing
    cuteness cycled cyclones dab dac dae dag dagger dah dai dairy daisy dak dal daly dam dams
    dan dancer dans dao dar daring davy daw dax deafness dearth decadent deceived decide decider
    decides declares declined decode decrees deepen deepened defends deference defies definite
    definitively degree dei deleting deliberate delicately denied denis denise depend depended
    depressed depriving depth deranged derive deriving descends deserted deserved desiring devin
    dey diagnose diagnoses diagnosis diced differed differing dined dipper directing discarded
    discharge discharges disclosed disco discusses disgraced disguised disgusted disks dismissed
    dispense disperse diss distaste distract distracts dived diverting diving diy doable
    doctoral dod dodge dogg doggy dolce domes donkey donna donny donut doo doping doses dosing
    doubles doubly doubted doves downfall draft drafting draining dramatic drank draper drawn
    draws dream dredging dresser dresses dried drifting drilling drinking dripping drips drone
    drool drooling drove drown drowning drugged drums drunk drying dunne duress dyeing eased
    easter eaves eclectic edd ee effected effecting ehh eighth eighties eject ejection elbow
    elect electing election elections elective electron electronic electrons elise elsie elves
    emergence emergent emery eminence emitting employing emt emulsion encoding enduring
    enlisting ent entice entre equine erase erecting err eruption eruptions esa esc ese eth
    evacuate evacuating evacuation everyman eviction exacting examine examiner examiners
    examines excepting excerpt excerpts exciting executing execution executions exercised
    exerting exertion existent exiting exits exo exorcism exorcist expectant expertise exporting
    facts failing failings fainting faire fairy faithful fallin fallon fancy fanning farce fares
    farming farms farr farther fasting fatter fave feasible feasting feather feathers feb fecal
    fee feed feeding feeds feelin fei fem fen fer feral ferguson fetal fewer fey fez ff fibre
    fibrosis fide fielding fiend fife fifth fightin figurine figuring file filling fillings
    filtering fin fina finder fined finer fines fingered finisher finishers finishes fink finn
    finnish fins fishing fives flagging flags flailing flanked flanking flannel flannery flappy
    flashing flask flats flattering flattery flaws flee fleeing fleet fleeting flesh flew
    flicking flinders fling flipping flips flirting float floating flocking flogging flood
    flooding flooring floss flour flows flushing fluttering fooling footing footy foray forcible
    forcibly forecast foresight forester foreword form formerly fort forte forth fortress forts
    fostering foul founders fours fra fracking fragrant frat freakin freeing freezing fretting
    fried friendly frigate frigates frighten fro frontage frost frostbite froze fruition
    frustrate frying ftw fueling fuels funky fur furnished furniture furthest fuses gaines gao
    gaping garbage garde gemma generals genitalia gents giggling giles giver givin gland globe
    globes glover gnu goers gold gomes goo goode goods goody goof goon goran grabs grads grain
    grained grains grainy grams grant grants grasping grass grave grays greening greet greeting
    greta grieving grind grinding grinning grins groan groans grove groves growling grown grunt
    guest guests gunn gunna haa haas hae hagan hahn haider hain hairless hal hale hales hall
    halo halt ham hammering han hana handel hander handing handling handy hangin hangs hanks
    happen happened happiest haram harden harding hardness hardy hare harem harmonies harper
    hasan hastings hate hating haunt haunting hav haven havens haves havin haze hazing headline
    heady heals healy heaped heaps heard hearn hears hearst heartache heartless heave heaviest
    heaving hee hegel hella hells helms helper hem hera herein hermione heroic heron herr hess
    hindered hinds hippy hiss histoire historia historic hive hmmmm hms hoard hoarding hobby
    holds holed holmes hom homeless homelessness homes homework homie homme hoot hopes horde
    horne horst horus hoses hospitable hove htm huang hubble hum humbling hundreds hunting hunts
    hurling hurst husbandry hustling hwang hwy hye ics ide ids iec ii iii iis iit ile illusion
    illusions impatience impatient importance imported importing imposing impossibly improper
    improv improves improvise improvised inaction inanimate incapable inception incision
    inclusion inclusions incurred incursion incursions indebted indexed indicate indicted
    inducted induction ine infarction infect infecting infections infectious infer inferred
    infested inflamed inflated inflation inflection inflicted informal informer infraction
    ingested ingesting ingestion inhale inhaled inhibited inhibition inhibitions inhibitory
    inhibits initiate injecting injector injunction injures injuries inn innes inquired insect
    inserted insertion inspected inspection inspections instigated insure insured int intention
    intentioned intentions inter international intestinal intimidate intricate intro intrusion
    invaders invasion invasions invented invention inventions inverted invested investigate
    investigates investigating investigative investigator investing iss issued issuer issuers
    itt jello johan joins jolly jumble keller kettering khaki kickers kidd kilda killed killin
    kindness kinds kinney kipling kitchens kkk knack kneel knitting knobs knocking knots known
    knuckle koi lacked lager laing laker lal lambs lander lange langer largo laser latex latter
    lauded lauder laughlin laughter launching lawns layer layering leading leads leafs leafy
    leaky leaned leaning leanings leans leaping leaps learning lease leased leasing least
    leaving legions lei lesbians lesion lessons lest letter leung lever libel liber licked lien
    lighted lighten lightest lighting liking lil limbo limes linens liner linger lingers lining
    lisp listed listing listings liter liters lived lives livin lmfao loans locke locker locket
    lockheed locking logos loner longed longs lookin loomed looming looms looped looping loops
    loosing loot looted looting lords loser lots lott lover loving lps lte lumber lunge maa
    madge madre mah maine mains makin mal males mandating mandy manly mann manny marking
    markings masking massacre massaging massed master mated mather maths mating matte mattel
    matteo maude maximus maxx mayne mcmillan mea meade meanings means meats mech med meddle
    medial mediation medicaid medicare medicinal medieval meditation meditations mee meet meets
    meg megan mei mel melts men mena menacing mentions mentored mentoring mep mer mes mesh
    messes messing metastasis meth mew mex mgm mhz mid mil mila mile miles milf milk mill milly
    milne milo minas mince mined mints minus mio misled misses missions mists misused mlm mma
    mme mmm mmo moaning modes modestly mold molds mont monte monty monument monuments moore moot
    mores mornin morse moses moth motoring mott mounting mourning mouths mover moves movie movin
    mowing moyes mph msm mulch mules multiplied multiplier multiply mumps munch mya myles mysql
    myths nad nadal nadia nadu naga nail napa nara nasa natal nats naval navy nba nbl nbn nda
    ndp nee needle negation nel nelly nene neuer newer nfl nice nicht nightlife nike nile nils
    nin nina nines nineties ning nino nn noah noe noise noon noone nooo noooo noor norma norman
    norse norte nos notices notified notifying noting notre noun novice nrl nsw nth numbered
    numbering nun nut nxt nye nyt obe obi occasional ocs oct ode odi ofa oft okc older ole
    oncoming ong oni ono ont ontology oof oop operate operates operatic operating operative
    operator opp orc ore organism organisms ori orr otter ounce our outgoing ove overcome overdo
    overdone overheating overrated oversight overweight owe packed packer paine paint painters
    paints pairs palace paler palin palma panes panned panthers pantry parent parental paris
    parks parsing parson partnered parton party pas passable passer passes passions pasted
    pasting pasty patent patents paterson patience pats patten patterson patty paused pausing
    pawns payer payments pda peace pearson pease peeking peeling peels peeping peeps peering
    peers peking pep per peres perfected pershing pertinent peterson petition petty phishing
    phones phony photon physician picket pierson pilate piles pines pings pinks pints piper
    pirates pisses pitch pitched plain plains plane planes plank planks planner planners plano
    plant planted planting plantings plants plate platelet plates playin plays pleas pleasure
    plugs plump plums plunging pocket poignant poked poker poking polls pondering ponds pooled
    pooling pools popped popping popsicle ports posed posing positive posturing potts pound
    powder powering praising predates prefect prescribe pressing preventing preventive previous
    prick primacy primarily primate primates princely print privately probable probe probes
    procedural production projection projections proms prone property props prosecution
    protecting protective protector proto psalms pulls punches punching punctual punished
    punishing pursuing pus pushy putt putty quicken quickest quiet quito quits quote radiating
    radiator radius rae raided raids rained raining raiser raises rally ram ransom rat ratio
    rbis reacting reads realism realist realtime realty receiver receivers reception recession
    recital reclining recommend recommends recon recorded recorder recoveries redacted reddy
    reduce reduces reed referees referral refining reformed regain regaining regal regional
    regionals regulated reigning reilly rejection relate relates relaxed relayed released
    relegated relevance relied relies relieved reliever relieves religion religions reliving
    reloaded relocated remain remaining remove remover removes rental repairing repeal repeated
    repent replaced replayed reporter reporters reserved reset resolved resorted resounding
    respondent restrain restraining result resulted retail retailing rethinking retiring
    returning reunions reversed reverted reviewers revising revision revisions revolted revolved
    revolver reworked rigby riggs rights rigor rigorous ringo roads robbery rotating rounding rr
    rubber ruins runes runnin rustling saad sable sabre sacks sacred sae saeed sailed sailing
    sakes sales sally sampling sanders sas satchel saunders saver saves sawed sax sayin scale
    scaled scamming scanner scanners scanning scarce scares scarf scaring scarred scarring scars
    scary scathing scattering scent schooling scones scooping score scored scoreless scores
    scots scouting scraping scrapping scratches scream screaming screeching seams searches
    searching seared searing seating secession secondly securely sedation seeded seeds seeks
    seething seine seizes semen serenity serviced services setting settings settle settled
    settler settlers settling sevens seventh seventies sever severing severity severn shack
    shackles shades shading shaft shafts shake shaken shaker shakers shall shalt shambles shame
    shaming shandong shapes shaping share shared shares sharing shattering shaved shaving shear
    shearing sheen sheep sheet shelf shelling sheltering shelters shelving shielding shifting
    shilling shimmering shine shines shingle shingles shiny shipped shippers shipping ships
    shire shirt shirts shits shocked shocking shocks shoes shone shook shooters shopped shopper
    shoppers shores shortness shorts shots shoulder shouldered shout shouting shove shoving
    showed showered showing showings shows shred shredding shuffling shutting shuttles sia sic
    sid sided sideline sie sifting sig sighed sighs sighting signaled sil silky silt sim simmer
    sin sing sings sinned sip sire sis sites sitter sittin siu sixes sixth sized skeletal
    skelton skeptic skeptics sketches sketching skill skimming skinner skins skipped skipping
    slabs slack slamming slams slapped slashed slashing slaying sleek sleepover sleepy sleet
    slick slide slides slight slipper slippers slippery slipping slips sliver slope sloping
    slots slowed slurs smack smacking smart smarts smashes smashing sme smearing smell smelting
    smiled smiling smite smith smoke smoking smoothing smuggling smyth snack snacking snakes
    snapping snaps snare snatched snatching sneak sneaking sneeze sneezing sniff sniffing
    snooping snort snorted snorting snuck snuff soaking soaps soared soaring sobering socialist
    soe sofia softness solis solos solve solves som soma sometime somme soo soon sooo soooo
    sooooo soooooo soothing sores sorts sounding southend sox spa spade spalding spamming
    spangled spanking spanned spanning spare spared sparing sparking sparring spawning speaking
    spear specialise specialised specialises speciality specialize specials speck speckled
    speeding spending spent spice spike spill spilling spins spiral spire spite spits spitting
    splashed split splitting spoiled spoiling spokes spooked spool spore spores sport sporting
    sporty spotting spout spouting sprain sprang sprawling spraying sprint sprung spurious
    spurred sputtering spying squashed squatting squeezed sri ss sse ssi sss stabs stack
    stacking stacy staff staffer staffers staffing staging stain staining stains stair stake
    staked stakes staking stale stalking stall stalled stalling stamping staple starboard stare
    stared stares staring stark starling starr starred starring stars starter starters startled
    startling startups starved starving stashed state stated stating stats stave stead steadily
    steak stealing steam steaming steamy steep steeper steering stemming stems stepped stepping
    steps sterling steven sti stick sticking stifling stillness stinging stinking stint stirling
    stirring stirs stitches stitching stock stocks stoke stokes stole stomp stomped stomping
    stoned stoner stony stood stoop stopper store stores storming stove stoves stowe strait
    strand stranded strangle strangled strangling strap strapped strapping strat stray strays
    streak streaming stretched stretcher strike striking string stringer stripped stripper
    stripping striving strode stroking stronger struck strung stuart stubble studying stuffing
    stuffs stuffy stunning stunt stuttering sucks sue sued suitable sully summed sumner supplied
    supported surf surfboard surge surgical suri surveyor survival survived survives sven
    swallows swapping swaps swarming swaying swear swearing swears sweaters sweep sweeper
    sweeping sweeps sweet sweets swelling swept swift swimming swine swinging swirling switches
    switching swore tab tables tablet tabletop tac tack tacked tackles tackling tae tai taj taka
    taker takers takin tal tales talker talkin tam taming tan tangle tangled tank tanks tao tap
    tapes taping tapped tar tas task tasked tasted tat tau taunt taxes taxing tay tea teak tec
    ted tee teenage teeny tek tel tem temperate tend tenn tens tent tentacles tenth tents ter
    terminate terminus terrific tes tester testified testifies tet tex texted textiles texts
    thane thang thankful thanking thanos theatres thebes thee theme themes theorems theories
    therapies theses thick thier thine thingy thinker thinkers thinkin thinks thinning thirsty
    thirties thong thorough threaded threat threaten threes threw throw throwing throws tickle
    tickled tickles tickling tides tien tiered tighten tiled tiles timed timer timers timor
    tinge tinged tipped tipping tipsy tipton tires tis tok token ton tones torch torches
    totality totalled totes touched tough toughest tow toying tra tracking trail trait trampled
    trapper trapping trappings traps tre treaties tree triad triangle triangles tricking trier
    tries trifle trimming tripled triplets tripp trippy troopers trough trouser tru truce truer
    tryin tsk tt tudor tue tumbler tumblr tun tutor tutors twain tweaking tween twentieth twine
    twink twinkle twinkling twister tying uhh uhhh umm unbeatable unbreakable uncharted unfit
    unfortunate unhinged unsuitable untill unusable urgently urn usable usp uss vaginas value
    varied varnish veer vending venturing vertebral vertebrate vertebrates vetting vie vince
    vinci vogue wading wafer wager wages waging wailing waist waite waited waiter waitin wales
    walkin wally walter wanda wander wandering waned waning wards wares warming warping warring
    washing wasted watcher watches watt waves waving waxing weaken weakly wearer weathers weaver
    weaving weeding weeds weep weeping weigh weighs wellness whale wheat wheeling wheezing
    whenever wherever whine whipping whiting whomever whore whose whyte width wight wildly wiley
    wills wines winger winner wiper wipers wired wires wiring witch witt wives wobble woes women
    won woo wooded woods worded wording workin worlds worms worries wound wreak wright write
    writing writings wta wth wwe xerox yanks yearn yeats yee yelp yer yolks yoo youngest
    youngster yours youve yum yun yves
    """.split()
)
