import { render } from 'preact';
import '@/assets/base.css';
import './popup.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { loadInitialData } from '@/components/popup/initial-load';

// Start reading before anything renders: the first paint already has the cached rows.
void loadInitialData().then((initial) => render(<PopupApp initial={initial} />, document.getElementById('app')!));
