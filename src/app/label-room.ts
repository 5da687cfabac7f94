import type { LabelShare } from './view-window.ts';

/** Below this viewport width app.css lays out the phone view (keep in step with its `@media (max-width: 720px)`). */
const PHONE_MAX_PX = 720;
/** The page is centred and at most this wide (app.css `.sl-main { max-width: 1280px }`). */
const PAGE_MAX_PX = 1280;
/**
 * Page and panel padding around the chart, measured on the production build: the chart is 1214 px wide
 * in a 1280 px viewport and 340 px in a 390 px one.
 */
const CHART_INSET_PX = { phone: 50, desktop: 66 };
/**
 * The widest item label from its start (a point's dot) to its right end, rounded up from what the
 * production build draws (289 px at 1280, 152 px at 390): app.css caps `.sl-item__content` at 22em
 * (desktop) and 11em (phone), plus vis's padding and the dot.
 */
const LABEL_PX = { phone: 160, desktop: 300 };

/**
 * The share of the chart's width one item label needs at this viewport width, so the first view
 * leaves room for the labels of its last items (see `padded` in view-window.ts). An estimate from
 * the viewport rather than a measurement of the chart, because the first window is needed before the
 * chart exists: vis is created with it.
 */
export function labelShareFor(viewportPx: number): LabelShare {
  const phone = viewportPx <= PHONE_MAX_PX;
  const chartPx = Math.min(viewportPx, PAGE_MAX_PX) - (phone ? CHART_INSET_PX.phone : CHART_INSET_PX.desktop);
  if (chartPx <= 0) return 0;
  return (phone ? LABEL_PX.phone : LABEL_PX.desktop) / chartPx;
}
