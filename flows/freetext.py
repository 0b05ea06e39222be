"""Scan anything a patient types for alarming content (SPEC sections 2.1, 3 and 4).

A message typed at any point of a check-in may describe a red flag ("I wet
myself", "my bum is numb"), an emergency outside sciatica (chest pain, stroke
signs, breathing trouble, too many painkillers) or words of self-harm. This
module finds them; the flow decides what to do (SPEC section 4). Free text
only ever raises: a match sets a red-flag fact to yes, it never clears one.
The module is pure: no I/O, no state but import-time tables and a cache.

How a message is read:

1. Normalised: cut to :data:`MAX_CHARS`, lower-cased, Unicode NFKC with
   combining marks and zero-width characters removed, curly quotes made
   straight, contractions made regular ("cant", "can not", "cannot" all read
   "can't"), runs of one letter cut to two, and small typos of the key words
   fixed with rapidfuzz ("numnbess" reads "numbness"). Only tokens that are
   not real English words are fixed: the words of the British and American
   word lists that lie close to a key word are kept as they are.
2. Split into clauses at sentence punctuation, commas and words such as
   "but", "although", "though" and "except".
3. Matched against regular expressions, several per alarm, compiled once at
   import. A match preceded in its clause by a negation cue ("no", "not",
   "never", "n't", "without", "nothing", "none", "neither", "nor") does not
   count, as long as only filler words ("any", "had", "noticed", "problems
   with", ...) stand between the cue and the match: "no numbness down below"
   is negated, "I can't walk and I want to die" is not. For words of
   self-harm the fillers are fewer still, so that only the words themselves
   can be negated ("I don't want to die", "not suicidal").

To be fast, each regex has a *gate*, worked out at import from its parse
tree: strings that any match must contain ("numb", one of "bum", "bottom",
...). A regex runs only when the message holds its gate, so a message
without red-flag words costs a few tens of microseconds.

Where a reading is unclear the scan leans to raising: a doubtful alarm costs a
question, a missed one can cost a spine. Known limits: it does not know who
the words are about ("my husband had a fever" raises fever) nor when ("I've
been impotent for years" raises sexual_change); a negation that spans a comma
is not seen ("no numbness, tingling or weakness in my legs" raises
both_legs); plain "short of breath" is not an emergency without a word of
severity; typos that change a word's first letter are not fixed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Literal

from rapidfuzz import fuzz, process

from flows.facts import FACTS, SAFETY_SCREEN

__all__ = ["MAX_CHARS", "Alarm", "AlarmKind", "normalize", "scan"]

AlarmKind = Literal["red_flag", "emergency", "crisis"]

#: Only this many characters of a message are scanned.
MAX_CHARS = 5000


@dataclass(frozen=True)
class Alarm:
    """One alarming thing found in a message.

    Attributes:
        kind: ``"crisis"`` (self-harm), ``"emergency"`` (outside sciatica) or
            ``"red_flag"`` (a SPEC 2.1 safety-screen fact).
        reason: machine id: ``"self_harm"``, an emergency id such as
            ``"chest_pain"``, or ``"said_" + fact`` for a red flag.
        fact: for a red flag, the SPEC 2.1 fact this sets; else ``None``.
        value: for a red flag, ``True``, or ``"stable"`` / ``"worsening"`` for
            ``leg_weakness``; else ``None``.
        phrase: the (normalised) words matched, to show the patient why.
    """

    kind: AlarmKind
    reason: str
    fact: str | None
    value: object
    phrase: str


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_ZERO_WIDTH = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\ufeff"
)
_UNICODE_TABLE: dict[int, str | None] = {ord(c): None for c in _ZERO_WIDTH}
_UNICODE_TABLE.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4\u0060"})
_UNICODE_TABLE.update({ord(c): " " for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_UNICODE_TABLE.update({ord(c): "," for c in "\u2013\u2014\u2015\u2026\u3001\u3002\uff0c"})
_UNICODE_TABLE.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2212"})

#: Characters that end a clause.
_CLAUSE_END = ".!?;:,()[]{}<>|\n\r\t\v\f"


def _ascii_table() -> dict[int, str]:
    """Lower-case ASCII as the scanner reads it: words, apostrophes and clause ends."""
    table = {code: " " for code in range(128)}
    for char in "abcdefghijklmnopqrstuvwxyz0123456789'":
        table[ord(char)] = char
    for char in _CLAUSE_END:
        table[ord(char)] = " | "
    table[ord("`")] = "'"
    table[ord("&")] = " and "
    return table


_ASCII_TABLE = _ascii_table()
#: What is left that is not part of a word (after the Unicode steps).
_JUNK_RE = re.compile(r"[^a-z0-9' |]+")
#: "soooo numbbbb" -> "soo numbb".
_REPEAT_RE = re.compile(r"([a-z])\1{2,}")
_NOT_RE = re.compile(
    r"\b(?:(can) ?not|(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)"
    r" not|(will) not)\b"
)
#: Words that start a new clause ("no, but ..."); see also _SPLIT_PHRASES_RE.
_SPLIT_WORDS = frozenset(
    ("but", "although", "though", "however", "except", "excepting", "whereas", "besides")
)
_SPLIT_PHRASES_RE = re.compile(r"\b(?:apart from|other than)\b")
#: "I can't really feel my foot" reads "I can't feel my foot".
_SOFTENER_RE = re.compile(
    r"\b([a-z]+n't|not|never) (?:really|quite|properly|fully|totally|completely|even|actually) "
)
_SEPS_RE = re.compile(r"\|(?: \|)+")

_CONTRACTIONS = {
    "cant": "can't",
    "cannot": "can't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "mustnt": "mustn't",
    "neednt": "needn't",
    "wont": "won't",
    "aint": "ain't",
    "im": "i'm",
    "ive": "i've",
    "wanna": "want to",
    "gonna": "going to",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
}

#: Key words whose small typos are fixed (tokens of five letters or more).
_VOCABULARY_WORDS = (
    "numb numbness numbed tingling tingly needles deadened anaesthetic anesthetic bladder "
    "bowels incontinent incontinence urine urinate urinating peeing weeing pooing soiled "
    "leaking erection erections erectile ejaculate ejaculation impotent impotence genitals "
    "genital groin bottom privates crotch buttock buttocks perineum perineal vagina penis "
    "scrotum testicles saddle wiping weakness dragging tiptoe tiptoes fever fevers feverish "
    "temperature shivering shivery chills rigors accident chest crushing tightness drooping "
    "slurred slurring confusion breathe breathing gasping overdose overdosed painkillers "
    "painkiller paracetamol suicide suicidal myself"
)
_VOCABULARY = tuple(_VOCABULARY_WORDS.split())

#: Real words close to a key word, never "fixed" into it: only non-words are fixed.
#: Generated from the British and American English word lists (tests check it).
_KEEP_WORDS = (
    "accent accidental accidents aesthetic aesthetics anaesthetics anaesthetise "
    "anaesthetist anaesthetize anesthetics anesthetist anesthetize badder bathing beating "
    "bladders blander bottomed bottoms bowel bowls breaching breadth breasting breath "
    "breathed breather breathers breathes breathier breaths breathtaking breathy chests "
    "chill chillers chillest chillies confusing confusions contusion crashing crotches "
    "crotchet cruising crusting deaden deafened doping drooling dropping drugging ejaculat "
    "ejaculated ejaculates ejaculating ejaculations ejection ejections election elections "
    "emasculation erecting evacuation feverishly gaping gashing gassing genial genitalia "
    "grasping groins idempotent impoten impotently incontinen lacking larking leading "
    "leafing leaning leaping leasing leaving needle needled needless numbered numbs overdo "
    "overdoes overdone overdos overdoses peeking peeling peelings peeping peering peeving "
    "perine peritoneum petering photoing pooching poohing pooling pooping prates preening "
    "primates private privateers privater privatest privatises privatizes proofing pureeing "
    "rigor rigorous rigours saddled saddles scrotums shiver shivers silvering silvery "
    "slivering sluing slurped slurping soled spoiled spurred spurring straddle suicid "
    "suicides swaddle swaddled swaddles tangling temperate temperatures testicle tiling "
    "tingeing tinging tingl tinglings tinkling tiptoed tiptops twinging urinated urinates "
    "urination vaginae vaginal weaknesses weeding weeping weepings wheeling wheezing "
    "whipping wimpling"
)
_KEEP = frozenset(_KEEP_WORDS.split())


def _index_vocabulary(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The key words by first letter: a typo keeps its first letter."""
    index: dict[str, list[str]] = {}
    for word in words:
        index.setdefault(word[0], []).append(word)
    return {letter: tuple(group) for letter, group in index.items()}


