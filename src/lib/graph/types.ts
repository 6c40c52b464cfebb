// The story graph's shapes: what it is fed (plain values) and what it gives pages (resolved nodes).
import type { DateView, StoryDate, StorySpan } from '../dates';
import type { ClaimBasis, ClaimStatus } from '../../schemas/claims';
import type { Limits } from './limits';

/** The content types a graph carries through untouched in each node's `data`. */
export interface DataTypes {
  story: unknown;
  report: unknown;
  event: unknown;
  source: unknown;
  entity: unknown;
  claim: unknown;
}

/** A correction we made after publishing an entry. */
export interface CorrectionInput {
  date: StoryDate;
  note: string;
}

export interface SourceInput<T extends DataTypes> {
  id: string;
  filePath?: string;
  name: string;
  country?: string;
  language?: string;
  kind?: string;
  data: T['source'];
}
export interface EntityInput<T extends DataTypes> {
  id: string;
  filePath?: string;
  name: string;
  data: T['entity'];
}
export interface EventInput<T extends DataTypes> {
  id: string;
  filePath?: string;
  /** The stories it belongs to (ids of content/stories/ files); none in a graph built without stories. */
  storyIds?: string[];
  title: string;
  span: StorySpan;
  /** Among events of the same moment, lower ranks come first (e.g. a report before its denial). */
  kindRank: number;
  entityIds: string[];
  /** Outlets whose own reporting the event is (their scoop). */
  outletIds: string[];
  corrections?: CorrectionInput[];
  data: T['event'];
}
export interface ReportInput<T extends DataTypes> {
  id: string;
  filePath?: string;
  /** The stories it belongs to (ids of content/stories/ files); none in a graph built without stories. */
  storyIds?: string[];
  sourceId: string;
  attribution: 'confirmed' | 'probable';
  published: StoryDate;
  /** An event the report is known to have followed, which narrows a vague publication date. */
  publishedAfterId?: string;
  updated?: StoryDate;
  eventIds: string[];
  entityIds: string[];
  citedSourceIds: string[];
  claimRefs: { claimId: string; mentionsResponse?: boolean }[];
  /** Words in our digest, for its reading time. */
  words: number;
  /** When we added it to the site: what "new since your last visit" counts. */
  added: StoryDate;
  corrections?: CorrectionInput[];
  data: T['report'];
}
interface StatusChangeInput {
  status: ClaimStatus;
  date: StoryDate;
  approximate: boolean;
  outletId?: string;
  entityId?: string;
  note?: string;
}
export interface ClaimInput<T extends DataTypes> {
  id: string;
  filePath?: string;
  /** The stories it belongs to (ids of content/stories/ files); none in a graph built without stories. */
  storyIds?: string[];
  statement: string;
  basis: ClaimBasis;
  claimantId?: string;
  brokenById?: string;
  basisNote?: string;
  /** The first history entry is when a report here carried it; it was first reported earlier, by an unknown outlet. */
  firstReportedEarlier?: boolean;
  entityIds: string[];
  eventIds: string[];
  /** Oldest first; the last entry is where the claim stands now. */
  history: StatusChangeInput[];
  corrections?: CorrectionInput[];
  data: T['claim'];
}

/** A story the site follows (content/stories/<id>.yaml). */
export interface StoryEntryInput<T extends DataTypes> {
  id: string;
  filePath?: string;
  title: string;
  data: T['story'];
}

export interface StoryInput<T extends DataTypes> {
  /** The stories entries name; without it, no story membership is checked (a graph of one story's entries). */
  stories?: StoryEntryInput<T>[];
  reports: ReportInput<T>[];
  events: EventInput<T>[];
  sources: SourceInput<T>[];
  entities: EntityInput<T>[];
  claims?: ClaimInput<T>[];
  timeZone: string;
  /** How entities are grouped on their index page: the kinds in order, and each entity's kind. */
  entityKinds?: { order: readonly string[]; of: (entity: T['entity']) => string };
  /** Overrides of the list limits in limits.ts (tests use small ones to reach second pages). */
  limits?: Partial<Limits>;
}

