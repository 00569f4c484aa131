export * from './audit-contracts.ts';
export * from './auth-contracts.ts';
export * from './clients-contracts.ts';
export * from './common-contracts.ts';
export * from './officers-contracts.ts';
export * from './offices-contracts.ts';
