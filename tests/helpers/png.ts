/** Width and height from a PNG's header (signature, then the IHDR chunk); throws on anything else. */
export function pngSize(buf: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) throw new Error('not a PNG');
  if (String.fromCharCode(...buf.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
