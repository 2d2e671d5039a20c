/**
 * A Dexie liveQuery as signals: re-runs when the store changes what the query read (the
 * background's writes included) and re-subscribes when the arguments it reads from signals change.
 */
import { effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';

export interface Live<T> {
  value: ReadonlySignal<T>;
  error: ReadonlySignal<unknown>;
  loading: ReadonlySignal<boolean>;
  dispose(): void;
}

export function liveSignal<A, T>(args: () => A, query: (a: A) => Promise<T>, initial: T): Live<T> {
  const value = signal<T>(initial);
  const error = signal<unknown>(null);
  const loading = signal(true);
  let sub: { unsubscribe(): void } | null = null;
  const stop = effect(() => {
    const a = args();
    untracked(() => {
      sub?.unsubscribe();
      loading.value = true;
      sub = liveQuery(() => query(a)).subscribe({
        next: (v) => {
          value.value = v;
          error.value = null;
          loading.value = false;
        },
        error: (e: unknown) => {
          error.value = e;
          loading.value = false;
        },
      });
    });
  });
  return {
    value,
    error,
    loading,
    dispose() {
      stop();
      sub?.unsubscribe();
    },
  };
}
