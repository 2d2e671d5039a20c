/** CSV of sessions, captures or items (the picked sessions, this shop, or everything) and the JSON backup. */
import type { ExportKind, ExportScope } from '../../lib/store/export-scope';
import { useApp, useT } from '../state/context';

const KINDS: ExportKind[] = ['sessions', 'captures', 'items'];
const SCOPES: ExportScope[] = ['selection', 'shop', 'all'];

export function ExportPanel() {
  const { data, sessions } = useApp();
  const t = useT();
  const picked = sessions.computed.selectedRows.value.length;
  const scope = data.signals.scope.value === 'selection' && picked === 0 ? 'shop' : data.signals.scope.value;
  const done = data.signals.exported.value;
  return (
    <section class="card" aria-labelledby="export-h">
      <h2 id="export-h">{t('export.title')}</h2>
      <fieldset>
        <legend>{t('export.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} class="check">
            <input type="radio" name="export-kind" value={k} checked={data.signals.kind.value === k} onChange={() => void (data.signals.kind.value = k)} />
            {t(`export.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.scope')}</legend>
        {SCOPES.map((s) => (
          <label key={s} class="check">
            <input
              type="radio"
              name="export-scope"
              value={s}
              checked={scope === s}
              disabled={s === 'selection' && picked === 0}
              onChange={() => void (data.signals.scope.value = s)}
            />
            {t(`export.scope.${s}`, { n: picked })}
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          onClick={() => {
            data.signals.scope.value = scope;
            void data.actions.exportCsv();
          }}
        >
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void data.actions.exportJson()}>
          {t('export.json')}
        </button>
      </div>
      {done ? (
        <p class="muted small" role="status">
          {t('export.done', { file: done.file, n: done.rows })}
        </p>
      ) : null}
    </section>
  );
}
