import { describe, expect, it } from 'vitest';
import { serveJobPort, type JobPortDeps } from '@/lib/file-jobs/offscreen/job-port';
import { OFFSCREEN_PORT, type OffscreenReport } from '@/lib/messaging/offscreen-protocol';

// The offscreen document's port protocol without a browser: an in-memory port stands in for runtime.connect's.

const RUNTIME_ID = 'our-extension-id';
const BACKGROUND = `chrome-extension://${RUNTIME_ID}/background.js`;

function event<T extends unknown[]>() {
  const listeners: ((...args: T) => void)[] = [];
  return {
    addListener: (l: (...args: T) => void) => listeners.push(l),
    fire: (...args: T) => listeners.forEach((l) => l(...args)),
  };
}

function port(sender: { id?: string; url?: string; tab?: object } = { id: RUNTIME_ID, url: BACKGROUND }) {
  const reports: OffscreenReport[] = [];
  const onMessage = event<[unknown]>();
  const onDisconnect = event<[]>();
  let open = true;
  const p = {
    name: OFFSCREEN_PORT,
    sender,
    postMessage: (report: OffscreenReport) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      reports.push(report);
    },
    disconnect: () => {
      open = false;
    },
    onMessage,
    onDisconnect,
  };
  return {
    port: p as unknown as Parameters<typeof serveJobPort>[0],
    reports,
    send: onMessage.fire,
    backgroundGone: onDisconnect.fire,
    isOpen: () => open,
  };
}

function deps(overrides: Partial<JobPortDeps> = {}) {
  const made: string[] = [];
  const released: string[] = [];
  const signals: AbortSignal[] = [];
  const opened: string[] = [];
  const closed: string[] = [];
  const value: JobPortDeps = {
    runtimeId: RUNTIME_ID,
    backgroundUrl: BACKGROUND,
    ready: Promise.resolve(),
    async makeFile(jobId, _job, _authorization, onProgress, signal) {
      signals.push(signal);
      onProgress({ done: 1, total: 2, failed: 0 });
      made.push(jobId);
      return { blobUrl: `blob:${jobId}`, failedIndexes: [] };
    },
    async releaseFile(jobId) {
      released.push(jobId);
    },
    openStream(nonce) {
      opened.push(nonce);
      return () => closed.push(nonce);
    },
    ...overrides,
  };
  return { value, made, released, signals, opened, closed };
}

