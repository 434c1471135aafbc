// Shared by the popup benchmarks: the popup's own performance marks and robust summaries.

/** The marks the popup sets (entrypoints/popup-early.ts, entrypoints/popup/main.tsx), in order. */
export const POPUP_MARKS = [
  'parallax:popup-early',
  'parallax:popup-script',
  'parallax:popup-state',
  'parallax:popup-rendered',
] as const;

export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ??
  Number.NaN;

export const median = (values: number[]) => quantile(values, 0.5);
