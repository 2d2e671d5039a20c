/** The first-run page (opened by the background on a first install; lib/background/installed.ts). */
import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome';
import { loadLang } from '../../lib/i18n';
import type { Lang } from '../../lib/i18n/lang';
import '../sidepanel/style.css';
import './welcome.css';

const lang: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
document.documentElement.lang = lang;
void loadLang(lang).finally(() => render(<Welcome initialLang={lang} />, document.getElementById('app')!));
