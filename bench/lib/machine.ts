/** What the figures were measured on. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

export interface Machine {
  nproc: number;
  cpu: string;
  memGiB: number;
  node: string;
  chromium: string;
  platform: string;
  /** 1/5/15-minute load averages when the run started: other work on the machine skews absolute times */
  loadAvgAtStart: number[];
}

export function machine(chromiumPath: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    /* not Linux */
  }
  let nproc = availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    /* keep Node's */
  }
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* absent */
  }
  return {
    nproc,
    cpu,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
    loadAvgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
