import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build';

const content = 'tmp/test-content/broken-references';

describe('a report naming entries that do not exist', () => {
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('fails the build with the file, the field and a fix', () => {
    rmSync(content, { recursive: true, force: true });
    cpSync('content', content, { recursive: true });
    writeFileSync(
      `${content}/reports/dangling.md`,
      [
        '---',
        'headline: "A report citing an outlet we do not have"',
        'source: electrek',
        'attribution: confirmed',
        'published: "2026-02-20"',
        'language: en',
        'summary: "A fixture."',
        'cites: [blomberg]',
        'events: [no-such-event]',
        '---',
        'Body.',
      ].join('\n'),
    );
    const { status, output } = buildSite(`${TEST_BUILDS}/broken`, { CONTENT_DIR: content });
    expect(status).not.toBe(0);
    expect(output).toContain('"cites" names unknown outlet "blomberg"');
    expect(output).toContain('add content/sources/blomberg.yaml or fix the id');
    expect(output).toContain('"events" names unknown event "no-such-event"');
    expect(output).toMatch(/dangling\.md/);
  });
});
