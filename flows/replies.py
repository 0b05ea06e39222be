"""What the bot says when a message is not a plain answer (SPEC section 4), as data.

Re-asks with balanced examples, the "I read that as" confirmations, crisis
words, and short honest answers to what patients ask most, each from the
sources (the file named beside it, for staff). Every text here is at or below
school grade 8 (tests/test_reading_level.py measures them).
"""

from __future__ import annotations

from typing import Any

from flows.facts import FACTS, UNSURE, Kind, format_days

#: Re-ask after an attempt to answer that could not be read.
MISREAD = (
    "Sorry, I didn't quite get that. You can tap a button, or type something like: {examples}."
)
#: Balanced examples for a yes / no question: never a lone "no" (SPEC 4).
YES_NO_EXAMPLES = "'yes, a bit', 'no, nothing like that' or 'not sure'"
OTHER_EXAMPLES = "'{example}' or 'not sure'"
ONE_BY_ONE = "That's fine. Let's take them one at a time."
CHECKLIST_MISREAD = (
    "Sorry, I didn't quite get that. Tap the one that fits, or type it, like 'leaks when I "
    "cough'. If none fit, tap 'None of these'. If you don't know, tap 'Not sure'."
)
ASSUMED_UNSURE = "I still couldn't read that, so to be safe I'll take it as 'not sure' and go on."

CONFIRM = "I read that as: {reading}. Is that right?"
CONFIRM_OPTIONS = (("Yes, that's right", "confirm_yes"), ("No", "confirm_no"))
#: A fact the patient stated earlier, at its own question: one tap instead of the question.
CONFIRM_NOTED = "Earlier you told me something I read as: {reading}. Is that right?"
CONFIRM_NO = "Thanks for telling me. Let's try that question again."
CONFIRM_FLAG = 'You said: "{words}". Is this happening to you now?'
CONFIRM_FLAG_OPTIONS = (("Yes, to me", "confirm_yes"), ("No", "confirm_no"))

CLEAR_ASK = 'You told me: "{words}". Was that a mistake?'
CLEAR_OPTIONS = (("Yes, it was a mistake", "confirm_yes"), ("No, it's true", "confirm_no"))
CLEAR_AGAIN = "To be sure: you do not have {plain}. Is that right?"
CLEAR_AGAIN_OPTIONS = (("Yes, I'm sure", "confirm_yes"), ("No", "confirm_no"))
CLEARED = "Thank you. I have changed that, and your doctor's summary shows both answers."
KEPT = "Thank you. I'll keep it as you first said, to be safe."

NOTED = "Thank you for telling me about {what}. I have noted it, and it counts in my advice."

#: Short acknowledgements of a message that answers nothing.
ACKNOWLEDGE: dict[str, str] = {
    "greeting": "Hello, and thanks for checking in.",
    "thanks": "You're welcome.",
    "pause": "No problem, let's carry on.",
    "feeling": "That sounds hard. You are not alone with this.",
    "story": "Thank you for telling me.",
}
WORRY = "It's normal to feel worried. Telling your care team early is what helps."

CRISIS = (
    "I'm so sorry you are feeling this way. You are not alone, and you can talk to someone "
    "right now: {crisis}. If you might act on these thoughts, call {emergency}. When you are "
    "ready, we can carry on with the check-in."
)
#: How a crisis reply opens: a front end sends a reply holding it first (flood policy).
CRISIS_MARK = CRISIS.split(".", 1)[0]
SAFE_AGAIN = "Thank you for telling me. I'm glad you are safe. Let's carry on when you are ready."

