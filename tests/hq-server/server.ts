// A local stand-in for HQ's REST API and web app: real HTTP on loopback,
// deterministic demo data, injectable faults, and a stop/start "outage".
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api-dispatch';
import { DEMO_TOKENS } from './auth';
import type { ServerState } from './context';
import { createDemoData, uuid, WORKSPACE_ID_PREFIXES, type DemoDataOptions, type WorkspaceSize } from './demo-data';
import { OAuthServer } from './oauth';
import { Faults, type ArtifactPaging } from './faults';
import { NOT_FOUND_PAGE, sendError, sendHtml, sendPreflight } from './http-util';
import { handleControl } from './routes-control';
import { handleWebApp } from './routes-web-app';
import { handleStorage } from './routes-storage';
import type { Artifact, DemoData } from './types';
import { addArtifact, deleteConversation, type NewArtifact } from './workspace-edits';

export type { DemoData } from './types';
export type { ArtifactPaging, Faults } from './faults';
export { DEMO_CLIENT_ID, type OAuthServer } from './oauth';
export { DEMO_TOKENS } from './auth';
export type { NewArtifact } from './workspace-edits';

export interface HqServerOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Extra generated artifacts (for benchmarks), newer than the demo ones. */
  artifactCount?: number;
  /**
   * A large workspace beside the demo one: `conversations` generated threads
   * holding `artifacts` generated files, mostly older than the newest 500.
   */
  workspace?: WorkspaceSize;
  /** Delay every /v1 response; faults.clear() returns to this value. */
  latencyMs?: number;
  /** How a conversation's artifact list pages (default 'pages', as HQ's reference describes); faults.clear() returns to this value. */
  artifactPaging?: ArtifactPaging;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. /v1/api/artifacts. */
  path: string;
  /** Query string without the leading "?", "" when none. */
  query: string;
  /** The Authorization header as sent, null when absent. */
  authorization: string | null;
  /** The Range header, null when absent (a resumed download asks for the rest). */
  range: string | null;
  /** The Host header: tells API calls (127.0.0.1) from web-app visits (localhost). */
  host: string | null;
  /** Epoch milliseconds when the request arrived. */
  time: number;
}

export interface HqServer {
  /** API base, e.g. http://127.0.0.1:PORT */
  url: string;
  /** The web app origin: same listener, reached as http://localhost:PORT */
  webAppUrl: string;
  tokens: { readWrite: string; readOnly: string; noConversationsRead: string };
  /** The live state; replaced by reset(), so read it through the server each time. */
  readonly data: DemoData;
  faults: Faults;
  /** Every request seen except /__hq control calls; cleared by reset(). */
  requests: RecordedRequest[];
  /** "Server down": closes the listener and destroys open sockets. */
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  start(): Promise<void>;
  /** Final shutdown. */
  close(): Promise<void>;
  /** HQ's OAuth: stats, expiring access tokens, revoking. Replaced by reset(). */
  readonly oauth: OAuthServer;
  /** Restores the demo data, clears faults, OAuth state and recorded requests. */
  reset(): void;
  /**
   * An artifact arrives in a conversation (created now unless `created_at` says
   * otherwise); the conversation's last_activity_at moves to it when later.
   * Ids count up from a3000000-…-000000000001, again after reset(). Throws for
   * an unknown conversation. Over HTTP: POST /__hq/artifacts.
   */
  addArtifact(conversationId: string, artifact: NewArtifact): Artifact;
  /**
   * The conversation is deleted (gone from lists, 404). Its artifacts go too,
   * or with `keepArtifacts` stay detached (conversation_id null). Returns them.
   */
  deleteConversation(conversationId: string, options: { keepArtifacts: boolean }): Artifact[];
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startHqServer(opts: HqServerOptions = {}): Promise<HqServer> {
  const host = opts.host ?? '127.0.0.1';
  const faults = new Faults(opts.latencyMs ?? 0, opts.artifactPaging ?? 'pages');
  const requests: RecordedRequest[] = [];
  const dataOptions: DemoDataOptions = { artifactCount: opts.artifactCount ?? 0, workspace: opts.workspace };
  let added = 0; // artifacts added by tests since the last reset: their ids count up
  const add = (conversationId: string, artifact: NewArtifact): Artifact => {
    const created = addArtifact(state.data, uuid(WORKSPACE_ID_PREFIXES.added, added + 1), conversationId, artifact);
    added += 1;
    return created;
  };
  const state: ServerState = {
    data: createDemoData(dataOptions),
    apiUrl: '',
    webAppUrl: '',
    faults,
    oauth: new OAuthServer(),
    reset() {
      state.data = createDemoData(dataOptions);
      added = 0;
      state.oauth = new OAuthServer();
      faults.clear();
      requests.length = 0; // in place: tests may hold the array
    },
  };

  /**
   * The web app's origin does not serve the API: a client configured with the
   * web app URL gets HTML, as it would from the real web app.
   */
  const isWebAppHost = (req: IncomingMessage): boolean => {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    return hostname === new URL(state.webAppUrl).hostname && hostname !== new URL(state.apiUrl).hostname;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in.invalid');
    const path = url.pathname;
    if (!path.startsWith('/__hq/')) {
      requests.push({
        method: req.method ?? 'GET',
        path,
        query: url.search.slice(1),
        authorization: req.headers.authorization ?? null,
        range: req.headers.range ?? null,
        host: req.headers.host ?? null,
        time: Date.now(),
      });
    }
    if (req.method === 'OPTIONS') return sendPreflight(req, res);
    if (path.startsWith('/__hq/')) {
      return handleControl(req, res, path, {
        faults,
        reset: state.reset,
        requests: () => requests,
        data: () => state.data,
        addArtifact: add,
      });
    }
    if (path === '/v1' || path.startsWith('/v1/')) {
      if (isWebAppHost(req)) return sendHtml(res, 404, NOT_FOUND_PAGE);
      return handleApi(req, res, url, state);
    }
    if (path.startsWith('/storage/')) return handleStorage(req, res, url, state);
    handleWebApp(req, res, path, state);
  }

  let server: Server | null = null;
  let port = opts.port ?? 0;

  async function start(): Promise<void> {
    if (server) return;
    const next = createServer((req, res) => {
      handle(req, res).catch(() => {
        // Usually a client that went away mid-stream; otherwise a bug worth a 500.
        if (!res.headersSent) sendError(res, 500, 'internal error');
        else res.destroy();
      });
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, host, () => {
        next.off('error', reject);
        resolve();
      });
    });
    port = (next.address() as AddressInfo).port; // pinned, so start() after stop() reuses it
    server = next;
  }

  async function stop(): Promise<void> {
    const current = server;
    if (!current) return;
    server = null;
    const closed = new Promise<void>((resolve) => current.close(() => resolve()));
    current.closeAllConnections(); // keep-alive and in-flight downloads die too, as in a real outage
    await closed;
  }

  await start();
  state.apiUrl = `http://${urlHost(host)}:${port}`;
  state.webAppUrl = `http://localhost:${port}`;

  return {
    url: state.apiUrl,
    webAppUrl: state.webAppUrl,
    tokens: { ...DEMO_TOKENS },
    get data() {
      return state.data;
    },
    get oauth() {
      return state.oauth;
    },
    faults,
    requests,
    stop,
    start,
    close: stop,
    reset: state.reset,
    addArtifact: add,
    deleteConversation: (conversationId, options) => deleteConversation(state.data, conversationId, options),
  };
}
