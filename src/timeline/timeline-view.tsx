import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { useVisTimeline, type TimelineHandle, type UseVisTimelineProps } from './use-vis-timeline.ts';

export interface TimelineViewProps extends UseVisTimelineProps {
  /** Accessible name of the chart's focusable surface. */
  label: string;
  /** ArrowLeft / ArrowRight while the chart has focus: step to the previous / next event. */
  onStep: (direction: -1 | 1) => void;
  handleRef?: Ref<TimelineHandle>;
}

/** The vis-timeline chart. Focusable, so the arrow keys can step through events from here. */
export function TimelineView({ label, onStep, handleRef, ...props }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handle = useVisTimeline(containerRef, props);
  useImperativeHandle(handleRef, () => handle, [handle]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onStep(event.key === 'ArrowLeft' ? -1 : 1);
    }
  };

  return (
    <div
      ref={containerRef}
      className="sl-timeline__chart"
      role="group"
      aria-label={label}
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
