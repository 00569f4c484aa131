/** A greyscale raster, one byte per pixel, row after row. */
export type GreyRaster = { pixels: Uint8Array; width: number; height: number };

/** Ink coordinates used for the estimate at most: enough for a stable answer, bounded time on any page. */
const MAX_INK_POINTS = 40_000;
/** A page with less ink than this has no text lines to measure; more than this is a photo or a dark scan. */
const INK_SHARE = { min: 0.002, max: 0.4 };
/**
 * Straight text lines make the best angle's score about 2.3× the median over the search (measured on generated
 * scans, clean and noisy); a photo or a page turned sideways stays near 1.0.
 */
const MIN_PEAK_RATIO = 1.3;
/** Search steps in degrees: lines 800 px long tell angles apart to about 0.07°, so finer steps add nothing. */
const COARSE_STEP = 0.5;
const FINE_STEP = 0.05;

/** Otsu's threshold: the grey level that best separates ink from paper. */
export const otsuThreshold = (pixels: Uint8Array): number => {
  const histogram = new Uint32Array(256);
  for (let index = 0; index < pixels.length; index++) {
    const value = pixels[index] as number;
    histogram[value] = (histogram[value] as number) + 1;
  }
  const total = pixels.length;
  let sumAll = 0;
  for (let level = 0; level < 256; level++) sumAll += level * (histogram[level] ?? 0);
  let best = 127;
  let bestVariance = -1;
  let weightDark = 0;
  let sumDark = 0;
  for (let level = 0; level < 256; level++) {
    weightDark += histogram[level] ?? 0;
    if (weightDark === 0 || weightDark === total) continue;
    sumDark += level * (histogram[level] ?? 0);
    const meanDark = sumDark / weightDark;
    const meanLight = (sumAll - sumDark) / (total - weightDark);
    const variance = weightDark * (total - weightDark) * (meanDark - meanLight) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = level;
    }
  }
  return best;
};

type InkPoints = { xs: Float64Array; ys: Float64Array; share: number };

/** Coordinates of the ink pixels (every n-th one on a dark page) and the share of the page that is ink. */
const inkPoints = ({ pixels, width }: GreyRaster, threshold: number): InkPoints => {
  let count = 0;
  for (let index = 0; index < pixels.length; index++) if ((pixels[index] as number) <= threshold) count++;
  const stride = Math.max(1, Math.ceil(count / MAX_INK_POINTS));
  const xs = new Float64Array(Math.ceil(count / stride));
  const ys = new Float64Array(xs.length);
  let seen = 0;
  let kept = 0;
  for (let index = 0; index < pixels.length; index++) {
    if ((pixels[index] as number) > threshold) continue;
    if (seen++ % stride !== 0) continue;
    xs[kept] = index % width;
    ys[kept] = Math.floor(index / width);
    kept++;
  }
  return { xs: xs.subarray(0, kept), ys: ys.subarray(0, kept), share: count / pixels.length };
};

/**
 * How sharply ink falls into rows when the page is turned back by `degrees`: the sum of squared row counts
 * of the projection. Text lines straight across give tall narrow peaks, the largest sum.
 */
const projectionScore = (xs: Float64Array, ys: Float64Array, raster: GreyRaster, degrees: number): number => {
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const offset = raster.width;
  const rows = new Float64Array(raster.width + raster.height * 2 + 2);
  for (let i = 0; i < xs.length; i++) {
    const row = Math.round((ys[i] as number) * cos - (xs[i] as number) * sin) + offset;
    rows[row] = (rows[row] as number) + 1;
  }
  let score = 0;
  for (let row = 0; row < rows.length; row++) score += (rows[row] as number) ** 2;
  return score;
};

type Search = { degrees: number; score: number; median: number };

const searchAngles = (score: (degrees: number) => number, from: number, to: number, step: number): Search => {
  let best = { degrees: 0, score: Number.NEGATIVE_INFINITY };
  const scores: number[] = [];
  for (let degrees = from; degrees <= to + step / 2; degrees += step) {
    const value = score(degrees);
    scores.push(value);
    if (value > best.score) best = { degrees, score: value };
  }
  scores.sort((a, b) => a - b);
  return { ...best, median: scores[Math.floor(scores.length / 2)] ?? 0 };
};

/**
 * Angle in degrees by which the text lines of a page are turned clockwise (so turning the page by minus this
 * straightens it), found by the projection-profile method: a coarse search in ±maxDegrees, then a fine one.
 * Null when the page has no measurable text lines: too little or too much ink, no clear peak (a photo, a page
 * turned sideways), or the best angle at the edge of the search.
 */
export const estimateSkewDegrees = (raster: GreyRaster, maxDegrees = 5): number | null => {
  const threshold = otsuThreshold(raster.pixels);
  const { xs, ys, share } = inkPoints(raster, threshold);
  if (xs.length < 200 || share < INK_SHARE.min || share > INK_SHARE.max) return null;
  const score = (degrees: number) => projectionScore(xs, ys, raster, degrees);
  const coarse = searchAngles(score, -maxDegrees, maxDegrees, COARSE_STEP);
  if (coarse.score < MIN_PEAK_RATIO * coarse.median || Math.abs(coarse.degrees) >= maxDegrees - COARSE_STEP)
    return null;
  const fine = searchAngles(score, coarse.degrees - COARSE_STEP, coarse.degrees + COARSE_STEP, FINE_STEP);
  return Math.round(fine.degrees * 1000) / 1000;
};
