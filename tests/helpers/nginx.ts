// Serves a built site with the machine's nginx on loopback, from the recipe operators copy: deploy/nginx.conf.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const NGINX_CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(
  Boolean,
) as string[];

export const findNginx = () => NGINX_CANDIDATES.find((path) => existsSync(path));

/** The server block operators copy; the tests serve every build through it. */
export const DEPLOY_RECIPE = 'deploy/nginx.conf';

/** A port the OS says is free on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** "/jv-story/" from "jv-story", "/jv-story" or "/jv-story/"; "/" for the root. */
const normalisePrefix = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * deploy/nginx.conf with the edits an operator makes, and nothing else: listen on 127.0.0.1:port only, serve
 * distDir, and under a sub-path swap in the three lines marked "sub-path". Throws when the recipe no longer has
 * a line it expects, so the recipe and the tests cannot drift apart.
 */
export function nginxConfigFromRecipe(
  recipe: string,
  { port, distDir, base }: { port: number; distDir: string; base: string },
): string {
  const prefix = normalisePrefix(base);
  let config = recipe;
  const edit = (line: RegExp, replacement: string) => {
    if ((config.match(new RegExp(line.source, 'gm')) ?? []).length !== 1) {
      throw new Error(
        `${DEPLOY_RECIPE} no longer has exactly one line matching ${line}: update it and tests/helpers/nginx.ts together`,
      );
    }
    config = config.replace(new RegExp(line.source, 'm'), replacement);
  };
  edit(/^(\s*)listen 80;$/, `$1listen 127.0.0.1:${port};`);
  edit(/^\s*listen \[::\]:80;\n/, '');
  edit(/^(\s*)alias \/srv\/jv-watch\/dist\/;$/, `$1alias ${resolve(distDir)}/;`);
  const marked = /^([ \t]*)(?:[^#\n]*\S[ \t]+)?# sub-path: (.+)$/gm;
  const markedLines = config.match(marked) ?? [];
  if (markedLines.length !== 3)
    throw new Error(`${DEPLOY_RECIPE} should have three lines marked "# sub-path:", has ${markedLines.length}`);
  if (prefix !== '/')
    config = config.replace(
      marked,
      (_, indent: string, subPath: string) => indent + subPath.replaceAll('/jv-story', prefix.slice(0, -1)),
    );
  return config;
}

/** Starts nginx from deploy/nginx.conf, inside a minimal main configuration like a distribution's /etc/nginx/nginx.conf. */
export async function serveWithNginx(
  nginx: string,
  distDir: string,
  base: string,
  port: number,
  workDir: string,
): Promise<RunningServer> {
  mkdirSync(`${workDir}/conf.d`, { recursive: true });
  const work = resolve(workDir);
  const site = nginxConfigFromRecipe(readFileSync(DEPLOY_RECIPE, 'utf8'), { port, distDir, base });
  writeFileSync(`${work}/conf.d/jv-watch.conf`, site);
  const main = `
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/conf.d/jv-watch.conf;
}
`;
  writeFileSync(`${work}/nginx.conf`, main);
  const server: ChildProcess = spawn(nginx, ['-c', `${work}/nginx.conf`, '-p', work, '-g', 'daemon off;'], {
    stdio: 'pipe',
  });
  let log = '';
  server.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}${normalisePrefix(base)}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (server.exitCode !== null) throw new Error(`nginx exited (${server.exitCode}): ${log}`);
    const up = await fetch(url).then(
      () => true,
      () => false,
    );
    if (up) {
      return {
        url,
        stop: () =>
          new Promise((done) =>
            server.exitCode !== null ? done() : (server.once('exit', () => done()), server.kill('SIGQUIT')),
          ),
      };
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  server.kill();
  throw new Error(`nginx did not answer at ${url}: ${log}`);
}
