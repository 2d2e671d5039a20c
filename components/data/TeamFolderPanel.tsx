/** The team folder: set up, test, sync, devices, resolved conflicts (lib/sync; the sync runs in the background). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SYNC_LIMITS } from '../../lib/sync/limits';
import type { SyncConfig, SyncState } from '../../lib/store/sync-state';
import type { Progress as SyncProgress } from '../../lib/sync/engine';
import { fullTime } from '../../lib/format/time';
import type { MsgKey } from '../../lib/i18n';
import { Progress } from '../common/Progress';
import { useApp, useT } from '../state/context';
import { createTeamFolder, type TeamFolderApi } from '../state/teamFolder';

const globalApi = (): TeamFolderApi | undefined => (globalThis as { browser?: TeamFolderApi }).browser;

interface Form {
  url: string;
  username: string;
  password: string;
  passphrase: string;
  deviceName: string;
  schedule: string;
}

const formOf = (c: SyncConfig | null): Form => ({
  url: c?.url ?? '',
  username: c?.username ?? '',
  password: c?.password ?? '',
  passphrase: c?.passphrase ?? '',
  deviceName: c?.deviceName ?? '',
  schedule: c?.scheduleMinutes ? String(c.scheduleMinutes) : '',
});

const configOf = (f: Form): SyncConfig => ({
  url: f.url.trim().replace(/\/+$/, ''),
  username: f.username.trim(),
  password: f.password,
  passphrase: f.passphrase ? f.passphrase : null,
  deviceName: f.deviceName.trim(),
  scheduleMinutes: f.schedule ? (Number(f.schedule) as SyncConfig['scheduleMinutes']) : null,
});

function Status({ state, config, progress }: { state: SyncState; config: SyncConfig; progress: SyncProgress | null }) {
  const t = useT();
  const nameOf = (id: string) => (id === state.device ? config.deviceName : (state.peers.find((p) => p.id === id)?.name ?? id));
  const counts = (k: 'team.lastPush' | 'team.lastPull', c: SyncState['lastPush']) =>
    c ? t(k, { time: fullTime(c.at), bundles: c.bundles, rows: c.rows }) : t(k, { time: t('team.never'), bundles: 0, rows: 0 });
  return (
    <div class="team-status">
      {progress ? <Progress done={progress.done} total={progress.total} label={t(`team.progress.${progress.phase}`)} /> : null}
      <p data-team="last-push">{counts('team.lastPush', state.lastPush)}</p>
      <p data-team="last-pull">{counts('team.lastPull', state.lastPull)}</p>
      {state.lastError ? (
        <p role="alert" class="error" data-team-error={state.lastError.kind}>
          {t(`team.error.${state.lastError.kind}` as MsgKey)}{' '}
          <span class="muted small">
            {fullTime(state.lastError.at)} · {state.lastError.message}
          </span>
        </p>
      ) : null}
      <h3>{t('team.devices')}</h3>
      <table class="inspect" data-team="devices">
        <thead>
          <tr>
            <th scope="col">{t('team.device')}</th>
            <th scope="col">{t('team.updated')}</th>
            <th scope="col">{t('team.files')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-device={state.device}>
            <th scope="row">
              {t('team.thisDevice', { name: config.deviceName })}
              {config.passphrase ? ` · ${t('team.encrypted')}` : ''}
            </th>
            <td>{state.lastPush ? fullTime(state.lastPush.at) : t('team.never')}</td>
            <td class="num">{state.own?.length ?? 0}</td>
          </tr>
          {state.peers.map((p) => (
            <tr key={p.id} data-device={p.id}>
              <th scope="row">
                {p.name ?? p.id}
                {p.sealed ? ` · ${t('team.encrypted')}` : ''}
              </th>
              <td>{fullTime(p.updatedAt)}</td>
              <td class="num">{p.bundles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('team.conflicts')}</h3>
      <p class="muted small">{t('team.conflictsHint')}</p>
      {state.conflicts.length ? (
        <table class="inspect" data-team="conflicts">
          <thead>
            <tr>
              <th scope="col">{t('team.field')}</th>
              <th scope="col">{t('team.kept')}</th>
              <th scope="col">{t('team.dropped')}</th>
            </tr>
          </thead>
          <tbody>
            {state.conflicts.map((c, i) => {
              const kept = c.kept === 'theirs' ? c.theirs : c.ours;
              const dropped = c.kept === 'theirs' ? c.ours : c.theirs;
              return (
                <tr key={i} data-conflict={`${c.table}|${c.key}`} data-kept={c.kept}>
                  <th scope="row">
                    {t(`team.table.${c.table}`)} · {c.table === 'settings' && t.has(`settings.${c.key}`) ? t(`settings.${c.key}` as MsgKey) : c.key}
                  </th>
                  <td>{t('team.keptTheirs', { device: nameOf(kept.device), time: fullTime(kept.at) })}</td>
                  <td>{t('team.keptTheirs', { device: nameOf(dropped.device), time: fullTime(dropped.at) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p class="muted small">{t('team.noConflicts')}</p>
      )}
    </div>
  );
}

export function TeamFolderPanel({ api = globalApi() }: { api?: TeamFolderApi }) {
  const { db } = useApp();
  const t = useT();
  const team = useMemo(() => createTeamFolder(db, api), [db]);
  useEffect(() => () => team.dispose(), [team]);
  const { config, state, progress } = team.signals.config.value;
  const [form, setForm] = useState<Form>(formOf(config));
  useEffect(() => setForm(formOf(config)), [config?.url, config?.username, config?.deviceName]);
  const working = team.signals.working.value;
  const outcome = team.signals.outcome.value;
  const field = (k: keyof Form, label: MsgKey, type = 'text', extra: Record<string, unknown> = {}) => (
    <label class="field" for={`team-${k}`}>
      <span>{t(label)}</span>
      <input
        id={`team-${k}`}
        type={type}
        value={form[k]}
        autoComplete="off"
        {...extra}
        onInput={(e) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
  return (
    <section class="card team" aria-labelledby="team-h" aria-busy={working}>
      <h2 id="team-h">{t('team.title')}</h2>
      <p class="muted small">{t('team.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void team.actions.save(configOf(form));
        }}
      >
        {field('url', 'team.url', 'url', { placeholder: 'https://dav.jianguoyun.com/dav/StageLens', required: true })}
        <div class="grid2">
          {field('username', 'team.username', 'text', { required: true })}
          {field('password', 'team.password', 'password', { required: true })}
        </div>
        {field('passphrase', 'team.passphrase', 'password', { minLength: 8 })}
        <p class="muted small">{t('team.passphraseHint')}</p>
        <div class="grid2">
          {field('deviceName', 'team.deviceName', 'text', { required: true, maxLength: 60 })}
          <label class="field" for="team-schedule">
            <span>{t('team.schedule')}</span>
            <select id="team-schedule" value={form.schedule} onChange={(e) => setForm({ ...form, schedule: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t('team.manual')}</option>
              {SYNC_LIMITS.scheduleMinutes.map((m) => (
                <option key={m} value={String(m)}>
                  {t('team.every', { minutes: m })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p class="actions">
          <button type="button" disabled={working} onClick={() => void team.actions.test(configOf(form))}>
            {t('team.test')}
          </button>{' '}
          <button type="submit" disabled={working}>
            {t('team.save')}
          </button>{' '}
          {config ? (
            <button type="button" disabled={working} data-team="sync-now" onClick={() => void team.actions.syncNow()}>
              {t('team.syncNow')}
            </button>
          ) : null}{' '}
          {config ? (
            <button type="button" disabled={working} onClick={() => void team.actions.forget()}>
              {t('team.forget')}
            </button>
          ) : null}
        </p>
      </form>
      {outcome ? (
        <p
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          class={outcome.kind === 'error' ? 'error' : 'ok'}
          data-team-outcome={outcome.kind}
          data-seq={team.signals.done.value}
        >
          {outcome.text.startsWith('error.') ? t(`team.${outcome.text}` as MsgKey) : t(`team.outcome.${outcome.text}` as MsgKey)}
          {outcome.detail ? <span class="muted small"> {outcome.detail}</span> : null}
        </p>
      ) : null}
      {config && state ? <Status state={state} config={config} progress={progress} /> : <p class="muted small">{t('team.notSetUp')}</p>}
    </section>
  );
}
