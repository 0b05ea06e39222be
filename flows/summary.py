"""A short summary in clinical words that the patient can forward to a doctor.

This is the one text written for clinicians, not patients, so it is exempt
from the reading-level test; it must still fit one Telegram message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from flows.facts import FACTS, UNSURE, format_days
from flows.rules import Level, Triage

CLINICAL_REASON: dict[str, str] = {
    "earlier_urgent": "follow-up of a check-in triaged urgent (level kept)",
    "earlier_soon": "follow-up of a check-in triaged soon (level kept)",
    "earlier_routine": "follow-up of a check-in triaged routine (level kept)",
    "earlier_self_care": "follow-up of a self-care check-in",
    "ces_bladder_bowel": "new bladder/bowel dysfunction (possible cauda equina syndrome)",
    "ces_saddle_numbness": "saddle anaesthesia/paraesthesia (possible cauda equina syndrome)",
    "ces_sexual_change": "new genital sensory loss or sexual dysfunction (possible CES)",
    "both_legs": "bilateral leg symptoms",
    "cancer_cord_compression": "cancer history with leg weakness/numbness "
    "(possible metastatic spinal cord compression)",
    "weakness_with_fever": "leg weakness with fever (possible spinal infection)",
    "fever_on_chemo": "fever on systemic anticancer therapy (possible neutropenic sepsis)",
    "red_flag_unsure": "patient unsure about a cauda equina/motor red flag after explanation",
    "cancer_new_nerve_pain": "new radicular pain with cancer history "
    "(exclude metastasis/plexus invasion; imaging not to wait 6-8 weeks)",
    "cancer_team_aware": "known pain, unchanged, already assessed by oncology team",
    "leg_weakness": "motor deficit (e.g. foot drop)",
    "fever": "fever with back pain (possible spinal infection)",
    "infection_risk_night_pain": "infection risk factors with night pain",
    "trauma": "onset after significant trauma (possible fracture)",
    "weight_loss_night_pain": "unexplained weight loss with night pain",
    "leg_numbness": "new sensory loss in a leg or foot",
    "weight_loss": "unexplained weight loss",
    "night_pain": "constant night pain",
    "chemo_nerve_tingling": "symmetrical hand/foot paraesthesia (possible CIPN)",
    "severe_pain_despite_painkillers": "pain 9-10/10 despite OTC analgesia",
    "bad_pain_despite_painkillers": "pain 8/10 despite OTC analgesia",
    "review_point_6_to_12_weeks": "symptoms 6-12 weeks (review point)",
    "physio_flare_needs_review": "flare after effective physiotherapy: >4/10, >4 weeks, "
    "functional limitation",
    "physio_flare_mild": "mild flare after effective physiotherapy",
    "long_term_assessed": "symptoms >12 weeks, previously assessed",
    "long_term_never_assessed": "symptoms >12 weeks, never assessed",
    "no_red_flags": "no red flags reported",
    "chest_pain": "reported chest pain",
    "stroke_signs": "reported possible stroke symptoms",
    "breathing_trouble": "reported severe breathing difficulty",
    "painkiller_overdose": "possible analgesic overdose",
    "self_harm": "expressed thoughts of self-harm/suicide",
    "crisis_words": "expressed hopelessness or thoughts of death, no plan or intent stated",
}

LABEL: dict[str, str] = {
    "bladder_bowel": "bladder/bowel change",
    "saddle_numbness": "saddle numbness",
    "sexual_change": "sexual/genital change",
    "both_legs": "bilateral symptoms",
    "leg_weakness": "leg weakness",
    "leg_numbness": "leg numbness",
    "fever": "fever",
    "infection_risk": "infection risk",
    "trauma": "trauma",
    "weight_loss": "weight loss",
    "night_pain": "night pain",
    "age": "age",
    "cancer_history": "cancer",
    "treatment": "treatment (last 3 months)",
    "cancer_type": "primary",
    "bone_mets": "bone metastases",
    "pain_after_infusion": "onset 1-3 days after infusion",
    "hands_feet_tingling": "hand/foot paraesthesia",
    "joint_stiffness": "arthralgia on endocrine therapy",
    "team_aware": "oncology team aware, unchanged",
    "pain_below_knee": "radiates below knee",
    "duration": "duration",
    "pain_score": "worst pain 24 h",
    "painkillers_tried": "OTC analgesia tried",
    "had_physio": "physiotherapy",
    "function_limited": "functional limitation",
    "previous_episode": "previous episode",
    "nsaid_caution": "NSAID caution",
}

#: The summary's first line; a Telegram front end keeps the summary a message of its own,
#: so that forwarding it to a doctor forwards nothing else.
SUMMARY_HEADING = "📋 Summary for your doctor (you can forward this message)"

TIMEFRAME = {
    Level.emergency: "EMERGENCY (now)",
    Level.urgent: "URGENT (within 24 h)",
    Level.soon: "SOON (within days)",
    Level.routine: "ROUTINE (next appointment)",
    Level.self_care: "SELF-CARE",
}


def _value(fact: str, value: Any) -> str:
    if value == UNSURE:
        return "unsure"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if fact == "duration" and isinstance(value, int):
        return format_days(value)
    if fact == "pain_score":
        return f"{value}/10"
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v).replace("_", " ") for v in value)
    return str(value).replace("_", " ")


def _pain_line(answers: Mapping[str, Any], where: Sequence[str]) -> list[str]:
    """Where the pain is and goes, side, onset and worst score: only what was said."""
    parts = []
    if where:
        parts.append("sites named: " + ", ".join(where))
    duration = answers.get("duration")
    if isinstance(duration, int):
        parts.append(f"onset about {format_days(duration)} ago")
    score = answers.get("pain_score")
    if isinstance(score, int):
        parts.append(f"worst {score}/10 in 24 h")
    return [f"Pain: {'; '.join(parts)}."] if parts else []


def doctor_summary(
    triage: Triage,
    answers: Mapping[str, Any],
    flow_version: str,
    *,
    said: Mapping[str, str] | None = None,
    corrections: list[dict[str, Any]] | None = None,
    implied: Sequence[str] = (),
    where: Sequence[str] = (),
    assumed: Sequence[str] = (),
) -> str:
    """One forwardable message: outcome, red flags and answers in clinical words.

    ``said`` holds the patient's own words for red flags raised by free text;
    ``corrections`` the red flags the patient twice said were a mistake; ``implied``
    the checklist items left out of a typed list (shown as "not ticked", not "no");
    ``where`` the places the patient named; ``assumed`` answers taken as "unsure"
    after two unreadable replies. Nothing else is stated: facts never asked are absent.
    """
    reasons = "; ".join(CLINICAL_REASON.get(r, r) for r in triage.reasons)
    ordered = [f for f in FACTS if f in answers]

    def shown(fact: str) -> str:
        if fact in implied and answers[fact] in (False, "none"):
            return "not ticked"
        if fact in assumed:
            return "unreadable, taken as unsure"
        return _value(fact, answers[fact])

    answered = "; ".join(f"{LABEL.get(f, f)}: {shown(f)}" for f in ordered)
    unsure = [LABEL.get(f, f) for f in ordered if answers[f] == UNSURE]
    lines = [
        SUMMARY_HEADING,
        f"Self-reported sciatica check-in. Triage: {TIMEFRAME[triage.level]}.",
        f"Findings: {reasons}.",
        *_pain_line(answers, where),
        f"Answers: {answered}." if answered else "Answers: none.",
    ]
    if unsure:
        lines.append(f"Unsure after explanation (read as positive): {', '.join(unsure)}.")
    if said:
        words = "; ".join(f'{LABEL.get(f, f)}: "{w}"' for f, w in said.items() if w)
        if words:
            lines.append(f"In the patient's words: {words}.")
    for change in corrections or []:
        label = LABEL.get(change["fact"], change["fact"])
        lines.append(
            f'Changed: {label} first reported ("{change["words"]}"), then withdrawn by the '
            "patient and confirmed."
        )
    lines.append(f"Not a diagnosis. sciatica-bot flow {flow_version}.")
    return "\n".join(lines)
