// One article, one report: two reports with the same original address would be counted as two reports.
import { groupBy, type Rule } from './context';

/**
 * Same address whatever the scheme (http or https), a leading "www.", the case of the host, a trailing slash,
 * a fragment or tracking parameters: outlets serve one article under all of these.
 */
function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'http:') parsed.protocol = 'https:';
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (key.startsWith('utm_')) parsed.searchParams.delete(key);
  return parsed.href.replace(/\/$/, '');
}

export const duplicateUrls: Rule = {
  name: 'duplicate-urls',
  check({ entries, error }) {
    const withUrl = entries.reports.filter((report) => report.data.url);
    for (const reports of groupBy(withUrl, (report) => canonicalUrl(report.data.url!)).values()) {
      for (const { parsed } of reports) {
        const others = reports.filter((other) => other.parsed !== parsed).map((other) => other.parsed.file);
        if (others.length)
          error(parsed, `is the same article as ${others.join(', ')} — merge the reports or fix the address`, ['url']);
      }
    }
  },
};
