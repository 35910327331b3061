/**
 * The panel's own styles, inside its shadow root: nothing from the page leaks in or out.
 * One rule per line and no spaces: this ships in the content script, which has a size budget.
 * Logical properties only (inline-start/end): the panel mirrors when the extension speaks a right-to-left language.
 */
export const PANEL_CSS = `
:host{all:initial;position:fixed;inset-inline-end:16px;bottom:16px;z-index:2147483646;font:13px/1.4 system-ui,sans-serif;color-scheme:light dark}
:host{--bg:#fff;--fg:#15181e;--muted:#5b6472;--border:#dde1e7;--accent:#4f46e5;--accent-fg:#fff;--hover:#f0f2f5;--danger:#b42318;--new:#12b76a;--new-fg:#05603a;--new-bg:#ecfdf3}
@media (prefers-color-scheme:dark){:host{--bg:#171a21;--fg:#e7e9ee;--muted:#9aa3b2;--border:#2b303b;--accent:#818cf8;--accent-fg:#0f1115;--hover:#262b36;--danger:#fda29b;--new-fg:#6ce9a6;--new-bg:#0b2a1a}}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
button{font:inherit;color:inherit;cursor:pointer;display:flex;align-items:center;gap:6px;border:0;background:none}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
svg{flex:none;width:16px;height:16px;fill:none;stroke:currentColor;stroke-width:1.7;stroke-linecap:round;stroke-linejoin:round}
.wrap{display:flex;flex-direction:column-reverse;align-items:flex-end;gap:8px}
.bar,.msg,.panel{background:var(--bg);color:var(--fg);border:1px solid var(--border);box-shadow:0 6px 24px rgb(0 0 0 / 20%)}
.bar{display:flex;gap:2px;padding:3px;border-radius:999px}
.bar button{padding:6px 12px;border-radius:999px;font-weight:600}
.toggle{padding-inline-start:6px!important}
.toggle svg{width:22px;height:22px;stroke:none}
.zip{background:var(--accent)!important;color:var(--accent-fg)}
.zip[aria-disabled]{opacity:.6;cursor:progress}
.msg{margin:0;max-width:340px;padding:8px 12px;border-radius:10px;font-size:12px}
.msg:empty{display:none}
.alert{color:var(--danger);border-color:currentColor}
.panel{width:340px;max-height:min(460px,70vh);display:flex;flex-direction:column;border-radius:12px;overflow:hidden}
.head{display:flex;align-items:center;justify-content:space-between;padding:6px;padding-inline-start:14px;border-bottom:1px solid var(--border)}
h2{margin:0;font-size:14px}
ul{list-style:none;margin:0;padding:4px 0;overflow:auto}
li{display:flex;align-items:center;gap:10px;padding:7px 8px;padding-inline-start:12px}
li:hover{background:var(--hover)}
.kind{flex:none;width:34px;text-align:center;font-size:9.5px;font-weight:800;color:#fff;border-radius:6px;padding:6px 0;background:#667085}
.kind.image{background:#0f766e}.kind.html{background:#c2410c}.kind.code{background:#4f46e5}
.name{flex:1;min-width:0}
.name>*{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.name b{font-size:14px;font-weight:600}
.name span{color:var(--muted);font-size:12px}
.name .cap{color:var(--fg);opacity:.8}
li.new{border-inline-start:3px solid var(--new)}
.name .new-mark{display:inline;color:var(--new-fg);background:var(--new-bg);border-radius:999px;padding:0 6px;font-size:10.5px;font-weight:700}
.icon{flex:none;width:30px;height:30px;border-radius:6px;color:var(--muted);justify-content:center}
.toggle[aria-expanded=true],.toggle:hover,.icon:hover{background:var(--hover);color:var(--fg)}
`;
