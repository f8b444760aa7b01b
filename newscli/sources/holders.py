"""Which noun phrases may hold a view: the words that stand for people without a noun (quantifiers and
indefinite pronouns, ``no one``, a percentage), and whether a subject's head may be a person's or a body of
people's, as the subject of a verb of talking or of a mental state must be."""

from __future__ import annotations

from functools import cache

from ..data import read_list
from ..quotes.frames.subjects import HEAD_WORDS
from ..quotes.people import COLLECTIVE_NOUNS, person_nouns

# Indefinite pronouns that stand for people (Quirk et al. 1985, ch. 6: "someone", "nobody"; "another" as a
# pronoun: "one firm counts 2,000, another says 1,800"), whatever the tagger made of them.
INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "another"})
HOLDER_WORDS = HEAD_WORDS | INDEFINITE_PRONOUNS
# The negative compound pronoun written as two words (Quirk et al. 1985, ch. 6: "no one" beside "nobody"); its
# "one" is no numeral or pronoun of a noun said elsewhere.
NO_ONE = ("no", "one")
PERCENT_WORDS = frozenset({"percent", "cent", "%"})  # "40 percent", "40 per cent", "40%"
# The agentive suffixes of nouns of a doer (Quirk et al. 1985, App. I on agentive suffixes: "-er", "-or", "-ee",
# "-ant", "-ent", "-ist", "-ian"): such a noun may name a person ("the driver", "the defendant"), listed or not.
AGENT_SUFFIXES = ("er", "or", "ee", "ant", "ent", "ist", "ian")
POSTMODIFIER_OPENERS = frozenset({"IN", "TO", "WP", "WDT"})  # tags of a preposition or relative word after a head


def may_hold(lowered: tuple[str, ...], tags: tuple[str, ...], first: int, head: int) -> bool:
    """Whether the subject head at ``head`` may hold the view of a verb of talking or of a mental state, which
    take a human subject (Levin 1993, 37.5 talk verbs, whose Agent is animate, and 31.2 admire verbs and 29
    verbs of cognition, whose Experiencer is; Quirk et al. 1985, 4.29 on private verbs): not a singular common
    noun (``music``, ``a procedure``) other than a noun of people (newscli.quotes.people), of a collective or
    an organisation (``the firm``; data/human_nouns.txt, org_heads.txt, org_descriptors.txt), a quantifier or
    indefinite pronoun (``no one``, ``34%``) or a noun with an agentive suffix. A plural head passes: the nouns
    of people are too many to list (``women``, ``moms``); so does a subject with a postmodifier, whose last
    noun is not its head (``supporters of the plan``, ``some who advocate free speech``)."""
    word = lowered[head]
    if tags[head] != "NN" or word in person_nouns() or word in _human_nouns() or word in HOLDER_WORDS | PERCENT_WORDS:
        return True
    if word.endswith(AGENT_SUFFIXES) or lowered[head - 1 : head + 1] == NO_ONE:
        return True  # "the driver", "the defendant": a noun of a doer may be a person's
    return any(tag in POSTMODIFIER_OPENERS or tag.startswith("VB") for tag in tags[first:head])


@cache
def _human_nouns() -> frozenset[str]:
    """Nouns of people and bodies of people besides newscli.quotes.people's: data/human_nouns.txt, the quotes
    analysis' collective nouns and the organisation heads and descriptors of the entity data, in lower case."""
    listed = read_list("human_nouns.txt") + read_list("org_heads.txt") + read_list("org_descriptors.txt")
    return COLLECTIVE_NOUNS | {word.lower() for word in listed}
