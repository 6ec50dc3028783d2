"""Text from data or the URL is never markup (issue 13, defect 3): fmt.plain makes a value
inert in Streamlit markdown."""

from __future__ import annotations

import re

import pytest

from dash_beredskap.ui import fmt

HOSTILE = (
    "[Logga in här](https://evil.example/login) ![px](http://evil.example/px.png)",
    "<https://evil.example> https://evil.example www.evil.example spy@evil.example",
    '<img src="http://evil.example/x.png"> <a href="https://evil.example">x</a>',
    ":red[röd] :material/warning: :smile: **fet** _kursiv_ ~~struken~~ `kod` $x$",
    "# Rubrik\n> citat\n1. lista\n- punkt\n| a | b |\n[ref]: https://evil.example",
)


def _unescaped_punctuation(text: str) -> list[str]:
    """The ASCII punctuation characters of `text` that are not backslash-escaped."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if not text[i].isalnum() and text[i].isascii() and text[i] not in " \n":
            found.append(text[i])
        i += 1
    return found


def test_plain_escapes_links_images_and_autolinks() -> None:
    assert fmt.plain("[Logga in](https://evil.example) ![px](http://e.example/p.png)") == (
        r"\[Logga in\]\(https\:\/\/evil\.example\) \!\[px\]\(http\:\/\/e\.example\/p\.png\)"
    )
    assert fmt.plain("www.evil.example spy@evil.example") == (
        r"www\.evil\.example spy\@evil\.example"
    )
    assert fmt.plain('<a href="x">') == r"\<a href\=\"x\"\>"


def test_plain_escapes_directives_emphasis_and_math() -> None:
    assert fmt.plain(":red[röd] :material/warning:") == r"\:red\[röd\] \:material\/warning\:"
    assert fmt.plain("**fet** _k_ ~s~ `c` $x$") == r"\*\*fet\*\* \_k\_ \~s\~ \`c\` \$x\$"
    assert fmt.plain("a\\b") == "a\\\\b"  # a backslash of its own cannot undo an escape


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_leaves_no_markup_and_keeps_the_text(text: str) -> None:
    escaped = fmt.plain(text)
    assert _unescaped_punctuation(escaped) == []
    # what CommonMark shows: each backslash-escaped punctuation character as itself
    assert re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped) == text


def test_plain_keeps_letters_and_makes_missing_empty() -> None:
    assert fmt.plain("Region Jönköpings län 0,9 %") == r"Region Jönköpings län 0\,9 \%"
    assert fmt.plain(None) == ""
    assert fmt.plain(float("nan")) == ""
    assert fmt.plain(12) == "12"
