import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';

export interface EventListEntry {
  id: string;
  title: string;
  dateLabel: string;
}

export interface EventListHandle {
  /** Moves keyboard focus to an event's button (e.g. after its details close). */
  focusEvent: (id: string) => void;
}

export interface EventListProps {
  entries: readonly EventListEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  ref?: Ref<EventListHandle>;
}

/**
 * Every event as a button in date order: the keyboard and screen-reader path through the timeline.
 * The selected one carries aria-current and is kept in view as the selection moves.
 */
export function EventList({ entries, selectedId, onSelect, ref }: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // Rows are memoised and get one stable callback, so a new selection re-renders two rows, not all.
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });
  const select = useCallback((id: string) => onSelectRef.current(id), []);
  useImperativeHandle(ref, () => ({ focusEvent: (id) => buttonOf(listRef.current, id)?.focus() }), []);

  // Keep the selection visible inside the list's own scroll box only: scrollIntoView would also
  // scroll the page, yanking it away from the timeline the user just clicked.
  useEffect(() => {
    const list = listRef.current;
    const button = selectedId === null ? undefined : buttonOf(list, selectedId);
    if (!list || !button || list.scrollHeight <= list.clientHeight) return;
    const top = button.offsetTop;
    const bottom = top + button.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [selectedId]);

  return (
    <section className="sl-events" aria-label="Events">
      <h2 className="sl-section-title">
        Events <span className="sl-count">({entries.length})</span>
      </h2>
      {entries.length === 0 ? (
        <p className="sl-muted">No dated events were found in the documents.</p>
      ) : (
        <ol className="sl-events__list" ref={listRef}>
          {entries.map((entry) => (
            <EventRow key={entry.id} entry={entry} selected={entry.id === selectedId} onSelect={select} />
          ))}
        </ol>
      )}
    </section>
  );
}

const EventRow = memo(function EventRow({
  entry,
  selected,
  onSelect,
}: {
  entry: EventListEntry;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="sl-events__item"
        data-event-id={entry.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(entry.id)}
      >
        <span className="sl-events__title">{entry.title}</span>
        <span className="sl-events__date">{entry.dateLabel}</span>
      </button>
    </li>
  );
});

function buttonOf(list: HTMLOListElement | null, id: string): HTMLButtonElement | undefined {
  return list?.querySelector<HTMLButtonElement>(`button[data-event-id="${CSS.escape(id)}"]`) ?? undefined;
}