#: Short answers to patients' questions: topic -> (answer, source file).
#: "Why do you ask?" at each question: one sentence, and the source it comes from.
WHY: dict[str, tuple[str, str]] = {
    "nerve_checklist": (
        "These can mean the nerves at the base of the spine are squeezed, which needs help "
        "the same hour.",
        "004_3735f705395eb52a.txt",
    ),
    "bladder_bowel": (
        "The nerves low in your back also work your bladder and bowel, so a change can mean "
        "they are squeezed.",
        "004_3735f705395eb52a.txt",
    ),
    "saddle_numbness": (
        "Numbness where you sit can mean the nerves at the base of the spine are squeezed.",
        "004_3735f705395eb52a.txt",
    ),
    "sexual_change": (
        "The same low nerves work feeling in the genitals, so a change can be an early sign.",
        "004_3735f705395eb52a.txt",
    ),
    "both_legs": (
        "Sciatica is usually in one leg; both legs can mean a bigger squeeze on the nerves.",
        "003_b4e72a0c0d535863.txt",
    ),
    "leg_checklist": (
        "A weak or numb leg means a nerve is not working well, and it heals better when "
        "checked soon.",
        "003_b4e72a0c0d535863.txt",
    ),
    "leg_weakness": (
        "A weak foot or leg means a nerve is badly squeezed, and the sooner it is checked, "
        "the better it heals.",
        "003_b4e72a0c0d535863.txt",
    ),
    "leg_numbness": (
        "New numbness means a nerve is not passing feeling through, so a doctor should check it.",
        "003_b4e72a0c0d535863.txt",
    ),
    "cause_checklist": (
        "Rarely, back pain comes from an infection, a broken bone or a growth, and these "
        "are the signs.",
        "003_b4e72a0c0d535863.txt",
    ),
    "fever": (
        "A fever with back pain can mean an infection, and on chemo it needs help at once.",
        "001_82933f76d4a24d22.txt",
    ),
    "infection_risk": (
        "Chemo, steroids or a recent spine jab or op make it easier for germs to reach the spine.",
        "003_b4e72a0c0d535863.txt",
    ),
    "trauma": (
        "Pain after a bad fall can mean a bone is hurt, which needs an X-ray or scan.",
        "003_b4e72a0c0d535863.txt",
    ),
    "weight_loss": (
        "Losing weight without trying can be a sign of a more serious cause.",
        "003_b4e72a0c0d535863.txt",
    ),
    "night_pain": (
        "Pain that no position eases at night can be a sign of a more serious cause.",
        "003_b4e72a0c0d535863.txt",
    ),
    "age": (
        "Some causes of back pain are more common at some ages, so it helps the doctor.",
        "003_b4e72a0c0d535863.txt",
    ),
    "cancer_history": (
        "Cancer can sometimes spread to the spine and press on nerves, so new pain must be "
        "checked.",
        "000_408e233ebcb5228c.txt",
    ),
    "treatment": (
        "Some cancer drugs cause pain or tingling of their own, and chemo makes infection "
        "more likely.",
        "001_82933f76d4a24d22.txt",
    ),
    "hands_feet_tingling": (
        "Some chemo can harm the nerves in the hands and feet, and your team needs to know.",
        "001_82933f76d4a24d22.txt",
    ),
    "joint_stiffness": (
        "Hormone tablets often make joints stiff, which can feel like back pain.",
        "001_82933f76d4a24d22.txt",
    ),
    "team_aware": (
        "If your cancer team has checked this same pain, a scan may already have been done.",
        "000_408e233ebcb5228c.txt",
    ),
    "duration": (
        "Most sciatica eases within 6 weeks; pain that lasts longer needs a check-up.",
        "003_b4e72a0c0d535863.txt",
    ),
    "pain_score": (
        "Very bad pain that painkillers do not touch needs a doctor sooner.",
        "004_3735f705395eb52a.txt",
    ),
    "painkillers_tried": (
        "If shop painkillers have not helped bad pain, a doctor can talk through other options.",
        "004_3735f705395eb52a.txt",
    ),
    "had_physio": (
        "If physio helped you before, the same exercises often help when the pain comes back.",
        "004_3735f705395eb52a.txt",
    ),
    "function_limited": (
        "Pain that stops your day after physio helped is worth a check-up.",
        "004_3735f705395eb52a.txt",
    ),
    "nsaid_caution": (
        "Ibuprofen-type painkillers are not safe for everyone, so I check before I mention them.",
        "004_3735f705395eb52a.txt",
    ),
}

ANSWERS: dict[str, tuple[str, str]] = {
    "why_ask": (
        "I ask so I can tell how soon you need help. Some signs mean a nerve is badly squeezed.",
        "003_b4e72a0c0d535863.txt",
    ),
    "is_cancer": (
        "I can't tell you that, and most back and leg pain is not cancer. But with a cancer "
        "history, new pain must be checked with a scan. Your answers show how soon.",
        "000_408e233ebcb5228c.txt",
    ),
    "what_can_i_take": (
        "I can't suggest medicines. A pharmacist can help with painkillers from a shop. If you "
        "have had cancer, ask your cancer team before any painkiller.",
        "003_b4e72a0c0d535863.txt",
    ),
    "chemo_cause": (
        "Yes, some chemo and hormone tablets can cause aches or nerve pain. Spread to the spine "
        "must still be ruled out, so tell your team.",
        "001_82933f76d4a24d22.txt",
    ),
    "nerve_damage": (
        "Some chemo can harm the small nerves in the hands and feet. It feels like tingling, "
        "numbness or burning. Tell your cancer team before your next treatment.",
        "001_82933f76d4a24d22.txt",
    ),
    "go_to_ae": (
        "If you can't pee, can't feel when you wipe, or both legs are weak, go now. Otherwise "
        "finish these questions and I will tell you where to go.",
        "003_b4e72a0c0d535863.txt",
    ),
    "get_better": (
        "Most sciatica gets better within 6 weeks. Keep moving as much as you can.",
        "003_b4e72a0c0d535863.txt",
    ),
    "what_is_it": (
        "Sciatica is pain from a squeezed nerve in the back. It runs down the leg. Cauda "
        "equina is rare: it is when the nerves at the base of the spine are squeezed hard.",
        "003_b4e72a0c0d535863.txt",
    ),
    "who_are_you": (
        "I'm a check-in bot, not a doctor or a person. I ask short questions and tell you how "
        "soon to get help.",
        "003_b4e72a0c0d535863.txt",
    ),
    "other": (
        "That's a good question for your doctor or nurse. I can tell you how soon to see them.",
        "003_b4e72a0c0d535863.txt",
    ),
}

