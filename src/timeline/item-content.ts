/**
 * Builds the DOM of one timeline item. Titles come from untrusted documents, so everything is set
 * with textContent/dataset: nothing is parsed as HTML (vis's own `xss` filter stays on as well, for
 * any string content).
 */
export interface ItemContentData {
  id: string | number;
  content: string;
  reported?: boolean;
  /** Set on per-period counts: they carry no event id, so they are never taken for an event. */
  aggregate?: boolean;
  tooltip?: string;
}

export function renderItemContent(item: ItemContentData): HTMLElement {
  const root = document.createElement('span');
  if (item.aggregate === true) {
    root.className = 'sl-aggregate__content';
    root.title = item.tooltip ?? item.content;
    root.textContent = item.content;
    return root;
  }
  root.className = 'sl-item__content';
  root.dataset.eventId = String(item.id);
  root.title = item.tooltip ?? item.content; // the label may be cut off by CSS; the tooltip keeps the whole title
  const label = document.createElement('span');
  label.className = 'sl-item__label';
  label.textContent = item.content;
  root.append(label);
  if (item.reported === true) {
    const marker = document.createElement('span');
    marker.className = 'sl-item__marker';
    marker.textContent = 'reported';
    root.append(' ', marker);
  }
  return root;
}
