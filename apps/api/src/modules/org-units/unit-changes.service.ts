import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitDetail } from '@loa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../../common/auth/auth-user';
import { addDays, SINCE_ALWAYS } from '../../common/dates';
import { DomainError } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { CloseUnitDto } from './dto/close-unit.dto';
import { CreateUnitDto } from './dto/create-unit.dto';
import { UpdateUnitDto } from './dto/update-unit.dto';
import { displayDate } from './unit-code';
import { unitNotFound } from './unit-not-found';
import { UnitTreeQuery } from './unit-tree.query';
import { UnitWriteAccess } from './unit-write-access';
import { changeKind, unitWriter } from './unit-writer';
import { UnitsService } from './units.service';

const text = (value: string): string => value.normalize('NFC').trim();

export const cycleRefused = (): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó',
    'A unit cannot be moved under itself or a unit below it',
  );

const changedLater = (code: string, from: string): DomainError =>
  new DomainError(
    'CONFLICT',
    `Đơn vị ${code} đã có thay đổi từ ngày ${displayDate(from)}; chỉ có thể thay đổi từ ngày đó trở đi`,
    `Unit ${code} already changes on ${from}; change it from that date on`,
  );

/**
 * Creating, renaming, moving and closing units, effective-dated: a change on date X ends the
 * version in force at X and starts a new one, so every answer for a date before X stays.
 */
