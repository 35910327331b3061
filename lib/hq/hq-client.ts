import * as v from 'valibot';
import { HqError } from './hq-errors';
import {
  ArtifactSchema,
  ConversationPageSchema,
  ConversationRowSchema,
  ConversationSchema,
  MeSchema,
  type HqArtifact,
  type HqConversation,
  type HqConversationRow,
  type HqIdentity,
} from './hq-types';
import { CONVERSATION_ARTIFACTS_PAGE_SIZE, conversationArtifactsPath, deleteConfirmed } from './hq-assumptions';
import { NOT_JSON, readCapped, readJson } from './hq-http';
import { createHqRequests, readableRows, type HqClientOptions } from './hq-requests';
import { readAllPages, type FetchedPage } from './read-pages';
import type { ServerUrls } from './server-urls';

export interface HqClient {
  getMe(): Promise<HqIdentity>;
  listArtifacts(): Promise<HqArtifact[]>;
  /** Every page of one conversation's list, however HQ pages it; `expected` is HQ's `artifact_count` for it, when known. */
  listConversationArtifacts(conversationId: string, expected?: number | null): Promise<ConversationArtifacts>;
  getConversation(conversationId: string): Promise<HqConversation>;
  /** One page of the conversation list (HQ's paging: 1-based `page`, `pageSize` 1..100). */
  listConversations(query: ConversationQuery): Promise<ConversationPage>;
  /** Cheapest call that needs `conversations:read`: proves the token can list. */
  checkCanRead(): Promise<void>;
  deleteArtifact(artifactId: string): Promise<void>;
  /** Resolves when a GET of this URL on this server answers 2xx (the body is not read); throws HqError otherwise. */
  checkAvailable(url: string): Promise<void>;
  /** Bytes of a URL on this server, or null when they exceed `maxBytes`. */
  fetchBytes(url: string, maxBytes: number): Promise<Uint8Array | null>;
  resolveUrl: ServerUrls['resolveUrl'];
  artifactDownloadUrl: ServerUrls['artifactDownloadUrl'];
  /**
   * The Authorization header for fetching these URLs, which must all be on
   * this server (else HqError). Whoever fetches must let the browser drop
   * the header on a redirect to another origin: fetch does; Chrome's
   * downloads manager does not, so it is never given the header.
   */
  authorizationFor(urls: readonly string[]): Promise<string>;
}

export interface ConversationQuery {
  page: number;
  pageSize: number;
  sort?: 'recent' | 'oldest' | 'title';
  /** HQ's own search: title, agent name, last message. */
  q?: string;
}

export interface ConversationPage {
  conversations: HqConversationRow[];
  /** Rows HQ sent, readable or not: a page is full by HQ's count. */
  received: number;
  /** How many match in all, when HQ says. */
  total: number | null;
}

export interface ConversationArtifacts {
  /** Oldest first, each once. */
  artifacts: HqArtifact[];
  /** HQ answered a full page again instead of the next one, so it may hold artifacts no request can reach. */
  mayHaveMore: boolean;
  /** How many requests reading it took (one per page). */
  requests: number;
}

/** HQ documents the workspace list as "newest first, at most 500": more is not HQ, and would swamp the popup. */
const WORKSPACE_LIST_CAP = 500;

export function createHqClient(options: HqClientOptions): HqClient {
  const { urls, request, getJson, authorizationFor } = createHqRequests(options);
  const { resolveUrl } = urls;

  async function getArtifactList(path: string): Promise<FetchedPage<HqArtifact>> {
    const { artifacts } = await getJson(path, v.object({ artifacts: v.array(v.unknown()) }));
    return { rows: readableRows(artifacts, ArtifactSchema, path), received: artifacts.length };
  }

  return {
    async getMe() {
      return (await getJson('/v1/api/me', MeSchema)).identity;
    },
    async listArtifacts() {
      return (await getArtifactList('/v1/api/artifacts')).rows.slice(0, WORKSPACE_LIST_CAP);
    },
    async listConversationArtifacts(conversationId, expected = null) {
      const page = (n: number) =>
        getArtifactList(conversationArtifactsPath(conversationId, n)).catch((error: unknown) => {
          // Page 1 proved the conversation is there: a 404 further on is the end of its list, not of the conversation.
          if (n > 1 && error instanceof HqError && error.kind === 'not_found') return { rows: [], received: 0 };
          throw error;
        });
      const { rows, mayHaveMore, pages } = await readAllPages(
        page,
        (artifact) => artifact.id,
        CONVERSATION_ARTIFACTS_PAGE_SIZE,
        { expected },
      );
      return { artifacts: rows, mayHaveMore, requests: pages };
    },
    getConversation(conversationId) {
      return getJson(`/v1/api/conversations/${encodeURIComponent(conversationId)}`, ConversationSchema);
    },
    async listConversations({ page, pageSize, sort = 'recent', q }) {
      const query = new URLSearchParams({ page: String(page), page_size: String(pageSize), sort });
      if (q) query.set('q', q);
      const path = `/v1/api/conversations?${query}`;
      const answer = await getJson(path, ConversationPageSchema);
      return {
        conversations: readableRows(answer.conversations, ConversationRowSchema, path),
        received: answer.conversations.length,
        total: answer.total ?? null,
      };
    },
    async checkCanRead() {
      await getJson('/v1/api/conversations?page_size=1', v.object({ conversations: v.array(v.unknown()) }));
    },
    async deleteArtifact(artifactId) {
      // The body's shape is an assumption: a 2xx that is not JSON still means deleted.
      const response = await request(
        resolveUrl(`/v1/api/artifacts/${encodeURIComponent(artifactId)}`),
        'DELETE',
        'application/json',
        'api',
      );
      const body = await readJson(response);
      const status = response.status;
      if (!deleteConfirmed(status, body === NOT_JSON ? null : body)) {
        throw new HqError({ kind: 'malformed', status, message: 'HQ did not confirm the deletion.' });
      }
    },
    async checkAvailable(url) {
      const response = await request(url, 'GET', '*/*', 'file');
      await response.body?.cancel();
    },
    async fetchBytes(url, maxBytes) {
      const response = await request(url, 'GET', '*/*', 'file');
      const declared = Number(response.headers.get('Content-Length'));
      if (declared > maxBytes || !response.body) {
        await response.body?.cancel();
        return declared > maxBytes ? null : new Uint8Array();
      }
      return readCapped(response.body, maxBytes);
    },
    resolveUrl,
    artifactDownloadUrl: urls.artifactDownloadUrl,
    authorizationFor,
  };
}
