/** A source as the UI lists it: document, its colour slot and short name. */
export interface SourceInfo {
  id: string;
  title: string;
  publisher: string | null;
  /** Palette slot (app.css `.sl-src-N`). */
  slot: number;
  /** Short name (publisher, host or title) shown where room is short. */
  name: string;
}
