"""The one stylesheet of both pages: system fonts, the terminal's colours for the same
states, dark mode, and print on A4 or Letter (margins that fit both)."""

#: The terminal's colour words (render/status.py, render/activities.py) as CSS classes
#: `tone-<word>`: green is good, yellow needs attention, red is late or lapsed.
STYLESHEET = """\
:root { --fg: #1b1f24; --bg: #ffffff; --muted: #5b636e; --line: #c9ced6; --card: #f6f7f9;
  --green: #1a7f37; --yellow: #9a6700; --red: #c0212f; --cyan: #0a6f8a; --magenta: #8a3ea8;
  --dim: #5b636e; --chart: #1f4f8a; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8eb; --bg: #15181c; --muted: #a2a9b3; --line: #3b424c; --card: #1e2228;
    --green: #4ac26b; --yellow: #d4a72c; --red: #ff6b6b; --cyan: #4cc3e0; --magenta: #d68ef0;
    --dim: #a2a9b3; --chart: #7fb2ff; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
.meta, .muted, figcaption { color: var(--muted); }
a { color: var(--chart); overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; } .day { white-space: nowrap; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .hash { font-family: ui-monospace, "SFMono-Regular", Consolas, "Liberation Mono", monospace; font-size: .85em; }
.hash { font-size: .72em; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; }
.card { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--dim);
  border-radius: 6px; padding: 1rem; break-inside: avoid; }
.card.tone-green { border-left-color: var(--green); } .card.tone-yellow { border-left-color: var(--yellow); }
.card.tone-red { border-left-color: var(--red); }
.state { font-weight: 600; white-space: nowrap; }
.tone-green .state, .state.tone-green { color: var(--green); }
.tone-yellow .state, .state.tone-yellow { color: var(--yellow); }
.tone-red .state, .state.tone-red { color: var(--red); }
.state.tone-cyan { color: var(--cyan); } .state.tone-magenta { color: var(--magenta); }
.state.tone-dim { color: var(--dim); font-weight: 400; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .5rem; }
dt { color: var(--muted); } dd { margin: 0; }
.bar { display: inline-block; width: 8rem; height: .7rem; border: 1px solid var(--fg); vertical-align: middle;
  margin: 0 .5rem; background: repeating-linear-gradient(90deg, transparent 0 9.5%, var(--line) 9.5% 10%); }
.bar > span { display: block; height: 100%; background: var(--fg); }
.warnings { margin: .25rem 0; padding-left: 1.2rem; color: var(--yellow); }
.next { margin: .5rem 0 0; } .next strong { margin-right: .25rem; }
figure { margin: 0; } svg.chart { width: 100%; height: auto; display: block; color: var(--fg); }
svg.chart text { fill: currentColor; font-size: 11px; font-family: inherit; }
svg.chart text.label { paint-order: stroke; stroke: var(--bg); stroke-width: 3px; }
.legend svg { vertical-align: middle; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem 0; font-size: .9rem; }
details { margin: .5rem 0; } summary { cursor: pointer; color: var(--muted); }
@page { size: auto; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  :root { --fg: #000; --bg: #fff; --muted: #333; --card: #fff; --line: #999; --chart: #000; }
  a { color: #000; text-decoration: underline; }
  h2 { break-after: avoid; } tr, .card, figure { break-inside: avoid; }
  details > summary { display: none; } .cards { display: block; } .card { margin-bottom: .75rem; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""
