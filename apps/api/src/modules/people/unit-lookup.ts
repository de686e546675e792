import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { unitExistsOn } from './unit-version-on.sql';

export interface FoundUnit {
  id: string;
  code: string;
  /** Whether the unit exists (has a version in force) on the date asked. */
  existsOnDate: boolean;
}

/** Finds units by their stable code. */
@Injectable()
export class UnitLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byCode(code: string, date: string, manager?: EntityManager): Promise<FoundUnit | null> {
    const [row] = await (manager ?? this.dataSource).query(
      `SELECT u.id, u.code, ${unitExistsOn('u.id', '$2')} AS exists_on_date
         FROM units u WHERE u.code = $1`,
      [code, date],
    );
    return row ? { id: row.id, code: row.code, existsOnDate: row.exists_on_date } : null;
  }
}
