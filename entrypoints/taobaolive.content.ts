/** The content script of one backend: its adapter only (components/content-script/run.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { taobaolive } from '../lib/platforms/taobaolive';
import { matchesOf, runContentScript } from '../components/content-script/run';

export default defineContentScript({
  matches: matchesOf(taobaolive),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, taobaolive),
});
