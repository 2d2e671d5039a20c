/**
 * The first-run page: what StageLens reads (the hosts and page kinds, from the platform
 * registry), that nothing leaves the browser, how to open the panel, the demo, and the privacy
 * policy (docs/PRIVACY.md says the same at length).
 */
import { useState } from 'preact/hooks';
import { ADAPTERS } from '../../lib/platforms/registry';
import { createT, loadLang, hasLang } from '../../lib/i18n';
import type { Lang } from '../../lib/i18n/lang';

type DemoState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string };

/** `initialLang`'s dictionary is loaded before the first render (entrypoints/welcome/main.tsx). */
export function Welcome({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(hasLang(initialLang) ? initialLang : 'zh-CN');
  const [demo, setDemo] = useState<DemoState>({ kind: 'idle' });
  const t = createT(lang);
  const en = lang === 'en';
  const choose = (l: Lang) =>
    void loadLang(l).then(() => {
      document.documentElement.lang = l;
      setLang(l);
    });

  const openDemo = async () => {
    setDemo({ kind: 'busy' });
    try {
      const { prepareDemo, demoPanelUrl } = await import('./demo');
      await prepareDemo();
      setDemo({ kind: 'idle' });
      window.open(demoPanelUrl(), '_blank');
    } catch (e) {
      setDemo({ kind: 'failed', message: String((e as Error)?.message ?? e) });
    }
  };

  return (
    <main class="welcome">
      <div class="langs">
        <button type="button" class="link" aria-pressed={!en} onClick={() => choose('zh-CN')}>
          中文
        </button>
        {' · '}
        <button type="button" class="link" aria-pressed={en} onClick={() => choose('en')}>
          English
        </button>
      </div>
      <h1>
        <img src="/icon/48.png" width={40} height={40} alt="" />
        {t('welcome.title')}
      </h1>
      <p>{t('welcome.lead')}</p>

      <section aria-labelledby="reads-h">
        <h2 id="reads-h">{t('welcome.reads')}</h2>
        <p>{t('welcome.readsNote')}</p>
        <ul class="hosts">
          {ADAPTERS.map((a) => (
            <li key={a.id} data-platform={a.id}>
              <strong>{en ? a.en : a.zh}</strong> <code>{a.hosts.join(', ')}</code>
              <div class="muted">{a.pages.map((p) => (en ? p.en : p.zh)).join(' · ')}</div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="private-h" id="privacy">
        <h2 id="private-h">{t('welcome.private')}</h2>
        <p>{t('welcome.privateNote')}</p>
      </section>

      <section aria-labelledby="open-h">
        <h2 id="open-h">{t('welcome.open')}</h2>
        <p>{import.meta.env.FIREFOX ? t('welcome.openFirefox') : t('welcome.openChrome')}</p>
      </section>

      <section aria-labelledby="demo-h">
        <h2 id="demo-h">{t('welcome.demo')}</h2>
        <p>{t('welcome.demoNote')}</p>
        <button type="button" class="demo-button" disabled={demo.kind === 'busy'} onClick={() => void openDemo()}>
          {demo.kind === 'busy' ? t('welcome.demoBusy') : t('welcome.demoButton')}
        </button>
        {demo.kind === 'failed' ? (
          <p role="alert" class="error">
            {t('welcome.demoFailed', { message: demo.message })}
          </p>
        ) : null}
      </section>
    </main>
  );
}
