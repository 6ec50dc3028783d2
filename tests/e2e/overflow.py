"""The cut-text detector shared by the browser tests: what a reader sees cut on a page."""

from __future__ import annotations

# Text a reader sees cut: an element whose text is wider than its box while its overflow is not
# visible (an ellipsis, a clipped word, a label that scrolls, a picker's chosen value). Charts,
# maps, data grids and code blocks are aside (they scroll or draw by design); plotly's SVG text
# is measured by CUT_TICKS_JS. The page is scrolled through first, so lazy parts are drawn.
OVERFLOWING_JS = """
async () => {
  const step = Math.max(200, window.innerHeight - 100);
  const scrollers = [document.scrollingElement,
                     document.querySelector('[data-testid="stMain"]')].filter(Boolean);
  for (const s of scrollers) {
    for (let y = 0; y < s.scrollHeight; y += step) {
      s.scrollTop = y;
      await new Promise(r => requestAnimationFrame(() => r()));
    }
    s.scrollTop = 0;
  }
  const skip = '[data-testid="stPlotlyChart"], [data-testid="stDataFrame"],'
             + ' [data-testid="stDeckGlJsonChart"], [data-testid="stCode"], pre';
  return [...document.querySelectorAll('[data-testid="stMain"] *, [data-testid="stSidebar"] *')]
    .filter(e => e.offsetParent !== null && e.clientWidth > 0
                 && (e.innerText || e.value || '').trim()
                 && e.scrollWidth > e.clientWidth + 1
                 && ['hidden', 'clip', 'auto', 'scroll'].includes(getComputedStyle(e).overflowX)
                 && !e.closest(skip) && !e.querySelector(skip))
    .map(e => (e.closest('[data-testid]')?.dataset.testid || e.tagName) + ': '
              + (e.innerText || e.value).trim().replace(/\\s+/g, ' ').slice(0, 60));
}
"""

# Plotly tick labels a reader cannot read: turned further than 45 degrees (a year read
# sideways), or reaching outside the chart's drawing (cut, as "201 201 202").
CUT_TICKS_JS = """
() => {
  const out = [];
  document.querySelectorAll('[data-testid="stPlotlyChart"]').forEach((chart, n) => {
    const svg = chart.querySelector('.main-svg');
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    for (const t of chart.querySelectorAll('.xtick text, .ytick text')) {
      const text = t.textContent.trim();
      if (!text) continue;
      const turn = /rotate\\((-?[\\d.]+)/.exec(t.getAttribute('transform') || '');
      if (turn && Math.abs(parseFloat(turn[1])) > 45.5) {
        out.push(`chart ${n + 1}: tick "${text}" turned ${Math.round(parseFloat(turn[1]))} deg`);
      }
      const r = t.getBoundingClientRect();
      if (r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1
                          || r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
        out.push(`chart ${n + 1}: tick "${text}" reaches outside the chart`);
      }
    }
  });
  return out;
}
"""


def cut_texts(page) -> list[str]:
    """Every cut text on the page now on screen: DOM elements, then plotly tick labels."""
    return page.evaluate(OVERFLOWING_JS) + page.evaluate(CUT_TICKS_JS)
