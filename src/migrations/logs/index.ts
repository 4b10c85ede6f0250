/** `npm run hits`: web server logs to a legacy site's `<site>.hits.csv` (docs/migrations/hits.md). */
export { type LogReading, newReading, readLog } from './read-logs.ts';
export { type HitsSite, readHitsSite } from './site-hosts.ts';
export { SKIP_RULES } from './skip-rules.ts';
export { hitsSummary } from './summary.ts';
export { totalHits } from './tally.ts';
export { writeHitsFile } from './write-hits.ts';
