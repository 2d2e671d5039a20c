/**
 * Give the page its main thread back between two slices of a read (lib/extract/slices.ts), and
 * resume soon after.
 *  - scheduler.yield() where the browser has it (Chromium 129+): the page's pending input and
 *    rendering run first, and the read resumes ahead of other queued tasks, so slicing costs
 *    the read little wall time.
 *  - else a posted message (MessageChannel): a new task, so input and rendering can run in
 *    between; not setTimeout(0), which browsers clamp to ≥ 4 ms once timeouts nest, and a read
 *    of a big page would pay that on each of its slices.
 */
type Yielding = { yield?: () => Promise<void> };

export function pageYielder(g: typeof globalThis = globalThis): () => Promise<void> {
  const scheduler = (g as { scheduler?: Yielding }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  if (typeof g.MessageChannel === 'function') {
    const channel = new g.MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => g.setTimeout(resolve, 0));
}
