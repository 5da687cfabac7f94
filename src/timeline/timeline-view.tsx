import { useImperativeHandle, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { ShownItems } from './item-window.ts';
import { useVisTimeline, type TimelineHandle, type UseVisTimelineProps } from './use-vis-timeline.ts';

/** The widget's handle plus the chart's focus, so the app can return focus to the chart that opened the details. */
export interface TimelineViewHandle extends TimelineHandle {
  focus: () => void;
  /** Whether keyboard focus is on the chart (or inside it). */
  hasFocus: () => boolean;
  /** The chart's box on screen, to keep a bottom sheet from covering the selection. */
  selectedBox: () => DOMRect | null;
}

export interface TimelineViewProps extends UseVisTimelineProps {
  /** Accessible name of the chart's focusable surface. */
  label: string;
  /** Keys pressed while the chart has focus (the app's keyboard map); return true when handled. */
  onKey: (event: KeyboardEvent<HTMLDivElement>) => boolean;
  /** A note under the chart about what it shows now (counts in dense periods). */
  renderNote?: (shown: ShownItems) => ReactNode;
  handleRef?: Ref<TimelineViewHandle>;
  className?: string;
}

/** The vis-timeline chart. Focusable, so the keyboard map works from here. */
export function TimelineView({ label, onKey, handleRef, className, renderNote, ...props }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { handle, shown } = useVisTimeline(containerRef, props);
  useImperativeHandle(
    handleRef,
    () => ({
      ...handle,
      focus: () => containerRef.current?.focus({ preventScroll: true }),
      hasFocus: () => containerRef.current?.contains(document.activeElement) ?? false,
      selectedBox: () => containerRef.current?.querySelector('.vis-item.vis-selected')?.getBoundingClientRect() ?? null,
    }),
    [handle],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (onKey(event)) event.preventDefault();
  };

  return (
    <>
      <div
        ref={containerRef}
        className={className ?? 'sl-timeline__chart'}
        role="group"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      {renderNote?.(shown)}
    </>
  );
}
