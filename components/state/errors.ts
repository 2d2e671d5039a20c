/**
 * Failed writes and reads the user must see. Store functions reject with a StoreError (kind
 * 'quota' when the disk is full); the UI's handlers catch and `report` here, and the banner
 * shows every entry until dismissed: nothing is swallowed.
 */
import { computed, signal } from '@preact/signals';
import { StoreError, classifyStoreError, type StoreErrorKind } from '../../lib/store/errors';

export interface UiError {
  id: number;
  /** what was being done: 'settings', 'import', 'labelMaps' … */
  op: string;
  kind: StoreErrorKind | 'invalid';
  message: string;
  at: number;
}

/** A value refused before any write: a zod schema's (sync configuration) or a setting's check (lib/store/settings.ts). */
const INVALID_NAMES = new Set(['ZodError', 'InvalidSettingError']);

export function createErrors() {
  const entries = signal<UiError[]>([]);
  let next = 1;
  const quota = computed(() => entries.value.some((e) => e.kind === 'quota'));

  function report(op: string, e: unknown): UiError {
    const kind = e instanceof StoreError ? e.kind : INVALID_NAMES.has((e as { name?: string })?.name ?? '') ? 'invalid' : classifyStoreError(e);
    const message = e instanceof Error ? e.message : String(e);
    const entry: UiError = { id: next++, op, kind, message, at: Date.now() };
    entries.value = [...entries.value, entry];
    return entry;
  }

  /** Run a handler; a failure is reported and returned as null. */
  async function guard<T>(op: string, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (e) {
      report(op, e);
      return null;
    }
  }

  return {
    signals: { entries },
    computed: { quota },
    actions: {
      report,
      guard,
      dismiss: (id: number) => void (entries.value = entries.value.filter((e) => e.id !== id)),
    },
  };
}

export type Errors = ReturnType<typeof createErrors>;
