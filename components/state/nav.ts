/** Which view the panel shows. */
import { signal } from '@preact/signals';
import { isViewId, type ViewId } from '../../lib/view-model/tabs';

export function createNav(initial: ViewId = 'now') {
  const view = signal<ViewId>(initial);
  return {
    signals: { view },
    actions: {
      select: (v: string) => {
        if (isViewId(v)) view.value = v;
      },
    },
  };
}
