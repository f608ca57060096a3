"""Decoding, text cleaning and language detection (newsetl.clean)."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from charset_normalizer import CharsetMatches

from newsetl import clean
from newsetl.clean import clean_text, decode, detect_language
from newsetl.errors import RejectedInput

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "000_91b7de1fc477113f.txt"


# ---------------------------------------------------------------------------------- decode


def test_decode_utf8() -> None:
    assert decode("Café “De Zon”".encode()) == "Café “De Zon”"


def test_decode_strips_utf8_bom() -> None:
    assert decode(codecs.BOM_UTF8 + "één".encode()) == "één"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_decode_utf16_and_utf32_with_bom(encoding: str) -> None:
    text = "De wethouder zei: „Wij gaan door.”"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    raw = bom + text.encode(encoding)
    assert decode(raw) == text


def test_decode_cp1252_accents_and_curly_quotes() -> None:
    raw = b"Het caf\xe9 zei: \x93Wij blijven open.\x94 De carri\xe8re van de eigenaar \x96 een succes."
    assert decode(raw) == "Het café zei: “Wij blijven open.” De carrière van de eigenaar – een succes."


def test_decode_short_cp1252_is_not_mistaken_for_another_code_page() -> None:
    # charset-normalizer alone calls these five bytes EBCDIC.
    assert decode("Café".encode("cp1252")) == "Café"


def test_decode_keeps_non_western_code_pages() -> None:
    text = "Привет, как дела? Это тест на русском языке."
    assert decode(text.encode("cp1251")) == text


def test_decode_mostly_utf8_with_a_stray_cp1252_byte_is_repaired_by_clean_text() -> None:
    raw = "Één café".encode() + b" en \x93nog iets\x94"
    assert clean_text(decode(raw)) == "Één café en “nog iets”"


@pytest.mark.parametrize("raw", [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_decode_rejects_empty(raw: bytes) -> None:
    with pytest.raises(RejectedInput, match=r"^empty file$"):
        decode(raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # NUL bytes
        bytes(range(1, 9)) * 20 + b"some text",  # mostly control characters
    ],
)
def test_decode_rejects_binary(raw: bytes) -> None:
    with pytest.raises(RejectedInput, match=r"^binary content, not text$"):
        decode(raw)


def test_decode_allows_a_few_control_characters() -> None:
    raw = ("Een gewone tekst met één verdwaald stuurteken\x07 erin. " * 3).encode("utf-8")
    assert "\x07" in decode(raw)


def test_decode_rejects_undecodable(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0x81 is unassigned in cp1252; with no charset-normalizer candidate nothing fits.
    monkeypatch.setattr(clean, "from_bytes", lambda *a, **k: CharsetMatches())
    with pytest.raises(RejectedInput, match=r"^undecodable text"):
        decode(b"abc \x81\xfe\xff def")


# ------------------------------------------------------------------------------ clean_text


def test_clean_repairs_mojibake() -> None:
    assert clean_text("CafÃ© De Zon") == "Café De Zon"
    assert clean_text("Hij zei: â€œHallo.â€\x9d") == "Hij zei: “Hallo.”"


def test_clean_keeps_typographic_quotes() -> None:
    text = "„Ja”, zei ze. ‚Nee’, zei hij. «Oui» en ‹non› en “yes” en ‘no’."
    assert clean_text(text) == text


def test_clean_normalises_to_nfc() -> None:
    decomposed = "e\u0301e\u0301n"  # "één" with combining accents
    assert clean_text(decomposed) == "één"
    assert unicodedata.is_normalized("NFC", clean_text(decomposed))


def test_clean_drops_control_characters_but_keeps_newlines() -> None:
    assert clean_text("Eer\x00ste\x07 regel\x1b\nTweede\x7f regel") == "Eerste regel\nTweede regel"


def test_clean_drops_invisible_characters() -> None:
    assert clean_text("\ufeffzie\u00adkenhuis\u200b") == "ziekenhuis"


def test_clean_normalises_line_endings() -> None:
    assert clean_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"


def test_clean_whitespace_keeps_blank_line_paragraphs() -> None:
    raw = "  Eerste\u00a0alinea,\t\tmet   spaties.  \n\n\n\n\t Tweede\u202falinea. \r\n \r\n Derde. \n"
    assert clean_text(raw) == "Eerste alinea, met spaties.\n\nTweede alinea.\n\nDerde."


def test_clean_keeps_single_newlines_inside_a_paragraph() -> None:
    assert clean_text("regel een  \n  regel twee") == "regel een\nregel twee"


IDEMPOTENCE_CASES = [
    "CafÃ© â€œhalloâ€\x9d „test” «x»",
    "a\r\n\r\n\r\nb\u2029c",
    "x\x01y\x7fz \u00a0 q\u202fr\t\ts",
    "e\x01\u0301",
    "Ã\x01©",
    "caf\xe9 \x93quoted\x94 \x85",
    "voilÃ\xa0 Ã  la",
    " \ufeffhoi\u200b \n \n \n",
    "&amp; ﬁets ＡＢ",
]


@pytest.mark.parametrize("text", IDEMPOTENCE_CASES)
def test_clean_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


def test_clean_leaves_the_sample_unchanged() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert clean_text(text) == text.strip()


# ------------------------------------------------------------------------- detect_language


def test_detect_language_dutch_sample() -> None:
    language, score = detect_language(SAMPLE.read_text(encoding="utf-8"))
    assert language == "nl"
    assert score is not None and 0.9 <= score <= 1.0


def test_detect_language_english() -> None:
    language, score = detect_language(
        "The city council approved the new budget on Tuesday evening, despite protests from residents "
        "who said the plan would raise local taxes."
    )
    assert language == "en"
    assert score is not None and 0.5 < score <= 1.0


@pytest.mark.parametrize("text", ["", "Kort.", "12345 67890 !!! 2024-03-05", "a b c d e f g h i j k l m n o p q r s"])
def test_detect_language_too_short(text: str) -> None:
    assert detect_language(text) == (None, None)
