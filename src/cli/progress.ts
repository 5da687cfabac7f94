import type { CliIo } from './run-main.ts';

export interface Progress {
  update(done: number): void;
  /** Clears the live line; returns seconds since start. */
  finish(): number;
}

/**
 * Progress of a long run: on a terminal, one line rewritten in place at most ten times a second
 * ("extracting 4,210 of 10,000 documents · 2,310/s · about 3 s left"); otherwise nothing, and the
 * caller prints a summary line at the end.
 */
export function startProgress(io: CliIo, total: number, what = 'documents'): Progress {
  const t0 = performance.now();
  let shownAt = 0;
  let shown = false;
  const live = io.stderrIsTTY === true && total > 0;
  return {
    update(done) {
      if (!live) return;
      const now = performance.now();
      if (now - shownAt < 100 && done < total) return;
      shownAt = now;
      const seconds = (now - t0) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? (total - done) / rate : NaN;
      const eta = Number.isFinite(left) && done > 0 ? ` · about ${left < 10 ? left.toFixed(1) : Math.round(left).toLocaleString('en')} s left` : '';
      io.stderr(`\r\x1b[2Kextracting ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${what} · ${Math.round(rate).toLocaleString('en')}/s${eta}`);
      shown = true;
    },
    finish() {
      if (shown) io.stderr('\r\x1b[2K');
      return (performance.now() - t0) / 1000;
    },
  };
}
