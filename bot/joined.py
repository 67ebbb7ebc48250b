"""Two items joined by "y" / "and" on one line are two request lines.

"10 rodamientos 6204 y 5 6205", "20 bolts m8 and 20 nuts m8": a buyer writing two
items on one line joins them with a word, not a newline. The line is cut where "y",
"e", "and" or "&" is followed by a count and a space ("5 6205", "20 nuts"). Nothing
else is cut: "1 y 1/2" is a size (a fraction follows), "cable 2 y 3 mm" is a size (a
unit follows), "tuerca y golilla" names one kit, "6204 y 6205" asks without counts
(a question the matcher settles); the line must start with a count, as buyers' lists
do. A second part whose item starts with a code ("5 6205-2RS") borrows the first
part's noun ("5 rodamientos 6205-2RS"): the buyer meant the same kind of thing.
"""

from __future__ import annotations

import re

# " y 5 6205", " and 20 nuts": the joining word, then a count followed by a space.
JOIN = re.compile(
    r"\s+(?:y|e|and|&)\s+(?=\d{1,7}(?:[.,]\d{1,3})*\s+\S)"
    r"(?!\d{1,7}(?:[.,]\d{1,3})*\s+(?:mm|cm|mts?|m|in|inch|pulg\w*|kg|v|a|w|hp|amp)\b)",
    re.IGNORECASE,
)
COUNT = re.compile(r"^\s*\d{1,7}(?:[.,]\d{1,3})*\s+")
# The first word of letters after the count: the kind of thing ("rodamientos").
NOUN = re.compile(r"^\s*\d{1,7}(?:[.,]\d{1,3})*\s+(?:x\s+)?([^\W\d_]{3,})\b")
FIRST_TOKEN_CODE = re.compile(r"^\S*\d")


def split_joined(line: str) -> list[str]:
    """`line` as one or more request lines (see the module's docstring)."""
    parts = JOIN.split(line)
    if len(parts) < 2 or not COUNT.match(parts[0]):
        return [line]
    noun = NOUN.match(parts[0])
    result = [parts[0].strip()]
    for part in parts[1:]:
        rest = COUNT.sub("", part)
        if noun and FIRST_TOKEN_CODE.match(rest):
            count = part[: len(part) - len(rest)].strip()
            part = f"{count} {noun.group(1)} {rest.strip()}"
        result.append(part.strip())
    return result
