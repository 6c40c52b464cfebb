// Builds the open-data export from the story as the site shows it: every entry, every link, by id.
import type { Claim, Entity, Report, Source, StoryEvent } from '../content';
import type { SiteData } from '../schemas/site';
import { STORY_EXPORT_VERSION, type StoryExport } from '../schemas/story-export';
import type { StoryDate } from './dates';
import { paths } from './routes';

export interface ExportInput {
  site: SiteData;
  sources: Source[];
  entities: Entity[];
  events: StoryEvent[];
  reports: Report[];
  claims: Claim[];
  /** Absolute URL of a root-relative path on the deployed site. */
  absolute: (path: string) => string;
}

const dateOf = ({ value, precision }: StoryDate) => ({ value, precision });

export function buildStoryExport({ site, sources, entities, events, reports, claims, absolute }: ExportInput): StoryExport {
  return {
    $schema: absolute(paths.storySchema()),
    schemaVersion: STORY_EXPORT_VERSION,
    story: {
      title: site.story.title,
      description: site.story.description,
      site: site.name,
      url: absolute(paths.home()),
      language: site.language,
      timeZone: site.timeZone,
    },
    outlets: sources.map(({ id, data }) => ({
      id,
      url: absolute(paths.source(id)),
      name: data.name,
      homepage: data.homepage,
      country: data.country ?? null,
      language: data.language,
      kind: data.kind,
    })),
    entities: entities.map(({ id, data }) => ({
      id,
      url: absolute(paths.entity(id)),
      name: data.name,
      kind: data.kind,
      role: data.role,
      country: data.country,
      aliases: data.aliases,
    })),
    events: events.map((event) => ({
      id: event.id,
      url: absolute(paths.event(event.id)),
      title: event.data.title,
      date: dateOf(event.data.date),
      end: event.data.end ? dateOf(event.data.end) : null,
      approximate: event.data.approximate,
      planned: event.data.planned,
      kind: event.data.kind,
      summary: event.data.summary,
      entities: event.entityIds,
      outlets: event.outletIds,
    })),
    reports: reports.map((report) => ({
      id: report.id,
      url: absolute(paths.report(report.id)),
      headline: report.data.headline,
      outlet: report.sourceId,
      attribution: report.data.attribution,
      authors: report.data.authors,
      published: dateOf(report.data.published),
      updated: report.data.updated ? dateOf(report.data.updated) : null,
      originalUrl: report.data.url ?? null,
      language: report.data.language,
      translatedFrom: report.data.translatedFrom ?? null,
      summary: report.data.summary,
      events: report.eventIds,
      entities: report.entityIds,
      cites: report.citedSourceIds,
      claims: report.claimRefs.map(({ claimId, mentionsResponse }) => ({ claim: claimId, mentionsResponse: mentionsResponse ?? null })),
      caveats: report.data.caveats,
    })),
    claims: claims.map((claim) => ({
      id: claim.id,
      url: absolute(paths.claim(claim.id)),
      statement: claim.data.statement,
      status: claim.data.history.at(-1)!.status,
      firstReportedBy: claim.firstReportedBy,
      basis: claim.data.basis,
      basisNote: claim.data.basisNote ?? null,
      entities: claim.entityIds,
      events: claim.eventIds,
      history: claim.data.history.map((change) => ({
        status: change.status,
        date: dateOf(change.date),
        approximate: change.approximate,
        outlet: change.outlet?.id ?? null,
        entity: change.entity?.id ?? null,
        note: change.note ?? null,
      })),
    })),
  };
}
