// An entry's own corrections as its page shows them, with the way to the site-wide log.
import { paths, withBase } from '../routes';
import type { Correction } from '../graph';

export interface CorrectionsView {
  items: Correction[];
  logHref: string;
}

export const correctionsView = (items: Correction[]): CorrectionsView => ({
  items,
  logHref: withBase(paths.corrections()),
});
