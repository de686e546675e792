import { DataSource } from 'typeorm';
import { unique } from './unique';

/** A programme and a target over it with one period, for tests that must not touch BDTT/CBTT. */
export async function createTarget(ds: DataSource, options: { thresholdBp?: number } = {}) {
  const programmeCode = unique('P');
  const targetCode = unique('TG');
  const [programme] = await ds.query(
    `INSERT INTO programmes (code, name, validity_months) VALUES ($1, $2, 24) RETURNING id`,
    [programmeCode, `Chương trình thử ${programmeCode}`],
  );
  const [target] = await ds.query(
    `INSERT INTO targets (code, name, population, programme_id) VALUES ($1, $2, 'communication_officers', $3) RETURNING id`,
    [targetCode, `Chỉ tiêu thử ${targetCode}`, programme.id],
  );
  await ds.query(
    `INSERT INTO target_periods (target_id, starts_on, ends_on, threshold_bp) VALUES ($1, '2026-01-01', '2030-12-31', $2)`,
    [target.id, options.thresholdBp ?? 7000],
  );
  return { programmeCode, targetCode };
}
