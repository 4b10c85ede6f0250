/**
 * The numbers the rules measure against, each written once: the content schema's descriptions, the
 * checks, the catalogue's messages and the generated reference page (docs/diagnostics.md) read them
 * here, so a limit cannot say one thing in the editor and another in `npm run check`.
 */

/** Search engines cut a page title after about this many characters. */
export const TITLE_MAX_CHARACTERS = 65;

/** Search results cut a description after about this many characters. */
export const DESCRIPTION_MAX_CHARACTERS = 160;

/** GOV.UK keeps sentences to this many words at most. */
export const SENTENCE_MAX_WORDS = 25;

/** A page above this reading age is a warning, unless its department sets `reading_age_limit`. */
export const READING_AGE_LIMIT = 14;

/** The reading age GOV.UK itself aims for, quoted in the warning. */
export const GOVUK_READING_AGE = 9;

/** Fewer words than this and a reading age says little, so it is not warned about. */
export const READING_AGE_MIN_WORDS = 30;

/** Over this, an image is a warning: it costs readers on slow connections far more than it shows. */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** Wider than this, an image is more than any screen the column fills needs. */
export const IMAGE_MAX_WIDTH = 2560;

/** Fewer words than this beside a PDF, and the page is only a wrapper for the document. */
export const PDF_PAGE_MIN_WORDS = 50;
