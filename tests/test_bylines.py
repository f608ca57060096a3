"""Bylines: the author of an article, from the record or from the title conventions of Dutch papers."""

import pytest

from newsetl.ingest.bylines import author_in_title, author_of
from newsetl.ingest.records import RawArticle


@pytest.mark.parametrize(
    "title,author",
    [
        ("Moeder. Column Özcan Akyol", "Özcan Akyol"),
        ("Freek. Column Nynke de Jong", "Nynke de Jong"),
        ("Column: Sheila Sitalsing", "Sheila Sitalsing"),
        ("Op zoek naar nieuwe moraliteit. THEODOR HOLMAN", "Theodor Holman"),
        ("Hup Maarten. COLUMN ANGELA DE JONG", "Angela de Jong"),
        ("Kabinet valt. JAN VAN DER MEER", "Jan van der Meer"),
        # the name before the word, with or without a bar, in capitals or lower case
        ("Boycot. Nynke de Jong Column", "Nynke de Jong"),
        ("Tragedie. Marcel Potters | Column", "Marcel Potters"),
        ("Driekopper. TONY VAN DER MEULEN Column", "Tony van der Meulen"),
        ("Syriëgangers. özcan akyol Column", "Özcan Akyol"),
        ("Rugzakje. Column Thomas verbogt", "Thomas Verbogt"),
        ("Riooljournalistiek. Column in Kerkrade en Sittard", None),
        ("Partijkrant?. Column beste lezer", None),
        ("Alleen de muziek hield stand tegen Erdogan. Column", None),
        # section labels in capitals and titles without a name give no author
        ("Cel in én dik een ton boete betalen. DEN HAAG", None),
        ("Oneens Eens. DE STELLING", None),
        ("Landbouw miljarden aan subsidie?. BRIEF VAN DE DAG", None),
        ("NAVO EN VS RUZIEN OVER BUDGET", None),
        ("Plukje. Column", None),
        ("Slijpsteen voor onze moraal", None),
        ("", None),
        (None, None),
    ],
)
def test_author_in_title(title, author):
    assert author_in_title(title) == author


def _article(title=None, **extra):
    return RawArticle("a1", "1", "in.jsonl", "jsonl", "line 1", "0" * 64, title, "Tekst.", None, extra)


def test_author_of_prefers_the_records_own_field_over_the_title():
    assert author_of(_article("Moeder. Column Özcan Akyol", author="Sheila Sitalsing")) == "Sheila Sitalsing"
    assert author_of(_article("Moeder. Column Özcan Akyol")) == "Özcan Akyol"
    assert author_of(_article("Moeder", byline="  Nynke de Jong ")) == "Nynke de Jong"
    assert author_of(_article("Moeder", authors=["Nynke de Jong"])) == "Nynke de Jong"
    # several writers share no single "ik"
    assert author_of(_article("Moeder", authors=["Nynke de Jong", "Sjoerd Mossou"])) is None
    assert author_of(_article("Moeder", author="Nynke de Jong en Sjoerd Mossou")) is None
    assert author_of(_article("Moeder")) is None
