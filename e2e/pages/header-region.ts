import { expect, test, type Locator, type Page } from '@playwright/test';

/** The header: search, filters, colour scheme, keyboard help, Copy link. */
export class HeaderRegion {
  readonly search: Locator;
  readonly searchStatus: Locator;
  readonly previousMatch: Locator;
  readonly nextMatch: Locator;
  readonly clearSearch: Locator;
  readonly filtersButton: Locator;
  readonly themeButton: Locator;
  readonly helpButton: Locator;
  readonly copyLinkButton: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search events', exact: true });
    const searchRegion = page.getByRole('search');
    this.searchStatus = searchRegion.getByRole('status');
    this.previousMatch = searchRegion.getByRole('button', { name: 'Previous match', exact: true });
    this.nextMatch = searchRegion.getByRole('button', { name: 'Next match', exact: true });
    this.clearSearch = searchRegion.getByRole('button', { name: 'Clear search', exact: true });
    this.filtersButton = page.getByRole('button', { name: /^Filters( \(\d+\))?$/ });
    this.themeButton = page.getByRole('button', { name: /^Colour scheme:/ });
    this.helpButton = page.getByRole('button', { name: 'Keyboard shortcuts', exact: true });
    this.copyLinkButton = page.getByRole('button', { name: 'Copy link', exact: true });
  }

  /** Types a search and waits until it is in the URL (the app writes it after a typing pause). */
  async searchFor(text: string): Promise<void> {
    await test.step(`search for "${text}"`, async () => {
      await this.search.fill(text);
      await expect(this.page).toHaveURL((url) => url.searchParams.get('q') === text.trim());
    });
  }
}
