// Reader-facing names for codes the content stores: countries, languages, kinds.
import { ENTITY_KINDS } from '../schemas/entities';
import { EVENT_KINDS } from '../schemas/events';
import { SOURCE_KINDS } from '../schemas/sources';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const languages = new Intl.DisplayNames(['en'], { type: 'language' });

export const countryName = (code: string) => regions.of(code) ?? code;
export const languageName = (tag: string) => languages.of(tag) ?? tag;
export const sourceKindLabel = (kind: keyof typeof SOURCE_KINDS | undefined) =>
  kind ? SOURCE_KINDS[kind] : 'kind not known';
export const entityKindLabel = (kind: keyof typeof ENTITY_KINDS) => ENTITY_KINDS[kind];
export const eventKindLabel = (kind: keyof typeof EVENT_KINDS) => EVENT_KINDS[kind];
export { count } from './graph/wording';
