import { render } from 'preact';
import { PopupApp } from './PopupApp';
import type { InitialData } from './initial-load';

export function mountPopup(initial: InitialData): void {
  render(<PopupApp initial={initial} />, document.getElementById('app')!);
}
