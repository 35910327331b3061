import type { Page } from '@playwright/test';
import type { OptionsPage } from '../components/options/options.page';

export interface SignInChoice {
  /** The HQ account to sign in as (the demo server knows ada@, grace@, alan@example.com). */
  email?: string;
  decision?: 'Allow' | 'Deny';
}

/**
 * Clicks "Sign in with HQ" on the options page and plays the person in HQ's
 * window (launchWebAuthFlow opens it as an ordinary page): signs in when HQ
 * asks, then allows or denies. Returns the HQ window, which closes itself
 * once HQ redirects back to the extension.
 */
export async function signInWithHq(
  options: OptionsPage,
  hq: { url: string; webAppUrl: string },
  choice: SignInChoice = {},
): Promise<Page> {
  await options.fillAddresses(hq.url, hq.webAppUrl);
  const window = await options.signInWithHq();
  await window.waitForLoadState();
  if (await window.getByRole('heading', { name: 'Sign in to HQ' }).isVisible()) {
    await window.getByLabel('Email').fill(choice.email ?? 'ada@example.com');
    await window.getByRole('button', { name: 'Sign in' }).click();
  }
  await window.getByRole('button', { name: choice.decision ?? 'Allow' }).click();
  return window;
}
