const formats = new Map<string, Intl.DateTimeFormat>();

/** `2024-03-21` -> `21 March 2024` (or `21 Mawrth 2024` in Welsh), as GOV.UK writes dates. */
export function formatDate(isoDate: string, lang = 'en'): string {
  const locale = lang === 'en' ? 'en-GB' : lang;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