const job = {
  type: 'zip:build',
  jobId: 'job-1',
  sources: [{ name: 'a.pdf', url: 'https://api.hq.zone/v1/api/artifacts/a/download' }],
  errorsText: { missing: 'Missing' },
  authorization: 'Bearer t',
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the offscreen document’s job port', () => {
  it('makes the file, reports progress and the file, and deletes it once the background saved it', async () => {
    const p = port();
    const d = deps();
    serveJobPort(p.port, d.value);
    p.send(job);
    await settle();
    expect(p.reports).toEqual([
      { type: 'progress', done: 1, total: 2, failed: 0 },
      { type: 'made', blobUrl: 'blob:job-1', failedIndexes: [] },
    ]);
    expect(d.released).toEqual([]);
    p.send({ type: 'file:release' });
    await settle();
    expect(d.released).toEqual(['job-1']);
    expect(p.isOpen()).toBe(false);
  });

  it.each([
    ['a content script in a tab', { id: RUNTIME_ID, url: BACKGROUND, tab: { id: 3 } }],
    ['another extension', { id: 'someone-else', url: BACKGROUND }],
    [
      'one of our pages that is not the background',
      { id: RUNTIME_ID, url: `chrome-extension://${RUNTIME_ID}/popup.html` },
    ],
  ])('closes the port of %s without doing anything', async (_who, sender) => {
    const p = port(sender);
    const d = deps();
    serveJobPort(p.port, d.value);
    expect(p.isOpen()).toBe(false);
    p.send(job);
    await settle();
    expect(d.made).toEqual([]);
  });

  it('answers a malformed job with why, and closes', async () => {
    const p = port();
    const d = deps();
    serveJobPort(p.port, d.value);
    p.send({ ...job, sources: 42 });
    await settle();
    expect(p.reports).toHaveLength(1);
    expect(p.reports[0]).toMatchObject({ type: 'failed', error: { kind: 'invalid' } });
    expect(d.made).toEqual([]);
    expect(p.isOpen()).toBe(false);
  });

  it('stops the job when the background goes away, and deletes its file only after the job ended', async () => {
    let finish!: () => void;
    const p = port();
    const d = deps();
    const released: string[] = [];
    serveJobPort(p.port, {
      ...d.value,
      makeFile: (jobId, _job, _auth, _progress, signal) =>
        new Promise((resolve) => {
          d.signals.push(signal);
          finish = () => resolve({ blobUrl: `blob:${jobId}`, failedIndexes: [] });
        }),
      releaseFile: async (jobId) => void released.push(jobId),
    });
    p.send(job);
    await settle();
    p.backgroundGone();
    expect(d.signals[0]!.aborted).toBe(true);
    await settle();
    expect(released).toEqual([]); // still being written
    finish();
    await settle();
    expect(released).toEqual(['job-1']);
  });

  it('reports a failed job with its error, and leaves nothing to delete', async () => {
    const p = port();
    const d = deps({
      makeFile: async () => {
        throw new Error('disk full');
      },
    });
    serveJobPort(p.port, d.value);
    p.send(job);
    await settle();
    expect(p.reports).toEqual([{ type: 'failed', error: { kind: 'internal', message: 'disk full' } }]);
    p.send({ type: 'file:release' });
    await settle();
    expect(d.released).toEqual([]);
  });

  it('waits for the clean-up of an earlier document before making the file', async () => {
    let cleaned!: () => void;
    const p = port();
    const d = deps({ ready: new Promise<void>((resolve) => (cleaned = resolve)) });
    serveJobPort(p.port, d.value);
    p.send(job);
    await settle();
    expect(d.made).toEqual([]);
    cleaned();
    await settle();
    expect(d.made).toEqual(['job-1']);
  });

  describe('a single file streamed by the service worker', () => {
    const nonce = '0b6c3f4e-8a2d-4c1e-9f7a-2d5e6b8c9a01';

    it('opens the stream’s address, says so, and closes it once the background is done', async () => {
      const p = port();
      const d = deps();
      serveJobPort(p.port, d.value);
      p.send({ type: 'stream:open', jobId: 'job-2', nonce });
      await settle();
      expect(d.opened).toEqual([nonce]);
      expect(p.reports).toEqual([{ type: 'opened' }]);
      expect(d.closed).toEqual([]);
      p.send({ type: 'file:release' });
      await settle();
      expect(d.closed).toEqual([nonce]);
      expect(d.made).toEqual([]);
    });

    it('closes it when the background goes away', async () => {
      const p = port();
      const d = deps();
      serveJobPort(p.port, d.value);
      p.send({ type: 'stream:open', jobId: 'job-2', nonce });
      p.backgroundGone();
      await settle();
      expect(d.closed).toEqual([nonce]);
    });

    it.each([
      ['an address instead of a nonce', { type: 'stream:open', jobId: 'job-2', nonce: 'https://elsewhere.test/' }],
      ['a token with it', { type: 'stream:open', jobId: 'job-2', nonce, authorization: 'Bearer t' }],
      [
        'a single file fetched with the token (the service worker streams those itself)',
        {
          type: 'file:fetch',
          jobId: 'job-2',
          url: 'https://api.hq.zone/v1/api/artifacts/a/download',
          authorization: 'Bearer t',
        },
      ],
    ])('refuses %s', async (_what, request) => {
      const p = port();
      const d = deps();
      serveJobPort(p.port, d.value);
      p.send(request);
      await settle();
      expect(d.opened).toEqual([]);
      expect(d.made).toEqual([]);
      expect(p.reports[0]).toMatchObject({ type: 'failed', error: { kind: 'invalid' } });
    });
  });
});
