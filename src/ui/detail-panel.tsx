import { useEffect, useRef, type MouseEvent, type Ref } from 'react';
import type { EventSource } from '../domain/corpus.ts';
import type { DocumentMeta } from '../domain/corpus-index.ts';
import { splitQuote } from './quote-parts.ts';

export interface DetailSource {
  source: EventSource;
  document: DocumentMeta;
  publishedLabel: string;
  /** A real link to the article view of this event, so it opens in a new tab too. */
  articleHref: string;
}

export interface DetailPanelProps {
  eventId: string;
  title: string;
  dateLabel: string;
  /** The first source gets the "Read in article" link; further sources are listed with their quotes. */
  sources: readonly DetailSource[];
  onReadArticle: () => void;
  onClose: () => void;
  /** The panel's element: the app measures it (phone bottom sheet) and returns focus from it. */
  ref?: Ref<HTMLElement>;
}

/** The selected event: its title, its date in words, and the verbatim quote it stands on. */
export function DetailPanel({ eventId, title, dateLabel, sources, onReadArticle, onClose, ref }: DetailPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // On phones the panel is a bottom sheet over the list: show each new event from its top.
  useEffect(() => {
    headingRef.current?.closest('section')?.scrollTo({ top: 0 });
  }, [eventId]);

  const follow = (event: MouseEvent<HTMLAnchorElement>): void => {
    // Plain clicks stay in the app (pushState); modified clicks open the real href elsewhere.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onReadArticle();
  };

  return (
    <section className="sl-details" aria-label="Event details" ref={ref}>
      <div className="sl-details__head">
        <h2 className="sl-details__title" ref={headingRef}>
          {title}
        </h2>
        <button type="button" className="sl-button sl-button--icon" aria-label="Close details" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="sl-details__date">{dateLabel}</p>
      {sources.map(({ source, document, publishedLabel, articleHref }, i) => {
        const parts = splitQuote(source);
        return (
          <figure className="sl-source" key={`${source.docId}:${source.quote.start}`}>
            <blockquote className="sl-source__quote">
              {parts.before}
              {parts.phrase !== null && <mark className="sl-mark sl-mark--date">{parts.phrase}</mark>}
              {parts.after}
            </blockquote>
            {parts.phraseOutside !== null && (
              <p className="sl-source__phrase">
                Dated by: <mark className="sl-mark sl-mark--date">{parts.phraseOutside}</mark>
              </p>
            )}
            <figcaption className="sl-source__caption">
              <cite className="sl-source__doc">{document.title}</cite>
              <span className="sl-source__meta">
                {document.publisher ? `${document.publisher}, ` : ''}published {publishedLabel}
              </span>
              {i === 0 && (
                <a className="sl-source__link" href={articleHref} onClick={follow}>
                  Read in article
                </a>
              )}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
