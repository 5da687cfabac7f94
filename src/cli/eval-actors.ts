import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { buildSync } from 'esbuild';
import type { ActorKind } from '../domain/corpus.ts';
import { actorKey } from '../extraction/actors/recognise-actors.ts';
import { extractEvents, readDocument } from '../extraction/index.ts';
import { isEntryPoint, runMain, type CliMain } from './run-main.ts';

/**
 * `npm run eval:actors`: the rule-based actor recogniser against compromise (a well-kept NLP library
 * with people/organisations/places) on a hand-annotated set: the named actors of the 18 unseen-article
 * fixtures (src/extraction/actors/fixtures/heldout-actors.json), annotated before either ran on them.
 * Per document, the set of actors found is matched to the gold by name or any gold form; precision,
 * recall and F1 pooled over documents, untyped (found at all) and typed (same kind). Prints each
 * one's size in a browser bundle (minified, gzipped) beside it.
 */

interface GoldActor { name: string; kind: ActorKind; aliases?: string[] }
interface Found { name: string; kind: ActorKind }

function score(gold: readonly GoldActor[], found: readonly Found[], typed: boolean): { tp: number; fp: number; fn: number } {
  const keysOf = (g: GoldActor): Set<string> => new Set([g.name, ...(g.aliases ?? [])].map(actorKey));
  const matched = new Set<number>();
  let fp = 0;
  const seen = new Set<string>();
  for (const f of found) {
    const k = actorKey(f.name);
    if (seen.has(k)) continue;
    seen.add(k);
    const i = gold.findIndex((g) => keysOf(g).has(k) && (!typed || g.kind === f.kind));
    if (i < 0) fp++;
    else matched.add(i);
  }
  return { tp: matched.size, fp, fn: gold.length - matched.size };
}

function compromiseActors(text: string): Found[] {
  const doc = nlp(text);
  const out: Found[] = [];
  const clean = (s: string): string => s.replace(/[’']s$/, '').replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '').replace(/^the\s+/i, '');
  for (const name of doc.people().out('array') as string[]) out.push({ name: clean(name), kind: 'person' });
  for (const name of doc.organizations().out('array') as string[]) out.push({ name: clean(name), kind: 'organization' });
  for (const name of doc.places().out('array') as string[]) out.push({ name: clean(name), kind: 'place' });
  return out.filter((f) => f.name !== '');
}

function sourcelineActors(path: string, bytes: Uint8Array): Found[] {
  const read = readDocument(path, bytes);
  if (!read.ok) throw new Error(`${path}: ${read.reason}`);
  const { state } = extractEvents({ id: read.document.id, text: read.document.text, published: read.document.published });
  return (state.actors?.actors ?? []).flatMap((a) => a.forms.map((name) => ({ name, kind: a.kind })).concat([{ name: a.name, kind: a.kind }]));
}

function gzipKb(file: string): string {
  return (gzipSync(readFileSync(file)).length / 1024).toFixed(1);
}

export const main: CliMain = (argv, io) => {
  const root = resolve(io.cwd);
  const goldFile = join(root, 'src/extraction/actors/fixtures/heldout-actors.json');
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: Record<string, GoldActor[]> }).documents;
  const articles = join(root, 'src/extraction/fixtures/articles');
  const totals = { sourceline: { untyped: { tp: 0, fp: 0, fn: 0 }, typed: { tp: 0, fp: 0, fn: 0 } }, compromise: { untyped: { tp: 0, fp: 0, fn: 0 }, typed: { tp: 0, fp: 0, fn: 0 } } };
  for (const [name, actors] of Object.entries(gold).sort()) {
    const file = ['txt', 'md'].map((ext) => join(articles, `${name}.${ext}`)).find((p) => {
      try {
        readFileSync(p);
        return true;
      } catch {
        return false;
      }
    });
    if (!file) throw new Error(`no article ${name}`);
    const bytes = new Uint8Array(readFileSync(file));
    const read = readDocument(file, bytes);
    if (!read.ok) throw new Error(read.reason);
    const systems = { sourceline: sourcelineActors(file, bytes), compromise: compromiseActors(read.document.text) };
    for (const [system, found] of Object.entries(systems) as Array<[keyof typeof totals, Found[]]>) {
      for (const typed of [false, true]) {
        const s = score(actors, found, typed);
        const t = totals[system][typed ? 'typed' : 'untyped'];
        t.tp += s.tp;
        t.fp += s.fp;
        t.fn += s.fn;
      }
    }
    if (argv.includes('--errors')) {
      io.stdout(`${name}: gold ${actors.map((a) => a.name).join(', ')}\n  sourceline ${[...new Set(systems.sourceline.map((f) => `${f.name}/${f.kind[0]}`))].join(', ')}\n  compromise ${[...new Set(systems.compromise.map((f) => `${f.name}/${f.kind[0]}`))].join(', ')}\n`);
    }
  }
  const goldCount = Object.values(gold).reduce((n, a) => n + a.length, 0);
  io.stdout(`${Object.keys(gold).length} documents, ${goldCount} gold actors (hand-annotated, held out)\n`);
  const f = (x: { tp: number; fp: number; fn: number }): string => {
    const p = x.tp + x.fp === 0 ? 0 : x.tp / (x.tp + x.fp);
    const r = x.tp + x.fn === 0 ? 0 : x.tp / (x.tp + x.fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f1).toFixed(1)}`;
  };
  const compromiseBuild = join(root, 'node_modules/compromise/builds/compromise.js');
  // The recogniser as the browser would load it: bundled with its word lists, minified, gzipped.
  const bundle = buildSync({ entryPoints: [join(root, 'src/extraction/actors/recognise-actors.ts')], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const ownKb = (gzipSync(bundle.outputFiles[0]?.contents ?? new Uint8Array()).length / 1024).toFixed(1);
  io.stdout(`  rule-based (Sourceline)  untyped ${f(totals.sourceline.untyped)}   typed ${f(totals.sourceline.typed)}   bundle ${ownKb} KB gzipped (recognise-actors.ts with its word lists)\n`);
  io.stdout(`  compromise 14.17.0       untyped ${f(totals.compromise.untyped)}   typed ${f(totals.compromise.typed)}   bundle ${gzipKb(compromiseBuild)} KB gzipped (builds/compromise.js)\n`);
  return 0;
};

if (isEntryPoint(import.meta.url)) runMain(main);
