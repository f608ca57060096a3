"""Paragraph splitting and subheading detection (newsetl.segment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsetl.clean import clean_text
from newsetl.segment import Paragraph, is_heading, split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "000_91b7de1fc477113f.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"


def assert_offsets(text: str, paragraphs: list[Paragraph]) -> None:
    for i, p in enumerate(paragraphs):
        assert p.idx == i
        assert text[p.char_start : p.char_end] == p.text
        assert p.text == p.text.strip() and p.text


def test_sample_has_nine_paragraphs_and_exactly_two_headings() -> None:
    text = clean_text(SAMPLE.read_text(encoding="utf-8"))
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 9
    assert [p.text for p in paragraphs if p.is_heading] == [
        "Irak vooraf gewaarschuwd",
        "Westen veroordeeld Iraanse aanvallen",
    ]
    assert [p.idx for p in paragraphs if p.is_heading] == [3, 6]
    assert paragraphs[0].char_start == 0
    assert paragraphs[0].text.startswith("“Onze vergelding")
    assert paragraphs[-1].char_end == len(text)
    assert_offsets(text, paragraphs)


def test_exact_offsets() -> None:
    text = "Kop boven\n\nEerste alinea.\nTweede regel.\n\nLaatste."
    assert split_paragraphs(text) == [
        Paragraph(0, 0, 9, "Kop boven", True),
        Paragraph(1, 11, 39, "Eerste alinea.\nTweede regel.", False),
        Paragraph(2, 41, 49, "Laatste.", False),
    ]


def test_text_without_blank_lines_is_one_paragraph() -> None:
    text = "Regel een.\nRegel twee.\nRegel drie"
    assert split_paragraphs(text) == [Paragraph(0, 0, len(text), text, False)]


def test_empty_text_has_no_paragraphs() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\n \n") == []


def test_uncleaned_text_keeps_offsets() -> None:
    text = "\n  Kop  \n \n\n\t Alinea één.  \n\n"
    paragraphs = split_paragraphs(text)
    assert [(p.char_start, p.char_end, p.text) for p in paragraphs] == [(3, 6, "Kop"), (14, 25, "Alinea één.")]
    assert_offsets(text, paragraphs)


def test_last_paragraph_is_never_a_heading() -> None:
    paragraphs = split_paragraphs("Eerste alinea.\n\nMet dank aan de redactie")
    assert [p.is_heading for p in paragraphs] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        "Irak vooraf gewaarschuwd",
        "Kritiek van winkeliers",
        "Rookwolken boven de stad",
        "Reactie van de burgemeester",
        "De 5 vragen",
    ],
)
def test_headings(text: str) -> None:
    assert is_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dit is een zin.",
        "Wat gebeurt er nu?",
        "Hij zei het!",
        "Lees ook:",
        "Eerst dit;",
        "En dan…",
        "“Een citaat als kop”",
        "„Citaat",
        "'Stel tevredener'",
        "Kop over\ntwee regels",
        "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien",
        "x" * 101,
        "***",
        "2024",
        "",
    ],
)
def test_not_headings(text: str) -> None:
    assert not is_heading(text)


def test_heading_limits_are_inclusive() -> None:
    assert is_heading("een twee drie vier vijf zes zeven acht negen tien elf twaalf")
    assert is_heading("x" * 100)


@pytest.mark.parametrize("name", ["brand_in_haven.txt"])
def test_offsets_of_txt_fixture(name: str) -> None:
    text = clean_text((FIXTURES / name).read_text(encoding="utf-8"))
    paragraphs = split_paragraphs(text)
    assert [p.is_heading for p in paragraphs] == [False, True, False, False]
    assert_offsets(text, paragraphs)
