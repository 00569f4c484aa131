import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseConfig } from '../../../config.ts';
import { createSlots } from './ocr-slots.ts';
import { runPool } from './run-pool.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('page pool', () => {
  test('runs every item, never more than `concurrency` at once, starting them in order', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    await runPool(
      [1, 2, 3, 4, 5, 6, 7],
      2,
      async (item) => {
        started.push(item);
        running++;
        peak = Math.max(peak, running);
        await tick();
        running--;
      },
      new AbortController().signal,
    );
    assert.deepEqual(started, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(peak, 2);
  });

  test('after a failure no new item starts; the running one finishes before the error is thrown', async () => {
    const finished: number[] = [];
    const work = async (item: number) => {
      await tick();
      if (item === 2) throw new Error('page 2 failed');
      await tick();
      finished.push(item);
    };
    await assert.rejects(runPool([1, 2, 3, 4, 5], 2, work, new AbortController().signal), /page 2 failed/);
    assert.deepEqual(finished, [1]);
  });

  test('an abort stops it between items', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const work = async (item: number) => {
      if (item === 2) controller.abort(new Error('worker stopping'));
      done.push(item);
    };
    await assert.rejects(runPool([1, 2, 3, 4], 1, work, controller.signal), /worker stopping/);
    assert.deepEqual(done, [1, 2]);
  });

  test('OCR_CONCURRENCY bounds the pages OCR-ed at once; a bad value is refused', () => {
    assert.equal(parseConfig({ OCR_CONCURRENCY: '3' }).OCR_CONCURRENCY, 3);
    const byDefault = parseConfig({}).OCR_CONCURRENCY;
    assert.ok(byDefault >= 1 && byDefault <= 2);
    assert.throws(() => parseConfig({ OCR_CONCURRENCY: '0' }), /OCR_CONCURRENCY/);
  });
});

describe('page slots shared by the jobs of a process', () => {
  test('two pools on the same slots run no more than the limit together, in arrival order', async () => {
    const slots = createSlots(2);
    let running = 0;
    let peak = 0;
    const work = async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    };
    const signal = new AbortController().signal;
    await Promise.all([
      runPool([1, 2, 3], 2, () => slots.run(work), signal),
      runPool([4, 5, 6], 2, () => slots.run(work), signal),
    ]);
    assert.equal(peak, 2);
  });

  test('a failing job gives its slot back', async () => {
    const slots = createSlots(1);
    await assert.rejects(
      slots.run(() => Promise.reject(new Error('tesseract failed'))),
      /tesseract failed/,
    );
    assert.equal(await slots.run(async () => 'next page'), 'next page');
  });
});
