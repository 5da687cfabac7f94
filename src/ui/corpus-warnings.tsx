import { isSkippedFile, type CorpusWarning } from '../domain/corpus.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Files the extraction skipped and notes on kept documents, each with the reason: discreet, but never silent. */
export function CorpusWarnings({ warnings }: { warnings: readonly CorpusWarning[] }) {
  if (warnings.length === 0) return null;
  const skipped = warnings.filter(isSkippedFile).length;
  const notes = warnings.length - skipped;
  // Say what is counted: "1 file was skipped", "2 files were skipped · 3 notes", "1 note on a document".
  const count = [
    skipped > 0 ? `${plural(skipped, 'file', 'files')} ${skipped === 1 ? 'was' : 'were'} skipped` : '',
    notes > 0 ? (skipped > 0 ? plural(notes, 'note', 'notes') : `${plural(notes, 'note', 'notes')} on the documents`) : '',
  ].filter((part) => part !== '').join(' · ');
  return (
    <div className="sl-warnings" role="status">
      <details>
        <summary>{count}</summary>
        <ul>
          {warnings.map((w, i) => (
            <li key={`${w.file}:${i}`}>
              <code>{w.file}</code>: {w.reason}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
