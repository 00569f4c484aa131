/** Word-level statistics of a page from tesseract's TSV output. */
export type WordStats = {
  /** Words recognised on the page. */
  wordCount: number;
  /** Mean of the words' confidences, 0–100; null for a page with no words. */
  meanConfidence: number | null;
  /**
   * Share of the longer words (4+ letters) whose box is taller than wide: near 0 on an upright page, near 1
   * when tesseract read the lines running down a page lying on its side. Null without such words.
   */
  tallWordShare: number | null;
};

/** TSV row level of a word (1 page, 2 block, 3 paragraph, 4 line, 5 word). */
const WORD_LEVEL = '5';
const LONG_WORD_LETTERS = 4;

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Reads tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf, text): rows of
 * level 5 with a non-negative confidence and non-blank text are the words.
 */
export const readWordStats = (tsv: string): WordStats => {
  let wordCount = 0;
  let confidenceSum = 0;
  let longWords = 0;
  let tallWords = 0;
  for (const line of tsv.split('\n').slice(1)) {
    const columns = line.split('\t');
    if (columns[0] !== WORD_LEVEL || columns.length < 12) continue;
    const [width, height, confidence] = [Number(columns[8]), Number(columns[9]), Number(columns[10])];
    const text = columns.slice(11).join('\t').trim();
    if (!Number.isFinite(confidence) || confidence < 0 || text === '') continue;
    wordCount++;
    confidenceSum += confidence;
    if ((text.match(/\p{L}/gu)?.length ?? 0) < LONG_WORD_LETTERS) continue;
    longWords++;
    if (height > width) tallWords++;
  }
  return {
    wordCount,
    meanConfidence: wordCount === 0 ? null : round2(confidenceSum / wordCount),
    tallWordShare: longWords === 0 ? null : round2(tallWords / longWords),
  };
};
