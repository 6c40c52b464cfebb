// The corrections page's view: every correction made after publishing, newest first, each naming the page it
// corrected as that page names itself (a report by its outlet, "(probable)" where due, and its headline).
import { count } from '../graph';
import { paths, withBase } from '../routes';
import type { DateView } from '../story-types';
import type { OutletRef } from './cards';
import type { ViewContext } from './context';

const KIND = { report: 'Report', event: 'Event', claim: 'Claim' } as const;

/** The corrected page: its title (a report's headline, a claim titled with its status) and address. */
interface CorrectedEntryView {
  title: string;
  href: string;
  /** A report's outlet, named before its headline. */
  outlet?: OutletRef;
}

interface LoggedCorrectionView {
  when: DateView;
  /** "Report", "Event" or "Claim". */
  kindLabel: (typeof KIND)[keyof typeof KIND];
  entry: CorrectedEntryView;
  note: string;
}

export interface CorrectionsLogView {
  description: string;
  /** How many corrections there are, or that there are none yet. */
  lede: string;
  /** "How we correct mistakes", from the site's settings. */
  about: string[];
  corrections: LoggedCorrectionView[];
}

export function correctionsLogView({ story, cards, settings }: ViewContext): CorrectionsLogView {
  const { site } = settings;
  return {
    description: `Every correction ${site.name} has made after publishing, newest first, with what was wrong and what it says now.`,
    lede:
      story.corrections.length > 0
        ? `${count(story.corrections.length, 'correction')} made after publishing, newest first: what was wrong and what the page says now.`
        : 'No correction has been made yet. When one is, it is listed here with its date and on the page it corrects.',
    about: site.about?.corrections ?? [],
    corrections: story.corrections.map(({ when, note, entry }) => ({
      when,
      kindLabel: KIND[entry.kind],
      entry:
        entry.kind === 'report'
          ? {
              title: entry.report.data.headline,
              href: withBase(paths.report(entry.report.id)),
              outlet: cards.reportOutlet(entry.report),
            }
          : entry.kind === 'event'
            ? { title: entry.event.title, href: withBase(paths.event(entry.event.id)) }
            : { title: entry.claim.titled, href: withBase(paths.claim(entry.claim.id)) },
      note,
    })),
  };
}
