import { loadSharp } from '../../../platform/heavy-libraries.ts';

/** Width of a page thumbnail in the viewer's strip: sharp enough to recognise a page, about 10 kB. */
export const THUMBNAIL_WIDTH = 240;

/** Writes a WebP thumbnail of a page image; returns its pixel size. */
export const makeThumbnail = async (options: {
  image: string;
  outFile: string;
  width?: number;
}): Promise<{ width: number; height: number }> => {
  const sharp = await loadSharp();
  const { width, height } = await sharp(options.image)
    .resize({ width: options.width ?? THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 70 })
    .toFile(options.outFile);
  return { width, height };
};
