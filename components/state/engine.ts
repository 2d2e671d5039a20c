/**
 * The growth engine's lazily loaded half (lib/growth/engine.ts: checklist and advice rules), as a
 * signal: null until its chunk is in. The panel starts loading it at once, beside its first reads
 * from the store, so the next actions are there by the time the numbers are.
 */
import { signal } from '@preact/signals';

export type Engine = typeof import('../../lib/growth/engine');

export const engine = signal<Engine | null>(null);

let pending: Promise<Engine> | null = null;

/** Loads the engine (once; a failed load is retried on the next call). */
export function loadEngine(): Promise<Engine> {
  pending ??= import('../../lib/growth/engine').then(
    (m) => (engine.value = m),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}
