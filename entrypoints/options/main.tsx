import { render } from 'preact';
import '@/assets/base.css';
import './options.css';
import { OptionsPage } from '@/components/options/OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
