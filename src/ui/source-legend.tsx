import { memo, useMemo } from 'react';
import { isolate } from '../domain/display-text.ts';
import { M } from '../i18n/messages.ts';
import { legendSources } from './legend-sources.ts';
import type { SourceInfo } from './source-info.ts';

export interface SourceLegendProps {
  sources: readonly SourceInfo[];
  shownSources: ReadonlySet<string>;
  /** Events per document, among those the other filters leave. */
  counts: ReadonlyMap<string, number>;
  onToggle: (id: string, show: boolean) => void;
}

/**
 * What the chart's colours and marks mean: each source (colour, short name, event count, a toggle
 * that hides or shows its events) and the drawing key (precision, timing, uncertainty, source counts).
 * Memoised: the explorer re-renders on every pan, the legend only when its props change.
 */
export const SourceLegend = memo(function SourceLegend({ sources, shownSources, counts, onToggle }: SourceLegendProps) {
  const shownHere = useMemo(() => legendSources(sources, counts), [sources, counts]);
  const more = sources.length - shownHere.length;
  return (
    <div className="sl-legend">
      {sources.length > 1 && (
        <ul className="sl-legend__sources" aria-label={M.legend.sources}>
          {shownHere.map((s) => {
            const shown = shownSources.has(s.id);
            return (
              <li key={s.id}>
                <button
                  type="button"
                  className={`sl-legend__source sl-src-${s.slot}`}
                  aria-pressed={shown}
                  title={s.publisher === null ? s.title : `${isolate(s.publisher)}: ${isolate(s.title)}`}
                  aria-label={M.legend.toggle(s.name, shown)}
                  onClick={() => onToggle(s.id, !shown)}
                >
                  <span className="sl-swatch" aria-hidden="true" />
                  <bdi className="sl-legend__name">{s.name}</bdi>
                  <span className="sl-legend__count">{(counts.get(s.id) ?? 0).toLocaleString('en')}</span>
                </button>
              </li>
            );
          })}
          {more > 0 && <li className="sl-legend__more">{M.legend.more(more)}</li>}
        </ul>
      )}
      <ul className="sl-legend__key" aria-label={M.legend.key}>
        <li>
          <span className="sl-key sl-key--exact" aria-hidden="true" /> {M.legend.exact}
        </li>
        <li>
          <span className="sl-key sl-key--approximate" aria-hidden="true" /> {M.legend.approximate}
        </li>
        <li>
          <span className="sl-key sl-key--reported" aria-hidden="true" />
          <span className="sl-badge sl-badge--reported" aria-hidden="true">◷</span> {M.legend.reported}
        </li>
        <li>
          <span className="sl-key sl-key--ongoing" aria-hidden="true" /> {M.legend.ongoing}
        </li>
        <li>
          <span className="sl-key sl-key--future" aria-hidden="true" /> {M.legend.future}
        </li>
        <li>
          <span className="sl-badge sl-badge--uncertain" aria-hidden="true">?</span> {M.legend.uncertain}
        </li>
        <li>
          <span className="sl-badge sl-badge--sources" aria-hidden="true">2</span> {M.legend.articleCount}
        </li>
        <li>
          <span className="sl-badge sl-badge--quotes" aria-hidden="true">7</span> {M.legend.quoteCount}
        </li>
      </ul>
    </div>
  );
});
