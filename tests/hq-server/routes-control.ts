// /__hq/*: test control over HTTP, for processes that cannot reach the
// in-process server object (a CLI-started server, a benchmark, Playwright).
//   GET    /__hq/faults     current faults
//   POST   /__hq/faults     {latencyMs?, notHq?, artifactPaging?, failNext?, dropNext?}  (failNext/dropNext: object or array;
//                           artifactPaging: 'pages' | 'ignored' | 'page-size-only')
//   DELETE /__hq/faults     clear faults
//   POST   /__hq/reset      restore demo data, clear faults and recorded requests
//   GET    /__hq/requests   recorded requests
//   POST   /__hq/artifacts  {conversation_id, name, content_type?, bytes? (UTF-8 text) | bytes_base64?,
//                           caption?, sensitive?, created_at?} → 201 {artifact, conversation}: an artifact
//                           arrives and moves the conversation's last_activity_at (404 unknown conversation)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { artifactsOf, findConversation } from './demo-data';
import {
  ARTIFACT_PAGINGS,
  type ArtifactPaging,
  type DropNextOptions,
  type FailNextOptions,
  type Faults,
  type PathPattern,
} from './faults';
import { readBody, sendError, sendJson } from './http-util';
import type { Artifact, DemoData } from './types';
import { conversationRow, workspaceArtifact } from './wire';
import { EditError, type NewArtifact } from './workspace-edits';

export interface ControlDeps {
  faults: Faults;
  reset(): void;
  requests(): readonly unknown[];
  data(): DemoData;
  addArtifact(conversationId: string, artifact: NewArtifact): Artifact;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalNumber = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
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
  if (body.artifactPaging !== undefined) {
    if (!ARTIFACT_PAGINGS.includes(body.artifactPaging as ArtifactPaging))
      throw new Error(`artifactPaging must be one of ${ARTIFACT_PAGINGS.join(', ')}`);
    faults.pageArtifacts(body.artifactPaging as ArtifactPaging);
  }
  rules(body.failNext).forEach((r) => faults.failNext(failOptions(r)));
  rules(body.dropNext).forEach((r) => faults.dropNext(dropOptions(r)));
}

function newArtifact(body: unknown): { conversationId: string; artifact: NewArtifact } {
  if (!isObject(body)) throw new EditError('body must be a JSON object');
  if (typeof body.conversation_id !== 'string') throw new EditError('conversation_id must be a string');
  if (typeof body.name !== 'string') throw new EditError('name must be a string');
  const text = optionalString(body.bytes);
  const base64 = optionalString(body.bytes_base64);
  return {
    conversationId: body.conversation_id,
    artifact: {
      name: body.name,
      content_type: optionalString(body.content_type),
      bytes: base64 !== undefined ? new Uint8Array(Buffer.from(base64, 'base64')) : text,
      caption: optionalString(body.caption) ?? null,
      sensitive: body.sensitive === true,
      created_at: optionalString(body.created_at),
    },
  };
}

async function addArtifactRoute(req: IncomingMessage, res: ServerResponse, deps: ControlDeps): Promise<void> {
  let request: { conversationId: string; artifact: NewArtifact };
  try {
    request = newArtifact(JSON.parse((await readBody(req, 16 * 1024 * 1024)) || '{}'));
  } catch (error) {
    return sendError(res, 400, error instanceof Error ? error.message : 'bad request');
  }
  const conversation = findConversation(deps.data(), request.conversationId.toLowerCase());
  if (!conversation) return sendError(res, 404, 'conversation not found');
  let artifact: Artifact;
  try {
    artifact = deps.addArtifact(conversation.id, request.artifact);
  } catch (error) {
    if (error instanceof EditError) return sendError(res, 400, error.message);
    throw error;
  }
  sendJson(res, 201, {
    artifact: workspaceArtifact(artifact, conversation),
    conversation: conversationRow(conversation, artifactsOf(deps.data(), conversation.id).length),
  });
}

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: ControlDeps,
): Promise<void> {
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
  if (route === 'POST /__hq/artifacts') return addArtifactRoute(req, res, deps);
  sendError(res, 404, 'not found');
}
