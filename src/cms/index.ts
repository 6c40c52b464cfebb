// The browser editor's configuration, generated from the zod schemas in src/schemas/ (docs/cms.md): never written by
// hand, so a field added to a schema appears in the form with its description as the hint. What callers use:
export { cmsConfig, cmsConfigYaml, DEFAULT_LOCAL_BACKEND } from './config';
export { DATE_SAMPLES, datePattern } from './dates';
export { schemaFields } from './fields';
export { nameField } from './labels';
export { formReference } from './schemas';
export type { CmsConfig, CmsField } from './types';
