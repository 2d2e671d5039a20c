/** How a derived metric is computed, in words, from the catalogue's formula. */
import { METRICS, type MetricId } from '../metrics/catalog';
import { short, type Lang } from '../i18n/lang';

export function formulaText(metric: MetricId, lang: Lang): string | null {
  const f = METRICS[metric].formula;
  if (!f) return null;
  const l = short(lang);
  return `${METRICS[f.num][l]} ÷ ${METRICS[f.den][l]}${f.scale ? ` × ${f.scale.toLocaleString('en-US')}` : ''}`;
}
