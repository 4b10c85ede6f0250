import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkSvg, svgSize } from '../../src/files/svg.ts';

const FILE = 'content/tax-office/vat/rates-chart.svg';
const FIX = 'Export the drawing again without scripts or links, or save it as PNG.';
const svg = (body: string, attributes = 'viewBox="0 0 100 50"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>\n${body}\n</svg>\n`;

/** Each problem as "line: message", so a test reads like the report. */
const problems = (text: string) =>
  checkSvg(FILE, text).map((d) => {
    expect(d).toMatchObject({
      code: 'SVG_UNSAFE',
      severity: 'error',
      file: FILE,
      column: 0,
      fix: FIX,
    });
    return `${d.line}: ${d.message}`;
  });

describe('checkSvg', () => {
  it('accepts a drawing that keeps to itself', async () => {
    const text =
      svg(`<defs><linearGradient id="g"><stop offset="0" stop-color="#1d70b8"/></linearGradient>
  <style><![CDATA[ rect { fill: url(#g); } ]]></style></defs>
<rect id="bar" width="80" height="20" fill="url(#g)" style="stroke: url('#g')"/>
<use href="#bar" y="25"/><use xlink:href="#bar" y="30"/>
<a href="#bar"><text x="5" y="45">Standard rate: 20%</text></a>`);
    expect(checkSvg(FILE, text)).toEqual([]);
    // And it is a real drawing, not only one the check likes.
    expect((await sharp(Buffer.from(text)).metadata()).format).toBe('svg');
  });

  it('refuses a script, naming its line', () => {
    expect(
      checkSvg(
        FILE,
        svg('<rect width="10" height="10"/>\n<script>alert(document.cookie)</script>'),
      ),
    ).toEqual([
      {
        code: 'SVG_UNSAFE',
        severity: 'error',
        file: FILE,
        line: 4,
        column: 0,
        message: `${FILE} has a <script> element on line 4, which could run code when someone opens the drawing.`,
        fix: FIX,
      },
    ]);
  });

  it('refuses scripts however they are written', () => {
    expect(
      problems(svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg">x()</svg:script>')),
    ).toEqual([
      `3: ${FILE} has a <svg:script> element on line 3, which could run code when someone opens the drawing.`,
    ]);
    expect(problems(svg('<rect\n  width="10"\n  onclick="steal()"/>'))).toEqual([
      `5: ${FILE} has an onclick attribute on <rect> on line 5, which could run code when someone opens the drawing.`,
    ]);
    expect(problems(svg('<svg onload="x()"/>'))).toEqual([
      `3: ${FILE} has an onload attribute on <svg> on line 3, which could run code when someone opens the drawing.`,
    ]);
    expect(problems(svg('<a href=" java&#x09;script:alert(1)"><text>Go</text></a>'))).toEqual([
      `3: ${FILE} has a javascript: link in the href attribute of <a> on line 3, which could run code when someone opens the drawing.`,
    ]);
    expect(problems(svg('<a xlink:href="JavaScript:alert(1)">Go</a>'))).toEqual([
      `3: ${FILE} has a javascript: link in the xlink:href attribute of <a> on line 3, which could run code when someone opens the drawing.`,
    ]);
    expect(
      problems(svg('<a href="#ok"><set attributeName="href" to="javascript:alert(1)"/>Go</a>')),
    ).toEqual([
      `3: ${FILE} has a <set> element that changes the href attribute on line 3, which could run code when someone opens the drawing.`,
      `3: ${FILE} has a javascript: link in the to attribute of <set> on line 3, which could run code when someone opens the drawing.`,
    ]);
    expect(
      problems(svg('<a href="#ok"><animate attributeName="xlink:href" values="#a;#b"/>Go</a>')),
    ).toEqual([
      `3: ${FILE} has an <animate> element that changes the href attribute on line 3, which could run code when someone opens the drawing.`,
    ]);
  });

  it('refuses embedded content', () => {
    expect(
      problems(
        svg(
          '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">Hi</div></foreignObject>',
        ),
      ),
    ).toEqual([
      `3: ${FILE} has a <foreignObject> element on line 3, which could hide a web page or other content inside the drawing.`,
    ]);
    expect(
      problems(
        svg('<iframe src="https://example.com"/>\n<embed src="x.swf"/>\n<object data="x.pdf"/>'),
      ),
    ).toEqual([
      `3: ${FILE} has an <iframe> element on line 3, which could hide a web page or other content inside the drawing.`,
      `4: ${FILE} has an <embed> element on line 4, which could hide a web page or other content inside the drawing.`,
      `5: ${FILE} has an <object> element on line 5, which could hide a web page or other content inside the drawing.`,
    ]);
    expect(
      problems(svg('<image href="data:image/svg+xml;base64,PHN2Zy8+" width="10" height="10"/>')),
    ).toEqual([
      `3: ${FILE} has a data: URL in the href attribute of <image> on line 3, which could hide a web page or other content inside the drawing.`,
    ]);
  });

  it('refuses links and loads outside the drawing', () => {
    const outside =
      'points outside the drawing, and a published drawing must not load or link to other files';
    expect(
      problems(
        svg(
          '<image xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>\n<use href="icons.svg#tick"/>',
        ),
      ),
    ).toEqual([
      `3: ${FILE} has a link to "https://tracker.example/pixel.png" in the xlink:href attribute of <image> on line 3, which ${outside}.`,
      `4: ${FILE} has a link to "icons.svg#tick" in the href attribute of <use> on line 4, which ${outside}.`,
    ]);
    expect(problems(svg('<style>\n@import url("https://fonts.example/f.css");\n</style>'))).toEqual(
      [
        `3: ${FILE} has a <style> element that imports another stylesheet on line 3, which ${outside}.`,
      ],
    );
    expect(problems(svg('<style>@\\69mport "x.css";</style>'))).toEqual([
      `3: ${FILE} has a <style> element that imports another stylesheet on line 3, which ${outside}.`,
    ]);
    expect(
      problems(svg('<style>rect { background: url( "https://example.com/a.png" ) }</style>')),
    ).toEqual([
      `3: ${FILE} has a <style> element that loads "https://example.com/a.png" on line 3, which ${outside}.`,
    ]);
    expect(
      problems(svg('<rect style="fill: url(//example.com/p.svg#p)" width="1" height="1"/>')),
    ).toEqual([
      `3: ${FILE} has a style attribute on <rect> that loads "//example.com/p.svg#p" on line 3, which ${outside}.`,
    ]);
    expect(problems(`<?xml-stylesheet href="https://example.com/s.css"?>\n${svg('')}`)).toEqual([
      `1: ${FILE} has an xml-stylesheet instruction on line 1, which ${outside}.`,
    ]);
  });

  it('reports each problem once, on its own line', () => {
    const text = svg(
      '<script>a()</script>\n<rect onmouseover="b()"/>\n<a href="https://example.com">x</a>',
    );
    expect(checkSvg(FILE, text).map((d) => d.line)).toEqual([3, 4, 5]);
  });

  it('refuses a file that is not a drawing', () => {
    expect(checkSvg(FILE, '<html><body>Hello</body></html>')).toEqual([
      {
        code: 'SVG_INVALID',
        severity: 'error',
        file: FILE,
        line: 0,
        column: 0,
        message: `${FILE} is not an SVG drawing: it does not start with an <svg> element.`,
        fix: 'Export the drawing again as SVG, or save it as PNG.',
      },
    ]);
    expect(checkSvg(FILE, 'just some text').map((d) => d.code)).toEqual(['SVG_INVALID']);
  });
});

describe('svgSize', () => {
  it('reads width and height, in pixels', () => {
    expect(svgSize(svg('', 'width="120" height="60"'))).toEqual({ width: 120, height: 60 });
    expect(svgSize(svg('', 'width="120.4px" height="59.6px" viewBox="0 0 10 10"'))).toEqual({
      width: 120,
      height: 60,
    });
    expect(svgSize(svg('', 'width="1in" height="72pt"'))).toEqual({ width: 96, height: 96 });
  });

  it('takes a missing dimension from the viewBox shape, or the viewBox alone', () => {
    expect(svgSize(svg('', 'width="200" viewBox="0 0 100 50"'))).toEqual({
      width: 200,
      height: 100,
    });
    expect(svgSize(svg('', 'height="25" viewBox="0,0,100,50"'))).toEqual({ width: 50, height: 25 });
    expect(svgSize(svg('', 'width="100%" height="100%" viewBox="0 0 640 480"'))).toEqual({
      width: 640,
      height: 480,
    });
    expect(svgSize(svg('', 'viewBox="-10 -10 300.5 150"'))).toEqual({ width: 301, height: 150 });
  });

  it('gives nothing for a drawing with no size', () => {
    expect(svgSize(svg('', ''))).toBeUndefined();
    expect(svgSize(svg('', 'width="50%" viewBox="0 0 0 10"'))).toBeUndefined();
    expect(svgSize('<html/>')).toBeUndefined();
    expect(svgSize('')).toBeUndefined();
  });
});

describe('a drawing that repeats a problem', () => {
  it('is one error with the count, not one per repeat', () => {
    const bars = Array.from(
      { length: 300 },
      (_, i) => `<a xlink:href="https://github.com/org${i}"><rect width="1" height="1"/></a>`,
    ).join('\n');
    const found = checkSvg(
      'content/d/chart.svg',
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n${bars}\n</svg>`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      'content/d/chart.svg has a link to "https://github.com/org0" in the xlink:href attribute of <a> on line 2 (and 299 more like it), which points outside the drawing, and a published drawing must not load or link to other files.',
    );
  });
});

describe('a drawing with a DTD', () => {
  it('is refused when an entity holds markup, which would be expanded where it is used', () => {
    const found = checkSvg(
      'content/d/e.svg',
      '<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]>\n<svg xmlns="http://www.w3.org/2000/svg">&s;</svg>',
    );
    expect(found.map((d) => [d.code, d.line])).toEqual([['SVG_UNSAFE', 1]]);
  });

  it('is accepted when its entities are plain text, as Illustrator writes them', () => {
    expect(
      checkSvg(
        'content/d/e.svg',
        '<!DOCTYPE svg [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>\n<svg xmlns="&ns_svg;"><rect width="1" height="1"/></svg>',
      ),
    ).toEqual([]);
  });
});
