import { expect, test } from './fixtures.ts';
import { escapeRegExp, eventsNearest, pickEvent, primarySource } from './support/corpus-picks.ts';

test('?date= centres the timeline on that day and selects the event nearest to it', async ({ app, corpus }) => {
  const day = '2022-12-12';
  const candidates = eventsNearest(corpus, day);
  expect(
    candidates.flatMap((e) => e.sources.map((s) => s.datePhrase?.text ?? '')),
    'the seed should yield the blockade "since December 12"',
  ).toContainEqual(expect.stringContaining('December 12'));

  await app.open(`date=${day}`);

  const selected = await test.step('the nearest event is selected', async () => {
    const title = app.details.getByRole('heading').first();
    await expect(title).toHaveText(new RegExp(`^(${candidates.map((e) => escapeRegExp(e.title)).join('|')})$`));
    const shown = await title.innerText();
    const event = candidates.find((e) => e.title === shown);
    if (!event) throw new Error(`the details show "${shown}", not one of the nearest events`);
    await app.expectSelected(event, { inUrl: false });
    return event;
  });

  await test.step(`the timeline is centred on ${day}`, async () => {
    await expect
      .poll(async () => Math.abs((await app.startFraction(selected.id)) - 0.5), {
        message: `distance of ${day} from the timeline's centre, as a fraction of its width`,
      })
      .toBeLessThan(0.15);
  });
});

test('?event= opens that event', async ({ app, corpus }) => {
  // The earliest event: in the seed an outlier (the 2020 ceasefire) that the first view does not frame.
  const event = pickEvent(corpus, 'at all');
  await app.open(`event=${encodeURIComponent(event.id)}`);
  await app.expectSelected(event);
  await expect(app.detailsQuote).toHaveText(primarySource(event).quote.text);
});

const malformedLinks = [
  { query: 'date=2022-13-45', names: /\bdate\b/ },
  { query: 'event=nope', names: /\bevent\b/ },
  { query: 'from=2022-12-20&to=2022-12-01', names: /\b(from|to)\b/ },
];

for (const { query, names } of malformedLinks) {
  test(`a malformed link (?${query}) shows a notice naming the parameter and the default view`, async ({ app }) => {
    await app.open(query);
    await expect(app.notice(names)).toBeVisible();
    await app.expectNothingSelected();
    // The `pageErrors` fixture fails the test if the page threw.
  });
}
