// A view context for unit tests of src/lib/views: the test site's settings, a fixed site URL, and a digest
// fingerprint per report (its id), as src/content.ts gives them for a build.
import type { Story } from '../../src/lib/story-types';
import { createViews, type Views } from '../../src/lib/views';
import { SITE } from './graph-fixture';

export const viewsOf = (story: Story): Views =>
  createViews(story, {
    site: SITE,
    siteUrl: new URL('https://news.example.test/'),
    digests: new Map(story.reports.map((report) => [report.id, `digest:${report.id}`])),
  });