#: How a reading is shown back (SPEC 4: "I read that as: no trouble with peeing or pooing").
YES_READING: dict[str, str] = {
    "bladder_bowel": "yes, new trouble with peeing or pooing",
    "saddle_numbness": "yes, numbness or tingling between your legs",
    "sexual_change": "yes, a new change in feeling down there or in sex",
    "both_legs": "yes, it is in both legs",
    "leg_numbness": "yes, new numbness in a leg or foot",
    "fever": "yes, a fever or chills",
    "infection_risk": "yes, one of these applies to you",
    "trauma": "yes, it started after a fall or injury",
    "weight_loss": "yes, you are losing weight without trying",
    "night_pain": "yes, constant pain that is worse at night",
    "pain_after_infusion": "yes, it started 1 to 3 days after a chemo drip",
    "hands_feet_tingling": "yes, tingling or numbness in both hands or feet",
    "joint_stiffness": "yes, stiff or achy joints",
    "team_aware": "yes, your cancer team knows and it has not changed",
    "pain_below_knee": "yes, the pain goes below the knee",
    "painkillers_tried": "yes, you have tried painkillers",
    "function_limited": "yes, the pain stops your daily things",
    "nsaid_caution": "yes, one of these applies to you",
}
NO_READING: dict[str, str] = {
    "bladder_bowel": "no new trouble with peeing or pooing",
    "saddle_numbness": "no numbness between your legs",
    "sexual_change": "no change in feeling down there or in sex",
    "both_legs": "not in both legs",
    "leg_numbness": "no new numbness in your leg or foot",
    "fever": "no fever or chills",
    "infection_risk": "none of these apply to you",
    "trauma": "no fall or injury",
    "weight_loss": "no weight loss",
    "night_pain": "no constant night pain",
    "pain_after_infusion": "it did not start after a chemo drip",
    "hands_feet_tingling": "no tingling in both hands or feet",
    "joint_stiffness": "no stiff joints",
    "team_aware": "your cancer team does not know yet, or it has changed",
    "pain_below_knee": "the pain stays above the knee",
    "painkillers_tried": "you have not tried painkillers",
    "function_limited": "you can still do your daily things",
    "nsaid_caution": "none of these apply to you",
}
ENUM_READING: dict[str, dict[str, str]] = {
    "leg_weakness": {
        "none": "no weak leg or foot",
        "stable": "yes, a weak leg or foot that stays the same",
        "worsening": "yes, a weak leg or foot that is getting worse",
    },
    "cancer_history": {
        "none": "you have never had cancer",
        "active": "you have cancer now, or are on treatment",
        "past": "you had cancer in the past",
    },
    "had_physio": {
        "none": "no physio yet",
        "helped": "you had physio and it helped",
        "not_helped": "you had physio and it did not help",
    },
    "bone_mets": {"yes": "yes, it has spread to the bones", "no": "no spread to the bones"},
}
PLAIN_FACT: dict[str, str] = {
    "bladder_bowel": "trouble with peeing or pooing",
    "saddle_numbness": "numbness between your legs",
    "sexual_change": "a change in feeling down there",
    "both_legs": "symptoms in both legs",
    "leg_weakness": "a weak leg or foot",
    "leg_numbness": "a numb leg or foot",
    "fever": "a fever",
    "trauma": "a fall or injury",
    "weight_loss": "weight loss",
    "night_pain": "night pain",
    "infection_risk": "a risk of infection",
}


def shown(fact: str, value: Any) -> str:
    """A reading in the patient's words, for "I read that as: ..."."""
    if value == UNSURE:
        return "you are not sure"
    if value is True:
        return YES_READING.get(fact, "yes")
    if value is False:
        return NO_READING.get(fact, "no")
    kind = FACTS[fact].kind if fact in FACTS else Kind.BOOL
    if fact in ENUM_READING and value in ENUM_READING[fact]:
        return ENUM_READING[fact][value]
    if kind is Kind.WEEKS:
        return f"about {format_days(int(value))}"
    if kind is Kind.MULTI:
        return ", ".join(str(v).replace("_", " ") for v in value)
    if fact == "pain_score":
        return f"{value} out of 10"
    if fact == "age":
        return f"{value} years old"
    return str(value).replace("_", " ")


#: Balanced examples for questions that are not yes / no but can be answered no.
EXAMPLES: dict[str, str] = {
    "leg_weakness": "'yes, my foot drags', 'no, my legs are fine' or 'not sure'",
    "cancer_history": "'no, never', 'yes, breast cancer 5 years ago' or 'not sure'",
    "bone_mets": "'yes', 'no, not that I know of' or 'not sure'",
    "had_physio": "'yes, and it helped', 'no, never' or 'not sure'",
    "treatment": "'paclitaxel and radiotherapy', 'none of these' or 'not sure'",
}


def examples(fact: str, example: str) -> str:
    """The examples of a re-ask: balanced, never a lone "no" (SPEC 4)."""
    if fact in FACTS and FACTS[fact].kind is Kind.BOOL:
        return YES_NO_EXAMPLES
    return EXAMPLES.get(fact) or OTHER_EXAMPLES.format(example=example)
