// Serves a built site with the machine's nginx under a sub-path on loopback, as an operator would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const NGINX_CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean) as string[];

export const findNginx = () => NGINX_CANDIDATES.find((path) => existsSync(path));

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

export async function serveWithNginx(nginx: string, distDir: string, base: string, port: number, workDir: string): Promise<RunningServer> {
  mkdirSync(workDir, { recursive: true });
  const work = resolve(workDir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`;
  const config = `
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; }
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
    location ${prefix} {
      alias ${resolve(distDir)}/;
      index index.html;
      error_page 404 ${prefix}404.html;
    }
  }
}
`;
  writeFileSync(`${work}/nginx.conf`, config);
  const server: ChildProcess = spawn(nginx, ['-c', `${work}/nginx.conf`, '-p', work, '-g', 'daemon off;'], { stdio: 'pipe' });
  let log = '';
  server.stderr?.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}${prefix}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (server.exitCode !== null) throw new Error(`nginx exited (${server.exitCode}): ${log}`);
    const up = await fetch(url).then(() => true, () => false);
    if (up) {
      return {
        url,
        stop: () => new Promise((done) => (server.exitCode !== null ? done() : (server.once('exit', () => done()), server.kill('SIGQUIT')))),
      };
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  server.kill();
  throw new Error(`nginx did not answer at ${url}: ${log}`);
}
