import { browser } from 'wxt/browser';

/*
 * How often the extension looks for new artifacts (issue 22's budget, in
 * README "Performance"): HQ's newest list once a minute while the person is
 * active, nothing while idle or locked; a visible conversation page's list
 * every 10 s, nothing while hidden.
 */
interface PollTiming {
  /** HQ's newest list, while the person is active. */
  workspaceMs: number;
  /** No keyboard or mouse for this long: the person is idle (the browser's idle API; 15 at least). */
  idleSeconds: number;
  /** The list of a conversation whose page is visible. */
  panelMs: number;
}

const PRODUCTION_TIMING: PollTiming = { workspaceMs: 60_000, idleSeconds: 60, panelMs: 10_000 };

/** Only in the e2e build (.env.e2e): tests and the bench may shorten the intervals through this storage key. */
const TEST_TIMING_KEY = 'testTiming';
const TESTABLE = (import.meta.env as Record<string, string | undefined>).WXT_HQ_TEST_TIMING === '1';

const atLeast = (value: unknown, least: number, otherwise: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= least ? value : otherwise;

export async function pollTiming(): Promise<PollTiming> {
  if (!TESTABLE) return PRODUCTION_TIMING;
  const stored: unknown = (await browser.storage.local.get(TEST_TIMING_KEY))[TEST_TIMING_KEY];
  if (!stored || typeof stored !== 'object') return PRODUCTION_TIMING;
  const { workspaceMs, idleSeconds, panelMs } = stored as Partial<PollTiming>;
  return {
    workspaceMs: atLeast(workspaceMs, 1000, PRODUCTION_TIMING.workspaceMs),
    idleSeconds: atLeast(idleSeconds, 15, PRODUCTION_TIMING.idleSeconds),
    panelMs: atLeast(panelMs, 500, PRODUCTION_TIMING.panelMs),
  };
}
