/** Where GMV comes from, on the platform's own framework (FACT / STEPS), against the stage's suggestion. */
import { FRAMEWORKS, type ChannelMix as Mix } from '../../lib/growth';
import { formatValue } from '../../lib/format/number';
import { pick, short } from '../../lib/i18n/lang';
import { useLang, useT } from '../state/context';

export function ChannelMix({ mix }: { mix: Mix }) {
  const t = useT();
  const lang = useLang();
  const l = short(lang);
  return (
    <section class="card channels" aria-labelledby="channels-h">
      <h2 id="channels-h">{t('channels.title', { framework: pick(FRAMEWORKS[mix.framework].name, lang) })}</h2>
      {!mix.complete ? <p class="muted small">{t('channels.incomplete')}</p> : null}
      <table class="channel-table">
        <thead>
          <tr>
            <th scope="col">{t('channels.group')}</th>
            <th scope="col">{t('channels.gmv')}</th>
            <th scope="col">{t('channels.share')}</th>
            <th scope="col">{t('channels.suggested')}</th>
          </tr>
        </thead>
        <tbody>
          {mix.groups.map((g) => (
            <tr key={g.id} data-group={g.id}>
              <th scope="row">
                <span class="letter">{g.letter}</span> {pick(g.name, lang)}
                {g.note ? <div class="muted small">{pick(g.note, lang)}</div> : null}
              </th>
              <td class="num">{formatValue(g.value, 'cny', l)}</td>
              <td class="num">
                {formatValue(g.share, 'ratio', l)}
                {g.share !== null ? (
                  <span class="share-bar">
                    <span style={{ width: `${Math.round(g.share * 100)}%` }} />
                  </span>
                ) : null}
              </td>
              <td class="num small">
                {g.suggested ? `${formatValue(g.suggested.low, 'ratio', l)}–${formatValue(g.suggested.high, 'ratio', l)}` : '--'}
                {g.position !== 'unknown' ? <div class={`pos pos-${g.position}`}>{t(`channels.${g.position}`)}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{pick(mix.advice, lang)}</p>
      <p class="muted small">{pick(mix.example, lang)}</p>
      <p class="muted small">{pick(mix.note, lang)}</p>
    </section>
  );
}
