/** "保存为测试页": snapshot the open page, preview its words (as text), download on confirm. */
import { bytesText } from '../../lib/ui/bytes';
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
      {s.step === 'asking' ? <p class="muted small" role="status">{t('snapshot.asking')}</p> : null}
      {s.step === 'failed' ? (
        <p class="error small" role="alert">{t('snapshot.failed', { message: s.message === 'noAnswer' ? t('snapshot.noAnswer') : s.message })}</p>
      ) : null}
      {s.step === 'saved' ? <p class="muted small" role="status">{t('snapshot.saved', { file: s.file })}</p> : null}
      {s.step === 'ready' ? (
        <figure class="snapshot-preview">
          <figcaption class="small">{t('snapshot.preview', { size: bytesText(s.file.bytes) })}</figcaption>
          <pre class="preview-text">{s.file.text}</pre>
          <div class="buttons">
            <button type="button" class="primary" onClick={() => snapshot.actions.save()}>{t('snapshot.save', { file: s.file.fileName })}</button>
            <button type="button" onClick={snapshot.actions.cancel}>{t('snapshot.cancel')}</button>
          </div>
        </figure>
      ) : null}
    </div>
  );
}
