/** Import a JSON backup: the counts on success, the reason on failure; a bad file changes nothing. */
import type { BackupCounts } from '../../lib/export/backup';
import { useApp, useT } from '../state/context';

const TABLES: Array<keyof BackupCounts> = ['shops', 'sessions', 'captures', 'points', 'checklist', 'settings', 'labelMaps'];

export function ImportPanel() {
  const { data } = useApp();
  const t = useT();
  const res = data.signals.imported.value;
  return (
    <section class="card" aria-labelledby="import-h">
      <h2 id="import-h">{t('import.title')}</h2>
      <label class="field" for="import-file">
        <span>{t('import.file')}</span>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void data.actions.importFile(file).then(() => void (input.value = ''));
          }}
        />
      </label>
      <p class="muted small">{t('import.hint')}</p>
      {res && !res.ok ? (
        <p role="alert" class="error">
          {t('import.failed')} {res.error}
        </p>
      ) : null}
      {res && res.ok ? (
        <div role="status" class="import-result">
          <p>{t('import.ok')}</p>
          <table class="inspect">
            <thead>
              <tr>
                <th scope="col">{t('import.table')}</th>
                <th scope="col">{t('import.added')}</th>
                <th scope="col">{t('import.merged')}</th>
                <th scope="col">{t('import.skipped')}</th>
              </tr>
            </thead>
            <tbody>
              {TABLES.map((k) => (
                <tr key={k} data-table={k}>
                  <th scope="row">{t(`table.${k}`)}</th>
                  <td class="num">{res.added[k]}</td>
                  <td class="num">{res.merged[k]}</td>
                  <td class="num">{res.skipped[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
