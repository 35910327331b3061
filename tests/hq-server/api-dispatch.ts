// The /v1 pipeline: injected faults first (they stand in for the network and
// for HQ misbehaving, so they apply even to unauthenticated calls), then
// auth, then the route with its scope check.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { authenticate, hasScope } from './auth';
import type { ApiRoute, ServerState } from './context';
import { isGone, sendError, sendHtml } from './http-util';
import { apiRoutes } from './routes-api';
import { downloadRoutes } from './routes-download';
import { zipRoutes } from './routes-zip';
import { webAppPage } from './web-app-page';

const ROUTES: readonly ApiRoute[] = [...apiRoutes, ...downloadRoutes, ...zipRoutes];

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  state: ServerState,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const { faults } = state;

  if (faults.latencyMs > 0) {
    await delay(faults.latencyMs);
    if (isGone(res)) return; // the server was stopped, or the client gave up, meanwhile
  }
  if (faults.takeDrop(method, path + url.search)) {
    req.socket.destroy();
    return;
  }
  const failure = faults.takeFailure(method, path + url.search);
  if (failure) {
    const headers: Record<string, string> =
      failure.retryAfter !== undefined ? { 'Retry-After': String(failure.retryAfter) } : {};
    return sendError(res, failure.status, failure.message, headers);
  }
  if (faults.notHqEnabled && path === '/v1/api/me') return sendHtml(res, 200, webAppPage(state));

  if (path.startsWith('/v1/oauth/')) return state.oauth.handle(req, res, url);

  const grant = authenticate(req, (token) => state.oauth.grantFor(token));
  if (!grant) return sendError(res, 401, 'missing, expired or invalid token', { 'WWW-Authenticate': 'Bearer' });

  for (const route of ROUTES) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (!match) continue;
    if (route.scope && !hasScope(grant, route.scope))
      return sendError(res, 403, `token lacks the ${route.scope} scope`);
    return route.handle({ req, res, url, state, grant, params: match.slice(1) });
  }
  sendError(res, 404, 'not found');
}
