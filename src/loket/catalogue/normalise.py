"""Dutch-friendly text normalisation shared by indexing and querying.

Lower case, accents folded (é → e, ë → e), split into words, common Dutch function words
dropped, and each word reduced to its Snowball Dutch stem (the classic Porter-style Dutch
algorithm, the one PostgreSQL's 'dutch' text-search configuration uses), so "overleden", "verhuizing" and "paspoorten" meet
"overlijden"-like, "verhuizen" and "paspoort" in the index. Search matches stems by prefix,
which also catches Dutch compounds ("verhuis" finds "verhuismelding").
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Words that carry no meaning for finding a product ("mijn vader is overleden" → vader, overleden).
STOP_WORDS = frozenset(
    """
    de het een en of maar ik je jij u we wij ze zij hij mijn m'n jouw uw zijn haar ons onze hun
    is ben bent was waren wordt worden werd heb hebt heeft hebben had moet moeten kan kun kunnen
    wil wilt willen mag mogen ga gaat gaan doe doet doen zou zouden
    van voor met aan op in uit bij naar om over tot door als dan dat die dit deze wat wie waar hoe
    er hier daar niet geen wel ook nog al nu te toe zo heel erg veel mee af
    the a an of to for my i is am are and or in on at how do what where
    """.split()
)

# Words that say what to *do* rather than what it is about ("vog aanvragen", "hulp bij schulden"):
# search still uses them, with less weight than the words that name the subject.
GENERIC_WORDS = frozenset(
    "aanvragen aanvraag regelen doorgeven krijgen maken vragen indienen hulp nodig".split()
)

_WORD = re.compile(r"[a-z0-9]+")
# Snowball 3 renamed the classic algorithm "dutch_porter"; its new "dutch" strips "ge-" prefixes.
_stemmer = snowballstemmer.stemmer("dutch_porter")


def fold(text: str) -> str:
    """Lower case without accents: 'Beëindigen' → 'beeindigen'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def stems(text: str) -> list[str]:
    """Stemmed words of `text`, in order, without duplicates."""
    seen: dict[str, None] = {}
    for word in words(text):
        if word in STOP_WORDS:
            continue
        seen.setdefault(stem(word), None)
    return list(seen)


def phrase(text: str) -> str:
    """A phrase reduced to its meaningful stems, for comparing whole phrases."""
    return " ".join(stems(text))


@lru_cache(maxsize=1)
def generic_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in GENERIC_WORDS)
