/**
 * The security headers: a strict Content-Security-Policy that allows govuk-frontend's one inline
 * script by its hash and Pagefind's WebAssembly, and nothing inline else; written to
 * `_site/_headers`, to nginx for the main site, and into every legacy host's server block.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import {
  contentSecurityPolicy,
  headersFile,
  headersFor,
  nginxHeaderLines,
  nginxSiteConfig,
  securityHeaders,
} from '../../src/quality/security-headers.ts';
import { govukTemplateScriptHashes } from '../../src/render/csp.ts';
import { copyExample, tmpDir } from '../site/helpers.ts';

const [hash] = govukTemplateScriptHashes();

describe('the Content-Security-Policy', () => {
  it('allows only our own files, the template script by its hash, and WebAssembly for search', () => {
    expect(govukTemplateScriptHashes()).toHaveLength(1);
    expect(contentSecurityPolicy()).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${hash}`,
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|\*/);
  });

  it("for pages served on a legacy host, names the site's origin and allows no search", () => {
    const policy = contentSecurityPolicy({ source: 'https://www.example.gov', search: false });
    expect(policy).toContain(`script-src https://www.example.gov ${hash}`);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain("'self'");
  });

  it('matches the inline script of every built page', () => {
    const template = fs.readFileSync(
      path.resolve('node_modules/govuk-frontend/dist/govuk/template.njk'),
      'utf8',
    );
    expect(template.match(/<script\b/g)).toHaveLength(1);
  });
});

describe('_headers and nginx', () => {
  it('writes Netlify/Cloudflare syntax that reads back per path', () => {
    const file = headersFile();
    expect(file.startsWith("/*\n  Content-Security-Policy: default-src 'self';")).toBe(true);
    expect(headersFor(file, '/vat/register/').map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
      'Cross-Origin-Opener-Policy',
    ]);
    expect(headersFor(file, '/assets/site-1.css')).toContainEqual([
      'Cache-Control',
      'public, max-age=31536000, immutable',
    ]);
    expect(Object.fromEntries(securityHeaders())).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': expect.stringMatching(
        /^accelerometer=\(\), browsing-topics=\(\), camera=\(\),.* geolocation=\(\),.* microphone=\(\),/,
      ),
    });
  });

  it('writes nginx add_header lines that apply to error pages too', () => {
    expect(
      nginxHeaderLines([
        ['X-Content-Type-Options', 'nosniff'],
        ['X', 'a "quoted" value'],
      ]),
    ).toEqual([
      'add_header X-Content-Type-Options "nosniff" always;',
      'add_header X "a \\"quoted\\" value" always;',
    ]);
  });

  it('serves a site under a path prefix from nginx', () => {
    const conf = nginxSiteConfig({
      siteDir: '/srv/_site',
      headersFile: '/srv/h.conf',
      serverName: 'example.github.io',
      pathPrefix: '/gov/',
    });
    expect(conf).toContain(
      '  location /gov/ {\n    rewrite ^/gov(/.*)$ $1 break;\n    include /srv/h.conf;\n  }',
    );
    expect(conf).toContain('  location ^~ /gov/assets/ {');
  });

  describe('a build', () => {
    let root: string;
    let deployDir: string;
    beforeAll(async () => {
      root = copyExample();
      deployDir = path.join(tmpDir('headers-deploy-'), '_deploy');
      const result = await buildSite({ root, deployDir });
      expect(result.ok).toBe(true);
    });

    it('writes _site/_headers', () => {
      expect(fs.readFileSync(path.join(root, '_site/_headers'), 'utf8')).toBe(headersFile());
    });

    it("writes the main site's nginx server block and its headers file", () => {
      const conf = fs.readFileSync(path.join(deployDir, 'nginx/site.conf'), 'utf8');
      expect(conf).toContain('server_name www.example.gov;');
      expect(conf).toContain(`root ${path.join(root, '_site')};`);
      expect(
        conf.match(new RegExp(`include ${deployDir}/nginx/security-headers.conf;`, 'g')),
      ).toHaveLength(3);
      expect(fs.readFileSync(path.join(deployDir, 'nginx/security-headers.conf'), 'utf8')).toBe(
        `${nginxHeaderLines().join('\n')}\n`,
      );
    });

    it("sets the headers in every legacy host's server block", () => {
      const conf = fs.readFileSync(path.join(deployDir, 'nginx/legacy-sites.conf'), 'latin1');
      const servers = conf.split(/^server \{$/m).slice(1);
      expect(servers.length).toBeGreaterThan(1);
      for (const server of servers) {
        expect(server).toContain(
          `add_header Content-Security-Policy "default-src https://www.example.gov; script-src https://www.example.gov ${hash};`,
        );
        expect(server).toContain('add_header X-Content-Type-Options "nosniff" always;');
      }
    });
  });
});
