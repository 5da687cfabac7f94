import { useEffect, useRef, type ReactNode } from 'react';
import type { Timing } from '../domain/corpus.ts';
import { PRECISION_CLASSES, TIMINGS, type EventFilters, type FacetCounts, type PrecisionClass } from '../domain/event-query.ts';
import { MAX_LABEL_TITLE_CHARS, MAX_NAME_CHARS, shortenText } from '../domain/display-text.ts';
import { M } from '../i18n/messages.ts';
import type { SourceInfo } from './source-info.ts';

export interface ActorOption {
  id: string;
  name: string;
}

export interface FilterPanelProps {
  id: string;
  filters: EventFilters;
  facets: FacetCounts;
  sources: readonly SourceInfo[];
  /** Documents the source filters leave shown. */
  shownSources: ReadonlySet<string>;
  actors: readonly ActorOption[];
  shown: number;
  total: number;
  onSources: (ids: readonly string[], show: boolean) => void;
  onPrecision: (option: PrecisionClass, on: boolean) => void;
  onTiming: (option: Timing, on: boolean) => void;
  onActor: (id: string, on: boolean) => void;
  onRange: (from: string | null, to: string | null) => void;
  onClear: () => void;
  /** The earliest and latest day of the corpus, bounds of the date inputs. */
  span: { from: string; to: string } | null;
}

/** The most actors listed (by how many events name them); the rest are reached through search. */
const SHOWN_ACTORS = 40;

function Check({
  checked,
  indeterminate = false,
  onChange,
  children,
  count,
}: {
  checked: boolean;
  indeterminate?: boolean;
  onChange: (on: boolean) => void;
  children: ReactNode;
  count: number;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label className="sl-check">
      <input ref={ref} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="sl-check__label">{children}</span>
      <span className="sl-check__count">{count.toLocaleString('en')}</span>
    </label>
  );
}

/**
 * Filters with counts: sources (grouped by publisher), date precision, timing, actors and a date
 * range. Each count says how many events the option would show given every other filter.
 */
export function FilterPanel(props: FilterPanelProps) {
  const { id, filters, facets, sources, shownSources, actors, shown, total, span } = props;
  const groups = new Map<string, SourceInfo[]>();
  for (const source of sources) {
    const key = source.publisher ?? '';
    const list = groups.get(key);
    if (list) list.push(source);
    else groups.set(key, [source]);
  }
  const topActors = [...actors].sort((a, b) => (facets.actors.get(b.id) ?? 0) - (facets.actors.get(a.id) ?? 0)).slice(0, SHOWN_ACTORS);
  const active = Object.values(filters).some((f) => f !== null);

  return (
    <section id={id} className="sl-filters" aria-label={M.filters.title}>
      <div className="sl-filters__head">
        <h2 className="sl-section-title">{M.filters.title}</h2>
        <p className="sl-muted" role="status">
          {M.filters.showing(shown, total)}
        </p>
        <button type="button" className="sl-button" onClick={props.onClear} disabled={!active}>
          {M.filters.clearAll}
        </button>
      </div>
      <div className="sl-filters__groups">
        <fieldset className="sl-filters__group sl-filters__group--sources">
          <legend>{M.filters.sources}</legend>
          {[...groups].map(([publisher, docs]) => {
            const shownHere = docs.filter((d) => shownSources.has(d.id)).length;
            const count = publisher === '' ? 0 : (facets.publishers.get(publisher) ?? 0);
            return (
              <div key={publisher || '(none)'} className="sl-filters__publisher">
                {publisher !== '' && docs.length > 1 ? (
                  <Check
                    checked={shownHere === docs.length}
                    indeterminate={shownHere > 0 && shownHere < docs.length}
                    count={count}
                    onChange={(on) => props.onSources(docs.map((d) => d.id), on)}
                  >
                    <bdi className="sl-filters__publisher-name">{shortenText(publisher, MAX_NAME_CHARS)}</bdi>
                  </Check>
                ) : null}
                <div className={publisher !== '' && docs.length > 1 ? 'sl-filters__docs' : undefined}>
                  {docs.map((doc) => (
                    <Check key={doc.id} checked={shownSources.has(doc.id)} count={facets.documents.get(doc.id) ?? 0} onChange={(on) => props.onSources([doc.id], on)}>
                      <span className={`sl-swatch sl-src-${doc.slot}`} aria-hidden="true" />
                      {/* One text run, so the publisher and the title wrap as words, not as two squeezed columns. */}
                      <span>
                        {doc.publisher !== null && docs.length === 1 && (
                          <>
                            <bdi>{shortenText(doc.publisher, MAX_NAME_CHARS)}</bdi>
                            {': '}
                          </>
                        )}
                        <bdi title={doc.title.length > MAX_LABEL_TITLE_CHARS ? doc.title : undefined}>{shortenText(doc.title, MAX_LABEL_TITLE_CHARS)}</bdi>
                      </span>
                    </Check>
                  ))}
                </div>
              </div>
            );
          })}
        </fieldset>
        <fieldset className="sl-filters__group">
          <legend>{M.filters.precision}</legend>
          {PRECISION_CLASSES.map((p) => (
            <Check key={p} checked={filters.precision === null || filters.precision.includes(p)} count={facets.precision[p]} onChange={(on) => props.onPrecision(p, on)}>
              <span className={`sl-key sl-key--${p}`} aria-hidden="true" />
              {M.filters.precisionNames[p]}
            </Check>
          ))}
        </fieldset>
        <fieldset className="sl-filters__group">
          <legend>{M.filters.timing}</legend>
          {TIMINGS.map((t) => (
            <Check key={t} checked={filters.timing === null || filters.timing.includes(t)} count={facets.timing[t]} onChange={(on) => props.onTiming(t, on)}>
              <span className={`sl-key sl-key--${t}`} aria-hidden="true" />
              {M.filters.timingNames[t]}
            </Check>
          ))}
        </fieldset>
        <fieldset className="sl-filters__group sl-filters__group--actors">
          <legend>{M.filters.actors}</legend>
          {topActors.length === 0 ? (
            <p className="sl-muted">{M.filters.noActors}</p>
          ) : (
            topActors.map((a) => (
              <Check key={a.id} checked={filters.actors?.includes(a.id) ?? false} count={facets.actors.get(a.id) ?? 0} onChange={(on) => props.onActor(a.id, on)}>
                <bdi>{shortenText(a.name, MAX_NAME_CHARS)}</bdi>
              </Check>
            ))
          )}
        </fieldset>
        <fieldset className="sl-filters__group">
          <legend>{M.filters.range}</legend>
          <label className="sl-date-field">
            <span>{M.filters.from}</span>
            <input
              type="date"
              value={filters.range?.from ?? ''}
              min={span?.from}
              max={span?.to}
              onChange={(e) => props.onRange(e.target.value || null, filters.range?.to ?? null)}
            />
          </label>
          <label className="sl-date-field">
            <span>{M.filters.to}</span>
            <input
              type="date"
              value={filters.range?.to ?? ''}
              min={span?.from}
              max={span?.to}
              onChange={(e) => props.onRange(filters.range?.from ?? null, e.target.value || null)}
            />
          </label>
          {filters.range !== null && (
            <button type="button" className="sl-button sl-button--quiet" onClick={() => props.onRange(null, null)}>
              {M.filters.clearRange}
            </button>
          )}
        </fieldset>
      </div>
    </section>
  );
}