_VOCAB_SET = frozenset(_VOCABULARY)
_VOCAB_BY_LETTER = _index_vocabulary(_VOCABULARY)
_FUZZ_CUTOFF = 85.0


@lru_cache(maxsize=8192)
def _fix_word(word: str) -> str:
    """One token as read: contraction made regular, typo fixed, clause word as ``"|"``.

    Quotes around the word go, and runs of one letter are cut to two.
    """
    word = word.strip("'")
    if len(word) > 2 and _REPEAT_RE.search(word):
        word = _REPEAT_RE.sub(r"\1\1", word)
    if word in _SPLIT_WORDS:
        return "|"
    fixed = _CONTRACTIONS.get(word)
    if fixed is not None:
        return fixed
    if len(word) < 5 or len(word) > 20 or "'" in word or word in _VOCAB_SET or word in _KEEP:
        return word
    choices = _VOCAB_BY_LETTER.get(word[0])
    if not choices:
        return word
    best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=_FUZZ_CUTOFF)
    return best[0] if best is not None else word


def _not_match(match: re.Match[str]) -> str:
    can, verb, will = match.groups()
    if can:
        return "can't"
    if will:
        return "won't"
    return f"{verb}n't"


def normalize(text: str) -> str:
    """``text`` as the scanner reads it: clauses of plain lower-case words.

    Clauses are separated by ``" | "``; words by single spaces. Only the first
    :data:`MAX_CHARS` characters are read.
    """
    text = text[:MAX_CHARS].lower()
    if text.isascii():
        text = text.translate(_ASCII_TABLE)
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = unicodedata.normalize("NFKC", text).lower()[: 2 * MAX_CHARS]
        text = text.translate(_UNICODE_TABLE).translate(_ASCII_TABLE)
        text = _JUNK_RE.sub(" ", text)
    words: list[str] = []
    for token in text.split():
        word = _fix_word(token)
        if word and (word != "|" or (words and words[-1] != "|")):
            words.append(word)
    text = " ".join(words)
    if "not" in text:
        text = _NOT_RE.sub(_not_match, text)
    if "n't " in text or "not " in text or "never " in text:
        text = _SOFTENER_RE.sub(r"\1 ", text)
    if "apart from" in text or "other than" in text:
        text = _SPLIT_PHRASES_RE.sub("|", text)
        text = _SEPS_RE.sub("|", text)
    if "| " in text:
        text = _NEGATED_LIST_RE.sub(r"\1 ", text)
    return text.strip(" |")


#: "no numbness, tingling or weakness in my legs": the comma continues a negated list.
_NEGATED_LIST_RE = re.compile(
    r"(\b(?:no|never|without|nor|not any|no sign of) [a-z']+) \| "
    r"(?!(?:but|i|i'm|i've|my|it|it's|just|only|though|although|yes|however|except)\b)"
    r"(?=(?:[a-z']+ ){0,2}(?:or|nor|and) )"
)


# ---------------------------------------------------------------------------
# Pattern building blocks
# ---------------------------------------------------------------------------

_NEG_WORD = r"(?:no|not|never|none|nothing|without|nor|neither|[a-z]+n't)"
_PAIN_WORD = (
    r"(?:pain\w*|hurt\w*|ach(?:e|es|ing|y)|sore|burn\w*|throb\w*|stab\w*|shoot\w*|"
    r"cramp\w*|stiff\w*|tender|sciatica)"
)
_BODY_WORD = (
    r"(?:legs?|foot|feet|toes?|calf|calves|shins?|knees?|ankles?|heels?|soles?|hands?|"
    r"arms?|fingers?|back|hips?|neck|shoulders?|face|head|chest|stomach|tummy|belly|"
    r"spine|waist)"
)


def _gap(n: int, stop: str | None = None) -> str:
    """Up to ``n`` words between two parts, none a negation (nor a ``stop`` word)."""
    block = _NEG_WORD if stop is None else f"(?:{_NEG_WORD}|{stop})"
    return rf"(?: (?!{block}\b)[a-z0-9']+){{0,{n}}}? "


