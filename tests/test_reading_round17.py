"""Categories found by the blind corpus round 17 (tests/corpus/fresh15.jsonl).

Each test holds sentences that are not in the corpus, and a counter-case that the new
rule must not sweep up (docs/reading.md, round 17).
"""

from __future__ import annotations

import pytest

from flows.facts import UNSURE
from flows.reading import Certainty, read
from flows.reading.normalise import normalise


def _raised(text: str, fact: str) -> bool:
    return any(a.fact == fact for a in read(text, fact).red_flags)


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        # a patch of skin felt as gone, a feeling told as changed where one wipes
        ("saddle_numbness", "since monday there's like a patch missing on my left bum cheek"),
        ("saddle_numbness", "felt fine last week, but now a bit missing on my bottom"),
        ("saddle_numbness", "when I wipe it feels all weird now"),
        ("saddle_numbness", "drying myself after the shower feels different down there"),
        ("bladder_bowel", "no fever but when i wipe it has gone strange"),
    ],
)
def test_a_changed_feeling_where_one_sits_or_wipes_raises_the_saddle(fact: str, text: str) -> None:
    assert _raised(text, "saddle_numbness")


def test_a_changed_feeling_told_without_numb_is_shown_back() -> None:
    reading = read("when I wipe it feels all weird now", "saddle_numbness")
    assert reading.value is True
    assert reading.certainty is Certainty.likely


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("leg_weakness", "weak? I walked five miles yesterday, so no", "none"),
        ("leg_weakness", "weak? not really no", "none"),
        ("fever", "fever? honestly no", False),
    ],
)
def test_the_questions_word_asked_back_then_denied_raises_nothing(
    fact: str, text: str, value: object
) -> None:
    reading = read(text, fact)
    assert reading.value == value
    assert not _raised(text, fact)


def test_the_questions_word_asked_back_then_affirmed_stays_a_yes() -> None:
    assert read("weak? yes, my foot drags", "leg_weakness").value in ("stable", "worsening")
    assert read("numb? yes down there", "saddle_numbness").value is True


@pytest.mark.parametrize(
    "text",
    [
        # a sincere "of course" or "oh yes", then a "No." to something else (round 17's
        # review): a mock yes is not read as such, so the red flag stands
        "Oh yes, wet myself twice this week. No. I am not exaggerating",
        "of course. i wet myself on monday. no. it is not a joke",
    ],
)
def test_a_yes_then_a_no_of_its_own_keeps_the_red_flag(text: str) -> None:
    assert _raised(text, "bladder_bowel")


