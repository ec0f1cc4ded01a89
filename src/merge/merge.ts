/**
 * Merge stage: places a view model into the Handlebars templates of a template set and
 * returns the constrained HTML that the parse stage reads. Templates are trusted and
 * compiled from files under templates/<set>/ only; data is escaped ({{x}}), never compiled,
 * and prototype access stays off (Handlebars' default since 4.6).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { formatHelpers } from './format-helpers.js';

const TEMPLATES_ROOT = fileURLToPath(new URL('../../templates/', import.meta.url));

type Render = (view: unknown) => string;

const environments = new Map<string, Map<string, Render>>();

function listTemplates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTemplates(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}

/** templates/<set>/, after refusing a set name that could reach outside templates/. */
export function templateSetDir(templateSet: string): string {
  if (!/^[a-z0-9-]+$/.test(templateSet)) throw new Error(`模板组名称无效：${templateSet}`);
  return join(TEMPLATES_ROOT, templateSet);
}

/** Compiles every template of a set once per process; each file is also a partial. */
function environment(templateSet: string): Map<string, Render> {
  const cached = environments.get(templateSet);
  if (cached) return cached;
  const root = templateSetDir(templateSet);
  const hb = Handlebars.create();
  hb.registerHelper(formatHelpers);
  const options = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(formatHelpers).map((k) => [k, true])),
    preventIndent: true,
  };
  const renders = new Map<string, Render>();
  for (const file of listTemplates(root)) {
    const name = relative(root, file).split(sep).join('/').replace(/\.hbs$/, '');
    const compiled = hb.compile(readFileSync(file, 'utf8'), options);
    hb.registerPartial(name, compiled);
    renders.set(name, (view) => compiled(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }));
  }
  environments.set(templateSet, renders);
  return renders;
}

export function merge(templateSet: string, documentName: string, view: unknown): string {
  const render = environment(templateSet).get(documentName);
  if (!render) throw new Error(`模板组 ${templateSet} 中没有文档模板 ${documentName}`);
  return render(view);
}
