"""The questions of the check-in, in the order they are asked, as data.

One :class:`Question` per fact of SPEC section 2: its wording, its buttons, the
plain follow-up used after "not sure", an example of a typed answer, and when it
is asked at all (``ask_if``). ``ask_if`` reads only facts asked earlier, so a
question skipped once stays skipped; the flow test checks that.

Order (SPEC section 3): the safety screen, then ``cancer_history``, then the
rest. Within the cancer section ``treatment`` comes first so that a fever on
chemotherapy ends the check-in at the earliest moment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows.facts import FACTS, Fact, Kind
from flows.rules import Answers, Level

YES_NO = (("Yes", "yes"), ("No", "no"), ("Not sure", "not sure"))


@dataclass(frozen=True)
class Context:
    """What ``ask_if`` may look at: the answers so far and the level they already reach."""

    answers: Answers
    floor: Level
    #: Checklists the patient chose to take one question at a time ("not sure").
    opened: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Question:
    """How the bot asks about one fact."""

    fact: Fact
    text: str
    follow_up: str
    example: str
    options: tuple[tuple[str, str], ...] = YES_NO
    #: When to ask; ``None`` means always.
    ask_if: Callable[[Context], bool] | None = None
    #: A checklist: (label, fact, value) per item; the question is about all their facts.
    items: tuple[tuple[str, str, object], ...] = ()

    @property
    def group(self) -> tuple[str, ...]:
        """The facts a checklist asks about at once (empty for a one-fact question)."""
        return tuple(dict.fromkeys(fact for _, fact, _ in self.items))

    @property
    def id(self) -> str:
        return self.fact.id


def _cancer(ctx: Context) -> bool:
    return ctx.answers.cancer


def _below_urgent(ctx: Context) -> bool:
    # Pain questions can only lead to urgent or lower: once there, they cannot matter.
    return ctx.floor < Level.urgent


def _q(fact_id: str, text: str, follow_up: str, example: str, **kw: object) -> Question:
    return Question(FACTS[fact_id], text, follow_up, example, **kw)  # type: ignore[arg-type]


def not_asked(ctx: Context) -> bool:
    """Facts that change neither the level nor the advice are not asked (SPEC 3, Order);
    they are still noted when the patient says them, for the doctor's summary."""
    return False


def _checklist(
    checklist_id: str,
    text: str,
    again: str,
    example: str,
    items: tuple[tuple[str, str, object], ...],
) -> Question:
    """Several safety-screen facts in one question, as national symptom checkers ask them.

    Tapping an item says yes to it; "None of these" says no to every item still open;
    "Not sure" takes the items one question at a time, each with its plain follow-up.
    """
    group = tuple(dict.fromkeys(fact for _, fact, _ in items))

    def still_open(ctx: Context) -> bool:
        return checklist_id not in ctx.opened and any(not ctx.answers.known(f) for f in group)

    still_open.__name__ = f"{checklist_id}_open"
    return Question(
        Fact(checklist_id, Kind.MULTI, group),
        text,
        again,
        example,
        options=(("None of these", "none"), ("Not sure", "not sure")),
        ask_if=still_open,
        items=items,
    )


#: SPEC 3, Order: a yes that could complete an emergency brings forward the facts that
#: would complete it: (the fact answered, why, when it holds, the facts brought forward).
BRING_FORWARD: tuple[tuple[str, str, Callable[[Answers], bool], tuple[str, ...]], ...] = (
    (
        "fever",
        "fever could be infection on chemo",
        lambda a: a.yes("fever"),
        ("cancer_history", "treatment"),
    ),
    (
        "leg_weakness",
        "a weak leg could be cord compression or infection",
        lambda a: a.weak_leg,
        ("fever", "cancer_history"),
    ),
    (
        "leg_numbness",
        "a numb leg could be cord compression",
        lambda a: a.yes("leg_numbness"),
        ("cancer_history",),
    ),
)


