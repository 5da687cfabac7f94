import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height the details panel covers at the bottom of the viewport: its height while app.css makes
 * it a fixed bottom sheet (the phone layout, `phone`), else 0. `present` says whether the panel is mounted.
 *
 * Measured only under the phone layout, and only in the ResizeObserver's callback (which runs once on
 * `observe` and then as each event's quote grows or shrinks the sheet), after the browser's own layout.
 * Measuring in the layout effect forced a synchronous layout of the whole page at every selection, on
 * desktop too, where the answer is always 0: 254 ms of one selection at 100,000 events (loaded machine).
 */
export function useSheetHeight(panel: RefObject<HTMLElement | null>, present: boolean, phone: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!present || !phone || !element) {
      setHeight(0);
      return undefined;
    }
    const observer = new ResizeObserver(() => {
      const fixed = getComputedStyle(element).position === 'fixed';
      setHeight(fixed ? Math.round(element.getBoundingClientRect().height) : 0);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [panel, present, phone]);
  return height;
}
