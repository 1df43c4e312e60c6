export * from './cases.ts';
export * from './directory.ts';
export * from './licensing.ts';
export * from './messaging.ts';
export * from './operations.ts';
export * from './pin-throttles.ts';
export * from './schedule.ts';
export * from './slack.ts';
