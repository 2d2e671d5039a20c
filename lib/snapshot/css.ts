/**
 * CSS that can be kept in a snapshot: anything that would fetch something (url(...), @import,
 * image-set) is neutralised, the rest (display, visibility, layout, colours) stays.
 */
const URL_FN = /url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/gi;
const IMPORT = /@import\s+(?:url\([^)]*\)|"[^"]*"|'[^']*')[^;]*;?/gi;

/** A data: URL written as a plain string (image-set("data:…"), content:"data:…"). */
const DATA_STRING = /(["'])\s*data:[^"']*\1/gi;

export function stripCss(css: string): string {
  return css.replace(IMPORT, '').replace(URL_FN, 'none').replace(DATA_STRING, '""');
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
