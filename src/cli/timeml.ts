import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagTemporalExpressions } from '../extraction/temporal/index.ts';
import { writeTimeml } from '../extraction/temporal/timeml/document.ts';
import { isProfile, timexesFor, type TimemlProfile } from '../extraction/temporal/timeml/profiles.ts';
import { readTimemlFolder } from './timeml-files.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';

const USAGE = 'usage: npm run --silent timeml -- IN_DIR OUT_DIR [--profile te3|meantime]\n';

/**
 * `npm run --silent timeml -- IN_DIR OUT_DIR [--profile te3|meantime]`: tags the plain TEXT of every
 * TimeML file in IN_DIR (its DCT as reference date) and writes OUT_DIR/<same name> with only our
 * TIMEX3 tags in TEXT, under the annotation conventions of the profile (te3, TempEval-3, by default).
 */
export function main(argv: string[], io: CliIo): number {
  const at = argv.indexOf('--profile');
  const inline = argv.find((a) => a.startsWith('--profile='));
  const profileArg = inline ? inline.slice('--profile='.length) : at >= 0 ? argv[at + 1] : 'te3';
  const positional = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  const [inDir, outDir] = positional;
  if (!inDir || !outDir || positional.length > 2 || profileArg === undefined || !isProfile(profileArg)) {
    io.stderr(USAGE);
    return 2;
  }
  const profile: TimemlProfile = profileArg;
  const docs = readTimemlFolder(resolve(io.cwd, inDir));
  const out = resolve(io.cwd, outDir);
  mkdirSync(out, { recursive: true });
  let timexes = 0;
  for (const { name, doc } of docs) {
    const written = timexesFor(tagTemporalExpressions(doc.text, { referenceDate: doc.dct }), doc.text, profile);
    timexes += written.length;
    writeFileSync(join(out, name), writeTimeml(doc, written));
  }
  io.stderr(`tagged ${docs.length} documents, ${timexes} TIMEX3 (profile ${profile}) -> ${outDir}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
