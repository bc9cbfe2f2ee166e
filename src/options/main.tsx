import { render } from 'preact';
import { Options } from './Options';
import '../ui/page.css';
import '../ui/base.css';
import '../ui/card.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
