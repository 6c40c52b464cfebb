// The Markdown pipeline of every digest, shared by the site build and the content checker.
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import rehypeBaseLinks from './rehype-base-links';
import rehypeFlagUnsafe from './rehype-flag-unsafe';
import rehypeUnwrapDeadLinks from './rehype-unwrap-dead-links';
import remarkEntityLinks, { type EntityNames } from './remark-entity-links';

export interface PipelineOptions {
  base: string;
  entities: EntityNames[];
  entityHref: (id: string) => string;
  /** Told of every unsafe piece of HTML the sanitizer removes. */
  reportUnsafe?: (file: VFile, finding: string) => void;
}

/**
 * Elements the sanitizer removes together with everything inside them: their content is code, styling,
 * inert markup, a form control's value, or the fallback of an embed that is removed anyway. Other removed
 * elements (`<form>`, `<font>`…) are replaced by what they contain, which is text readers should see.
 */
export const STRIPPED_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'iframe',
  'frame',
  'frameset',
  'object',
  'applet',
  'embed',
  'canvas',
  'audio',
  'video',
  'svg',
  'math',
  'title',
  'textarea',
  'select',
];

/**
 * GitHub's sanitizer rules, plus the classes and `rel` our own plugins add. Of GitHub's link attributes, the one rule
 * that limits values is its class rule, which ours replaces; the others are plain names. GitHub's rules have none for
 * `<span>`.
 */
const defaultLinkAttributes = defaultSchema.attributes!.a!.filter((attribute) => typeof attribute === 'string');
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: STRIPPED_WITH_CONTENT,
  attributes: {
    ...defaultSchema.attributes,
    a: [...defaultLinkAttributes, 'rel', ['className', 'data-footnote-backref', 'external']],
    span: [['className', 'visually-hidden']],
  },
};

export function markdownPipeline({ base, entities, entityHref, reportUnsafe }: PipelineOptions) {
  const remarkPlugins: RemarkPlugins = [[remarkEntityLinks, { entities, href: entityHref }]];
  const rehypePlugins: RehypePlugins = [
    // Astro parses raw HTML only after our plugins; parse it first so the sanitizer sees real elements.
    rehypeRaw,
    [rehypeFlagUnsafe, { report: reportUnsafe }],
    [
      rehypeExternalLinks,
      {
        rel: ['noopener', 'noreferrer'],
        properties: { className: ['external'] },
        content: { type: 'text', value: ' (external site)' },
        contentProperties: { className: ['visually-hidden'] },
      },
    ],
    [rehypeBaseLinks, { base }],
    [rehypeSanitize, sanitizeSchema],
    rehypeUnwrapDeadLinks,
  ];
  return { remarkPlugins, rehypePlugins };
}
