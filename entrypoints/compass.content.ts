/** The content script of one backend: its adapter only (components/content-script/run.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { compass } from '../lib/platforms/compass';
import { matchesOf, runContentScript } from '../components/content-script/run';

export default defineContentScript({
  matches: matchesOf(compass),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, compass),
});
