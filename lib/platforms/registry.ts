/**
 * Every backend StageLens reads, by id: a Record over PlatformId, so a backend named in
 * ./types.ts does not compile until it has its adapter here. Adding one: `npm run new:platform
 * <id>` writes every file and line it needs (CONTRIBUTING.md, "Add a platform");
 * tests/platforms/meta.test.ts checks each backend has them all.
 */
import type { PlatformAdapter, PlatformId } from './types';
import { compass } from './compass';
import { doudian } from './doudian';
import { buyin } from './buyin';
import { qianchuan } from './qianchuan';
import { kwaixiaodian } from './kwaixiaodian';
import { taobaolive } from './taobaolive';
import { wxstore } from './wxstore';

export const PLATFORMS: Readonly<Record<PlatformId, PlatformAdapter>> = {
  compass,
  doudian,
  buyin,
  qianchuan,
  kwaixiaodian,
  taobaolive,
  wxstore,
};

/** The adapters in the registry's order (the order menus and docs list them in). */
export const ADAPTERS: readonly PlatformAdapter[] = /* @__PURE__ */ Object.values(PLATFORMS);

export const isPlatformId = (id: string): id is PlatformId => Object.hasOwn(PLATFORMS, id);

export const adapterById = (id: string): PlatformAdapter | undefined => (isPlatformId(id) ? PLATFORMS[id] : undefined);

/** The adapter of a page URL: https only (the manifest's match patterns are https, and a page
 *  served over http is not the seller's backend), on an exact host (no lookalikes). */
export function adapterForUrl(href: string): PlatformAdapter | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  return ADAPTERS.find((a) => a.hosts.includes(url.hostname));
}
