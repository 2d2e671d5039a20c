/**
 * Ask the browser not to evict our IndexedDB under storage pressure (a seller's history lives
 * only here). `nav` is a parameter so tests pass a fixture.
 */
export type Persistence = 'granted' | 'denied' | 'unsupported';

type StorageLike = { persisted?: () => Promise<boolean>; persist?: () => Promise<boolean> };

export async function requestPersistence(nav: { storage?: StorageLike } | undefined = globalThis.navigator): Promise<Persistence> {
  const storage = nav?.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
  return (await storage.persist()) ? 'granted' : 'denied';
}
