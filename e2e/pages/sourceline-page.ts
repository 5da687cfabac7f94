import { expect, test, type Locator, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/domain/corpus.ts';
import { FilterRegion } from './filter-region.ts';
import { HeaderRegion } from './header-region.ts';

/**
 * The whole app as a user sees it, located by role and by the exact accessible names of the UI contract
 * ("Timeline", "Events", "Event details", "Article", "Zoom in", "Read in article", ...). Tests talk
 * to this object, never to CSS classes, except where the contract names a class or attribute
 * (`data-event-id`, `mark.sl-mark--current`, `mark.sl-mark--event`).
 */
export class SourcelinePage {
  readonly header: HeaderRegion;
  readonly filters: FilterRegion;
  readonly appName: Locator;
  /** The first-visit hint's dismiss button. */
  readonly hintDismiss: Locator;
  readonly timelineViewButton: Locator;
  readonly listViewButton: Locator;
  readonly laneSelect: Locator;
  readonly overview: Locator;
  readonly earlierButton: Locator;
  readonly laterButton: Locator;
  readonly keyEventsFirst: Locator;
  readonly byDate: Locator;
  readonly helpDialog: Locator;
  readonly copyLinkButton: Locator;

  readonly timeline: Locator;
  readonly timelineItems: Locator;
  /** Per-period counts drawn instead of events when the window holds too many (they carry no event id). */
  readonly periodCounts: Locator;
  readonly zoomInButton: Locator;
  readonly zoomOutButton: Locator;
  readonly fitAllButton: Locator;

  readonly eventList: Locator;
  readonly eventButtons: Locator;
  /** The list's rows that are events (month headings are rows too). */
  readonly eventRows: Locator;
  readonly currentEventButton: Locator;

  readonly details: Locator;
  readonly detailsQuote: Locator;
  readonly readInArticleLink: Locator;
  readonly closeDetailsButton: Locator;

  readonly article: Locator;
  readonly currentMark: Locator;
  readonly eventMarks: Locator;
  readonly backToTimelineButton: Locator;

  constructor(readonly page: Page) {
    this.header = new HeaderRegion(page);
    this.filters = new FilterRegion(page);
    this.hintDismiss = page.getByRole('note').getByRole('button', { name: 'Got it', exact: true });
    this.timelineViewButton = page.getByRole('group', { name: 'Show', exact: true }).getByRole('button', { name: 'Timeline', exact: true });
    this.listViewButton = page.getByRole('group', { name: 'Show', exact: true }).getByRole('button', { name: 'List', exact: true });
    this.laneSelect = page.getByRole('combobox', { name: 'Lanes', exact: true });
    this.overview = page.getByRole('img', { name: 'Overview of all events', exact: true });
    this.earlierButton = page.getByRole('button', { name: /earlier events?$/ });
    this.laterButton = page.getByRole('button', { name: /later events? →$/ });
    this.keyEventsFirst = page.getByRole('button', { name: 'Key events first', exact: true });
    this.byDate = page.getByRole('button', { name: 'By date', exact: true });
    this.helpDialog = page.getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
    this.appName = page.getByRole('heading', { level: 1, name: 'Sourceline', exact: true });
    this.copyLinkButton = page.getByRole('button', { name: 'Copy link', exact: true });

    this.timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    this.timelineItems = this.timeline.locator('[data-event-id]');
    this.periodCounts = this.timeline.locator('.sl-aggregate__content');
    this.zoomInButton = this.timeline.getByRole('button', { name: 'Zoom in', exact: true });
    this.zoomOutButton = this.timeline.getByRole('button', { name: 'Zoom out', exact: true });
    this.fitAllButton = this.timeline.getByRole('button', { name: 'Fit all events', exact: true });

    this.eventList = page.getByRole('region', { name: 'Events', exact: true });
    this.eventButtons = this.eventList.getByRole('list').getByRole('button');
    this.eventRows = this.eventList.getByRole('list').getByRole('listitem').filter({ has: page.getByRole('button') });
    this.currentEventButton = this.eventList.locator('[aria-current="true"]');

    this.details = page.getByRole('region', { name: 'Event details', exact: true });
    // A merged event shows every report's quote, in article order; the first is its primary source.
    this.detailsQuote = this.details.locator('blockquote').first();
    this.readInArticleLink = this.details.getByRole('link', { name: 'Read in article', exact: true }).first();
    this.closeDetailsButton = this.details.getByRole('button', { name: 'Close details', exact: true });

    this.article = page.getByRole('region', { name: 'Article', exact: true });
    // Every quote of the selected event is marked current; the first in the article is its primary source.
    this.currentMark = this.article.locator('mark.sl-mark--current').first();
    this.eventMarks = this.article.locator('mark.sl-mark--event');
    this.backToTimelineButton = page.getByRole('button', { name: 'Back to timeline', exact: true });
  }

  /** Opens a view without the chart (`view=list`, `view=article`) and waits until `ready` shows. */
  async openView(query: string, ready: Locator): Promise<void> {
    await test.step(`open the app with ?${query}`, async () => {
      await this.page.goto(`./?${query}`);
      await expect(this.appName).toBeVisible();
      await expect(ready).toBeVisible();
    });
  }

  /** Opens the app with an optional query (`date=2022-12-12`) and waits until the timeline shows items. */
  async open(query = ''): Promise<void> {
    await test.step(`open the app${query ? ` with ?${query}` : ''}`, async () => {
      await this.page.goto(query ? `./?${query}` : './');
      await expect(this.appName).toBeVisible();
      await expect(this.timeline).toBeVisible();
      await expect(this.timelineItems.first()).toBeVisible();
    });
  }

  /** The content element vis renders for an event (it carries `data-event-id`). */
  timelineItem(id: string): Locator {
    return this.timeline.locator(`[data-event-id="${id}"]`);
  }

  /** The vis item box around an event's content: it carries the item's classes (`sl-item--exact`, `vis-range`). */
  timelineItemBox(id: string): Locator {
    return this.timeline.locator('.vis-item').filter({ has: this.page.locator(`[data-event-id="${id}"]`) });
  }

  /** The event's button in the Events list, found by its title (see corpus-picks `distinctlyTitled`). */
  eventButton(event: TimelineEvent): Locator {
    return this.eventButtons.filter({ hasText: event.title });
  }

  detailsTitle(event: TimelineEvent): Locator {
    return this.details.getByRole('heading', { name: event.title, exact: true });
  }

  /** A notice (role status or alert) whose text matches, e.g. the one naming a malformed URL parameter. */
  notice(text: RegExp | string): Locator {
    return this.page.getByRole('status').or(this.page.getByRole('alert')).filter({ hasText: text });
  }

  async selectFromList(event: TimelineEvent): Promise<void> {
    await test.step(`select "${event.title}" in the Events list`, async () => {
      await this.eventButton(event).click();
      await this.expectSelected(event);
    });
  }

  async selectOnTimeline(event: TimelineEvent): Promise<void> {
    await test.step(`click "${event.title}" on the timeline`, async () => {
      await this.timelineItem(event.id).click();
      await this.expectSelected(event);
    });
  }

  /**
   * The selection as the contract defines it: details panel, list `aria-current`, and `event=` in the URL.
   * `inUrl: false` for a selection derived from `?date=`: the app keeps that link as it is (it already
   * reproduces the selection on reload) instead of pushing an `event=`.
   */
  async expectSelected(event: TimelineEvent, { inUrl = true }: { inUrl?: boolean } = {}): Promise<void> {
    await expect(this.details).toBeVisible();
    await expect(this.detailsTitle(event)).toBeVisible();
    await expect(this.currentEventButton).toHaveCount(1);
    await expect(this.currentEventButton).toContainText(event.title);
    if (inUrl) await expect(this.page).toHaveURL((url) => url.searchParams.get('event') === event.id);
  }

  async expectNothingSelected(): Promise<void> {
    await expect(this.details).toBeHidden();
    await expect(this.currentEventButton).toHaveCount(0);
  }

  async openArticle(): Promise<void> {
    await test.step('follow "Read in article"', async () => {
      await this.readInArticleLink.click();
      await expect(this.article).toBeVisible();
      await expect(this.page).toHaveURL((url) => url.searchParams.get('view') === 'article');
    });
  }

  /** Current `?from=&to=` of the URL, or undefined while the window is not in it. */
  async urlWindow(): Promise<{ from: string; to: string } | undefined> {
    const url = new URL(this.page.url());
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    return from && to ? { from, to } : undefined;
  }

  /**
   * Where the event's start date sits across the timeline, as a fraction of the timeline region's width
   * (0 = left edge, 0.5 = centre). vis positions a range item's box at its start and a point item's dot on
   * its date; both are vis-timeline's own classes.
   */
  async startFraction(id: string): Promise<number> {
    const region = await this.timeline.boundingBox();
    if (!region) throw new Error('the Timeline region has no box');
    const x = await this.timelineItem(id).evaluate((content) => {
      const item = content.closest('.vis-item');
      if (!item) throw new Error('the data-event-id element is not inside a .vis-item');
      // A point's dot is on its date; an ongoing or short range drawn as a point with a bar hides the dot
      // and starts at its date.
      const dot = item.querySelector('.vis-dot');
      const box = dot?.getBoundingClientRect();
      if (!item.classList.contains('vis-range') && box && box.width > 0) return box.left + box.width / 2;
      return item.getBoundingClientRect().left;
    });
    return (x - region.x) / region.width;
  }

  /**
   * Every range drawn as a point with a bar (too narrow for its label): where the bar's left edge is against
   * the x of the event's start day on the chart, in px (positive: drawn late), and a day's width in px.
   * The chart's time-to-pixel comes from the window in the URL (the page must have been opened with
   * `from`/`to`, which vis shows exactly): vis maps [from, to) linearly onto the width it gives the centre
   * panel (Core._setDOM sets the panel's style width to it; its border sits outside), from the panel's inner
   * left edge.
   */
  async spanBarOffsets(starts: ReadonlyMap<string, string>): Promise<Array<{ id: string; offsetPx: number; dayPx: number }>> {
    const window = await this.urlWindow();
    if (!window) throw new Error('spanBarOffsets needs ?from=&to= in the URL');
    return this.timeline.locator('.sl-timeline__chart .vis-panel.vis-center').evaluate(
      (center, { window, starts }) => {
        const localMidnight = (day: string): number => {
          const [y, m, d] = day.split('-').map(Number);
          return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).getTime();
        };
        const from = localMidnight(window.from);
        const to = localMidnight(window.to);
        const panel = center.getBoundingClientRect();
        const origin = panel.left + center.clientLeft;
        const width = (center as HTMLElement).offsetWidth;
        const xOf = (t: number): number => origin + ((t - from) / (to - from)) * width;
        return [...center.querySelectorAll('.sl-item__span')].map((bar) => {
          const id = bar.closest<HTMLElement>('[data-event-id]')?.dataset.eventId ?? '';
          const start = starts[id];
          if (start === undefined) throw new Error(`a bar of an unknown event ${id}`);
          const t = localMidnight(start);
          return { id, offsetPx: bar.getBoundingClientRect().left - xOf(t), dayPx: xOf(t + 86_400_000) - xOf(t) };
        });
      },
      { window, starts: Object.fromEntries(starts) },
    );
  }

  /** The page's scroll width: the phone contract wants it <= the viewport width (nothing scrolls sideways). */
  async documentScrollWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }
}
