/** The content script of one backend: its adapter only (components/content-script/run.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { kwaixiaodian } from '../lib/platforms/kwaixiaodian';
import { matchesOf, runContentScript } from '../components/content-script/run';

export default defineContentScript({
  matches: matchesOf(kwaixiaodian),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, kwaixiaodian),
});
