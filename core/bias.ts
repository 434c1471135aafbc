import { z } from 'zod';

/**
 * The 7-point bias scale every rater's label is mapped onto: −3 (Far Left) … +3 (Far Right).
 * Kept as integers so that combining and comparing ratings is plain arithmetic.
 */
export const BIAS_POSITIONS = [-3, -2, -1, 0, 1, 2, 3] as const;

export const BiasPosition = z
  .number()
  .int()
  .min(-3, 'bias position must be between -3 (Far Left) and 3 (Far Right)')
  .max(3, 'bias position must be between -3 (Far Left) and 3 (Far Right)');
export type BiasPosition = z.infer<typeof BiasPosition>;

const NAMES: Record<string, string> = {
  '-3': 'Far Left',
  '-2': 'Left',
  '-1': 'Lean Left',
  '0': 'Center',
  '1': 'Lean Right',
  '2': 'Right',
  '3': 'Far Right',
};

/** The scale's own name for a position, e.g. −1 → "Lean Left". */
export function biasName(position: BiasPosition): string {
  return NAMES[String(position)] ?? 'Unknown';
}

/** Short text for the toolbar badge, where only a few characters fit. */
const SHORT: Record<string, string> = {
  '-3': 'FL',
  '-2': 'L',
  '-1': 'LL',
  '0': 'C',
  '1': 'LR',
  '2': 'R',
  '3': 'FR',
};

export function biasShortName(position: BiasPosition): string {
  return SHORT[String(position)] ?? '?';
}
