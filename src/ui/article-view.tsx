import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { SourceDocument } from '../domain/corpus.ts';
import { MAX_NAME_CHARS, MAX_TITLE_CHARS, shortenText } from '../domain/display-text.ts';
import { M } from '../i18n/messages.ts';
import { segmentArticle, type ArticleMark } from './article-segments.ts';
import { Highlighted, type TextRanges } from './highlighted.tsx';

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
  /** Search matches to mark in a piece of the text. */
  highlight?: ((text: string) => TextRanges) | undefined;
  onSelect: (eventId: string) => void;
  onBack: () => void;
}

const isWebLink = (href: string | undefined): href is string => href !== undefined && /^https?:\/\//i.test(href);

/**
 * The whole document as text, with every extracted event's quote marked: the current one is
 * scrolled into view inside the text's own box (so the header and "Back to timeline" stay on
 * screen), the others select their event. The text is untrusted and stays React text.
 */
export function ArticleView(props: ArticleViewProps) {
  const { document, publishedLabel, marks, titleOf, currentId, currentTitle, currentDateLabel, highlight, onSelect, onBack } = props;
  const segments = useMemo(() => segmentArticle(document.text, marks, currentId), [document.text, marks, currentId]);
  // A merged event has several quotes in one article: the first takes the scroll and the focus.
  const firstCurrent = segments.find((s) => s.kind === 'mark' && s.current);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const currentRef = useRef<HTMLElement>(null);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [document.id]);
  /** Set when a mark was activated: the mark that had focus turns into the current one, which takes focus over. */
  const focusCurrent = useRef(false);
  useEffect(() => {
    const box = textRef.current;
    const mark = currentRef.current;
    if (box && mark) {
      // Within the text's box only: the page (and the bar with "Back to timeline") does not move.
      const top = mark.offsetTop - box.offsetTop - Math.max(0, (box.clientHeight - mark.offsetHeight) / 3);
      box.scrollTop = Math.max(0, top);
    }
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
  const mark = (text: string): ReactNode => <Highlighted text={text} ranges={highlight?.(text)} />;
  const title = shortenText(document.title, MAX_TITLE_CHARS);

  return (
    <section className="sl-article" aria-label={M.article.region}>
      <div className="sl-article__bar">
        <button type="button" className="sl-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {M.article.back}
        </button>
        {currentTitle !== null && (
          <p className="sl-article__current">
            <span className="sl-muted">{M.article.selected}</span> <bdi>{shortenText(currentTitle, 160)}</bdi>
            {currentDateLabel !== null && <span className="sl-muted"> · {currentDateLabel}</span>}
          </p>
        )}
      </div>
      <header className="sl-article__header">
        <h2 className="sl-article__title" ref={headingRef} tabIndex={-1} title={title === document.title ? undefined : document.title}>
          <bdi>{mark(title)}</bdi>
        </h2>
        <p className="sl-article__meta">
          {document.publisher ? (
            <>
              <bdi>{shortenText(document.publisher, MAX_NAME_CHARS)}</bdi>
              {', '}
            </>
          ) : null}
          {M.article.published(publishedLabel)}
          {isWebLink(document.source) && (
            <>
              {' · '}
              <a href={document.source} target="_blank" rel="noopener noreferrer">
                {M.article.original}
                <span className="sl-visually-hidden"> {M.details.originalNewTab}</span>
                <span aria-hidden="true"> ↗</span>
              </a>
            </>
          )}
        </p>
      </header>
      <div className="sl-article__text" ref={textRef} dir="auto">
        {segments.map((segment) => {
          if (segment.kind === 'text') return <span key={segment.start}>{mark(segment.text)}</span>;
          if (segment.current) {
            return (
              <mark
                key={segment.start}
                className="sl-mark sl-mark--current"
                ref={segment === firstCurrent ? currentRef : undefined}
                tabIndex={-1}
                aria-description={currentTitle === null ? undefined : M.article.selectedDescription(currentTitle)}
              >
                {mark(segment.text)}
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
              title={M.article.selectEvent(titleOf(id))}
              // The quote stays the name (it is the article's text); the event it selects is the description.
              aria-description={M.article.eventDescription(titleOf(id))}
              data-event-id={id}
              onClick={() => selectMark(id)}
              onKeyDown={(event) => onMarkKey(event, id)}
            >
              {mark(segment.text)}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
