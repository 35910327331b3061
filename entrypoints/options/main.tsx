import { render } from 'preact';
import '@/assets/base.css';
import './options.css';
import { applyDocumentLanguage } from '@/components/shared/document-language';
import { OptionsPage } from '@/components/options/OptionsPage';

applyDocumentLanguage('options_documentTitle');
render(<OptionsPage />, document.getElementById('app')!);
