import { Card, Flex, Space } from 'antd';
import { hasRole, isAdmin } from '../../../lib/roles';
import { useCurrentUser } from '../../../lib/session-hooks';
import type { UnitReportView } from '@loa/contracts';
import { useNarrativeDraft } from '../hooks/use-narrative-draft';
import { NarrativeForm } from './narrative-form';
import { NarrativeReadOnly } from './narrative-read-only';
import { ReportDownloads } from './report-downloads';
import { ReportFiguresView } from './report-figures';
import { ReportHeaderPreview } from './report-header-preview';
import { ReportStateBanner } from './report-state-banner';
import { ReportVersions } from './report-versions';
import { ReviewActions } from './review-actions';
import { SubmitReportButton } from './submit-report-button';

/**
 * One unit's report for a period: the heading, the figures as of the cut-off, the narrative
 * (editable by the unit's manager while a draft or returned), versions, downloads and review.
 */
export function UnitReport({ report }: { report: UnitReportView }) {
  const user = useCurrentUser();
  const editable =
    (report.status === 'draft' || report.status === 'returned') && hasRole(user, 'unit_manager');
  const reviewable = report.status === 'submitted' && isAdmin(user);
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap justify="flex-end">
        <Space wrap>
          {reviewable ? <ReviewActions reportId={report.id} unitName={report.unit.name} /> : null}
          <ReportDownloads
            reportId={report.id}
            unitCode={report.unit.code}
            periodCode={report.period.code}
          />
        </Space>
      </Flex>
      <ReportStateBanner report={report} />
      <Card>
        <ReportHeaderPreview
          unit={report.unit}
          period={report.period}
          submittedAt={report.submittedAt}
        />
      </Card>
      <ReportFiguresView figures={report.figures} />
      {editable ? (
        <EditableNarrative report={report} />
      ) : (
        <NarrativeReadOnly narrative={report.narrative} />
      )}
      {report.versions.length > 0 ? (
        <ReportVersions versions={report.versions} dueOn={report.period.dueOn} />
      ) : null}
    </Flex>
  );
}

function EditableNarrative({ report }: { report: UnitReportView }) {
  const draft = useNarrativeDraft(report.id, report.narrative);
  return (
    <>
      <NarrativeForm
        values={draft.values}
        onChange={draft.change}
        onSave={() => void draft.save()}
        state={draft.state}
        savedAt={draft.savedAt}
        error={draft.error}
      />
      <Flex justify="flex-end">
        <SubmitReportButton
          reportId={report.id}
          incomplete={Object.values(draft.values).some((text) => !text.trim())}
          beforeSubmit={() => (draft.state === 'saved' ? Promise.resolve(true) : draft.save())}
        />
      </Flex>
    </>
  );
}
