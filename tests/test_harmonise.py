"""Mapping the older LassySmall release to the current UD scheme, and keeping eval sentences out of training."""

from __future__ import annotations

from newsetl.model.harmonise import argument_pairs, drop_sentences, harmonise, read_conllu, write_conllu


def conllu(*words: tuple[str, str, str, str, int, str], sid: str = "s1", old: bool = True) -> str:
    """One sentence; words are (form, lemma, upos, feats, head, deprel). Old releases name it '# id.xml'."""
    head = f"# {sid}.xml" if old else f"# sent_id = {sid}"
    rows = [f"{i}\t{f}\t{lem}\t{pos}\t_\t{feats}\t{h}\t{dep}\t_\t_" for i, (f, lem, pos, feats, h, dep)
            in enumerate(words, start=1)]
    return "\n".join([head, *rows]) + "\n\n"


def one(text: str, arguments: frozenset[tuple[str, str]] = frozenset()) -> list[tuple[str, str, str, str, str]]:
    [(_, rows)] = list(read_conllu(text))
    return [(r[1], r[3], r[5], r[6], r[7]) for r in harmonise(rows, arguments)]


def test_coordinator_moves_to_the_conjunct_after_it() -> None:
    out = one(conllu(("Piet", "Piet", "PROPN", "_", 2, "nsubj"), ("zingt", "zingen", "VERB", "_", 0, "root"),
                     ("en", "en", "CCONJ", "_", 2, "cc"), ("danst", "dansen", "VERB", "_", 2, "conj"),
                     (".", ".", "PUNCT", "_", 2, "punct")))
    assert out[2] == ("en", "CCONJ", "_", "4", "cc")
    assert out[3] == ("danst", "VERB", "_", "2", "conj")


def test_name_parts_are_flat_propn_and_possessives_nmod_poss() -> None:
    out = one(conllu(("zijn", "zijn", "DET", "_", 2, "det"), ("brief", "brief", "NOUN", "Gender=Com|Number=Sing", 0, "root"),
                     ("aan", "aan", "ADP", "_", 4, "case"), ("Raad", "raad", "NOUN", "Gender=Com|Number=Sing", 2, "nmod"),
                     ("van", "van", "ADP", "_", 4, "fixed"), ("State", "State", "PROPN", "_", 4, "fixed")))
    assert out[0] == ("zijn", "PRON", "Person=3|Poss=Yes|PronType=Prs", "2", "nmod:poss")
    assert out[3] == ("Raad", "PROPN", "_", "2", "nmod")
    assert out[4] == ("van", "ADP", "_", "4", "flat")  # a lower-case particle keeps its word class
    assert out[5] == ("State", "PROPN", "_", "4", "flat")
    assert one(conllu(("werk", "werk", "NOUN", "_", 0, "root"), ("en", "en", "CCONJ", "_", 3, "cc"),
                      ("zo", "zo", "ADV", "_", 1, "fixed")))[2][4] == "fixed"  # not a name: stays fixed


def test_passive_agent_ordinal_als_and_flat_name() -> None:
    out = one(conllu(("Het", "het", "DET", "_", 2, "det"), ("boek", "boek", "NOUN", "_", 6, "nsubj:pass"),
                     ("werd", "worden", "AUX", "_", 6, "aux:pass"), ("door", "door", "ADP", "_", 5, "case"),
                     ("Piet", "Piet", "PROPN", "_", 6, "obl"), ("geschreven", "schrijven", "VERB", "_", 0, "root"),
                     ("als", "als", "ADP", "_", 8, "mark"), ("eerste", "eerste", "NUM", "_", 6, "nummod"),
                     ("Jan", "Jan", "PROPN", "_", 5, "flat:name")))
    assert out[4][4] == "obl:agent"
    assert out[6][1] == "SCONJ"
    assert out[7][1::3] == ("ADJ", "amod")
    assert out[8][4] == "flat"


def test_prepositional_arguments_learned_from_current_data() -> None:
    current = conllu(("Zij", "zij", "PRON", "_", 2, "nsubj"), ("denkt", "denken", "VERB", "_", 0, "root"),
                     ("aan", "aan", "ADP", "_", 4, "case"), ("hem", "hij", "PRON", "_", 2, "obl:arg"), old=False)
    pairs = argument_pairs(read_conllu(current))
    assert pairs == {("denken", "aan")}
    old = conllu(("Piet", "Piet", "PROPN", "_", 2, "nsubj"), ("dacht", "denken", "VERB", "_", 0, "root"),
                 ("aan", "aan", "ADP", "_", 4, "case"), ("Jan", "Jan", "PROPN", "_", 2, "obl"),
                 ("in", "in", "ADP", "_", 6, "case"), ("Gent", "Gent", "PROPN", "_", 2, "obl"))
    assert [w[4] for w in one(old, pairs)] == ["nsubj", "root", "case", "obl:arg", "case", "obl"]


def test_eval_sentences_are_dropped_by_id_or_text() -> None:
    a = conllu(("Ja", "ja", "INTJ", "_", 0, "root"), sid="wiki-1.p.1.s.1")
    b = conllu(("Nee", "nee", "INTJ", "_", 0, "root"), sid="wiki-1.p.1.s.2")
    c = conllu(("Misschien", "misschien", "ADV", "_", 0, "root"), sid="wiki-1.p.1.s.3")
    held = conllu(("Ja", "ja", "INTJ", "_", 0, "root"), sid="wiki-1.p.1.s.1", old=False) + \
        conllu(("Misschien", "misschien", "ADV", "_", 0, "root"), sid="other", old=False)
    kept = list(drop_sentences(read_conllu(a + b + c), read_conllu(held)))
    assert write_conllu(kept) == b


def test_clean_ud_training_set_drops_evaluation_sentences_and_maps_the_rest(tmp_path) -> None:
    from newsetl.model.convert import ud_train_docs

    def sentence(word: str, sid: str, old: bool) -> str:
        return conllu((word, word.lower(), "PROPN", "_", 2, "nsubj"), ("zingt", "zingen", "VERB", "_", 0, "root"),
                      ("als", "als", "ADP", "_", 4, "mark"), ("solist", "solist", "NOUN", "_", 2, "obl"),
                      sid=sid, old=old)

    (tmp_path / "nl_lassysmall-ud-train.conllu").write_text(
        sentence("Piet", "wiki-1.p.1.s.1", True) + sentence("Kees", "wiki-2.p.1.s.1", True), encoding="utf8")
    (tmp_path / "nl_lassysmall-ud-dev.conllu").write_text(sentence("Kees", "wiki-2.p.1.s.1", False), encoding="utf8")
    (tmp_path / "nl_lassysmall-ud-test.conllu").write_text(sentence("Anna", "wiki-3.p.1.s.1", False), encoding="utf8")

    plain = [[t.text for t in s] for d in ud_train_docs(tmp_path, clean=False) for s in d.sents]
    clean_docs = ud_train_docs(tmp_path, clean=True)
    clean = [[t.text for t in s] for d in clean_docs for s in d.sents]
    assert [s[0] for s in plain] == ["Piet", "Kees", "Anna"]
    assert [s[0] for s in clean] == ["Piet", "Anna"]  # the dev sentence is not trained on
    assert clean_docs[0][2].pos_ == "SCONJ"  # old "als" ADP mark mapped to the current scheme
