import { readFile } from 'node:fs/promises';
import fontkit, { type Font, type Glyph } from '@pdf-lib/fontkit';
import { type PDFContext, PDFHexString, type PDFRef } from 'pdf-lib';
import { FONT_REGULAR } from '../../case-files/print/print-fonts.ts';

/**
 * Noto Serif embedded as a subset (a Type0 font, Identity-H, with a ToUnicode map so the text can be copied).
 * pdf-lib's own subsetting loses most Vietnamese glyphs of this font, so the font objects are built here
 * from fontkit's TrueType subset; subsets are cached by glyph set, since an officer signs with the same name.
 */

let fontPromise: Promise<Font> | undefined;
const loadFont = () => {
  fontPromise ??= readFile(FONT_REGULAR).then((bytes) => fontkit.create(bytes));
  return fontPromise;
};

/** fontkit's TrueType subset, with the internals the padding below touches. */
type TtfSubset = ReturnType<Font['createSubset']> & {
  _addGlyph: (gid: number) => number;
  glyf: Uint8Array[];
  offset: number;
};

/**
 * fontkit copies glyph data unpadded but writes the short `loca` form (offsets / 2) whenever the subset is
 * under 128 KB, so after a glyph of odd length every later glyph is misplaced (most Vietnamese letters of
 * Noto Serif vanished). Padding each glyph to an even length keeps the offsets exact.
 */
const padGlyphs = (subset: TtfSubset) => {
  const addGlyph = subset._addGlyph.bind(subset);
  subset._addGlyph = (gid) => {
    const index = addGlyph(gid);
    const data = subset.glyf[index];
    if (data && data.length % 2 === 1) {
      // The same Buffer class as fontkit's (its bundled stream refuses Node's own).
      const padded = (data.constructor as unknown as { alloc: (size: number) => Uint8Array }).alloc(data.length + 1);
      padded.set(data, 0);
      subset.glyf[index] = padded;
      subset.offset += 1;
    }
    return index;
  };
  return subset;
};

const encodeSubset = (font: Font, glyphs: Glyph[]) =>
  new Promise<Buffer>((resolve, reject) => {
    const subset = padGlyphs(font.createSubset() as TtfSubset);
    for (const glyph of glyphs) subset.includeGlyph(glyph);
    const parts: Uint8Array[] = [];
    const stream = subset.encodeStream() as unknown as NodeJS.EventEmitter;
    stream.on('data', (part: Uint8Array) => parts.push(part));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', reject);
  });

const cache = new Map<string, Promise<Buffer>>();
const CACHE_LIMIT = 256;

const subsetBytes = (font: Font, glyphs: Glyph[]) => {
  const key = glyphs.map((g) => g.id).join(',');
  let bytes = cache.get(key);
  if (!bytes) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    bytes = encodeSubset(font, glyphs);
    cache.set(key, bytes);
  }
  return bytes;
};

const hex4 = (n: number) => n.toString(16).padStart(4, '0');
const utf16Hex = (codePoints: number[]) =>
  Buffer.from(String.fromCodePoint(...codePoints), 'utf16le')
    .swap16()
    .toString('hex');

/** A font ready to write `lines`: its reference, the encoded text of each line and each line's width at size 1. */
export type EmbeddedText = { fontRef: PDFRef; encoded: PDFHexString[]; widths: number[] };

export const embedTextFont = async (context: PDFContext, lines: string[]): Promise<EmbeddedText> => {
  const font = await loadFont();
  const laidOut = lines.map((line) => font.layout(line).glyphs);
  // New glyph ids in the subset: .notdef is 0, then the glyphs in first-use order.
  const used: Glyph[] = [];
  const newId = new Map<number, number>();
  for (const glyph of laidOut.flat()) {
    if (!newId.has(glyph.id)) newId.set(glyph.id, used.push(glyph));
  }
  const scale = 1000 / font.unitsPerEm;
  const fontFile = await subsetBytes(font, used);
  const fontFileRef = context.register(context.flateStream(fontFile, { Length1: fontFile.length }));
  const name = `EPSIGN+${font.postscriptName ?? 'NotoSerif-Regular'}`;
  const descriptorRef = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 6,
      FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) => Math.round(v * scale)),
      ItalicAngle: 0,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      StemV: 80,
      FontFile2: fontFileRef,
    }),
  );
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    `${used.length} beginbfchar`,
    ...used.map(
      (glyph, index) => `<${hex4(index + 1)}> <${utf16Hex(glyph.codePoints.length ? glyph.codePoints : [0xfffd])}>`,
    ),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicodeRef = context.register(context.flateStream(cmap));
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: {
      Registry: PDFHexString.fromText('Adobe'),
      Ordering: PDFHexString.fromText('Identity'),
      Supplement: 0,
    },
    FontDescriptor: descriptorRef,
    W: [1, used.map((glyph) => Math.round(glyph.advanceWidth * scale))],
    CIDToGIDMap: 'Identity',
  });
  const fontRef = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [context.register(cidFont)],
      ToUnicode: toUnicodeRef,
    }),
  );
  return {
    fontRef,
    encoded: laidOut.map((glyphs) => PDFHexString.of(glyphs.map((g) => hex4(newId.get(g.id) ?? 0)).join(''))),
    widths: laidOut.map((glyphs) => glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) / font.unitsPerEm),
  };
};
