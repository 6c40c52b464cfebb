// "The story so far" is true as of some date: a reader needs that date to know what it leaves out.
// Each story (content/stories/<id>.yaml) says it in `soFarAsOf`; its front page shows it with the text.
import type { Rule } from './context';

const FIX = 'add soFarAsOf: "YYYY-MM" (or "YYYY-MM-DD"), the date of the latest development the text takes in';

export const soFarDated: Rule = {
  name: 'so-far-dated',
  check({ entries, error }) {
    for (const { parsed } of entries.stories) {
      // Read as written, so that an empty string counts as missing whatever the schema makes of it.
      const asOf = (parsed.data as { soFarAsOf?: unknown }).soFarAsOf;
      if (asOf === undefined || asOf === null || (typeof asOf === 'string' && asOf.trim() === ''))
        error(parsed, `"the story so far" does not say the date it speaks for — ${FIX}`, ['soFarAsOf']);
    }
  },
};
