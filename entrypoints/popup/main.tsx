import '@/assets/base.css';
import './popup.css';
import { loadInitialData } from '@/components/popup/initial-load';
import { applyDocumentLanguage } from '@/components/shared/document-language';

applyDocumentLanguage('extName');

// Read settings and the cached list first; the UI's code loads meanwhile, so
// the first paint already has the cached rows.
// The marks are the steps of docs/performance.md's trace of the popup's start (scripts/trace-popup.ts).
const initial = loadInitialData().then((data) => (performance.mark('hq:initial-data'), data));
const ui = import('@/components/popup/mount-popup').then((module) => (performance.mark('hq:ui-code'), module));
void Promise.all([initial, ui]).then(([data, { mountPopup }]) => mountPopup(data));
