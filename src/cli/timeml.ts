import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTemporalExpressions } from '../extraction/temporal/index.ts';
import { writeTimeml } from '../extraction/temporal/timeml/document.ts';
import { readTimemlFolder } from './timeml-files.ts';
import { runMain } from './run-main.ts';

/**
 * `npm run --silent timeml -- IN_DIR OUT_DIR`: tags the plain TEXT of every TimeML file in IN_DIR
 * (its DCT as reference date) and writes OUT_DIR/<same name> with only our TIMEX3 tags in TEXT.
 */
function main(argv: string[]): number {
  const [inDir, outDir] = argv;
  if (!inDir || !outDir) {
    process.stderr.write('usage: npm run --silent timeml -- IN_DIR OUT_DIR\n');
    return 2;
  }
  const docs = readTimemlFolder(inDir);
  mkdirSync(outDir, { recursive: true });
  let timexes = 0;
  for (const { name, doc } of docs) {
    const mentions = tagTemporalExpressions(doc.text, { referenceDate: doc.dct });
    timexes += mentions.length;
    writeFileSync(join(outDir, name), writeTimeml(doc, mentions));
  }
  process.stderr.write(`tagged ${docs.length} documents, ${timexes} TIMEX3 -> ${outDir}\n`);
  return 0;
}

runMain(main);
