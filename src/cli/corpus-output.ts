import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Corpus } from '../domain/corpus.ts';
import type { CliIo } from './run-main.ts';

/** A destination for text written in pieces: a file (`--out FILE`) or stdout (`--out -` or none). */
export interface TextSink {
  write(text: string): void;
  close(): void;
}

const BUFFER = 1 << 20;

export function openSink(io: CliIo, out: string | undefined, what = 'extract'): TextSink {
  let pending: string[] = [];
  let size = 0;
  let emit: (text: string) => void;
  let fd: number | undefined;
  if (out === undefined || out === '-') {
    emit = (text) => io.stdout(text);
  } else {
    const path = resolve(io.cwd, out);
    try {
      mkdirSync(dirname(path), { recursive: true });
      fd = openSync(path, 'w');
    } catch (error) {
      const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
      throw new Error(`${what}: cannot write ${out}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code || String(error)}`, { cause: error });
    }
    const target = fd;
    emit = (text) => void writeSync(target, text);
  }
  const flush = (): void => {
    if (pending.length === 0) return;
    emit(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= BUFFER) flush();
    },
    close() {
      flush();
      if (fd !== undefined) closeSync(fd);
    },
  };
}

/**
 * The corpus as JSON, written in pieces so no single string holds the whole file: each top-level
 * field on its own line, arrays with one record per line (easy to diff and grep, and about a third
 * of the size of indented JSON).
 */
export function writeCorpusJson(corpus: Corpus, sink: TextSink): void {
  const fields = Object.entries(corpus);
  sink.write('{');
  fields.forEach(([key, value], i) => {
    sink.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(key)}:`);
    if (Array.isArray(value)) {
      sink.write('[');
      value.forEach((item: unknown, j) => sink.write(`${j === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`));
      sink.write(value.length > 0 ? '\n]' : ']');
    } else {
      sink.write(JSON.stringify(value));
    }
  });
  sink.write('}\n');
}
