export interface Counts {
  population: number;
  trained: number;
}

/** trained / population, or null where there is nobody to train ("no officers"). */
export function coverageRatio({ population, trained }: Counts): number | null {
  if (population === 0) return null;
  return trained / population;
}
