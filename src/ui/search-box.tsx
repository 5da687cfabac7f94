import { useState, type Ref } from 'react';
import { M } from '../i18n/messages.ts';

export type SearchStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; count: number; total: number; position: number | null };

export interface SearchBoxProps {
  /** The search in the URL: the box follows it (Back/Forward), and typing goes to `onChange`. */
  value: string;
  onChange: (text: string) => void;
  /** Enter: search now (no typing pause). */
  onSubmit: (text: string) => void;
  status: SearchStatus;
  onPrevious: () => void;
  onNext: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The search box ("Search events"), its result count and Previous/Next through the matches. */
export function SearchBox({ value, onChange, onSubmit, status, onPrevious, onNext, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  // A new search from the URL (Back, a link) replaces what the box shows; typing does not wait for the URL.
  if (value !== shownValue) {
    setShownValue(value);
    if (value.trim() !== text.trim()) setText(value);
  }
  const hasMatches = status.kind === 'ready' && status.count > 0;
  return (
    <div className="sl-search" role="search">
      <input
        ref={inputRef}
        type="search"
        className="sl-search__input"
        aria-label={M.search.label}
        placeholder={M.search.placeholder}
        value={text}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) onPrevious();
            else if (text.trim() === value) onNext();
            else onSubmit(text);
          } else if (event.key === 'Escape' && text !== '') {
            event.preventDefault();
            setText('');
            onSubmit('');
          }
        }}
      />
      {value !== '' && (
        <div className="sl-search__results">
          <span className="sl-search__status" role="status">
            {status.kind === 'loading'
              ? M.search.loading
              : status.kind === 'failed'
                ? M.search.failed(status.reason)
                : status.kind === 'ready'
                  ? status.count === 0
                    ? M.search.none(value)
                    : status.position === null
                      ? M.search.matches(status.count, status.total)
                      : `${M.search.position(status.position, status.count)}`
                  : ''}
          </span>
          <button type="button" className="sl-button sl-button--icon-sm" aria-label={M.search.previous} title={M.search.previous} disabled={!hasMatches} onClick={onPrevious}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" className="sl-button sl-button--icon-sm" aria-label={M.search.next} title={M.search.next} disabled={!hasMatches} onClick={onNext}>
            <span aria-hidden="true">›</span>
          </button>
          <button
            type="button"
            className="sl-button sl-button--quiet"
            onClick={() => {
              setText('');
              onSubmit('');
            }}
          >
            {M.search.clear}
          </button>
        </div>
      )}
    </div>
  );
}
