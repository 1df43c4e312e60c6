export * from './cases.ts';
export * from './directory.ts';
export * from './licensing.ts';
export * from './messaging.ts';
export * from './schedule.ts';
