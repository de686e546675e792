import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';

/** For the TypeORM CLI against an external database: `DATABASE_URL=… npx typeorm -d …`. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? ''));
