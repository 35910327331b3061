import { browser } from 'wxt/browser';
import { cleanUpStaleFiles, releaseFile } from '@/lib/file-jobs/disk-file-url';
import { makeJobFile } from '@/lib/file-jobs/file-job-in-worker';
import { serveJobPort } from '@/lib/file-jobs/offscreen/job-port';
import { openStreamFrame } from '@/lib/file-jobs/offscreen/open-stream';

// Chrome's service worker has no URL.createObjectURL and cannot start a download of its own stream; this hidden page does both for it, one port per job.

// A document that starts has no jobs: files left by one that died are garbage. Jobs wait for this.
const ready = cleanUpStaleFiles().catch(() => {});

browser.runtime.onConnect.addListener((port) =>
  serveJobPort(port, {
    runtimeId: browser.runtime.id,
    backgroundUrl: browser.runtime.getURL('/background.js'),
    ready,
    makeFile: makeJobFile,
    releaseFile,
    openStream: (nonce) => openStreamFrame(nonce, (path) => browser.runtime.getURL(path as '/')),
  }),
);
