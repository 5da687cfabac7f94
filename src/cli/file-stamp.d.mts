/** Types of file-stamp.mjs (plain JavaScript: node-bundle.mjs uses it before any TypeScript can be read). */
import type { BigIntStats } from 'node:fs';

export declare function stampOf(stat: BigIntStats): string;
export declare const SETTLE_MS: number;
export declare function isSettled(stat: BigIntStats, readAtMs: number, settleMs?: number): boolean;
