// Public, unauthenticated web-app pages, served whatever the Host header says.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerState } from './context';
import { findConversation } from './demo-data';
import { NOT_FOUND_PAGE, sendHtml } from './http-util';
import { webAppPage } from './web-app-page';

const CONVERSATION_PATH = /^\/(?:conversations|c)\/([^/]+)\/?$/;

/** Answers `/`, `/conversations/{id}` and `/c/{id}`; every other path gets the HTML 404 page. */
export function handleWebApp(req: IncomingMessage, res: ServerResponse, path: string, state: ServerState): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendHtml(res, 404, NOT_FOUND_PAGE);
  if (path === '/' || path === '/index.html') return sendHtml(res, 200, webAppPage(state));
  const id = CONVERSATION_PATH.exec(path)?.[1];
  // An unknown conversation still gets the app shell (it says "not found"), as a single-page app would.
  if (id !== undefined)
    return sendHtml(res, findConversation(state.data, id.toLowerCase()) ? 200 : 404, webAppPage(state));
  sendHtml(res, 404, NOT_FOUND_PAGE);
}
