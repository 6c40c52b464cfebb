// `npm run edit` stops both of its servers (astro dev and decap-server) when npm itself is stopped by its process id,
// as a process manager or an editor's tool stops it: npm passes the signal only to the shell running the script.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/nginx';

const work = mkdtempSync(join(tmpdir(), 'edit-stop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Whether something accepts connections on the port, on 127.0.0.1. */
const listening = (port: number) =>
  new Promise<boolean>((answer) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });

describe('npm run edit', () => {
  it('stops the dev site and the CMS backend when npm is stopped by its process id', async () => {
    cpSync('content', join(work, 'content'), { recursive: true });
    const sitePort = await freePort();
    let backendPort = await freePort();
    while (backendPort === sitePort) backendPort = await freePort();
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
    );
    const npm = spawn(
      'npm',
      ['run', 'edit', '--', '--port', String(sitePort), '--host', '127.0.0.1', '--cms-port', String(backendPort)],
      {
        env: { ...env, CONTENT_DIR: join(work, 'content'), ASTRO_CACHE_DIR: join(work, 'cache'), FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own group, so that a failure can stop whatever it left behind, and nothing else.
        detached: true,
      },
    );
    let output = '';
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk));
    try {
      await new Promise<void>((ready, fail) => {
        npm.stdout.on('data', (chunk: Buffer) => {
          output += chunk;
          if (output.includes('CMS: ')) ready();
        });
        npm.once('exit', (code) => fail(new Error(`npm run edit exited with ${code}:\n${output}`)));
      });
      await expect.poll(() => listening(backendPort), { timeout: 30_000 }).toBe(true);
      expect(await listening(sitePort)).toBe(true);

      npm.kill('SIGTERM');
      const servers = async () => `site ${await listening(sitePort)}, backend ${await listening(backendPort)}`;
      await expect.poll(servers, { timeout: 15_000 }).toBe('site false, backend false');
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // every process of the group is gone already
      }
    }
  }, 120_000);
});
