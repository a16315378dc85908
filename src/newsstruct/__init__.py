"""newsstruct: Thai news text in; typed, offset-anchored records out.

    >>> import newsstruct
    >>> article = newsstruct.parse("ประชุมวันที่ 3 มีนาคม 2563 เวลา 13.30 น. ณ ห้องประชุมใหญ่")
    >>> article.dates[0].value
    '2020-03-03'

Every mention carries ``start``/``end`` into the text you passed, with
``text[start:end] == mention.text``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading

from .io import InputError
from .output_schema import schema
from .pipeline import Pipeline
from .records import (
    SCHEMA_VERSION,
    Article,
    Count,
    Date,
    Duration,
    Event,
    Metadata,
    Organization,
    Person,
    Place,
    SlotFill,
    Time,
    Trigger,
    Venue,
    from_dict,
    to_dict,
)
from .serialize import dumps, loads

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Count",
    "Date",
    "Duration",
    "Event",
    "InputError",
    "Metadata",
    "Organization",
    "Person",
    "Pipeline",
    "Place",
    "SlotFill",
    "Time",
    "Trigger",
    "Venue",
    "dumps",
    "from_dict",
    "loads",
    "parse",
    "parse_file",
    "schema",
    "to_dict",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_default_pipeline: Pipeline | None = None
_default_lock = threading.Lock()


def _pipeline() -> Pipeline:
    global _default_pipeline
    if _default_pipeline is None:
        with _default_lock:
            if _default_pipeline is None:
                _default_pipeline = Pipeline()
    return _default_pipeline


def parse(text: str, *, published: dt.date | str | None = None, id: str | None = None) -> Article:
    """Parse one Thai news article.

    ``published`` (date or ISO string) anchors years left out and relative dates; without
    it, the article's dateline is used when it has one.

    >>> parse("พรุ่งนี้ 9:00 น.", published="2020-02-25").id is None
    True
    """
    return _pipeline().parse(text, published=published, id=id)


def parse_file(path: str | os.PathLike[str], *, published: dt.date | str | None = None) -> Article:
    """Parse an article file (UTF-8, UTF-16 or TIS-620/cp874); its ``id`` is the file stem.

    Files of any size work: a very large one is decoded and parsed piece by piece (see
    :mod:`newsstruct.chunked`).  Raises :class:`InputError` naming the file when it is
    missing, empty, binary or does not decode.
    """
    from . import chunked

    return chunked.parse_file(_pipeline(), path, published=published)
