/** "保存为测试页": snapshot the open page, preview what will be saved (all as text: the words, the
 *  scrubbed address, the notes, the expected file), download on confirm. */
import { bytesText } from '../../lib/format/bytes';
import { useApp, useT } from '../state/context';

export function SnapshotButton() {
  const { snapshot, tab } = useApp();
  const t = useT();
  const s = snapshot.signals.state.value;
  const can = tab.id.value !== null;
  return (
    <div class="snapshot" data-snapshot={s.step}>
      <p class="muted small">{t('snapshot.hint')}</p>
      <button type="button" disabled={!can || s.step === 'asking'} onClick={() => void snapshot.actions.request()}>
        {t('snapshot.button')}
      </button>
      {!can ? <p class="muted small">{t('snapshot.needPage')}</p> : null}
      {s.step === 'asking' ? (
        <p class="muted small" role="status">
          {t('snapshot.asking')}
        </p>
      ) : null}
      {s.step === 'failed' ? (
        <p class="error small" role="alert">
          {t('snapshot.failed', { message: s.message === 'noAnswer' ? t('snapshot.noAnswer') : s.message })}
        </p>
      ) : null}
      {s.step === 'saved' ? (
        <p class="muted small" role="status">
          {t('snapshot.saved', { file: s.file })}
        </p>
      ) : null}
      {s.step === 'ready' ? (
        <figure class="snapshot-preview">
          <figcaption class="small">{t('snapshot.preview', { size: bytesText(s.file.bytes) })}</figcaption>
          <p class="small snapshot-files">{t('snapshot.files', { files: s.file.files.join(', ') })}</p>
          {s.file.url ? (
            <>
              <p class="small">{t('snapshot.url')}</p>
              <pre class="preview-text snapshot-url">{s.file.url}</pre>
            </>
          ) : null}
          <p class="small">{t('snapshot.pageText')}</p>
          <pre class="preview-text preview-page">{s.file.text}</pre>
          {s.file.notes.length ? (
            <details class="snapshot-notes" open>
              <summary class="small">{t('snapshot.notes')}</summary>
              <ul class="small">
                {s.file.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {s.file.expectedText !== null ? (
            <details class="snapshot-expected">
              <summary class="small">{t('snapshot.expected')}</summary>
              <pre class="preview-text preview-expected">{s.file.expectedText}</pre>
            </details>
          ) : null}
          <div class="buttons">
            <button type="button" class="primary" onClick={() => snapshot.actions.save()}>
              {t('snapshot.save', { file: s.file.fileName })}
            </button>
            <button type="button" onClick={snapshot.actions.cancel}>
              {t('snapshot.cancel')}
            </button>
          </div>
        </figure>
      ) : null}
    </div>
  );
}
