import { render } from 'preact';
import { Popup } from './Popup';
import '../ui/page.css';

render(<Popup />, document.getElementById('app')!);
