/** With nothing captured yet: the pages StageLens reads, from the platform registry. */
import { ADAPTERS } from '../../lib/platforms/registry';
import { useLang, useT } from '../state/context';

export function SupportedPages() {
  const t = useT();
  const en = useLang() === 'en';
  return (
    <section aria-label={t('now.supported')}>
      <p>{t('now.empty')}</p>
      <ul class="supported">
        {ADAPTERS.map((a) => (
          <li key={a.id}>
            <strong>{en ? a.en : a.zh}</strong> <span class="muted">{a.hosts.join(', ')}</span>
            <div class="muted">{a.pages.map((p) => (en ? p.en : p.zh)).join(' · ')}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
