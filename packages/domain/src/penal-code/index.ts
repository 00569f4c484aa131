export * from './catalogue.ts';
export * from './catalogue-schema.ts';
export * from './categories.ts';
export * from './penalty.ts';
