/** The category setting is free text in the store; the engine only knows its own ids. */
import { CATEGORY_IDS, type CategoryId } from '../growth/types';

export const isCategory = (x: unknown): x is CategoryId => typeof x === 'string' && (CATEGORY_IDS as readonly string[]).includes(x);
