/**
 * An SVG is a document, not just a picture: opened on its own at the site's address it can run
 * scripts as the site, and it can load or link to other files. A published drawing must be
 * self-contained and inert, so anything that runs code, embeds content or reaches outside it is
 * refused. Names are compared by local name in lower case, so `svg:script` and `<Script>` count.
 */
import { Parser } from 'htmlparser2';
import { schemeOf } from '../content/schemes.ts';
import { images } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';

const RUNS_CODE = 'could run code when someone opens the drawing';
const EMBEDS = 'could hide a web page or other content inside the drawing';
const REACHES_OUT =
  'points outside the drawing, and a published drawing must not load or link to other files';

const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: RUNS_CODE,
  handler: RUNS_CODE,
  listener: RUNS_CODE,
  foreignobject: EMBEDS,
  iframe: EMBEDS,
  embed: EMBEDS,
  object: EMBEDS,
};

/** The article a name takes as it reads aloud: "an <iframe>", "a <script>", "an onclick". */
const an = (name: string) => (/^[aeio]/i.test(name) ? 'an' : 'a');
const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

/** CSS with its escapes undone, so `@\69mport` reads as `@import`. */
const unescapeCss = (css: string) =>
  css.replace(
    /\\([0-9a-f]{1,6})\s?|\\(.)/gi,
    (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : (char ?? ''),
  );

/**
 * Why a piece of CSS reaches outside the drawing ("imports …", "loads …"), or undefined. `#id` and
 * data: URLs stay inside the file (and an image CSS loads runs no script), so they are allowed.
 */
function cssProblem(css: string): string | undefined {
  const plain = unescapeCss(css);
  if (/@import/i.test(plain)) return 'imports another stylesheet';
  // url(...) in any form, and image-set("...") which loads a bare string too.
  for (const [, url, image] of plain.matchAll(
    /url\(\s*['"]?\s*([^'")\s]*)|image-set\(\s*['"]\s*([^'"]*)/gi,
  )) {
    const target = (url ?? image ?? '').trim();
    if (target && !target.startsWith('#') && schemeOf(target) !== 'data')
      return `loads "${target}"`;
  }
  return undefined;
}

export function checkSvg(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineAt = (index: number) => {
    // Binary search: the number of lines starting at or before index.
    let [low, high] = [0, lineStarts.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStarts[mid]! <= index) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // One error for each kind of problem, however often the drawing repeats it (charts exported with
  // a link on every bar repeat it hundreds of times), with the count.
  const kinds = new Map<string, { line: number; what: string; why: string; count: number }>();
  const refuse = (line: number, what: string, why: string) => {
    // Repeats differ only in the address they name.
    const key = `${what.replace(/"[^"]*"/g, '""')} ${why}`;
    const kind = kinds.get(key);
    if (kind) kind.count++;
    else kinds.set(key, { line, what, why, count: 1 });
  };

  let written: Array<[string, string]> = [];
  let root: string | undefined;
  let style: { line: number; css: string } | undefined;
  // An entity is expanded where it is used, so markup in one slips past the checks of elements.
  for (const entity of text.matchAll(/<!ENTITY\s+\S+\s+("[^"]*"|'[^']*')/gi)) {
    if (/[<&]/.test(entity[1]!))
      refuse(
        lineAt(entity.index),
        'an <!ENTITY> that holds markup',
        'could hide scripts or links inside the drawing',
      );
  }
  const parser: Parser = new Parser(
    {
      onopentagname() {
        written = [];
      },
      onattribute(name, value) {
        written.push([name, value]);
      },
      onopentag(name) {
        const element = localName(name);
        root ??= element;
        const tag = text.slice(parser.startIndex, parser.endIndex + 1);
        const line = lineAt(parser.startIndex);
        const why = REFUSED_ELEMENTS[element];
        if (why) refuse(line, `${an(name)} <${name}> element`, why);
        if (element === 'style') style = { line, css: '' };
        for (const [attribute, value] of written) {
          // The attribute's own line, for tags written over several lines.
          const at = tag.search(
            new RegExp(`\\s${attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`),
          );
          checkAttribute(name, attribute, value, lineAt(parser.startIndex + Math.max(at, 0)));
        }
      },
      ontext(data) {
        if (style) style.css += data;
      },
      onclosetag(name) {
        if (localName(name) !== 'style' || !style) return;
        const problem = cssProblem(style.css);
        if (problem) refuse(style.line, `a <style> element that ${problem}`, REACHES_OUT);
        style = undefined;
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '?xml-stylesheet') {
          refuse(lineAt(parser.startIndex), 'an xml-stylesheet instruction', REACHES_OUT);
        }
      },
    },
    { xmlMode: true },
  );

  function checkAttribute(element: string, attribute: string, value: string, line: number) {
    const name = localName(attribute);
    const scheme = schemeOf(value);
    if (name.startsWith('on')) {
      refuse(line, `${an(attribute)} ${attribute} attribute on <${element}>`, RUNS_CODE);
    } else if (
      scheme === 'javascript' ||
      /javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))
    ) {
      refuse(line, `a javascript: link in the ${attribute} attribute of <${element}>`, RUNS_CODE);
    } else if (name === 'href' && scheme === 'data') {
      refuse(line, `a data: URL in the ${attribute} attribute of <${element}>`, EMBEDS);
    } else if (name === 'href' && value.trim() !== '' && !value.trim().startsWith('#')) {
      refuse(
        line,
        `a link to "${value.trim()}" in the ${attribute} attribute of <${element}>`,
        REACHES_OUT,
      );
    } else if (name === 'attributename' && localName(value.trim()) === 'href') {
      // <animate>/<set> can swap a safe href for a script one while the drawing is shown.
      refuse(
        line,
        `${an(element)} <${element}> element that changes the href attribute`,
        RUNS_CODE,
      );
    } else {
      const problem = /url\(|image-set\(|@import/i.test(unescapeCss(value))
        ? cssProblem(value)
        : undefined;
      if (problem)
        refuse(
          line,
          `${an(attribute)} ${attribute} attribute on <${element}> that ${problem}`,
          REACHES_OUT,
        );
    }
  }

  parser.end(text);
  if (root !== 'svg') {
    diagnostics.push(report(images.SVG_INVALID, { file }, { file }));
  }
  for (const { line, what, why, count } of kinds.values()) {
    diagnostics.push(
      report(images.SVG_UNSAFE, { file, line }, { file, what, line, more: count - 1, why }),
    );
  }
  diagnostics.sort((a, b) => a.line - b.line);
  return diagnostics;
}

const PX_PER: Readonly<Record<string, number>> = {
  '': 1,
  px: 1,
  pt: 4 / 3,
  pc: 16,
  mm: 96 / 25.4,
  cm: 96 / 2.54,
  in: 96,
};

/** A length in CSS pixels; undefined for percentages, ems and anything unreadable. */
function pixels(length: string | undefined): number | undefined {
  const match = /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(length ?? '');
  const scale = match ? PX_PER[match[2]!.toLowerCase()] : undefined;
  const value = match && scale ? Number(match[1]) * scale : undefined;
  return value !== undefined && value > 0 ? value : undefined;
}

/**
 * The drawing's size in whole pixels for the `<img>`'s width and height (so the page does not
 * jump as it loads): from the root's width and height, the missing one from the viewBox's shape,
 * or the viewBox alone. Undefined when the drawing gives no size.
 */
export function svgSize(text: string): { width: number; height: number } | undefined {
  let attributes: Record<string, string> | undefined;
  new Parser(
    {
      onopentag: (name, attribs) => {
        attributes ??= localName(name) === 'svg' ? attribs : {};
      },
    },
    { xmlMode: true },
  ).end(text);
  if (!attributes) return undefined;
  const box = (attributes.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [boxWidth, boxHeight] =
    box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0
      ? [box[2]!, box[3]!]
      : [];
  let width = pixels(attributes.width);
  let height = pixels(attributes.height);
  if (boxWidth && boxHeight) {
    if (width === undefined && height === undefined) [width, height] = [boxWidth, boxHeight];
    else if (width === undefined) width = (height! * boxWidth) / boxHeight;
    else if (height === undefined) height = (width * boxHeight) / boxWidth;
  }
  if (width === undefined || height === undefined) return undefined;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}
