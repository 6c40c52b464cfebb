// Every reference between entries checked at once, before anything is built on them. Which field names which
// collection comes from the registry (src/lib/collections.ts); here is only where each field's ids are found in the
// graph's plain inputs, a table the compiler holds to the registry: a reference field added there fails the type
// check until it is read here, so `resolveNodes` never meets an id that was not checked.
import { COLLECTION_NAMES, COLLECTIONS, fileFor, type CollectionName } from '../collections';
import type {
  ClaimInput,
  DataTypes,
  EntityInput,
  EventInput,
  ReportInput,
  SourceInput,
  StoryEntryInput,
  StoryInput,
} from './types';

/** Thrown when content points at entries that do not exist; lists every dangling reference at once. */
export class DanglingReferenceError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} broken reference(s) in content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DanglingReferenceError';
  }
}

/** An entry of the graph's input, as a problem names it: by its file, or by its id when it has none. */
export interface Owner {
  id: string;
  filePath?: string;
}

/** "content/reports/x.md: "source" names unknown outlet "y" — add content/sources/y.yaml or fix the id". */
const unknownReference = (owner: Owner, field: string, target: CollectionName, id: string) =>
  `${owner.filePath ?? owner.id}: "${field}" names unknown ${COLLECTIONS[target].noun} "${id}" — add ${fileFor(target, id)} or fix the id`;

interface Inputs {
  stories: StoryEntryInput<DataTypes>;
  sources: SourceInput<DataTypes>;
  entities: EntityInput<DataTypes>;
  events: EventInput<DataTypes>;
  reports: ReportInput<DataTypes>;
  claims: ClaimInput<DataTypes>;
}
type IdsOf<C extends CollectionName> = {
  readonly [Path in keyof (typeof COLLECTIONS)[C]['references']]: (entry: Inputs[C]) => (string | undefined)[];
};

/** Where the graph's input keeps the ids of each reference field of the registry, in the order problems are listed. */
const INPUT_IDS: { [C in CollectionName]: IdsOf<C> } = {
  reports: {
    stories: (report) => report.storyIds ?? [],
    source: (report) => [report.sourceId],
    cites: (report) => report.citedSourceIds,
    events: (report) => report.eventIds,
    publishedAfter: (report) => [report.publishedAfterId],
    entities: (report) => report.entityIds,
    'claims.claim': (report) => report.claimRefs.map((ref) => ref.claimId),
  },
  claims: {
    stories: (claim) => claim.storyIds ?? [],
    claimant: (claim) => [claim.claimantId],
    brokenBy: (claim) => [claim.brokenById],
    entities: (claim) => claim.entityIds,
    events: (claim) => claim.eventIds,
    'history.entity': (claim) => claim.history.map((change) => change.entityId),
    'history.outlet': (claim) => claim.history.map((change) => change.outletId),
  },
  events: {
    stories: (event) => event.storyIds ?? [],
    entities: (event) => event.entityIds,
    outlets: (event) => event.outletIds,
  },
  stories: {},
  sources: {},
  entities: {},
};

type IdsFn = (entry: Owner) => (string | undefined)[];

export function checkReferences<T extends DataTypes>(input: StoryInput<T>): void {
  const entries: { [C in CollectionName]: Inputs[C][] } = {
    stories: input.stories ?? [],
    sources: input.sources,
    entities: input.entities,
    events: input.events,
    reports: input.reports,
    claims: input.claims ?? [],
  };
  const known = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set(entries[name].map((entry) => entry.id))]),
  ) as Record<CollectionName, Set<string>>;
  const problems: string[] = [];
  for (const [owner, paths] of Object.entries(INPUT_IDS) as [CollectionName, Record<string, IdsFn>][]) {
    const targets: Record<string, CollectionName> = COLLECTIONS[owner].references;
    for (const entry of entries[owner]) {
      for (const [path, idsOf] of Object.entries(paths)) {
        const field = path.split('.')[0];
        // A graph built without its stories (one story's entries, a test's) does not check membership.
        if (targets[path] === 'stories' && !input.stories) continue;
        for (const id of idsOf(entry)) {
          if (id !== undefined && !known[targets[path]].has(id))
            problems.push(unknownReference(entry, field, targets[path], id));
        }
      }
    }
  }
  if (problems.length > 0) throw new DanglingReferenceError(problems);
}

/**
 * Looks up a referenced node. `checkReferences` has seen every id by then; should a reference field ever be read
 * without being checked, this says which file and field name what, instead of failing on `undefined` later.
 */
export function resolve<N>(
  nodes: Map<string, N>,
  owner: Owner,
  field: string,
  target: CollectionName,
): (id: string) => N {
  return (id) => {
    const node = nodes.get(id);
    if (node === undefined) throw new DanglingReferenceError([unknownReference(owner, field, target, id)]);
    return node;
  };
}
