// Small response helpers so every route answers errors in HQ's one shape.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** HQ's error shape: a status plus `{"error": "<message>"}`. */
export function sendError(
  res: ServerResponse,
  status: number,
  message?: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: message ?? (STATUS_CODES[status] ?? 'error').toLowerCase() }, headers);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not found</title>
<style>body{font:16px/1.5 system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;color:#334155}</style></head>
<body><main><h1>Not found</h1><p>There is no page at this address.</p><p><a href="/">Back to HQ</a></p></main></body></html>
`;

export async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True once the client is gone (e.g. the server was stopped mid-delay): nothing more to write. */
export function isGone(res: ServerResponse): boolean {
  return res.destroyed || res.writableEnded;
}

/**
 * The extension calls with host permissions and needs no CORS; answering
 * preflights anyway is harmless. Actual responses deliberately carry no
 * Access-Control-Allow-Origin, so a missing host permission still fails in tests.
 */
export function sendPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(204, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization',
    'Access-Control-Allow-Methods': 'GET, DELETE',
    'Access-Control-Max-Age': '600',
    ...(req.headers['access-control-request-private-network']
      ? { 'Access-Control-Allow-Private-Network': 'true' }
      : {}),
  });
  res.end();
}
