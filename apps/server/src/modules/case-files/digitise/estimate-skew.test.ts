import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { estimateSkewDegrees, type GreyRaster, otsuThreshold } from './estimate-skew.ts';

/** A page of "text lines" (dashed bars 8 px high every 40 px), turned clockwise by `degrees` about its centre. */
const linedPage = (degrees: number, width = 800, height = 1000): GreyRaster => {
  const pixels = new Uint8Array(width * height).fill(235);
  const radians = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
  const [cx, cy] = [width / 2, height / 2];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where this pixel was before the page was turned.
      const sx = (x - cx) * cos + (y - cy) * sin + cx;
      const sy = -(x - cx) * sin + (y - cy) * cos + cy;
      const isLine = sy > 80 && sy < 920 && sx > 80 && sx < 720 && sy % 40 < 8 && Math.floor(sx / 12) % 5 !== 0;
      if (isLine) pixels[y * width + x] = 20;
    }
  }
  return { pixels, width, height };
};

describe('skew estimate (projection profile)', () => {
  for (const degrees of [-3.2, -1, 0, 0.4, 2.5, 4.1]) {
    test(`lines turned ${degrees}° are measured within 0.15°`, () => {
      const estimate = estimateSkewDegrees(linedPage(degrees));
      assert.ok(estimate !== null);
      assert.ok(Math.abs(estimate - degrees) <= 0.15, `estimated ${estimate} for ${degrees}`);
    });
  }

  test('a blank page, a black page and lines turned beyond the search give no estimate', () => {
    assert.equal(estimateSkewDegrees({ pixels: new Uint8Array(400 * 400).fill(250), width: 400, height: 400 }), null);
    assert.equal(estimateSkewDegrees({ pixels: new Uint8Array(400 * 400).fill(5), width: 400, height: 400 }), null);
    assert.equal(estimateSkewDegrees(linedPage(20)), null);
  });

  test("Otsu's threshold falls between ink and paper", () => {
    const pixels = new Uint8Array(1000);
    pixels.fill(230, 0, 900);
    pixels.fill(40, 900);
    const threshold = otsuThreshold(pixels);
    assert.ok(threshold >= 40 && threshold < 230, `threshold ${threshold}`);
  });
});
