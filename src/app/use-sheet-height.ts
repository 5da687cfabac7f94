import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height the details panel covers at the bottom of the viewport: its height while app.css makes
 * it a fixed bottom sheet (phone), else 0. Followed with a ResizeObserver, since the sheet grows and
 * shrinks with each event's quote. `present` says whether the panel is mounted.
 */
export function useSheetHeight(panel: RefObject<HTMLElement | null>, present: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!present || !element) {
      setHeight(0);
      return undefined;
    }
    const measure = (): void => {
      const fixed = getComputedStyle(element).position === 'fixed';
      setHeight(fixed ? Math.round(element.getBoundingClientRect().height) : 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [panel, present]);
  return height;
}
