import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import type { BucketUnit } from './item-window.ts';
import { useVisTimeline, type TimelineHandle, type UseVisTimelineProps } from './use-vis-timeline.ts';

const PERIOD_NAMES: Record<BucketUnit, string> = {
  day: 'one day',
  week: 'one week',
  month: 'one month',
  quarter: 'three months',
  year: 'one year',
  lustrum: 'five years',
  decade: 'ten years',
  century: 'a century',
  millennium: 'a millennium',
};

/** The widget's handle plus the chart's focus, so the app can return focus to the chart that opened the details. */
export interface TimelineViewHandle extends TimelineHandle {
  focus: () => void;
  /** Whether keyboard focus is on the chart (or inside it). */
  hasFocus: () => boolean;
}

export interface TimelineViewProps extends UseVisTimelineProps {
  /** Accessible name of the chart's focusable surface. */
  label: string;
  /** ArrowLeft / ArrowRight while the chart has focus: step to the previous / next event. */
  onStep: (direction: -1 | 1) => void;
  handleRef?: Ref<TimelineViewHandle>;
}

/** The vis-timeline chart. Focusable, so the arrow keys can step through events from here. */
export function TimelineView({ label, onStep, handleRef, ...props }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { handle, aggregatedBy } = useVisTimeline(containerRef, props);
  useImperativeHandle(
    handleRef,
    () => ({
      ...handle,
      focus: () => containerRef.current?.focus({ preventScroll: true }),
      hasFocus: () => containerRef.current?.contains(document.activeElement) ?? false,
    }),
    [handle],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onStep(event.key === 'ArrowLeft' ? -1 : 1);
    }
  };

  return (
    <>
      <div
        ref={containerRef}
        className="sl-timeline__chart"
        role="group"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      {aggregatedBy !== null && (
        <p className="sl-timeline__note">
          Too many events to draw at this zoom: each box counts the events of {PERIOD_NAMES[aggregatedBy]}. Click a
          box or zoom in to see them.
        </p>
      )}
    </>
  );
}