def _alt(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


_SADDLE_STOP = _alt(_PAIN_WORD, _BODY_WORD)
_SADDLE_GAP = _gap(6, _SADDLE_STOP)

_REGION_STRONG = _alt(
    r"between (?:my|the|your|his|her|our) (?:legs|thighs|bum cheeks|buttocks|cheeks)",
    r"in between my legs",
    r"groin",
    r"genitals?",
    r"genital area",
    r"privates",
    r"private (?:parts?|area|bits|region)",
    r"crotch",
    r"back passage",
    r"anus",
    r"anal area",
    r"bum ?hole",
    r"perine(?:um|al(?: area)?)",
    r"saddle(?: area| region)?",
    r"inner thighs?",
    r"insides? of (?:my |the )?thighs?",
    r"down there",
    r"down below(?! (?:the|my|your|his|her) )",
    r"vagina(?:l area)?",
    r"vulva",
    r"labia",
    r"clitoris",
    r"penis",
    r"scrotum",
    r"testicles",
    r"nether regions?",
    r"front bottom",
    r"(?:lady|man|girly) bits",
    r"rectum",
)
_REGION_BUTT = _alt(
    r"bum(?:s| cheeks?)?",
    r"bottom(?! of\b| lip| teeth| step| stair| drawer| shelf| bunk)",
    r"buttocks?",
    r"butt(?: cheeks?)?",
    r"backside",
    r"arse",
)
_NUMB_STRONG = _alt(
    r"numb(?:ness|ed|ish|ing)?",
    r"no (?:feeling|sensation)",
    r"can't feel(?: it| anything| much| a thing)?",
    r"(?:lost|losing) (?:the |all |my )?(?:feeling|sensation)",
    r"(?:loss of|less|reduced|little|altered) (?:feeling|sensation)",
    r"dead(?:ened)?(?! (?:sore|painful|bad|good|tired|stiff|uncomfortable|achy|heavy))",
    r"(?:like )?(?:after |at )?(?:a |the )?dentist(?:'s)?(?: injection)?",
    r"an(?:a)?esthetic",
    r"an(?:a)?esthesia",
    r"frozen",
)
_NUMB_WEAK = _alt(
    r"pins and needles",
    r"tingl(?:e|es|ed|ing|y)",
    r"prickl(?:e|es|ing|y)",
    r"buzzing",
    r"(?:feels?|feeling|felt) (?:strange|weird|different|funny|odd|wrong)",
    r"(?:strange|weird|funny|odd) (?:feeling|sensation)",
)
_NUMB_ANY = _alt(_NUMB_STRONG, _NUMB_WEAK)
#: A numb word that is about another body part ("numb toes") is not saddle numbness.
_NOT_OTHER_PART = (
    rf"(?! (?:in |on |down |of |around )?(?:my |the |both |your )?(?:left |right )?"
    rf"{_BODY_WORD}\b)"
)
_WIPE = r"wip(?:e|es|ing)"
_ODD = r"(?:different|strange|weird|odd|funny|numb|wrong|no feeling|like nothing)"

_SADDLE = [
    rf"{_REGION_STRONG}{_SADDLE_GAP}{_NUMB_ANY}{_NOT_OTHER_PART}",
    rf"{_NUMB_ANY}{_SADDLE_GAP}{_REGION_STRONG}",
    rf"{_REGION_BUTT}{_SADDLE_GAP}{_NUMB_STRONG}{_NOT_OTHER_PART}",
    rf"{_NUMB_STRONG}{_SADDLE_GAP}{_REGION_BUTT}",
    rf"{_NUMB_STRONG} (?:in|on|around|across|down) (?:my |the |both )?(?:[a-z]+ ){{0,2}}"
    rf"(?:and|or) (?:my |the )?{_alt(_REGION_STRONG, _REGION_BUTT)}",
    rf"(?:can't|don't|couldn't|didn't) (?:really )?feel (?:it |anything |much |the paper )?"
    rf"(?:when|while) (?:i )?{_WIPE}",
    rf"{_WIPE}{_gap(4)}(?:feels? |is |felt |it feels )?{_ODD}",
    rf"{_ODD}{_gap(4)}(?:when|while|after) (?:i )?{_WIPE}",
    rf"toilet (?:paper|roll|tissue) (?:feels?|felt|is)(?: \w+)? {_ODD}",
    r"saddle (?:numbness|anaesthesia|anesthesia)",
    r"(?:can't|don't|couldn't|didn't) (?:really )?feel (?:the )?(?:toilet (?:paper|roll|"
    r"tissue)|the paper|myself wip\w*)",
    r"(?:my |the )?bits (?:are |is |feel |feels |have gone |has gone |gone |went )?"
    r"(?:\w+ )?(?:numb|dead|tingl\w*)",
    r"numb (?:down )?(?:my )?bits",
]

_SEXUAL = [
    r"(?:can't|couldn't|unable to|not able to|struggl\w* to|trouble|problems?|difficult\w*|"
    r"hard to|issues?)(?: \w+)? (?:get(?:ting)?|keep(?:ing)?|maintain(?:ing)?|hav(?:e|ing)|"
    r"achiev(?:e|ing)|sustain(?:ing)?) (?:an |my |a |any )?(?:erections?|hard ons?)",
    r"erections? (?:problems?|issues?|trouble|difficult\w*|dysfunction)",
    r"(?:no|lost(?: my| the ability to get an)?|loss of(?: my)?|weak(?:er)?|poor|fewer) "
    r"erections?(?! (?:problems?|issues?|trouble|difficult\w*|dysfunction))",
    r"erect(?:ile|ion) (?:dysfunction|problems?|issues?|trouble|failure)",
    r"impoten(?:t|ce|cy)",
    r"(?:can't|couldn't|unable to|not able to|trouble|problems?|difficult\w*|hard to) "
    r"(?:ejaculat\w*|climax|orgasm\w*|reach (?:a )?(?:climax|orgasm))",
    r"ejaculation (?:problems?|issues?|changes?|trouble|has changed|is different)",
    r"(?:no|lost(?: the| all)?|loss of|reduced|less|little) (?:feeling|sensation) "
    r"(?:in|of|on|around) (?:my |the |his |her )?(?:penis|vagina|genitals?|private parts?|"
    r"privates|clitoris|vulva|labia)",
    r"(?:penis|vagina|genitals|privates|clitoris|vulva) (?:is |are |feels? |has gone |"
    r"have gone |went )?(?:numb|dead|different)",
    r"numb (?:penis|vagina|genitals|privates)",
    r"(?:sex|intercourse) (?:feels?|felt|is) (?:numb|like nothing)",
    r"can't feel (?:anything |much )?(?:during|in|when having) (?:sex|intercourse)",
    r"(?:can't|couldn't|unable to|not able to|trouble|struggl\w* to|problems?) "
    r"(?:get|getting|stay|staying|keep|keeping) (?:it )?hard",
]

_BOTH_LEGS_WORDS = _alt(
    r"both (?:of )?(?:my |the |his |her )?(?:legs|thighs|calves|shins)",
    r"(?:my |the )?(?:left and right|right and left) (?:legs?|sides)",
    r"each leg",
)
_LEG_SYMPTOM = _alt(
    r"pain\w*",
    r"hurt\w*",
    r"ach(?:e|es|ing|y)",
    r"sore",
    r"numb\w*",
    r"tingl\w*",
    r"pins and needles",
    r"weak\w*",
    r"giv(?:e|es|ing) (?:way|out)",
    r"gave (?:way|out)",
    r"buckl\w*",
    r"heavy",
    r"burn\w*",
    r"shoot\w*",
    r"sciatica",
    r"symptoms",
    r"affected",
    r"dead",
    r"jelly",
    r"wobbly",
    r"collaps\w*",
    r"cramp\w*",
    r"no feeling",
    r"can't feel",
    r"useless",
)
_LEGS_PLURAL = r"(?<!between )(?:my|the|both|his|her) legs"
_OK_WORD = r"(?:fine|ok|okay|good|normal|alright|better|well)"
_NOT_OK = rf"(?! (?:are|is|feel|feels|seem|seems|look|looks) (?:\w+ )?{_OK_WORD}\b)"
_BOTH_LEGS = [
    rf"{_BOTH_LEGS_WORDS}{_gap(6, _OK_WORD)}{_LEG_SYMPTOM}",
    rf"{_LEG_SYMPTOM}{_gap(6, _OK_WORD)}{_BOTH_LEGS_WORDS}{_NOT_OK}",
    rf"{_LEG_SYMPTOM}{_gap(4)}(?:down|into) both sides"
    r"(?! of (?:my |the )?(?:lower |upper )?(?:back|neck|spine|head|chest|body|face|waist|"
    r"stomach|bum|bottom|buttocks?))",
    r"sciatica (?:\w+ )?(?:in|on|down) both sides",
    r"(?:my|the|both|his|her) legs (?:\w+ ){0,2}?(?:gave|give|gives|giving|went|go|goes|"
    r"going|gone) (?:way|out|from under(?:neath)? me|to jelly|like jelly|weak|numb|dead)",
    r"legs (?:\w+ ){0,2}?(?:buckl\w*|collaps\w*)",
    rf"{_LEGS_PLURAL} (?:are|is|feel|feels|felt|have|has|keep|kept|went|were|getting|get|"
    r"seem|started|started to|have been|are getting|are going|have gone|gone)(?: \w+){0,2}? "
    r"(?:weak\w*|numb\w*|dead|like jelly|jelly|wobbly|tingl\w*|pins and needles|"
    r"giving way|useless|paralys\w*|paralyz\w*)",
    r"(?:weak\w*|numb\w*|tingl\w*|pins and needles|no feeling|no strength|can't feel|"
    r"paralys\w*|paralyz\w*) (?:in |of |down |into )?(?:both |my |the )?legs\b",
    r"(?:spread\w*|moved|gone|going|started|starting) (?:\w+ ){0,2}?"
    r"(?:to|into|in|down) (?:my |the )?other leg",
    r"(?:now|also|too) (?:in|down|into) (?:my |the )?other leg",
    rf"other leg (?:(?!{_OK_WORD}\b)\w+ ){{0,3}}?(?:too|as well|also)\b",
    r"both (?:my |the )?feet (?:\w+ ){0,3}?(?:weak\w*|drag\w*|drop\w*|slap\w*|giv\w* way)",
    r"(?:weak\w*|drag\w*|dropp\w*) (?:\w+ ){0,2}?both (?:my |the )?feet",
]

_ONE_LEG = r"(?:leg|foot|ankle|knee|toe|toes|big toe|calf|thigh|lower leg)\b"
_LEG_WEAKNESS = [
    r"(?:foot|feet) ?drop",
    r"drop ?foot",
    r"dropped foot",
    r"(?:foot|feet|toes?) (?:is |are |keeps |keep |has started |have started |started |"
    r"seems to |sometimes |just )?(?:dropping|drops|slap\w*|flop\w*|drag\w*|catch\w*|"
    r"scuff\w*|flapp?\w*)",
    r"(?:drag\w*|scuff\w*) (?:my |the |one |his |her )?(?:left |right |bad |weak )?"
    r"(?:foot|leg|toes)\b",
    rf"(?<!between )(?:my|the|one|left|right|his|her) (?:left |right |bad |weak |whole )?"
    rf"{_ONE_LEG} (?:is|are|feels?|felt|has|have|seems?|went|keeps?|getting|gets|goes|"
    r"is getting|has gone|has become|became|got|just|suddenly|sometimes)(?: \w+){0,2}? "
    r"(?:weak(?:er)?|floppy|limp|useless|paralys\w*|paralyz\w*|giving way|gives way|"
    r"gave way|give way|giving out|gave out|buckl\w*|collaps\w*|no strength|dead weight)",
    rf"weak(?:ness|ened)? (?:in|of|on|at) (?:my |the |his |her )?(?:left |right |bad |lower )?"
    rf"{_ONE_LEG}",
    r"weak (?:left |right )?(?:leg|foot|ankle|knee)\b",
    r"(?:can't|couldn't|unable to|not able to|struggl\w* to|hard to|difficult to|"
    r"difficulty|trouble|problems?|can hardly|can barely|can no longer|no longer able to) "
    r"(?:stand|standing|walk|walking|go|going|get up|getting up|balance|balancing|rise|"
    r"rising|push up) (?:up )?on (?:my |the |to )?(?:tip ?toes?|toes|heels?|tippy toes|"
    r"tip toe|tiptoe)",
    r"(?:can't|couldn't|unable to|not able to|can hardly|can barely|struggl\w* to|can no longer) "
    r"(?:lift|raise|move|point|wiggle|pull up|flex|push down) (?:up )?"
    r"(?:my |the )?(?:left |right |bad )?(?:foot|toes?|big toe|ankle|leg)\b",
    r"(?:keep|kept|keeps|been|always|started|start|constantly|often) (?:\w+ )?"
    r"(?:tripping|stumbling|falling over)",
    r"trip\w* (?:over|on|up on) (?:my |the )?(?:own )?(?:foot|feet|toes)",
    r"(?:tripping|stumbling) (?:up )?(?:a lot|all the time|constantly|often|more)",
    r"(?<!between )(?:my|the|one|left|right) (?:left |right |bad )?leg (?:keeps |kept |has |have |"
    r"just |sometimes |suddenly |often |started |starts |keep )?(?:gave|give|gives|giving|"
    r"goes|went|gone|buckl\w*|collaps\w*)(?: way| out| from under me)?",
    r"(?:loss of|lost|losing|no|less) (?:strength|power) in (?:my |the )?(?:left |right )?"
    rf"{_ONE_LEG}",
    r"(?:leg|foot) (?:has )?no (?:strength|power)",
]

_PART = (
    r"(?:legs?|foot|feet|toes?|big toe|calf|calves|shins?|thighs?|heels?|ankles?|soles?|"
    r"knees?|instep|lower leg)\b"
)
_LEG_NUMBNESS = [
    rf"(?<!between )(?:my|the|one|left|right|his|her|both) (?:left |right |bad |whole |lower |"
    rf"outer |big )*{_PART} (?:is|are|feels?|felt|has|have|went|goes|keeps?|seems?|getting|"
    r"gets|is going|has been|have been|has gone|have gone|gone|going|started|become|became|"
    r"got|just)(?: \w+){0,2}? (?:numb\w*|dead|deadened|like (?:it's )?dead|no feeling|"
    r"like it's not mine|like it isn't mine)",
    rf"numb(?:ness|ed|ish)? (?:in|of|on|down|along|around|across|over|into|to|at) "
    rf"(?:the |my |both |his |her )?(?:[a-z]+ ){{0,3}}?{_PART}",
    rf"numb (?:left |right )?{_PART}",
    rf"(?:can't|couldn't|unable to|can hardly|can barely|not able to|can no longer) feel "
    rf"(?:my |the |his |her )?(?:left |right |bad |whole |big )?{_PART}",
    rf"(?:no|lost(?: the| all| my)?|loss of|reduced|less|lack of|losing) "
    rf"(?:feeling|sensation) (?:in|on|of|down|around|at) (?:the |my |his |her )?"
    rf"(?:[a-z]+ ){{0,3}}?{_PART}",
]
#: Numbness of hands and feet together is chemotherapy nerve damage, not this.
_HANDS_RE = re.compile(r"\b(?:hands?|fingers?|fingertips?)\b")

_FEVER = [
    r"(?<!hay )(?<!cabin )(?<!glandular )(?<!scarlet )(?<!yellow )fever(?:s|ish|y)?",
    r"high temp(?:erature)?s?",
    r"(?:got|have|had|having|running|ran|run|with|developed|develop|spiked|spiking) "
    r"(?:a |an )?(?:high |bit of a |slight |raised |little |small |really high |very high )?"
    r"(?:temp|temperature)\b(?! check)",
    r"(?:temp|temperature) (?:is |was |of |has been |reading |hit |reached |went up to |"
    r"up to |around |about |over )?(?:3[89]|4[0-2]|10[0-5])\b",
    r"(?:3[89]|4[0-2]) degrees",
    r"chills",
    r"shiver(?:s|ing|y|ed)?",
    r"rigou?rs?",
    r"(?:feel|feels|feeling|felt|been|going|gone|get|getting|go|went|all|am|i'm) (?:all )?"
    r"(?:hot and cold|hot then cold|cold and hot|hot and shivery|shivery)",
    r"hot and cold (?:sweats|flushes|spells|shivers|chills)",
    r"(?:i'm|i am|feel|feeling|been|felt) burning up",
]

#: "I had a fall years ago": an old injury is not what started this pain.
_LONG_AGO_RE = re.compile(
    r"\b(?:years|decades) ago\b|\blong (?:time )?ago\b|\bwhen i was (?:a )?(?:kid|child|"
    r"young|younger|little|teenager)\b"
)
_TRAUMA = [
    r"fell(?! (?:asleep|pregnant|ill|apart|in love|silent|quiet|short|behind|through|"
    r"for it|sick|into a routine|to pieces))",
    r"(?:had|have had|took|suffered|having|a|bad|nasty|big|serious|heavy|hard) "
    r"(?:a |an )?(?:bad |nasty |big |little |small |slight |serious |heavy |hard |recent )?"
    r"(?:fall|tumble)\b",
    r"(?:(?:since|after|from|following|because of) (?:my|the|a|an|that|this)|"
    r"(?:in|during) (?:a|an|my|that|this)) "
    r"(?:bad |nasty |big |recent |little |small )?(?:fall|accident|crash|collision|"
    r"injury|tumble)\b",
    r"fallen(?! (?:asleep|pregnant|ill|apart|in love|behind))",
    r"(?<!weight )(?<!weight is )(?<!weight's )(?<!clothes are )(?<!it's )falling "
    r"(?:over|down|off|on|from|out of)",
    r"came off (?:my |the |a |his |her )?(?:bike|bicycle|horse|motorbike|scooter|ladder)",
    r"keep falling",
    r"(?:having|had|several|few|many|some|two|three|recurrent|frequent|multiple) falls",
    r"(?:car|road|traffic|motorbike|motorcycle|bike|cycling|work|ski|skiing|sports?|riding|"
    r"horse|rugby|football|bus|train) (?:accident|crash|collision|smash|injury)",
    r"(?:was|got|been|were|being) hit by (?:a |the |an )?(?:car|bike|bus|van|lorry|truck|"
    r"vehicle|cyclist|motorbike|motorcycle|ball|door|horse|train)",
    r"(?:was|got|been|were|being) (?:knocked|run) (?:down|over|off)",
    r"rear ended",
    r"crash(?:ed)? (?:my|the|into)",
    r"slipped (?:on|and|down|over|off|in)",
    r"tripped (?:and|down)",
    r"landed (?:hard |heavily |badly )?on (?:my )?(?:back|bum|bottom|tailbone|coccyx|hip|side)",
    r"(?:injured|hurt|damaged) (?:my )?(?:back|spine) (?:in|during|after|when) "
    r"(?:a |the |an |i )?(?:fall|fell|accident|crash)",
]

_WEIGHT_UNIT = r"(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|stones?|st)\b"
_WEIGHT_LOSS = [
    r"(?:lost|losing|dropped|dropping|shed|shedding) (?:about |around |nearly |almost |over |"
    r"more than |at least )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
    rf"half a|a few|several|a couple of) ?{_WEIGHT_UNIT}",
    r"(?:lost|losing|dropped|dropping|shed|shedding) (?:\w+ ){0,3}?weight\b",
    r"weight (?:has |is |keeps |'s |just |been )?(?:\w+ )?(?:dropped|dropping|gone down|"
    r"going down|falling off|fallen|fell|come off|coming off|dropping off|drop|drops|"
    r"falls off|plummeted)",
    r"(?<!no )weight loss",
    r"(?:unexplained|unintentional|unintended|sudden|unexpected) (?:\w+ )?weight"
    r"(?! (?:gain|gained|increase))",
    rf"(?:\d+|a|one|two|few) ?{_WEIGHT_UNIT} (?:lighter|down)",
    r"(?<!hair is )(?<!hair's )(?<!hair has )(?<!hair )"
    r"(?:getting|got|gotten|gone|become|becoming|grown) (?:very |really |so |much |a lot |too )?"
    r"(?:thin|thinner|skinny|skinnier|bony)",
]
_WEIGHT_CLOTHES_ALONE = [
    r"(?:clothes|trousers|jeans|clothing) (?:are |is )?(?:just )?(?:hanging|falling) off me",
]
_WEIGHT_CLOTHES = [
    r"(?:clothes|trousers|jeans|belt|clothing|dresses|skirts|shirts|rings?) "
    r"(?:are|is|have|feel|feels|getting|got|keep|now|all)(?: \w+){0,2}? "
    r"(?:loose|looser|baggy|too big|bigger|hanging|falling off)",
]
_WEIGHT_CONTEXT_RE = re.compile(
    r"\b(?:weight|thin|thinner|skinny|pounds|kg|kilos?|stone|eat|eating|appetite|size)\b"
)
_WEIGHT_ON_PURPOSE_RE = re.compile(
    r"\b(?:on purpose|deliberately|intentionally|"
    r"(?<!not )(?<!not been )(?<!n't been )(?<!no )(?<!without )(?<!n't )diet\w*|"
    r"slimming|weight watchers|"
    r"(?<!without )(?<!without even )trying to lose|want to lose|need to lose|should lose|"
    r"gym|ozempic|wegovy|mounjaro|"
    r"weight loss (?:jab|injection|plan|programme|program|group|drug|surgery|medication|"
    r"journey|goal))\b"
)

_NIGHT_PAIN = [
    r"worse (?:at|in the|during the|through the|over|every) night",
    r"wors[te] (?:at|during the|in the) nights?",
    r"worse (?:in|at) bed",
    r"worse (?:when|if|while|after|once) (?:i'm |i am |i )?(?:lie|lying|lay|laying|go to bed|"
    r"in bed|get into bed|try to sleep|sleeping|get into bed)",
    r"worse (?:lying|laying)",
    r"(?:lying|laying|lie|lay) (?:down |flat |in bed )?(?:makes?|made) (?:it|the pain|"
    r"things|my pain) worse",
    r"(?:pain|it|sciatica|this) (?:\w+ ){0,2}?(?:keeps|kept|is keeping) me (?:up|awake) "
    r"(?:at|all|every|through the) night",
    r"(?:pain|it|sciatica|this) (?:\w+ ){0,2}?(?:wakes|woke|waking|keeps waking|wake) me"
    r"(?:(?: up)? (?:every|at|in the|through the|all) night)?(?! up when| when| if)",
    r"(?:woken|wakened|awoken|awakened|woke|wake) (?:up )?(?:\w+ ){0,2}?(?:by|from|"
    r"because of) (?:the |my |terrible |bad |severe )?pain",
    r"(?:constant|unbearable|terrible|worst|severe|non stop) (?:pain )?(?:at|all|every|"
    r"through the|during the) night",
    r"nights? (?:are|is) (?:the )?(?:worst|unbearable|agony|hell|awful)",
    r"(?:can't|couldn't|unable to|not able to) (?:lie|lay) (?:down|flat|in bed|on my back)",
]

# --- emergencies -----------------------------------------------------------

_CHEST_PAIN = [
    r"chest (?:pains?|hurts?|hurting|is hurting|tightness|tight|feels tight|pressure|"
    r"heaviness|is tight|discomfort|feels heavy|is heavy|ache|aching|is aching|is sore)",
    r"(?:pain|pains|tightness|pressure|heaviness|ache|crushing|squeezing|discomfort) "
    r"(?:\w+ ){0,4}?(?:in|on|across|around|of|behind) (?:my |the )?chest",
    r"(?:tight|crushing|heavy|squeezing|painful|sore) chest",
    r"crushing pain",
    r"(?:pain|pains|ache|aching|hurts?|hurting|tightness) (?:in|across) (?:my |the )?(?:\w+ )?"
    r"(?:and|or) (?:my |the )?chest",
    r"chest (?:and|or) (?:\w+ )?(?:pain|pains|ache|aching|hurts?|hurting|tightness)",
    r"heart attack",
    r"(?:tight|heavy|crushing|squeezing|pressing|pressure) (?:\w+ )?feeling (?:in|on|across|"
    r"around) (?:my |the )?chest",
    r"chest (?:\w+ ){0,4}?(?:down|into|to|through) (?:my |the )?(?:left |right )?(?:arm|jaw)",
]
_STROKE = [
    r"(?:face|mouth|smile|eyelid|lip) (?:is |has |keeps |seems |feels |has gone |went |"
    r"started |looks )?(?:droop\w*|drop\w*|sagging|saggy|lopsided|fallen|twisted|crooked)",
    r"droop\w* (?:face|mouth|eye|lip|smile)",
    r"(?:one|left|right) side of (?:my |his |her |the )?(?:face|mouth|body) (?:is |has |"
    r"has gone |feels |went |seems |suddenly )?(?:\w+ )?(?:numb|weak|droop\w*|dead|"
    r"paralys\w*|paralyz\w*|fallen|drop\w*|tingl\w*|heavy)",
    r"(?:numb\w*|weak\w*|paralys\w*|paralyz\w*) (?:on|down|in|of) one side",
    r"(?:numb\w*|weak\w*|paralys\w*|paralyz\w*) (?:on|down|in) (?:the |my )?(?:left|right) "
    r"side of (?:my |the )?(?:face|body)",
    r"slurr\w*",
    r"speech (?:is |has |went |gone |sounds |has gone )?(?:slurred|slurring|garbled|strange|"
    r"funny|weird|muddled|jumbled)",
    r"(?:can't|couldn't|unable to|not able to|trouble|struggling to|struggle to|difficulty) "
    r"(?:speak|speaking|get (?:my |the )?words out|getting (?:my |the )?words out|"
    r"find (?:my |the )?words|finding (?:my |the )?words|talk properly|form words)",
    r"(?:can't|couldn't|unable to|not able to|can hardly|can barely) (?:lift|raise|move|"
    r"hold up) (?:my |one |his |her |the )?(?:left |right )?arms?\b",
    r"(?:one|my|left|right|his|her) (?:left |right )?arm (?:is |has gone |went |feels |"
    r"suddenly |has suddenly gone )?(?:weak|limp|paralys\w*|paralyz\w*)",
    r"sudden(?:ly)? (?:\w+ )?confus\w*",
    r"confused all of a sudden",
    r"(?:having|had|is this|is it|it's|could be|might be|think i'm having|think i had) "
    r"(?:a )?(?:mini )?stroke",
    r"signs of (?:a )?stroke",
    r"sudden(?:ly)? (?:\w+ )?(?:lost|loss of|blurred|blurry|double|losing) (?:my )?"
    r"(?:vision|sight)",
    r"(?:lost|loss of|losing) (?:the |my )?(?:vision|sight) (?:in|of) (?:one|my|an) "
    r"(?:left |right )?eye",
    r"can't see (?:out of|with) (?:one|my left|my right) eye",
    r"double vision",
    r"blind in one eye",
]
_BREATHING = [
    r"(?:can't|couldn't|can hardly|can barely|unable to|not able to|struggl\w* to|"
    r"struggl\w*|hard to|fighting to|difficult\w*|trouble|problems?) (?:to )?"
    r"(?:catch (?:my )?breath|breath(?:e|ing)|get (?:my |a |enough )?(?:breath|air)|"
    r"get air in)",
    r"gasping",
    r"(?:fighting|gasping) for (?:breath|air)",
    r"(?:very|really|so|extremely|badly|suddenly|severely|terribly) (?:short of breath|"
    r"breathless|out of breath)",
    r"breathless (?:at rest|sitting|lying|all the time|even)",
    r"(?:lips|face) (?:are |is |have |has |gone |turning |turned |going )*blue",
]
_DRUG = (
    r"(?:pills?|tablets?|painkillers?|pain killers?|pain relief|meds|medication|medicines?|"
    r"paracetamol|co ?codamol|codeine|ibuprofen|naproxen|tramadol|morphine|oxycodone|"
    r"oxycontin|oramorph|fentanyl|gabapentin|pregabalin|aspirin|capsules?|doses?|tylenol|"
    r"advil|nurofen|acetaminophen|opioids?|diclofenac|dihydrocodeine|solpadeine|"
    r"zapain|zomorph|buprenorphine|patches)\b"
)
_OVERDOSE = [
    r"(?:took|taken|taking|swallowed) (?:\w+ ){0,2}?too (?:many|much)\b"
    r"(?! (?:time|effort|energy|notice|risks?|steps|out|of a|on|walks?|exercise|trouble|"
    r"weight|food|sugar|coffee|alcohol|water|notice)\b)",
    rf"(?:had|having|have|eaten|ate|used|using|take|been on) (?:\w+ ){{0,3}}?too (?:many|much) "
    rf"(?:of (?:my |the |them|those )?)?(?:\w+ ){{0,2}}?{_DRUG}",
    rf"(?<!on )(?<!want )(?<!given )(?<!about )too (?:many|much) (?:of (?:my |the )?)?"
    rf"(?:\w+ ){{0,2}}?{_DRUG}",
    r"overdos\w*",
    r"(?:double|doubled|doubling|tripled|triple|trebled) (?:up )?(?:on )?(?:the |my |a )?"
    rf"(?:dose|dosage|amount|{_DRUG})",
    r"(?:took|taken|swallowed|had|taking) (?:a |an |the )?(?:whole|entire|full) (?:packet|"
    r"box|bottle|strip|pack|blister)",
]
_MORE_THAN_ALLOWED = (
    r"than (?:the |it |what |my |i'm |i am |you're |you are )?(?:packet|"
    r"box|label|leaflet|bottle|pharmacist|doctor|gp|instructions|prescription|prescribed|"
    r"recommended|says|said|allowed|supposed|should|i should|meant|the dose|dose|limit|"
    r"stated|maximum|max|directions)"
)
_OVERDOSE.append(
    rf"more (?:of (?:my |the |them|those )?)?(?:\w+ ){{0,2}}?{_DRUG} {_MORE_THAN_ALLOWED}"
)
_OVERDOSE_MORE = [
    r"(?:took|taken|taking|take|had|having|swallowed|used|using) (?:\w+ ){0,2}?more "
    r"(?:\w+ ){0,2}?than (?:the |it |what |my |i'm |i am |you're |you are )?(?:packet|"
    r"box|label|leaflet|bottle|pharmacist|doctor|gp|instructions|prescription|prescribed|"
    r"recommended|says|said|allowed|supposed|should|i should|meant|the dose|dose|limit|"
    r"stated|maximum|max|directions)",
    r"(?:over|above|exceeded|exceeding|gone over|went over|more than) (?:the )?(?:max|"
    r"maximum|limit|recommended|daily (?:limit|dose|max|maximum)|stated dose)",
]
_MANY = (
    r"(?:9|1\d|[2-9]\d|\d{3}|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty\w*|thirty\w*|forty\w*|fifty)"
)
_OVERDOSE += [
    # "took 16 paracetamol", "had 20 nurofen today": more tablets than any packet allows a day
    rf"(?:took|taken|taking|had|swallowed|popped|necked) (?:\w+ ){{0,2}}?{_MANY} "
    rf"(?:\w+ )?{_DRUG}",
    r"more than (?:the |it )?(?:packet|box|label|leaflet|bottle|pharmacist|doctor|gp) "
    r"(?:says|said|allows|recommends|told|tells)",
]
_DRUG_CONTEXT_RE = re.compile(_DRUG)

# --- crisis ----------------------------------------------------------------

_SELF_HARM = [
    r"kill(?:ing)? my ?self",
    r"suicid\w*",
    r"end(?:ing)? (?:my|it) (?:life|all)",
    r"end(?:ing)? my own life",
    r"end(?:ing)? it all",
    r"end(?:ing)? things",
    r"(?:want|wanted|wanting|going|planning|plan|thinking about|thought about|thinking of|"
    r"thought of|ready) (?:\w+ )?(?:to )?end it\b",
    r"(?:want|wanted|wanting|wish|wished|would like|rather|prefer|just want|makes me want|"
    r"make me want) (?:\w+ ){0,2}?(?:to )?(?:die(?! down| off| out| for)|be dead|"
    r"not wake up|not be here|not exist|sleep forever|stop existing|disappear forever|"
    r"not be alive)",
    r"wish (?:i |that i )?(?:was|were|could be|'d be) dead",
    r"rather (?:be )?(?:dead|die)",
    r"(?:don't|didn't|doesn't) (?:really |even )?(?:want|wish) (?:to )?(?:be (?:here|alive|"
    r"around)|live|wake up|exist|keep living|be on this earth|(?:go on|carry on|keep going)"
    r"(?= \||$| any ?more| any longer| like this| living))",
    r"better off (?:dead|without me|gone)",
    r"(?:feel|felt|feeling) like end(?:ing)? it\b",
    r"(?:thought|thinking|think) (?:about |of )?end(?:ing)? it\b",
    r"no point (?:in )?(?:living|being alive|going on|carrying on|being here)",
    r"not worth living",
    r"(?:take|taking|took|swallow\w*) all (?:of )?my (?:pills|tablets|meds|medication|"
    r"painkillers)(?: \w+)? (?:at once|in one go|together)",
    r"no (?:reason|point) (?:to|in|for) (?:live|living|go on|going on|carry on|carrying on|"
    r"be here|being here|life|existing|keep going|keeping going)",
    r"(?:life|living|it|this life) (?:isn't|is not|not|no longer|isnt) (?:\w+ )?worth "
    r"(?:living|it any ?more|going on)",
    r"not worth living",
    r"point (?:in|of) (?:living|going on|carrying on|being alive|being here|life|it all)",
    r"(?:no|lost (?:the |my |all )?|losing (?:the |my )?)will to live",
    r"(?:hurt|hurting|harm|harming|cut|cutting|injure|injuring|burn|burning) my ?self"
    r"(?! (?:lifting|when|while|doing|playing|at|in the|in a|on the|on a|gardening|carrying|"
    r"moving|bending|reaching|by accident|accidentally|falling|badly|at work|twisting|"
    r"getting|trying|with the|with a|last|yesterday|earlier|this|that))",
    r"self ?harm\w*",
    r"self ?injur\w*",
    r"(?:take|taking|took) my (?:own )?life",
    r"(?:hang|drown|shoot|poison|gas) my ?self",
    r"(?:jump|jumping|throw|throwing) (?:my ?self )?(?:off|from) (?:a |the )?(?:bridge|"
    r"building|roof|cliff|balcony|tower|car park)",
    r"(?:jump|jumping|throw|throwing|step|stepping|walk|walking) (?:my ?self )?(?:in front of|"
    r"under) (?:a |the )?(?:train|car|bus|lorry|truck)",
    r"can't (?:go on|carry on|keep going) (?:any ?more|any longer|like this|living)",
    r"can't (?:go on|carry on)(?= \||$)",
    r"(?:want|wanted|wanting|going|plan\w*|thinking of|thinking about|thought about) "
    r"(?:\w+ ){0,2}?(?:to )?overdos\w*",
]


# ---------------------------------------------------------------------------
# Gates: a cheap test that lets most messages skip most rules
# ---------------------------------------------------------------------------

_MIN_GATE = 3


#: Words too common to make a good gate; used only when nothing better is required.
_COMMON_WORDS = (
    "my the and with when pain down leg legs foot feet it in on of to no not have had back "
    "after feel feeling like both can't worse i'm i've is are was get got keep your his her "
    "one left right this that more than too all for from some any been"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _gate_score(options: tuple[str, ...]) -> tuple[bool, int, int]:
    """How selective a requirement is: rare words, then long strings, then few."""
    rare = all(option.strip() not in _COMMON for option in options)
    return rare, min(len(option) for option in options), -len(options)


def _best(requirements: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most selective of some requirements, if any."""
    return max(requirements, key=_gate_score, default=None)


def _requirements(items: Iterable[tuple[Any, Any]]) -> list[tuple[str, ...]]:
    """What every match of a parsed regex must contain.

    Each requirement is a tuple of strings, one of which a match must hold;
    a match must meet every requirement. Works on the parse tree of
    :mod:`re`: a run of literal characters is required; so is what a group,
    or a repeat of at least one, requires; an alternation requires one of the
    best requirements of its branches (none if a branch has none).
    Lookarounds and optional parts require nothing.
    """
    requirements: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            requirements.append(("".join(run),))
            run = []
        if name == "SUBPATTERN":
            requirements.extend(_requirements(av[-1]))
        elif name == "ATOMIC_GROUP":
            requirements.extend(_requirements(av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            requirements.extend(_requirements(av[2]))
        elif name == "BRANCH":
            options: list[str] = []
            for branch in av[1]:
                best = _best(_requirements(branch))
                if best is None:
                    break
                options.extend(best)
            else:
                requirements.append(tuple(dict.fromkeys(options)))
    if run:
        requirements.append(("".join(run),))
    return requirements


def _gate(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """What a text must hold for ``pattern`` to match, most selective first.

    Each item is a set of strings one of which the text must contain; the
    text must meet every item. Empty when nothing useful is known.
    """
    try:
        found = _requirements(_sre_parser.parse(pattern.pattern))
    except Exception:  # pragma: no cover - a private module changed: no gate, still correct
        return ()
    useful = [r for r in found if min(len(option) for option in r) >= _MIN_GATE]
    useful.sort(key=_gate_score, reverse=True)
    gate: list[frozenset[str]] = []
    for options in useful:
        # A text holding "numbness" holds "numb": keep only the shortest of such pairs.
        kept = frozenset(o for o in options if not any(p != o and p in o for p in options))
        if kept not in gate:
            gate.append(kept)
    return tuple(gate)


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    """One set of patterns for one alarm, with optional context checks."""

    kind: AlarmKind
    reason: str
    fact: str | None
    patterns: tuple[re.Pattern[str], ...]
    requires: re.Pattern[str] | None = None  # must occur somewhere in the message
    unless: re.Pattern[str] | None = None  # must not occur in the matched clause


#: A gap word inside a pattern: any word but a negation.
_GAP_WORD = rf"(?!{_NEG_WORD}\b)[a-z0-9']+"
#: "not able to" in a pattern also reads "wasn't able to", "haven't been able to".
_NOT_ABLE = r"(?:not|[a-z]+n't)(?: been)? able to"


def _compile_one(patterns: list[str]) -> re.Pattern[str]:
    """One regex for a list of patterns, with the shorthands above expanded.

    The ``\\w+`` gap words of a pattern may not be negations, and "not able
    to" stands for every way of saying it.
    """
    body = "|".join(patterns)
    body = body.replace(r"(?: \w+)", f"(?: {_GAP_WORD})")
    body = body.replace(r"(?:\w+ )", f"(?:{_GAP_WORD} )")
    body = body.replace("not able to", _NOT_ABLE)
    return re.compile(r"\b(?:" + body + r")\b")


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """One regex per pattern, so that each is run only when its gate lets it."""
    return tuple(_compile_one([pattern]) for pattern in patterns)


def _red(fact: str, patterns: list[str], **context: re.Pattern[str]) -> _Rule:
    if fact not in FACTS:  # pragma: no cover - guards against a typo in this table
        raise ValueError(f"unknown fact {fact!r}")
    return _Rule("red_flag", "said_" + fact, fact, _compile(patterns), **context)


_RULES: tuple[_Rule, ...] = (
    _Rule("crisis", "self_harm", None, _compile(_SELF_HARM)),
    _Rule("emergency", "chest_pain", None, _compile(_CHEST_PAIN)),
    _Rule("emergency", "stroke_signs", None, _compile(_STROKE)),
    _Rule("emergency", "breathing_trouble", None, _compile(_BREATHING)),
    _Rule("emergency", "painkiller_overdose", None, _compile(_OVERDOSE)),
    _Rule(
        "emergency",
        "painkiller_overdose",
        None,
        _compile(_OVERDOSE_MORE),
        requires=_DRUG_CONTEXT_RE,
    ),
    _red(
        "bladder_bowel",
        [
            r"(?:wet|wetting|peed|peeing|pee'd|weed|weeing|wee'd|pissed|pissing|soiled|soiling|"
            r"pooed|pooing|poo'd|pooped|messed) "
            r"(?:my ?self|my (?:pants|trousers|knickers|underwear|bed|nappy)|the bed)",
            r"(?:leak\w*|dribbl\w*) (?:a bit of |a little |some |small amounts of )?"
            r"(?:urine|wee|pee|poo|faeces|feces|stool)",
            r"(?:urine|bladder|bowel|wee|pee) (?:leak\w*|accidents?)",
            r"accidents? (?:with|from) (?:my )?(?:bladder|bowels?|wee|pee|waterworks)",
            r"(?:wee|pee|urine) (?:\w+ )?dribbl\w*",
            r"(?:can't|couldn't|unable to|not able to|struggl\w*(?: to)?|hard to|trouble|"
            r"difficult\w*|problems?|issues?|straining to|strain to|can hardly|can barely|"
            r"can't seem to|no longer able to|takes ages to|taking ages to) (?:with )?(?:my )?"
            r"(?:pee|peeing|wee|weeing|urinate|urinating|pass(?:ing)? (?:urine|water)|"
            r"empty(?:ing)? my bladder|start(?:ing)? (?:to )?(?:pee|wee|peeing|weeing)|"
            r"stop(?:ping)? (?:peeing|weeing|the flow))",
            r"(?:haven't|hasn't|didn't|not) (?:been able to )?(?:peed|weed|passed (?:any )?"
            r"urine|passed water|been for a (?:wee|pee)|had a (?:wee|pee)) (?:since|all|for|in)",
            r"(?:weak|poor|slow|weaker|reduced) (?:urine |urinary )?(?:flow|stream)",
            r"(?<!blood )(?<!air )(?<!cash )(?<!traffic )(?:flow|stream) (?:is |has been |"
            r"has become |has got )?(?:\w+ )?(?:weak|weaker|slow|poor)",
            r"(?:lost|losing|loss of|no|poor|can't) control (?:of|over) (?:my |the )?"
            r"(?:bladder|bowels?|pee|wee|poo|water)",
            r"(?:poor|lost|losing|loss of|no|reduced|less) (?:of )?(?:my )?(?:bladder|bowel) "
            r"control(?! (?:problems?|issues?|trouble))",
            r"(?:bladder|bowel) control (?:problems?|issues?|trouble|is (?:poor|bad|gone|worse))",
            r"incontinen\w*",
            r"(?:can't|don't|didn't|couldn't|not|no longer|never) (?:really |always )?"
            r"(?:feel|notice|tell|sense|know|realise|realize) (?:when|if|that) "
            r"(?:i'm |i am |i need to |i have to |i've |i'm going to |i |my bladder |it's |"
            r"i want to )?(?:peeing|weeing|pee|wee|poo|pooing|urinating|"
            r"(?:going|need(?:ing)?|have) (?:to )?(?:the toilet|the loo|a wee|a pee|a poo|"
            r"pee|wee|poo)|need(?:ing)? to go(?= \||$)|bladder is full|is full|it's full)",
            r"(?:can't|couldn't|don't) feel (?:myself )?(?:the )?(?:pee|wee|urine|poo|"
            r"peeing|weeing|my bladder|a full bladder|the urge)",
            r"(?:had to|have to|need to|needing to|started|start|starting|now|begun|began) "
            r"(?:start |to )?(?:wearing|wear|using|use) (?:incontinence )?(?:pads|nappies|"
            r"diapers|pull ups|tena)",
            r"incontinence pads",
            r"(?:leak\w*|dribbl\w*) (?:\w+ ){0,2}?(?:when|if|as|whenever) i (?:cough|sneeze|"
            r"laugh|move|stand|walk|bend|lift)",
            r"(?:needed|need|needing|wearing|using) (?:to wear |to use )?(?:incontinence )?pads\b",
            r"(?:bowel|bowels|toilet) (?:problems?|issues?|trouble|changes?|difficult\w*) "
            r"(?:since|started|began|have started|has started)",
            r"(?:bladder|waterworks|peeing|weeing|urinary) (?:problems?|issues?|trouble|"
            r"difficult\w*)",
            r"(?:problems?|trouble|issues?|difficult\w*|something wrong) with (?:my )?"
            r"(?:bladder|waterworks|peeing|weeing|urine)",
            r"wrong with (?:my )?(?:bladder|bowels|waterworks)",
            r"(?:having|had|have|been having) (?:some |a few |little |the odd )?accidents",
            r"(?:urinary|urine) retention|retaining urine|retention of urine",
        ],
    ),
    _red("saddle_numbness", _SADDLE),
    _red("sexual_change", _SEXUAL),
    _red("both_legs", _BOTH_LEGS),
    _red("leg_weakness", _LEG_WEAKNESS),
    _red("leg_numbness", _LEG_NUMBNESS, unless=_HANDS_RE),
    _red("fever", _FEVER),
    _red("trauma", _TRAUMA, unless=_LONG_AGO_RE),
    _red("weight_loss", _WEIGHT_LOSS, unless=_WEIGHT_ON_PURPOSE_RE),
    _red("weight_loss", _WEIGHT_CLOTHES_ALONE, unless=_WEIGHT_ON_PURPOSE_RE),
    _red(
        "both_legs",
        [
            r"both (?:of )?(?:my )?feet (?:\w+ ){0,2}?(?:numb|dead|weak|no feeling)",
            r"(?:numb\w*|no feeling) (?:in )?both (?:of )?(?:my )?feet",
        ],
        unless=_HANDS_RE,
    ),
    _red(
        "weight_loss",
        _WEIGHT_CLOTHES,
        requires=_WEIGHT_CONTEXT_RE,
        unless=_WEIGHT_ON_PURPOSE_RE,
    ),
    _red("night_pain", _NIGHT_PAIN),
)


_Pair = tuple[int, int]
_Gates = dict[str, tuple[tuple[str, tuple[_Pair, ...]], ...]]


def _index_gates(
    rules: tuple[_Rule, ...],
) -> tuple[_Gates, dict[_Pair, tuple[frozenset[str], ...]], tuple[_Pair, ...]]:
    """Index the gates of every (rule, pattern) pair.

    Returns the index, which maps the first three characters of a string of
    a pair's most selective requirement to the strings that start so, each
    with the pairs it may let run; the further requirements of each pair;
    and the pairs that have no gate and always run.
    """
    pairs: dict[str, list[_Pair]] = {}
    further: dict[_Pair, tuple[frozenset[str], ...]] = {}
    ungated: list[_Pair] = []
    for r, rule in enumerate(rules):
        for p, pattern in enumerate(rule.patterns):
            gate = _gate(pattern)
            if not gate:
                ungated.append((r, p))
                continue
            for string in gate[0]:
                pairs.setdefault(string, []).append((r, p))
            further[r, p] = gate[1:]
    index: dict[str, list[tuple[str, tuple[_Pair, ...]]]] = {}
    for string, found in sorted(pairs.items()):
        index.setdefault(string[:_MIN_GATE], []).append((string, tuple(found)))
    return {k: tuple(v) for k, v in index.items()}, further, tuple(ungated)


_GATE_INDEX, _FURTHER, _UNGATED = _index_gates(_RULES)
_GATE_HEADS = frozenset(_GATE_INDEX)

#: "Getting weaker every day": leg weakness that is worsening.
_WORSENING_RE = _compile_one(
    [
        r"(?:getting|got|gotten|gone|grown|growing|becoming|become|became|feels?|is|it's) "
        r"(?:much |even |a lot |a bit |slightly |steadily |progressively |noticeably )?"
        r"(?:weaker|worse)",
        r"weaker (?:and weaker|every|each|by the|than)",
        r"worse (?:and worse|every|each|by the)",
        r"(?:more|worse|weaker) (?:each|every) (?:day|hour|morning|week|time)",
        r"by the (?:day|hour)",
        r"progressive(?:ly)?",
        r"deteriorat\w*",
        r"more and more",
        r"spreading",
    ]
)

_KIND_RANK = {"crisis": 0, "emergency": 1, "red_flag": 2}
_REASON_ORDER: dict[str, int] = {}
for _reason in (
    "self_harm",
    "chest_pain",
    "stroke_signs",
    "breathing_trouble",
    "painkiller_overdose",
    *("said_" + fact.id for fact in SAFETY_SCREEN),
):
    _REASON_ORDER.setdefault(_reason, len(_REASON_ORDER))

# ---------------------------------------------------------------------------
# Negation
# ---------------------------------------------------------------------------

_NEG_CUES = frozenset(("no", "not", "never", "without", "nothing", "none", "neither", "nor"))
#: After "no", these start a new statement: "no my legs are weak" is not a negation.
_NO_ANSWER_FOLLOW_WORDS = (
    "i i'm i've i'd i'll my it it's its but just only actually well yes sorry though "
    "and now then also this that there they he she we you your both the"
)
_NO_ANSWER_FOLLOW = frozenset(_NO_ANSWER_FOLLOW_WORDS.split())
#: "without my foot dragging" is not a negation of the dragging.
_WITHOUT_FOLLOW = frozenset(("my", "the", "it", "me", "them", "him", "her", "i"))
#: Words that may stand between a negation cue and what it negates.
_FILLER_WORDS = (
    "a an the any some much many more real really actually ever at all been be being have "
    "has had having got get getting gotten noticed notice noticing seen see felt feel "
    "feeling experienced experience experiencing suffered suffer suffering sign signs of "
    "with from in on my about problem problems trouble issue issues difficulty symptoms "
    "symptom obvious new recent recently lately kind sort type or nor and think believe "
    "reckon seem seems seemed appear appears to far taken took take taking gone go went "
    "did do does done further other additional too either real such thing things "
    "numbness tingling weakness fever fevers temperature temp chills shivers bladder "
    "bowel bowels incontinence sensation leaking pins needles changes change any more "
    "whatsoever currently today yet pain pains night sweats headache cough breath "
    "breathlessness shortness rash vomiting"
)
_FILLERS = frozenset(_FILLER_WORDS.split())
#: For words of self-harm only the words themselves can be negated.
_CRISIS_FILLER_WORDS = (
    "feeling feel felt going to have had having any thoughts thought of really at all "
    "ever would will want wanting a been being planning plan plans intend intending "
    "intention about try trying do did that such like seriously actually ideas idea "
    "urges urge"
)
_CRISIS_FILLERS = frozenset(_CRISIS_FILLER_WORDS.split())
_THINK = frozenset(("think", "believe", "reckon", "suppose", "guess"))
_PRONOUNS = frozenset(("i", "i've", "i'm", "i'd", "it", "it's", "that", "there's", "there"))
_MAX_BETWEEN = 5
_MAX_BETWEEN_CRISIS = 4
_WINDOW_CHARS = 200


def _is_cue(word: str, following: str) -> bool:
    """Whether ``word`` negates what follows it (``following`` is the next word)."""
    if word.endswith("n't"):
        return True
    if word not in _NEG_CUES:
        return False
    if word == "no":
        return following not in _NO_ANSWER_FOLLOW
    if word == "without":
        return following not in _WITHOUT_FOLLOW
    return True


def _negated(before: list[str], first: str, crisis: bool) -> bool:
    """Whether the words ``before`` a match (in its clause) negate it.

    ``first`` is the first word of the match. Walking back from the match, a
    negation cue cancels it if only filler words stand in between.
    """
    fillers = _CRISIS_FILLERS if crisis else _FILLERS
    limit = _MAX_BETWEEN_CRISIS if crisis else _MAX_BETWEEN
    following = first
    for between, index in enumerate(range(len(before) - 1, -1, -1)):
        if between > limit:
            return False
        word = before[index]
        if _is_cue(word, following):
            return True
        if word in ("and", "or") and following in _NO_ANSWER_FOLLOW:
            return False
        if crisis and word in ("or", "nor"):
            # "I didn't fall or hurt myself": the negation covers the whole list
            return any(_is_cue(w, "") for w in before[max(0, index - 4) : index])
        if word not in fillers:
            think = index > 0 and before[index - 1] in _THINK
            if not (think and word in _PRONOUNS and not crisis):
                return False
        following = word
    return False


# ---------------------------------------------------------------------------
# Scanning
# ---------------------------------------------------------------------------


_SEP_RE = re.compile(r" \| ")


class _Message:
    """A normalised message with its clause boundaries, worked out on demand."""

    __slots__ = ("_seps", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._seps: list[int] | None = None

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the clause holding the match ``start``..``end``."""
        if self._seps is None:
            self._seps = [m.start() for m in _SEP_RE.finditer(self.text)]
        seps = self._seps
        i = bisect_right(seps, start)
        lo = seps[i - 1] + 3 if i else 0
        j = bisect_right(seps, end)
        hi = seps[j] if j < len(seps) else len(self.text)
        return lo, hi

    def first_live(
        self, pattern: re.Pattern[str], crisis: bool, unless: re.Pattern[str] | None = None
    ) -> re.Match[str] | None:
        """The first match of ``pattern`` that is not negated in its clause."""
        text = self.text
        for match in pattern.finditer(text):
            lo, hi = self.clause(match.start(), match.end())
            if unless is not None and unless.search(text, lo, hi):
                continue
            # Only the last few words can negate: read a bounded window back.
            start = max(lo, match.start() - _WINDOW_CHARS)
            before = text[start : match.start()].split()
            if start > lo and before:
                before = before[1:]  # maybe cut in half
            first = match.group(0).split(" ", 1)[0]
            if not _negated(before, first, crisis):
                return match
        return None


def _scan(text: str) -> tuple[Alarm, ...]:
    message = _Message(normalize(text))
    if not message.text:
        return ()
    text = message.text
    active: dict[int, set[int]] = {}
    for r, p in _UNGATED:
        active.setdefault(r, set()).add(p)
    n = _MIN_GATE
    for head in _GATE_HEADS.intersection([text[i : i + n] for i in range(len(text) - n + 1)]):
        for string, pairs in _GATE_INDEX[head]:
            if string in text:
                for r, p in pairs:
                    if all(any(o in text for o in options) for options in _FURTHER[r, p]):
                        active.setdefault(r, set()).add(p)
    found: dict[str, Alarm] = {}
    for r in sorted(active):
        rule = _RULES[r]
        if rule.reason in found:
            continue
        if rule.requires is not None and not rule.requires.search(text):
            continue
        match: re.Match[str] | None = None
        for p in sorted(active[r]):
            live = message.first_live(rule.patterns[p], rule.kind == "crisis", rule.unless)
            if live is not None and (match is None or live.start() < match.start()):
                match = live
        if match is None:
            continue
        value: object = None
        if rule.kind == "red_flag":
            value = True
            if rule.fact == "leg_weakness":
                worse = message.first_live(_WORSENING_RE, crisis=False)
                value = "worsening" if worse is not None else "stable"
        found[rule.reason] = Alarm(rule.kind, rule.reason, rule.fact, value, match.group(0))
    return tuple(
        sorted(found.values(), key=lambda a: (_KIND_RANK[a.kind], _REASON_ORDER[a.reason]))
    )


def scan(text: str) -> tuple[Alarm, ...]:
    """Every alarm in ``text``, most serious first; ``()`` when none. Never raises.

    Crisis (self-harm) comes first, then emergencies outside sciatica, then red
    flags in the order of the SPEC 2.1 safety screen. Each reason appears at
    most once, with the first words that matched it.
    """
    if not isinstance(text, str) or not text:
        return ()
    try:
        return _scan(text)
    except Exception:  # a scan must never break a conversation
        try:
            return _scan(text.encode("ascii", "ignore").decode("ascii"))
        except Exception:
            return ()
