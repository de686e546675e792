import { DataSource } from 'typeorm';

export interface DemoSummary {
  password: string;
  accounts: { username: string; description: string }[];
}

/** Seeds the demo city on an empty database (no units but the root). Filled in by the demo work. */
export async function seedDemoIfEmpty(_dataSource: DataSource): Promise<DemoSummary | undefined> {
  return undefined;
}
