// The JSON endpoints of /v1/api: identity, lists, one conversation, delete.
import { artifactsByConversation, byCreatedAt, findConversation, artifactsOf, userById } from './demo-data';
import type { ApiContext, ApiRoute } from './context';
import { sendError, sendJson } from './http-util';
import type { Conversation } from './types';
import { conversationArtifact, conversationDetail, conversationRow, workspaceArtifact } from './wire';

const ID = '([^/]+)';
const WORKSPACE_LIST_LIMIT = 500;

function me({ res, state, grant }: ApiContext): void {
  const user = userById(state.data, grant.userId);
  if (!user) return sendError(res, 401, 'unknown user');
  const visible = state.data.conversations.filter((c) => c.mode === 'standard' && c.channel_kind !== 'email');
  // The documented shape: required counts, onboarding, out_of_credits and identity; persona optional.
  sendJson(res, 200, {
    identity: {
      user_id: user.id,
      display_name: user.display_name,
      email: user.email,
      is_admin: user.id === grant.userId && grant.scopes.includes('conversations:write'),
      is_bot: false,
      tenant_slug: 'demo',
      time_zone: 'Europe/London',
      locale: 'en-GB',
      avatar_url: null,
      real_name: user.display_name,
      title: user.persona,
    },
    counts: { schedules_owned: 0, conversations: visible.length, artifacts: state.data.artifacts.length },
    onboarding: { track: 'standard', unread_notifications: 0 },
    out_of_credits: false,
    persona: user.persona,
  });
}

/** Rows as HQ would send them — or, under the malformRowsNext fault, rows nobody can read. */
function rows(ctx: ApiContext, wire: object[]): object[] {
  const broken = ctx.state.faults.takeMalformedRows(ctx.req.method ?? 'GET', ctx.url.pathname + ctx.url.search);
  return broken ? wire.map((_, i) => ({ id: i, name: null })) : wire;
}

function listArtifacts(ctx: ApiContext): void {
  const { res, state } = ctx;
  const newestFirst = [...state.data.artifacts].sort((a, b) => byCreatedAt(b, a)).slice(0, WORKSPACE_LIST_LIMIT);
  const conversations = new Map(state.data.conversations.map((c) => [c.id, c]));
  const wire = newestFirst.map((a) =>
    workspaceArtifact(a, a.conversation_id === null ? undefined : conversations.get(a.conversation_id)),
  );
  sendJson(res, 200, { artifacts: rows(ctx, wire) });
}

/** Parses an integer query parameter and clamps it, as HQ does, instead of rejecting it. */
function clampedInt(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null || raw.trim() === '' ? NaN : Number.parseInt(raw, 10);
  return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, n));
}

type Order = (a: Conversation, b: Conversation) => number;
/** Code-unit order: right for RFC 3339 UTC timestamps of one form and for ids, and much cheaper than localeCompare. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const titleOrder = new Intl.Collator('en', { sensitivity: 'base' }).compare; // built once: localeCompare with options builds one per call
const byRecent: Order = (a, b) => compare(b.last_activity_at, a.last_activity_at) || compare(a.id, b.id);
const SORTS: Record<string, Order> = {
  recent: byRecent,
  oldest: (a, b) => compare(a.last_activity_at, b.last_activity_at) || compare(a.id, b.id),
  // Untitled conversations sink to the end.
  title: (a, b) =>
    a.title === null || b.title === null
      ? Number(a.title === null) - Number(b.title === null) || compare(a.id, b.id)
      : titleOrder(a.title, b.title) || compare(a.id, b.id),
};

function listConversations({ res, url, state }: ApiContext): void {
  const params = url.searchParams;
  const q = (params.get('q') ?? '').trim().toLowerCase();
  const mode = params.get('mode') === 'fast' ? 'fast' : 'standard';
  const channelKind = params.get('channel_kind') || null;
  const page = clampedInt(params.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = clampedInt(params.get('page_size'), 25, 1, 100);
  const sort = SORTS[params.get('sort') ?? ''] ?? byRecent;

  const matching = state.data.conversations
    .filter((c) => c.mode === mode)
    // Email threads live in their own section unless asked for explicitly.
    .filter((c) => (channelKind ? c.channel_kind === channelKind : c.channel_kind !== 'email'))
    .filter(
      (c) => !q || [c.title, c.agent.display_name, c.messages.at(-1)?.text].some((s) => s?.toLowerCase().includes(q)),
    )
    .sort(sort);

  const shown = matching.slice((page - 1) * pageSize, page * pageSize);
  const groups = shown.length ? artifactsByConversation(state.data) : new Map<string, unknown[]>();
  sendJson(res, 200, {
    conversations: shown.map((c) => conversationRow(c, groups.get(c.id)?.length ?? 0)),
    page,
    page_size: pageSize,
    total: matching.length,
    // ?view=admin is honoured only for workspace admins; no demo user is one.
    viewing_as: 'participant',
  });
}

function conversationOr404(ctx: ApiContext): Conversation | undefined {
  const conversation = findConversation(ctx.state.data, (ctx.params[0] ?? '').toLowerCase());
  if (!conversation) sendError(ctx.res, 404, 'conversation not found');
  return conversation;
}

function getConversation(ctx: ApiContext): void {
  const conversation = conversationOr404(ctx);
  if (conversation) sendJson(ctx.res, 200, conversationDetail(conversation));
}

/** Oldest first; `page` and `page_size` as the faults' artifactPaging says (HQ's docs allow each). */
function listConversationArtifacts(ctx: ApiContext): void {
  const conversation = conversationOr404(ctx);
  if (!conversation) return;
  const all = artifactsOf(ctx.state.data, conversation.id);
  const paging = ctx.state.faults.artifactPaging;
  const params = ctx.url.searchParams;
  const pageSize = clampedInt(params.get('page_size'), 25, 1, 100);
  const page = paging === 'pages' ? clampedInt(params.get('page'), 1, 1, Number.MAX_SAFE_INTEGER) : 1;
  const shown = paging === 'ignored' ? all : all.slice((page - 1) * pageSize, page * pageSize);
  sendJson(ctx.res, 200, { artifacts: rows(ctx, shown.map(conversationArtifact)) });
}

function deleteArtifact({ res, state, params }: ApiContext): void {
  const id = (params[0] ?? '').toLowerCase();
  const index = state.data.artifacts.findIndex((a) => a.id === id);
  if (index < 0) return sendError(res, 404, 'artifact not found');
  state.data.artifacts.splice(index, 1);
  sendJson(res, 200, { id, deleted: true });
}

export const apiRoutes: readonly ApiRoute[] = [
  { method: 'GET', pattern: /^\/v1\/api\/me$/, scope: null, handle: me },
  { method: 'GET', pattern: /^\/v1\/api\/artifacts$/, scope: 'conversations:read', handle: listArtifacts },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/v1/api/artifacts/${ID}$`),
    scope: 'conversations:write',
    handle: deleteArtifact,
  },
  { method: 'GET', pattern: /^\/v1\/api\/conversations$/, scope: 'conversations:read', handle: listConversations },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/api/conversations/${ID}$`),
    scope: 'conversations:read',
    handle: getConversation,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/api/conversations/${ID}/artifacts$`),
    scope: 'conversations:read',
    handle: listConversationArtifacts,
  },
];
