import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_REPORTING_UNIT_KINDS, type ReportPeriodView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import type { CreateReportPeriodDto } from './dto/create-report-period.dto';
import type { UpdateReportPeriodDto } from './dto/update-report-period.dto';
import { defaultPeriodDates } from './report-period-defaults';
import { ReportPeriod } from './report-period.entity';
import { toPeriodView } from './report-period-view';
import { invalidPeriodDates, periodCodeTaken, periodNotFound } from './reports.errors';

const nfc = (text: string): string => text.normalize('NFC').trim();

/** The department's report periods: defaults per Decree 09/2019/NĐ-CP, every date editable. */
@Injectable()
export class ReportPeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, dto: CreateReportPeriodDto): Promise<ReportPeriodView> {
    const defaults = defaultPeriodDates(dto.kind, dto.year);
    return this.dataSource.transaction(async (manager) => {
      const period = manager.create(ReportPeriod, {
        code: dto.code ? nfc(dto.code).toUpperCase() : defaults.code,
        kind: dto.kind,
        year: dto.year,
        title: dto.title ? nfc(dto.title) : defaults.title,
        startsOn: dto.startsOn ?? defaults.startsOn,
        cutoffOn: dto.cutoffOn ?? defaults.cutoffOn,
        dueOn: dto.dueOn ?? defaults.dueOn,
        opensOn: dto.opensOn ?? defaults.opensOn,
        requiredUnitKinds: [...new Set(dto.requiredUnitKinds ?? DEFAULT_REPORTING_UNIT_KINDS)],
        createdById: user.id,
      });
      assertDates(period);
      if (await manager.existsBy(ReportPeriod, { code: period.code })) {
        throw periodCodeTaken(period.code);
      }
      const saved = await manager.save(period);
      await this.record(manager, user, 'report_period.created', saved);
      return toPeriodView(saved);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateReportPeriodDto): Promise<ReportPeriodView> {
    return this.dataSource.transaction(async (manager) => {
      const period = await this.lockedPeriod(manager, id);
      Object.assign(period, {
        ...(dto.title !== undefined && { title: nfc(dto.title) }),
        ...(dto.startsOn !== undefined && { startsOn: dto.startsOn }),
        ...(dto.cutoffOn !== undefined && { cutoffOn: dto.cutoffOn }),
        ...(dto.dueOn !== undefined && { dueOn: dto.dueOn }),
        ...(dto.opensOn !== undefined && { opensOn: dto.opensOn }),
        ...(dto.requiredUnitKinds !== undefined && {
          requiredUnitKinds: [...new Set(dto.requiredUnitKinds)],
        }),
      });
      assertDates(period);
      const saved = await manager.save(period);
      await this.record(manager, user, 'report_period.updated', saved, { ...dto });
      return toPeriodView(saved);
    });
  }

  async list(): Promise<ReportPeriodView[]> {
    const periods = await this.dataSource
      .getRepository(ReportPeriod)
      .find({ order: { cutoffOn: 'DESC', code: 'ASC' } });
    return periods.map(toPeriodView);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReportPeriod> {
    const period = await manager.findOneBy(ReportPeriod, { id });
    if (!period) throw periodNotFound();
    return period;
  }

  private async lockedPeriod(manager: EntityManager, id: string): Promise<ReportPeriod> {
    const period = await manager.findOne(ReportPeriod, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!period) throw periodNotFound();
    return period;
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    action: string,
    period: ReportPeriod,
    changes?: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        actorUserId: user.id,
        action,
        entityType: 'report_period',
        entityId: period.id,
        details: { code: period.code, ...(changes && { changes }) },
      },
      manager,
    );
  }
}

function assertDates(p: ReportPeriod): void {
  if (p.startsOn > p.cutoffOn || p.dueOn < p.cutoffOn) throw invalidPeriodDates();
}
