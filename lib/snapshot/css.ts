/**
 * CSS that can be kept in a snapshot: anything that would fetch something (url(...), @import,
 * image-set) is neutralised, the rest (display, visibility, layout, colours) stays.
 */
const URL_FN = /url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/gi;
const IMPORT = /@import\s+(?:url\([^)]*\)|"[^"]*"|'[^']*')[^;]*;?/gi;

/** A data: URL written as a plain string (image-set("data:…"), content:"data:…"). */
const DATA_STRING = /(["'])\s*data:[^"']*\1/gi;

/** Generated text (`content:"星河优选"`, `content:"236,552"`): the anonymiser does not read CSS,
 *  so words and numbers there go; a unit or an icon glyph (`"万"`, `"\e601"`) stays. */
const CONTENT_STRING = /(content\s*:\s*)(["'])((?:(?!\2)[^\\]|\\.)*)\2/gi;
const WORDY = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}|\d{2,}|[A-Za-z]{3,}/;

export function stripCss(css: string): string {
  return css
    .replace(IMPORT, '')
    .replace(URL_FN, 'none')
    .replace(DATA_STRING, '""')
    .replace(CONTENT_STRING, (m, head: string, q: string, inner: string) => (WORDY.test(inner.replace(/\\[0-9a-f]{1,6}\s?/gi, '')) ? `${head}${q}${q}` : m));
}

/** An inline style attribute, or null when nothing should be kept (IE expression()). */
export function stripInlineStyle(style: string): string | null {
  if (/expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(style)) return null;
  return stripCss(style);
}

/** The text of a stylesheet: rules inserted through the CSSOM (CSS-in-JS) leave the <style>
 *  element empty, so its rules are read when its text is. Cross-origin sheets throw: skipped. */
export function sheetText(sheet: CSSStyleSheet | null | undefined): string {
  if (!sheet) return '';
  try {
    return [...sheet.cssRules].map((r) => r.cssText).join('\n');
  } catch {
    return '';
  }
}

/** Properties that decide whether something is seen at all. */
const VISIBILITY_PROPS = ['display', 'visibility', 'opacity', 'content-visibility'];

/**
 * From a linked stylesheet (not saved: it would be a request), the rules that show or hide
 * things, as text: `selector{display:none}` inside their @media/@supports. The reader only looks
 * at attributes and classes, but a person reviewing the test page sees what the user saw.
 * Cross-origin sheets cannot be read (the CSSOM throws): nothing is kept from them.
 */
export function visibilityCss(sheet: CSSStyleSheet | null | undefined): string {
  if (!sheet) return '';
  const rules = (list: CSSRuleList): string[] => {
    const out: string[] = [];
    for (const r of [...list]) {
      const style = (r as CSSStyleRule).style;
      const selector = (r as CSSStyleRule).selectorText;
      if (style && selector) {
        const decl = VISIBILITY_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
          .filter(([, v]) => v)
          .map(([p, v]) => `${p}:${v}${style.getPropertyPriority(p) ? ' !important' : ''}`);
        if (decl.length) out.push(`${selector}{${decl.join(';')}}`);
        continue;
      }
      const inner = (r as CSSGroupingRule).cssRules;
      const at = /^@(media|supports|container|layer)\b/.exec(r.cssText)?.[1];
      if (inner && at) {
        const kept = rules(inner);
        const head = at === 'layer' ? `@layer ${(r as unknown as { name?: string }).name ?? ''}` : `@${at} ${(r as CSSConditionRule).conditionText ?? ''}`;
        if (kept.length) out.push(`${head}{${kept.join('')}}`);
      }
    }
    return out;
  };
  try {
    return stripCss(rules(sheet.cssRules).join('\n'));
  } catch {
    return '';
  }
}
