"""`entities`: NER mentions, each with its article-level canonical name and stable entity_id."""

from __future__ import annotations

import pyarrow as pa

from newsetl.assets.common import Lineage, ParsedArticle, to_table
from newsetl.entities import canonical_entities, entity_id, resolve_speaker
from newsetl.nlp.lexicon import BODIES_AS_WRITTEN, TITLES, person_noun
from newsetl.schemas import ENTITIES


def table_label(text: str, label: str, named: frozenset[str] = frozenset()) -> str:
    """The label a mention gets in the table: a Dutch party or union as it is written ("D66", "Forum voor
    Democratie", "FNV") is ORG whatever the NER said (it called "Forum voor Democratie" a person 79 times in the
    DPG articles), and so is the first word of one the article names in full (`named`: "Forum"). Done here, not
    in the spaCy pipeline, because the quote rules were fitted to the NER's labels."""
    if text in BODIES_AS_WRITTEN or any(" " in body and body.split()[0] == text for body in named):
        return "ORG"
    return label


def build(parsed: list[ParsedArticle], lineage: Lineage) -> pa.Table:
    rows = []
    for p in parsed:
        # a mention without a letter or digit ("”") is a tagging error, not a name
        ents = [e for e in p.doc.ents if any(ch.isalnum() for ch in e.text)]
        named = frozenset(e.text for e in ents) & BODIES_AS_WRITTEN
        labels = [table_label(e.text, e.label_, named) for e in ents]
        resolved = canonical_entities([(e.text, label) for e, label in zip(ents, labels)])
        for idx, (ent, mention_label, (name, label)) in enumerate(zip(ents, labels, resolved)):
            rows.append(
                {
                    "article_id": p.article.article_id,
                    "mention_idx": idx,
                    "text": ent.text,
                    "char_start": ent.start_char,
                    "char_end": ent.end_char,
                    "label": mention_label,
                    "sentence_idx": p.sentence_idx(ent.start_char),
                    "paragraph_idx": p.paragraph_idx(ent.start_char),
                    "canonical_name": name,
                    "entity_id": entity_id(name, label),
                }
            )
    return to_table(ENTITIES, rows, lineage)


def names_by_article(entities: pa.Table) -> dict[str, list[tuple[str, str]]]:
    """Each article's distinct (canonical name, label) pairs, sorted: what speakers are resolved against."""
    names: dict[str, set[tuple[str, str]]] = {}
    for article_id, name, label in zip(entities.column("article_id").to_pylist(),
                                       entities.column("canonical_name").to_pylist(),
                                       entities.column("label").to_pylist()):
        names.setdefault(article_id, set()).add((name, label))
    return {article_id: sorted(pairs) for article_id, pairs in names.items()}


PERSONAL_PRONOUNS = frozenset("hij hem zij ze haar".split())
# a role before a name says "person", except a spokesperson's: "woordvoerder Defensie" speaks for a body
_SPOKESPERSON = ("woordvoerder", "woordvoerster", "zegsman", "zegsvrouw", "spokesman")


def quoted_as_person(speaker: str | None, mention: str | None) -> bool:
    """A quote shows its named speaker to be a person: the quote resolver took a personal pronoun for the name
    ("…, zei hij" after "Daviz Simango"; it takes pronouns for people only), or the text put a person's title
    or role before a full name ("oppositieleider Daviz Simango", "Statisticus Joop Hox")."""
    if not speaker or not mention or not any(w[:1].isupper() for w in speaker.split()):
        return False
    if mention.lower() in PERSONAL_PRONOUNS:
        return True
    words = mention.split()
    role = words[0].lower()
    return (len(words) >= 2 and len(speaker.split()) >= 2 and words[1][:1].isupper()
            and (role in TITLES or (person_noun(role) and not role.endswith(_SPOKESPERSON))))


def label_quoted_people(entities: pa.Table, quotes: pa.Table) -> pa.Table:
    """Entities that the quotes show to be people (`quoted_as_person`) become PER, all their mentions in that
    article, with the PER entity_id. The NER labels names it has never seen by their letters ("Daviz
    Simango" LOC, "Nard Kwast" MISC); the quote resolver read the whole article."""
    names = names_by_article(entities)
    people: set[tuple[str, str]] = set()  # (article_id, canonical name)
    for article_id, speaker, mention in zip(quotes.column("article_id").to_pylist(),
                                            quotes.column("speaker").to_pylist(),
                                            quotes.column("speaker_mention").to_pylist()):
        if quoted_as_person(speaker, mention):
            known = names.get(article_id, [])
            _, eid = resolve_speaker(speaker, known)
            people.update((article_id, name) for name, label in known if entity_id(name, label) == eid)
    if not people:
        return entities
    rows = entities.to_pylist()
    for row in rows:
        if (row["article_id"], row["canonical_name"]) in people:
            row["label"] = "PER"
            row["entity_id"] = entity_id(row["canonical_name"], "PER")
    return pa.Table.from_pylist(rows, schema=entities.schema)
