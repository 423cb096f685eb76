"""The checklist's word lists: Swedish and English phrases side by side, as data.

The phrase syntax (a gap, a prefix, alternatives) is described in the checklist module.
"""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- word lists

VAGUE_SUBJECTS: Final[tuple[str, ...]] = (
    # Swedish
    "fråga", "fråga om jobb", "fråga om jobbet", "fråga om tjänsten", "min ansökan",
    "ansökan", "jobbansökan", "ang ansökan", "ang. ansökan", "angående ansökan",
    "angående min ansökan", "hej", "hej hej", "uppföljning", "uppföljning ansökan",
    "uppföljning av ansökan", "jobb", "jobbet", "tjänsten", "kolla läget", "läget",
    "status", "tack", "intervju", "intervjun",
    # English
    "question", "a question", "quick question", "my application", "application",
    "job application", "following up", "follow up", "follow-up", "checking in", "job",
    "the job", "hello", "hi", "hi there", "update", "status update", "thanks", "thank you",
    "interview", "regarding my application",
)  # fmt: skip

GENERIC_SUBJECT_WORDS: Final[frozenset[str]] = frozenset((
    # Swedish
    "fråga", "frågor", "om", "jobb", "jobbet", "ansökan", "ansökningen", "min", "mitt",
    "mina", "jobbansökan", "hej", "uppföljning", "uppföljningen", "angående", "ang", "till",
    "er", "ert", "ni", "tjänsten", "tjänst", "rollen", "roll", "läget", "kolla", "status",
    "tack", "för", "intervjun", "intervju", "igår", "idag", "i", "dag", "går", "hos", "av",
    "på", "en", "ett", "och", "det", "gällande", "kort", "snabb", "lite",
    # English
    "the", "my", "a", "an", "question", "questions", "about", "job", "application",
    "following", "follow", "up", "follow-up", "regarding", "re", "hello", "hi", "checking",
    "in", "update", "thanks", "thank", "you", "for", "interview", "your", "position",
    "role", "on", "of", "to", "quick", "short",
))  # fmt: skip

IMPATIENT_PHRASES: Final[tuple[str, ...]] = (
    # Swedish
    "har * hunnit titta|kolla|läsa|granska", "hann * titta|kolla|läsa", "hunnit * igenom",
    "fortfarande inte fått * svar|besked", "har fortfarande inte fått",
    "fortfarande inget svar|besked", "inget svar|besked än|ännu", "inte fått något svar|besked",
    "varför har jag inte", "varför har ni inte", "varför hör ni inte",
    "jag har väntat länge", "väntat * länge", "väntat och väntat", "ännu inte hört",
    "inte hört något", "har inte hört av er", "inte hört av sig", "hör aldrig av er",
    "ni svarar inte", "ingen har svarat", "ingen återkoppling", "otålig*",
    "hur lång tid ska det ta", "hur länge till", "borde ha fått * svar|besked",
    # English
    "have you had time to look", "have you had a chance to look", "had a chance to review",
    "have you looked at my", "still haven't heard", "still have not heard",
    "haven't heard anything", "have not heard anything", "haven't heard back",
    "have not heard back", "I have been waiting", "I've been waiting", "been waiting * long",
    "why haven't I", "why have I not", "why haven't you", "why have you not",
    "no response|reply|answer yet", "still no response|reply|answer", "still waiting",
    "not received any response|reply|answer", "still haven't received",
    "still have not received", "haven't received a|any response|reply|answer",
    "have not received a|any response|reply|answer", "not received a reply|response yet",
    "impatient*", "how long does it take",
    "how much longer",
)  # fmt: skip

DEMAND_PHRASES: Final[tuple[str, ...]] = (
    # Swedish
    "snarast", "snarast möjligt", "så fort som möjligt", "så snabbt som möjligt",
    "svar* omgående", "omgående svar|besked", "besked omgående", "med en gång",
    "brådskande", "kräver * svar|besked", "förväntar mig * svar|besked",
    # English
    "asap", "as soon as possible", "reply|respond|answer immediately", "right away",
    "immediate answer|response|reply", "urgent*", "I expect * answer|reply|response",
    "I demand",
)  # fmt: skip
"""Demands for a quick answer: flagged for every kind of mail."""

DEADLINE_PHRASES: Final[tuple[str, ...]] = (
    # Swedish
    "inom 24 timmar", "inom ett dygn", "inom en dag", "senast imorgon", "senast i morgon",
    "senast idag", "senast i dag", "till imorgon", "svar* * senast", "besked * senast",
    "hör av er senast",
    # English
    "within 24 hours", "within a day", "by tomorrow", "by the end of the day",
    "by end of day", "before tomorrow", "reply|respond|answer by", "let me know by",
    "get back to me by",
)  # fmt: skip
"""Deadlines set for the recruiter: fine in an ``other_offer`` mail, where they are the news."""

