import type { Browser, Page } from '@playwright/test';

/** What one page load costs, measured in one fresh browser context. */
export interface PageRun {
  /** Navigation start to the first input the page handles while timeline items are on screen (ms). */
  interactiveMs: number;
  /** Navigation start to the first timeline item in the DOM (ms). */
  itemsMs: number;
  /** The longest main-thread task during the scripted zoom/pan sequence (ms). */
  longestTaskMs: number;
  /**
   * The main thread's CPU time in that task (ms). On a shared machine a task's wall time is mostly
   * time the thread waited for a core; its CPU time is what the page's work costs.
   */
  longestTaskCpuMs: number;
  /** Main-thread tasks of 50 ms or more during that sequence. */
  longTasks: number;
  /** JS heap in use after load and a forced garbage collection (bytes). */
  heapBytes: number;
  /** A click on an event to the next frame that shows it selected (ms), or null if no event was clickable. */
  selectMs: number | null;
  /** The main thread's CPU time in the tasks of that selection (ms), or null. */
  selectCpuMs: number | null;
  /** Timeline items with a readable label inside the chart's box after load. */
  labels: number;
  /** The split layout's index: its request sent to the index read and checked (the app's `sourceline:index` measure), or null. */
  indexMs: number | null;
}

export interface PageProbe {
  /** CSS selector of a clickable event item (not a cluster or count). */
  eventItem: string;
  /** CSS selector that matches once the clicked event shows as selected. */
  selected: string;
  /** CSS selector of an item's visible label text. */
  label: string;
}

declare global {
  interface Window {
    __bench?: { itemsAt?: number; interactiveAt?: number };
  }
}

/**
 * Runs before any page script: the first time a `.vis-item` exists, and the first mouse move handled
 * while one exists. Input waits for the main thread, so this is when the timeline shows items *and*
 * answers input. `performance.now()` counts from navigation start. Page code is kept as strings:
 * tsx compiles functions with name helpers that do not exist in the page.
 */
const INSTRUMENT = `(() => {
  const bench = {};
  window.__bench = bench;
  const seen = () => document.querySelector('.vis-item') !== null;
  new MutationObserver((records, observer) => {
    if (bench.itemsAt === undefined && seen()) {
      bench.itemsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener('mousemove', () => {
    if (bench.interactiveAt === undefined && seen()) bench.interactiveAt = performance.now();
  }, { capture: true });
})();`;

/** Counts elements matching the selector with text, at least 8 px wide, inside the chart's box. */
const COUNT_LABELS = `(selector) => {
  const chart = document.querySelector('.vis-timeline')?.getBoundingClientRect();
  if (!chart) return 0;
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width > 8 && r.right > chart.left && r.left < chart.right && r.bottom > chart.top && r.top < chart.bottom && (el.textContent || '').trim() !== '') n++;
  }
  return n;
}`;

/** The point to click on the clickable item nearest the chart's centre, or null. */
const PICK_ITEM = `(selector) => {
  const chart = document.querySelector('.vis-timeline')?.getBoundingClientRect();
  if (!chart) return null;
  const cx = chart.left + chart.width / 2;
  let best = null;
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width < 4 || r.height < 4 || r.left < chart.left || r.right > chart.right || r.top < chart.top || r.bottom > chart.bottom) continue;
    const x = r.left + Math.min(r.width / 2, 12);
    const d = Math.abs(x - cx);
    if (!best || d < best.d) best = { x, y: r.top + r.height / 2, d };
  }
  return best;
}`;

