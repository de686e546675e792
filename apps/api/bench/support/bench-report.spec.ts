import type { MachineFacts } from './bench-machine';
import { renderConsoleTable, renderMarkdown, verdict, type ScenarioOutcome } from './bench-report';
import type { Scenario, ScenarioResult } from './bench-types';

const scenario: Scenario = {
  id: 'example',
  title: 'Example scenario',
  goal: 'p95 ≤ 50 ms',
  floor: 'a bare query',
  run: () => Promise.reject(new Error('not run in this test')),
};

function result(met: boolean[]): ScenarioResult {
  return {
    figure: { value: 31.4, unit: 'ms' },
    floor: { value: 12, unit: 'ms' },
    ratio: { value: 2.6, kind: 'times' },
    checks: met.map((m, i) => ({ goal: `goal ${i}`, actual: 'x', met: m })),
    notes: ['a note'],
  };
}

const machine: MachineFacts = {
  date: '23/11/2026 13:00 (Asia/Ho_Chi_Minh)',
  cpu: 'Test CPU',
  cores: 2,
  memoryGiB: 24,
  os: 'linux',
  node: 'v20.20.2',
  postgres: '18.0',
  commit: 'abc1234',
  packages: { fastify: '5.11.3' },
};

describe('bench report', () => {
  it('is met only when every check is met', () => {
    expect(verdict({ scenario, result: result([true, true]) })).toBe('met');
    expect(verdict({ scenario, result: result([true, false]) })).toBe('not met');
    expect(verdict({ scenario, error: 'boom' })).toBe('failed');
  });

  it('writes the machine, the table row and each check into the Markdown', () => {
    const outcomes: ScenarioOutcome[] = [{ scenario, result: result([true, false]) }];
    const markdown = renderMarkdown(
      outcomes,
      machine,
      { scale: 'nation', runs: 5, warmups: 1, loadSeconds: 10, smoke: false },
      ['3,321 communes'],
    );
    expect(markdown).toContain('CPU: Test CPU, 2 cores, 24 GiB');
    expect(markdown).toContain(
      '| Example scenario | 31.4 ms | 12 ms | 2.6× the floor | p95 ≤ 50 ms | **not met** |',
    );
    expect(markdown).toContain('- goal 1: x — **not met**');
    expect(markdown).toContain('- 3,321 communes');
    expect(markdown).not.toContain('Smoke run');
  });

  it('shows a share ratio as a percentage and a failed scenario with its error', () => {
    const share: ScenarioResult = { ...result([true]), ratio: { value: 0.64, kind: 'share' } };
    const table = renderConsoleTable([
      { scenario, result: share },
      { scenario: { ...scenario, id: 'broken' }, error: 'boom' },
    ]);
    expect(table).toContain('64 % of the floor');
    expect(table).toMatch(/broken .*boom .*failed/);
  });
});
