"""What the patient reads at the end: the outcome texts, as data, and how they are put together.

Every outcome says what to do, how soon, why (the answers that led there), the
self-care that fits, and (except for emergencies) the changes that mean "get
help sooner". Sentences are short and plain (SPEC section 3, guidance content
rules); ``tests/test_reading_level.py`` holds every text to school grade 8.
Facts come from the sources in ``../shared/sources`` (cited by number in
:mod:`flows.rules`); the words are the project's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flows.rules import Answers, Level, Triage


@dataclass(frozen=True)
class Contacts:
    """Where to call. A deployment sets its own numbers; with none, the common ones are named."""

    emergency: str | None = None
    urgent_line: str | None = None
    crisis_line: str | None = None

    @property
    def emergency_text(self) -> str:
        if self.emergency:
            return self.emergency
        return "your local emergency number (112 in Europe, 999 in the UK, 911 in the US)"

    @property
    def urgent_text(self) -> str:
        if self.urgent_line:
            return self.urgent_line
        return "an urgent advice line (like 111 in the UK)"

    @property
    def crisis_text(self) -> str:
        if self.crisis_line:
            return self.crisis_line
        return "a crisis line, like Samaritans on 116 123 in the UK or 988 in the US"


#: Why, in plain words, for each machine reason.
REASON_TEXT: dict[str, str] = {
    "earlier_urgent": "At your last check-in I suggested getting help the same day.",
    "earlier_soon": "At your last check-in I suggested seeing a doctor within days.",
    "earlier_routine": "At your last check-in I suggested mentioning it at your next visit.",
    "ces_bladder_bowel": "You have new trouble with your bladder or bowel.",
    "ces_saddle_numbness": "You have numbness between your legs or around your bottom.",
    "ces_sexual_change": "You have new loss of feeling in your private parts, or a change in sex.",
    "both_legs": "You have symptoms in both legs.",
    "cancer_cord_compression": "You have had cancer, and a leg is weak or numb. Cancer can press "
    "on the spinal cord, and this must be checked today.",
    "weakness_with_fever": "You have a weak leg and a fever. An infection may be pressing on a "
    "nerve.",
    "fever_on_chemo": "You have a fever. Cancer care can make it hard for your body to fight "
    "germs.",
    "red_flag_unsure": "You were not sure about a warning sign, so we play it safe.",
    "cancer_new_nerve_pain": "You have had cancer, and you have new back or leg pain. Cancer "
    "pressing on a nerve or the spine must be ruled out with a scan. This should not wait the 6 "
    "to 8 weeks used for other sciatica.",
    "cancer_team_aware": "Your cancer team knows about this pain, and it has not changed.",
    "leg_weakness": "A leg or foot is weak. The longer a nerve is squeezed, the less well it "
    "heals.",
    "fever": "You have a fever with back pain. This can be a sign of infection.",
    "infection_risk_night_pain": "Your risk of infection is higher, and the pain is worse at "
    "night.",
    "trauma": "The pain started after a fall or injury. A bone may be hurt.",
    "weight_loss_night_pain": "You are losing weight without trying, and the pain is worse at "
    "night.",
    "leg_numbness": "You have new numbness in a leg or foot. A doctor should check it.",
    "weight_loss": "You are losing weight without trying.",
    "night_pain": "The pain is constant and worse at night.",
    "chemo_nerve_tingling": "You have tingling in your hands or feet. Your cancer team needs to "
    "know before your next treatment.",
    "severe_pain_despite_painkillers": "Your pain is very bad, even with painkillers.",
    "bad_pain_despite_painkillers": "Your pain is bad, even with painkillers.",
    "review_point_6_to_12_weeks": "The pain has lasted 6 weeks or more. This is the time for a "
    "check-up.",
    "physio_flare_needs_review": "Your pain is back for over a month and stops daily things, "
    "even though physio helped before.",
    "physio_flare_mild": "Physio helped you before, and this flare is mild.",
    "long_term_assessed": "The pain has lasted over 12 weeks, and you have had it checked.",
    "long_term_never_assessed": "The pain has lasted over 12 weeks, and nobody has checked it yet.",
    "no_red_flags": "You have no warning signs. Most sciatica gets better by itself within 6 "
    "weeks.",
    "chest_pain": "You told me about chest pain.",
    "stroke_signs": "You told me about signs that can mean a stroke.",
    "breathing_trouble": "You told me you are struggling to breathe.",
    "painkiller_overdose": "You may have taken more painkillers than is safe.",
    "self_harm": "You told me you are thinking about harming yourself.",
    "crisis_words": "You told me you are going through a very hard time. Please talk to "
    "someone today, like a crisis line or your GP.",
}

#: Reasons where "call now" is about cancer: the 24-hour cancer line comes first.
CANCER_EMERGENCIES = frozenset({"cancer_cord_compression", "fever_on_chemo"})

HEADLINE: dict[Level, str] = {
    Level.emergency: "🚨 Please get help now. Call {emergency} or go to the emergency "
    "department now. Do not drive yourself.",
    Level.urgent: "⚠️ Please get help today, within 24 hours.",
    Level.soon: "Please see a doctor within the next few days, and no later than a week.",
    Level.routine: "This can wait for your next planned visit, in the coming weeks.",
    Level.self_care: "You can look after this at home for now.",
}

CANCER_EMERGENCY_HEADLINE = (
    "🚨 Please get help now. Call your 24-hour cancer line now. If you can't reach them at "
    "once, call {emergency} or go to the emergency department. Do not drive yourself."
)

CRISIS_HEADLINE = (
    "🚨 I'm so sorry you are feeling this way. You matter, and you don't have to face this "
    "alone. If you might act on these thoughts, or you have hurt yourself, call {emergency} "
    "now. You can also talk to someone at any hour: {crisis}."
)

WHERE: dict[Level, str] = {
    Level.urgent: "Call your GP for a same-day visit, or call {urgent}.",
    Level.soon: "Book a visit with your GP. Show them the summary below.",
    Level.routine: "Mention it at your next visit. Ask about an exercise plan, help with "
    "living with long pain, and rehab groups.",
    Level.self_care: "You don't need to see anyone right now.",
}

CANCER_WHERE: dict[Level, str] = {
    Level.urgent: "Call your cancer team's 24-hour line today. If you don't have one, see a GP "
    "today or go to urgent care.",
    Level.soon: "Call your cancer team or GP this week. Show them the summary below.",
    Level.routine: "Tell your cancer team or GP at your next visit.",
    Level.self_care: "Tell your cancer team at your next visit.",
}

SAFETY_NET: dict[Level, str] = {
    Level.urgent: "Don't wait if you get bladder or bowel trouble, numbness between your legs, "
    "or weak legs. Call {emergency} now.",
    Level.soon: "Get help the same day if the pain gets much worse, or you get a fever, a weak "
    "leg or new numbness. Call {emergency} at once if you get bladder or bowel trouble, "
    "numbness between your legs, or weak legs.",
    Level.routine: "See a doctor within a few days if the pain gets worse or changes. Call "
    "{emergency} at once if you get bladder or bowel trouble, numbness between your legs, or "
    "weak legs.",
    Level.self_care: "See a GP if it is not getting better in 6 weeks, or sooner if it gets "
    "worse. Get help the same day for a fever, a weak leg or new numbness. Call {emergency} at "
    "once for bladder or bowel trouble, numbness between your legs, or weak legs.",
}

KEEP_MOVING = "Keep moving as much as you can. Gentle walks help more than bed rest."
HEAT = "A warm pack on the sore area can ease the pain for a short time."
EXERCISES = "Keep up the home exercises that helped you. Do a bit more of them during a flare."
PAINKILLERS_CANCER = (
    "Ask your cancer team before taking any painkiller. Some can hide a fever, or raise the "
    "risk of bleeding during chemo."
)
PAINKILLERS_NSAID_OK = (
    "Painkillers from a chemist may help, including ibuprofen-type ones. Check with a "
    "pharmacist first."
)
PAINKILLERS_NSAID_CAUTION = (
    "Painkillers like paracetamol may help. Check with a pharmacist first. Do not take "
    "ibuprofen-type painkillers unless a doctor says they are safe for you."
)
MEDICINES = (
    "Steroid tablets don't help sciatica. Strong opioid painkillers are not a long-term answer. "
    "Your doctor can talk through medicine options."
)

PATTERN_TAXANE = (
    "Paclitaxel and docetaxel can cause aches in the hips and legs 1 to 3 days after a drip. "
    "It often eases within a week."
)
PATTERN_NERVE_DAMAGE = (
    "Chemo can harm the nerves in the hands and feet. This causes numbness and tingling."
)
PATTERN_HORMONE = "Hormone tablets can make joints stiff and sore."
PATTERN_STILL_CHECK = (
    "Even so, your team must still rule out cancer pressing on a nerve or the spine. Tell them "
    "about these patterns, as they help them find the cause."
)

COMMUNITY = (
    "You are not alone with this. Many people have this kind of pain, including people going "
    "through cancer care. Telling your care team early is what helps. A support group can be a "
    "good place to share what works."
)

#: After an emergency, no support groups or self-care: one line that the call is right.
EMERGENCY_COMFORT = (
    "You did the right thing by checking. Please make that call now. You are not alone, and "
    "the people you call deal with this every day."
)

#: What to tell the call handler, as the cauda equina card advises: the words that get
#: the right help fast. Keyed by reason; the first that applies is used.
CALL_HANDLER: dict[str, str] = {
    "ces_bladder_bowel": "I have sciatica and new trouble with my bladder or bowel. I'm worried "
    "about cauda equina syndrome.",
    "ces_saddle_numbness": "I have sciatica and new numbness between my legs. I'm worried about "
    "cauda equina syndrome.",
    "ces_sexual_change": "I have sciatica and new loss of feeling in my genitals. I'm worried "
    "about cauda equina syndrome.",
    "both_legs": "I have sciatica in both legs. I'm worried about cauda equina syndrome.",
    "cancer_cord_compression": "I have {cancer} and a leg that is newly weak or numb. I'm worried "
    "about spinal cord compression.",
    "fever_on_chemo": "I'm having cancer treatment and I have a fever. I'm worried about an "
    "infection.",
    "weakness_with_fever": "I have back pain, a weak leg and a fever. I'm worried about an "
    "infection in my spine.",
}
CALL_HANDLER_LEAD = 'When they answer, you can say: "{words}"'

NOT_SURE_NOTE = (
    "You were not sure about: {facts}. To be safe, I counted these the more serious way."
)

FACT_PLAIN: dict[str, str] = {
    "bladder_bowel": "bladder or bowel changes",
    "saddle_numbness": "numbness between the legs",
    "sexual_change": "changes in feeling or sex",
    "both_legs": "symptoms in both legs",
    "leg_weakness": "a weak leg",
    "leg_numbness": "a numb leg",
    "fever": "fever",
    "infection_risk": "infection risk",
    "trauma": "a fall or injury",
    "weight_loss": "weight loss",
    "night_pain": "night pain",
    "age": "your age",
    "cancer_history": "cancer",
    "treatment": "your cancer treatment",
    "cancer_type": "the kind of cancer",
    "bone_mets": "spread to the bones",
    "pain_after_infusion": "pain after a chemo drip",
    "hands_feet_tingling": "tingling in hands or feet",
    "joint_stiffness": "stiff joints",
    "team_aware": "whether your team knows",
    "pain_below_knee": "pain below the knee",
    "duration": "how long it has lasted",
    "pain_score": "how bad the pain is",
    "painkillers_tried": "painkillers",
    "had_physio": "physio",
    "function_limited": "daily life",
    "nsaid_caution": "painkiller safety",
}


def _fill(text: str, contacts: Contacts) -> str:
    return text.format(
        emergency=contacts.emergency_text,
        urgent=contacts.urgent_text,
        crisis=contacts.crisis_text,
    )


def _cancer_note(answers: Answers) -> str | None:
    # Treatment now (hormone tablets included) means living with cancer, whatever was typed.
    if answers.is_("cancer_history", "active") or answers.chemo or answers.hormone:
        return "When you call, tell them you have cancer."
    if answers.cancer:
        return "When you call, tell them you have had cancer."
    return None


def headline(triage: Triage, answers: Answers, contacts: Contacts) -> str:
    """The first, unmissable message: what to do and how soon, and where."""
    level = triage.level
    if "self_harm" in triage.reasons:
        lines = [CRISIS_HEADLINE]
    elif level is Level.emergency and CANCER_EMERGENCIES & set(triage.reasons):
        lines = [CANCER_EMERGENCY_HEADLINE]
    else:
        lines = [HEADLINE[level]]
    if level is not Level.emergency:
        lines.append((CANCER_WHERE if answers.cancer else WHERE)[level])
    else:
        said = next((CALL_HANDLER[r] for r in triage.reasons if r in CALL_HANDLER), None)
        if said is not None:
            cancer = "cancer" if answers.is_("cancer_history", "active") else "had cancer"
            lines.append(CALL_HANDLER_LEAD.format(words=said.format(cancer=cancer)))
    note = _cancer_note(answers)
    if note and level >= Level.soon:
        lines.append(note)
    return _fill("\n".join(lines), contacts)


def why(triage: Triage, raw: Mapping[str, Any], uncertain: list[str]) -> str:
    """The answers that led to the outcome, in plain words."""
    reasons = [REASON_TEXT[r] for r in triage.reasons if r in REASON_TEXT][:4]
    text = "Why:\n" + "\n".join(f"• {reason}" for reason in reasons)
    if uncertain:
        facts = ", ".join(FACT_PLAIN.get(f, f) for f in uncertain)
        text += "\n" + NOT_SURE_NOTE.format(facts=facts)
    return text


def patterns(answers: Answers) -> list[str]:
    """Chemotherapy and hormone therapy patterns (source 001): they explain, never lower."""
    if not answers.cancer:
        return []
    found = []
    if "taxane" in answers.treatments:
        found.append(PATTERN_TAXANE)
    if answers.chemo and answers.yes("hands_feet_tingling"):
        found.append(PATTERN_NERVE_DAMAGE)
    if answers.hormone and answers.yes("joint_stiffness"):
        found.append(PATTERN_HORMONE)
    if found:
        found.append(PATTERN_STILL_CHECK)
    return found


def self_care(triage: Triage, answers: Answers) -> list[str]:
    """Self-care that fits this patient (sources 003, 004, 001)."""
    tips = [KEEP_MOVING, HEAT]
    if answers.is_("had_physio", "helped"):
        tips.append(EXERCISES)
    if answers.cancer:
        tips.append(PAINKILLERS_CANCER)
    elif answers.is_("nsaid_caution", False) and triage.level < Level.urgent:
        tips.append(PAINKILLERS_NSAID_OK)
    else:
        tips.append(PAINKILLERS_NSAID_CAUTION)
    tips.append(MEDICINES)
    return tips


def compose(
    triage: Triage,
    raw: Mapping[str, Any],
    uncertain: list[str],
    contacts: Contacts,
) -> list[str]:
    """The outcome as messages, most important first."""
    answers = Answers(raw)
    first = headline(triage, answers, contacts) + "\n\n" + why(triage, raw, uncertain)
    if triage.level is Level.emergency:
        return [first, EMERGENCY_COMFORT]
    parts = patterns(answers)
    heading = "While you wait:" if triage.level >= Level.soon else "What helps at home:"
    tips = "\n".join(f"• {tip}" for tip in self_care(triage, answers))
    body = "\n\n".join(
        [*parts, f"{heading}\n{tips}", "⏱ " + _fill(SAFETY_NET[triage.level], contacts), COMMUNITY]
    )
    return [first, body]
