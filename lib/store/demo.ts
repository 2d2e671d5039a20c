/**
 * The demo history lives in its own database, never in the user's: the welcome page seeds it and
 * opens the side panel with `?demo` (entrypoints/sidepanel/main.tsx), which then reads only it.
 */
import type { StageLensDB } from './db';

export const DEMO_DB_NAME = 'stagelens-demo';
export const DEMO_QUERY = 'demo';

/** Has the demo store been seeded (it holds a shop)? */
export const isSeeded = async (db: StageLensDB): Promise<boolean> => (await db.shops.count()) > 0;

/** Does this panel URL's query ask for the demo store? */
export const isDemoQuery = (search: string): boolean => new URLSearchParams(search).has(DEMO_QUERY);
