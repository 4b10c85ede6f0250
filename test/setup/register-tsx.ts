// Eleventy imports `.eleventy.ts` with Node's own import(), outside the test runner's transform:
// register tsx so Node can load TypeScript, as it does under `npm run build`.
import { register } from 'tsx/esm/api';

register();
