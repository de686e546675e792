import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AssignmentView } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { UnitScopeService } from '../../common/scope/unit-scope.service';
import { AuditService } from '../audit/audit.service';
import type { CreateAssignmentDto, UpdateAssignmentDto } from './dto/assignment.dto';
import {
  assignmentExists,
  assignmentNotFound,
  endBeforeStart,
  personNotFound,
  unitNotOpenOn,
} from './people.errors';
import { PersonAccessService } from './person-access.service';
import { AssignmentRecord, PersonDetailQuery } from './person-detail.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toView = ({ unitId: _unit, personId: _person, ...view }: AssignmentRecord): AssignmentView =>
  view;

/** Assignments: added to a person, ended or corrected; never deleted. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: PersonDetailQuery,
    private readonly access: PersonAccessService,
    private readonly scope: UnitScopeService,
    private readonly audit: AuditService,
  ) {}

  async add(user: AuthUser, staffCode: string, dto: CreateAssignmentDto): Promise<AssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.checkedUnit(user, dto, manager);
      const person = await this.query.person(staffCode, manager);
      if (!person) throw personNotFound();
      const id = await this.insert(user, person.id, unit.id, dto, manager);
      return toView((await this.query.assignment(id, manager))!);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateAssignmentDto): Promise<AssignmentView> {
    if (!UUID.test(id)) throw assignmentNotFound();
    return this.dataSource.transaction(async (manager) => {
      const current = await this.query.assignment(id, manager);
      if (!current || !(await this.scope.isInScope(user, current.unitId, undefined, manager))) {
        throw assignmentNotFound();
      }
      const next = {
        endDate: dto.endDate === undefined ? current.endDate : dto.endDate,
        position: dto.position === undefined ? current.position : dto.position,
        communicationOfficer: dto.communicationOfficer ?? current.communicationOfficer,
      };
      if (next.endDate !== null && next.endDate < current.startDate)
        throw endBeforeStart('endDate');
      const changed = (['endDate', 'position', 'communicationOfficer'] as const).filter(
        (field) => next[field] !== current[field],
      );
      if (changed.length === 0) return toView(current);
      await manager.query(
        `UPDATE assignments SET end_date = $2, position = $3, is_communication_officer = $4,
                updated_at = now()
          WHERE id = $1`,
        [id, next.endDate, next.position, next.communicationOfficer],
      );
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'assignment.updated',
          entityType: 'assignment',
          entityId: id,
          details: {
            before: Object.fromEntries(changed.map((f) => [f, current[f]])),
            after: Object.fromEntries(changed.map((f) => [f, next[f]])),
          },
        },
        manager,
      );
      return toView((await this.query.assignment(id, manager))!);
    });
  }

  /** The assignment's unit, when the caller may write there and it exists on the start date. */
  async checkedUnit(
    user: AuthUser,
    dto: CreateAssignmentDto,
    manager: EntityManager,
  ): Promise<{ id: string }> {
    const unit = await this.access.writableUnit(user, dto.unitCode, dto.startDate, manager);
    if (!unit.existsOnDate) throw unitNotOpenOn('unitCode');
    if (dto.endDate && dto.endDate < dto.startDate) throw endBeforeStart('endDate');
    return unit;
  }

  /** Inserts and audits a checked assignment; 409 when (person, unit, start) already exists. */
  async insert(
    user: AuthUser,
    personId: string,
    unitId: string,
    dto: CreateAssignmentDto,
    manager: EntityManager,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO assignments
              (person_id, unit_id, position, is_communication_officer, start_date, end_date)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (person_id, unit_id, start_date) DO NOTHING RETURNING id`,
      [
        personId,
        unitId,
        dto.position ?? null,
        dto.communicationOfficer,
        dto.startDate,
        dto.endDate ?? null,
      ],
    );
    if (!row) throw assignmentExists();
    await this.audit.record(
      {
        actorUserId: user.id,
        action: 'assignment.created',
        entityType: 'assignment',
        entityId: row.id,
        details: { personId, ...dto },
      },
      manager,
    );
    return row.id;
  }
}