#: The consent message says how long a check-in takes; tests/test_vignettes.py checks it
#: against the answers patients who tap really send.
USUAL_QUESTIONS = 10
USUAL_MINUTES = 3

CONSENT = Question(
    Fact("consent", FACTS["fever"].kind),
    f"Hi, I'm a sciatica check-in. It's about {USUAL_QUESTIONS} short questions, "
    f"{USUAL_MINUTES} minutes or so. Then I tell you how soon to get help. I'm not a doctor, "
    "and I keep your answers without your name (see /privacy). Is it OK to start?",
    "That's fine. Is it OK to start now?",
    "yes",
    (("Yes, let's start", "yes"), ("Not now", "no")),
)

QUESTIONS: tuple[Question, ...] = (
    # 2.1 Safety screen: every check-in, first, as three checklists (each item also has
    # its own question below, asked when the patient is not sure).
    _checklist(
        "nerve_checklist",
        "Since the pain began, have you had any of these? Tap one, or type it in your own words.",
        "Thank you. And any of these?",
        "no, none of those",
        (
            ("New trouble peeing or pooing, or leaks", "bladder_bowel", True),
            ("Numb or tingly between the legs or bottom", "saddle_numbness", True),
            ("Less feeling in the genitals, or sex feels different", "sexual_change", True),
            ("Pain, numbness or weakness in both legs", "both_legs", True),
        ),
    ),
    _q(
        "bladder_bowel",
        "Since the pain began, is peeing or pooing any different? For example a weak "
        "flow, leaks, or not feeling when you need to go.",
        "The nerves low in your back also work your bladder and bowel. Is anything new, "
        "like not feeling a full bladder, or leaks?",
        "no, nothing like that",
    ),
    _q(
        "saddle_numbness",
        "Is the skin between your legs numb or tingly? For example around your bottom or "
        "inner thighs, or it feels different when you wipe.",
        "I mean the skin you would sit on in a saddle. Does any of it feel numb, dead or tingly?",
        "no",
    ),
    _q(
        "sexual_change",
        "Since the pain began, have you lost any feeling in your genitals? Or does sex "
        "feel or work differently?",
        "This can be hard to talk about, and it matters. Is feeling down there, or during "
        "sex, different since the pain began?",
        "no",
    ),
    _q(
        "both_legs",
        "Do you have pain, numbness, tingling or weakness in both legs? Or do your legs give way?",
        "I mean both legs at once, not just one. Tingling only in your hands and feet "
        "from chemo does not count.",
        "no, just my left leg",
    ),
    _checklist(
        "leg_checklist",
        "Is a leg or foot weak or numb? For example a foot that drags or slaps, or a patch "
        "with no feeling.",
        "Thank you. And any of these?",
        "no, my legs are strong",
        (
            ("A leg or foot is weak, and it stays the same", "leg_weakness", "stable"),
            ("A leg or foot is weak, and it's getting worse", "leg_weakness", "worsening"),
            ("New numbness in a leg or foot", "leg_numbness", True),
        ),
    ),
    _q(
        "leg_weakness",
        "Is a leg or foot weak? For example your foot slaps or drags, or you can't stand "
        "on tiptoe.",
        "Try standing on tiptoe, then on your heels, holding on to something. Is one side "
        "weak, or does a foot drag?",
        "no",
        options=(
            ("No", "none"),
            ("Yes, it stays the same", "stable"),
            ("Yes, and it's getting worse", "worsening"),
            ("Not sure", "not sure"),
        ),
    ),
    _q(
        "leg_numbness",
        "Is there new numbness in a leg or foot? I mean no feeling at all, not just pain or "
        "tingling.",
        "Touch the skin of your leg and foot. Is there a patch where you can't feel it, or it "
        "feels dead?",
        "no",
    ),
    _checklist(
        "cause_checklist",
        "Do any of these apply to you? Tap one, or type it in your own words.",
        "Thank you. And any of these?",
        "no, none of these",
        (
            ("A fever, chills, or hot and shivery", "fever", True),
            ("Weak immune system, like from chemo or steroids", "infection_risk", True),
            ("A spine jab, operation or bad infection in 3 months", "infection_risk", True),
            ("The pain began after a bad fall or injury", "trauma", True),
            ("Losing weight without trying", "weight_loss", True),
            ("Constant pain, worse at night, no position helps", "night_pain", True),
        ),
    ),
    _q(
        "fever",
        "Do you have a fever or chills, or feel hot and shivery, along with the pain?",
        "If you have a thermometer, is your temperature 38°C or more? Or do you feel hot and "
        "shaky?",
        "no fever",
    ),
    _q(
        "infection_risk",
        "Is your risk of infection higher? For example from chemo or steroid tablets, a "
        "recent spine jab or operation, or injecting drugs.",
        "Chemo, steroid tablets, or a spine jab or operation in the last 3 months can make a back "
        "infection more likely. Do any apply?",
        "yes, I'm on chemo",
    ),
    _q(
        "trauma",
        "Did the pain start after a bad fall, accident or injury?",
        "I mean a real knock, like a fall down stairs or a car crash. Did the pain start after "
        "something like that?",
        "no",
    ),
    _q(
        "weight_loss",
        "Are you losing weight without trying?",
        "Have your clothes got looser, or has the scale gone down, when you have not been "
        "trying to lose weight?",
        "no",
    ),
    _q(
        "night_pain",
        "Is the pain there all the time and worse at night or lying down? Does it keep you "
        "awake, even when you change position?",
        "Most back pain eases when you find a good position. Is yours different: constant, "
        "worse at night, and no position helps?",
        "no, it eases when I lie still",
    ),
    _q(
        "age",
        "How old are you?",
        "A rough guess is fine, like 'about 60'. How old are you?",
        "58",
        options=(("Not sure", "not sure"),),
    ),
    # 2.2 Cancer context.
    _q(
        "cancer_history",
        "Have you ever had cancer?",
        "This matters because cancer can sometimes press on nerves. Do you have cancer now, "
        "or have you had it in the past?",
        "yes, breast cancer 5 years ago",
        options=(
            ("No", "none"),
            ("Yes, now or on treatment", "active"),
            ("Yes, in the past", "past"),
            ("Not sure", "not sure"),
        ),
    ),
    _q(
        "treatment",
        "Which cancer treatment have you had now or in the last 3 months? Tap one, or type the "
        "names, like 'docetaxel and radiotherapy'.",
        "Your letters or drug packs often name the drugs. Any chemo, hormone tablets or "
        "radiotherapy in the last 3 months?",
        "paclitaxel and radiotherapy",
        options=(
            ("Chemo: paclitaxel or docetaxel", "taxane"),
            ("Chemo: cisplatin, carboplatin or oxaliplatin", "platinum"),
            ("Chemo: vincristine or vinorelbine", "vinca"),
            ("Other chemo, immunotherapy or targeted drugs", "other_chemo"),
            ("Hormone tablets: letrozole, anastrozole or exemestane", "aromatase_inhibitor"),
            ("Tamoxifen", "tamoxifen"),
            ("Radiotherapy", "radiotherapy"),
            ("None of these", "none"),
            ("Not sure", "not sure"),
        ),
        ask_if=_cancer,
    ),
    _q(
        "cancer_type",
        "What kind of cancer is it, or was it?",
        "Where in the body did the cancer start? If you are not sure, tap 'Other'.",
        "bowel cancer",
        options=(
            ("Breast", "breast"),
            ("Prostate", "prostate"),
            ("Lung", "lung"),
            ("Kidney", "kidney"),
            ("Thyroid", "thyroid"),
            ("Myeloma", "myeloma"),
            ("Bowel or rectum", "colorectal"),
            ("Stomach", "gastric"),
            ("Womb, ovary or cervix", "gynaecological"),
            ("Other", "other"),
            ("Not sure", "not sure"),
        ),
        ask_if=not_asked,
    ),
    _q(
        "bone_mets",
        "Have you been told the cancer has spread to your bones or spine?",
        "Your cancer team may have called this 'bone secondaries'. Have they told you the "
        "cancer is in your bones or spine?",
        "no",
        options=(("Yes", "yes"), ("No", "no"), ("Not sure", "not sure")),
        ask_if=not_asked,
    ),
    _q(
        "pain_after_infusion",
        "Did this pain start 1 to 3 days after a chemo drip?",
        "Think of your last chemo drip. Did the pain start a day or two after it?",
        "yes, two days after",
        ask_if=not_asked,
    ),
    _q(
        "hands_feet_tingling",
        "Do you have numbness, tingling or burning in both hands or both feet?",
        "I mean both hands or both feet, like pins and needles or wearing gloves. Do you have "
        "that?",
        "yes, in my fingers and toes",
        ask_if=_cancer,
    ),
    _q(
        "joint_stiffness",
        "Since you started hormone tablets, have your joints got stiff or achy? For example "
        "your hands, knees, hips or back.",
        "Do your joints feel stiff or sore, more than before the tablets?",
        "yes, my hands are stiff in the morning",
        ask_if=lambda ctx: ctx.answers.cancer and ctx.answers.hormone,
    ),
    _q(
        "team_aware",
        "Does your cancer team already know about this same pain? And has it stayed the same "
        "since they checked it?",
        "Have you told your cancer team about this pain, and is it no worse since then?",
        "no, I haven't told them yet",
        ask_if=_cancer,
    ),
    # 2.3 The pain itself.
    _q(
        "duration",
        "How long has this bout of pain lasted?",
        "A rough guess is fine. When did this bout of pain start?",
        "about 3 weeks",
        options=(
            ("Less than 2 weeks", "13 days"),
            ("2 to 4 weeks", "4 weeks"),
            ("4 to 6 weeks", "41 days"),
            ("6 to 12 weeks", "12 weeks"),
            ("More than 12 weeks", "13 weeks"),
            ("Not sure", "not sure"),
        ),
    ),
    _q(
        "pain_score",
        "At its worst in the last 24 hours, how bad was the pain? 0 is no pain. 10 is the worst "
        "you can imagine.",
        "Think of the worst moment today or last night. What number from 0 to 10 fits it best?",
        "7",
        options=(*tuple((str(n), str(n)) for n in range(11)), ("Not sure", "not sure")),
    ),
    _q(
        "pain_below_knee",
        "Does the pain go down your leg below the knee?",
        "Does the pain reach your calf, shin or foot?",
        "yes, down to my foot",
        ask_if=not_asked,
    ),
    _q(
        "painkillers_tried",
        "Have you tried painkillers from a shop or chemist for this pain?",
        "For example paracetamol or ibuprofen. Have you tried any for this pain?",
        "yes, paracetamol",
        ask_if=lambda ctx: _below_urgent(ctx) and (ctx.answers.pain_score or 0) >= 8,
    ),
    _q(
        "had_physio",
        "Have you had physio or a guided exercise plan for this problem?",
        "I mean a physio, or exercises someone showed you for your back. Have you had that, and "
        "did it help?",
        "yes, and it helped",
        options=(
            ("No", "none"),
            ("Yes, and it helped", "helped"),
            ("Yes, but it didn't help", "not_helped"),
            ("Not sure", "not sure"),
        ),
        ask_if=_below_urgent,
    ),
    _q(
        "function_limited",
        "Does the pain stop you doing normal daily things? Like work, sleep, walking or caring "
        "for others.",
        "Can you do your usual day, or does the pain stop you?",
        "yes, I can't work",
        ask_if=lambda ctx: _below_urgent(ctx) and ctx.answers.is_("had_physio", "helped"),
    ),
    _q(
        "nsaid_caution",
        "Is ibuprofen risky for you? For example a stomach ulcer, kidney or heart "
        "trouble, blood thinners, pregnancy, or a doctor said to avoid it.",
        "Some painkillers are not safe with these. Does any one of them apply to you?",
        "no",
        ask_if=lambda ctx: _below_urgent(ctx) and ctx.answers.is_("cancer_history", "none"),
    ),
)

