export * from './common.ts';
export * from './severity.ts';
export * from './runbook.ts';
export * from './incident.ts';
export * from './maintenance.ts';
export * from './docs.ts';
export * from './config.ts';
