import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

/**
 * CPU milliseconds of one call of `fn`: each run repeats `fn` until it has spent at least `floorMs` of CPU
 * (so a point is far above the clock's resolution and scheduler ticks) and divides by the calls; the least of
 * `runs` runs is returned.
 */
export function leastCpuMsPerCall(fn: () => void, runs: number, floorMs = 25): number {
  let least = Infinity;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const start = process.cpuUsage();
    let calls = 0;
    let spent: number;
    do {
      fn();
      calls++;
      spent = cpuMsSince(start);
    } while (spent < floorMs);
    least = Math.min(least, spent / calls);
  }
  return least;
}

/**
 * `leastCpuMsPerCall` for several functions measured side by side: run r of every function comes before run
 * r + 1 of any, so each gets samples from the same stretch of machine load. Growth is a ratio of two of
 * these figures; measured one after the other, a change of load between them (other sessions starting a
 * test suite) read as super-linear growth.
 */
export function leastCpuMsPerCallInterleaved(fns: ReadonlyArray<() => void>, runs: number, floorMs = 25): number[] {
  const least = fns.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, i) => {
      least[i] = Math.min(least[i] ?? Infinity, leastCpuMsPerCall(fn, 1, floorMs));
    });
  }
  return least;
}
