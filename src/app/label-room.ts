import type { LabelShare } from './view-window.ts';

/** Below this viewport width app.css lays out the phone view (keep in step with its `@media (max-width: 720px)`). */
const PHONE_MAX_PX = 720;
/** From this width the details stand beside the timeline (app.css: one column at `max-width: 1100px`). */
const BESIDE_MIN_PX = 1101;
/** The page is centred and at most this wide (app.css `.sl-main { max-width: 1400px }`). */
const PAGE_MAX_PX = 1400;
/**
 * Everything across the page that is not chart, measured on the production build: at 1280 px the
 * chart is 782 px wide (page padding, the details column of 26rem, gaps, the panel's padding); in one
 * column it is the viewport less 66 px, on a phone less 50 px (340 px at 390).
 */
const CHART_INSET_PX = { phone: 50, column: 66, beside: 498 };
/**
 * The widest item label from its start (a point's dot) to its right end, rounded up: app.css caps
 * `.sl-item__content` at 24em (desktop) and 12em (phone) of 0.85rem text, plus badges, vis's padding and the dot.
 */
const LABEL_PX = { phone: 180, desktop: 350 };

export function labelShareFor(viewportPx: number): LabelShare {
  const phone = viewportPx <= PHONE_MAX_PX;
  const inset = phone ? CHART_INSET_PX.phone : viewportPx >= BESIDE_MIN_PX ? CHART_INSET_PX.beside : CHART_INSET_PX.column;
  const chartPx = Math.min(viewportPx, PAGE_MAX_PX) - inset;
  if (chartPx <= 0) return 0;
  return (phone ? LABEL_PX.phone : LABEL_PX.desktop) / chartPx;
}
