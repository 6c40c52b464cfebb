import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../helpers/dist';

const dist = mkdtempSync(join(tmpdir(), 'dist-links-'));
const write = (file: string, body: string) => {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), `<!doctype html><html><body>${body}</body></html>`);
};

write(
  'index.html',
  '<a href="/story/a/">ok</a><a href="/story/a/#here">ok</a><a href="https://example.com/">external</a><img src="/story/pic.png" alt="">',
);
write(
  'a/index.html',
  '<h2 id="here">Here</h2><a href="../">up</a><a href="/story/missing/">missing</a><a href="/story/#nowhere">bad fragment</a><a href="/elsewhere/">outside</a>',
);
write('pic.png', 'png');

describe('the dist link checker', () => {
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds missing pages, missing fragments and links that leave the base path', () => {
    const { checked, broken } = findBrokenLinks(dist, '/story/');
    expect(checked).toBe(7);
    expect(broken).toEqual([
      { page: '/story/a/', url: '/story/missing/', reason: 'no file missing/index.html in dist' },
      { page: '/story/a/', url: '/story/#nowhere', reason: 'no element with id "nowhere"' },
      { page: '/story/a/', url: '/elsewhere/', reason: 'outside the base path /story/' },
    ]);
  });
});
