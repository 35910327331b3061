// /__hq/*: test control over HTTP, for processes that cannot reach the
// in-process server object (a CLI-started server, a benchmark, Playwright).
//   GET    /__hq/faults     current faults
//   POST   /__hq/faults     {latencyMs?, notHq?, failNext?, dropNext?}  (failNext/dropNext: object or array)
//   DELETE /__hq/faults     clear faults
//   POST   /__hq/reset      restore demo data, clear faults and recorded requests
//   GET    /__hq/requests   recorded requests
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DropNextOptions, FailNextOptions, Faults, PathPattern } from './faults';
import { readBody, sendError, sendJson } from './http-util';

export interface ControlDeps {
  faults: Faults;
  reset(): void;
  requests(): readonly unknown[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const optionalString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** JSON cannot carry a RegExp: `pathPattern` is a substring, `pathRegex` a RegExp source. */
function pathPatternOf(rule: Json): PathPattern | undefined {
  if (typeof rule.pathRegex === 'string') return new RegExp(rule.pathRegex);
  return optionalString(rule.pathPattern);
}

function failOptions(rule: Json): FailNextOptions {
  return {
    status: optionalNumber(rule.status),
    times: optionalNumber(rule.times),
    pathPattern: pathPatternOf(rule),
    method: optionalString(rule.method),
    retryAfter: optionalNumber(rule.retryAfter),
    message: optionalString(rule.message),
  };
}

function dropOptions(rule: Json): DropNextOptions {
  return { times: optionalNumber(rule.times), pathPattern: pathPatternOf(rule), method: optionalString(rule.method) };
}

function rules(value: unknown): Json[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (!list.every(isObject)) throw new Error('failNext/dropNext must be objects');
  return list;
}

function applyFaults(faults: Faults, body: unknown): void {
  if (!isObject(body)) throw new Error('body must be a JSON object');
  const latency = optionalNumber(body.latencyMs);
  if (latency !== undefined) faults.latency(latency);
  if (typeof body.notHq === 'boolean') faults.notHq(body.notHq);
  rules(body.failNext).forEach((r) => faults.failNext(failOptions(r)));
  rules(body.dropNext).forEach((r) => faults.dropNext(dropOptions(r)));
}

export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, deps: ControlDeps): Promise<void> {
  const route = `${req.method} ${path}`;
  if (route === 'GET /__hq/faults') return sendJson(res, 200, deps.faults.snapshot());
  if (route === 'DELETE /__hq/faults') {
    deps.faults.clear();
    return sendJson(res, 200, deps.faults.snapshot());
  }
  if (route === 'POST /__hq/faults') {
    try {
      applyFaults(deps.faults, JSON.parse((await readBody(req)) || '{}'));
    } catch (error) {
      return sendError(res, 400, error instanceof Error ? error.message : 'bad request');
    }
    return sendJson(res, 200, deps.faults.snapshot());
  }
  if (route === 'POST /__hq/reset') {
    deps.reset();
    return sendJson(res, 200, { reset: true });
  }
  if (route === 'GET /__hq/requests') return sendJson(res, 200, { requests: deps.requests() });
  sendError(res, 404, 'not found');
}
