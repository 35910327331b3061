/** The panel's own styles, inside its shadow root: nothing from the page leaks in or out. */
export const PANEL_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  --bg: #fff; --fg: #15181e; --muted: #5b6472; --border: #dde1e7; --accent: #4f46e5; --accent-fg: #fff; --hover: #f0f2f5; --danger: #b42318; --ok: #067647;
  color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :host { --bg: #171a21; --fg: #e7e9ee; --muted: #9aa3b2; --border: #2b303b; --accent: #818cf8; --accent-fg: #0f1115; --hover: #1f232c; --danger: #fda29b; --ok: #75e0a7; }
}
* { box-sizing: border-box; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.toggle { display: flex; align-items: center; gap: 8px; margin-left: auto; padding: 8px 14px; border-radius: 999px; border: 1px solid var(--border);
  background: var(--bg); color: var(--fg); font-weight: 600; box-shadow: 0 4px 16px rgb(0 0 0 / 18%); }
.toggle .dot { width: 18px; height: 18px; border-radius: 5px; background: var(--accent); }
.wrap { display: flex; flex-direction: column-reverse; align-items: flex-end; gap: 8px; }
.panel { width: 340px; max-height: min(460px, 70vh); display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 12px; box-shadow: 0 8px 32px rgb(0 0 0 / 22%); overflow: hidden; }
.panel[hidden] { display: none; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 12px; border-bottom: 1px solid var(--border); }
h2 { margin: 0; font-size: 14px; }
ul { list-style: none; margin: 0; padding: 4px 0; overflow: auto; flex: 1; }
li { display: flex; align-items: center; gap: 8px; padding: 6px 12px; }
li:hover { background: var(--hover); }
.kind { flex: none; width: 34px; text-align: center; font-size: 9.5px; font-weight: 800; color: #fff; border-radius: 6px; padding: 6px 0; background: #667085; }
.kind.image { background: #0e9384; } .kind.html { background: #e04f16; } .kind.code { background: #4f46e5; }
.name { flex: 1; min-width: 0; }
.name b { display: block; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.name span { color: var(--muted); font-size: 12px; }
.icon { flex: none; width: 28px; height: 28px; border-radius: 6px; border: 1px solid transparent; background: none; color: var(--muted); display: grid; place-items: center; }
.icon:hover { background: var(--hover); color: var(--fg); }
.icon svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 1.7; stroke-linecap: round; stroke-linejoin: round; }
.foot { padding: 10px 12px; border-top: 1px solid var(--border); display: grid; gap: 6px; }
.zip { width: 100%; padding: 8px 12px; border-radius: 8px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); font-weight: 600; }
.zip:disabled { opacity: 0.55; cursor: default; }
.msg:empty { display: none; }
.msg { margin: 0; font-size: 12px; color: var(--muted); }
.msg.alert { color: var(--danger); }
.empty { padding: 16px 12px; color: var(--muted); margin: 0; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;
