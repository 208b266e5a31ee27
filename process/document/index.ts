export * from './schema';
export * from './labels';
export * from './compile';
export * from './builtin-v1';
export * from './diff';
export * from './dry-run';
