import { browser } from 'wxt/browser';
import { badgeFace, type BadgeState } from '../badge-face';

/*
 * The one owner of the toolbar button's badge and tooltip. This state lives
 * as long as the background does; the new-artifact count is stored elsewhere
 * (lib/new-artifacts) and set again when the background starts.
 */

let newCount = 0;
let alert: string | null = null;
const jobs = new Map<string, { done: number; total: number }>();
let shown = '';

function render(): void {
  const state: BadgeState = { newCount, alert, jobs: [...jobs.values()] };
  const face = badgeFace(state);
  const key = JSON.stringify(face);
  if (key === shown) return;
  shown = key;
  // The button may be gone (a browser without one): the badge is a courtesy, never a failure.
  void Promise.resolve()
    .then(() =>
      Promise.all([
        browser.action.setBadgeText({ text: face.text }),
        browser.action.setBadgeBackgroundColor({ color: face.colour }),
        browser.action.setTitle({ title: face.title }),
      ]),
    )
    .catch(() => {});
}

export function showNewCount(count: number): void {
  newCount = count;
  render();
}

/** A ZIP the extension builds: its progress shows on the button until it ends. */
export function showJobProgress(jobId: string, done: number, total: number): void {
  jobs.set(jobId, { done, total });
  render();
}

export function endJobProgress(jobId: string): void {
  if (!jobs.delete(jobId)) return;
  render();
}

/** A failure no page could show; it stays until the person opens the popup. */
export function showAlert(text: string): void {
  alert = text;
  render();
}

export function clearAlert(): void {
  if (alert === null) return;
  alert = null;
  render();
}
