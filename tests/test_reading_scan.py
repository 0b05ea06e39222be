"""The whole-message scan of the reading layer: red flags, emergencies and crisis words.

The phrasings are the earlier project's scanner cases, kept as regressions: each
positive must raise its alarm wherever it is typed (SPEC 4), each negative nothing.
The red flags in "also" of tests/corpus/passing.jsonl are the contract; these guard it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.reading import read

#: The alarm ids of the old scanner, as the reading layer names them.
EMERGENCY = {
    "chest_pain": "chest_pain",
    "stroke_signs": "stroke",
    "breathing_trouble": "breathing",
    "painkiller_overdose": "overdose",
}


def raised(text: str) -> set[str]:
    """What a message raises: "said_<fact>", an emergency id, or "self_harm"."""
    reading = read(text, None)
    found = {"said_" + a.fact for a in reading.red_flags}
    found |= {old for old, new in EMERGENCY.items() if new in reading.emergencies}
    if reading.crisis in ("crisis", "danger"):
        found.add("self_harm")
    return found


# (text, reason, fact): each text must raise at least this alarm.
POSITIVES: list[tuple[str, str, str | None]] = [
    # bladder and bowel
    ("I wet myself yesterday", "said_bladder_bowel", "bladder_bowel"),
    ("I peed myself on the way to the shop", "said_bladder_bowel", "bladder_bowel"),
    ("I've been leaking urine since last week", "said_bladder_bowel", "bladder_bowel"),
    ("I can't pee properly", "said_bladder_bowel", "bladder_bowel"),
    ("I cannot pass urine", "said_bladder_bowel", "bladder_bowel"),
    ("trouble peeing since Monday", "said_bladder_bowel", "bladder_bowel"),
    ("I'm struggling to wee", "said_bladder_bowel", "bladder_bowel"),
    ("weak flow when I go", "said_bladder_bowel", "bladder_bowel"),
    ("I lost control of my bowels last night", "said_bladder_bowel", "bladder_bowel"),
    ("I've become incontinent", "said_bladder_bowel", "bladder_bowel"),
    ("I soiled myself", "said_bladder_bowel", "bladder_bowel"),
    ("I pooed myself in bed", "said_bladder_bowel", "bladder_bowel"),
    ("I can't feel when I need to pee", "said_bladder_bowel", "bladder_bowel"),
    ("I don't feel when I'm weeing", "said_bladder_bowel", "bladder_bowel"),
    ("I had to start wearing pads", "said_bladder_bowel", "bladder_bowel"),
    ("bladder problems since the pain started", "said_bladder_bowel", "bladder_bowel"),
    ("I'm incontinant now", "said_bladder_bowel", "bladder_bowel"),
    ("bladdr problems", "said_bladder_bowel", "bladder_bowel"),
    ("I haven't peed since yesterday morning", "said_bladder_bowel", "bladder_bowel"),
    ("cant pee", "said_bladder_bowel", "bladder_bowel"),
    ("I wasn't able to pee this morning", "said_bladder_bowel", "bladder_bowel"),
    ("I've been peeing myself a bit", "said_bladder_bowel", "bladder_bowel"),
    ("I don't know when I need the loo", "said_bladder_bowel", "bladder_bowel"),
    ("I didn't realise I'd wet myself until I stood up", "said_bladder_bowel", "bladder_bowel"),
    # saddle numbness
    (
        "Before we start: since yesterday my bottom and the skin between my legs feel numb, "
        "like after a dentist's injection",
        "said_saddle_numbness",
        "saddle_numbness",
    ),
    ("no, but it's a bit numb down there", "said_saddle_numbness", "saddle_numbness"),
    ("my groin feels numb", "said_saddle_numbness", "saddle_numbness"),
    ("numbness in my bum", "said_saddle_numbness", "saddle_numbness"),
    ("pins and needles between my legs", "said_saddle_numbness", "saddle_numbness"),
    ("tingling around my back passage", "said_saddle_numbness", "saddle_numbness"),
    ("I can't feel when I wipe", "said_saddle_numbness", "saddle_numbness"),
    ("it feels different when I wipe", "said_saddle_numbness", "saddle_numbness"),
    ("toilet paper feels weird", "said_saddle_numbness", "saddle_numbness"),
    ("my inner thighs are numb", "said_saddle_numbness", "saddle_numbness"),
    ("numbb down below", "said_saddle_numbness", "saddle_numbness"),
    ("my privates feel numb", "said_saddle_numbness", "saddle_numbness"),
    ("both my buttocks are numb", "said_saddle_numbness", "saddle_numbness"),
    ("I have saddle numbness", "said_saddle_numbness", "saddle_numbness"),
    ("numnbess in my crotch", "said_saddle_numbness", "saddle_numbness"),
    ("\u201cnumb\u201d  down\u200b there", "said_saddle_numbness", "saddle_numbness"),
    ("I can't feel the paper when I wipe", "said_saddle_numbness", "saddle_numbness"),
    ("numbness in my leg and bum", "said_saddle_numbness", "saddle_numbness"),
    ("my left buttock is numb", "said_saddle_numbness", "saddle_numbness"),
    # sexual change
    ("I can't get an erection since this started", "said_sexual_change", "sexual_change"),
    ("I can't keep an erection", "said_sexual_change", "sexual_change"),
    ("erection problems since the back pain", "said_sexual_change", "sexual_change"),
    ("I can't ejaculate", "said_sexual_change", "sexual_change"),
    ("there's no feeling in my vagina", "said_sexual_change", "sexual_change"),
    ("I've become impotent", "said_sexual_change", "sexual_change"),
    # both legs
    ("pain in both legs", "said_both_legs", "both_legs"),
    ("both my legs are numb", "said_both_legs", "both_legs"),
    ("my legs gave way this morning", "said_both_legs", "both_legs"),
    ("my legs keep giving way", "said_both_legs", "both_legs"),
    ("my legs are weak", "said_both_legs", "both_legs"),
    ("pain down both legs", "said_both_legs", "both_legs"),
    ("tingling in both legs now", "said_both_legs", "both_legs"),
    ("now it's spread to the other leg", "said_both_legs", "both_legs"),
    ("I've got sciatica on both sides", "said_both_legs", "both_legs"),
    ("my legs feel like jelly", "said_both_legs", "both_legs"),
    ("I don't sleep and my legs are numb", "said_both_legs", "both_legs"),
    # leg weakness
    ("I think I have foot drop", "said_leg_weakness", "leg_weakness"),
    ("my foot slaps on the floor when I walk", "said_leg_weakness", "leg_weakness"),
    ("I'm dragging my left foot", "said_leg_weakness", "leg_weakness"),
    ("my left leg is weak", "said_leg_weakness", "leg_weakness"),
    ("weakness in my right ankle", "said_leg_weakness", "leg_weakness"),
    ("I can't stand on tiptoe on that side", "said_leg_weakness", "leg_weakness"),
    ("I keep tripping over my foot", "said_leg_weakness", "leg_weakness"),
    ("my leg gives way sometimes", "said_leg_weakness", "leg_weakness"),
    ("my foot is floppy", "said_leg_weakness", "leg_weakness"),
    ("my foot keeps catching on the carpet", "said_leg_weakness", "leg_weakness"),
    ("I can't walk properly my foot drags", "said_leg_weakness", "leg_weakness"),
    ("I can't say I've noticed any weakness in my leg", "said_leg_weakness", "leg_weakness"),
    # leg numbness
    ("my foot is numb", "said_leg_numbness", "leg_numbness"),
    ("my toes are numb", "said_leg_numbness", "leg_numbness"),
    ("numbness in my left leg", "said_leg_numbness", "leg_numbness"),
    ("I can't feel my foot", "said_leg_numbness", "leg_numbness"),
    ("my foot has gone dead", "said_leg_numbness", "leg_numbness"),
    ("my calf feels numb", "said_leg_numbness", "leg_numbness"),
    ("the bottom of my foot is numb", "said_leg_numbness", "leg_numbness"),
    ("no, I can't feel my foot", "said_leg_numbness", "leg_numbness"),
    ("numbness down the back of my leg", "said_leg_numbness", "leg_numbness"),
    # fever
    ("I've had a fever since Tuesday", "said_fever", "fever"),
    ("feeling feverish", "said_fever", "fever"),
    ("I've got a temperature", "said_fever", "fever"),
    ("I've had chills", "said_fever", "fever"),
    ("I feel hot and cold", "said_fever", "fever"),
    ("I had rigors last night", "said_fever", "fever"),
    ("I have a feaver", "said_fever", "fever"),
    ("I'm all shivery", "said_fever", "fever"),
    ("temp was 38.5 last night", "said_fever", "fever"),
    ("I'm running a temprature", "said_fever", "fever"),
    # trauma
    ("I fell down the stairs last week", "said_trauma", "trauma"),
    ("I had a fall on Sunday", "said_trauma", "trauma"),
    ("it started after a car accident", "said_trauma", "trauma"),
    ("I was hit by a bike", "said_trauma", "trauma"),
    ("it's been bad since the accident", "said_trauma", "trauma"),
    ("I injured my back in a fall", "said_trauma", "trauma"),
    ("I fell off a ladder", "said_trauma", "trauma"),
    ("I came off my bike", "said_trauma", "trauma"),
    ("I slipped on the ice", "said_trauma", "trauma"),
    # weight loss
    ("I'm losing weight without trying", "said_weight_loss", "weight_loss"),
    ("I've lost a lot of weight", "said_weight_loss", "weight_loss"),
    ("my weight has dropped", "said_weight_loss", "weight_loss"),
    ("I've lost 5 kg", "said_weight_loss", "weight_loss"),
    ("my clothes are loose and I'm hardly eating", "said_weight_loss", "weight_loss"),
    # night pain
    ("it's worse at night", "said_night_pain", "night_pain"),
    ("worse when I lie down", "said_night_pain", "night_pain"),
    ("constant pain at night", "said_night_pain", "night_pain"),
    ("the pain wakes me every night", "said_night_pain", "night_pain"),
    ("I can't lie down because of the pain", "said_night_pain", "night_pain"),
    # emergencies outside sciatica
    ("I have chest pain", "chest_pain", None),
    ("my chest feels tight", "chest_pain", None),
    ("crushing pain in my chest", "chest_pain", None),
    ("my face is drooping", "stroke_signs", None),
    ("my speech is slurred", "stroke_signs", None),
    ("I can't lift my arm", "stroke_signs", None),
    ("my wife says I'm suddenly confused", "stroke_signs", None),
    ("one side of my face is numb", "stroke_signs", None),
    ("I can't breathe", "breathing_trouble", None),
    ("struggling to breathe", "breathing_trouble", None),
    ("gasping for air", "breathing_trouble", None),
    ("I took too many pills", "painkiller_overdose", None),
    ("I've taken more painkillers than the packet says", "painkiller_overdose", None),
    ("I think I overdosed", "painkiller_overdose", None),
    ("I took double the dose of my painkillers", "painkiller_overdose", None),
    # crisis
    ("I want to kill myself", "self_harm", None),
    ("I feel suicidal", "self_harm", None),
    ("I want to end my life", "self_harm", None),
    ("sometimes I just want to end it all", "self_harm", None),
    ("this pain makes me want to die", "self_harm", None),
    ("I don't want to be here anymore", "self_harm", None),
    ("I'd be better off dead", "self_harm", None),
    ("I've been thinking of hurting myself", "self_harm", None),
    ("I self-harm", "self_harm", None),
    ("there's no reason to live", "self_harm", None),
    ("I want to take my own life", "self_harm", None),
    ("I can't walk and I want to die", "self_harm", None),
    ("sucidal thoughts", "self_harm", None),
    ("I don't want to be alive anymore", "self_harm", None),
    ("I can't go on", "self_harm", None),
    ("I don't see the point in living anymore", "self_harm", None),
    ("I've lost the will to live", "self_harm", None),
    ("I'm not suicidal but sometimes I want to die", "self_harm", None),
    ("I'm not sleeping and I want to die", "self_harm", None),
    # a loose verb beside its subject counts anywhere
    ("I need a wee but I can't go", "said_bladder_bowel", "bladder_bowel"),
    ("I can't go to the loo properly", "said_bladder_bowel", "bladder_bowel"),
    ("only a trickle comes out when I pee", "said_bladder_bowel", "bladder_bowel"),
    ("it's both sides now, down both legs", "said_both_legs", "both_legs"),
    ("I feel hopeless and I've been stockpiling", "self_harm", None),
]

# Ordinary sciatica talk, canonical answers and negated mentions: no alarm at all.
# Tingling in one buttock was a negative of the old scanner; SPEC 2.1 counts the
# buttocks in saddle numbness, so the reading raises it (the safer reading).
NEGATIVES: list[str] = [
    "shooting pain down my left leg",
    "my feet and hands tingle since chemo",
    "my numb feet and hands from chemo",
    "yes, tingling in my fingers and both feet",
    "I can't sleep well",
    "I'm not sleeping well",
    "my back hurts when I sit",
    "pain in my bum when I sit",
    "no, nothing like that",
    "I'm 67",
    "8/10",
    "yes",
    "no",
    "not sure",
    "about 2 weeks",
    "worsening",
    "yes, paracetamol doesn't touch it",
    "docetaxel every three weeks",
    "oxaliplatin every two weeks",
    "breast cancer",
    "yes, it's in my hip bones",
    "no numbness down below",
    "I haven't wet myself",
    "I'm not incontinent",
    "no fever",
    "never had a fall",
    "without any bladder problems",
    "nothing wrong with my bladder",
    "not both legs, just the left one",
    "I don't have chest pain",
    "no problems with peeing",
    "no weakness or numbness in my legs",
    "I haven't noticed any numbness in my leg",
    "there's no sign of fever",
    "no chills or shivering",
    "neither fever nor chills",
    "I don't think I've had a fever",
    "I've never had bladder or bowel problems",
    "no erection problems",
    "I'm not losing weight",
    "it's not worse at night",
    "no trouble breathing",
    "the pain is a burning ache in my calf",
    "it hurts to bend down",
    "I can't bend down to tie my shoes",
    "I've had sciatica before and it settled",
    "I do my physio exercises every day",
    "my leg has been killing me since tuesday",
    "this pain is killing me",
    "they did an MRI and said it's a trapped nerve, not the cancer",
    "the GP thinks a nerve is trapped in my back",
    "I don't want to die",
    "I'm not suicidal",
    "I would never hurt myself",
    "I hurt myself lifting a box",
    "walking up hills is hard",
    "I play bowls on Saturdays",
    "I was tiling the bathroom",
    "I was beating eggs",
    "I fell asleep on the sofa",
    "the pain is better when I lie down",
    "I used hot and cold packs",
    "I'm taking co-codamol as the packet says",
    "I'm on too many tablets already",
    "hay fever is bad this year",
    "both legs are fine",
    "my other leg is fine",
    "it's a dull ache first thing in the morning",
    "I'm trying to lose weight",
    "I've lost my appetite a bit",
    "my husband drives me to appointments",
    "it's worse when I sit and better when I walk",
    "it wakes me up when I turn over in bed sometimes",
    "I take two tablets four times a day like it says on the box",
    "my hands and feet have been tingly since the chemo",
    "I get pins and needles in my foot sometimes",
    "I can't walk far because of the pain",
    "I'm dying for a cup of tea",
    "I overdid it at the gym",
    "I did too much gardening at the weekend",
    "I lost my husband last year",
    "I'm losing sleep over it",
    "no issues with bladder or bowels",
    "my bladder and bowels are fine",
    "everything is normal down there",
    "no tingling down there",
    "my legs are fine, it's just my back",
    "no accidents or falls",
    "no night sweats or fever",
    "no chest pain or breathlessness",
    "I'm not short of breath",
    "it doesn't wake me at night",
    "my legs aren't weak",
    "my foot isn't numb",
    "I'm not dragging my foot",
    "I don't want to kill myself",
    "I have no thoughts of ending my life",
    "not suicidal, just fed up",
    "I have not taken more than the packet says",
    "what does saddle area mean?",
    "my dog woke me up at 5am",
    "I had radiotherapy on my spine",
    "the pain started 2 days after my docetaxel",
    "my joints are stiff since starting anastrozole",
    "weeks",
    # a loose verb with no subject beside it is not a red flag away from its question
    "I can't go to work with this",
    "I can't go out because of the pain",
    "I can't stop crying",
    "I had to wait ages for the GP",
    "fluid retention from the steroids",
    "my picc line catheter was flushed today",
    "the pain is on both sides of my back",
    "it's not just one thing, it's everything at once",
    "I can't finish my dinner",
    "my husband can't come with me",
    "I stockpiled loo roll before the op",
    "\U0001f622\U0001f622 sore back \u202eolleh",
]


@pytest.mark.parametrize(("text", "reason", "fact"), POSITIVES)
def test_positive_phrasings_raise_the_alarm(text: str, reason: str, fact: str | None) -> None:
    assert reason in raised(text), text


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_talk_and_negated_mentions_raise_nothing(text: str) -> None:
    assert raised(text) == set(), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my left leg is weak", "stable"),
        ("I've got foot drop", "stable"),
        ("my foot is getting weaker every day", "worsening"),
        ("my leg is weak but it's not getting worse", "stable"),
    ],
)
def test_leg_weakness_value(text: str, value: str) -> None:
    (flag,) = [a for a in read(text, None).red_flags if a.fact == "leg_weakness"]
    assert flag.value == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for question in (None, "consent", "bladder_bowel", "treatment", "duration", "age"):
        read(text, question)


def test_never_raises_on_long_text() -> None:
    read("no " * 5000 + "wet myself", None)
    read("\u202e" * 3000 + "\x00" * 100, "bladder_bowel")


def test_matchers_over_one_lexicon_share_its_compiled_classes() -> None:
    """The classes are compiled once a lexicon, not once a matcher: each copy was
    megabytes, 170 MB over a bot's cached matchers, walked by every garbage collection."""
    from flows.reading.lexicon import en
    from flows.reading.patterns import Matcher

    one, two = Matcher({"{painkiller}": 1}, en.CLASSES), Matcher({"leg": 2}, en.CLASSES)
    assert one.classes is two.classes and one.class_index is two.class_index
    assert Matcher({"leg": 3}).classes == {}
