// Every list limit of the site, in one place: pages stay bounded however large the story grows.
export interface Limits {
  /** Related reports offered on a report page. */
  relatedReports: number;
  /** Timeline items on one archive page. */
  timelinePage: number;
  /** Latest timeline items on the home page. */
  homeItems: number;
  /** Reports listed on an outlet, entity, event or claim page before "n more". */
  reportList: number;
  /** Items in each RSS and JSON feed. */
  feedItems: number;
  /** Reports an event card names before "and n more". */
  eventCardReports: number;
  /** The newest additions listed on the home page. */
  recentlyAdded: number;
}

export const LIMITS: Limits = {
  relatedReports: 5,
  timelinePage: 100,
  homeItems: 50,
  reportList: 50,
  feedItems: 50,
  eventCardReports: 6,
  recentlyAdded: 5,
};

/** Words per minute of an unhurried reader, for "n min read". */
export const READING_SPEED = 220;
