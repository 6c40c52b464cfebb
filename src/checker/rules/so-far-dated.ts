// "The story so far" is true as of some date: a reader needs that date to know what it leaves out.
// content/site.yaml says it in `story.soFarAsOf`; the home page shows it with the text.
import type { Rule } from './context';

const FIX =
  'add soFarAsOf: "YYYY-MM" (or "YYYY-MM-DD") under story:, the date of the latest development the text takes in';

export const soFarDated: Rule = {
  name: 'so-far-dated',
  check({ site, error }) {
    if (!site) return;
    // Read as written, so that an empty string counts as missing whatever the schema makes of it.
    const story = (site.parsed.data as { story?: { soFarAsOf?: unknown } }).story;
    const asOf = story?.soFarAsOf;
    if (asOf === undefined || asOf === null || (typeof asOf === 'string' && asOf.trim() === ''))
      error(site.parsed, `"the story so far" does not say the date it speaks for — ${FIX}`, ['story', 'soFarAsOf']);
  },
};
