// The site's node types: the story graph's nodes carrying our collections' data. Types only, so components
// can name what they take without importing the data module.
import type { ClaimData } from '../schemas/claims';
import type { EntityData } from '../schemas/entities';
import type { EventData } from '../schemas/events';
import type { ReportData } from '../schemas/reports';
import type { SourceData } from '../schemas/sources';
import type { StoryData } from '../schemas/stories';
import type {
  CarriedClaim,
  ClaimNode,
  CoverageMatrix,
  EntityNode,
  EventNode,
  PriorityMark,
  ReportNode,
  SourceNode,
  StoryGraph,
  TimelinePage,
  TimelinePeriod,
} from './graph';

export interface ContentTypes {
  story: StoryData;
  report: ReportData;
  event: EventData;
  source: SourceData;
  entity: EntityData;
  claim: ClaimData;
}

export type Story = StoryGraph<ContentTypes>;
export type Report = ReportNode<ContentTypes>;
export type StoryEvent = EventNode<ContentTypes>;
export type Source = SourceNode<ContentTypes>;
export type Entity = EntityNode<ContentTypes>;
export type Claim = ClaimNode<ContentTypes>;
export type Carried = CarriedClaim<ContentTypes>;
export type Period = TimelinePeriod<ContentTypes>;
export type Page = TimelinePage<ContentTypes>;
export type Coverage = CoverageMatrix<ContentTypes>;
export type { PriorityMark };
/** A date as pages show it; its home is src/lib/dates, named here beside the node types pages and views use. */
export type { DateView } from './dates';
