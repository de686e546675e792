/** The provider token of the database URL pg-boss connects to. */
export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** pg-boss keeps its tables in a schema of its own, beside Loa's. */
export const JOBS_SCHEMA = 'pgboss';
