export * from './coverage-ratio';
