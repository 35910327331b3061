import * as v from 'valibot';
import { HqError, errorKindForStatus, parseRetryAfter } from './hq-errors';
import { ArtifactSchema, ConversationSchema, MeSchema, type HqArtifact, type HqConversation, type HqIdentity } from './hq-types';
import { deleteConfirmed } from './hq-assumptions';
import { NOT_JSON, networkError, readCapped, readJson } from './hq-http';

export interface HqClientOptions {
  serverUrl: string;
  token: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface HqClient {
  getMe(): Promise<HqIdentity>;
  listArtifacts(): Promise<HqArtifact[]>;
  listConversationArtifacts(conversationId: string): Promise<HqArtifact[]>;
  getConversation(conversationId: string): Promise<HqConversation>;
  /** Cheapest call that needs `conversations:read`: proves the token can list. */
  checkCanRead(): Promise<void>;
  deleteArtifact(artifactId: string): Promise<void>;
  /** Resolves when a GET of this URL on this server answers 2xx (the body is not read); throws HqError otherwise. */
  checkAvailable(url: string): Promise<void>;
  /** Bytes of a URL on this server, or null when they exceed `maxBytes`. */
  fetchBytes(url: string, maxBytes: number): Promise<Uint8Array | null>;
  /** `download_url`s are relative; this makes them absolute against the server. */
  resolveUrl(pathOrUrl: string): string;
  /**
   * Where to download an artifact's bytes: the list's `download_url` when it
   * is a usable address on this server, else the documented path — the token
   * only ever travels to the configured server.
   */
  artifactDownloadUrl(artifactId: string, downloadUrlFromList?: string): string;
  /**
   * The Authorization header for fetching these URLs, which must all be on
   * this server (else HqError). Whoever fetches must let the browser drop
   * the header on a redirect to another origin: fetch does; Chrome's
   * downloads manager does not, so it is never given the header.
   */
  authorizationFor(urls: readonly string[]): string;
}

/** HQ documents the workspace list as "newest first, at most 500": more is not HQ, and would swamp the popup. */
export const WORKSPACE_LIST_CAP = 500;

const DEFAULT_TIMEOUT_MS = 20_000;

export function createHqClient(options: HqClientOptions): HqClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = `Bearer ${options.token}`;

  const base = new URL(options.serverUrl.replace(/\/+$/, '') + '/');
  const basePath = base.pathname.replace(/\/$/, '');

  /**
   * Absolute URLs stay as they are; paths are joined to the server URL,
   * including a self-hosted server's base path (`https://x.example/hq`) —
   * unless the path already starts with it.
   */
  function resolveUrl(pathOrUrl: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return new URL(pathOrUrl).toString();
    const path = pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`;
    const joined = basePath && !path.startsWith(`${basePath}/`) ? basePath + path : path;
    return new URL(joined, base.origin).toString();
  }

  /** The token must only ever travel to the configured server. */
  function checkOwnOrigin(url: string): void {
    if (!URL.canParse(url) || new URL(url).origin !== base.origin) {
      throw new HqError({ kind: 'http', message: 'Refusing to send the token to another server.' });
    }
  }

  async function request(url: string, method: 'GET' | 'DELETE', accept: string): Promise<Response> {
    checkOwnOrigin(url);
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: { Authorization: authorization, Accept: accept },
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
        cache: 'no-store',
        // A redirect to another origin loses the Authorization header (the fetch standard).
        redirect: 'follow',
      });
    } catch (cause) {
      throw networkError(cause);
    }
    if (!response.ok) {
      const body = await readJson(response);
      const serverMessage = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : '';
      const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
      throw new HqError({
        kind: errorKindForStatus(response.status),
        status: response.status,
        message: serverMessage || `HQ answered ${response.status} ${response.statusText}`.trim(),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      });
    }
    return response;
  }

  async function send(path: string): Promise<{ status: number; body: unknown }> {
    const response = await request(resolveUrl(path), 'GET', 'application/json');
    const body = await readJson(response);
    if (body === NOT_JSON) {
      throw new HqError({ kind: 'malformed', status: response.status, message: 'The server did not answer with JSON.' });
    }
    return { status: response.status, body };
  }

  async function getJson<T>(path: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
    const { body } = await send(path);
    const parsed = v.safeParse(schema, body);
    if (!parsed.success) {
      throw new HqError({ kind: 'malformed', message: `Unexpected answer from ${path}: ${v.summarize(parsed.issues)}` });
    }
    return parsed.output;
  }

  async function getArtifactList(path: string): Promise<HqArtifact[]> {
    const { artifacts } = await getJson(path, v.object({ artifacts: v.array(v.unknown()) }));
    // One bad row must not hide all the others...
    const usable = artifacts.flatMap((row) => {
      const parsed = v.safeParse(ArtifactSchema, row);
      return parsed.success ? [parsed.output] : [];
    });
    // ...but a list of nothing but bad rows is a broken answer, not an empty workspace.
    if (artifacts.length > 0 && usable.length === 0) {
      throw new HqError({ kind: 'malformed', message: `None of the ${artifacts.length} rows from ${path} could be read.` });
    }
    return usable;
  }

  return {
    async getMe() {
      return (await getJson('/v1/api/me', MeSchema)).identity;
    },
    async listArtifacts() {
      return (await getArtifactList('/v1/api/artifacts')).slice(0, WORKSPACE_LIST_CAP);
    },
    listConversationArtifacts(conversationId) {
      return getArtifactList(`/v1/api/conversations/${encodeURIComponent(conversationId)}/artifacts`);
    },
    getConversation(conversationId) {
      return getJson(`/v1/api/conversations/${encodeURIComponent(conversationId)}`, ConversationSchema);
    },
    async checkCanRead() {
      await getJson('/v1/api/conversations?page_size=1', v.object({ conversations: v.array(v.unknown()) }));
    },
    async deleteArtifact(artifactId) {
      // The body's shape is an assumption: a 2xx that is not JSON still means deleted.
      const response = await request(resolveUrl(`/v1/api/artifacts/${encodeURIComponent(artifactId)}`), 'DELETE', 'application/json');
      const body = await readJson(response);
      const status = response.status;
      if (!deleteConfirmed(status, body === NOT_JSON ? null : body)) {
        throw new HqError({ kind: 'malformed', status, message: 'HQ did not confirm the deletion.' });
      }
    },
    async checkAvailable(url) {
      const response = await request(url, 'GET', '*/*');
      await response.body?.cancel();
    },
    async fetchBytes(url, maxBytes) {
      const response = await request(url, 'GET', '*/*');
      const declared = Number(response.headers.get('Content-Length'));
      if (declared > maxBytes || !response.body) {
        await response.body?.cancel();
        return declared > maxBytes ? null : new Uint8Array();
      }
      return readCapped(response.body, maxBytes);
    },
    resolveUrl,
    artifactDownloadUrl(artifactId, downloadUrlFromList) {
      const standard = resolveUrl(`/v1/api/artifacts/${encodeURIComponent(artifactId)}/download`);
      if (!downloadUrlFromList) return standard;
      let fromList: string;
      try {
        fromList = resolveUrl(downloadUrlFromList);
      } catch {
        return standard; // not a usable address: the documented one still is
      }
      return new URL(fromList).origin === base.origin ? fromList : standard;
    },
    authorizationFor(urls) {
      urls.forEach(checkOwnOrigin);
      return authorization;
    },
  };
}
