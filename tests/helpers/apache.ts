/**
 * Starts Debian's Apache (mod_dav, mod_dav_fs, basic auth) as a WebDAV server on a free loopback
 * port, from tests/webdav/httpd.conf, in a temp dir of its own (ServerRoot, PidFile, DavLockDB,
 * the files). Used by the sync integration tests and the two-profile e2e; `.ci/run` installs
 * apache2. Never touches the system service.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const CONF = fileURLToPath(new URL('../webdav/httpd.conf', import.meta.url));

/** Under CI the server must be there: a missing Apache fails the run instead of skipping it. */
export function apacheAvailable(): boolean {
  const ok = existsSync(APACHE);
  if (!ok && process.env.CI === 'true') throw new Error(`the team-folder tests need Debian's apache2 (${APACHE}); .ci/run installs it`);
  return ok;
}

export interface Apache {
  port: number;
  /** the server's base, http://127.0.0.1:PORT */
  origin: string;
  user: string;
  password: string;
  /** a fresh team folder URL under /dav/ (or /full/, where every upload is answered 507) */
  folder(name: string, area?: 'dav' | 'full'): string;
  /** every file under a folder, path → bytes */
  files(name: string): Map<string, Buffer>;
  /** change a file behind the server's back (a tampered or truncated upload) */
  write(name: string, path: string, bytes: Buffer): void;
  /** requests Apache logged: "METHOD path status" */
  log(): string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

const accepting = (port: number) =>
  new Promise<boolean>((res) => {
    const c = connect(port, '127.0.0.1');
    c.on('connect', () => {
      c.destroy();
      res(true);
    });
    c.on('error', () => res(false));
  });

async function waitFor(pred: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`apache: ${what} within ${ms} ms`);
}

function walk(dir: string, base = dir): Array<[string, Buffer]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, base) : [[p.slice(base.length + 1), readFileSync(p)] as [string, Buffer]];
  });
}

export async function startApache(): Promise<Apache> {
  const root = mkdtempSync(join(tmpdir(), 'stagelens-webdav-'));
  const port = await freePort();
  const user = 'team';
  const password = `app-${Math.random().toString(36).slice(2, 10)}`;
  for (const d of ['dav', 'empty']) mkdirSync(join(root, d));
  // Apache's {SHA} password form: no htpasswd binary needed
  writeFileSync(join(root, 'htpasswd'), `${user}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const p of [root, join(root, 'dav')]) chmodSync(p, 0o777); // workers run as nobody
  let child: ChildProcess | null = null;
  const env = { ...process.env, SL_ROOT: root, SL_PORT: String(port) };
  const api: Apache = {
    port,
    origin: `http://127.0.0.1:${port}`,
    user,
    password,
    folder: (name, area = 'dav') => {
      mkdirSync(join(root, 'dav', name), { recursive: true });
      if (asRoot) chmodSync(join(root, 'dav', name), 0o777);
      return `http://127.0.0.1:${port}/${area}/${name}`;
    },
    files: (name) => new Map(walk(join(root, 'dav', name))),
    write: (name, path, bytes) => writeFileSync(join(root, 'dav', name, path), bytes),
    log: () =>
      existsSync(join(root, 'access.log'))
        ? readFileSync(join(root, 'access.log'), 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => l.replace(/^\S+ "(\S+) (\S+) [^"]*" (\d+).*$/, '$1 $2 $3'))
        : [],
    async start() {
      if (child) return;
      const args = ['-f', CONF, '-DFOREGROUND', ...(asRoot ? ['-DSL_AS_ROOT'] : [])];
      const c = spawn(APACHE, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr!.on('data', (d: Buffer) => void (err += d.toString()));
      child = c;
      try {
        await waitFor(async () => {
          if (c.exitCode !== null)
            throw new Error(`apache exited (${c.exitCode}): ${err}${existsSync(join(root, 'error.log')) ? readFileSync(join(root, 'error.log'), 'utf8') : ''}`);
          return accepting(port);
        }, 'listening');
      } catch (e) {
        child = null;
        throw e;
      }
    },
    async stop() {
      const c = child;
      if (!c) return;
      child = null;
      const gone = new Promise<void>((r) => c.once('exit', () => r()));
      c.kill('SIGTERM');
      await gone;
      await waitFor(async () => !(await accepting(port)), 'stopped');
    },
    async close() {
      await api.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  await api.start();
  return api;
}
