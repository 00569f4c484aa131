import { existsSync } from 'node:fs';

/** A TrueType font with the full Vietnamese repertoire, and the family name Pango knows it by. */
export type VietnameseFont = { file: string; family: string };

/** Debian's Noto (fonts-noto-core) first, DejaVu (fonts-dejavu-core) as a fallback: both cover Vietnamese. */
const CANDIDATES: readonly VietnameseFont[] = [
  { file: '/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf', family: 'Noto Serif' },
  { file: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', family: 'Noto Sans' },
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', family: 'DejaVu Serif' },
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', family: 'DejaVu Sans' },
];

/** The first installed candidate, or undefined when none is installed. */
export const vietnameseFont = (): VietnameseFont | undefined => CANDIDATES.find((font) => existsSync(font.file));

/** The first installed candidate; throws saying which package to install when there is none. */
export const findVietnameseFont = (): VietnameseFont => {
  const font = vietnameseFont();
  if (!font) throw new Error('No Vietnamese-capable font found: install fonts-noto-core (or fonts-dejavu-core)');
  return font;
};
