/** done / total as a labelled progress bar. */
import { useT } from '../state/context';

export function Progress({ done, total, label, compact }: { done: number; total: number; label: string; compact?: boolean }) {
  const t = useT();
  return (
    <span class={compact ? 'progress compact' : 'progress'}>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span class="small">{t('progress.of', { done, total })}</span>
    </span>
  );
}
