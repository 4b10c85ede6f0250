import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';

/** What one command cost, counting every process it started until the last of them ended. */
export interface TreeUsage {
  /** From the start until the command itself exited, in ms. */
  exitMs: number;
  /** From the start until the last process it started had ended, in ms. */
  wallMs: number;
  /** User and system CPU time of the command and of every process it started, in ms. */
  cpuMs: number;
  /** The most memory the processes held at once (resident, summed over the tree), in MB. */
  peakMemoryMb: number;
  /** CPU time by program name (e.g. `node`, `pagefind_extended`), as sampled, in ms. */
  programs: Record<string, number>;
  /** Programs still running after the process that started them had exited: nobody waited. */
  orphans: string[];
  status: number | null;
  stdout: string;
}

/** /proc counts CPU time in clock ticks of 1/100 s on every Linux (USER_HZ), memory in pages. */
const TICK_MS = 10;
const PAGE_BYTES = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));
export const SAMPLE_MS = 20;

interface Seen {
  program: string;
  parent: number;
  cpuMs: number;
  memoryBytes: number;
  ended: boolean;
}

/**
 * Runs a command and follows its process tree through /proc (Linux), sampling every 20 ms.
 * Only the command is waited for by this process; the kernel adds each process's CPU time to the
 * parent that waits for it, so our own count of waited-for children (cutime, cstime) is exact
 * when every process was waited for. A process whose parent exits first is waited for by init,
 * and its time never reaches us: then the sum of each process's last sample counts it, short by
 * at most the last 20 ms of each. The larger of the two is the answer. A process started and left
 * by its parent between two samples (a daemon's double fork) is not seen.
 */
export function measureTree(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<TreeUsage> {
  const waitedBefore = waitedForCpuMs();
  const start = performance.now();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'inherit'] });
  const seen = new Map<number, Seen>();
  if (child.pid !== undefined)
    seen.set(child.pid, {
      program: command,
      parent: process.pid,
      cpuMs: 0,
      memoryBytes: 0,
      ended: false,
    });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  let exited: { ms: number; status: number | null } | undefined;
  let closed = false;
  let peakBytes = 0;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (status) => {
      exited = { ms: performance.now() - start, status };
    });
    // Its output is all read once every process that held the pipe has ended.
    child.on('close', () => {
      closed = true;
    });
    const timer = setInterval(() => {
      let memory = 0;
      for (const [pid, entry] of seen) {
        if (entry.ended) continue;
        sample(pid, entry, seen);
        if (!entry.ended) memory += entry.memoryBytes;
      }
      peakBytes = Math.max(peakBytes, memory);
      if (!exited || !closed || [...seen.values()].some((p) => !p.ended)) return;
      clearInterval(timer);
      const sampled = [...seen.values()].reduce((sum, p) => sum + p.cpuMs, 0);
      resolve({
        exitMs: exited.ms,
        wallMs: performance.now() - start,
        cpuMs: Math.max(waitedForCpuMs() - waitedBefore, sampled),
        peakMemoryMb: peakBytes / 1024 / 1024,
        programs: byProgram([...seen.values()]),
        orphans: [...seen.entries()]
          .filter(([pid, p]) => pid !== child.pid && !seen.has(p.parent))
          .map(([, p]) => p.program),
        status: exited.status,
        stdout,
      });
    }, SAMPLE_MS);
  });
}

/** Reads one process's state, CPU time and parent, and adds the children of each of its threads. */
function sample(pid: number, entry: Seen, seen: Map<number, Seen>): void {
  const stat = readOrUndefined(`/proc/${pid}/stat`);
  if (!stat) {
    entry.ended = true;
    return;
  }
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  entry.program = stat.slice(stat.indexOf('(') + 1, close);
  // A parent outside the tree is init, or whoever adopted the process when its parent exited.
  if (seen.has(entry.parent)) entry.parent = Number(fields[1]);
  entry.cpuMs = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  entry.memoryBytes = Number(fields[21]) * PAGE_BYTES;
  // A zombie's times are final; it has ended, only its parent has not yet waited for it.
  if (fields[0] === 'Z') entry.ended = true;
  for (const task of readdirOrEmpty(`/proc/${pid}/task`)) {
    for (const found of (readOrUndefined(`/proc/${pid}/task/${task}/children`) ?? '').split(' ')) {
      const childPid = Number(found);
      if (childPid && !seen.has(childPid))
        seen.set(childPid, { program: '?', parent: pid, cpuMs: 0, memoryBytes: 0, ended: false });
    }
  }
}

function byProgram(processes: readonly Seen[]): Record<string, number> {
  const programs: Record<string, number> = {};
  for (const p of processes) programs[p.program] = (programs[p.program] ?? 0) + p.cpuMs;
  return programs;
}

/** CPU time of this process's children that it has waited for, and of theirs, in ms. */
export function waitedForCpuMs(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
