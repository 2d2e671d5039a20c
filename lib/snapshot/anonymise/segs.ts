/**
 * A text or an attribute value cut into segments (../segment.ts): what is kept, what is a
 * number, a date, an id, a name. Knows the page's words (the dictionary, the labels kept as
 * shown, the labels whose value is a name), not the DOM.
 */
import { normaliseLabel } from '../../extract/labels';
import { foldOneForOne } from '../../parse/grammar';
import { parseText } from '../../parse/text';
import { segment, type Seg } from '../segment';
import { buildDictionary, isMetricLike, LATIN_UI, STATE_WORDS, type Dictionary } from '../words';
import type { AttrMode } from './types';

const TOKEN_RE = /\d+(?:[.,:/-]\d+)*/g;

/** The number-looking tokens of a text with two or more digits: what must not survive. */
export function numberTokens(text: string): string[] {
  return (foldOneForOne(text).match(TOKEN_RE) ?? []).filter((t) => t.replace(/\D/g, '').length >= 2);
}

export interface Words {
  dict: Dictionary;
  /** labels kept as shown, normalised */
  keepExact: Set<string>;
  /** labels whose value is a name or an id, normalised */
  nameLabels: Set<string>;
}

export function wordsFor(keepLabels: Set<string>, nameLabels: Iterable<string> = []): Words {
  return {
    dict: buildDictionary(keepLabels),
    keepExact: new Set([...keepLabels].map(normaliseLabel)),
    nameLabels: new Set([...nameLabels].map(normaliseLabel)),
  };
}

/** A text node's (or a text attribute's) segments; `forceName`: it follows a name label. */
export function textSegs(w: Words, data: string, forceName: boolean): Seg[] {
  const trimmed = data.trim();
  const norm = normaliseLabel(trimmed);
  if (!forceName || w.keepExact.has(norm)) {
    if (w.dict.whole.has(norm) || parseText(trimmed).kind === 'missing') return [{ t: 'keep', s: data }];
    if (isMetricLike(norm)) return [{ t: 'keep', s: data, metricLike: true }];
  }
  const m = /^(\s*)([^:：]{2,8}?)([:：]\s*)([^]+?)(\s*)$/.exec(data);
  if (m && w.dict.whole.has(normaliseLabel(m[2]!))) {
    const isName = w.nameLabels.has(normaliseLabel(m[2]!));
    // a range's end points at its start by index: one segment goes before them here
    const inner = segment(m[4]!, w.dict, { noKeep: isName }).map((x): Seg => (x.t === 'date' && x.from !== undefined ? { ...x, from: x.from + 1 } : x));
    return [{ t: 'keep', s: m[1]! + m[2]! + m[3]! }, ...inner, { t: 'keep', s: m[5]! }];
  }
  return segment(data, w.dict, { noKeep: forceName });
}

export function attrSegs(w: Words, value: string, mode: AttrMode): Seg[] {
  if (mode === 'text') return textSegs(w, value, false);
  const out: Seg[] = [];
  const re = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([A-Za-z]+)|(\d+)|([^]+?)/g;
  const f = foldOneForOne(value);
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const s = value.slice(m.index, m.index + m[0].length);
    if (m[1]) out.push(mode !== 'class' && mode !== 'long' && !w.dict.whole.has(m[1]) && !w.dict.han.has(m[1]) ? { t: 'name', s } : { t: 'keep', s });
    else if (m[2])
      out.push(mode === 'data' && !(STATE_WORDS.has(m[2].toLowerCase()) || LATIN_UI.has(m[2]) || m[2].length <= 2) ? { t: 'latin', s } : { t: 'keep', s });
    else if (m[3]) out.push(m[3].length >= (mode === 'class' || mode === 'long' ? 7 : 2) ? { t: 'id', s } : { t: 'keep', s });
    else out.push({ t: 'keep', s });
  }
  return out;
}
