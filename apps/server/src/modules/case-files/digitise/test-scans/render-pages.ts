import sharp from 'sharp';
import { damagePage, type ScanDamage } from './damage-page.ts';
import { findVietnameseFont } from './fonts.ts';

/** A generated page: the PNG "scan" and the text printed on it (paragraphs joined by new lines). */
export type GeneratedPage = { png: Buffer; text: string };

/** Page geometry in pixels at 300 dpi; the defaults are A4 with 2 cm margins and 12 pt type. */
export type PageLayout = { width?: number; height?: number; margin?: number; fontPoints?: number };

const A4 = { width: 2480, height: 3508, margin: 236, fontPoints: 12 };
/** Paragraphs are cut to this length at a word boundary so any one of them fits on a page. */
const MAX_BLOCK_CHARS = 900;

const escapeMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cuts long paragraphs at word boundaries into pieces of at most MAX_BLOCK_CHARS. */
const toBlocks = (paragraphs: readonly string[]): string[] =>
  paragraphs.flatMap((paragraph) => {
    const blocks: string[] = [];
    let rest = paragraph.trim();
    while (rest.length > MAX_BLOCK_CHARS) {
      const cut = rest.lastIndexOf(' ', MAX_BLOCK_CHARS);
      const at = cut > 0 ? cut : MAX_BLOCK_CHARS;
      blocks.push(rest.slice(0, at));
      rest = rest.slice(at).trim();
    }
    return rest ? [...blocks, rest] : blocks;
  });

/** Black text on white, wrapped to `width`, as a greyscale PNG (sharp's text renders white on black). */
const renderBlock = async (text: string, width: number, fontPoints: number) => {
  const font = findVietnameseFont();
  const { data, info } = await sharp({
    text: {
      text: escapeMarkup(text),
      font: `${font.family} ${fontPoints}`,
      fontfile: font.file,
      width,
      dpi: 300,
      wrap: 'word',
      spacing: Math.round(fontPoints * 1.4),
    },
  })
    .negate({ alpha: false })
    .greyscale()
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, height: info.height, text };
};

/**
 * Lays Vietnamese paragraphs out on as many 300-dpi pages as they need and renders each page as a scan,
 * optionally damaged like a real one (noise, skew, blur, turned). Deterministic for the same input and seed.
 */
export const renderTextPages = async (options: {
  paragraphs: readonly string[];
  layout?: PageLayout;
  damage?: ScanDamage;
}): Promise<GeneratedPage[]> => {
  const layout = { ...A4, ...options.layout };
  const textWidth = layout.width - 2 * layout.margin;
  const gap = Math.round((layout.fontPoints * 300) / 72 / 2);
  const pages: { blocks: { png: Buffer; top: number; text: string }[] }[] = [{ blocks: [] }];
  let top = layout.margin;
  for (const text of toBlocks(options.paragraphs)) {
    const block = await renderBlock(text, textWidth, layout.fontPoints);
    const current = pages.at(-1);
    if (current && current.blocks.length > 0 && top + block.height > layout.height - layout.margin) {
      pages.push({ blocks: [] });
      top = layout.margin;
    }
    pages.at(-1)?.blocks.push({ png: block.png, top, text });
    top += block.height + gap;
  }
  return Promise.all(
    pages.map(async ({ blocks }, index) => {
      const clean = await sharp({
        create: { width: layout.width, height: layout.height, channels: 3, background: '#ffffff' },
      })
        .composite(blocks.map((block) => ({ input: block.png, left: layout.margin, top: block.top })))
        .greyscale()
        .png()
        .toBuffer();
      const png = await damagePage(clean, { ...options.damage, seed: (options.damage?.seed ?? 1) + index });
      return { png, text: blocks.map((block) => block.text).join('\n') };
    }),
  );
};
