// Every cross-file rule of the content checker, run in this order after each file passed its own schema.
import { claimBasis } from './claim-basis';
import { claimHistoryOrder } from './claim-history-order';
import { claimStatuses } from './claim-statuses';
import type { Rule } from './context';
import { coveredEvents } from './covered-events';
import { duplicateIds } from './duplicate-ids';
import { duplicateUrls } from './duplicate-urls';
import { emptyCollections } from './empty-collections';
import { entityMentionedUntagged } from './entity-mentioned-untagged';
import { entityTags } from './entity-tags';
import { eventRanges } from './event-ranges';
import { fileNames } from './file-names';
import { futureDates } from './future-dates';
import { mentionsResponse } from './mentions-response';
import { placeholders } from './placeholders';
import { probableOutletInProse } from './probable-outlet-in-prose';
import { publishedAfter } from './published-after';
import { soFarDated } from './so-far-dated';
import { storyLinks } from './story-links';
import { storyMembership } from './story-membership';
import { textLengths } from './text-lengths';
import { unreadFiles } from './unread-files';
import { unsafeMarkup } from './unsafe-markup';
import { updatedDates } from './updated-dates';

export const RULES: readonly Rule[] = [
  // Files and ids.
  unreadFiles,
  duplicateIds,
  fileNames,
  emptyCollections,
  // Stories and what belongs to them.
  soFarDated,
  storyMembership,
  storyLinks,
  // Every collection.
  placeholders,
  textLengths,
  // Events and claims.
  eventRanges,
  claimHistoryOrder,
  claimStatuses,
  claimBasis,
  // Reports.
  duplicateUrls,
  futureDates,
  updatedDates,
  coveredEvents,
  publishedAfter,
  mentionsResponse,
  entityTags,
  entityMentionedUntagged,
  probableOutletInProse,
  unsafeMarkup,
];
