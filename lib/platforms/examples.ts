/**
 * Real URLs (or their known shapes) of each backend and the page kind each must resolve to, one
 * file beside each adapter (`<id>.examples.ts`), gathered here. Test and documentation data only
 * (tests/platforms/urls.test.ts, scripts/pages-doc.ts → docs/PAGES.md): kept out of the adapters
 * so the content script does not carry them to every page. Typed by PlatformId: a new backend
 * does not compile until it has its examples here.
 */
import type { PlatformId } from './types';
import { examples as compass } from './compass.examples';
import { examples as doudian } from './doudian.examples';
import { examples as buyin } from './buyin.examples';
import { examples as qianchuan } from './qianchuan.examples';
import { examples as kwaixiaodian } from './kwaixiaodian.examples';
import { examples as taobaolive } from './taobaolive.examples';
import { examples as wxstore } from './wxstore.examples';

export interface UrlExample {
  url: string;
  page: string | null;
}

export const URL_EXAMPLES: Record<PlatformId, UrlExample[]> = { compass, doudian, buyin, qianchuan, kwaixiaodian, taobaolive, wxstore };
