import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Noto Serif (SIL Open Font Licence 1.1) from the npm package @expo-google-fonts/noto-serif: a serif face
 * like the Times New Roman of official documents, with every Vietnamese letter and tone mark, shipped as
 * TTF inside a registry package, so a fresh clone prints without any system font installed.
 */
const folder = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/package.json'));

export const FONT_REGULAR = path.join(folder, '400Regular', 'NotoSerif_400Regular.ttf');
export const FONT_BOLD = path.join(folder, '700Bold', 'NotoSerif_700Bold.ttf');
