import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PersonDetail } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { AssignmentsService } from './assignments.service';
import type { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { personNotFound, staffCodeTaken } from './people.errors';
import { PersonAccessService } from './person-access.service';
import { PersonDetailQuery, PersonRecord } from './person-detail.query';

type EditableField = 'fullName' | 'dateOfBirth' | 'gender' | 'email' | 'phone';
const EDITABLE: Record<EditableField, string> = {
  fullName: 'full_name',
  dateOfBirth: 'date_of_birth',
  gender: 'gender',
  email: 'email',
  phone: 'phone',
};

/** A person's record: read it, create it with a first assignment, correct it. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: PersonDetailQuery,
    private readonly access: PersonAccessService,
    private readonly assignments: AssignmentsService,
    private readonly audit: AuditService,
  ) {}

  async detail(user: AuthUser, staffCode: string): Promise<PersonDetail> {
    const person = await this.query.person(staffCode);
    if (!person || !(await this.access.canRead(user, person))) throw personNotFound();
    return this.query.detail(person);
  }

  async create(user: AuthUser, dto: CreatePersonDto): Promise<PersonDetail> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.assignments.checkedUnit(user, dto.assignment, manager);
      const [created]: { id: string }[] = await manager.query(
        `INSERT INTO people (staff_code, full_name, date_of_birth, gender, email, phone)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (staff_code) DO NOTHING RETURNING id`,
        [
          dto.staffCode,
          dto.fullName,
          dto.dateOfBirth,
          dto.gender ?? null,
          dto.email ?? null,
          dto.phone ?? null,
        ],
      );
      if (!created) throw staffCodeTaken(dto.staffCode);
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'person.created',
          entityType: 'person',
          entityId: created.id,
          details: {
            staffCode: dto.staffCode,
            fullName: dto.fullName,
            dateOfBirth: dto.dateOfBirth,
          },
        },
        manager,
      );
      await this.assignments.insert(user, created.id, unit.id, dto.assignment, manager);
      const person = await this.query.person(dto.staffCode, manager);
      return this.query.detail(person!, manager);
    });
  }

  async update(user: AuthUser, staffCode: string, dto: UpdatePersonDto): Promise<PersonDetail> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.lockedPerson(staffCode, manager);
      if (!person || !(await this.access.canManage(user, person, manager))) throw personNotFound();
      const changed = (Object.keys(EDITABLE) as EditableField[]).filter(
        (field) => dto[field] !== undefined && dto[field] !== person[field],
      );
      if (changed.length > 0) {
        const sets = changed.map((field, i) => `${EDITABLE[field]} = $${i + 2}`);
        await manager.query(
          `UPDATE people SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
          [person.id, ...changed.map((field) => dto[field])],
        );
        await this.audit.record(
          {
            actorUserId: user.id,
            action: 'person.updated',
            entityType: 'person',
            entityId: person.id,
            details: {
              staffCode,
              before: Object.fromEntries(changed.map((f) => [f, person[f]])),
              after: Object.fromEntries(changed.map((f) => [f, dto[f]])),
            },
          },
          manager,
        );
      }
      return this.query.detail((await this.query.person(staffCode, manager))!, manager);
    });
  }

  private async lockedPerson(
    staffCode: string,
    manager: EntityManager,
  ): Promise<PersonRecord | null> {
    await manager.query(`SELECT 1 FROM people WHERE staff_code = $1 FOR UPDATE`, [staffCode]);
    return this.query.person(staffCode, manager);
  }
}
