/**
 * The benchmark's baseline: what a developer does first with vis-timeline and a big corpus. Fetch
 * the whole corpus.json, put every event into one DataSet, and let vis-timeline's own clustering
 * keep the screen readable. No validation, no windowing, no level of detail. `npm run bench`
 * builds this page next to the production app and measures both in the same run.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

interface NaiveEvent {
  id: string;
  title: string;
  start: string;
  end: string | null;
}

const response = await fetch('corpus.json');
const corpus = (await response.json()) as { events: NaiveEvent[] };
const items = new DataSet<DataItem>(
  corpus.events.map((e) => ({
    id: e.id,
    content: e.title,
    start: e.start,
    ...(e.end !== null && e.end !== e.start ? { end: e.end, type: 'range' } : { type: 'box' }),
  })),
);
const element = document.getElementById('timeline');
if (element) {
  new Timeline(element, items, {
    cluster: { maxItems: 1, clusterCriteria: () => true },
    stack: true,
    selectable: true,
    showCurrentTime: false,
    maxHeight: 620,
    minHeight: 160,
  });
}
