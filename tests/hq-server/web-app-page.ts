// The stand-in for HQ's web app ("Studio"): one HTML shell whose inline
// script renders the home page or a conversation from embedded JSON and moves
// between them with history.pushState, like the real single-page app, so
// content scripts meet URL changes without page loads.
import { artifactsByConversation } from './demo-data';
import type { ServerState } from './context';
import { downloadPath } from './wire';

/** What the page script needs, with absolute API download URLs (what right-click sees). */
function pageData(state: ServerState): object {
  const { data } = state;
  const groups = artifactsByConversation(data);
  return {
    workspace: data.workspace.name,
    apiUrl: state.apiUrl,
    conversations: [...data.conversations]
      .sort((a, b) => (a.last_activity_at < b.last_activity_at ? 1 : a.last_activity_at > b.last_activity_at ? -1 : 0))
      .map((c) => ({
        id: c.id,
        title: c.title,
        agent: { display_name: c.agent.display_name, avatar_url: c.agent.avatar_url },
        channel_kind: c.channel_kind,
        last_activity_at: c.last_activity_at,
        messages: c.messages,
        artifacts: (groups.get(c.id) ?? []).map((a) => ({
          id: a.id,
          name: a.name,
          content_type: a.content_type,
          size_bytes: a.bytes.length,
          caption: a.caption,
          download_url: `${state.apiUrl}${downloadPath(a.id)}`,
        })),
      })),
  };
}

/** JSON that cannot close the surrounding <script> element, whatever the names contain. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#0f172a;background:#f8fafc}
a{color:#0f766e}
header{display:flex;align-items:center;gap:12px;padding:10px 20px;background:#0f172a;color:#e2e8f0}
header .logo{font-weight:700;font-size:20px;color:#fff;text-decoration:none;letter-spacing:.04em}
header .workspace{opacity:.7}
.layout{display:grid;grid-template-columns:260px 1fr;min-height:calc(100vh - 48px)}
nav{border-right:1px solid #e2e8f0;background:#fff;padding:12px}
nav h2{font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:#64748b;margin:4px 8px 8px}
nav ul{list-style:none;margin:0;padding:0}
nav a{display:block;padding:6px 8px;border-radius:6px;text-decoration:none;color:#0f172a;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
nav a:hover{background:#f1f5f9}
nav a[aria-current=page]{background:#ccfbf1;font-weight:600}
main{padding:20px 28px;max-width:920px}
.meta{display:flex;align-items:center;gap:8px;color:#475569}
.meta img{width:24px;height:24px;border-radius:50%}
.message{background:#fff;border:1px solid #e2e8f0;border-radius:10px;padding:10px 14px;margin:10px 0}
.message.agent{background:#f0fdfa;border-color:#99f6e4}
.message .author{font-size:12px;font-weight:600;color:#64748b}
.message p{margin:4px 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
.artifacts ul{list-style:none;padding:0}
.artifacts li{display:flex;gap:10px;align-items:baseline;padding:6px 0;border-bottom:1px solid #e2e8f0;overflow-wrap:anywhere}
.artifacts .size{color:#64748b;font-size:13px;white-space:nowrap}
.artifacts .caption{color:#475569;font-size:13px}
.empty{color:#64748b;font-style:italic}
`;

// Plain browser JavaScript: builds the DOM with textContent only, because
// artifact names are hostile on purpose.
const SCRIPT = `
const data = JSON.parse(document.getElementById('hq-data').textContent);
const byId = new Map(data.conversations.map((c) => [c.id, c]));
const main = document.getElementById('main');
const sidebar = document.getElementById('sidebar-list');
document.querySelector('header .workspace').textContent = data.workspace;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}
const titleOf = (c) => c.title ?? 'Untitled';
function size(bytes) {
  if (bytes < 1024) return bytes + ' B';
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}
function route(path) {
  const match = /^\\/(?:conversations|c)\\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\/?$/i.exec(path);
  if (match) return { conversation: byId.get(match[1].toLowerCase()) || null };
  return path === '/' ? { home: true } : { conversation: null };
}
function conversationLink(c) {
  return el('a', { href: '/conversations/' + c.id, 'data-nav': '', 'data-conversation-id': c.id }, titleOf(c));
}
function renderSidebar(current) {
  sidebar.replaceChildren(...data.conversations.map((c) => {
    const link = conversationLink(c);
    if (c === current) link.setAttribute('aria-current', 'page');
    return el('li', {}, link);
  }));
}
function renderHome() {
  document.title = 'Conversations · HQ';
  main.replaceChildren(
    el('h1', {}, 'Conversations'),
    el('ul', { class: 'home-list' }, ...data.conversations.map((c) =>
      el('li', {}, conversationLink(c), ' — ' + c.agent.display_name + ', ' + c.artifacts.length + ' artifacts'))),
  );
}
function renderConversation(c) {
  document.title = titleOf(c) + ' · HQ';
  const artifacts = c.artifacts.length === 0
    ? el('p', { class: 'empty' }, 'No artifacts in this conversation.')
    : el('ul', {}, ...c.artifacts.map((a) => el('li', { 'data-artifact-id': a.id },
        el('a', { class: 'artifact-link', href: a.download_url, 'data-artifact-id': a.id }, a.name),
        el('span', { class: 'size' }, size(a.size_bytes)),
        a.caption ? el('span', { class: 'caption' }, a.caption) : '')));
  main.replaceChildren(
    el('h1', { id: 'conversation-title', 'data-conversation-id': c.id }, titleOf(c)),
    el('div', { class: 'meta' }, el('img', { src: c.agent.avatar_url, alt: '' }), c.agent.display_name + ' · ' + c.channel_kind),
    el('section', { class: 'messages' }, ...c.messages.map((m) => el('article', { class: 'message ' + m.author },
      el('div', { class: 'author' }, m.author === 'agent' ? c.agent.display_name : 'You'),
      el('p', {}, m.text)))),
    el('section', { class: 'artifacts' }, el('h2', {}, 'Artifacts (' + c.artifacts.length + ')'), artifacts),
  );
}
function render() {
  const view = route(location.pathname);
  renderSidebar(view.conversation);
  if (view.home) renderHome();
  else if (view.conversation) renderConversation(view.conversation);
  else {
    document.title = 'Not found · HQ';
    main.replaceChildren(el('h1', {}, 'Conversation not found'));
  }
}
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  if (href !== location.pathname) history.pushState({}, '', href);
  render();
});
addEventListener('popstate', render);
render();
`;

export function webAppPage(state: ServerState): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HQ</title>
<style>${STYLE}</style>
</head>
<body>
<header><a class="logo" href="/" data-nav>HQ</a><span class="workspace"></span></header>
<div class="layout">
<nav aria-label="Conversations"><h2>Conversations</h2><ul id="sidebar-list"></ul></nav>
<main id="main"><noscript>HQ needs JavaScript.</noscript></main>
</div>
<script type="application/json" id="hq-data">${scriptSafeJson(pageData(state))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
