/**
 * The 复盘 draft of the first picked session: rule-made sentences (lib/review) with the numbers
 * behind each, in zh-CN or en, copied as text or Markdown. Text only: titles from the page are
 * inserted as text, never as HTML.
 */
import { useState } from 'preact/hooks';
import { liveT } from '../../lib/i18n/live';
import { reviewSentences } from '../../lib/review/rules';
import { reviewMarkdown, reviewText } from '../../lib/review/render';
import { reviewInputOf } from '../../lib/store/review';
import type { SessionRow } from '../../lib/store/rows';
import { LANGS, type Lang } from '../../lib/i18n/lang';
import { sessionName } from '../common/names';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useApp, useLang, useT } from '../state/context';

export function ReviewCard({ session }: { session: SessionRow }) {
  const { db } = useApp();
  const panelLang = useLang();
  const tMain = useT();
  const [lang, setLang] = useState<Lang>(panelLang);
  const [note, setNote] = useState('');
  const t = liveT(panelLang);
  const input = useLiveQuery(() => reviewInputOf(db, session.id), [session.id], null).value;
  const sentences = input ? reviewSentences(input) : [];
  const title = sessionName(session);
  const copy = async (md: boolean) => {
    try {
      await navigator.clipboard.writeText(md ? reviewMarkdown(sentences, lang, title) : reviewText(sentences, lang, title));
      setNote(t('review.copied'));
    } catch (e) {
      setNote(t('review.copyFailed', { message: String((e as Error)?.message ?? e) }));
    }
  };
  return (
    <section class="card review" aria-labelledby="review-h" data-review>
      <h2 id="review-h">{t('review.title', { session: title })}</h2>
      <p class="muted small">{t('review.hint')}</p>
      {!sentences.length ? (
        <p class="muted">{t('review.none')}</p>
      ) : (
        <>
          <div class="row">
            <label class="field" for="review-lang">
              <span>{t('review.in')}</span>
              <select id="review-lang" value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
                {LANGS.map((l) => (
                  <option key={l} value={l}>
                    {tMain(`lang.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="small" onClick={() => void copy(false)}>
              {t('review.copyText')}
            </button>{' '}
            <button type="button" class="small" onClick={() => void copy(true)}>
              {t('review.copyMarkdown')}
            </button>{' '}
            {note ? (
              <span role="status" class="muted small">
                {note}
              </span>
            ) : null}
          </div>
          <ol class="review-list">
            {sentences.map((s, i) => (
              <li key={i} data-review-rule={s.rule} data-tone={s.tone}>
                <span>{lang === 'en' ? s.en : s.zh}</span>
                <span class="muted small">
                  {' '}
                  · {t('review.from')}:{' '}
                  {Object.entries(s.from)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
