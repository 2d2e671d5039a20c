import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Dexie liveQuery as a Preact hook: re-renders when the background writes what the query read. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): { value: T; error: unknown; loading: boolean } {
  const [state, set] = useState<{ value: T; error: unknown; loading: boolean }>({ value: initial, error: null, loading: true });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => set({ value, error: null, loading: false }),
      error: (error: unknown) => set((s) => ({ ...s, error, loading: false })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
