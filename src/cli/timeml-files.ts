import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTimeml, TimemlError, type TimemlDocument } from '../extraction/temporal/timeml/document.ts';

/** Reads every `*.tml` of a folder (sorted by name); a file that does not parse is reported and skipped. */
export function readTimemlFolder(dir: string): { name: string; doc: TimemlDocument }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.tml')).sort();
  } catch (error) {
    throw new Error(`cannot read folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const out: { name: string; doc: TimemlDocument }[] = [];
  for (const name of names) {
    try {
      out.push({ name, doc: parseTimeml(readFileSync(join(dir, name), 'utf8')) });
    } catch (error) {
      if (!(error instanceof TimemlError)) throw error;
      process.stderr.write(`skipping ${name}: ${error.message}\n`);
    }
  }
  return out;
}
