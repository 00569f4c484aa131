import sharp from 'sharp';

/** How a generated page is spoiled to look scanned. Every field is optional; nothing given = a clean page. */
export type ScanDamage = {
  /** Standard deviation of grey-level noise (0–255 scale); 10–25 looks like a cheap scanner. */
  noise?: number;
  /** Share of pixels turned into black or white specks (dust, toner). */
  speckles?: number;
  /** Degrees the sheet was fed crooked, clockwise positive. */
  skewDegrees?: number;
  /** Gaussian blur sigma in pixels (out of focus, 0.8–1.5 is typical). */
  blur?: number;
  /** The sheet put in sideways or upside down: quarter turns clockwise. */
  quarterTurns?: 0 | 90 | 180 | 270;
  /** Seed of the noise, so a damaged page is the same every run. */
  seed?: number;
};

/** Small fast seeded PRNG (mulberry32): the same seed, the same noise. */
const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const addNoise = (pixels: Buffer, sigma: number, speckles: number, seed: number): void => {
  const random = seededRandom(seed);
  for (let index = 0; index < pixels.length; index++) {
    let value = pixels[index] ?? 255;
    if (sigma > 0) {
      // Box–Muller: a normal deviate from two uniform ones.
      const gaussian = Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
      value += gaussian * sigma;
    }
    if (speckles > 0 && random() < speckles) value = random() < 0.5 ? 0 : 255;
    pixels[index] = Math.max(0, Math.min(255, Math.round(value)));
  }
};

/** Applies skew (canvas kept to the page size), blur, noise and a quarter turn to a greyscale page PNG. */
export const damagePage = async (png: Buffer, damage: ScanDamage): Promise<Buffer> => {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  let image = sharp(png).greyscale();
  if (damage.skewDegrees) {
    const turned = await image
      .rotate(damage.skewDegrees, { background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const left = Math.floor((turned.info.width - width) / 2);
    const top = Math.floor((turned.info.height - height) / 2);
    const { channels } = turned.info;
    image = sharp(turned.data, { raw: { width: turned.info.width, height: turned.info.height, channels } }).extract({
      left,
      top,
      width,
      height,
    });
  }
  if (damage.blur) image = image.blur(damage.blur);
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  if (damage.noise || damage.speckles) addNoise(data, damage.noise ?? 0, damage.speckles ?? 0, damage.seed ?? 1);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .rotate(damage.quarterTurns ?? 0)
    .toColourspace('b-w')
    .withDensity(300)
    .png()
    .toBuffer();
};
