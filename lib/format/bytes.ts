/** Storage sizes: 1.25 MB, 78.97 GB (binary units, two decimals). */
export function bytesText(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes)) return '--';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let x = bytes;
  let i = 0;
  while (x >= 1024 && i < units.length - 1) {
    x /= 1024;
    i++;
  }
  return `${i === 0 ? x : x.toFixed(2)} ${units[i]}`;
}
