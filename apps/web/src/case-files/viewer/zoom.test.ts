/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scaleOf, ZOOM_STEPS, zoomIn, zoomOut, zoomPercent } from './zoom.ts';

test('from "fit", + and - step to the scales on either side of the fitted one', () => {
  assert.equal(zoomIn('fit', 0.62), 0.75);
  assert.equal(zoomOut('fit', 0.62), 0.5);
  assert.equal(zoomIn('fit', 1), 1.25, 'a fitted scale on a step goes to the next one');
  assert.equal(zoomPercent('fit', 0.624), 62);
  assert.equal(zoomPercent(1, 0.624), 100);
});

test('the steps stop at the smallest and the largest scale', () => {
  assert.equal(zoomIn(3, 0.5), 3);
  assert.equal(zoomOut(0.25, 0.5), 0.25);
  assert.equal(zoomIn('fit', 5), 3);
});

test('+ always enlarges and - always shrinks, unless at the end of the steps', () => {
  const zoom = fc.oneof(fc.constant('fit' as const), fc.constantFrom(...ZOOM_STEPS));
  fc.assert(
    fc.property(zoom, fc.double({ min: 0.05, max: 4, noNaN: true }), (z, fit) => {
      const shown = scaleOf(z, fit);
      const larger = zoomIn(z, fit);
      const smaller = zoomOut(z, fit);
      assert.ok(larger > shown || larger === ZOOM_STEPS.at(-1));
      assert.ok(smaller < shown || smaller === ZOOM_STEPS[0]);
    }),
  );
});
