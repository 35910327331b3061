// Injected misbehaviour (slowness, error statuses, dropped connections, a
// non-HQ answer) so clients' retry, timeout and detection paths can be tested.
// Failure and drop rules only ever apply to /v1 requests.

export type PathPattern = string | RegExp;

/**
 * How `GET /v1/api/conversations/{id}/artifacts` treats `page` and
 * `page_size`. HQ's reference lists both (page_size 1..100, default 25) but
 * does not settle that this list is paged (hq-api.md), so the stand-in can
 * behave each way a client must survive: `pages` honours both, `ignored`
 * answers everything at once, `page-size-only` honours page_size and
 * ignores page (every page is page 1).
 */
export type ArtifactPaging = 'pages' | 'ignored' | 'page-size-only';
export const ARTIFACT_PAGINGS: readonly ArtifactPaging[] = ['pages', 'ignored', 'page-size-only'];

export interface FailNextOptions {
  /** HTTP status to answer with (default 500). */
  status?: number;
  /** How many matching requests fail before behaving normally again (default 1). */
  times?: number;
  /** Substring of, or RegExp tested against, the request path with its query string. Default: every /v1 request. */
  pathPattern?: PathPattern;
  /** Only this method (case-insensitive). Default: any. */
  method?: string;
  /** Seconds, sent as Retry-After (meant for 429 and 503). */
  retryAfter?: number;
  /** The `error` message; defaults to the status text. */
  message?: string;
}

export interface DropNextOptions {
  times?: number;
  pathPattern?: PathPattern;
  method?: string;
}

interface Rule {
  remaining: number;
  pathPattern: PathPattern | undefined;
  method: string | undefined;
}

export interface FailRule extends Rule {
  status: number;
  retryAfter: number | undefined;
  message: string | undefined;
}

function matches(rule: Rule, method: string, pathWithQuery: string): boolean {
  if (rule.remaining <= 0) return false;
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.pathPattern === undefined) return true;
  return typeof rule.pathPattern === 'string'
    ? pathWithQuery.includes(rule.pathPattern)
    : rule.pathPattern.test(pathWithQuery);
}

/** Consumes one use of the first matching rule. */
function take<T extends Rule>(rules: T[], method: string, pathWithQuery: string): T | undefined {
  const rule = rules.find((r) => matches(r, method, pathWithQuery));
  if (rule) rule.remaining--;
  return rule;
}

export interface CutBodyOptions extends DropNextOptions {
  /** Bytes sent before the connection is cut (default: half the body). */
  afterBytes?: number;
}

export class Faults {
  latencyMs: number;
  notHqEnabled = false;
  /** Where downloads and ZIPs redirect (object storage / a CDN on another origin); null = served directly. */
  storageOrigin: string | null = null;
  private failRules: FailRule[] = [];
  private dropRules: Rule[] = [];
  private cutRules: Array<Rule & { afterBytes: number | undefined }> = [];
  private malformRules: Rule[] = [];

  artifactPaging: ArtifactPaging;

  /** The server's startup options are what clear() goes back to. */
  constructor(
    private readonly defaultLatencyMs = 0,
    private readonly defaultArtifactPaging: ArtifactPaging = 'pages',
  ) {
    this.latencyMs = defaultLatencyMs;
    this.artifactPaging = defaultArtifactPaging;
  }

  /** How a conversation's artifact list pages (see ArtifactPaging). */
  pageArtifacts(paging: ArtifactPaging): void {
    this.artifactPaging = paging;
  }

  /** Delay every /v1 response by this many milliseconds (0 = none). */
  latency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  failNext(options: FailNextOptions = {}): void {
    this.failRules.push({
      status: options.status ?? 500,
      remaining: options.times ?? 1,
      pathPattern: options.pathPattern,
      method: options.method,
      retryAfter: options.retryAfter,
      message: options.message,
    });
  }

  /** Destroy the socket without answering: the client sees a network error. */
  dropNext(options: DropNextOptions = {}): void {
    this.dropRules.push({ remaining: options.times ?? 1, pathPattern: options.pathPattern, method: options.method });
  }

  /**
   * Answer downloads (one artifact, a conversation ZIP) with a 302 to
   * `origin`'s /storage/… — presigned object storage that needs no token and
   * must never receive it. null = serve them directly again.
   */
  redirectDownloadsTo(origin: string | null): void {
    this.storageOrigin = origin;
  }

  /** Send the headers and part of a download's body, then cut the connection. */
  cutBodyNext(options: CutBodyOptions = {}): void {
    this.cutRules.push({
      remaining: options.times ?? 1,
      pathPattern: options.pathPattern,
      method: options.method,
      afterBytes: options.afterBytes,
    });
  }

  /** Answer a list (workspace or conversation artifacts) whose rows are all unreadable. */
  malformRowsNext(options: DropNextOptions = {}): void {
    this.malformRules.push({ remaining: options.times ?? 1, pathPattern: options.pathPattern, method: options.method });
  }

  /** Make /v1/api/me answer 200 with an HTML page, as a wrong server would. */
  notHq(on = true): void {
    this.notHqEnabled = on;
  }

  clear(): void {
    this.latencyMs = this.defaultLatencyMs;
    this.notHqEnabled = false;
    this.artifactPaging = this.defaultArtifactPaging;
    this.storageOrigin = null;
    this.failRules = [];
    this.dropRules = [];
    this.cutRules = [];
    this.malformRules = [];
  }

  /** Bytes to send before cutting this download, or undefined to send it whole. */
  takeCut(method: string, pathWithQuery: string, bodyLength: number): number | undefined {
    const rule = take(this.cutRules, method, pathWithQuery);
    return rule ? Math.min(rule.afterBytes ?? Math.floor(bodyLength / 2), Math.max(0, bodyLength - 1)) : undefined;
  }

  takeMalformedRows(method: string, pathWithQuery: string): boolean {
    return take(this.malformRules, method, pathWithQuery) !== undefined;
  }

  takeDrop(method: string, pathWithQuery: string): boolean {
    return take(this.dropRules, method, pathWithQuery) !== undefined;
  }

  takeFailure(method: string, pathWithQuery: string): FailRule | undefined {
    return take(this.failRules, method, pathWithQuery);
  }

  /** JSON-friendly view for GET /__hq/faults. */
  snapshot(): object {
    const pattern = (p: PathPattern | undefined): string | null => (p === undefined ? null : String(p));
    return {
      latencyMs: this.latencyMs,
      notHq: this.notHqEnabled,
      artifactPaging: this.artifactPaging,
      failNext: this.failRules
        .filter((r) => r.remaining > 0)
        .map((r) => ({ ...r, pathPattern: pattern(r.pathPattern) })),
      dropNext: this.dropRules
        .filter((r) => r.remaining > 0)
        .map((r) => ({ ...r, pathPattern: pattern(r.pathPattern) })),
    };
  }
}
