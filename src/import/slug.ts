import { fileUrlFromPath } from '../content/urls.ts';

/** A URL-safe name, as the site names published files: `User-centered design` -> `user-centered-design`. */
export const slug = (text: string) => fileUrlFromPath(text.replace(/[./]/g, ' ')).slice(1);
