"""Text from data or the URL is never markup (issue 13, defects 3 and 13).

fmt.plain makes a value inert in Streamlit markdown; maps.tip_text keeps a value from being
read as a field of the deck.gl tooltip template.
"""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pytest

from dash_beredskap.ui import fmt, maps

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


WJ = fmt.WORD_JOINER


def test_plain_escapes_links_images_and_autolinks() -> None:
    assert fmt.plain("[Logga in](https://evil.example) ![px](http://e.example/p.png)") == (
        r"\[Logga in\]\(https\:" + WJ + r"\/\/evil\.example\) "
        r"\!\[px\]\(http\:" + WJ + r"\/\/e\.example\/p\.png\)"
    )
    # remark-gfm finds these in the text after escapes are resolved: an invisible word joiner
    # breaks "www." and "name@" (and "://" above)
    assert fmt.plain("www.evil.example spy@evil.example") == (
        "www" + WJ + r"\.evil\.example spy" + WJ + r"\@evil\.example"
    )
    assert fmt.plain('<a href="x">') == r"\<a href\=\"x\"\>"


def test_plain_escapes_directives_emphasis_and_math() -> None:
    assert fmt.plain(":red[röd] :material/warning:") == (
        r"\:" + WJ + r"red\[röd\] \:" + WJ + r"material\/warning\:" + WJ
    )
    assert fmt.plain("**fet** _k_ ~s~ `c` $x$") == r"\*\*fet\*\* \_k\_ \~s\~ \`c\` \$x\$"
    assert fmt.plain("a\\b") == "a\\\\b"  # a backslash of its own cannot undo an escape


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_leaves_no_markup_and_keeps_the_text(text: str) -> None:
    escaped = fmt.plain(text)
    assert _unescaped_punctuation(escaped) == []
    assert not re.search(r"https?:/|www\.|\w@", escaped.replace("\\", ""), re.IGNORECASE)
    # what CommonMark shows: each backslash-escaped punctuation character as itself, and the
    # word joiners, which are invisible
    shown = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped).replace(WJ, "")
    assert shown == text


def test_plain_keeps_letters_and_makes_missing_empty() -> None:
    assert fmt.plain("Region Jönköpings län 0,9 %") == r"Region Jönköpings län 0\,9 \%"
    assert fmt.plain(None) == ""
    assert fmt.plain(float("nan")) == ""
    assert fmt.plain(12) == "12"


# ------------------------------------------------------------------ map tooltips


def streamlit_tooltip(template: str, row: dict) -> str:
    """What Streamlit 1.67's deck.gl tooltip shows (DeckGlJsonChart, html tooltip): for each
    `{field}` of the template, in order, the first `{field}` still in the text is replaced by
    the row's value, HTML-escaped."""
    for field in re.findall(r"{(.*?)}", template):
        if field in row:
            template = template.replace("{" + field + "}", html.escape(str(row[field])), 1)
    return template


def _deck_rows(frame: pd.DataFrame, **kwargs) -> tuple[str, list[dict]]:
    built = maps.site_deck(frame, lang="en", **kwargs)
    layers = json.loads(built.to_json())["layers"]
    return built._tooltip["html"], [row for layer in layers[1:] for row in layer["data"]]


def test_a_company_name_cannot_take_over_a_line_of_the_site_tooltip() -> None:
    points = pd.DataFrame(
        {
            "company_name": ["{t_place} <b>&</b>", "{t_substances}}"],
            "is_vital": [False, False],
            "site_type": ["api", "api"],
            "country_name": ["India", "{t_type}"],
            "city": ["Pune", "Oslo"],
            "lat": [18.5, 59.9],
            "lon": [73.8, 10.7],
            "capacity_index": [4.0, 1.0],
            "n_substances": [2, 1],
            "n_selected_substances": [2, 1],
            "substance_names": ["Propofol", "{t_capacity}"],
        }
    )
    template, (first, second) = _deck_rows(points, size_by="capacity")
    joined = "{" + fmt.WORD_JOINER
    assert first["t_company"] == joined + "t_place} <b>&</b>"  # shows as typed, no field
    lines = streamlit_tooltip(template, first).split("<br>")
    assert lines == [
        "<b>" + joined + "t_place} &lt;b&gt;&amp;&lt;/b&gt;</b>",
        "Pune, India",
        "Active substance (API)",
        "Capacity index: 4.0",
        "Substances (2): Propofol",
    ]
    lines = streamlit_tooltip(template, second).split("<br>")
    assert lines[0] == "<b>" + joined + "t_substances}}</b>"
    assert lines[1] == "Oslo, " + joined + "t_type}"
    assert lines[2:4] == ["Active substance (API)", "Capacity index: 1.0"]
    assert lines[4] == "Substances (1): " + joined + "t_capacity}"


def test_a_city_name_cannot_take_over_a_line_of_the_cell_tooltip() -> None:
    cells = pd.DataFrame(
        {
            "lat": [50.0],
            "lon": [10.0],
            "n_sites": [3],
            "main_site_type": ["fpp"],
            "top_city": ["{t_counts}"],
            "top_country": ["Germany"],
            "n_cities": [2],
            "n_companies": [2],
            "n_api_sites": [1],
            "n_fpp_sites": [2],
            "n_packaging_sites": [0],
        }
    )
    template, (cell,) = _deck_rows(cells, aggregated=True)
    lines = streamlit_tooltip(template, cell).split("<br>")
    assert "{" + fmt.WORD_JOINER + "t_counts}" in lines[1]
    assert lines[2] == cell["t_counts"] and "{" not in lines[2]
