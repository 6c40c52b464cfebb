// The reporting outlets by country, language and kind, in words: one line on the home page's rail, three lists on
// the coverage page. A tally resting on outlets we only probably attribute says so beside its number.
import { count, probableNote, type Tally } from '../graph';
import { countryName, languageName, sourceKindLabel } from '../labels';
import { withBase } from '../routes';
import type { SOURCE_KINDS } from '../../schemas/sources';
import type { ViewContext } from './context';

interface TallyView {
  name: string;
  /** How many outlets, and how many of them are probable: "3", "2 (probable)", "3 (1 probable)". */
  outlets: string;
  /** False for the outlets whose country or kind no source states: listed, but muted. */
  known: boolean;
}

/** The home page's one line: how many outlets, a link to the coverage page, then each facet in a run of words. */
export interface OutletMixLineView {
  variant: 'line';
  /** "5 outlets". */
  outlets: string;
  more: { href: string; label: string };
  /** "Countries" with "United States 3, Australia 1 (probable)"… */
  facets: { short: string; text: string }[];
}

/** The coverage page's three lists, each tally on its own row. */
export interface OutletMixListsView {
  variant: 'lists';
  facets: {
    title: string;
    /** The list's accessible name: "Outlets by country". */ label: string;
    tallies: TallyView[];
  }[];
}

export type OutletMixView = OutletMixLineView | OutletMixListsView;

const NOT_KNOWN = 'country not known';

const tallyView =
  (name: (key?: string) => string) =>
  (tally: Tally): TallyView => ({
    name: name(tally.key),
    outlets: `${tally.outlets}${probableNote(tally.probable, tally.outlets)}`,
    known: tally.key !== undefined,
  });

function facets({ story }: ViewContext) {
  const mix = story.outletMix;
  return {
    country: mix.byCountry.map(tallyView((key) => (key ? countryName(key) : NOT_KNOWN))),
    language: mix.byLanguage.map(tallyView((key) => languageName(key!))),
    kind: mix.byKind.map(tallyView((key) => sourceKindLabel(key as keyof typeof SOURCE_KINDS | undefined))),
  };
}

const inWords = (tallies: TallyView[]) => tallies.map((tally) => `${tally.name} ${tally.outlets}`).join(', ');

/**
 * The one-line form leaves out kinds, which the coverage page lists, so that the probable marks on countries and
 * languages keep the phone's first two screens within reach of the timeline.
 */
export function outletMixLine(context: ViewContext): OutletMixLineView {
  const { country, language } = facets(context);
  return {
    variant: 'line',
    outlets: count(context.story.stats.outlets, 'outlet'),
    more: { href: withBase(context.scope.routes.coverage()), label: 'who covered what, blind spots' },
    facets: [
      { short: 'Countries', text: inWords(country) },
      { short: 'Languages', text: inWords(language) },
    ],
  };
}

export function outletMixLists(context: ViewContext): OutletMixListsView {
  const { country, language, kind } = facets(context);
  const list = (title: string, tallies: TallyView[]) => ({ title, label: `Outlets ${title.toLowerCase()}`, tallies });
  return {
    variant: 'lists',
    facets: [list('By country', country), list('By language', language), list('By kind', kind)],
  };
}
