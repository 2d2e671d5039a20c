/**
 * Times in exports are ISO 8601 in Asia/Shanghai, where the dashboards are read. China keeps
 * one fixed offset all year (no DST since 1991), so +08:00 is exact.
 */
const OFFSET_MS = 8 * 3_600_000;

/** 1753712100000 → '2025-07-28T22:15:00+08:00' (seconds precision) */
export const shanghaiIso = (ms: number): string =>
  `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

/** 1753712100000 → '2025-07-28' */
export const shanghaiDate = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
