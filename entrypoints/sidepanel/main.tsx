import { render } from 'preact';
import { App } from '../../components/App';
import { openDb } from '../../lib/store/db';
import './style.css';

render(<App db={openDb()} />, document.getElementById('app')!);
