/** A seeded generator (mulberry32), so the demo data and its counts are the same on every run. */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  /** One item, each with the chance of its weight. */
  weighted: <T>(list: readonly (readonly [T, number])[]) => T;
};

export const createRandom = (seed: number): Random => {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    weighted: (list) => {
      const total = list.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [item, w] of list) {
        roll -= w;
        if (roll < 0) return item;
      }
      return (list[list.length - 1] as (typeof list)[number])[0];
    },
  };
};
