/**
 * Every bound the team-folder sync uses, named once with its reason.
 */
export const SYNC_LIMITS = {
  /**
   * PBKDF2-HMAC-SHA256 iterations for the team passphrase: OWASP's Password Storage Cheat Sheet
   * figure for PBKDF2-HMAC-SHA256 (600,000, current since 2023). One derivation per device whose
   * files are read, per sync (~0.3–0.6 s in a service worker), then cached for that sync.
   */
  pbkdf2Iterations: 600_000,
  /** a file may state more iterations (a later StageLens raising the figure), but not absurdly many */
  pbkdf2MaxIterations: 10_000_000,
  /** rows per bundle: a push of a whole history is split into files of a few MB each */
  bundleRows: 20_000,
  /** a bundle file larger than this is refused before it is read (compressed or sealed bytes) */
  bundleBytes: 64 * 1024 * 1024,
  /** nor may it unpack to more than this (the JSON backup's own character limit) */
  bundleUnpacked: 256 * 1024 * 1024,
  /** a device index holds the names of its bundles; past this many a device is refused (a hostile index) */
  indexBundles: 100_000,
  /** an index file larger than this is refused */
  indexBytes: 16 * 1024 * 1024,
  /** tries of one request when the server says 429 / 503 (坚果云 rate-limits at ~600 requests / 30 min) */
  busyTries: 4,
  /** first wait after a 429 / 503 (doubled each time) unless the server sends Retry-After */
  busyBackoffMs: 2_000,
  /** the longest wait we honour from Retry-After before giving up until the next sync */
  busyMaxWaitMs: 60_000,
  /** conflicts kept for the panel (the newest) */
  conflictsKept: 50,
  /** schedules the user may pick, in minutes (chrome.alarms allows ≥ 1; fewer than 15 would spend 坚果云's request budget) */
  scheduleMinutes: [15, 30, 60, 180, 720] as const,
} as const;
