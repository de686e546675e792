import { DataSource } from 'typeorm';
import { unique } from './unique';

export interface CreatedPerson {
  id: string;
  staffCode: string;
  fullName: string;
}

export async function createPerson(
  ds: DataSource,
  options: { staffCode?: string; fullName?: string; dateOfBirth?: string } = {},
): Promise<CreatedPerson> {
  const staffCode = options.staffCode ?? unique('CB');
  const fullName = options.fullName ?? 'Nguyễn Thị Thử';
  const [row] = await ds.query(
    `INSERT INTO people (staff_code, full_name, date_of_birth) VALUES ($1, $2, $3) RETURNING id`,
    [staffCode, fullName, options.dateOfBirth ?? '1990-05-17'],
  );
  return { id: row.id, staffCode, fullName };
}

export async function createAssignment(
  ds: DataSource,
  options: {
    personId: string;
    unitId: string;
    startDate?: string;
    endDate?: string | null;
    communicationOfficer?: boolean;
    position?: string | null;
  },
): Promise<{ id: string }> {
  const [row] = await ds.query(
    `INSERT INTO assignments (person_id, unit_id, start_date, end_date, is_communication_officer, position)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      options.personId,
      options.unitId,
      options.startDate ?? '2020-01-01',
      options.endDate ?? null,
      options.communicationOfficer ?? false,
      options.position ?? 'Giáo viên',
    ],
  );
  return { id: row.id };
}