/** A correction as shown: when, what, and on which entry. */
export interface Correction {
  when: DateView;
  note: string;
}

/** "First" as far as the dates prove it: one known first, or several of which any may be. */
export interface Priority<N> {
  /** The items that may have come first (or last); one when the order is known. */
  candidates: N[];
  known: boolean;
  /** Why the order is unknown, for a footnote or tooltip; empty when known. */
  why: string;
}

/**
 * What a card says of an item's priority in a list, decided and worded once: "first here" only when the dates
 * prove it, and always of our collection ("here"), never of the world.
 */
export interface PriorityMark {
  kind: 'only' | 'first' | 'among-first' | 'order-unknown';
  /** "The only report we hold", "First here", "Among the first here". */
  text: string;
  /** Shown after the text in a lighter weight: "— order unknown". */
  detail?: string;
  /** Why, for a tooltip and screen readers. */
  why: string;
}

export interface SourceNode<T extends DataTypes> {
  id: string;
  name: string;
  /** ISO 3166-1 code, when a source states it. */
  country?: string;
  language?: string;
  kind?: string;
  data: T['source'];
  /** Every report we hold from it is only probably its own: name it with "probable" wherever it appears. */
  probable: boolean;
  /** Its name as written anywhere it stands alone (titles, feeds): "Drive (probable)" when `probable`. */
  label: string;
  /** No report of its own here; reports cite it. */
  citedOnly: boolean;
  /** Its own reports, in story order. */
  reports: ReportNode<T>[];
  /** Reports that cite it, in story order. */
  citingReports: ReportNode<T>[];
  /** "Order not known" beside each of `reports` and `citingReports` whose place its dates do not prove. */
  reportOrderMarks: Record<string, PriorityMark>;
  citingOrderMarks: Record<string, PriorityMark>;
  /** Its own reports (or, for a cited-only outlet, the reports citing it), newest first, as many as a feed carries. */
  feed: ReportNode<T>[];
  /** Events that are its reporting (scoops), in story order. */
  scoops: EventNode<T>[];
  /** Outlets its reports rely on, most relied on first. */
  upstream: { source: SourceNode<T>; reports: number }[];
  /** Outlets whose reports rely on it, most reliant first. */
  downstream: { source: SourceNode<T>; reports: number }[];
}

export interface EntityNode<T extends DataTypes> {
  id: string;
  name: string;
  data: T['entity'];
  /** Reports naming it, story order; `feed` the newest of them, as many as a feed carries. */
  reports: ReportNode<T>[];
  feed: ReportNode<T>[];
  events: EventNode<T>[];
  claims: ClaimNode<T>[];
  /** "Order not known" beside each report, event or claim whose place in its list its dates do not prove. */
  reportOrderMarks: Record<string, PriorityMark>;
  eventOrderMarks: Record<string, PriorityMark>;
  claimOrderMarks: Record<string, PriorityMark>;
}

export interface EventNode<T extends DataTypes> {
  id: string;
  /** Ids of the stories it belongs to. */
  storyIds: string[];
  title: string;
  data: T['event'];
  span: StorySpan;
  when: DateView;
  planned: boolean;
  entities: EntityNode<T>[];
  /** Outlets whose scoop this is. */
  brokeBy: SourceNode<T>[];
  /** Reports covering it, story order. */
  reports: ReportNode<T>[];
  /** Outlets covering it, in the order of their first report. */
  coveringSources: SourceNode<T>[];
  /** Which report(s) in our collection may have covered it first. */
  firstCoverage: Priority<ReportNode<T>>;
  /**
   * An upper bound its date does not give: the earliest report here that covers it ended before the event's
   * date could, so it had happened by then ("By 4 February 2026, when AutoPapo reported it").
   */
  knownBy?: { report: ReportNode<T>; text: string };
  /** The priority mark of each report that may have covered it first here, by report id. */
  coverageMarks: Record<string, PriorityMark>;
  /** The mark beside each of `reports`: its priority mark, else "Order not known" where its place is unproven. */
  reportMarks: Record<string, PriorityMark>;
  /** How widely it was covered: outlets, and the countries of those whose country is known. */
  reach: Reach;
  corrections: Correction[];
}

