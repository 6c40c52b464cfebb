// `npm run edit`: the dev site and the CMS's local backend together, stopped together by Ctrl-C.
//   node --import tsx scripts/edit.ts [flags]  (not `tsx …`: its wrapper process would outlive npm)
//   --port <n>       the dev site's port (default 4321)
//   --host <address> where the dev site listens (default: localhost, as astro.config.mjs says)
//   --cms-port <n>   decap-server's port (default 8081); it listens on 127.0.0.1 only
// The CMS is then at http://localhost:4321/admin/; it reads and writes the content folder (CONTENT_DIR or
// content/) through decap-server, and every save is checked (docs/cms.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { contentDir } from '../src/lib/content-dir';

const USAGE = `Usage: npm run edit -- [--port 4321] [--host localhost] [--cms-port 8081]

Starts the dev site (astro dev) and decap-server, the CMS's local backend, on the content folder
(${contentDir}). Open /admin/ on the dev site; Ctrl-C stops both.`;

let values: { port?: string; host?: string; 'cms-port'?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'cms-port': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = values.port ?? '4321';
const cmsPort = values['cms-port'] ?? '8081';
for (const [flag, value] of [
  ['--port', port],
  ['--cms-port', cmsPort],
]) {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    console.error(`${flag} "${value}" is not a port number\n\n${USAGE}`);
    process.exit(2);
  }
}
const content = resolve(contentDir);
if (!existsSync(content)) {
  console.error(`the content folder ${content} does not exist: check CONTENT_DIR`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const backendUrl = `http://127.0.0.1:${cmsPort}/api/v1`;
const children: ChildProcess[] = [];
let stopping = false;

/** Prefixes every line a child prints, so the two logs can be told apart. */
function relay(child: ChildProcess, prefix: string) {
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) target.write(`${prefix}${line}\n`);
    });
    stream?.on('end', () => rest && target.write(`${prefix}${rest}\n`));
  }
}

function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, 5000);
  deadline.unref();
  Promise.all(
    children.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? undefined
        : new Promise((done) => child.once('exit', done)),
    ),
  ).then(() => process.exit(code));
}

// decap-server writes where its paths point: the content folder itself (the dev configuration's paths are relative
// to it). It reads a .env from its working directory, so it starts in that folder too.
const backend = spawn(process.execPath, [require.resolve('decap-server')], {
  cwd: content,
  env: {
    ...process.env,
    PORT: cmsPort,
    BIND_HOST: '127.0.0.1',
    GIT_REPO_DIRECTORY: content,
    MODE: 'fs',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
children.push(backend);
relay(backend, '[CMS backend] ');

// --ignore-lock: this script owns its dev server (Astro would otherwise refuse to start beside another \`astro dev\` of
// the project, or move itself to the background when it thinks an agent runs it).
const site = spawn(
  process.execPath,
  [
    resolve('node_modules/astro/bin/astro.mjs'),
    'dev',
    '--ignore-lock',
    '--port',
    port,
    ...(values.host ? ['--host', values.host] : []),
  ],
  {
    env: { ...process.env, CMS_LOCAL_BACKEND: backendUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
children.push(site);
relay(site, '');

let announced = false;
site.stdout?.on('data', (chunk: string) => {
  const local = /Local\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(String(chunk)));
  if (announced || !local) return;
  announced = true;
  console.log(
    `\n  CMS: ${local[1].replace(/\/?$/, '/')}admin/  (content: ${content}; Ctrl-C stops the site and the CMS)\n`,
  );
});

// Stopped by a signal, it exits as shells expect of an interrupted program: 128 + the signal's number (130 for Ctrl-C).
const STOP_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;
const interrupted = (signal: NodeJS.Signals) => 128 + constants.signals[signal];
for (const signal of STOP_SIGNALS) process.on(signal, () => stop(interrupted(signal)));
// npm passes a stop signal (`kill <npm's pid>`) only to the shell running the script, which dies without passing it
// on: this process then has a new parent, and stops both servers as for SIGTERM, as `npm start` does.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop(interrupted('SIGTERM'));
}, 500).unref();

// Ctrl-C reaches every process of the terminal's group at once, and a child's exit may be seen here before the
// signal is: a child stopped by one of those signals is that stop; any other exit waits a moment for the signal.
for (const child of children) {
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (signal && (STOP_SIGNALS as readonly string[]).includes(signal)) return stop(interrupted(signal));
    setTimeout(() => {
      if (stopping) return;
      console.error(
        `${child === site ? 'the dev site' : 'the CMS backend'} stopped (${signal ?? `exit code ${code}`}); stopping the other`,
      );
      stop(code ?? 1);
    }, 500);
  });
}
