// What route handlers receive. Routes stay plain functions over this state so
// the server file only does dispatch, faults and lifecycle.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Grant } from './auth';
import type { Faults } from './faults';
import type { OAuthServer } from './oauth';
import type { DemoData, Scope } from './types';

export interface ServerState {
  /** Replaced wholesale by reset(); always read it through the state. */
  data: DemoData;
  /** API base, e.g. http://127.0.0.1:PORT (no trailing slash). */
  apiUrl: string;
  /** Web app origin, e.g. http://localhost:PORT — same listener, different host name. */
  webAppUrl: string;
  faults: Faults;
  /** Replaced by reset(), like the data. */
  oauth: OAuthServer;
  reset(): void;
}

export interface ApiContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  state: ServerState;
  grant: Grant;
  /** Captured path segments of the route's pattern. */
  params: string[];
}

export interface ApiRoute {
  method: 'GET' | 'DELETE';
  /** Matched against the whole path; capture groups become params. */
  pattern: RegExp;
  /** Required scope, or null when any valid token will do. */
  scope: Scope | null;
  handle(ctx: ApiContext): void | Promise<void>;
}
