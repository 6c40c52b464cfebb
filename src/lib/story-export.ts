// Builds the open-data export from the story graph: every entry, every link, by id; dates with their precision.
import type { SiteData } from '../schemas/site';
import { STORY_EXPORT_VERSION, type StoryExport } from '../schemas/story-export';
import { dateView, type DateView } from './dates';
import type { Priority, ReportNode } from './graph';
import { paths } from './routes';
import type { ContentTypes, Story } from './story-types';
import type { Scope, StoryEntry } from './views/context';

export interface ExportInput {
  site: SiteData;
  story: Story;
  /** What the export covers: one story, or every story the site follows. */
  scope: Scope;
  /** The stories the export lists, which its reports, events and claims name by id. */
  stories: StoryEntry[];
  /** Absolute URL of a root-relative path on the deployed site. */
  absolute: (path: string) => string;
}

/** A date as story.json gives it; `iso` is the view's `isoPartial`, a time only where `instantOf` allows one. */
const dateOf = ({ span, known, isoPartial, interval }: DateView) => ({
  value: span.start.value,
  precision: span.start.precision,
  known,
  iso: isoPartial ?? null,
  earliest: new Date(interval.earliest).toISOString(),
  latest: new Date(interval.latest).toISOString(),
});

const priorityOf = ({ candidates, known }: Priority<ReportNode<ContentTypes>>) => ({
  reports: candidates.map((report) => report.id),
  known,
});

const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);

export function buildStoryExport({ site, story, scope, stories, absolute }: ExportInput): StoryExport {
  return {
    $schema: absolute(paths.storySchema()),
    schemaVersion: STORY_EXPORT_VERSION,
    story: {
      title: scope.title,
      description: scope.description,
      site: site.name,
      url: absolute(scope.routes.home()),
      language: site.language,
      timeZone: site.timeZone,
    },
    stories: stories.map(({ id, home, data }) => ({
      id,
      url: absolute(home),
      title: data.title,
      description: data.description,
      status: data.status,
      started: data.started ? dateOf(dateView({ start: data.started }, site.timeZone)) : null,
    })),
    outlets: story.sources.map(({ id, data }) => ({
      id,
      url: absolute(paths.source(id)),
      name: data.name,
      homepage: data.homepage,
      country: data.country ?? null,
      language: data.language,
      kind: data.kind ?? null,
    })),
    entities: story.entities.map(({ id, data }) => ({
      id,
      url: absolute(paths.entity(id)),
      name: data.name,
      kind: data.kind,
      role: data.role,
      country: data.country ?? null,
      aliases: data.aliases,
    })),
    events: story.events.map((event) => ({
      id: event.id,
      url: absolute(paths.event(event.id)),
      stories: event.storyIds,
      title: event.title,
      date: dateOf(dateView({ ...event.span, end: undefined }, site.timeZone)),
      end: event.span.end
        ? dateOf(dateView({ ...event.span, start: event.span.end, end: undefined }, site.timeZone))
        : null,
      approximate: event.data.approximate,
      planned: event.planned,
      kind: event.data.kind,
      summary: event.data.summary,
      entities: idsOf(event.entities),
      outlets: idsOf(event.brokeBy),
      firstCoverage: priorityOf(event.firstCoverage),
    })),
    reports: story.reports.map((report) => ({
      id: report.id,
      url: absolute(paths.report(report.id)),
      stories: report.storyIds,
      headline: report.data.headline,
      outlet: report.source.id,
      attribution: report.attribution,
      authors: report.data.authors,
      published: dateOf(report.published),
      publishedAfter: report.data.publishedAfter?.id ?? null,
      updated: report.updated ? dateOf(report.updated) : null,
      originalUrl: report.data.url ?? null,
      language: report.data.language,
      translatedFrom: report.data.translatedFrom ?? null,
      summary: report.data.summary,
      events: idsOf(report.events),
      entities: idsOf(report.entities),
      cites: idsOf(report.cited),
      claims: report.claims.map(({ claim, mentionsResponse }) => ({
        claim: claim.id,
        mentionsResponse: mentionsResponse ?? null,
      })),
      caveats: report.data.caveats,
    })),
    claims: story.claims.map((claim) => ({
      id: claim.id,
      url: absolute(paths.claim(claim.id)),
      stories: claim.storyIds,
      statement: claim.statement,
      status: claim.status,
      titled: claim.titled,
      basis: claim.basis,
      claimant: claim.claimant?.id ?? null,
      brokenBy: claim.brokenBy?.id ?? null,
      firstCarried: priorityOf(claim.firstCarried),
      basisNote: claim.basisNote ?? null,
      entities: idsOf(claim.entities),
      events: idsOf(claim.events),
      history: claim.history.map((change) => ({
        status: change.status,
        date: dateOf(change.when),
        approximate: change.when.known === 'approximate',
        outlet: change.by.kind === 'outlet' ? change.by.source.id : null,
        entity: change.by.kind === 'entity' ? change.by.entity.id : null,
        note: change.note ?? null,
      })),
    })),
  };
}
