import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProgrammeView, ReferenceChange, TargetView } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { isIsoDate } from '../../common/dates';
import { DomainError, notFound } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { Programme } from './programme.entity';
import type { UpdateProgrammeDto } from './dto/update-programme.dto';
import type { TargetPeriodDto, UpdateTargetDto } from './dto/update-target.dto';
import { Target } from './target.entity';
import { TargetPeriod } from './target-period.entity';

const toProgrammeView = (p: Programme): ProgrammeView => ({
  code: p.code,
  name: p.name,
  hours: p.hours,
  validityMonths: p.validityMonths,
  renewalWindowMonths: p.renewalWindowMonths,
});

const invalidPeriods = (vi: string, en: string) =>
  new DomainError('VALIDATION_FAILED', vi, en, [
    { field: 'periods', code: 'invalid_periods', message: vi },
  ]);

/** Periods must be real dates, each ending on or after it starts, and never overlap. */
export function checkPeriods(periods: TargetPeriodDto[]): void {
  const sorted = [...periods].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  for (const [i, period] of sorted.entries()) {
    if (!isIsoDate(period.startsOn) || !isIsoDate(period.endsOn)) {
      throw invalidPeriods('Ngày của giai đoạn không tồn tại', 'A period date does not exist');
    }
    if (period.endsOn < period.startsOn) {
      throw invalidPeriods(
        'Ngày kết thúc giai đoạn phải sau ngày bắt đầu',
        'A period must end after it starts',
      );
    }
    const previous = sorted[i - 1];
    if (previous && period.startsOn <= previous.endsOn) {
      throw invalidPeriods('Các giai đoạn không được chồng lên nhau', 'Periods must not overlap');
    }
  }
}

/** Programmes and targets: read by anyone signed in, edited by the department, every change in the history. */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async programmes(): Promise<ProgrammeView[]> {
    const rows = await this.dataSource.getRepository(Programme).find({ order: { code: 'ASC' } });
    return rows.map(toProgrammeView);
  }

  async targets(manager: EntityManager = this.dataSource.manager): Promise<TargetView[]> {
    const targets = await manager
      .getRepository(Target)
      .find({ relations: { programme: true }, order: { code: 'ASC' } });
    const periods = await manager.getRepository(TargetPeriod).find({ order: { startsOn: 'ASC' } });
    return targets.map((t) => ({
      code: t.code,
      name: t.name,
      population: t.population,
      programme: { code: t.programme.code, name: t.programme.name },
      periods: periods
        .filter((p) => p.targetId === t.id)
        .map((p) => ({ startsOn: p.startsOn, endsOn: p.endsOn, threshold: p.thresholdBp / 10000 })),
    }));
  }

  async updateProgramme(
    user: AuthUser,
    code: string,
    dto: UpdateProgrammeDto,
  ): Promise<ProgrammeView> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Programme);
      const programme = await repo.findOne({
        where: { code },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) throw notFound('Không tìm thấy chương trình', 'Programme not found');
      const before = toProgrammeView(programme);
      if (dto.name !== undefined) programme.name = dto.name.normalize('NFC').trim();
      if (dto.hours !== undefined) programme.hours = dto.hours;
      if (dto.validityMonths !== undefined) programme.validityMonths = dto.validityMonths;
      if (dto.renewalWindowMonths !== undefined)
        programme.renewalWindowMonths = dto.renewalWindowMonths;
      await repo.save(programme);
      const after = toProgrammeView(programme);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'programme.updated',
          entityType: 'programme',
          entityId: code,
          details: { before, after },
        },
        manager,
      );
      return after;
    });
  }

  async updateTarget(user: AuthUser, code: string, dto: UpdateTargetDto): Promise<TargetView> {
    if (dto.periods) checkPeriods(dto.periods);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Target);
      const target = await repo.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!target) throw notFound('Không tìm thấy chỉ tiêu', 'Target not found');
      const before = (await this.targets(manager)).find((t) => t.code === code);
      if (dto.name !== undefined) target.name = dto.name.normalize('NFC').trim();
      if (dto.population !== undefined) target.population = dto.population;
      if (dto.programmeCode !== undefined) {
        const programme = await manager
          .getRepository(Programme)
          .findOne({ where: { code: dto.programmeCode } });
        if (!programme) {
          throw new DomainError(
            'VALIDATION_FAILED',
            'Chương trình không tồn tại',
            'No such programme',
            [
              {
                field: 'programmeCode',
                code: 'unknown_programme',
                message: `Không có chương trình mã ${dto.programmeCode}`,
              },
            ],
          );
        }
        target.programmeId = programme.id;
      }
      await repo.save(target);
      if (dto.periods) {
        await manager.getRepository(TargetPeriod).delete({ targetId: target.id });
        await manager.getRepository(TargetPeriod).insert(
          dto.periods.map((p) => ({
            targetId: target.id,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            thresholdBp: Math.round(p.threshold * 10000),
          })),
        );
      }
      const after = (await this.targets(manager)).find((t) => t.code === code)!;
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'target.updated',
          entityType: 'target',
          entityId: code,
          details: { before, after },
        },
        manager,
      );
      return after;
    });
  }

  /** Who changed a programme or target, when, and what it was before and after. */
  async history(entityType: 'programme' | 'target', code: string): Promise<ReferenceChange[]> {
    const rows: {
      at: Date;
      username: string | null;
      action: string;
      details: Record<string, unknown>;
    }[] = await this.dataSource.query(
      `SELECT e.at, u.username, e.action, e.details
           FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
          WHERE e.entity_type = $1 AND e.entity_id = $2
          ORDER BY e.at DESC, e.id DESC`,
      [entityType, code],
    );
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.username,
      action: r.action,
      details: r.details,
    }));
  }
}
