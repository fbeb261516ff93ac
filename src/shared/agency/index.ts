// The agency API contract: schemas, rejections, routes and the OpenAPI document.
export * from './calendar.ts';
export * from './claims.ts';
export * from './common.ts';
export * from './control.ts';
export * from './details.ts';
export * from './documents.ts';
export * from './entities.ts';
export * from './errors.ts';
export * from './feed.ts';
export * from './identity.ts';
export * from './openapi.ts';
export * from './operations.ts';
export * from './paths.ts';
export * from './submissions.ts';
export * from './uploads.ts';
