import { assertCount } from './integer-math';

/** 10 000 basis points are 100 %: a threshold of 7000 is 70 %. */
export const FULL_BASIS_POINTS = 10_000;

/** Throws unless `thresholdBp` is a whole number of basis points from 0 to 10 000. */
export function assertThresholdBp(thresholdBp: number): void {
  assertCount('thresholdBp', thresholdBp);
  if (thresholdBp > FULL_BASIS_POINTS) {
    throw new RangeError(`thresholdBp must be at most ${FULL_BASIS_POINTS}, got ${thresholdBp}`);
  }
}

/** The threshold as the ratio the public contract shows (7000 → 0.7). */
export function thresholdRatio(thresholdBp: number): number {
  assertThresholdBp(thresholdBp);
  return thresholdBp / FULL_BASIS_POINTS;
}
