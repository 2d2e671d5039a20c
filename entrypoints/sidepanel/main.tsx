import { render } from 'preact';
render(<p>StageLens</p>, document.getElementById('app')!);
