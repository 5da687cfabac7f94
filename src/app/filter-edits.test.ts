import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../domain/corpus-index.ts';
import { NO_FILTERS } from '../domain/event-query.ts';
import { onlyDocuments, selectionOf, shownDocuments, withActor, withDocuments, withOption } from './filter-edits.ts';

const docs: DocumentMeta[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
  id,
  path: `${id}.md`,
  title: id,
  published: '2022-12-24',
  ...(id < 'c' ? { publisher: 'P' } : {}),
}));

describe('filter edits', () => {
  it('writes the shorter selection, and none when everything is shown', () => {
    expect(selectionOf(['a', 'b', 'c'], new Set(['a', 'b', 'c']))).toBeNull();
    expect(selectionOf(['a', 'b', 'c'], new Set(['a']))).toEqual({ only: ['a'] });
    expect(selectionOf(['a', 'b', 'c'], new Set(['a', 'b']))).toEqual({ except: ['c'] });
  });

  it('hides and shows documents, folding a publisher filter in', () => {
    const hidden = withDocuments(docs, NO_FILTERS, ['c'], false);
    expect(hidden.documents).toEqual({ except: ['c'] });
    expect(withDocuments(docs, hidden, ['c'], true).documents).toBeNull();
    const byPublisher = { ...NO_FILTERS, publishers: { only: ['P'] } };
    expect([...shownDocuments(docs, byPublisher)]).toEqual(['a', 'b']);
    expect(withDocuments(docs, byPublisher, ['e'], true)).toEqual({ ...NO_FILTERS, documents: { except: ['c', 'd'] }, publishers: null });
    expect(onlyDocuments(docs, NO_FILTERS, ['d']).documents).toEqual({ only: ['d'] });
  });

  it('turns options and actors on and off', () => {
    expect(withOption(['x', 'y', 'z'], null, 'y', false)).toEqual(['x', 'z']);
    expect(withOption(['x', 'y', 'z'], ['x', 'z'], 'y', true)).toBeNull();
    expect(withActor(null, 'eu', true)).toEqual(['eu']);
    expect(withActor(['eu'], 'eu', false)).toBeNull();
  });
});