QUESTIONS_BY_FACT: dict[str, Question] = {q.id: q for q in QUESTIONS}
ORDER: tuple[str, ...] = tuple(q.id for q in QUESTIONS)

#: Words that show a yes/no statement is about the question asked. A statement
#: without an explicit yes or no ("Never had back pain like this before") that
#: mentions none of them is not taken as an answer (see engine.read_answer).
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "bladder_bowel": (
        "pee",
        "wee",
        "urin",
        "bladder",
        "bowel",
        "poo",
        "toilet",
        "leak",
        "pad",
        "incontin",
        "loo",
        "flow",
        "stream",
        "control",
        "accident",
    ),
    "saddle_numbness": (
        "numb",
        "tingl",
        "pins",
        "bottom",
        "bum",
        "groin",
        "private",
        "genital",
        "wipe",
        "saddle",
        "between",
        "thigh",
        "down there",
        "feel",
    ),
    "sexual_change": (
        "sex",
        "erect",
        "hard",
        "ejacul",
        "feel",
        "private",
        "genital",
        "down there",
        "come",
        "orgasm",
    ),
    "both_legs": (
        "leg",
        "both",
        "feet",
        "foot",
        "side",
        "way",
        "left",
        "right",
        "one",
        "only",
        "just",
    ),
    "leg_numbness": ("numb", "feel", "leg", "foot", "dead", "toe"),
    "fever": (
        "fever",
        "temperature",
        "temp",
        "hot",
        "cold",
        "chill",
        "shiver",
        "sweat",
        "thermometer",
    ),
    "infection_risk": (
        "immun",
        "chemo",
        "steroid",
        "inject",
        "jab",
        "operat",
        "surgery",
        "infect",
        "drug",
        "spine",
    ),
    "trauma": ("fall", "fell", "accident", "injur", "crash", "hit", "knock", "lift", "hurt"),
    "weight_loss": (
        "weight",
        "lost",
        "losing",
        "clothes",
        "thin",
        "kg",
        "stone",
        "pound",
        "lb",
        "diet",
        "eat",
    ),
    "night_pain": ("night", "sleep", "lying", "lie", "bed", "awake", "constant", "position"),
    "pain_after_infusion": ("drip", "infusion", "chemo", "day", "after", "start"),
    "hands_feet_tingling": ("hand", "feet", "foot", "finger", "toe", "tingl", "numb", "burn"),
    "joint_stiffness": ("joint", "stiff", "ach", "knee", "hip", "hand", "finger", "sore"),
    "team_aware": ("team", "told", "know", "aware", "nurse", "doctor", "oncolog", "same", "change"),
    "pain_below_knee": ("knee", "calf", "shin", "foot", "ankle", "leg", "toe", "down"),
    "painkillers_tried": (
        "painkiller",
        "paracetamol",
        "ibuprofen",
        "nurofen",
        "codamol",
        "codeine",
        "tablet",
        "pill",
        "tried",
        "naproxen",
        "aspirin",
        "work",
        "help",
        "touch",
        "taking",
        "took",
    ),
    "function_limited": (
        "work",
        "walk",
        "sleep",
        "sit",
        "driv",
        "stand",
        "day",
        "job",
        "care",
        "do",
        "normal",
        "life",
    ),
    "nsaid_caution": (
        "ulcer",
        "bleed",
        "kidney",
        "heart",
        "thinner",
        "warfarin",
        "pregnan",
        "ibuprofen",
        "doctor",
        "avoid",
        "stomach",
    ),
}
