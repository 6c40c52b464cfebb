// Reads content files the way Astro does (same YAML rules), keeping line numbers for every field.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parse, parseDocument, YAMLParseError, type Document } from 'yaml';

export type FieldPath = (string | number)[];

export interface ParsedFile {
  /** Path as editors see it, e.g. "content/reports/x.md". */
  file: string;
  data: unknown;
  body?: string;
  /** The line the body (the digest) starts on, 1-based, in the whole file. */
  bodyLine?: number;
  /** The line of a field (or of its nearest existing parent), 1-based, in the whole file. */
  lineOf: (path: FieldPath) => number | undefined;
}

export interface ParseFailure {
  file: string;
  line?: number;
  message: string;
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Every file below a folder, relative to it, sorted; dot-files are the file system's, not the editors'. */
export function listFiles(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(folder)
    .map((path) => relative(folder, path))
    .sort();
}

function lineFinder(doc: Document, lines: LineCounter, firstLine: number) {
  return (path: FieldPath) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = doc.contents?.range?.[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
        if (!pair) break;
        offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as { range?: [number] }).range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1;
  };
}

const YAML_OPTIONS = { customTags: ['timestamp' as const], prettyErrors: false };

/** The data, or what is wrong with the YAML and on which line. */
function loadYaml(text: string, firstLine: number): { data: unknown } | { line: number; message: string } {
  // js-yaml is what Astro's loaders read with (timestamps on, so an unquoted date reaches the schema as the Date
  // Astro would see), and four times faster than `yaml`; `yaml` says what is wrong with a file js-yaml refuses.
  try {
    return { data: load(text) };
  } catch {
    try {
      return { data: parse(text, YAML_OPTIONS) };
    } catch (error) {
      if (!(error instanceof YAMLParseError)) throw error;
      const line = text.slice(0, error.pos[0]).split('\n').length + firstLine - 1;
      return { line, message: `broken YAML: ${error.message.split('\n')[0]}` };
    }
  }
}

function parseYaml(file: string, text: string, firstLine: number): ParsedFile | ParseFailure {
  const loaded = loadYaml(text, firstLine);
  if ('message' in loaded) return { file, ...loaded };
  // The syntax tree is only needed to place a problem on a line: built on demand, not kept for every file.
  let findLine: ((path: FieldPath) => number | undefined) | undefined;
  const lineOf = (path: FieldPath) => {
    if (!findLine) {
      const lines = new LineCounter();
      findLine = lineFinder(parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines }), lines, firstLine);
    }
    return findLine(path);
  };
  return { file, data: loaded.data ?? {}, lineOf };
}

export function parseContentFile(file: string): ParsedFile | ParseFailure {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return parseYaml(file, text, 1);
  const match = FRONTMATTER.exec(text);
  if (!match)
    return { file, line: 1, message: 'no frontmatter: start the file with a line "---", the fields, then "---"' };
  const parsed = parseYaml(file, match[1] ?? '', 2);
  if ('message' in parsed) return parsed;
  return { ...parsed, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
