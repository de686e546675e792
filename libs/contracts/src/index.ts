export * from './roles';
export * from './unit-kinds';
export * from './errors';
export * from './auth';
export * from './units';
export * from './people';
export * from './accounts';
export * from './reference';
