import { readFileSync } from 'node:fs';

/**
 * The CPU time of one thread, so that a time budget counts a document's own work and not how long a
 * loaded machine kept its thread waiting. Node 20 has no per-thread CPU clock (`process.threadCpuUsage`
 * is Node 23.9+) and `process.cpuUsage()` adds up every thread of the process, so this reads Linux's
 * `/proc/thread-self/stat` (the calling thread) and `/proc/self/task/<tid>/stat` (another thread of this
 * process): user + system time in clock ticks of 10 ms. Elsewhere (no such files) every function here
 * gives `undefined` and callers fall back to wall time, which is then what their budget says it counts.
 *
 * Measured on this 2-core machine at load 14: a worker thread busy for 1,508 ms of wall time had used
 * 300 ms of CPU time; a wall-clock budget read the document as five times slower than it was. One read
 * takes 10-170 µs (a file read), so extraction reads it once per document and again only after wall time
 * has passed the budget (a thread's CPU time never exceeds its wall time).
 */

export interface ThreadTimes {
  /** The kernel's id of the thread (what `/proc/self/task/<tid>` is named after). */
  tid: number;
  /** User + system CPU time the thread has used, in ms. */
  cpuMs: number;
}

/** Linux clock ticks per second in /proc (USER_HZ, 100 on every architecture Node runs on). */
const TICKS_PER_SECOND = 100;

/** Fields of a `/proc/.../stat` line: `tid (comm) state ...`, utime and stime the 14th and 15th. */
export function parseThreadStat(stat: string): ThreadTimes | undefined {
  const close = stat.lastIndexOf(')');
  const tid = Number(stat.slice(0, stat.indexOf(' ')));
  // After "comm)": field 3 (state) onwards, so utime (field 14) is at 11 and stime at 12.
  const fields = stat.slice(close + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (close < 0 || !Number.isInteger(tid) || !Number.isFinite(ticks)) return undefined;
  return { tid, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

function readStat(path: string): ThreadTimes | undefined {
  try {
    return parseThreadStat(readFileSync(path, 'latin1'));
  } catch {
    return undefined;
  }
}

/** The calling thread's id and CPU time, or undefined without `/proc`. */
export function thisThread(): ThreadTimes | undefined {
  return readStat('/proc/thread-self/stat');
}

/** CPU ms used so far by thread `tid` of this process (a worker that reported it), or undefined. */
export function threadCpuMs(tid: number): number | undefined {
  return readStat(`/proc/self/task/${tid}/stat`)?.cpuMs;
}

/**
 * The calling thread's CPU time in ms from `/proc/thread-self/schedstat` (its first field, the time on a
 * CPU in ns), or undefined without it. Finer than `stat`'s 10 ms ticks: the kernel brings the figure up to
 * date at every scheduler tick and switch, which on this machine means steps of 0.3-4.7 ms (measured) against
 * 10 ms; a benchmark run of 200 ms reads it within 2 %.
 */
export function thisThreadRunMs(): number | undefined {
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** The calling thread's CPU clock in ms (for `extractFile`'s `cpuClock`; NaN if a read fails), or undefined without `/proc`. */
export function threadCpuClock(): (() => number) | undefined {
  if (thisThread() === undefined) return undefined;
  return () => thisThread()?.cpuMs ?? Number.NaN;
}
