/**
 * Exact integer helpers. Every figure of coverage is a count of people or basis points, so
 * the maths stays in integers and never meets a rounding error of binary fractions.
 */

/** Throws unless `value` is a whole number from 0 up to the largest exactly representable one. */
export function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** The product of two counts, refusing one too large to be exact. */
export function exactProduct(a: number, b: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`${a} × ${b} is too large for exact integer arithmetic`);
  }
  return product;
}

/** ⌊numerator / denominator⌋ for a non-negative numerator and a positive denominator, exactly. */
export function floorDiv(numerator: number, denominator: number): number {
  assertCount('numerator', numerator);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`denominator must be a positive integer, got ${denominator}`);
  }
  return (numerator - (numerator % denominator)) / denominator;
}

/** ⌈numerator / denominator⌉ for a non-negative numerator and a positive denominator, exactly. */
export function ceilDiv(numerator: number, denominator: number): number {
  return floorDiv(numerator + denominator - 1, denominator);
}

/** The nearest whole number to numerator / denominator, halves rounded up. */
export function roundDiv(numerator: number, denominator: number): number {
  return floorDiv(exactProduct(numerator, 2) + denominator, exactProduct(denominator, 2));
}
