/** The domain rules shared by the app and the demo agency. */
export * from './dates.ts';
export * from './holidays.ts';
export * from './deadlines.ts';
export * from './visibility.ts';
export * from './money.ts';
export * from './rates.ts';
export * from './text-filter.ts';
export * from './identity-numbers.ts';
export * from './sort-key.ts';
export * from './submission-rules.ts';
export * from './file-names.ts';
