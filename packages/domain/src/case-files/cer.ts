/**
 * Character error rate of OCR output against the text the page really carries. Both texts are compared in
 * Unicode NFC (a scanner's "ế" as one code point or as e + two combining marks is the same letter) with every
 * run of whitespace folded to one space, since line breaks and column layout are not what OCR is judged on.
 */

/** NFC, whitespace runs folded to one space, trimmed: the form in which texts are compared. */
export const normalizeForCer = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Edit distance (insertions, deletions, substitutions) between two strings, counted in code points. */
export const levenshteinDistance = (a: string, b: string): number => {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  let previous = Int32Array.from({ length: right.length + 1 }, (_, index) => index);
  let current = new Int32Array(right.length + 1);
  for (let i = 1; i <= left.length; i++) {
    current[0] = i;
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length] ?? 0;
};

/** The edits and the reference length behind a character error rate, so rates over many pages can be pooled. */
export type CerCount = { edits: number; referenceLength: number };

/** Edits needed to turn the normalised reference into the normalised OCR output, and the reference's length. */
export const countCharacterErrors = (reference: string, hypothesis: string): CerCount => {
  const expected = normalizeForCer(reference);
  return {
    edits: levenshteinDistance(expected, normalizeForCer(hypothesis)),
    referenceLength: Array.from(expected).length,
  };
};

/**
 * Edits ÷ reference length (0 = perfect; above 1 when the output is mostly invented text). An empty reference
 * scores 0 against an empty output and 1 against anything else.
 */
export const characterErrorRate = (reference: string, hypothesis: string): number =>
  pooledCer([countCharacterErrors(reference, hypothesis)]);

/** One rate over many pages: total edits ÷ total reference length (long pages weigh more than short ones). */
export const pooledCer = (counts: readonly CerCount[]): number => {
  const edits = counts.reduce((sum, count) => sum + count.edits, 0);
  const length = counts.reduce((sum, count) => sum + count.referenceLength, 0);
  if (length === 0) return edits === 0 ? 0 : 1;
  return edits / length;
};
