import { describeGoldFolder } from './test-support.ts';

/**
 * Blind batches annotated under TempEval-3 (te3) conventions before the tagger saw them; see
 * fixtures/te3-batches/README.md for each batch's first-run score. Every gold mention is a test.
 */
const files = import.meta.glob<string>('./fixtures/te3-batches/*.tml', { query: '?raw', import: 'default', eager: true });

/** `file|gold text|gold value` of known wrong or missed gold mentions, with the reason. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  '06-weather-floods.tml|the night|2021-07-15TNI': '"through the night": which night needs the event (the night before the DCT here); left untagged',
};

describeGoldFolder('blind te3 batches (own writing, TempEval-3 gold)', files, 'te3', KNOWN_GAPS);
