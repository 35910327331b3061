import { render } from 'preact';
import '@/assets/base.css';
import './popup.css';
import { PopupApp } from '@/components/popup/PopupApp';

render(<PopupApp />, document.getElementById('app')!);
