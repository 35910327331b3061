import * as v from 'valibot';
import { HqError } from './hq-errors';
import { NOT_JSON, answeredElsewhere, errorFromResponse, networkError, readJson, refuseRedirect } from './hq-http';
import { serverUrls } from './server-urls';

/*
 * Every authenticated request to HQ: the token only to the configured
 * origin, one retry with a renewed OAuth token after a 401, a timeout, the
 * session's signal, and redirects refused for JSON calls.
 */

/**
 * Where the bearer token comes from: a personal access token is a fixed
 * string; OAuth tokens expire, so they come from a source that can hand out
 * the current one and renew it once HQ has rejected it.
 */
export interface TokenSource {
  current(): Promise<string>;
  /** A newer token after HQ answered 401 for `rejected`, or null when there is none (signed out). */
  renew(rejected: string): Promise<string | null>;
}

export interface HqClientOptions {
  serverUrl: string;
  token: string | TokenSource;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Ends every request of this client, at once and for good (the session it belongs to ended); they fail with its reason. */
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 20_000;

export function createHqRequests(options: HqClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fixed = options.token;
  const tokens: TokenSource =
    typeof fixed === 'string' ? { current: async () => fixed, renew: async () => null } : fixed;

  const urls = serverUrls(options.serverUrl);
  const { resolveUrl } = urls;

  /** The token must only ever travel to the configured server. */
  function checkOwnOrigin(url: string): void {
    if (!urls.isOwnOrigin(url)) {
      throw new HqError({ kind: 'http', message: 'Refusing to send the token to another server.' });
    }
  }

  /**
   * JSON calls (`api`) never follow a redirect. File bytes (`file`) may be
   * redirected to storage on another origin; fetch drops the token there,
   * and a status that origin answers is not HQ's: a 401 from it must not
   * rotate the refresh token, a 404 must not remove an artifact.
   */
  async function request(
    url: string,
    method: 'GET' | 'DELETE',
    accept: string,
    answer: 'api' | 'file',
  ): Promise<Response> {
    checkOwnOrigin(url);
    options.signal?.throwIfAborted();
    const token = await tokens.current();
    let response = await send(url, method, accept, token, answer);
    if (response.status === 401 && !answeredElsewhere(response, url)) {
      // An OAuth access token may have expired early or been rotated: one retry with a renewed one.
      const renewed = await tokens.renew(token);
      if (renewed && renewed !== token) {
        await response.body?.cancel();
        response = await send(url, method, accept, renewed, answer);
      }
    }
    if (!response.ok) throw await errorFromResponse(response, 'api', url);
    return response;
  }

  async function send(
    url: string,
    method: 'GET' | 'DELETE',
    accept: string,
    token: string,
    answer: 'api' | 'file',
  ): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, Accept: accept },
        signal: options.signal
          ? AbortSignal.any([AbortSignal.timeout(timeoutMs), options.signal])
          : AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
        cache: 'no-store',
        // Files: a redirect to another origin loses the Authorization header (the fetch standard).
        redirect: answer === 'file' ? 'follow' : 'manual',
      });
    } catch (cause) {
      if (options.signal?.aborted) throw options.signal.reason;
      throw networkError(cause);
    }
    if (answer === 'api') await refuseRedirect(response, url);
    return response;
  }

  async function getBody(path: string): Promise<{ status: number; body: unknown }> {
    const response = await request(resolveUrl(path), 'GET', 'application/json', 'api');
    const body = await readJson(response);
    // A body cut short by the session's end is not a malformed answer.
    options.signal?.throwIfAborted();
    if (body === NOT_JSON) {
      throw new HqError({
        kind: 'malformed',
        status: response.status,
        message: 'The server did not answer with JSON.',
      });
    }
    return { status: response.status, body };
  }

  async function getJson<T>(path: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
    const { body } = await getBody(path);
    const parsed = v.safeParse(schema, body);
    if (!parsed.success) {
      throw new HqError({
        kind: 'malformed',
        message: `Unexpected answer from ${path}: ${v.summarize(parsed.issues)}`,
      });
    }
    return parsed.output;
  }

  /** The Authorization header for fetching these URLs, which must all be on this server. */
  async function authorizationFor(targets: readonly string[]): Promise<string> {
    targets.forEach(checkOwnOrigin);
    return `Bearer ${await tokens.current()}`;
  }

  return { urls, request, getJson, authorizationFor };
}

/** The rows of a list that read as `schema`: one bad row must not hide the others, but nothing but bad rows is a broken answer, not an empty list. */
export function readableRows<T>(rows: readonly unknown[], schema: v.GenericSchema<unknown, T>, path: string): T[] {
  const usable = rows.flatMap((row) => {
    const parsed = v.safeParse(schema, row);
    return parsed.success ? [parsed.output] : [];
  });
  if (rows.length > 0 && usable.length === 0) {
    throw new HqError({ kind: 'malformed', message: `None of the ${rows.length} rows from ${path} could be read.` });
  }
  return usable;
}
