import { recogniseActors } from '../actors/recognise-actors.ts';
import type { PipelineStage } from '../types.ts';

/** Stage: the people, organisations and places the document names, with the article's coreference. */
export const findActors: PipelineStage = {
  name: 'findActors',
  run(state) {
    const actors = recogniseActors(state.doc.text, new Set(state.sentences.map((s) => s.start)));
    return {
      ...state,
      actors,
      trace: [...state.trace, { stage: 'findActors', message: () => actors.actors.map((a) => `${a.kind} ${a.key} ${JSON.stringify(a.forms)}`).join('\n') }],
    };
  },
};