export interface Reach {
  outlets: number;
  countries: string[];
  /** Of `countries`, those known only through outlets we probably attribute: name them "(probable)". */
  probableCountries: string[];
  /** Covering outlets whose country no source states. */
  unknownCountry: number;
}

export interface ReportNode<T extends DataTypes> {
  id: string;
  /** Ids of the stories it belongs to. */
  storyIds: string[];
  data: T['report'];
  source: SourceNode<T>;
  attribution: 'confirmed' | 'probable';
  published: DateView;
  /** The event it is known to have followed (a scoop it relays): its place after that event is proven. */
  followed?: EventNode<T>;
  updated?: DateView;
  /** Story order, not authoring order. */
  events: EventNode<T>[];
  /** "Order not known" beside each of `events` whose place its dates do not prove. */
  eventOrderMarks: Record<string, PriorityMark>;
  entities: EntityNode<T>[];
  cited: SourceNode<T>[];
  claims: CarriedClaim<T>[];
  related: { report: ReportNode<T>; sharedEvents: number }[];
  previous?: ReportNode<T>;
  next?: ReportNode<T>;
  /** "Order not known" on the link to `previous` or `next` when the dates do not prove it came before or after. */
  previousMark?: PriorityMark;
  nextMark?: PriorityMark;
  readingMinutes: number;
  added: DateView;
  corrections: Correction[];
}

export interface CarriedClaim<T extends DataTypes> {
  claim: ClaimNode<T>;
  report: ReportNode<T>;
  /** Whether the report mentions the response the claim had by then; undefined when there was none. */
  mentionsResponse?: boolean;
}

type Mover<T extends DataTypes> = { kind: 'outlet'; source: SourceNode<T> } | { kind: 'entity'; entity: EntityNode<T> };

export interface StatusChangeNode<T extends DataTypes> {
  status: ClaimStatus;
  label: string;
  when: DateView;
  by: Mover<T>;
  /** The words before the mover: "by", or "carried here by" where the change only records a report here carrying it. */
  byWords: string;
  note?: string;
}

/** A piece of a claim's origin line: words, or a name or date that pages can link. */
export type OriginPiece<T extends DataTypes> =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; entity: EntityNode<T> }
  | { kind: 'outlet'; source: SourceNode<T> }
  | { kind: 'report'; report: ReportNode<T> }
  | { kind: 'date'; date: DateView }
  /** "(order unknown)", with why in the claim's `firstCarried.why`. */
  | { kind: 'unknown'; text: string };

export interface ClaimNode<T extends DataTypes> {
  id: string;
  /** Ids of the stories it belongs to. */
  storyIds: string[];
  statement: string;
  data: T['claim'];
  status: ClaimStatus;
  statusLabel: string;
  /** The statement with its status before it: "Denied: Ford held talks with Xiaomi…". */
  titled: string;
  basis: ClaimBasis;
  basisLabel: string;
  basisNote?: string;
  claimant?: EntityNode<T>;
  brokenBy?: SourceNode<T>;
  /**
   * When it was first made (the first entry of its history); when `firstReportedEarlier`, only when a report
   * here first carried it, and its interval opens to any earlier time.
   */
  made: DateView;
  firstReportedEarlier: boolean;
  /** Who said or broke it, when, and who first carried it here, in one line of text. */
  origin: string;
  /** The same line in pieces, for pages that link its names; `origin` is these pieces as text. */
  originPieces: OriginPiece<T>[];
  history: StatusChangeNode<T>[];
  carriers: CarriedClaim<T>[];
  firstCarried: Priority<ReportNode<T>>;
  entities: EntityNode<T>[];
  events: EventNode<T>[];
  corrections: Correction[];
}