SALARY_WORDS: Final[tuple[str, ...]] = (
    "lön", "lönen", "löner", "lönerna", "lönenivå*", "löneanspråk*", "lönespann*",
    "löneläge*", "löneförväntning*", "ingångslön*", "månadslön*",
    "salary", "salaries", "the pay", "pay range|level|scale|grade|rate", "does it pay",
    "starting pay", "wage", "wages", "compensation",
    "betalar ni", "ersättningen", "vilken ersättning", "tjänar man", "tjäna i månaden",
)  # fmt: skip
CHANCE_PHRASES: Final[tuple[str, ...]] = (
    "ligger jag bra|väl till", "hur ligger jag till", "har jag * chans", "mina chanser",
    "är jag en stark kandidat", "stark kandidat?", "går jag vidare", "kommer jag * kallas",
    "am I a strong candidate", "my chances", "do I have a * chance", "where do I stand",
    "how do I stand", "am I still in the running", "will I be invited", "will I get an interview",
)  # fmt: skip
APPLICANT_COUNT_PHRASES: Final[tuple[str, ...]] = (
    "hur många * sökt", "hur många sökande", "hur många kandidater", "antal sökande",
    "hur många * söker", "how many * applied", "how many * applicants", "how many * candidates",
    "number of applicants", "number of candidates",
)  # fmt: skip
EXACT_WHEN_PHRASES: Final[tuple[str, ...]] = (
    "när exakt", "exakt när", "precis när", "vilket datum * beslut*", "vilken dag * beslut*",
    "exakt datum", "when exactly", "exactly when", "exact date", "exact day",
    "what date * decision|decide", "which day * decision|decide",
)  # fmt: skip

CASUAL_WORDS: Final[tuple[str, ...]] = (
    "tja", "tjena", "tjenare", "tjabba", "tjenixen", "hörs", "hallå", "puss", "kram",
    "kramar", "kolla läget", "yo", "hey", "heya", "cheers", "lol", "haha", "hehe", "btw",
    "omg", "xoxo", "ciao",
)  # fmt: skip

POLITE_PHRASES: Final[tuple[str, ...]] = (
    "tack", "tackar", "tacksam", "ser fram emot", "hoppas * höra", "uppskattar",
    "thank*", "thanks", "grateful", "look|looking forward", "appreciate*", "hope to hear",
)  # fmt: skip

SIGN_OFFS: Final[tuple[str, ...]] = (
    "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning",
    "bästa hälsningar", "varma hälsningar", "hälsningar", "hälsning", "mvh",
    "best regards", "kind regards", "warm regards", "with best regards", "regards",
    "yours sincerely", "sincerely", "yours faithfully", "best wishes", "all the best", "best",
    "cheers", "kram", "kramar", "hörs", "ha det bra",
)  # fmt: skip

GREETINGS: Final[tuple[str, ...]] = (
    "hej", "hejsan", "hallå", "bästa", "kära", "god morgon", "god dag", "god eftermiddag",
    "tja", "tjena", "tjenare", "hi", "hello", "dear", "hey", "good morning",
    "good afternoon", "to whom it may concern",
)  # fmt: skip

THANKS_PHRASES: Final[tuple[str, ...]] = (
    "tack * för", "tackar * för", "tacksam för", "thank you * for", "thanks * for",
    "grateful for", "appreciate|appreciated * your|the time",
)  # fmt: skip
SPECIFIC_PHRASES: Final[tuple[str, ...]] = (
    "särskilt", "speciellt", "i synnerhet", "framför allt", "framförallt", "inte minst",
    "uppskattade att höra", "intressant att höra", "roligt att höra", "spännande att höra",
    "vi pratade|talade|diskuterade om", "vi pratade|talade|diskuterade", "du berättade",
    "ni berättade", "du nämnde", "ni nämnde", "fångade mitt intresse", "projekt*",
    "especially", "particularly", "specially", "in particular", "enjoyed hearing|learning",
    "interesting to hear|learn", "we discussed", "we talked about", "you mentioned",
    "you told me", "caught my interest", "project*",
)  # fmt: skip
INTEREST_PHRASES: Final[tuple[str, ...]] = (
    "intresserad*", "intresse*", "gärna", "förstahandsval*", "motiverad*", "entusiastisk*",
    "interested", "interest", "keen", "eager", "excited", "enthusiastic", "would love to",
    "first choice",
)  # fmt: skip

RELATIVE_DATE_PHRASES: Final[tuple[str, ...]] = (
    "förra veckan", "för * veck*|dag*|dagar|månad* sedan", "tidigare i månaden|veckan",
    "i måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags", "i går", "igår",
    "häromdagen", "i början av månaden|veckan",
    "last week", "weeks|days|week|day|months|month ago", "earlier this month|week", "yesterday",
    "last monday|tuesday|wednesday|thursday|friday|saturday|sunday", "the other day",
    "at the beginning of the month|week",
)  # fmt: skip

SOFT_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"osv.", "o.s.v.", "etc.", "m.m.", "mm."})
"""Abbreviations that often end a sentence: they do when a capital letter follows."""
ABBREVIATIONS: Final[frozenset[str]] = frozenset((
    "t.ex.", "bl.a.", "ang.", "kl.", "ca.", "s.k.", "p.g.a.", "pga.", "resp.", "dvs.",
    "d.v.s.", "nr.", "tel.", "jfr.", "fr.o.m.", "t.o.m.", "e.d.", "o.d.", "f.d.", "st.",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "e.g.", "i.e.", "approx.", "no.", "vs.", "tfn.",
    "inkl.", "exkl.", "ev.", "obs.", "vd.", "jan.", "feb.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "okt.", "oct.", "nov.", "dec.",
)) | SOFT_ABBREVIATIONS  # fmt: skip
"""Abbreviations whose period does not end a sentence (lower-cased)."""

_MONTHS: Final[dict[int, tuple[str, ...]]] = {
    1: ("januari", "january", "jan"),
    2: ("februari", "february", "feb"),
    3: ("mars", "march", "mar"),
    4: ("april", "apr"),
    5: ("maj", "may"),
    6: ("juni", "june", "jun"),
    7: ("juli", "july", "jul"),
    8: ("augusti", "august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}
