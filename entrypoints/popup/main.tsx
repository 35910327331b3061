import '@/assets/base.css';
import './popup.css';
import { loadInitialData } from '@/components/popup/initial-load';
import { applyDocumentLanguage } from '@/components/shared/document-language';

applyDocumentLanguage('extName');

// Read settings and the cached list first; the UI's code loads meanwhile, so
// the first paint already has the cached rows.
const initial = loadInitialData();
void Promise.all([initial, import('@/components/popup/mount-popup')]).then(([data, { mountPopup }]) =>
  mountPopup(data),
);
