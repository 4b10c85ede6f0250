import { describe, expect, it } from 'vitest';
import {
  checkCommandPaper,
  checkHcNumber,
  checkIsbn,
  checkUniqueReference,
  formatReference,
  REFERENCE_CHECKS,
  REFERENCE_FIELDS,
  referenceLabel,
} from '../../src/files/references.ts';

describe('checkIsbn', () => {
  it('accepts real ISBN-13s and ISBN-10s, however they are spaced', () => {
    // 978-0-306-40615-7 and 0-306-40615-2 are one real book, the worked example in Wikipedia's ISBN article.
    for (const isbn of [
      '978-0-306-40615-7',
      '9780306406157',
      '978 0 306 40615 7',
      'ISBN 978-0-306-40615-7',
      '0-306-40615-2',
      '0-8044-2957-X',
      '080442957x',
    ]) {
      expect(checkIsbn(isbn), isbn).toBeUndefined();
    }
  });

  it('accepts an ISBN-13 that YAML read as a number', () => {
    expect(checkIsbn(9780306406157)).toBeUndefined();
  });

  it('finds a mistyped digit by the check digit', () => {
    // The brief's example: its digits sum to 115 with weights 1 and 3, so its check digit should be 0.
    expect(checkIsbn('978-0-571-33465-5')).toBe(
      '"978-0-571-33465-5" is not a valid ISBN: its last digit does not match the others, so one of them is probably mistyped.',
    );
    expect(checkIsbn('978-0-571-33465-0')).toBeUndefined();
    expect(checkIsbn('978-0-306-40615-4')).toBe(
      '"978-0-306-40615-4" is not a valid ISBN: its last digit does not match the others, so one of them is probably mistyped.',
    );
    expect(checkIsbn('978-0-306-41615-7')).toBe(
      '"978-0-306-41615-7" is not a valid ISBN: its last digit does not match the others, so one of them is probably mistyped.',
    );
    expect(checkIsbn('0-8044-2957-9')).toBe(
      '"0-8044-2957-9" is not a valid ISBN: its last digit does not match the others, so one of them is probably mistyped.',
    );
  });

  it('explains what is not an ISBN at all', () => {
    expect(checkIsbn('978-0-571')).toBe(
      '"978-0-571" is not an ISBN: it has 7 digits, and an ISBN has 10 or 13.',
    );
    expect(checkIsbn('ISBN: to follow')).toBe(
      '"ISBN: to follow" is not an ISBN: an ISBN is 10 or 13 digits, for example 978-0-306-40615-7.',
    );
    expect(checkIsbn('978--0-571-33465-5')).toBe(
      '"978--0-571-33465-5" is not an ISBN: an ISBN is 10 or 13 digits, for example 978-0-306-40615-7.',
    );
    expect(checkIsbn('123-4-567-89012-8')).toBe(
      '"123-4-567-89012-8" is not an ISBN: a 13-digit ISBN starts with 978 or 979.',
    );
    expect(checkIsbn('978-0-306-40615-X')).toBe(
      '"978-0-306-40615-X" is not an ISBN: only a 10-digit ISBN can end in X.',
    );
    expect(checkIsbn(true)).toBe('An ISBN must be written as text, for example 978-0-306-40615-7.');
  });
});

describe('checkCommandPaper', () => {
  it('accepts every GOV.UK prefix, with a volume suffix or not', () => {
    for (const number of [
      'C. 1234',
      'Cd. 123',
      'Cmd. 6404',
      'Cmnd. 9703',
      'Cm. 9876',
      'CP 123',
      'CP 123-I',
      'Cm. 7890-II',
      'CP123',
    ]) {
      expect(checkCommandPaper(number), number).toBeUndefined();
    }
  });

  it('explains the form of a number it refuses', () => {
    const message = (value: string) =>
      `"${value}" is not a command paper number: it must start with C., Cd., Cmd., Cmnd., Cm. or CP followed by the number, for example CP 123 or Cm. 9876-I.`;
    for (const number of ['NA 1234', 'Cm 9876', 'cp 123', 'CP', 'CP 12a', 'CP 123-A'])
      expect(checkCommandPaper(number), number).toBe(message(number));
    expect(checkCommandPaper(123)).toBe(message('123'));
  });
});

describe('checkHcNumber', () => {
  it('accepts a number, with HC before it or a volume after it', () => {
    for (const number of ['123', 'HC 123', 'HC123', 'HC 1234-I', '45-II', 678])
      expect(checkHcNumber(number), String(number)).toBeUndefined();
  });

  it('explains the form of a number it refuses', () => {
    for (const number of ['HL 123', 'HC', 'one hundred', 'HC 12.5']) {
      expect(checkHcNumber(number)).toBe(
        `"${number}" is not a House of Commons paper number: it must be the paper's number, for example 123, HC 123 or HC 123-I.`,
      );
    }
  });
});

describe('checkUniqueReference', () => {
  it('accepts one line of text up to 255 characters', () => {
    expect(checkUniqueReference('VAT-NOTICE-700/1')).toBeUndefined();
    expect(checkUniqueReference('é'.repeat(255))).toBeUndefined();
  });

  it('refuses an empty, multi-line or long reference', () => {
    expect(checkUniqueReference('  ')).toBe(
      'A unique reference must be some text, for example the reference printed on the document.',
    );
    expect(checkUniqueReference('a\nb')).toBe('A unique reference must be on one line.');
    expect(checkUniqueReference('x'.repeat(256))).toBe(
      'A unique reference can be up to 255 characters long; this one has 256.',
    );
  });
});

describe('labels and display', () => {
  it('labels every field', () => {
    expect(REFERENCE_FIELDS.map(referenceLabel)).toEqual([
      'ISBN',
      'Command paper number',
      'HC',
      'Unique reference',
    ]);
    expect(Object.keys(REFERENCE_CHECKS)).toEqual([...REFERENCE_FIELDS]);
  });

  it('shows each reference as GOV.UK prints it', () => {
    expect(formatReference('isbn', '978-0-306-40615-7')).toBe('ISBN 978-0-306-40615-7');
    expect(formatReference('isbn', 'ISBN 978-0-306-40615-7')).toBe('ISBN 978-0-306-40615-7');
    expect(formatReference('command_paper', 'CP123')).toBe('CP 123');
    expect(formatReference('command_paper', 'Cm. 7890-II')).toBe('Cm. 7890-II');
    expect(formatReference('hc_number', 123)).toBe('HC 123');
    expect(formatReference('hc_number', 'HC123-I')).toBe('HC 123-I');
    expect(formatReference('unique_reference', ' VAT-NOTICE-700/1 ')).toBe('VAT-NOTICE-700/1');
  });
});
