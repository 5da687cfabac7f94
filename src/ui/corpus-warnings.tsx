import type { CorpusWarning } from '../domain/corpus.ts';

/** Documents the extraction skipped, with the reason: discreet, but never silent. */
export function CorpusWarnings({ warnings }: { warnings: readonly CorpusWarning[] }) {
  if (warnings.length === 0) return null;
  const count = warnings.length === 1 ? '1 document was skipped' : `${warnings.length} documents were skipped`;
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
