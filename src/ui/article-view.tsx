import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { SourceDocument } from '../domain/corpus.ts';
import { segmentArticle, type ArticleMark } from './article-segments.ts';

export interface ArticleViewProps {
  document: SourceDocument;
  publishedLabel: string;
  /** The quotes of every event drawn from this document. */
  marks: readonly ArticleMark[];
  /** Titles by event id, for the marks' tooltips. */
  titleOf: (eventId: string) => string;
  currentId: string | null;
  currentTitle: string | null;
  currentDateLabel: string | null;
  onSelect: (eventId: string) => void;
  onBack: () => void;
}

/**
 * The whole document as text, with every extracted event's quote marked: the current one is
 * scrolled into view, the others select their event. The text is untrusted and stays React text.
 */
export function ArticleView(props: ArticleViewProps) {
  const { document, publishedLabel, marks, titleOf, currentId, currentTitle, currentDateLabel, onSelect, onBack } = props;
  const segments = useMemo(() => segmentArticle(document.text, marks, currentId), [document.text, marks, currentId]);
  // A merged event has several quotes in one article: the first takes the scroll and the focus.
  const firstCurrent = segments.find((s) => s.kind === 'mark' && s.current);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const currentRef = useRef<HTMLElement>(null);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [document.id]);
  /** Set when a mark was activated: the mark that had focus turns into the current one, which takes focus over. */
  const focusCurrent = useRef(false);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'center' });
    if (focusCurrent.current) currentRef.current?.focus({ preventScroll: true });
    focusCurrent.current = false;
  }, [document.id, currentId]);

  const selectMark = (eventId: string): void => {
    focusCurrent.current = true;
    onSelect(eventId);
  };
  const onMarkKey = (event: KeyboardEvent<HTMLElement>, eventId: string): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectMark(eventId);
    }
  };

  return (
    <section className="sl-article" aria-label="Article">
      <div className="sl-article__bar">
        <button type="button" className="sl-button" onClick={onBack}>
          <span aria-hidden="true">← </span>Back to timeline
        </button>
        {currentTitle !== null && (
          <p className="sl-article__current">
            <span className="sl-muted">Selected:</span> {currentTitle}
            {currentDateLabel !== null && <span className="sl-muted"> · {currentDateLabel}</span>}
          </p>
        )}
      </div>
      <h2 className="sl-article__title" ref={headingRef} tabIndex={-1}>
        {document.title}
      </h2>
      <p className="sl-article__meta">
        {document.publisher ? `${document.publisher}, ` : ''}published {publishedLabel}
      </p>
      <div className="sl-article__text">
        {segments.map((segment) => {
          if (segment.kind === 'text') return <span key={segment.start}>{segment.text}</span>;
          if (segment.current) {
            return (
              <mark
                key={segment.start}
                className="sl-mark sl-mark--current"
                ref={segment === firstCurrent ? currentRef : undefined}
                tabIndex={-1}
                aria-description={currentTitle === null ? undefined : `Selected event: ${currentTitle}`}
              >
                {segment.text}
              </mark>
            );
          }
          const id = segment.eventId;
          return (
            <mark
              key={segment.start}
              className="sl-mark sl-mark--event"
              role="button"
              tabIndex={0}
              title={`Select: ${titleOf(id)}`}
              // The quote stays the name (it is the article's text); the event it selects is the description.
              aria-description={`Event: ${titleOf(id)}`}
              data-event-id={id}
              onClick={() => selectMark(id)}
              onKeyDown={(event) => onMarkKey(event, id)}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
