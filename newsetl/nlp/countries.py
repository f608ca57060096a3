"""Names of countries and continents as Dutch writes them, from the Unicode CLDR (through babel).

The NER labels names it has not seen by their letters, so countries come out as people or things: "Israël" PER
ten times on CoNLL-2002 dev, "Sierra Leone" PER, "Iran" MISC. A country's name is no person's, so the entity
rules make these LOC (``ner_rules``). CLDR's Dutch names are the ones Dutch news uses ("Verenigde Staten",
"Saoedi-Arabië", "Zuid-Korea"); a few names for parts of countries that news treats as countries are added.
"""

from __future__ import annotations

from functools import cache

import babel
import spacy

from newsetl.nlp.first_names import is_first_name

# CLDR territories that are no place: unions and organisations, test codes, "unknown region"
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# parts of countries that Dutch news names like countries; CLDR lists only sovereign territories and regions
_ALSO = frozenset({"Engeland", "Schotland", "Wales", "Noord-Ierland", "Groot-Brittannië", "Holland",
                   "Vlaanderen", "Wallonië", "Hongkong", "Macau", "Wit-Rusland"})


@cache
def country_names() -> frozenset[str]:
    """Dutch names of countries, territories and continents ("Israël", "Verenigde Staten", "Europa"), as written.
    Lower-case CLDR entries ("wereld", "eurozone") and names that are first names ("Jordan" is not Dutch for
    Jordanië, but "Georgia" could be) are left out."""
    names = set(_ALSO)
    for code, name in babel.Locale("nl").territories.items():
        if code not in _NOT_PLACES and name[:1].isupper():
            # "Myanmar (Birma)": either name
            names.update(part.strip(" )") for part in name.split("("))
    return frozenset(name for name in names if not is_first_name(name))


@cache
def country_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names of ``country_names`` as spaCy's Dutch tokenizer splits them, longest first, by their first word."""
    tokenizer = spacy.blank("nl").tokenizer
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in country_names():
        words = tuple(t.text for t in tokenizer(name))
        by_first.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by_first.items()}
