/** The content script of one backend: its adapter only (components/content-script/run.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { qianchuan } from '../lib/platforms/qianchuan';
import { matchesOf, runContentScript } from '../components/content-script/run';

export default defineContentScript({
  matches: matchesOf(qianchuan),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, qianchuan),
});
