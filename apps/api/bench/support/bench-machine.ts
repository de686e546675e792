import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cpus, totalmem, release, platform } from 'node:os';
import type { DataSource } from 'typeorm';

export interface MachineFacts {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  commit: string;
  packages: Record<string, string>;
}

const MEASURED_PACKAGES = [
  '@nestjs/core',
  'fastify',
  'typeorm',
  'pg',
  'pdfkit',
  'exceljs',
  'autocannon',
] as const;

/** The version of `name` as the API resolves it (some packages do not export package.json). */
function installedVersion(name: string): string {
  try {
    let dir = dirname(require.resolve(name, { paths: [__dirname] }));
    for (; dir !== dirname(dir); dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        version: string;
      };
      if (parsed.name === name) return parsed.version;
    }
    return 'unknown';
  } catch {
    return 'not installed';
  }
}

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/** What the figures were measured on: printed at the head of the report. */
export async function readMachineFacts(dataSource: DataSource): Promise<MachineFacts> {
  const [row] = (await dataSource.query('SHOW server_version')) as { server_version: string }[];
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date());
  return {
    date: `${date} (Asia/Ho_Chi_Minh)`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
    postgres: row.server_version,
    commit: gitCommit(),
    packages: Object.fromEntries(MEASURED_PACKAGES.map((name) => [name, installedVersion(name)])),
  };
}
