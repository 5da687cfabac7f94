import type { TraceEntry } from './types.ts';

/**
 * Debug traces are thunks: stages record `() => string` and nothing is formatted unless a test
 * failure or `--debug` asks for it, so the normal path pays only for an array push.
 */
export function formatTrace(trace: readonly TraceEntry[]): string {
  return trace.map((t) => `[${t.stage}] ${t.message()}`).join('\n');
}
