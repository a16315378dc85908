"""Split an article into its metadata header, body and reporter byline; lines and sentences.

Scraped Thai news pages often open with a header::

    หมวดหมู่ : ข่าวท้องถิ่น...
    หัวข้อ : <headline>
    โดย : ฝ่ายข่าว
    อ่าน : 39
    พุธ ที่ 26 เดือน กุมภาพันธ์ พ.ศ.2563
    พิมพ์

then repeat the headline, give the body, and may end with a byline such as
``พรสวรรค์  อุทัยวงศ์  :  ข่าว``.  Most articles have no header at all (headline + body, or
body only); then the header is empty and everything is body.

All offsets here are into the *normalised* text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs
import regex

from .lexicon import load, load_words
from .normalize import Normalized

__all__ = ["Segmentation", "segment", "sentence_spans"]

# A headline is a short first line; longer first lines are body paragraphs.
_MAX_HEADLINE_CHARS = 250
# A byline names one person (maybe with a title): a few words, no digits.
_MAX_BYLINE_NAME_CHARS = 60
# A dateline is a date alone on its line, maybe after its weekday ("วันพุธที่").
_MAX_DATELINE_CHARS = 80
_DATELINE_LEAD = regex.compile(r"[\p{Thai} .,]{0,24}+")


@attrs.define(slots=True)
class Segmentation:
    """Where the header, body and byline of an article lie, and what the header says."""

    lines: list[tuple[int, int]]
    body_start: int
    body_end: int
    category: str | None = None
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    author: str | None = None
    read_count: int | None = None
    dateline_span: tuple[int, int] | None = None
    dateline_fields: dict | None = None
    published: dt.date | None = None
    published_source: str | None = None  # "dateline" (header) or "body_dateline"
    body_dateline_span: tuple[int, int] | None = None  # the date opening the first paragraph
    reporter: str | None = None
    reporter_span: tuple[int, int] | None = None


@functools.cache
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, dict[str, str], frozenset[str]]:
    fields = {row["label"]: row["field"] for row in load("header_fields")}
    labels = "|".join(sorted(map(regex.escape, fields), key=len, reverse=True))
    field_line = regex.compile(rf"(?P<label>{labels})\s*+[:：]\s*+(?P<value>.*?)\s*+")
    cues = "|".join(sorted(map(regex.escape, load_words("byline_cues")), key=len, reverse=True))
    name = r"(?P<name>[\p{Thai}][\p{Thai}.]*+(?: [\p{Thai}.]++){0,3})"
    # "ชื่อ นามสกุล : ข่าว"   /   "ข่าว/ภาพ : ชื่อ นามสกุล"  (optionally in brackets)
    byline_after = regex.compile(rf"[(\[]?\s*+{name}\s*+[:：/-]\s*+(?:{cues})\s*+[)\]]?")
    byline_before = regex.compile(rf"[(\[]?\s*+(?:{cues})\s*+[:：/-]?\s*+{name}\s*+[)\]]?")
    residue = frozenset(load_words("ui_residue"))
    return field_line, byline_after, byline_before, fields, residue


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    while True:
        newline = text.find("\n", start)
        if newline < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, newline))
        start = newline + 1


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _read_count(value: str) -> int | None:
    digits = regex.match(r"\d[\d,]*+", value)
    return int(digits.group().replace(",", "")) if digits else None


_CONTENT = re.compile(r"\S")


def _dateline(text: str, start: int, end: int) -> dict | None:
    """The date fields when the line is nothing but one date (with weekday and era)."""
    if end - start > _MAX_DATELINE_CHARS:
        return None
    if not _CONTENT.search(text, 0, start) and not _CONTENT.search(text, end):
        return None  # the text's only line: a lone date is the article, not its dateline (see segment)
    from .extract.dates import scan_dates

    found = scan_dates(text, start, end)
    # The date span may leave out a leading "วันพุธที่" (weekday words are not part of a DATE
    # span by ThaiNER's convention), so only the tail must be the date itself.
    # (A range is not the date of an article.)
    if len(found) == 1 and found[0].end == end and found[0].fields.get("value") and not found[0].fields.get("endpoints"):
        if _DATELINE_LEAD.fullmatch(text, start, found[0].start):
            return found[0].fields
    return None


def segment(text: str) -> Segmentation:
    """Find header fields, dateline, headline, body and byline of a normalised article.

    >>> seg = segment("หัวข้อ : ฝนตกหนัก\\nโดย : ฝ่ายข่าว\\n\\nฝนตกหนัก\\nเนื้อข่าว")
    >>> seg.headline, seg.author
    ('ฝนตกหนัก', 'ฝ่ายข่าว')
    """
    field_line, byline_after, byline_before, fields, residue = _patterns()
    lines = _line_spans(text)
    seg = Segmentation(lines=lines, body_start=0, body_end=len(text))

    # Header: consecutive lines from the top that are fields, a dateline, residue or blank.
    # A text of one line has none (a header needs an article below it).
    header_end_line = 0
    saw_header = False
    for index, (line_start, line_end) in enumerate(lines if len(lines) > 1 else ()):
        start, end = _stripped(text, line_start, line_end)
        line = text[start:end]
        if not line:
            header_end_line = index + 1
            continue
        match = field_line.fullmatch(line)
        if match:
            field, value = fields[match.group("label")], match.group("value")
            if field == "read_count":
                seg.read_count = _read_count(value)
            elif field == "date":
                date_fields = _dateline(text, start + match.start("value"), start + match.end("value"))
                if date_fields:
                    seg.dateline_span = (start + match.start("value"), start + match.end("value"))
                    seg.dateline_fields = date_fields
            elif value:
                setattr(seg, field, value)
            saw_header = True
            header_end_line = index + 1
            continue
        if line in residue:
            header_end_line = index + 1
            continue
        if seg.dateline_span is None:
            date_fields = _dateline(text, start, end)
            if date_fields:
                seg.dateline_span, seg.dateline_fields = (start, end), date_fields
                saw_header = True
                header_end_line = index + 1
                continue
        break
    if saw_header and not any(text[s:e].strip() for s, e in lines[header_end_line:]):
        saw_header = False  # a lone date line is the article, not its dateline
    if not saw_header:
        header_end_line = 0
        seg.dateline_span = seg.dateline_fields = None
    if header_end_line:
        seg.body_start = lines[header_end_line - 1][1] + (1 if header_end_line < len(lines) else 0)
        seg.body_start = min(seg.body_start, len(text))
    if seg.dateline_fields:
        value = seg.dateline_fields["value"]
        if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            seg.published, seg.published_source = dt.date.fromisoformat(value), "dateline"

    body_lines = [
        _stripped(text, max(s, seg.body_start), e) for s, e in lines if e > seg.body_start and s < len(text)
    ]
    body_lines = [(s, e) for s, e in body_lines if s < e]

    # Byline: the last non-empty line, when it is "name : ข่าว" or "ข่าว : name".
    if len(body_lines) > 1:
        start, end = body_lines[-1]
        if end - start <= _MAX_BYLINE_NAME_CHARS + 20:
            line = text[start:end]
            match = byline_after.fullmatch(line) or byline_before.fullmatch(line)
            if match and len(match.group("name")) <= _MAX_BYLINE_NAME_CHARS:
                name_start, name_end = start + match.start("name"), start + match.end("name")
                seg.reporter_span = (name_start, name_end)
                seg.reporter = regex.sub(r" ++", " ", text[name_start:name_end])
                seg.body_end = start
                body_lines.pop()

    # Headline: the header's headline repeated as the first body line, or a short first
    # line standing above more text.
    if body_lines:
        start, end = body_lines[0]
        first = text[start:end]
        if seg.headline is not None:
            if first == seg.headline:
                seg.headline_span = (start, end)
        elif len(body_lines) > 1 and end - start <= _MAX_HEADLINE_CHARS and _body_dateline(text, start, end) is None:
            # (a short first line that opens with "place date –" is a paragraph, not a headline)
            seg.headline = first
            seg.headline_span = (start, end)

    # A dateline opening the first paragraph ("ทำเนียบรัฐบาล 18 ก.พ.63 – ...") dates the article
    # when its header does not.
    if seg.published is None and body_lines:
        start, end = body_lines[1] if seg.headline_span == body_lines[0] and len(body_lines) > 1 else body_lines[0]
        _read_body_dateline(seg, text, start, end)
    return seg


# What may stand before a body dateline: a place (ทำเนียบรัฐบาล, กรุงเทพฯ, จ.เชียงใหม่), glued or
# not; a date after วันที่, เมื่อ, ตั้งแต่ ... is part of a sentence instead.
_BODY_DATELINE_LEAD = regex.compile(r"(?:[\p{Thai}.ฯ]++ ?+){0,4}+")
_BODY_DATELINE_NOT_AFTER = regex.compile(r"(?:วันที่|วัน|เมื่อ|ตั้งแต่|ระหว่าง|ถึง|ว่า|ใน|ภายใน|ปี) ?+\Z")
_BODY_DATELINE_DASH = regex.compile(r" ?+[-–—] ?+(?!\d)\S")
_MAX_BODY_DATELINE_LEAD = 40
_BODY_DATELINE_HINT = re.compile(r"\D{0,40}+\d[^-–—]{0,30}+[-–—]")  # (possessive: a digit or dash ends each run anyway)


def _body_dateline(text: str, start: int, end: int):  # noqa: ANN202 - a Found
    """The date of ``place date –`` opening the paragraph ``text[start:end]``, or None."""
    window_end = min(end, start + _MAX_BODY_DATELINE_LEAD + 40)
    if not _BODY_DATELINE_HINT.match(text, start, window_end):
        return None  # (most paragraphs: no number, then a dash, near their start)
    from .extract.dates import scan_dates

    found = scan_dates(text, start, window_end)
    if not found:
        return None
    date = found[0]
    if (
        date.rule != "day_month_year"
        or date.fields.get("value") is None
        or date.start - start > _MAX_BODY_DATELINE_LEAD
        or not _BODY_DATELINE_LEAD.fullmatch(text, start, date.start)
        or _BODY_DATELINE_NOT_AFTER.search(text, start, date.start)
        or not _BODY_DATELINE_DASH.match(text, date.end, end)
    ):
        return None
    return date


def _read_body_dateline(seg: Segmentation, text: str, start: int, end: int) -> None:
    """Publication date from a body dateline.  Without a written year (``3 ก.ค. –``) the year is
    that of the article's first full date, as for any date without a year; with no such date the
    article stays undated."""
    date = _body_dateline(text, start, end)
    if date is None:
        return
    from .extract.dates import scan_dates

    value = date.fields["value"]
    if value.startswith("--"):
        # The dateline is the first date of the body: resolved with the dates after it.
        value = scan_dates(text, date.start, seg.body_end)[0].fields.get("value") or value
    seg.body_dateline_span = (date.start, date.end)
    if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        seg.published, seg.published_source = dt.date.fromisoformat(value), "body_dateline"


def sentence_spans(norm: Normalized, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``norm.text[start:end]``: lines, cut again where the writer left a wide gap.

    Thai marks sentence ends with a space rather than a full stop; news writers use a double
    space (or a no-break space run) for the stronger breaks, which normalisation collapses, so
    the width is read back from the original text.
    """
    text = norm.text
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _line_spans(text[start:end]):
        line_start += start
        line_end += start
        piece_start = line_start
        position = text.find(" ", line_start, line_end)
        while position >= 0:
            orig_start, orig_end = norm.to_original(position, position + 1)
            if orig_end - orig_start >= 2:
                spans.append(_stripped(text, piece_start, position))
                piece_start = position + 1
            position = text.find(" ", position + 1, line_end)
        spans.append(_stripped(text, piece_start, line_end))
    return [(s, e) for s, e in spans if s < e]
