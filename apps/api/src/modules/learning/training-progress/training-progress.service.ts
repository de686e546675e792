import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TrainingProgressPage } from '@loa/contracts';
import { DataSource } from 'typeorm';
import { AuthUser, isDepartmentAdmin } from '../../../common/auth/auth-user';
import { todayInVietnam } from '../../../common/dates';
import { notFound } from '../../../common/domain-error';
import { UnitScopeService } from '../../../common/scope/unit-scope.service';
import { versionInForce } from '../../../common/scope/unit-tree.sql';
import type {
  TrainingProgressExportQueryDto,
  TrainingProgressQueryDto,
} from '../dto/training-progress-query.dto';
import { TrainingProgressFilter, TrainingProgressQuery } from './training-progress.query';

export const TRAINING_PAGE_SIZE = 50;

/** The managers' view of training in their subtree (a unit outside it is 404). */
@Injectable()
export class TrainingProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScopeService,
    private readonly query: TrainingProgressQuery,
  ) {}

  async page(user: AuthUser, dto: TrainingProgressQueryDto): Promise<TrainingProgressPage> {
    const filter = await this.filterFor(user, dto);
    const page = dto.page ?? 1;
    const { rows, total } = await this.query.page(
      filter,
      TRAINING_PAGE_SIZE,
      (page - 1) * TRAINING_PAGE_SIZE,
    );
    return { rows, total, page, pageSize: TRAINING_PAGE_SIZE };
  }

  async filterFor(
    user: AuthUser,
    dto: TrainingProgressExportQueryDto,
  ): Promise<TrainingProgressFilter> {
    const today = todayInVietnam();
    return {
      roots: await this.roots(user, dto.unit, today),
      today,
      course: dto.course ?? null,
      status: dto.status ?? null,
      overdue: dto.overdue === undefined ? null : dto.overdue === 'true',
    };
  }

  private async roots(user: AuthUser, unitCode: string | undefined, today: string) {
    if (unitCode) {
      const [unit]: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM units WHERE code = $1`,
        [unitCode],
      );
      if (!unit) throw notFound('Không tìm thấy đơn vị', 'Unit not found');
      await this.scope.assertInScope(user, unit.id, today);
      return [unit.id];
    }
    if (!isDepartmentAdmin(user)) return this.scope.managedRoots(user);
    const tops: { unit_id: string }[] = await this.dataSource.query(
      `SELECT v.unit_id FROM unit_versions v WHERE v.parent_id IS NULL AND ${versionInForce('v', '$1')}`,
      [today],
    );
    return tops.map((t) => t.unit_id);
  }
}