@Injectable()
export class UnitChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tree: UnitTreeQuery,
    private readonly access: UnitWriteAccess,
    private readonly audit: AuditService,
    private readonly units: UnitsService,
  ) {}

  async create(user: AuthUser, dto: CreateUnitDto): Promise<UnitDetail> {
    const code = dto.code.trim();
    let from = dto.effectiveFrom ?? SINCE_ALWAYS;
    await this.dataSource.transaction(async (manager) => {
      // Without a date, a new unit has existed as long as its parent (see the units import).
      if (!dto.effectiveFrom)
        from = (await this.tree.firstValidFrom(dto.parentCode.trim(), manager)) ?? from;
      if (await this.tree.identityByCode(code, manager)) {
        throw new DomainError(
          'CONFLICT',
          `Mã đơn vị ${code} đã tồn tại`,
          `Unit code ${code} already exists`,
        );
      }
      const parent = await this.existingOn(dto.parentCode.trim(), from, manager);
      await this.access.assertCanPlaceUnder(user, parent, from, manager);
      const version = {
        code,
        name: text(dto.name),
        kind: dto.kind,
        parentCode: parent.code,
        validFrom: from,
        change: 'created' as const,
      };
      await unitWriter.insertUnits(manager, [code]);
      await unitWriter.insertVersions(manager, [version], user.id);
      const created = await this.tree.identityByCode(code, manager);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'unit.created',
          entityType: 'unit',
          entityId: created!.id,
          details: version,
        },
        manager,
      );
    });
    return this.units.detail(user, code, from);
  }

  async update(user: AuthUser, code: string, dto: UpdateUnitDto): Promise<UnitDetail> {
    if (dto.name === undefined && dto.kind === undefined && dto.parentCode === undefined) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Cần ít nhất một thay đổi: tên, loại hoặc đơn vị cấp trên',
        'Give at least one change: name, kind or parent',
      );
    }
    const from = dto.effectiveFrom;
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.tree.unitAt(code, from, manager);
      if (!unit) throw unitNotFound(code, from);
      await this.access.assertCanChange(user, unit, from, manager);
      if (unit.validTo) throw changedLater(code, unit.validTo);
      const currentParent = unit.parentId ? await this.codeOf(unit.parentId, manager) : null;
      let parentCode = currentParent;
      if (dto.parentCode !== undefined && dto.parentCode.trim() !== currentParent) {
        if (!unit.parentId) throw cycleRefused();
        const parent = await this.existingOn(dto.parentCode.trim(), from, manager);
        await this.access.assertCanPlaceUnder(user, parent, from, manager);
        if (await this.tree.isAncestorFrom(unit.id, parent.id, from, manager)) throw cycleRefused();
        parentCode = parent.code;
      }
      const before = { name: unit.name, kind: unit.kind, parentCode: currentParent };
      const after = {
        name: dto.name !== undefined ? text(dto.name) : unit.name,
        kind: dto.kind ?? unit.kind,
        parentCode,
      };
      const change = changeKind(before, after);
      if (!change) return;
      if (unit.validFrom === from) {
        const kept = (await this.versionChange(unit.versionId, manager)) === 'created';
        await unitWriter.rewriteVersions(
          manager,
          [{ versionId: unit.versionId, ...after, change: kept ? 'created' : change }],
          user.id,
        );
      } else {
        await unitWriter.endVersions(manager, [{ versionId: unit.versionId, validTo: from }]);
        await unitWriter.insertVersions(
          manager,
          [{ code: unit.code, ...after, validFrom: from, change }],
          user.id,
        );
      }
      await this.audit.record(
        {
          actorUserId: user.id,
          action: `unit.${change}`,
          entityType: 'unit',
          entityId: unit.id,
          details: { effectiveFrom: from, before, after },
        },
        manager,
      );
    });
    return this.units.detail(user, code, from);
  }

  async close(user: AuthUser, code: string, dto: CloseUnitDto): Promise<UnitDetail> {
    const closedOn = dto.closedOn;
    const lastDay = addDays(closedOn, -1);
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.tree.unitAt(code, lastDay, manager);
      if (!unit) throw unitNotFound(code, lastDay);
      await this.access.assertCanChange(user, unit, lastDay, manager);
      if (unit.closedOn) {
        throw new DomainError(
          'CONFLICT',
          `Đơn vị ${code} đã giải thể từ ngày ${displayDate(unit.closedOn)}`,
          `Unit ${code} is already closed since ${unit.closedOn}`,
        );
      }
      if (unit.validTo) throw changedLater(code, unit.validTo);
      const children = await this.tree.openChildrenFrom(unit.id, closedOn, manager);
      if (children.length > 0) {
        throw new DomainError(
          'CONFLICT',
          `Đơn vị ${code} vẫn còn ${children.length} đơn vị cấp dưới vào ngày ${displayDate(closedOn)} (${children.slice(0, 5).join(', ')}); hãy chuyển hoặc giải thể các đơn vị đó trước`,
          `Unit ${code} still has ${children.length} units below it on ${closedOn}; move or close them first`,
        );
      }
      // People still working there would be counted at a unit that no longer exists.
      const [{ open }]: { open: number }[] = await manager.query(
        `SELECT count(DISTINCT person_id)::int AS open FROM assignments
          WHERE unit_id = $1 AND (end_date IS NULL OR end_date >= $2::date)`,
        [unit.id, closedOn],
      );
      if (open > 0) {
        throw new DomainError(
          'CONFLICT',
          `Đơn vị ${code} vẫn còn ${open} cán bộ công tác từ ngày ${displayDate(closedOn)}; hãy kết thúc hoặc chuyển nhiệm vụ của họ trước (ví dụ nhập danh sách cán bộ của đơn vị mới)`,
          `Unit ${code} still has ${open} staff assigned on or after ${closedOn}; end or move their assignments first`,
        );
      }
      let mergedInto: { id: string; code: string } | null = null;
      if (dto.mergedIntoCode !== undefined) {
        mergedInto = await this.existingOn(dto.mergedIntoCode.trim(), closedOn, manager);
        if (mergedInto.id === unit.id) throw cycleRefused();
        await this.access.assertCanPlaceUnder(user, mergedInto, closedOn, manager);
      }
      await unitWriter.endVersions(manager, [{ versionId: unit.versionId, validTo: closedOn }]);
      await unitWriter.markClosed(manager, unit.id, closedOn, mergedInto?.id ?? null);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: mergedInto ? 'unit.merged' : 'unit.closed',
          entityType: 'unit',
          entityId: unit.id,
          details: { closedOn, mergedInto: mergedInto?.code ?? null },
        },
        manager,
      );
    });
    return this.units.detail(user, code, lastDay);
  }

  /** The unit if it exists on `date` (404 naming the code and date otherwise). */
  private async existingOn(code: string, date: string, manager: EntityManager) {
    const unit = await this.tree.unitAt(code, date, manager);
    if (!unit) throw unitNotFound(code, date);
    return unit;
  }

  private async codeOf(unitId: string, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(`SELECT code FROM units WHERE id = $1`, [unitId]);
    return row.code;
  }

  private async versionChange(versionId: string, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(`SELECT change FROM unit_versions WHERE id = $1`, [
      versionId,
    ]);
    return row.change;
  }
}
