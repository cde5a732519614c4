/** One benchmark figure: a measured value beside a baseline measured in the same run. */
export interface Figure {
  group: string;
  name: string;
  unit: string;
  value: number;
  baseline: { name: string; value: number };
  /** Runs the median was taken over, when it is a median. */
  n?: number;
  aim?: string;
  note?: string;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc;

/** The median wall time of `reps` runs of `fn` (after one warm-up run unless `warm` is false), collecting garbage between runs when it can. */
export async function timeMedian(reps: number, fn: () => unknown, warm = true): Promise<number> {
  if (warm) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    gc?.();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
