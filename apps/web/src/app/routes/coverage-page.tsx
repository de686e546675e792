import { CoverageDashboard } from '../../features/coverage/components/coverage-dashboard';

/** /coverage: the department's (or a manager's subtree's) coverage against the targets. */
export function CoveragePage() {
  return <CoverageDashboard />;
}
