/** Types of node-bundle.mjs (plain JavaScript: it starts before any TypeScript can be read). */
export declare function nodeBundle(entry: string, options?: { dir?: string; root?: string }): Promise<{ url: string; built: boolean }>;
export declare function removeStale(dir: string, current: string | readonly string[], now?: number): string[];
