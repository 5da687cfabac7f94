import { isSkippedFile, type CorpusWarning } from '../domain/corpus.ts';
import { M } from '../i18n/messages.ts';

/** Files the extraction skipped and notes on kept documents, each with the reason: discreet, but never silent. */
export function CorpusWarnings({ warnings }: { warnings: readonly CorpusWarning[] }) {
  if (warnings.length === 0) return null;
  const skipped = warnings.filter(isSkippedFile).length;
  const count = M.warningCount(skipped, warnings.length - skipped);
  return (
    <div className="sl-warnings" role="status">
      <details>
        <summary>{count}</summary>
        <ul>
          {warnings.map((w, i) => (
            <li key={`${w.file}:${i}`}>
              <code>
                <bdi>{w.file}</bdi>
              </code>
              : <bdi>{w.reason}</bdi>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
