/** The Items view's own words (lib/i18n/items.ts), in the panel's language. */
import { itemsT } from '../../lib/i18n/items';
import { useLang } from '../state/context';

export const useItemsT = () => itemsT(useLang());