@pytest.mark.parametrize(
    ("fact", "text", "flag"),
    [
        # the patient's own clause after an aside about someone else is the patient's
        ("duration", "my husband who I told, numb down there", "saddle_numbness"),
        ("duration", "my wife who i love, my bum is numb", "saddle_numbness"),
        ("duration", "my husband who drove me says my legs are both going numb", "both_legs"),
        ("duration", "my partner who saw me wet myself said go to a and e", "bladder_bowel"),
        # "out of" is no weather; a temperature in the house is the patient's
        ("fever", "my temp was 39 out of nowhere", "fever"),
        ("duration", "3 weeks. it was 39.5 out of hours, they said its an infection", "fever"),
        ("fever", "temp was 39 in the house this morning", "fever"),
        # a sign of the legs beside "legs are ok" is a weakness
        (
            "leg_weakness",
            "weak all over, legs are ok but they gave way on the stairs",
            "leg_weakness",
        ),
        ("leg_weakness", "legs are fine, just weak", "leg_weakness"),
        ("leg_weakness", "the right leg is fine, the left one is weak", "leg_weakness"),
    ],
)
def test_round_17_review_red_flags_that_must_stand(fact: str, text: str, flag: str) -> None:
    assert flag in {a.fact for a in read(text, fact).red_flags}


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        (
            "bladder_bowel",
            "my dad had bladder problems after his op. same here? no thank god",
            False,
        ),
        ("bladder_bowel", "my mum wets herself, not me too thankfully", False),
        ("bladder_bowel", "sitting on the toilet for ages reading my phone, no problems", False),
        ("trauma", "no fall, i just hit the ground running with work", False),
        ("age", "my wife is fifty and im fifty too", 50),
        (
            "both_legs",
            "the right one is fine now. the left is numb and the right is going numb too",
            True,
        ),
    ],
)
def test_round_17_review_readings(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value


def test_a_word_for_no_treatment_is_no_drug_to_join() -> None:
    assert "monitoring" not in normalise("they put a heart monitor thing on me").tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("I take letro zole", ("i", "take", "letrozole")),
        ("on exe mestane now", ("on", "exemestane", "now")),
        ("the docetax el was rough", ("the", "docetaxel", "was", "rough")),
        ("chemo therapy", ("chemotherapy",)),
        # real words that spell no drug stay apart; "on" is not joined to a name
        ("the rapy", ("the", "rapy")),
        ("i am on tamoxi fan", ("i", "am", "on", "tamoxifan")),
    ],
)
def test_drug_names_split_or_begun_are_joined(text: str, tokens: tuple[str, ...]) -> None:
    assert normalise(text).tokens == tokens


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it's letro-something", ("aromatase_inhibitor",)),
        ("tablets called anastro something", ("aromatase_inhibitor",)),
        ("tamox whatsit", ("tamoxifen",)),
    ],
)
def test_a_drug_name_begun_and_left_is_read(text: str, value: tuple[str, ...]) -> None:
    assert read(text, "treatment").value == value


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("age", "I'm sixty won", 61),
        ("age", "seventy for", 74),
        ("age", "forty to fifty", 40),  # a range, not a unit
        ("pain_score", "about ate i'd say", 8),
    ],
)
def test_dictated_units_after_the_tens_at_a_clause_end(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I feel weak all over with the flu but the legs work fine", "none"),
        ("weak from the chemo generally, my legs do what I tell them", "none"),
        ("I've walked with a stick for years, the leg works as well as it ever did", "none"),
        # a leg named weak stays weak, whatever the other leg does
        ("my left leg is weak but my right leg is fine", "stable"),
    ],
)
def test_a_weakness_of_the_body_with_the_legs_said_well(text: str, value: str) -> None:
    reading = read(text, "leg_weakness")
    assert reading.value == value
    if value == "none":
        assert reading.certainty is Certainty.likely


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mostly the right, but the left calf is throbbing as well", True),
        ("left leg, and now my right thigh is burning too", True),
        ("my left leg is fine, it's the right that's burning", False),
        ("the right is fine, my left leg is the one that's cramping", False),
    ],
)
def test_the_other_side_with_a_pain_of_its_own(text: str, value: bool) -> None:
    reading = read(text, "both_legs")
    assert reading.value is value
    assert reading.certainty is Certainty.likely


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("bladder_bowel", "my stream takes ages to start now, never used to be like this"),
        ("bladder_bowel", "i sit there waiting for it to start, that's new"),
    ],
)
def test_a_slow_start_and_never_used_to_be_like_that_is_a_change(fact: str, text: str) -> None:
    assert _raised(text, fact)


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        (
            "cancer_history",
            "they removed a mole and I never found out whether it was cancer",
            UNSURE,
        ),
        ("had_physio", "did six sessions, don't know whether it helped", UNSURE),
        ("had_physio", "the physio helped loads", "helped"),
        ("fever", "no temperature, just sweaty because it was 35 outside", False),
        ("fever", "it was 38.5 this morning", True),
        ("sexual_change", "it's gone numb when I touch myself", True),
        ("trauma", "the ladder slipped and I hit the ground hard", True),
        ("joint_stiffness", "my knees creak since the letrozole", True),
    ],
)
def test_everyday_words_of_round_17(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value


def test_hot_flushes_explain_sweats_as_a_not_sure_shown_back() -> None:
    reading = read("I sweat at night but that's my hot flushes on the tamoxifen", "fever")
    assert reading.value == UNSURE
    assert reading.certainty is Certainty.likely
