// All date logic of the site, in one place: parsing, intervals and priority, readers' labels, machine forms.
export * from './format';
export * from './interval';
export * from './machine';
export * from './parse';
export * from './write';
