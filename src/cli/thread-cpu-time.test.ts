import { describe, expect, it } from 'vitest';
import { parseThreadStat, thisThread, thisThreadRunMs, threadCpuMs } from './thread-cpu-time.ts';

describe('thread CPU time', () => {
  it('reads user + system ticks from a /proc stat line, whatever the thread is called', () => {
    const line = '4242 (node (worker) 1) R 1 2 3 4 5 6 7 8 9 10 250 37 0 0 20 0 8 0 100 1000 200';
    expect(parseThreadStat(line)).toEqual({ tid: 4242, cpuMs: 2870 });
    expect(parseThreadStat('not a stat line')).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')("reads this thread's CPU time, and the same thread's by its id", () => {
    const self = thisThread();
    expect(self?.tid).toBeGreaterThan(0);
    let spin = 0;
    const until = Date.now() + 50;
    while (Date.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    const later = threadCpuMs(self?.tid ?? -1);
    expect(later).toBeGreaterThanOrEqual(self?.cpuMs ?? Infinity);
  });

  it.runIf(process.platform === 'linux')("reads this thread's time on a CPU from schedstat, finer than stat's ticks, and it only grows", () => {
    const before = thisThreadRunMs();
    expect(before).toBeGreaterThan(0);
    const until = Date.now() + 50;
    let spin = 0;
    while (Date.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(thisThreadRunMs()).toBeGreaterThanOrEqual(before ?? Infinity);
  });
});
