/**
 * An attachment's optional official references, checked as GOV.UK checks them. Each check returns
 * undefined when the value is valid, or a message saying what is wrong with it. Values come from
 * front matter, where YAML turns `hc_number: 123` into a number, so numbers are accepted too.
 */
export type ReferenceField = 'isbn' | 'command_paper' | 'hc_number' | 'unique_reference';

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  'isbn',
  'command_paper',
  'hc_number',
  'unique_reference',
];

const LABELS: Record<ReferenceField, string> = {
  isbn: 'ISBN',
  command_paper: 'Command paper number',
  hc_number: 'HC',
  unique_reference: 'Unique reference',
};

export const referenceLabel = (field: ReferenceField) => LABELS[field];

// GOV.UK's prefixes, oldest series first (C. from 1870) to CP, used since 2019.
const COMMAND_PAPER = /^(C\.|Cd\.|Cmd\.|Cmnd\.|Cm\.|CP) ?(\d+)(-[IVX]+)?$/;
const HC_NUMBER = /^(?:HC ?)?(\d+)(-[IVX]+)?$/;
const MAX_UNIQUE_REFERENCE = 255;

/** Front-matter values as text: strings trimmed, whole numbers written out, anything else not. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

export function checkIsbn(value: unknown): string | undefined {
  const text = asText(value);
  if (text === undefined) return 'An ISBN must be written as text, for example 978-0-306-40615-7.';
  const isbn = text.replace(/^ISBN:? ?/i, '');
  // Hyphens or single spaces only between digits, as printed: "978-0-306-40615-7".
  if (!/^\d(?:[- ]?\d)*(?:[- ]?[\dX])$/i.test(isbn)) {
    return `"${text}" is not an ISBN: an ISBN is 10 or 13 digits, for example 978-0-306-40615-7.`;
  }
  const digits = isbn.replace(/[- ]/g, '').toUpperCase();
  if (digits.length === 10) {
    // ISBN-10: weights 10 down to 1, with X standing for 10 in the last place.
    const sum = [...digits].reduce(
      (total, d, i) => total + (10 - i) * (d === 'X' ? 10 : Number(d)),
      0,
    );
    return sum % 11 === 0 ? undefined : checkDigitWrong(text);
  }
  if (digits.length === 13) {
    if (digits.endsWith('X')) return `"${text}" is not an ISBN: only a 10-digit ISBN can end in X.`;
    if (!/^97[89]/.test(digits))
      return `"${text}" is not an ISBN: a 13-digit ISBN starts with 978 or 979.`;
    // ISBN-13 (EAN-13): weights 1 and 3 alternately.
    const sum = [...digits].reduce((total, d, i) => total + (i % 2 === 0 ? 1 : 3) * Number(d), 0);
    return sum % 10 === 0 ? undefined : checkDigitWrong(text);
  }
  return `"${text}" is not an ISBN: it has ${digits.length} digits, and an ISBN has 10 or 13.`;
}

const checkDigitWrong = (text: string) =>
  `"${text}" is not a valid ISBN: its last digit does not match the others, so one of them is probably mistyped.`;

export function checkCommandPaper(value: unknown): string | undefined {
  const text = asText(value);
  if (text !== undefined && COMMAND_PAPER.test(text)) return undefined;
  return `"${text ?? String(value)}" is not a command paper number: it must start with C., Cd., Cmd., Cmnd., Cm. or CP followed by the number, for example CP 123 or Cm. 9876-I.`;
}

export function checkHcNumber(value: unknown): string | undefined {
  const text = asText(value);
  if (text !== undefined && HC_NUMBER.test(text)) return undefined;
  return `"${text ?? String(value)}" is not a House of Commons paper number: it must be the paper's number, for example 123, HC 123 or HC 123-I.`;
}

export function checkUniqueReference(value: unknown): string | undefined {
  const text = asText(value);
  if (text === undefined || text === '')
    return 'A unique reference must be some text, for example the reference printed on the document.';
  if (/[\r\n]/.test(text)) return 'A unique reference must be on one line.';
  const length = [...text].length;
  if (length > MAX_UNIQUE_REFERENCE) {
    return `A unique reference can be up to ${MAX_UNIQUE_REFERENCE} characters long; this one has ${length}.`;
  }
  return undefined;
}

export const REFERENCE_CHECKS: Record<ReferenceField, (value: unknown) => string | undefined> = {
  isbn: checkIsbn,
  command_paper: checkCommandPaper,
  hc_number: checkHcNumber,
  unique_reference: checkUniqueReference,
};

/**
 * A valid reference as GOV.UK prints it in the attachment's reference line:
 * "ISBN 978-0-306-40615-7", "CP 123", "HC 123", or the unique reference as written.
 */
export function formatReference(field: ReferenceField, value: unknown): string {
  const text = asText(value) ?? String(value);
  switch (field) {
    case 'isbn':
      return `ISBN ${text.replace(/^ISBN:? ?/i, '')}`;
    case 'command_paper': {
      const [, prefix, number, suffix] = COMMAND_PAPER.exec(text) ?? [];
      return prefix ? `${prefix} ${number}${suffix ?? ''}` : text;
    }
    case 'hc_number': {
      const [, number, suffix] = HC_NUMBER.exec(text) ?? [];
      return number ? `HC ${number}${suffix ?? ''}` : text;
    }
    case 'unique_reference':
      return text;
  }
}
