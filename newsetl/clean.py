"""Bytes to clean text: decoding, Unicode repair and whitespace normalisation, language guess.

Every character offset in the warehouse points into the text ``clean_text`` returns, so it must be
deterministic and idempotent: cleaning already-clean text changes nothing.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

import ftfy
from charset_normalizer import from_bytes

from newsetl.errors import RejectedInput

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# BOM-less UTF-16/32 is never what a news file is, but charset-normalizer happily "finds" it in
# short Latin-1 input ("Café" comes back as two CJK characters); BOM'd files are handled above.
_NO_WIDE_GUESSES = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
# cp1252 wins when charset-normalizer rates it (about) as plausible as its favourite: for short
# Western text the favourite is often a sibling code page (cp1250 turns "è" into "č").
_CP1252_TOLERANCE = 0.02
# A well-formed multi-byte UTF-8 sequence; in genuine cp1252 text that would be mojibake already.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Text files may contain tabs, newlines, CR and form feeds; other C0 controls in bulk mean binary.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
_BINARY_SNIFF_BYTES = 64 * 1024
_BINARY_CONTROL_RATIO = 0.05


def check_not_binary(raw: bytes) -> None:
    """Raise RejectedInput when ``raw`` is empty or looks like binary data rather than text.

    Call this on data without a UTF-16/32 BOM (their NUL bytes are legitimate).
    """
    if not raw:
        raise RejectedInput("empty file")
    if b"\x00" in raw:
        raise RejectedInput("binary content, not text")
    head = raw[:_BINARY_SNIFF_BYTES]
    n_controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    if n_controls / len(head) > _BINARY_CONTROL_RATIO:
        raise RejectedInput("binary content, not text")


def decode(raw: bytes) -> str:
    """Decode file bytes to str: BOM'd UTF-8/16/32, plain UTF-8, else the best single-byte code page.

    Raises RejectedInput for empty, binary or undecodable input.
    """
    if not raw:
        raise RejectedInput("empty file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)  # these codecs consume the BOM
            except UnicodeDecodeError as exc:
                reason = f"undecodable text: invalid {encoding} after its byte order mark ({exc.reason})"
                raise RejectedInput(reason) from None
            if not text:
                raise RejectedInput("empty file")
            if "\x00" in text:
                raise RejectedInput("binary content, not text")
            return text
    check_not_binary(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(raw)


def _decode_legacy(raw: bytes) -> str:
    """Non-UTF-8 bytes: let charset-normalizer rank code pages, preferring cp1252 on a near tie."""
    try:
        cp1252_text: str | None = raw.decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D are unassigned in cp1252
        cp1252_text = None
    if cp1252_text is not None and _UTF8_SEQUENCE.search(raw):
        # Mostly UTF-8 with stray single-byte characters (concatenated or hand-edited files):
        # cp1252 keeps every byte, and clean_text's ftfy pass turns the UTF-8 parts back into
        # what they were ("Ã©" → "é"). A code-page guess would garble them instead.
        return cp1252_text
    matches = from_bytes(raw, cp_exclusion=_NO_WIDE_GUESSES)
    best = matches.best()
    if best is None:
        if cp1252_text is not None:
            return cp1252_text
        raise RejectedInput("undecodable text: not UTF-8 and no known encoding fits")
    if cp1252_text is not None and any(
        "cp1252" in m.could_be_from_charset and m.chaos <= best.chaos + _CP1252_TOLERANCE for m in matches
    ):
        return cp1252_text
    return str(best)


# ftfy repairs mojibake and odd code points; quotes stay curly because quote marks are data here
# (quote extraction depends on “ ” ‘ ’ „ and friends).
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC", explain=False)
# Line and paragraph separators become newlines before anything looks at line structure. NEL
# (\x85) waits until after ftfy: in Latin-1-decoded cp1252 text it is really "…".
_LINE_BREAKS_BEFORE_FTFY = re.compile(r"\r\n|[\r\x0b\x0c\u2028\u2029]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Invisible format characters that only get in the way of tokenising and matching; ZWJ/ZWNJ are
# kept because they are meaningful inside emoji and some scripts.
_INVISIBLE = "\u00ad\u200b\u2060\ufeff\u200e\u200f"
# C0 controls (except newline) and DEL go before ftfy; C1 controls only after it, because ftfy
# reads them as cp1252 bytes that were decoded as Latin-1 ("\x93" is really "“").
_C0_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_CONTROLS_AND_INVISIBLES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _INVISIBLE + "]")
# Every Unicode space separator (NBSP, narrow NBSP, thin space, ideographic space...) plus tab.
_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUNS = re.compile(r" {2,}")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Repair and normalise text; blank lines (``\\n\\n``) are the only paragraph separator kept."""
    text = _LINE_BREAKS_BEFORE_FTFY.sub("\n", text).replace("\t", " ")
    text = _C0_CONTROLS.sub("", text)
    # NBSP is left alone until after ftfy: it is part of mojibake such as "Ã\xa0" (for "à").
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = _LINE_BREAKS.sub("\n", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _CONTROLS_AND_INVISIBLES.sub("", text)
    # Dropping a character can leave a combining mark next to a new base letter.
    text = unicodedata.normalize("NFC", text)
    text = _SPACE_RUNS.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


MIN_LETTERS_FOR_LANGUAGE = 20


@lru_cache(maxsize=1)
def _language_identifier():
    # Loading the model takes ~0.2 s; normalised probabilities make the score a confidence in [0, 1].
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float | None]:
    """ISO 639-1 code and confidence in [0, 1]; (None, None) when the text has too few letters."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS_FOR_LANGUAGE:
        return None, None
    language, probability = _language_identifier().classify(text)
    return str(language), min(1.0, max(0.0, float(probability)))
