export * from './document-types.ts';
export * from './handling.ts';
export * from './registry-contracts.ts';
export * from './registry-rules.ts';
export type * from './registry-views.ts';
