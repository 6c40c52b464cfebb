// Every reference between entries checked at once, before anything is built on them.
import { COLLECTIONS, fileFor, type CollectionName } from '../collections';
import type { DataTypes, StoryInput } from './types';

/** Thrown when content points at entries that do not exist; lists every dangling reference at once. */
export class DanglingReferenceError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} broken reference(s) in content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DanglingReferenceError';
  }
}

export function checkReferences<T extends DataTypes>(input: StoryInput<T>): void {
  const known: Record<CollectionName, Set<string>> = {
    sources: new Set(input.sources.map((entry) => entry.id)),
    entities: new Set(input.entities.map((entry) => entry.id)),
    events: new Set(input.events.map((entry) => entry.id)),
    reports: new Set(input.reports.map((entry) => entry.id)),
    claims: new Set((input.claims ?? []).map((entry) => entry.id)),
  };
  const problems: string[] = [];
  const check = (
    owner: { id: string; filePath?: string },
    field: string,
    ids: (string | undefined)[],
    collection: CollectionName,
  ) => {
    for (const id of ids) {
      if (id === undefined || known[collection].has(id)) continue;
      problems.push(
        `${owner.filePath ?? owner.id}: "${field}" names unknown ${COLLECTIONS[collection].noun} "${id}" — add ${fileFor(collection, id)} or fix the id`,
      );
    }
  };
  for (const report of input.reports) {
    check(report, 'source', [report.sourceId], 'sources');
    check(report, 'cites', report.citedSourceIds, 'sources');
    check(report, 'events', report.eventIds, 'events');
    check(report, 'publishedAfter', [report.publishedAfterId], 'events');
    check(report, 'entities', report.entityIds, 'entities');
    check(
      report,
      'claims',
      report.claimRefs.map((ref) => ref.claimId),
      'claims',
    );
  }
  for (const claim of input.claims ?? []) {
    check(claim, 'claimant', [claim.claimantId], 'entities');
    check(claim, 'brokenBy', [claim.brokenById], 'sources');
    check(claim, 'entities', claim.entityIds, 'entities');
    check(claim, 'events', claim.eventIds, 'events');
    for (const change of claim.history) {
      check(claim, 'history', [change.outletId], 'sources');
      check(claim, 'history', [change.entityId], 'entities');
    }
    if (claim.basis === 'on-record' && !claim.claimantId) {
      problems.push(`${claim.filePath ?? claim.id}: "claimant" is missing — an on-record claim names who made it`);
    }
  }
  for (const event of input.events) {
    check(event, 'entities', event.entityIds, 'entities');
    check(event, 'outlets', event.outletIds, 'sources');
  }
  if (problems.length > 0) throw new DanglingReferenceError(problems);
}
