"""Word tokenisation through pythainlp, with the fastest engine that is installed.

``nlpo3`` (pythainlp's Rust tokenizer, the ``newsstruct[fast]`` extra) uses the same
maximal-matching dictionary as the default ``newmm`` engine and runs several times faster, so it
is preferred when importable; ``newmm`` is the fallback.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable

__all__ = ["default_engine", "make_tokenizer"]


@functools.cache
def default_engine() -> str:
    """``"nlpo3"`` when the nlpo3 package is installed, else ``"newmm"``."""
    return "nlpo3" if importlib.util.find_spec("nlpo3") is not None else "newmm"


def make_tokenizer(engine: str | None = None) -> Callable[[str], list[str]]:
    """A function from a line of text to its word tokens, whitespace kept as tokens.

    >>> make_tokenizer("newmm")("ณ ห้องประชุม")
    ['ณ', ' ', 'ห้องประชุม']
    """
    engine = engine or default_engine()
    direct = _direct_tokenizer(engine)
    if direct is not None:
        return direct
    from pythainlp.tokenize import word_tokenize

    def tokenize(text: str) -> list[str]:
        return word_tokenize(text, engine=engine, keep_whitespace=True)

    return tokenize


def _direct_tokenizer(engine: str) -> Callable[[str], list[str]] | None:
    """What ``word_tokenize(text, engine=engine)`` does, without its per-call set-up.

    ``word_tokenize`` builds an empty custom dictionary and looks the engine up on every call;
    extractors tokenise many short windows, where that set-up costs about as much as the
    segmentation itself.  This calls the same engine function and the same number-rejoining
    step directly.  It leans on pythainlp internals, so any surprise falls back to
    ``word_tokenize`` (tests check that both give the same tokens).
    """
    try:
        from pythainlp.tokenize import core
        from pythainlp.util import Trie

        segment = core.get_engine(core.WORD_ENGINES, engine)
        rejoin = core.rejoin_formatted_num
        empty_dictionary = Trie([])
        if segment("ณ ห้องประชุม 9:00 น.", empty_dictionary) is None:
            return None
    except Exception:  # noqa: BLE001 - any change in pythainlp's internals: use the public API
        return None

    nlpo3_segment = _nlpo3_segment() if engine == "nlpo3" else None
    if nlpo3_segment is not None:
        # Extractors tokenise thousands of short windows: the three Python layers between
        # pythainlp's engine function and the Rust segmenter cost a fifth of the call.

        has_digit = re.compile(r"\d").search

        def tokenize(text: str) -> list[str]:
            if not text:
                return []
            # Rejoining only joins numbers written with separators (1,234.5, 09:30): without a
            # digit in the text (nor in its tokens, pieces of it), it would only copy the list.
            return rejoin(nlpo3_segment(text)) if has_digit(text) else nlpo3_segment(text)

        return tokenize

    def tokenize(text: str) -> list[str]:
        return rejoin(segment(text, empty_dictionary)) if text else []

    return tokenize


def _nlpo3_segment() -> Callable[[str], list[str]] | None:
    """nlpo3's Rust segmenter with the dictionary and flags pythainlp's ``nlpo3`` engine passes it
    (after the engine has loaded that dictionary), or None when pythainlp's internals differ."""
    try:
        from nlpo3 import _nlpo3_python_backend as backend
        from pythainlp.tokenize import nlpo3 as engine

        engine._ensure_default_dict_loaded()
        dictionary = engine._NLPO3_DEFAULT_DICT_NAME
        rust_segment = backend.segment
        sample = "ณ ห้องประชุม 9:00 น. วันที่ 26 ก.พ. 2563"
        if rust_segment(sample, dictionary, False, False) != engine.segment(sample):
            return None
    except Exception:  # noqa: BLE001 - any change in pythainlp's or nlpo3's internals
        return None

    def segment(text: str) -> list[str]:
        # (as pythainlp's engine: the default dictionary, not safe mode, not parallel)
        return rust_segment(text, dictionary, False, False)

    return segment
