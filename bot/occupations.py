"""The head nouns of job titles (language): the last word of "senior quality engineer", "apprentice mason", "safari
guide", for ``bot.text.job_phrases``. A job a student asks about whose head noun is not here is not read as a job at
all: no document is asked whether it covers it, and a question about a "zookeeper" got another job's salary, a
question about "apprentice masons" was read as one about apprentices. So the list is the trades, crafts, services,
farm, sea and public-service jobs careers documents write about, not only the professions.

Left out on purpose: words that are jobs and also everyday words of a careers document ("staff", "employee",
"player", "server", "principal", "fellow", "maker", "hand", "mate", "guide" alone: a "salary guide"); a job that
ends in one of those is listed whole ("safari guide", "farmhand").
"""

from __future__ import annotations

_WORDS = """
engineer scientist researcher analyst developer designer manager director intern consultant architect specialist
officer professor lecturer technician administrator programmer statistician economist nurse doctor physician lawyer
attorney teacher accountant pilot pharmacist dentist chef plumber electrician firefighter actuary postdoc president
recruiter strategist writer editor tester librarian psychologist therapist journalist marketer coordinator executive
associate solicitor barrister worker assistant midwife physiotherapist paramedic surveyor veterinarian optometrist
radiographer dietitian counsellor counselor paralegal clerk carer surgeon auditor planner inspector constable sergeant
hygienist apprentice physio vet dev captain mechanic carpenter welder hairdresser baker farmer receptionist cashier
bartender waiter courier soldier broker banker actor musician photographer translator interpreter tutor nanny optician
radiologist psychiatrist podiatrist sparky cop registrar pathologist producer artist trainee journeyperson journeyman
sonographer audiologist technologist instructor animator illustrator chemist biologist geologist underwriter curator
archivist bricklayer joiner roofer glazier plasterer locksmith gardener caregiver anaesthetist anesthetist dietician
nutritionist chiropractor orthodontist paediatrician pediatrician obstetrician detective estimator valuer assessor
dispatcher labourer laborer fitter machinist toolmaker millwright boilermaker pipefitter steamfitter ironworker
lineworker driver generalist ecologist scaffolder operative operator supervisor foreman cleaner porter steward
attendant adviser advisor ranger handler packer picker storekeeper crew purser educator promoter practitioner
clinician aide agent controller coach trainer lifeguard

mason stonemason blocklayer tiler decorator painter glazier thatcher concreter steelfixer handyman tradesperson
tradesman tradesmen tradie chippy craftsman craftsmen craftsperson artisan weaver knitter dyer embroiderer tailor
seamstress dressmaker upholsterer cobbler shoemaker potter ceramicist jeweller jeweler goldsmith silversmith blacksmith
farrier saddler cabinetmaker woodworker carver turner fabricator assembler riveter steelworker linesman lineman linemen
foremen forewoman labourers

stevedore docker longshoreman longshoremen dockworker seafarer sailor seaman seamen deckhand boatswain bosun skipper
coxswain boatman ferryman navigator fisher fisherman fishermen fishworker filleter rigger roustabout roughneck
floorhand driller derrickman toolpusher miner quarryman blaster shotfirer geophysicist motorman brakeman signaller
signalman shunter conductor chauffeur trucker haulier mover loader stacker merchandiser salesperson salesman saleswoman
teller secretary typist bookkeeper trader dealer adjuster appraiser draughtsman draftsman draughtsperson drafter
builder contractor

grower rancher herder herdsman shepherd stockman stockperson jackaroo jillaroo drover shearer rouseabout classer
agronomist horticulturist viticulturist winemaker cellarhand brewer distiller vintner sommelier confectioner
chocolatier butcher fishmonger grocer vendor hawker logger lumberjack forester arborist beekeeper farmhand farmworker

cook barista barman barmaid waitress housekeeper maid janitor custodian caretaker groundskeeper landscaper florist
zookeeper keeper shopkeeper innkeeper gamekeeper goalkeeper timekeeper gatekeeper doorkeeper concierge bellhop valet
usher bouncer doorman guard warden jailer bailiff sheriff trooper investigator policeman policewoman policemen
firefighters fireman firemen medic phlebotomist doula childminder babysitter collector sweeper chaplain embalmer
undertaker mortician telemarketer telephonist representative rep leader

reporter copywriter proofreader presenter broadcaster announcer cameraman videographer cinematographer filmmaker
actress dancer singer composer violinist cellist pianist guitarist drummer vocalist choreographer performer
entertainer comedian sculptor conservator restorer historian archaeologist anthropologist sociologist geographer
linguist headteacher headmaster headmistress cadet judge magistrate notary mediator arbitrator conveyancer diplomat
councillor buyer scheduler negotiator auctioneer realtor headhunter barber stylist beautician manicurist masseur
masseuse tattooist cosmetologist esthetician athlete referee umpire jockey physicist botanist zoologist
microbiologist biochemist epidemiologist pharmacologist toxicologist oceanographer meteorologist astronomer
mathematician hydrologist cartographer psychotherapist gaffer
"""

# Jobs whose head word alone is too common a word to list ("guide", "hand"), whole
_COMPOUNDS = """
safari guide|tour guide|mountain guide|driver-guide|driver guide|field guide|trekking guide|fishing guide|hunting guide
|museum guide|ski guide|kitchen hand|deck hand|farm hand|station hand|shed hand|wool handler|ward clerk|civil servant
|public servant|au pair|cabin crew|air crew|focus puller
"""

# Heads that name no job by themselves: a "fish farm worker" is whichever job a document names "fish farm ..."
GENERIC_HEADS = frozenset({"worker", "employee", "staffer", "staff", "personnel"})

_ALL = sorted(
    {w for w in _WORDS.split()} | {c.strip() for c in _COMPOUNDS.replace("\n", "").split("|") if c.strip()},
    key=lambda w: (-len(w), w),  # the longest first: "driver-guide" before "driver", "fisherman" before "fisher"
)
JOB_HEADS = "|".join(w.replace(" ", r"\s+") for w in _ALL)
