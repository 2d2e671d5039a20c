/** How the Items view writes a number: the store's formatting, and "—" for a number not shown (never 0). */
import { formatValue } from '../../lib/format/number';
import type { Unit } from '../../lib/metrics/catalog';
import type { Short } from '../../lib/i18n/lang';

export const MISSING = '—';

export const show = (value: number | null | undefined, unit: Unit, l: Short): string =>
  value === null || value === undefined || !Number.isFinite(value) ? MISSING : formatValue(value, unit, l);

/** An item's name: its title, else its platform id, else its key. */
export const itemName = (item: { title: string | null; platformId: string | null; key: string } | null): string =>
  item?.title ?? item?.platformId ?? item?.key ?? MISSING;
