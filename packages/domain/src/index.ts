export * from './access/index.ts';
export * from './cases/index.ts';
export * from './errors/index.ts';
export * from './identity/contracts.ts';
export * from './identity/import-contracts.ts';
export * from './identity/vocab.ts';
export * from './penal-code/index.ts';
export * from './procedure/index.ts';
