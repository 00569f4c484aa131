export * from './signature-report-contracts.ts';
