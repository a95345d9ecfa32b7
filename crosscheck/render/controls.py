"""Control characters from articles, made harmless in every output a person may read.

Article text can carry escape sequences, bells, backspaces and the C1 controls (U+0080–U+009F,
which some terminals obey as escapes). Printed raw they would recolour, rewrite or hide what a
terminal shows. Text outputs show them as visible `\\xNN` escapes; JSON writes DEL and the C1
controls as `\\u00NN` escapes, which the standard library leaves raw, so a JSON document read in a
terminal is as inert as a table and still decodes to the very same strings.
"""

from __future__ import annotations

import re

# Every C0 control but tab and line feed, which text may hold and a terminal shows as space; DEL;
# and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What json.dumps(ensure_ascii=False) leaves unescaped of the above: it escapes all of C0 itself.
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f]")
# The same C1 controls in UTF-8. Nearly all text has none, and a pattern over characters tests
# each one; over bytes it jumps from one 0xC2 to the next at memory speed (looking for them in a
# report of 10,000 articles went from a fifth of the time spent writing it to a twentieth).
_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def visible(text: str) -> str:
    """Text with each control character shown as a `\\xNN` escape, so it is printed, not obeyed."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def inert_json(text: str) -> str:
    """JSON text with DEL and the C1 controls, which may only stand inside strings, escaped."""
    if "\x7f" not in text and (
        text.isascii() or _C1_IN_UTF8.search(text.encode("utf-8", "surrogatepass")) is None
    ):
        return text
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
