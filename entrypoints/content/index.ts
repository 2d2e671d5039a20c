import { MATCH_PATTERNS } from '../../lib/platforms/hosts';

export default defineContentScript({
  matches: MATCH_PATTERNS,
  main() {},
});
