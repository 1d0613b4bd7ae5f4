/** The badge's stylesheet, scoped by its shadow root so site CSS cannot reach it (nor it the site). */
export const HOST_FONT = 'font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;';

export const BADGE_CSS = `
:host { all: initial; direction: ltr; unicode-bidi: isolate; position: fixed; z-index: 2147483000; pointer-events: none; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
:host([hidden]) { display: none; }
.badge { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --salesy: #9a4d00; --salesy-bg: #fff1dc;
  --conversational: #0550ae; --conversational-bg: #ddf4ff; --helpful: #116329; --helpful-bg: #dafbe1; --unsure: #59636e; --unsure-bg: #eef1f4;
  color: var(--fg); max-width: 320px; pointer-events: auto; display: flex; flex-direction: column; align-items: flex-end; }
.badge.dark { --bg: #1e2732; --fg: #e7e9ea; --muted: #a4afba; --border: #3e4a56; --salesy: #ffb45b; --salesy-bg: #4a2f0f;
  --conversational: #8ccaff; --conversational-bg: #10314f; --helpful: #7ee2a8; --helpful-bg: #0f3a22; --unsure: #c0c8d0; --unsure-bg: #2c3640; }
.chip { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px; border-radius: 12px;
  cursor: pointer; font-weight: 600; color: var(--unsure); background: var(--unsure-bg); border: 1px solid var(--border);
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.12); white-space: nowrap; }
.chip:focus-visible { outline: 2px solid var(--conversational); outline-offset: 2px; }
.chip[data-label="salesy"] { color: var(--salesy); background: var(--salesy-bg); }
.chip[data-label="conversational"] { color: var(--conversational); background: var(--conversational-bg); }
.chip[data-label="helpful"] { color: var(--helpful); background: var(--helpful-bg); }
.badge.quiet .chip { padding: 5px; opacity: 0.8; }
.badge.quiet .chip-text { display: none; }
.badge.quiet .chip:focus-visible, .badge.quiet .chip[aria-expanded="true"] { padding: 3px 10px; opacity: 1; }
.badge.quiet .chip:focus-visible .chip-text, .badge.quiet .chip[aria-expanded="true"] .chip-text { display: inline; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.badge { position: relative; }
.panel { position: absolute; top: 100%; right: 0; box-sizing: border-box; width: min(300px, calc(100vw - 16px)); max-height: min(50vh, 320px); overflow: auto; padding: 8px 10px 10px; background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
.panel[hidden], .confirm[hidden] { display: none; }
.summary-line { display: none; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.panel.summary { padding: 4px 10px; overflow: hidden; }
/* The summary stands in for the card only on screen: a screen reader still reads the whole card. */
.panel.summary > :not(.summary-line) { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.panel.summary > .summary-line { display: block; }
.panel:focus-visible { outline: 2px solid var(--conversational); outline-offset: 2px; }
.nudge { margin: 0; padding: 2px 10px 6px; }
.nudge[hidden] { display: none; }
.panel .nudge { padding: 0 0 6px; }
.nudge.warn { color: var(--salesy); font-weight: 600; }
.why-title { margin: 6px 0 2px; color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; }
.phrases { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; }
.phrases li { display: flex; flex-direction: column; gap: 1px; }
.phrase { align-self: flex-start; padding: 1px 6px; border-radius: 6px; background: var(--unsure-bg); overflow-wrap: anywhere; font-weight: 600; }
.phrase[data-label="salesy"] { background: var(--salesy-bg); color: var(--salesy); }
.phrase[data-label="conversational"] { background: var(--conversational-bg); color: var(--conversational); }
.phrase[data-label="helpful"] { background: var(--helpful-bg); color: var(--helpful); }
.why { color: var(--muted); padding-left: 6px; }
.confirm { position: absolute; top: 100%; right: 0; box-sizing: border-box; width: min(300px, calc(100vw - 16px)); padding: 8px 10px; background: var(--bg);
  border: 1px solid var(--border); border-radius: 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
.confirm p { margin: 0 0 6px; font-weight: 600; }
.confirm button { all: unset; cursor: pointer; padding: 3px 10px; border-radius: 8px; border: 1px solid var(--border); margin-right: 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.confirm button:focus-visible { outline: 2px solid var(--conversational); outline-offset: 1px; }
.confirm .primary { background: var(--salesy-bg); color: var(--salesy); font-weight: 600; }
`;

/**
 * Styles for the highlights painted in the page's own editor (CSS Custom Highlight API). A wavy
 * underline is what spelling and grammar checkers draw: only the salesy phrases, the ones the
 * owner may want to reconsider, get one; conversational and helpful phrases are marked with a
 * faint tint and a plain underline, so good writing does not look like a mistake.
 */
export const HIGHLIGHT_CSS = `
::highlight(post-coach-salesy) { text-decoration: underline wavy #d97706; text-decoration-thickness: 1.5px; }
::highlight(post-coach-conversational) { background-color: rgb(37 99 235 / 0.12); text-decoration: underline solid rgb(37 99 235 / 0.55); text-decoration-thickness: 1.5px; }
::highlight(post-coach-helpful) { background-color: rgb(22 163 74 / 0.12); text-decoration: underline solid rgb(22 163 74 / 0.55); text-decoration-thickness: 1.5px; }
`;
