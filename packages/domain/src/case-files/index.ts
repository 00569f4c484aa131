export * from './archive-contracts.ts';
export * from './case-file-contracts.ts';
export * from './case-file-rules.ts';
export * from './cer.ts';
export * from './document-types.ts';
export * from './file-kinds.ts';
export * from './search-contracts.ts';
