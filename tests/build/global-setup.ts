// Builds the seed site twice, under two far-apart time zones; the build tests read both outputs.
import { buildSite, TEST_BUILDS } from '../helpers/build';

export const ZONES = { la: 'America/Los_Angeles', tokyo: 'Asia/Tokyo' };

export default function setup() {
  for (const [name, zone] of Object.entries(ZONES)) {
    const { status, output } = buildSite(`${TEST_BUILDS}/${name}`, { TZ: zone });
    if (status !== 0) throw new Error(`The site did not build under TZ=${zone}:\n${output}`);
  }
}