/** Resolves with ms from the next pointerdown to the frame after `selected` matches. */
const TIME_SELECTION = `(selected) => new Promise((resolve) => {
  let downAt = 0;
  addEventListener('pointerdown', (e) => { downAt = e.timeStamp; }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (downAt === 0 || document.querySelector(selected) === null) return;
    observer.disconnect();
    // The frame after the DOM change is the one that shows it.
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - downAt), 0));
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

const call = <T>(page: Page, fn: string, arg: string): Promise<T> => page.evaluate(`(${fn})(${JSON.stringify(arg)})`) as Promise<T>;

/** A main-thread task: its wall time and the thread's CPU time in it (ms). */
export interface MainThreadTask {
  ms: number;
  cpuMs: number;
}

type Trace = { traceEvents: Array<Record<string, unknown>> };

/** Main-thread tasks from a Chromium trace: `RunTask` slices (`dur`, and `tdur`: thread time) on the busiest renderer main thread. */
export function mainThreadTasks(trace: Trace): MainThreadTask[] {
  const mainThreads = new Set<string>();
  for (const e of trace.traceEvents) {
    const args = e['args'] as { name?: string } | undefined;
    if (e['ph'] === 'M' && e['name'] === 'thread_name' && args?.name === 'CrRendererMain') mainThreads.add(`${String(e['pid'])}:${String(e['tid'])}`);
  }
  const byThread = new Map<string, MainThreadTask[]>();
  for (const e of trace.traceEvents) {
    const key = `${String(e['pid'])}:${String(e['tid'])}`;
    if (e['name'] !== 'RunTask' || e['ph'] !== 'X' || !mainThreads.has(key) || typeof e['dur'] !== 'number') continue;
    const list = byThread.get(key) ?? [];
    list.push({ ms: e['dur'] / 1000, cpuMs: typeof e['tdur'] === 'number' ? e['tdur'] / 1000 : e['dur'] / 1000 });
    byThread.set(key, list);
  }
  let busiest: MainThreadTask[] = [];
  let most = -1;
  for (const list of byThread.values()) {
    const total = list.reduce((a, b) => a + b.ms, 0);
    if (total > most) [busiest, most] = [list, total];
  }
  return busiest;
}

async function waitForInteractive(page: Page, timeoutMs: number): Promise<{ itemsMs: number; interactiveMs: number }> {
  const until = Date.now() + timeoutMs;
  for (let i = 0; Date.now() < until; i++) {
    // Alternate between two points so every call is a real move. The call returns once the
    // renderer has taken the event; the page records when it handled it.
    await page.mouse.move(4 + (i % 2), 4);
    const state = await page.evaluate(() => window.__bench ?? {}).catch(() => ({}) as { itemsAt?: number; interactiveAt?: number });
    if (state.interactiveAt !== undefined && state.itemsAt !== undefined) return { itemsMs: state.itemsAt, interactiveMs: state.interactiveAt };
    await page.waitForTimeout(8);
  }
  throw new Error(`no timeline items within ${timeoutMs / 1000} s`);
}

/**
 * A wheel zoom step: Ctrl held, because the app scrolls the page on a plain wheel and zooms on
 * Ctrl + wheel (the naive page, vis's default, zooms on either), so both pages really zoom.
 */
async function wheelZoom(page: Page, deltaY: number): Promise<void> {
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
}

/** Wheel zooms in and out and drags, the same for every page; waits between steps let redraws finish. */
async function zoomAndPan(page: Page): Promise<void> {
  const box = await page.locator('.vis-timeline').first().boundingBox();
  if (!box) throw new Error('no .vis-timeline on the page');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 120);
  await page.mouse.move(x, y);
  const pause = () => page.waitForTimeout(250);
  for (let i = 0; i < 5; i++) {
    await wheelZoom(page, -400);
    await pause();
  }
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let s = 1; s <= 8; s++) await page.mouse.move(x - s * 40 * (i % 2 === 0 ? 1 : -1), y);
    await page.mouse.up();
    await pause();
  }
  for (let i = 0; i < 8; i++) {
    await wheelZoom(page, 400);
    await pause();
  }
  await page.waitForTimeout(500);
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

async function traced(page: Page, run: () => Promise<void>): Promise<MainThreadTask[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  // A failed step fails the whole measurement (and the bench), so tracing needs no stopping then.
  await run();
  const buffer = await browser.stopTracing();
  return mainThreadTasks(JSON.parse(buffer.toString('utf8')) as Trace);
}

/**
 * Clicks the event item nearest the chart's centre and times it to the frame that shows it selected,
 * with the main thread's CPU time in the tasks from the click to that frame.
 */
async function timeSelection(page: Page, probe: PageProbe): Promise<{ ms: number; cpuMs: number } | null> {
  let target = await call<{ x: number; y: number } | null>(page, PICK_ITEM, probe.eventItem);
  // Only counts or clusters in view: zoom in at the centre until an event can be clicked.
  for (let step = 0; !target && step < 16; step++) {
    const box = await page.locator('.vis-timeline').first().boundingBox();
    if (!box) return null;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
    await wheelZoom(page, -400);
    await page.waitForTimeout(400);
    target = await call<{ x: number; y: number } | null>(page, PICK_ITEM, probe.eventItem);
  }
  if (!target) return null;
  const point = target;
  let ms: number | null = null;
  const tasks = await traced(page, async () => {
    const done = call<number>(page, TIME_SELECTION, probe.selected);
    await page.mouse.click(point.x, point.y);
    ms = await Promise.race([done, page.waitForTimeout(10_000).then(() => null)]);
  });
  // The trace spans the click to that frame (and the calls around it, a few ms of idle tasks).
  return ms === null ? null : { ms, cpuMs: tasks.reduce((n, t) => n + t.cpuMs, 0) };
}

/** One measured load of `url` in a fresh context (cold cache), 1280x800. */
export async function measurePage(browser: Browser, url: string, probe: PageProbe, timeoutMs = 120_000): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    const { itemsMs, interactiveMs } = await waitForInteractive(page, timeoutMs);
    await page.waitForTimeout(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const labels = await call<number>(page, COUNT_LABELS, probe.label);
    const indexMs = (await page.evaluate("performance.getEntriesByName('sourceline:index')[0]?.duration ?? null")) as number | null;

    const tasks = await traced(page, () => zoomAndPan(page));
    const longest = tasks.reduce<MainThreadTask>((a, b) => (b.ms > a.ms ? b : a), { ms: 0, cpuMs: 0 });
    // Last, as it may zoom in to find an event to click.
    const selection = await timeSelection(page, probe);
    return {
      interactiveMs,
      itemsMs,
      longestTaskMs: longest.ms,
      longestTaskCpuMs: longest.cpuMs,
      longTasks: tasks.filter((t) => t.ms >= 50).length,
      heapBytes: usedSize,
      selectMs: selection?.ms ?? null,
      selectCpuMs: selection?.cpuMs ?? null,
      labels,
      indexMs,
    };
  } finally {
    await context.close();
  }
}
