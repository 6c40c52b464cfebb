// The entity page's view (who they are, and the events, claims and reports that involve them) and the entities
// index's view (everyone the story names, grouped by kind).
import { count } from '../graph';
import { countryName, entityKindLabel } from '../labels';
import { paths } from '../routes';
import type { Entity } from '../story-types';
import { entityThing } from '../structured-data';
import type { ClaimItem, EntityRef, EventItem, ListView, ReportItem } from './cards';
import type { ViewContext } from './context';
import { reportGroups, type ReportGroupView } from './membership';
import type { FactView } from './outlet';
import type { ENTITY_KINDS } from '../../schemas/entities';

type EntityKind = keyof typeof ENTITY_KINDS;

export interface EntityView {
  id: string;
  name: string;
  /** "Person", "Company"…: the page's kicker. */
  kindLabel: string;
  role: string;
  /** The page's meta description. */
  description: string;
  country: FactView;
  /** Its other names, joined for the facts list; absent when it has none. */
  aliases?: string;
  /** Its feed of reports naming it, and the words linking to it. */
  feed: { title: string; href: string; linkText: string };
  jsonLd: object;
  feeds: { title: string; href: string }[];
  events: EventItem[];
  claims: ClaimItem[];
  /** Reports naming it, cut at the list limit; `total` counts them all; `byStory` when the site follows several. */
  reports: {
    total: number;
    list: ListView<ReportItem>;
    byStory?: ReportGroupView[];
    more: { href: string; label: string };
  };
}

/** An entity in the index: its link, role, and how many reports and events name it. */
interface EntitySummaryView {
  entity: EntityRef;
  role: string;
  reportsText: string;
  eventsText: string;
}

export interface EntitiesIndexView {
  description: string;
  /** "12 names that appear in the reports and events of this story." */
  lede: string;
  /** The story's entities grouped by kind, in the kinds' order. */
  groups: { kind: string; label: string; entities: EntitySummaryView[] }[];
}

export function entityView(entity: Entity, context: ViewContext): EntityView {
  const { cards, absolute } = context;
  const { data } = entity;
  const feed = cards.entityFeed(entity);
  return {
    id: entity.id,
    name: data.name,
    kindLabel: entityKindLabel(data.kind),
    role: data.role,
    description: `${data.name}: ${data.role}. Events and reports that involve them.`,
    country: data.country
      ? { text: countryName(data.country), known: true }
      : { text: 'Not stated by our sources', known: false },
    aliases: data.aliases.length > 0 ? data.aliases.join(', ') : undefined,
    feed: { ...feed, linkText: `RSS feed of reports naming ${data.name}` },
    jsonLd: entityThing({
      kind: data.kind,
      name: data.name,
      url: absolute(paths.entity(entity.id)),
      role: data.role,
      aliases: data.aliases,
    }),
    feeds: [feed],
    events: cards.events(entity.events, entity.eventOrderMarks),
    claims: cards.claims(entity.claims, entity.claimOrderMarks),
    reports: {
      total: entity.reports.length,
      list: cards.reports(entity.reports, entity.reportOrderMarks),
      byStory: reportGroups(entity.reports, context),
      more: { href: feed.href, label: `Follow the feed of reports naming ${data.name}.` },
    },
  };
}

export function entitiesIndexView({ story, scope, cards }: ViewContext): EntitiesIndexView {
  return {
    description: `The people, companies and governments named in “${scope.title}”.`,
    lede: `${count(story.entities.length, 'name')} that appear in the reports and events of this story.`,
    groups: story.entitiesByKind.map(({ kind, entities }) => ({
      kind,
      // The graph groups by `entityKinds.of`, which src/content.ts makes the entity's schema kind.
      label: entityKindLabel(kind as EntityKind),
      entities: entities.map((entity) => ({
        entity: cards.entity(entity),
        role: entity.data.role,
        reportsText: count(entity.reports.length, 'report'),
        eventsText: count(entity.events.length, 'event'),
      })),
    })),
  };
}
