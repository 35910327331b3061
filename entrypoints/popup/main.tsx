// First: starts reading the settings and the cached list before the UI's code is evaluated.
import { initialData } from '@/components/popup/initial-data-started';
import '@/assets/base.css';
import './popup.css';
import { applyDocumentLanguage } from '@/components/shared/document-language';
import { mountPopup } from '@/components/popup/mount-popup';

applyDocumentLanguage('extName');
// All of the popup's code loads at once with the page (no second round trip); the first paint has the cached rows.
performance.mark('hq:ui-code');
void initialData.then(mountPopup);
