import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportNarrative, UnitReportView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { ReportAccessService } from './report-access.service';
import { reportContentHash } from './report-content-hash';
import { ReportFiguresBuilder } from './report-figures.builder';
import type { ReportPeriod } from './report-period.entity';
import { narrativeIncomplete, reportNotEditable, reportNotSubmitted } from './reports.errors';
import type { RequiredUnit } from './required-units.query';
import { UnitReport } from './unit-report.entity';
import { EMPTY_NARRATIVE, toUnitReportView } from './unit-report-view';

const normalise = (n: ReportNarrative): ReportNarrative => ({
  done: n.done.normalize('NFC').trim(),
  results: n.results.normalize('NFC').trim(),
  difficulties: n.difficulties.normalize('NFC').trim(),
  proposals: n.proposals.normalize('NFC').trim(),
  signerTitle: n.signerTitle.normalize('NFC').trim(),
  signerName: n.signerName.normalize('NFC').trim(),
});

/**
 * A unit's report for a period: opened as a draft that Loa fills with the figures as of the
 * cut-off, written by the manager, submitted (frozen with a content hash), then returned or
 * accepted by the department. A returned report is resubmitted as a new version; no submitted
 * version's content ever changes.
 */
@Injectable()
export class UnitReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly figures: ReportFiguresBuilder,
    private readonly audit: AuditService,
  ) {}

  /** The unit's working report: the latest version, or a new draft (after a return, a new version). */
  current(user: AuthUser, periodRef: string, unitCode: string): Promise<UnitReportView> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.access.period(manager, user, periodRef);
      const unit = await this.access.unit(manager, user, period, { code: unitCode });
      await this.lockUnitReports(manager, period.id, unit.id);
      const latest = await manager.findOne(UnitReport, {
        where: { periodId: period.id, unitId: unit.id },
        order: { version: 'DESC' },
      });
      let report: UnitReport;
      if (!latest || latest.status === 'returned') {
        report = await this.newDraft(manager, period, unit, latest);
      } else if (latest.status === 'draft') {
        latest.figures = await this.buildFigures(manager, period, unit.id);
        report = await manager.save(latest);
      } else {
        report = latest;
      }
      return this.view(manager, report, period, unit);
    });
  }

  async get(user: AuthUser, id: string): Promise<UnitReportView> {
    const manager = this.dataSource.manager;
    const { report, period, unit } = await this.access.report(manager, user, id);
    return this.view(manager, report, period, unit);
  }

  /** Writes the narrative of a draft; on a returned version, into the next version's draft. */
  updateNarrative(user: AuthUser, id: string, narrative: ReportNarrative): Promise<UnitReportView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.report(manager, user, id);
      const { period, unit } = found;
      await this.lockUnitReports(manager, period.id, unit.id);
      let report = await manager.findOneByOrFail(UnitReport, { id });
      const latest = await this.latestVersion(manager, period.id, report.unitId);
      if (report.status === 'returned' && latest === report.version) {
        report = await this.newDraft(manager, period, unit, report);
      } else if (report.status !== 'draft') {
        throw reportNotEditable(report.status);
      }
      report.narrative = normalise(narrative);
      report = await manager.save(report);
      return this.view(manager, report, period, unit);
    });
  }

  /** Freezes the draft: figures recomputed as of the cut-off now, hashed with the narrative. */
  submit(user: AuthUser, id: string): Promise<UnitReportView> {
    return this.dataSource.transaction(async (manager) => {
      const { report, period, unit } = await this.access.report(manager, user, id, { lock: true });
      if (report.status !== 'draft') throw reportNotEditable(report.status);
      const missing = Object.entries(report.narrative)
        .filter(([, text]) => !text)
        .map(([field]) => field);
      if (missing.length > 0) throw narrativeIncomplete(missing);
      report.figures = await this.buildFigures(manager, period, unit.id);
      report.contentHash = reportContentHash(report.figures, report.narrative);
      report.status = 'submitted';
      report.submittedAt = new Date();
      report.submittedById = user.id;
      const saved = await manager.save(report);
      await this.record(manager, user, 'unit_report.submitted', saved, {
        contentHash: saved.contentHash,
      });
      return this.view(manager, saved, period, unit);
    });
  }

  returnReport(user: AuthUser, id: string, comment: string): Promise<UnitReportView> {
    return this.review(user, id, 'returned', comment.normalize('NFC').trim());
  }

  accept(user: AuthUser, id: string): Promise<UnitReportView> {
    return this.review(user, id, 'accepted', null);
  }

  private review(
    user: AuthUser,
    id: string,
    status: 'returned' | 'accepted',
    comment: string | null,
  ): Promise<UnitReportView> {
    return this.dataSource.transaction(async (manager) => {
      const { report, period, unit } = await this.access.report(manager, user, id, { lock: true });
      if (report.status !== 'submitted') throw reportNotSubmitted(report.status);
      report.status = status;
      report.reviewedAt = new Date();
      report.reviewedById = user.id;
      report.reviewComment = comment;
      const saved = await manager.save(report);
      await this.record(manager, user, `unit_report.${status}`, saved, { comment });
      return this.view(manager, saved, period, unit);
    });
  }

  private async newDraft(
    manager: EntityManager,
    period: ReportPeriod,
    unit: RequiredUnit,
    previous: UnitReport | null,
  ): Promise<UnitReport> {
    return manager.save(
      manager.create(UnitReport, {
        periodId: period.id,
        unitId: unit.id,
        version: (previous?.version ?? 0) + 1,
        status: 'draft',
        figures: await this.buildFigures(manager, period, unit.id),
        narrative: previous ? { ...EMPTY_NARRATIVE, ...previous.narrative } : EMPTY_NARRATIVE,
      }),
    );
  }

  private buildFigures(manager: EntityManager, period: ReportPeriod, unitId: string) {
    return this.figures.build(manager, {
      unitId,
      asOf: period.cutoffOn,
      periodStart: period.startsOn,
    });
  }

  /** Serialises work on one unit's report for one period (drafts, submissions). */
  private async lockUnitReports(manager: EntityManager, periodId: string, unitId: string) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `unit_report:${periodId}:${unitId}`,
    ]);
  }

  private async latestVersion(manager: EntityManager, periodId: string, unitId: string) {
    const [row] = await manager.query(
      `SELECT max(version)::int AS version FROM unit_reports WHERE period_id = $1 AND unit_id = $2`,
      [periodId, unitId],
    );
    return row.version as number;
  }

  private async view(
    manager: EntityManager,
    report: UnitReport,
    period: ReportPeriod,
    unit: RequiredUnit,
  ): Promise<UnitReportView> {
    const versions = await manager.findBy(UnitReport, {
      periodId: report.periodId,
      unitId: report.unitId,
    });
    return toUnitReportView(report, period, unit, versions);
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    action: string,
    report: UnitReport,
    details: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorUserId: user.id,
        action,
        entityType: 'unit_report',
        entityId: report.id,
        details: {
          periodId: report.periodId,
          unitId: report.unitId,
          version: report.version,
          ...details,
        },
      },
      manager,
    );
  }
}
