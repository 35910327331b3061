import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../launch-browser';
import { hqWorkerFixture, type HqWorkerFixtures } from '../hq-server/worker-fixture';
import { connectExtension } from '../../components/options/options.page';
import { PopupPage } from '../../components/popup/popup.page';
import { findArtifact } from '../hq-server/demo-data';

/*
 * Issue 19: a preview must not reach the network in any way — not only no
 * HTTP request (the other hostile-preview test watches those), but no TCP
 * connection and no host-name resolution, which preconnect and dns-prefetch
 * hints cause without any request event. Chromium maps every
 * *.attacker.example name to a loopback listener that counts the connections
 * it accepts, and writes a net log in which every resolution is recorded.
 */

const HOST = 'attacker.example';
/** Every way a document can make a browser connect or resolve that we know of, each to its own host name (a leaked secret would ride in one). */
const hostile = (where: string) => `
<link rel="preconnect" href="https://${where}-preconnect.${HOST}">
<link rel="dns-prefetch" href="//${where}-dnsprefetch.${HOST}">
<link rel="prefetch" href="https://${where}-prefetch.${HOST}/p">
<link rel="preload" as="image" href="https://${where}-preload.${HOST}/p.png">
<link rel="modulepreload" href="https://${where}-modulepreload.${HOST}/m.js">
<link rel="prerender" href="https://${where}-prerender.${HOST}/">
<meta http-equiv="refresh" content="0;url=https://${where}-refresh.${HOST}/">
<meta http-equiv="x-dns-prefetch-control" content="on">
<base href="https://${where}-base.${HOST}/">
<p>Report body <a href="https://${where}-anchor.${HOST}/" ping="https://${where}-ping.${HOST}/">details</a></p>
<img src="relative.png" alt="relative to the base">
<img srcset="https://${where}-srcset.${HOST}/x.png 2x" alt="srcset">
<svg width="10" height="10"><image href="https://${where}-svgimage.${HOST}/i.png" width="10" height="10"/></svg>
`;
const HOSTILE_REPORT = `<!doctype html><html><head><title>Quarterly report</title>${hostile('html')}</head><body><h1>Quarterly report</h1></body></html>`;
const HOSTILE_NOTES = `# Sprint notes\n\nMarkdown passes raw HTML through.\n\n${hostile('md')}\n`;
const HOSTILE_BADGE = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">
<image href="https://svg-image.${HOST}/i.png" width="40" height="40"/><use xlink:href="https://svg-use.${HOST}/s.svg#x"/>
<foreignObject width="40" height="40"><link xmlns="http://www.w3.org/1999/xhtml" rel="preconnect" href="https://svg-preconnect.${HOST}"/></foreignObject>
<rect width="40" height="40" fill="#b91c1c"/></svg>`;

interface Fixtures {
  listener: { server: Server; port: number; connections: () => number };
  netLog: string;
  extension: ExtensionBrowser;
}

const test = base.extend<Fixtures, HqWorkerFixtures>({
  hq: hqWorkerFixture,
  listener: async ({}, use) => {
    let accepted = 0;
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      accepted += 1;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await use({ server, port: (server.address() as AddressInfo).port, connections: () => accepted });
    sockets.forEach((s) => s.destroy());
    server.close();
  },
  netLog: async ({}, use) => {
    await use(path.join(mkdtempSync(path.join(tmpdir(), 'hq-netlog-')), 'netlog.json'));
  },
  extension: async ({ hq, listener, netLog }, use) => {
    hq.reset();
    const launched = await launchWithExtension({
      extraArgs: [
        `--host-resolver-rules=MAP *.${HOST} 127.0.0.1:${listener.port}`,
        `--log-net-log=${netLog}`,
        '--net-log-capture-mode=Everything',
      ],
    });
    await use(launched);
    await launched.context.close();
  },
});

test('hostile HTML, Markdown and SVG previews make no connection and resolve no host name', async ({
  extension,
  hq,
  listener,
  netLog,
}) => {
  const { context, extensionId } = extension;
  const conversationId = findArtifact(hq.data, 'untrusted-widget.html').conversation_id!;
  hq.addArtifact(conversationId, { name: 'hostile-report.html', content_type: 'text/html', bytes: HOSTILE_REPORT });
  hq.addArtifact(conversationId, { name: 'hostile-notes.md', content_type: 'text/markdown', bytes: HOSTILE_NOTES });
  hq.addArtifact(conversationId, { name: 'hostile-badge.svg', content_type: 'image/svg+xml', bytes: HOSTILE_BADGE });
  await (
    await connectExtension(context, extensionId, { url: hq.url, webAppUrl: hq.webAppUrl, token: hq.tokens.readWrite })
  ).close();

  // The rig works: a page the test opens itself does reach the listener through the mapped name.
  const probe = await context.newPage();
  await probe.goto(`http://probe.${HOST}/`).catch(() => undefined);
  await expect.poll(listener.connections).toBeGreaterThan(0);
  await probe.close();
  const before = listener.connections();

  const popup = await PopupPage.open(context, extensionId);
  for (const [name, shown] of [
    ['hostile-report.html', popup.previewFrame.getByRole('heading', { name: 'Quarterly report' })],
    ['hostile-notes.md', popup.previewFrame.getByRole('heading', { name: 'Sprint notes' })],
    ['hostile-badge.svg', popup.dialog.getByRole('img')],
  ] as const) {
    await popup.search(name);
    await popup.preview(name);
    await expect(shown).toBeVisible();
    // Loaded: the document has been parsed and every resource it asks for asked — when a hint would go out.
    if (name.endsWith('.svg')) await popup.previewImageLoaded();
    else await popup.previewFrameLoaded();
    // A person reads, moves the pointer over the link and presses it: the moments a browser warms connections up.
    if (!name.endsWith('.svg')) {
      const link = popup.previewFrame.getByText('details');
      await link.hover();
      await link.click({ noWaitAfter: true }).catch(() => undefined);
    }
    // A window for connections and look-ups that start after the page's own work: none may come.
    await popup.page.waitForTimeout(1500);
    await popup.press('Escape');
  }
  await popup.close();
  const connections = listener.connections() - before;

  await context.close(); // the net log is complete once the browser has shut down
  const log = readFileSync(netLog, 'utf8');
  expect(log).toContain(`probe.${HOST}`); // the log does record what the rig itself did
  // Host names the browser resolved or connected to for the previews (the net log names each one).
  const named = [...new Set(log.match(new RegExp(`[a-z0-9-]+\\.${HOST.replace('.', '\\.')}`, 'g')) ?? [])]
    .filter((h) => !h.startsWith('probe.'))
    .sort();
  expect({ connections, named }).toEqual({ connections: 0, named: [] });
});
