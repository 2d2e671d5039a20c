/** uPlot draws on a canvas; happy-dom (tests) has none, and then the chart shows its table only. */
export function canvasAvailable(doc: Document = document): boolean {
  try {
    return doc.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/** A CSS custom property of the panel (so charts follow the light/dark theme). */
export const cssVar = (el: Element, name: string, fallback: string): string => getComputedStyle(el).getPropertyValue(name).trim() || fallback;
