// All date logic of the site, in one place: parsing, intervals and priority, readers' labels, machine forms,
// and each date's view (everything the site shows or writes about it).
export * from './format';
export * from './interval';
export * from './machine';
export * from './parse';
export * from './view';
export * from './write';
