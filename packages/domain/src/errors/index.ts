export * from './codes.ts';
export * from './zod-fields.ts';
