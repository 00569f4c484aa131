import {
  beginText,
  endText,
  moveText,
  type PDFDocument,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  stroke,
} from 'pdf-lib';
import { embedTextFont } from './embedded-font.ts';
import { vietnamIsoTime } from './vietnam-time.ts';

/**
 * The visible part of a signature: a red-bordered box (the colour of a seal) with lines of text in Noto Serif,
 * embedded as a subset so every Vietnamese letter shows in any reader.
 */

const PADDING = 4;
const MAX_SIZE = 9;
const MIN_SIZE = 5;
const LEADING = 1.25;

/** The form XObject of the appearance (its /BBox is the box size), registered in the document. */
export const addSignatureAppearance = async (
  doc: PDFDocument,
  { width, height, lines }: { width: number; height: number; lines: string[] },
): Promise<PDFRef> => {
  const font = await embedTextFont(doc.context, lines);
  const widest = Math.max(...font.widths);
  // The largest size at which every line fits the width and all lines fit the height.
  const size = Math.max(
    MIN_SIZE,
    Math.min(MAX_SIZE, (width - 2 * PADDING) / widest, (height - 2 * PADDING) / (lines.length * LEADING)),
  );
  const text = font.encoded.flatMap((line, index) => [
    ...(index === 0 ? [] : [moveText(0, -size * LEADING)]),
    showText(line),
  ]);
  const operators = [
    pushGraphicsState(),
    setStrokingRgbColor(0.75, 0.05, 0.05),
    setLineWidth(1),
    rectangle(0.5, 0.5, width - 1, height - 1),
    stroke(),
    setFillingRgbColor(0.75, 0.05, 0.05),
    beginText(),
    setFontAndSize('F1', size),
    moveText(PADDING, height - PADDING - size),
    ...text,
    endText(),
    popGraphicsState(),
  ];
  const stream = doc.context.formXObject(operators, {
    BBox: [0, 0, width, height],
    Resources: { Font: { F1: font.fontRef } },
  });
  return doc.context.register(stream);
};

/** What the box says: who, in which position and office, when; an organisational copy also says its form. */
export const appearanceLines = ({
  signerName,
  position,
  organisation,
  time,
  copyForm,
}: {
  signerName: string;
  position?: string;
  organisation?: string;
  time: Date;
  copyForm?: string;
}) => [
  `Ký bởi: ${signerName}`,
  ...(position ? [`Chức vụ: ${position}`] : []),
  ...(organisation && organisation !== signerName ? [`Cơ quan: ${organisation}`] : []),
  ...(copyForm ? [copyForm] : []),
  `Thời gian ký: ${vietnamIsoTime(time)}`,
];
