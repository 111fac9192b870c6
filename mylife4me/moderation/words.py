"""Watched words: a moderator-edited list, with * as a wildcard, checked against everything people write."""

import re
from dataclasses import dataclass
from functools import lru_cache

from mylife4me.moderation.models import WatchedWord

# A person in crisis is never simply blocked: help comes first, so crisis outranks block and hold.
PRIORITY = {WatchedWord.Action.CRISIS: 0, WatchedWord.Action.BLOCK: 1, WatchedWord.Action.HOLD: 2}
DEFAULT_BLOCK_MESSAGE = "Your post has words we do not allow here. Please change them and try again."


@dataclass(frozen=True)
class Screening:
    action: str  # "", "block", "hold" or "crisis"
    word: str = ""
    message: str = ""

    @property
    def blocked(self) -> bool:
        return self.action == WatchedWord.Action.BLOCK

    @property
    def crisis(self) -> bool:
        return self.action == WatchedWord.Action.CRISIS

    @property
    def hold(self) -> bool:
        return self.action in {WatchedWord.Action.HOLD, WatchedWord.Action.CRISIS}


@lru_cache(maxsize=2048)
def compile_pattern(pattern: str) -> re.Pattern:
    """`kill*` matches kill, killing; `over dose` matches any spacing; whole words only."""
    parts = [re.escape(piece).replace(r"\*", r"\w*") for piece in pattern.strip().split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def matches(pattern: str, text: str) -> bool:
    return bool(pattern.strip()) and compile_pattern(pattern).search(text or "") is not None


def screen(text: str, words: list[WatchedWord] | None = None) -> Screening:
    """The strongest action among the watched words found in the text."""
    if words is None:
        words = list(WatchedWord.objects.all())
    found = sorted((w for w in words if matches(w.pattern, text)), key=lambda w: PRIORITY[w.action])
    if not found:
        return Screening("")
    word = found[0]
    message = word.message or (DEFAULT_BLOCK_MESSAGE if word.action == WatchedWord.Action.BLOCK else "")
    return Screening(word.action, word.pattern, message)
