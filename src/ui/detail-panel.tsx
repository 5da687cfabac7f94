import { useEffect, useRef, type MouseEvent, type ReactNode, type Ref } from 'react';
import type { EventSource } from '../domain/corpus.ts';
import { MAX_NAME_CHARS, MAX_TITLE_CHARS, shortenText } from '../domain/display-text.ts';
import { M } from '../i18n/messages.ts';
import { Highlighted, type TextRanges } from './highlighted.tsx';
import { splitQuote } from './quote-parts.ts';
import type { SourceInfo } from './source-info.ts';

export interface DetailSource {
  source: EventSource;
  document: SourceInfo;
  publishedLabel: string;
  /** This source's own date in words, when it differs from the event's. */
  ownDateLabel: string | null;
  /** A real link to the article view of this source's document, so it opens in a new tab too. */
  articleHref: string;
  /** The original article (the document's `source`), only when it is an http(s) URL. */
  originalHref: string | null;
}

export interface DetailPanelProps {
  eventId: string;
  title: string;
  dateLabel: string;
  uncertain: boolean;
  /** "2 sources: December 12, 2022", one part per date the sources give, when they disagree. */
  disagreement: readonly string[] | null;
  /** Names of the people, organisations and places the event names. */
  actors: readonly string[];
  sources: readonly DetailSource[];
  /** Search matches to mark in a piece of text. */
  highlight?: ((text: string) => TextRanges) | undefined;
  onReadArticle: (docId: string) => void;
  onClose: () => void;
  /** Extra controls at the top (the phone sheet's resize handle). */
  handle?: ReactNode;
  /** The phone sheet pulled up to most of the screen. */
  tall?: boolean;
  /** The panel's element: the app measures it (phone bottom sheet) and returns focus from it. */
  ref?: Ref<HTMLElement>;
}

const isWebLink = (href: string | null): href is string => href !== null && /^https?:\/\//i.test(href);

/** The selected event: its title, its date in words, and every verbatim quote it stands on, with each source. */
export function DetailPanel(props: DetailPanelProps) {
  const { eventId, title, dateLabel, uncertain, disagreement, actors, sources, highlight, onReadArticle, onClose, handle, tall = false, ref } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // On phones the panel is a bottom sheet: show each new event from its top.
  useEffect(() => {
    headingRef.current?.closest('section')?.scrollTo({ top: 0 });
  }, [eventId]);

  const follow = (event: MouseEvent<HTMLAnchorElement>, docId: string): void => {
    // Plain clicks stay in the app (pushState); modified clicks open the real href elsewhere.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onReadArticle(docId);
  };
  /**
   * A tap on the chart selects on touchend, the panel (a bottom sheet on phones) opens under the
   * finger, and the browser's click for that tap then lands on whatever of the panel is there: the
   * sheet's handle (pulling it up), the close button, a link. A click whose press began outside the
   * panel is that ghost and is dropped; a keyboard activation (detail 0) has no press and passes.
   */
  const pressedInside = useRef(false);
  const dropGhostClick = (event: MouseEvent<HTMLElement>): void => {
    const pressed = pressedInside.current;
    pressedInside.current = false;
    if (event.detail > 0 && !pressed) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const mark = (text: string): ReactNode => <Highlighted text={text} ranges={highlight?.(text)} />;
  const shownTitle = shortenText(title, MAX_TITLE_CHARS);

  return (
    <section
      className={tall ? 'sl-details sl-details--tall' : 'sl-details'}
      aria-label={M.details.region}
      ref={ref}
      onPointerDownCapture={() => (pressedInside.current = true)}
      onClickCapture={dropGhostClick}
    >
      {handle}
      <div className="sl-details__head">
        <h2 className="sl-details__title" ref={headingRef} title={shownTitle === title ? undefined : title}>
          <bdi>{mark(shownTitle)}</bdi>
        </h2>
        <button type="button" className="sl-button sl-button--icon" aria-label={M.details.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="sl-details__date">
        {uncertain && (
          <span className="sl-badge sl-badge--uncertain" role="img" aria-label={M.badges.uncertain}>
            ?
          </span>
        )}{' '}
        {dateLabel}
        <span className="sl-details__count"> · {M.reports(sources.length, new Set(sources.map((s) => s.document.id)).size)}</span>
      </p>
      {disagreement !== null && (
        <p className="sl-details__disagreement">
          {M.details.disagreement} {disagreement.join(' · ')}
        </p>
      )}
      {uncertain && disagreement === null && <p className="sl-details__disagreement">{M.details.uncertain}</p>}
      {actors.length > 0 && (
        <p className="sl-details__actors">
          <span className="sl-muted">{M.details.actors}: </span>
          {actors.map((name, i) => (
            <span key={name}>
              {i > 0 && ', '}
              <bdi>{mark(name)}</bdi>
            </span>
          ))}
        </p>
      )}
      <ol className="sl-details__sources">
        {sources.map(({ source, document, publishedLabel, ownDateLabel, articleHref, originalHref }) => {
          const parts = splitQuote(source);
          return (
            <li key={`${source.docId}:${source.quote.start}`} className={`sl-source sl-src-${document.slot}`}>
              <figure className="sl-source__figure">
                <blockquote className="sl-source__quote" dir="auto">
                  {mark(parts.before)}
                  {parts.phrase !== null && <mark className="sl-mark sl-mark--date">{parts.phrase}</mark>}
                  {mark(parts.after)}
                </blockquote>
                {parts.phraseOutside !== null && (
                  <p className="sl-source__phrase">
                    {M.details.datedBy} <mark className="sl-mark sl-mark--date">{parts.phraseOutside}</mark>
                  </p>
                )}
                <figcaption className="sl-source__caption">
                  <cite className="sl-source__doc">
                    <span className="sl-swatch" aria-hidden="true" />{' '}
                    <bdi>{mark(shortenText(document.title, MAX_TITLE_CHARS))}</bdi>
                  </cite>
                  <span className="sl-source__meta">
                    {document.publisher !== null && (
                      <>
                        <bdi>{mark(shortenText(document.publisher, MAX_NAME_CHARS))}</bdi>
                        {' · '}
                      </>
                    )}
                    {M.details.published(null, publishedLabel)}
                    {ownDateLabel !== null && <> · {ownDateLabel}</>}
                  </span>
                  <span className="sl-source__links">
                    <a className="sl-source__link" href={articleHref} onClick={(e) => follow(e, source.docId)}>
                      {M.details.readInArticle}
                    </a>
                    {isWebLink(originalHref) && (
                      <a className="sl-source__link sl-source__link--out" href={originalHref} target="_blank" rel="noopener noreferrer">
                        {M.details.original}
                        <span className="sl-visually-hidden"> {M.details.originalNewTab}</span>
                        <span aria-hidden="true"> ↗</span>
                      </a>
                    )}
                  </span>
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
