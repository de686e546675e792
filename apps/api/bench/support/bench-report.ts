import type { MachineFacts } from './bench-machine';
import { formatNumber } from './bench-stats';
import type { BenchContext, Scenario, ScenarioResult } from './bench-types';

export interface ScenarioOutcome {
  scenario: Scenario;
  result?: ScenarioResult;
  /** Set when the scenario itself failed to run. */
  error?: string;
}

function figureText(figure: { value: number; unit: string }): string {
  return `${formatNumber(figure.value)} ${figure.unit}`;
}

function ratioText(ratio: ScenarioResult['ratio']): string {
  return ratio.kind === 'times'
    ? `${formatNumber(ratio.value)}× the floor`
    : `${formatNumber(ratio.value * 100)} % of the floor`;
}

/** `met` only when every part of the goal is met. */
export function verdict(outcome: ScenarioOutcome): 'met' | 'not met' | 'failed' {
  if (!outcome.result) return 'failed';
  return outcome.result.checks.every((check) => check.met) ? 'met' : 'not met';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown report written to docs/benchmarks.md. */
export function renderMarkdown(
  outcomes: ScenarioOutcome[],
  machine: MachineFacts,
  context: Pick<BenchContext, 'scale' | 'runs' | 'warmups' | 'loadSeconds' | 'smoke'>,
  dataSummary: string[],
): string {
  const lines: string[] = [];
  lines.push('# Benchmarks');
  lines.push('');
  lines.push(
    '_Written by `npm run bench`; do not edit by hand. Each figure is the median of ' +
      `${context.runs} runs after ${context.warmups} warm-up run(s); load tests drive loopback ` +
      `for about ${context.loadSeconds} s per side (each scenario says how). The floor is ` +
      'measured in the same run, by the same code path minus Loa._',
  );
  if (context.smoke) lines.push('', '**Smoke run: tiny data, figures mean nothing.**');
  lines.push('', '## Machine', '');
  lines.push(`- Date: ${machine.date}, commit \`${machine.commit}\``);
  lines.push(`- CPU: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory`);
  lines.push(`- OS: ${machine.os}; Node ${machine.node}; PostgreSQL ${machine.postgres}`);
  lines.push(
    `- Packages: ${Object.entries(machine.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
  );
  lines.push('', `## Data (scale \`${context.scale}\`)`, '');
  for (const line of dataSummary) lines.push(`- ${line}`);
  lines.push('', '## Results', '');
  lines.push('| scenario | Loa | floor | ratio | goal | verdict |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  for (const outcome of outcomes) {
    const { scenario, result } = outcome;
    lines.push(
      `| ${escapeCell(scenario.title)} | ${result ? figureText(result.figure) : '—'} | ${
        result ? figureText(result.floor) : '—'
      } | ${result ? ratioText(result.ratio) : '—'} | ${escapeCell(scenario.goal)} | **${verdict(
        outcome,
      )}** |`,
    );
  }
  for (const outcome of outcomes) {
    const { scenario, result } = outcome;
    lines.push('', `### ${scenario.title}`, '');
    lines.push(`Goal: ${scenario.goal}. Floor: ${scenario.floor}.`);
    if (outcome.error) lines.push('', `Failed to run: \`${escapeCell(outcome.error)}\``);
    if (!result) continue;
    lines.push('');
    for (const check of result.checks) {
      lines.push(`- ${check.goal}: ${check.actual} — ${check.met ? 'met' : '**not met**'}`);
    }
    for (const note of result.notes) lines.push(`- ${note}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The table printed to the terminal at the end of a run. */
export function renderConsoleTable(outcomes: ScenarioOutcome[]): string {
  const rows = outcomes.map((outcome) => [
    outcome.scenario.id,
    outcome.result ? figureText(outcome.result.figure) : '—',
    outcome.result ? figureText(outcome.result.floor) : '—',
    outcome.result ? ratioText(outcome.result.ratio) : (outcome.error ?? '—'),
    verdict(outcome),
  ]);
  const header = ['scenario', 'Loa', 'floor', 'ratio', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
