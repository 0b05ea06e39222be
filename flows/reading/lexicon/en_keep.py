"""Real English words near a lexicon word: never corrected (tools/keep_words.py)."""

KEEP = frozenset(
    """
    aa aaa aac aas abby abd abe abel abide abode abort abound absolute acc accidental accidently
    ace aces acme acne acre acres act acting activate actuality add adds ade aesthetic
    aesthetics affair affect affection affections affective affirmation afflicted afterward age
    aged agent agnes aground ahmad aide airtight alain alam albright aldo ale alice alight alike
    allotted almighty aloft alter alto aly amal ame amr amt amy anakin ancients angelina angle
    angles angus ann anna annually ano ante antibiotic anvil ape appetizer appreciate
    appreciates arches ardent aren arena arenas ares argent ari arias arise armoured aromatic
    arose arouse asd ashe ashes askin asos aspire assaults assed ast aster asus ate atk atms att
    attach attached attaches attacker attackers attained attracted aung aunts ave avid award awe
    awoke aws axe aya ayn ayr babu backed backfire bagged baht bailey bailing bain bait bake
    bale bales ball ballroom band banded banding banger banished banked banned barkley barney
    barnsley barth based bask bat batch bates bathe bathed bats batter battered battering
    batters battle bayley bbc bean bear beast beater became bedding bee befriend begun beit
    belittle bellevue bells belo benched bene benin bering bern berth beside best bet beta bette
    bevan bey bezos bff bib bible bid biking bills bin bind binding bindings bing bio biologist
    biologists birch bis bite bites bitter bitterly biz bjorn black blacked blake blame bland
    blaster blaze bleaching bleep blend blending blessing bleu blew blinding bling blink blob
    bloc bloch blockade blocker bloggers blond bloom blooming blow blur blurring blush boas
    boast bobo bobs bock boeing boer boggling boko bombs bonding bonds boned bong bonner bonny
    bonus booby booed booker books boom booms boon boone boot booted booth boots borden
    bordering bores borg borne boron bose bots bottling bowed bowen bower bowers bowles bowling
    bowls bows boxer boxes boyd boyer brace brad braid branched branding brant brash brat braun
    brave breach breached breaches breaching breadth breaking breaths breed breeding breen brent
    brian bride brilliance bring bristles brit brits brock brody broker brood brook brooke broth
    brothel brothels brotherly browsers bruh brunt bsc bst bubbling buck bucket buckeyes bucking
    buckley bucks bucky bugged buggy building bulls bumbling bunches bungee bunt buren burg
    buried burley burner burns burst bursting burying bush bustling butter buttery cabo caches
    cade cadre cadres cafe cafes cage cages cahill cain cairo cake cakes cal calc cale cali
    calif caller callers calling calls calmed camp camping camps camry cams canceled cancels
    cane canes canister canisters cannon canoeing cape capes capping capsule captures carb carbs
    card cardigan cardinal cards cared careless carer carers caress carey cargo carina carleton
    carlo carly caro carp carr carrey carte carts carve carving carvings cary case cases cash
    cashed casing casts catcher catchers cate catering cath causation causes caves caving cbs cc
    ccc ceiling ceilings cellar cello cellulite celts cerebral ceres certainty cessation chai
    chain champ champs chance chancery chances chang changer changers channels channing chant
    chanted chanting chaps char charge charged chargers charges charging charming charted
    charting chasing chatting cheat cheaters cheating checker checkered checkers checking checks
    chee cheeky cheer cheering cheery cheetahs chem chess chet chick chickens chico childs chile
    chili chilli chilling chimneys chino chip chipped chipper chipping chiropractic chirping
    chivalry chock choir chongqing choo choosing chopped chopper chopping chuck chucked chuckled
    chuckles chugging cia circling cisco cladding claiming clair clamp clamping clamps clams
    clan clans clapped clapper clapping claps clare clash clashed clashing class claus clause
    claw cleaned cleansed cleansing clearer clearest clearing clerical cleverly clicking
    climbing clinched clinging clint clipped clipper clippers clipping clippings cloaked clock
    clocked clocking clogging close closed closeness closer closes closest clothed clothing
    clots clotting clubbing clusters clutches clutching cna coaching coalition coarse coasters
    coating coatings coco codes coding coffey coil coincide coke coles colin coll collab
    collared collars collusion colo colonial colonies color coloring colton comanche combines
    combing combs comedies comer comers comet comets comey comfortably comin comme commoner
    comms compares compelled competed competes competing compiled compiling complements complete
    completely completes complexes complied composed comprise comprises computed comte concealed
    concerns concerts cone cones confessed confided confined confuses congress conjured
    consonant constance constituted constitution constraint consultancy consulting consumed cont
    contestant coo cook cooked cooling coolness coon coop copper cops copying cora coral cores
    correctly cortical cortisol cosmetics costs costumes coughing coulter counted countess
    counties counting county coupe coupled couples coupling court courted courting courts
    coventry covering covertly cpu cra crackers cracking crackling crafting cramming cranking
    craps crashes crashing crass craving cravings creaking creamy creatine creating cred cree
    creed creek creeks creeper crepe crest crickets crippled crippling critters crock cropped
    cropping crossing crouch crouching crowding crowning crowns cruising crumble crumbled
    crumbles crumbling crumpled crunching crush crushed crutch crutches csi cta culled culling
    cunt cunts curd cure cures curing curious curiously curled curly currency currents curse
    cursed curtain curtains curved curvy cushing cuteness cutler cycled cyclones cylinder dab
    dac dada dade dae dag dagger dah dai dairy daisy dak dal daly dam dams dan dancer dans dao
    dar daring davy daw dax deaf deafness dear dearth debit decadent decaying deceit deceived
    decide decider decides deciding declares declined decode decoding decrees deepen deepened
    defends deference defies definite definitively degree dei deleting deliberate delicately
    denied denis denise depend depended deposited depressed depriving depth deranged derive
    deriving descends descent deserted deserved desiring desk devi devin devs dey diagnose
    diagnoses diagnosis dice diced didn differed differing dill dine dined dipper directing dirt
    discarded discharge discharges disclosed disco discusses disgraced disguised disgusted disks
    dismissed dispense disperse diss dist distaste distract distracts dive dived diverting
    diving diy doable dock docking docs doctoral dod dodge doge dogg doggy doin dolce dome domes
    donkey donna donny donor dons donut doo door doping doses dosing doubles doubly doubted dove
    doves downfall drab draft drafting draining dramatic drank draper drawn draws dream dredging
    dresser dresses dried drifting drilling drinking dripping drips drone drool drooling drove
    drown drowning drug drugged drums drunk drying duck ducking duel duels duet dunn dunne
    duress dusk dust dyeing earl earle earls eased easter eaves eclectic edd eden ee effected
    effecting ehh eighth eighties eject ejection elect electing election elections elective
    electron electronic electrons elise els elsie elves emergence emergent emery eminence
    emitting employing emt emulsion encoding enduring enlisting ent enter entice entry equine
    erase erecting err eruption eruptions esa esc ese esther eta eth ether evacuate evacuating
    evacuation everyman eviction exacting examine examiner examiners examines excepting excerpt
    excerpts exciting executing execution executions exercised exerting exertion existent exit
    exiting exits exo exorcism exorcist expectant expertise exporting fable facts fade fail
    failing failings fainting fait faithful falk fallin fallon fancy fanning farce fares farming
    farms farr farther fasting fats fatter fave feasible feasting feat feather feathers feb
    fecal fee feed feeding feeds feelin fees fei fem fen fer feral ferguson fetal fewer fey fez
    ff fiancee fiancé fiancée fibre fibrosis fide fielding fiend fife fightin figurine figuring
    file fill filling fillings filtering filth fin fina finance financed finances finder fined
    finer fines fingered finisher finishers finishes fink finn finnish fins firth fish fishing
    fits fives fizz flag flagging flags flailing flair flanked flanking flannel flannery flappy
    flashing flask flats flattering flattery flaws flee fleeing fleet fleeting flesh flew
    flicking flinders fling flipping flips flirting float floating flocking flogging flood
    flooding floods flooring floss flour flows fluently flushing fluttering fold folder font
    fooling footing footy foray forcible forcibly fore forecast foresight forester foreword form
    formerly fort forte forth fortress forts fostering foul founders fours fra fracking fragment
    fragrant france franco frat freakin fred freeing freezing frequent fret fretting fried
    friendly frigate frigates frighten fro frontage frost frostbite froze fruition frustrate
    frying ftw fueling fuels funky fur furnished furnishing furniture furthest fuse fuses fuzz
    gaba gage gail gaines gambia gamble game gao gaol gaping garbage garde gemma generals
    genitalia gents giggling giles giver givin gland globe globes gloss glover gnu gods goers
    gold gomes gong goo goode goods goody goof goon goran goss grab grabs grad grads grain
    grained grains grainy gram grams grant grants gras grasp grasping grave grays greening greet
    greeting greta grieving grin grind grinding grinning grins groan groans gross grove groves
    growling grown grunt guest guests gunn gunna haa haas hae hagan hahn haider haig hain
    hairless hal hale hales hall halo halt ham hammering hampered han hana handel hander handing
    handling handy hangin hangs hanks happiest haram harden hardened harding hardness hardy hare
    harem hari hark harmonies harper hart hasan hast hastings hate hating haunt haunting hav
    haven havens haves havin haze hazing headline heady heals healy heaped heaps hearn hears
    hearst heartache heartless heave heaviest heaving hee hegel hella hells helms helper hem
    hera herein hermione heroic heron herr hers hess hindered hinds hippy hiss histoire historia
    historic hive hmmmm hms hoard hoarding hobby hoes holds holed holmes hom homeless
    homelessness homes homework homie homme homs hone hood hoot hopes horde horne horst horus
    hoses hospitable hove htm huang hubble hues hugh hugs hum humbling hundreds huns hunting
    hunts hurling hurst husbandry hustling huts hwang hwy hye ics ide ids iec ii iii iis iit ile
    illusion illusions impatience impatient importance imported importing imposing impossibly
    improper improv improves improvise improvised inaction inanimate incapable inception
    incision inclusion inclusions incurred incursion incursions indebted indexed indicate
    indicted indignation inducted induction ine infarction infect infecting infections
    infectious infer inferred infested infidels inflamed inflammation inflated inflation
    inflection inflicted info informal informer infraction ingested ingesting ingestion inhale
    inhaled inherent inhibited inhibition inhibitions inhibitory inhibits initiate injecting
    injector injunction injures injuries inn innes inquired insect inserted insertion insider
    insiders inspected inspection inspections inspires instigated insulting insure insured
    insuring int intention intentioned intentions inter interact intercept interest internal
    international interned internment interpret intersect intersex intestinal intimidate intl
    intricate intro intrusion invaders invasion invasions invented invention inventions inverted
    invested investigate investigates investigating investigative investigator investing irb iss
    issued issuer issuers itt jags james jamie jean jello jens johan joins jolly joni joon jude
    juicy jumble juno keel keller kemp kern kettering khaki kickers kidd kilda killed killin
    kindness kinds kinney kipling kiss kitchens kkk knack kneel kneeling knitting knobs knocking
    knots known knuckle koi lace laced lacey lacked lacking lacks lacy lager laing laker lakes
    lal lambs lander lanes lange langer largo laser lash lass late latex latter lauded lauder
    laughlin laughter launching layer layering leading leads leafs leafy leaky leaned leaning
    leanings leans leaping leaps learning lease leased leases leasing least leavers leds lees
    legion legions lei lens lesbians lesson lessons lest lester leung lever levy libel liber
    libs lick licked licking licks lien lighted lighten lightest lighting liking lil limbo limes
    limo lind linens liner linger lingers lining lire lisp listed listing listings lite liter
    liters litter lived lives livin lmfao loaf loans loaves lobe locating locke locker locket
    lockheed loco locus loft logos logs lois lone loner longed longs lookin looks loom loomed
    looming looms looped looping loops loosing loot looted looting lords loser lott lotus lover
    loving lows lps lte luke lumber lunge lust maa mace macos madge madre mads mage magi mah
    main maine mains makin mal males mami mandating mandy manly mann manny manor mans manus
    maple marching marking markings masking massacre massaging massed master matching mated
    mater mather maths mating mats matte mattel matteo maude maximus maxx mayne mcmillan mea
    meade meanings means meat meats mech med meddle medial mediation medicaid medicare medicinal
    medieval meditation meditations mee meet meets meg megan mei mel melts men mena menacing
    ment mentions mentored mentoring mep mer mes mesh mess messes messing meta metastasis meth
    metz mew mex mgm mhz mich mics mid mil mila mile miles milf mill milly milne milo mime mimi
    mina minas mince mined mink mints minus mio misc misled misses missions mist mists misused
    mlm mma mme mmm mmo moaning modes modestly mold molds moma mont monte monty monument
    monuments moore moot mores mornin morse moses moss moth motoring mott mounting mourning
    mouths mover moves movie movin mowing moyes mph msm mulch mules multiplied multiplier
    multiply mumps munch mute mya myles mysql myths nad nadal nadia nadu naga nail named napa
    nara nasa natal nath nats naval navy nba nbl nbn nda ndp neat nee negation nel nelly nene
    neon nerd ness nest neuer newer newt nfl nice nicht nigh nightlife nike nile nils nin nina
    nines nineties ning nino nn noah noe noise noon noone nooo noooo noor norma normalcy
    normality norman normandy norse norte nos nose notices notified notifying noting notre noun
    novice nrl nsw nth numbered numbering nun nut nxt nye nyt obe obi occasional ocs oct ode odi
    ofa oft ohh ohhh ohhhh okc older ole oncoming ong oni ono ont ontology oof ooh oooh ooooh
    oop oops operate operates operatic operating operational operative operatives operator
    operators opp orc ore organism organisms ori orr otter ounce our outgoing ove overcome
    overdo overdone overheating overrated oversight overweight owe pace packed packer paco pact
    paine painters paints pairs palace paler palin palm palma pals panes panned panthers pantry
    parent parental paris parks parr parsing parson partnered parton party pas passable passer
    passes passions pasted pasting pasty patent patents paterson patience pats patten patterson
    patty paused pausing pawns payer payments pda peace pearson pease peeking peeling peels
    peeping peeps peer peering peers peking pele pena penal penn pens pep per peres perfected
    pero pershing personas pertinent peso petal peterson petition petty phishing phones phony
    photon physician picket pico pics piece pier piers pierson pigs pilate pile piled piles pimp
    pine pines pings pinks pints piped piper pips pirates pisa pisses pitch pitched pius
    placement plain plains planck plane planes planner planners plano plant planted planting
    plantings plants plat plate platelet plates playin plays pleas pleasure plugs plump plums
    plunging pocket poignant poise poked poker poking polls poly pondering ponds pont poof pool
    pooled pooling pools pope popped popping pops popsicle ports pos posed posing positive posse
    posturing potts pound powder powering praising prank predates prefect pres prescribe
    presence preset president pressing prev prevent preventing preventive prevents previous
    prick primacy primarily primate primates princely print privately probable probe probes
    procedural production prof prog projection projections proms prone propel property props
    pros prose prosecution prosper protecting protective protector proto prov psalms puck pulls
    pulp punches punching punctual punished punishing puns pursuing pus pushy putt putty quicken
    quickest quiet quit quito quits quote racked racks radiating radiator radius rae rags raided
    raids rained raining raiser raises raising rally ram rams rani ransom rant rat ratio rats
    raya rbi rbis reaches reacted reacting reaction reads realism realist realtime realty reap
    receiver receivers reception recession recital reciting reclining recommend recommends recon
    recorded recorder recoveries redacted reddy reduce reduces reduction reed reelection
    referees refining reflection reflex reformed regain regaining regal regional regionals
    regulate regulated regulator reigning reilly rejecting relate relates relating relaxed
    relayed released relegated relevance relied relies relieved reliever relieves religion
    religions reliving reloaded relocated remain remaining remove remover removes rental renting
    repairing repeal repeated repent replaced replayed reporter reporters rescuing reserved
    reset resetting residing resisting resolved resorted resorting resounding respondent
    restoring restrain restraining result resulted resulting resuming retail retailing
    rethinking retiring returning reunions reversal reversed reverted reviewers revising
    revision revisions revolted revolved revolver reworked riding rife rigby riggs rights rigor
    rigorous ringo ripe rise risking roar roars robber robbery robs rock rocked rocky rods role
    rolf roller root rotating rote rounding rr rubbed ruby rugs ruins rune runes rung runnin
    rustling saad sable sabre sacks sacred sade sae saeed safely sailed sailing sake sakes sales
    sally sampling sams sanders sas satchel saunders saver saves sawed sax sayin scale scaled
    scam scamming scams scanner scanners scanning scant scar scarce scares scarf scaring scarred
    scarring scars scary scathing scattering scent schooling scolded scones scooping score
    scored scoreless scores scots scouting scraping scrapped scrapping scratches scream
    screaming screeching screening scrubbed scrum seams searches searching seared searing
    seating secession secondly sects securely sedation seeded seeds seek seeks sees seething
    seine seizes sell semen semis seng sens sensibility separator seperate sept serenity
    serviced services setting settings settle settler settlers settling sevens seventh seventies
    sever severing severity severn sewn shack shackles shades shading shadowed shadowy shaft
    shafts shag shah shake shaken shaker shakers shall shalt shambles shame shaming shandong
    shapes shaping share shared shares sharing shattering shaved shaving shea shear shearing
    sheen sheep sheet shelf shell shelling sheltering shelters shelving shep sher shielding
    shifting shilling shimmering shine shines shingle shingles shiny shipped shipper shippers
    shipping ships shire shirt shirts shits shock shocked shocking shocks shone shoo shook
    shooters shopped shopper shoppers shores shortness shorts shots shouldered shout shouting
    shove shoving showed showered showing showings shows shred shredding shuffling shun shut
    shutting shuttles sia sic sid sided sideline sie siege sieve sift sifting sig sighed sighs
    sighting signaled sil silky silt sim simmer sin sing sings sinn sinned sino sion sip sire
    sis site sites sitter sittin siu sixes sixth sized skeletal skelton skeptic skeptics
    sketched sketches sketching skid skill skim skimming skinner skins skip skipped skipper
    skipping skit slabs slack slamming slams slapped slashed slashing slaying sleek sleepover
    sleepy sleet slick slide slides slight slipping slips sliver slope sloping slots slowed slur
    slurs slut smack smacking smart smarts smashes smashing sme smeared smearing smell smelting
    smes smiled smiling smite smith smoke smoking smoothing smuggling smyth snack snacking
    snakes snapped snapping snaps snare snatched snatching sneak sneaking sneeze sneezing snell
    snes sniff sniffing snooping snort snorted snorting snot snow snuck snuff soap soaps soared
    soaring sobering socialist soda soe sofia soft softness sold solid solis solos solve solves
    som soma sometime somme soo sooo soooo sooooo soooooo soothing sores soros sounding southend
    sox spa spade spalding spamming spangled spanking spanned spanning spans spare spared
    sparing sparking sparring spawning speaking spear specialise specialised specialises
    speciality specialize specials speck speckled speeding spelt spending spent spice spike
    spill spilling spin spins spiral spire spite spits spitting splashed split splitter
    splitting spock spoiled spoiling spokes spoof spook spooked spool spore spores sport
    sporting sporty spotting spout spouting sprain sprang sprawling spraying springer sprint
    sprinter sprung spurious spurred sputtering spying squashed squatting squeezed sri ss sse
    ssi sss sta stabbed stabs stack stacking stacy staff staffer staffers staffing staged
    staging stain staining stains stair stake staked stakes staking stale stalking stall stalled
    stalling stamping stan staple star starboard stare stared stares staring stark starling
    starr starred starring stars starter starters startled startling startups starved starving
    stashed state stated stating stats stave stead steadily steak stealing steam steaming steamy
    steep steeped steeper stemming stems steph steppe stepping sterling steven sti stick
    sticking stifling stillness stinging stink stinking stint stirling stirring stirs stitched
    stitches stitching stock stocks stoke stokes stole stomachs stomp stomped stomping stoned
    stoner stony stoop stopper store stores storming stove stoves stow stowe strait strand
    stranded stranger strangers strangle strangled strangling strap strapped strapping strat
    stray strayed strays streak streaming stretched stretcher strike striking string stringer
    stripped stripper stripping striving strode stroking stroller strongest strongly struck
    strung stuart stubble studying stuffing stuffs stuffy stunning stunt stuttering subbed
    subtlety sucks sue sued sues suffocation suit suitable sully summed sumner sunk supplement
    supplemental supplemented supplied supported surf surfboard surge surgical suri surveyor
    survival survived survives sven swallows swamped swans swapping swaps swarming swayed
    swaying swear swearing swears sweaters sweep sweeper sweeping sweeps sweet sweets swell
    swelling swept swift swimming swine swinging swirling switches switching swoon swore syed
    tab table tabled tables tabletop tac tack tacked tackles tackling tae tags tai tait taj taka
    taker takers takin tal tale tales talker talkin tall tam tame taming tan tangle tangled
    tango tank tanks tao tap tapes taping tapped tar tas task tasked tasted tat tau taunt taxes
    taxing tay teak tec ted tee teenage teeny tek tel tem temperate tend tends tenn tent
    tentacles tenth tents ter terminate terminus terribly terrific tes tess test tester
    testified testifies tet tex texted textiles texts thane thang thankful thanking thanos
    theatres thebes thee theme themes theorems theories therapies theses thier thine thingy
    thinker thinkers thinkin thinks thirsty thirties thon thong thorough threaded threading
    threat threaten threes throw throwing throws thump thus tick tickle tickled tickles tickling
    tides tien tier tiered tighten tile tiled timed timer timers timor tinge tinged tipped
    tipping tips tipsy tipton tire tires tis titles toed tok token toll tome ton tones tony tool
    torch torches toss totality totalled totes touched tough toughest tow towed tower toying tra
    tracking trail trait tram trampled tran trapper trapping trappings traps traveler travelers
    traveller travellers traversed tre tread treading treaties treatise tree trees trekking
    trending trent triad triangle triangles trick tricking trier tries trifle trimming trio
    tripled triplets tripp trippy tris troopers trotting trough trouser tru truce truer trusting
    tryin tsk tt tudor tue tumbler tumblr tun turin tutor tutors twain tweaking tween tweeting
    twentieth twig twine twink twinkle twinkling twister tying tyres uhh uhhh umm unbeatable
    unbreakable uncharted undersea understated undertook underway underwent underwood unfit
    unfortunate unhinged unsuitable untill unusable urgently urn usable user uses usp uss
    vaginas value varied varnish veer vending venturing vert vertebral vertebrate vertebrates
    vetting video vie vince vinci vogue wading wafer wager wages waging wail wailing waist waite
    waited waiter waitin waits wales walkin wally walt walter wanda wander wandering wanders
    waned wang waning wards wares warming warping warring warts wasted watchdog watcher watches
    watering watt watts waves waving waxing weaken weakly wealthier wearer weave weaver weaving
    weeding weeds weep weeping weigh weighs weighted weil weir wellness welp whale wheat
    wheeling wheezing whenever wherever whine whipping whit whiting whiz whomever whore whose
    whyte width wight wildly wiley wills wily wines winger winner wiper wipers wire wired wires
    wiring wishing witch witt wives wobble woes women won wondered woo wooded woods woof worded
    wording workin worlds worm worms worries wound wreak wright writ write writing writings wta
    wth wwe xerox yanks yearn yeats yee yelp yer yolks yong yoo youd youngster yours yum yun
    yung yves
    """.split()
)
