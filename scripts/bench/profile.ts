// Where a build spends its time, from a V8 CPU profile (`node --cpu-prof` of `astro build`): self time by owner —
// Astro and the tools it runs (Vite, Rolldown, Node's module loader), the Markdown pipeline, our code, waiting —
// and the functions with the most self time. BENCHMARKS.md shows it where Astro itself is the limit.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface ProfileSummary {
  totalSeconds: number;
  owners: { owner: string; seconds: number }[];
  functions: { name: string; where: string; owner: string; seconds: number }[];
}

const MARKDOWN =
  /node_modules\/(micromark[^/]*|mdast-[^/]+|hast-[^/]+|unist-[^/]+|remark-[^/]+|rehype-[^/]+|retext-[^/]+|parse-latin|nlcst-[^/]+|unified|vfile[^/]*|property-information|github-slugger|array-iterate)\//;

/** Who owns a function: by the file it was compiled from. */
function ownerOf(url: string, name: string): string {
  if (!url) {
    if (name === '(garbage collector)') return 'garbage collection';
    if (name === '(idle)') return 'idle: waiting for Pagefind, the disk or a child process';
    if (name === 'compileSourceTextModule' || name === 'ModuleWrap') return 'Node: compiling modules';
    return 'Node and V8 built-ins (file system, strings, JSON)';
  }
  if (MARKDOWN.test(url) || /\/src\/plugins\//.test(url))
    return 'Markdown pipeline (remark, rehype, smartypants, ours)';
  if (/node_modules\/pagefind\//.test(url)) return 'Pagefind client';
  if (/node_modules\/(astro|@astrojs|vite|rolldown|devalue|esbuild|@rolldown|zod)\//.test(url))
    return 'Astro and its tools (Vite, Rolldown, devalue, zod)';
  if (/\.prerender\//.test(url)) return 'the built site: our pages, components and graph with Astro’s renderer';
  if (/\/src\/|\/astro\.config\.mjs/.test(url)) return 'our code: checker, graph, integrations';
  if (url.startsWith('node:')) return 'Node: module loading and built-ins';
  return 'other packages';
}

const shortWhere = (url: string, line: number) =>
  `${url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules|src|\.prerender)\//, '$1/')}:${line + 1}`;

export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const owners = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; owner: string; seconds: number }>();
  let total = 0;
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const seconds = micros / 1e6;
    const owner = ownerOf(url, functionName);
    const name = functionName || '(anonymous)';
    const where = url ? shortWhere(url, lineNumber) : 'native';
    total += seconds;
    owners.set(owner, (owners.get(owner) ?? 0) + seconds);
    const key = `${name} ${where}`;
    const entry = functions.get(key) ?? { name, where, owner, seconds: 0 };
    entry.seconds += seconds;
    functions.set(key, entry);
  }
  return {
    totalSeconds: total,
    owners: [...owners].map(([owner, seconds]) => ({ owner, seconds })).sort((a, b) => b.seconds - a.seconds),
    functions: [...functions.values()].sort((a, b) => b.seconds - a.seconds).slice(0, top),
  };
}
