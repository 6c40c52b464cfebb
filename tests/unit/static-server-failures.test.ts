// The static server when the file system lets it down mid-request (a site rebuilt while it is served), and the
// compression it does once per version of a file: node:fs and node:zlib are the real ones, watched by spies.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return { ...real, statSync: vi.fn(real.statSync), createReadStream: vi.fn(real.createReadStream) };
});
vi.mock('node:zlib', async (importOriginal) => {
  const real = await importOriginal<typeof zlib>();
  return { ...real, brotliCompressSync: vi.fn(real.brotliCompressSync) };
});

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = fs.mkdtempSync(join(tmpdir(), 'static-server-failures-'));
  fs.writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  fs.writeFileSync(join(root, 'page.html'), '<h1>a page</h1>');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  vi.mocked(fs.statSync).mockReset();
  vi.mocked(fs.createReadStream).mockReset();
  vi.restoreAllMocks();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, server.url), { headers });

describe('the static server, when a file fails it', () => {
  it('answers 500 for a file that vanishes once found, says which, and goes on serving', async () => {
    const real = vi.mocked(fs.statSync).getMockImplementation()!;
    const page = join(root, 'page.html');
    vi.mocked(fs.statSync).mockImplementation(((path: fs.PathLike, options?: fs.StatSyncOptions) => {
      if (path === page)
        throw Object.assign(new Error(`ENOENT: no such file or directory, stat '${page}'`), { code: 'ENOENT' });
      return real(path, options);
    }) as typeof fs.statSync);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await get('/page.html');
    expect([response.status, await response.text()]).toEqual([500, '']);
    expect(log.mock.calls).toEqual([[`[server] /page.html: ENOENT: no such file or directory, stat '${page}'`]]);
    expect((await get('/')).status).toBe(200);
  });

  it('drops the connection when a file cannot be read after its headers are decided, and goes on serving', async () => {
    vi.mocked(fs.createReadStream).mockImplementationOnce(
      () =>
        new Readable({
          read() {
            this.destroy(new Error('EIO: i/o error, read'));
          },
        }) as fs.ReadStream,
    );
    // Uncompressed: the file is streamed.
    const plain = { 'accept-encoding': 'identity' };
    await expect(get('/page.html', plain).then((response) => response.text())).rejects.toThrow();
    expect(await (await get('/page.html', plain)).text()).toBe('<h1>a page</h1>');
  });
});

describe('the static server’s compression', () => {
  it('compresses each version of a file once, however often it is asked for', async () => {
    const compress = vi.mocked(zlib.brotliCompressSync);
    compress.mockClear();
    const file = join(root, 'story.html');
    fs.writeFileSync(file, '<p>The first version of a story, long enough to be worth compressing.</p>');
    for (let turn = 0; turn < 3; turn++) await (await get('/story.html', { 'accept-encoding': 'br' })).text();
    expect(compress).toHaveBeenCalledTimes(1);
    fs.writeFileSync(file, '<p>The second version of the story, which is a little longer than the first.</p>');
    const text = await (await get('/story.html', { 'accept-encoding': 'br' })).text();
    expect([text, compress.mock.calls.length]).toEqual([
      '<p>The second version of the story, which is a little longer than the first.</p>',
      2,
    ]);
  });
});
