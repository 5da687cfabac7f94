import type { TimelineLane } from './timeline-adapter.ts';
import type { TimelineItem } from './timeline-items.ts';

/**
 * Builds the DOM of one timeline item or lane label. Titles, publishers and actor names come from
 * untrusted documents, so everything is set with textContent/dataset: nothing is parsed as HTML
 * (vis's own `xss` filter stays on as well, for any string content). Document-derived text is
 * bidi-isolated (`dir="auto"` + `unicode-bidi: isolate` in app.css), so a right-to-left override in
 * a title cannot reorder the text around it.
 */
export function renderItemContent(item: TimelineItem): HTMLElement {
  const root = document.createElement('span');
  root.title = item.title ?? item.label;
  switch (item.kind) {
    case 'aggregate':
      root.className = 'sl-aggregate__content';
      root.textContent = item.label;
      return root;
    case 'bar':
      root.className = 'sl-ov-bar';
      root.style.height = `${Math.round(Math.min(1, Math.max(0.06, item.level ?? 0)) * 100)}%`;
      root.setAttribute('aria-hidden', 'true');
      return root;
    case 'tick':
      root.className = 'sl-ov-tick';
      root.setAttribute('aria-hidden', 'true');
      return root;
    case 'brush':
    case 'band':
      root.className = 'sl-ov-brush__content';
      root.setAttribute('aria-hidden', 'true');
      return root;
    case 'point':
    case 'range':
      break;
  }
  root.className = 'sl-item__content';
  if (item.eventId !== null) root.dataset.eventId = item.eventId;
  if (item.spanPx !== undefined) {
    const bar = document.createElement('span');
    bar.className = 'sl-item__span';
    bar.style.width = `${item.spanPx}px`;
    root.style.setProperty('--sl-span-px', `${item.spanPx}px`);
    root.append(bar);
  }
  for (const badge of item.badges ?? []) {
    const icon = document.createElement('span');
    icon.className = `sl-badge sl-badge--${badge.kind}`;
    icon.setAttribute('role', 'img');
    icon.setAttribute('aria-label', badge.text);
    icon.textContent = badge.glyph;
    root.append(icon);
  }
  if (item.sourceName !== undefined) {
    // The name, and its initials for narrow screens (app.css shows one of them): the initials are drawn
    // only, the name stays the text a screen reader reads (the tooltip names the source in full too).
    const source = document.createElement('span');
    source.className = 'sl-item__source';
    const name = document.createElement('span');
    name.className = 'sl-item__source-name';
    name.dir = 'auto';
    name.textContent = item.sourceName;
    source.append(name);
    if (item.sourceMark !== undefined && item.sourceMark !== item.sourceName) {
      const mark = document.createElement('span');
      mark.className = 'sl-item__source-mark';
      mark.dir = 'auto';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = item.sourceMark;
      source.append(mark);
    }
    root.append(source);
  }
  const label = document.createElement('span');
  label.className = 'sl-item__label';
  label.dir = 'auto';
  appendMarked(label, item.label, item.labelMarks);
  root.append(label);
  return root;
}

/** Text with its search matches in <mark>s, all as text nodes. */
function appendMarked(parent: HTMLElement, text: string, marks: ReadonlyArray<readonly [number, number]> | undefined): void {
  let at = 0;
  for (const [start, end] of marks ?? []) {
    if (start < at || end > text.length) continue;
    if (start > at) parent.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.className = 'sl-mark sl-mark--search';
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  parent.append(text.slice(at));
}

export function renderLaneLabel(lane: TimelineLane): HTMLElement {
  const root = document.createElement('span');
  root.className = 'sl-lane';
  root.title = lane.label;
  const swatch = document.createElement('span');
  swatch.className = 'sl-lane__swatch';
  swatch.setAttribute('aria-hidden', 'true');
  const name = document.createElement('span');
  name.className = 'sl-lane__name';
  name.dir = 'auto';
  name.textContent = lane.label;
  root.append(swatch, name);
  return root;
}
