import type { DataSource } from 'typeorm';

/** Data sizes the generator knows: `smoke` runs in seconds (CI), the others are real scales. */
export type ScaleName = 'smoke' | 'city' | 'nation';

/** What every scenario gets: the seeded database and how hard to work. */
export interface BenchContext {
  /** Connection string of the seeded bench database (migrated, `seed:scale` applied). */
  databaseUrl: string;
  /** A TypeORM data source on that database, for scenarios that call services or SQL directly. */
  dataSource: DataSource;
  scale: ScaleName;
  /** Smoke mode: tiny sizes and durations, the same code paths. */
  smoke: boolean;
  /** Timed runs per measurement (after the warm-up runs); medians are taken over them. */
  runs: number;
  /** Warm-up runs before the timed ones. */
  warmups: number;
  /** Seconds of load for the load-test scenarios. */
  loadSeconds: number;
  /** Scratch folder for files a scenario writes (exports, imports, PDFs); removed at the end. */
  workDir: string;
  log(message: string): void;
}

/** One measured quantity, e.g. "312 ms" or "4,210 req/s". */
export interface BenchFigure {
  value: number;
  /** Unit as printed: 'ms', 'req/s', 'PDF/s', 'rows/s', 'MB', 'writes/s' … */
  unit: string;
}

export interface ScenarioResult {
  /** The headline figure of Loa (median over the runs). */
  figure: BenchFigure;
  /** The same work done by the floor, measured in the same run. */
  floor: BenchFigure;
  /**
   * Loa relative to the floor as the goal states it: a slowdown factor for times ("2.1×"),
   * a share for throughputs ("64 %").
   */
  ratio: { value: number; kind: 'times' | 'share' };
  /** Each part of the goal with its verdict, e.g. {goal: 'p95 ≤ 50 ms', actual: '31 ms', met: true}. */
  checks: { goal: string; actual: string; met: boolean }[];
  /** Extra lines for the report: other percentiles, memory, row counts, why a goal is missed. */
  notes: string[];
}

export interface Scenario {
  id: string;
  title: string;
  /** The goal as the issue states it. */
  goal: string;
  /** What the floor is. */
  floor: string;
  run(context: BenchContext): Promise<ScenarioResult>;
}
