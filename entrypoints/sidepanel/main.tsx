import { render } from 'preact';
import { App } from '../../components/App';
import { openDb } from '../../lib/store/db';
import { DEMO_DB_NAME, isDemoQuery } from '../../lib/store/demo';
import './style.css';

// ?demo (from the welcome page): the separate demo store, never the user's history
const demo = isDemoQuery(location.search);
render(<App db={demo ? openDb(DEMO_DB_NAME) : openDb()} demo={demo} />, document.getElementById('app')!);
