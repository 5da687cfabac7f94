import { test, type Locator, type Page } from '@playwright/test';

/** The filter panel (opened with the header's "Filters" button) and the legend's source toggles. */
export class FilterRegion {
  readonly panel: Locator;
  readonly clearAll: Locator;
  readonly showing: Locator;
  readonly legendSources: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Filter events', exact: true });
    this.clearAll = this.panel.getByRole('button', { name: 'Clear all filters', exact: true });
    this.showing = this.panel.getByRole('status');
    this.legendSources = page.getByRole('list', { name: 'Sources', exact: true });
  }

  /** A checkbox of the panel, by the start of its label ("Exact day", a document title, an actor). */
  option(label: string | RegExp): Locator {
    return this.panel.getByRole('checkbox', { name: label });
  }

  /** The legend's toggle of a source, by its short name. */
  legendToggle(name: string): Locator {
    // The name is bidi-isolated in the label (FSI … PDI around it).
    return this.legendSources.getByRole('button', { name: new RegExp(`events from \u2068${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u2069$`) });
  }

  async open(): Promise<void> {
    await test.step('open the filters', async () => {
      if (!(await this.panel.isVisible())) await this.page.getByRole('button', { name: /^Filters( \(\d+\))?$/ }).click();
    });
  }
}
