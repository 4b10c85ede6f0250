const { readContentFiles } = await import('/work/main/src/content/site-files.ts');
const { loadPages } = await import('/work/main/src/content/site-model.ts');
const { validateContent } = await import('/work/main/src/content/index.ts');
const { createMarkdown } = await import('/work/main/src/render/markdown/index.ts');
const { linkTargetDataFor } = await import('/work/main/src/content/link-targets.ts');
const { checkPages } = await import('/work/main/src/check/page-checks.ts');
const { styleSettingsOfFile } = await import('/work/main/src/check/style/index.ts');
const files = readContentFiles('/tmp/b10k');
const pages = files.pages.slice(0, 5000);
const loaded = loadPages(pages);
const { model } = validateContent({ ...files, pages }, { drafts: true, checkMarkdown: false, loadedPages: loaded }, createMarkdown());
const sources = new Map(pages.map((p: any) => [p.file, p.text]));
const settingsOf = styleSettingsOfFile(model);
const toCheck = model.pages.map((page: any) => ({ page, source: sources.get(page.file), settings: settingsOf(page.file), english: true }));
const targets = linkTargetDataFor(model);
const c = process.cpuUsage(); const t = performance.now();
for (let i = 0; i < toCheck.length; i += 100) checkPages(toCheck.slice(i, i + 100), targets);
const u = process.cpuUsage(c);
console.log(process.env.V, 'cpu', Math.round((u.user + u.system) / 1000), 'wall', Math.round(performance.now() - t));
const v8 = await import('node:v8');
for (let r = 0; r < 3; r++) {
  const c2 = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < toCheck.length; i += 100) { const b = v8.serialize(toCheck.slice(i, i + 100)); bytes += b.length; v8.deserialize(b); }
  const l2 = process.cpuUsage();
  for (let i = 0; i < loaded.length; i += 100) { const b = v8.serialize(loaded.slice(i, i + 100)); v8.deserialize(b); }
  const u2 = process.cpuUsage(c2); const u3 = process.cpuUsage(l2);
  console.log('clone toCheck+loaded cpu', Math.round((u2.user + u2.system) / 1000), 'of which loaded', Math.round((u3.user + u3.system) / 1000), 'MB', Math.round(bytes / 1e6));
}
