// Standalone stand-in for manual testing and benchmarks:
//   npx tsx tests/hq-server/cli.ts [--port 8787] [--artifacts 500] [--latency 0]
//                                  [--conversations 1000 --workspace-artifacts 10000]
//                                  [--artifact-paging pages|ignored|page-size-only]
import { parseArgs } from 'node:util';
import { GRANTS } from './auth';
import { conversationByTitle } from './demo-data';
import { ARTIFACT_PAGINGS, type ArtifactPaging } from './faults';
import { startHqServer } from './server';

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    artifacts: { type: 'string' },
    conversations: { type: 'string' },
    'workspace-artifacts': { type: 'string' },
    latency: { type: 'string' },
    host: { type: 'string' },
    'artifact-paging': { type: 'string' },
  },
});

const workspace = {
  conversations: intOption(values.conversations, 'conversations', 0),
  artifacts: intOption(values['workspace-artifacts'], 'workspace-artifacts', 0),
};

const paging = values['artifact-paging'] ?? 'pages';
if (!ARTIFACT_PAGINGS.includes(paging as ArtifactPaging))
  throw new Error(`--artifact-paging must be one of ${ARTIFACT_PAGINGS.join(', ')}`);

const server = await startHqServer({
  artifactPaging: paging as ArtifactPaging,
  port: intOption(values.port, 'port', 8787),
  artifactCount: intOption(values.artifacts, 'artifacts', 0),
  workspace: workspace.conversations || workspace.artifacts ? workspace : undefined,
  latencyMs: intOption(values.latency, 'latency', 0),
  host: values.host ?? '127.0.0.1',
});

const demo = conversationByTitle(server.data, 'Q3 revenue analysis');
console.log(`HQ stand-in API   ${server.url}`);
console.log(`Web app           ${server.webAppUrl}`);
console.log(`Demo conversation ${server.webAppUrl}/conversations/${demo.id}`);
console.log('Tokens:');
for (const grant of GRANTS)
  console.log(`  ${grant.token.padEnd(24)} ${grant.scopes.length ? grant.scopes.join(', ') : '(no scopes)'}`);
console.log(`Artifacts: ${server.data.artifacts.length}, conversations: ${server.data.conversations.length}`);
console.log(`Faults: POST/DELETE ${server.url}/__hq/faults — Ctrl-C to stop.`);

const shutdown = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
