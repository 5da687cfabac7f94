import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { thisThreadRunMs } from '../thread-cpu-time.ts';
/**
 * CPU time, not wall time: on a shared machine (two cores, a load of 15-30) wall time mostly measures how
 * long the scheduler kept this process waiting, and a shape's growth read from it is noise. CPU time
 * (user + system of this process, `process.cpuUsage()`, microseconds) counts only the work done, so it is
 * what the fuzzer's per-KB figures and shape growth are read from. Hardware instruction counts would be
 * steadier still, but `perf stat -e instructions` is "not supported" on this virtual machine, and
 * valgrind's callgrind does not follow a JIT. Other processes still add a little (cache misses, frequency),
 * never remove any, so the least of several runs is the closest to the work itself.
 */

/**
 * A full garbage collection, run before each measured run so that a run pays for the garbage it makes, not
 * for what earlier runs (or the documents built for the other sizes) left: without it, one run of a 128 KB
 * document, timed once, sometimes carried a major collection of the whole heap and read as super-linear.
 * `--expose-gc` set at run time gives `gc` to a new context (the documented V8 flag; no restart needed).
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : () => undefined;
})();

/** CPU milliseconds (user + system) spent since `start` (a `process.cpuUsage()` reading). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/** A CPU clock in ms, with what it counts (printed beside the figures it gives). */
export interface CpuClock {
  name: string;
  now(): number;
}

/** The process's CPU time: every thread of it. */
export const processClock: CpuClock = { name: "the process's CPU time (process.cpuUsage)", now: () => cpuMsSince({ user: 0, system: 0 }) };

/**
 * The clock the shape timing reads: the measuring thread's own CPU time where Linux gives it
 * (`/proc/thread-self/schedstat`, src/cli/thread-cpu-time.ts), else the process's (`process.cpuUsage()`).
 * The process clock adds up every thread: V8's garbage-collection and compiler helpers too, whose share of
 * the work varied with the load (at load 14-22 the set of shapes over x12 changed from run to run). The
 * thread's clock counts what the extraction itself ran, including the part of each collection it does.
 */
export const shapeClock: CpuClock = thisThreadRunMs() !== undefined
  ? { name: "the measuring thread's CPU time (/proc/thread-self/schedstat)", now: () => thisThreadRunMs() ?? Number.NaN }
  : { ...processClock, name: "the process's CPU time (process.cpuUsage; no per-thread clock here)" };

/** One call of a function timed both ways: CPU ms on `shapeClock` and wall ms, each per call. */
export interface CallTime {
  cpuMs: number;
  wallMs: number;
}

/**
 * CPU milliseconds of one call of `fn` (on `clock`, by default the process's CPU time): each run repeats `fn`
 * until it has spent at least `floorMs` of CPU (so a point is far above the clock's resolution and scheduler
 * ticks) and divides by the calls; the least of `runs` runs is returned, with the least wall time per call.
 */
export function leastMsPerCall(fn: () => void, runs: number, floorMs = 25, clock: CpuClock = processClock): CallTime {
  const least = { cpuMs: Infinity, wallMs: Infinity };
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const wall = performance.now();
    const start = clock.now();
    let calls = 0;
    let spent: number;
    do {
      fn();
      calls++;
      spent = clock.now() - start;
    } while (spent < floorMs);
    least.cpuMs = Math.min(least.cpuMs, spent / calls);
    least.wallMs = Math.min(least.wallMs, (performance.now() - wall) / calls);
  }
  return least;
}

/** `leastMsPerCall` in CPU ms only, on the process's clock (the fuzzer's slowest inputs). */
export function leastCpuMsPerCall(fn: () => void, runs: number, floorMs = 25): number {
  return leastMsPerCall(fn, runs, floorMs).cpuMs;
}

/**
 * `leastMsPerCall` for several functions measured side by side: run r of every function comes before run
 * r + 1 of any, so each gets samples from the same stretch of machine load. Growth is a ratio of two of
 * these figures; measured one after the other, a change of load between them (other sessions starting a
 * test suite) read as super-linear growth.
 */
export function leastMsPerCallInterleaved(fns: ReadonlyArray<() => void>, runs: number, floorMs = 25, clock: CpuClock = processClock): CallTime[] {
  const least = fns.map(() => ({ cpuMs: Infinity, wallMs: Infinity }));
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, i) => {
      const t = leastMsPerCall(fn, 1, floorMs, clock);
      const l = least[i];
      if (l) {
        l.cpuMs = Math.min(l.cpuMs, t.cpuMs);
        l.wallMs = Math.min(l.wallMs, t.wallMs);
      }
    });
  }
  return least;
}
