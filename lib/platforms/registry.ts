/**
 * Every backend StageLens reads. Adding one: its file here, one line below, and a fixture with
 * its expected numbers under tests/fixtures/<platform>/ (the table-driven test picks it up).
 */
import type { PlatformAdapter, PlatformId } from './types';
import { compass } from './compass';
import { doudian } from './doudian';
import { buyin } from './buyin';
import { qianchuan } from './qianchuan';
import { kwaixiaodian } from './kwaixiaodian';
import { taobaolive } from './taobaolive';
import { wxstore } from './wxstore';

export const ADAPTERS: PlatformAdapter[] = [compass, doudian, buyin, qianchuan, kwaixiaodian, taobaolive, wxstore];

export const adapterById = (id: string): PlatformAdapter | undefined => ADAPTERS.find((a) => a.id === (id as PlatformId));

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
