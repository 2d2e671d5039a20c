/**
 * The one list of hosts StageLens reads: every adapter's `hosts`, in the registry's order. The
 * manifest's host_permissions and the content scripts' matches are both built from it
 * (wxt.config.ts; each backend's entrypoints/<id>.content.ts matches its adapter's hosts), and
 * tests/e2e/bundle.e2e.ts pins the built manifest, so a host is never granted without an
 * adapter that reads it.
 */
import { matchPattern } from './match';
import { ADAPTERS } from './registry';

export { matchPattern };

export const HOSTS: readonly string[] = /* @__PURE__ */ ADAPTERS.flatMap((a) => a.hosts);

export const MATCH_PATTERNS: string[] = /* @__PURE__ */ HOSTS.map(matchPattern);
