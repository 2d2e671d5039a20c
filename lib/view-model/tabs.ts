/** The panel's views, in tab order, and the tablist's keyboard model (WAI-ARIA tabs pattern). */
export const VIEWS = ['now', 'sessions', 'items', 'trends', 'growth', 'data'] as const;
export type ViewId = (typeof VIEWS)[number];

export const isViewId = (x: unknown): x is ViewId => typeof x === 'string' && (VIEWS as readonly string[]).includes(x);

/** The tab index a key moves to from `i` among `n` tabs; null for keys the tablist ignores. */
export function tabKeyTarget(key: string, i: number, n: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (i + 1) % n;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (i - 1 + n) % n;
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    default:
      return null;
  }
}
