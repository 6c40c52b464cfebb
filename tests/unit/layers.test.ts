// The layers as CONTRIBUTING.md draws them, checked on the source code (property reads and calls, not prose): pages and components display a view; they do
// not test an outlet's attribution, cut a list to a limit, decide priority or order, or read the data module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const display = [...filesUnder('src/pages'), ...filesUnder('src/components'), ...filesUnder('src/layouts')].filter(
  (file) => /\.(astro|ts)$/.test(file) && !file.startsWith(join('src', 'pages', 'admin')),
);

/** Lines of display code matching a pattern, as "file:line: text". */
const offending = (pattern: RegExp, files = display) =>
  files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );

describe('pages and components display views', () => {
  it('test no attribution: "probable" comes with the outlet ref', () => {
    expect(
      offending(/\.attribution\b|\bsource\.probable\b|\.probable\s*\?\?|probableCountries|probableNote\(/),
    ).toEqual([]);
  });

  it('cut no list to a limit: the view holds the items shown and says how many more', () => {
    expect(offending(/\.slice\(|\blimits?\.|\blimit=|\beventCardReports\b|\breportList\b/)).toEqual([]);
  });

  it('decide no priority or order: marks come from the graph through the view', () => {
    expect(offending(/priorityMarks\(|orderMarks\(|\.firstCoverage\b|\.firstCarried\b|storyOrder|\.sort\(/)).toEqual(
      [],
    );
  });

  it('title no feed: a feed title comes from the one function that titles feeds', () => {
    expect(offending(/feedTitle\(/)).toEqual([]);
  });

  it('components and layouts never read the data module', () => {
    const components = display.filter((file) => !file.startsWith(join('src', 'pages')));
    expect(offending(/from ['"](\.\.\/)+content['"]/, components)).toEqual([]);
  });
});
