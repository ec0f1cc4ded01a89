/**
 * Merge stage: places a view into the Handlebars templates of a resolved template pack
 * and returns the constrained HTML that the parse stage reads. Takes the ResolvedPack,
 * a template name and the document's view; returns HTML (or plain text for titles).
 *
 * Templates are trusted and compiled from the pack's files only; data is escaped ({{x}}),
 * never compiled, and prototype access stays off (Handlebars' default since 4.6). Every
 * template is also a partial, under its name relative to the pack folder (the nearest pack
 * in the chain that has it) and under "<pack>:<name>" for every pack of the chain (so an
 * override can wrap its parent's version). Each partial is wrapped so that an error names
 * the file it happened in (TemplateError).
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { AccountsLevel } from '../schema/pack.js';
import { formatHelpers } from './format-helpers.js';
import { numberingHelpers } from './numbering.js';
import { slotHelpers, type SlotRecorder } from './slots.js';
import type { ResolvedStyle } from './style.js';
import type { ResolvedPack, TemplateFile } from './packs.js';
import { TemplateError, templateErrorFrom } from './template-error.js';
import { msg } from '../text/msg.js';

type Render = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** What every document's root view carries besides its own figures. */
export interface RootContext {
  level: AccountsLevel;
  /** The unit's choices, own sentences and number conventions (src/merge/style.ts). */
  style: ResolvedStyle;
}

export interface TemplateEnvironment {
  pack: ResolvedPack;
  /** The parsed template of a name (for the static checks). */
  ast(name: string): hbs.AST.Program;
  has(name: string): boolean;
  file(name: string): TemplateFile;
  /** The root object templates see: the view plus `level`, `style` and the level's wording. */
  rootFor<V extends object>(view: V, context: RootContext): V & RootContext & { wording: Record<string, unknown> };
  /** Renders a template; with a recorder, every slot also records its alternatives (npm run learn). */
  render(name: string, view: object, context: RootContext, recorder?: SlotRecorder): string;
  /** A unit's own sentence for a slot, parsed with its literal text escaped (for the template check). */
  parseOwnSentence(slot: string, source: string): hbs.AST.Program;
  /** A title or label template rendered to plain text (entities decoded). */
  renderText(name: string, view: object, context: RootContext): string;
}

export const KNOWN_HELPERS = [...Object.keys(formatHelpers), ...Object.keys(numberingHelpers), 'slot', 'pick'];
const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(KNOWN_HELPERS.map((k) => [k, true])),
  preventIndent: true,
};
const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

const environments = new WeakMap<ResolvedPack, TemplateEnvironment>();

/** The five characters Handlebars escapes, and the entities it writes for them, decoded. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x60;': '`',
  '&#x3D;': '=',
};

function decodeEscapes(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (entity) => ENTITIES[entity]!);
}

/** wording.json with `levels.<level>` lifted to `level`, so templates write {{term "level.org"}}. */
function wordingFor(pack: ResolvedPack, level: AccountsLevel): Record<string, unknown> {
  const levels = pack.wording.levels as Record<string, unknown> | undefined;
  return { ...pack.wording, level: levels?.[level] ?? {} };
}

export function templateEnvironment(pack: ResolvedPack): TemplateEnvironment {
  const cached = environments.get(pack);
  if (cached) return cached;
  const hb = Handlebars.create();
  hb.registerHelper(formatHelpers);
  hb.registerHelper(numberingHelpers);
  const slots = slotHelpers(hb, COMPILE_OPTIONS);
  hb.registerHelper(slots.helpers);
  const renders = new Map<string, Render>();
  const asts = new Map<string, hbs.AST.Program>();
  const all = new Map([...pack.templates, ...pack.qualifiedTemplates]);
  for (const template of all.values()) {
    const source = readFileSync(template.file, 'utf8');
    let ast: hbs.AST.Program;
    try {
      ast = hb.parse(source);
    } catch (err) {
      throw templateErrorFrom(err, template.file);
    }
    asts.set(template.name, ast);
    const compiled = hb.compile(ast, COMPILE_OPTIONS);
    const render: Render = (context, options) => {
      try {
        return compiled(context, options);
      } catch (err) {
        throw templateErrorFrom(err, template.file);
      }
    };
    hb.registerPartial(template.name, render as unknown as Handlebars.Template);
    renders.set(template.name, render);
  }
  const rootFor: TemplateEnvironment['rootFor'] = (view, context) => ({ ...view, ...context, wording: wordingFor(pack, context.level) });
  const render = (name: string, view: object, context: RootContext, recorder?: SlotRecorder): string => {
    const fn = renders.get(name);
    if (!fn) throw new TemplateError([{ file: pack.name, detail: msg`模板包“${pack.name}”中没有模板“${name}”` }]);
    return fn(rootFor(view, context), recorder ? { ...RUNTIME_OPTIONS, data: { slotRecorder: recorder } } : RUNTIME_OPTIONS);
  };
  const environment: TemplateEnvironment = {
    pack,
    ast: (name) => {
      const ast = asts.get(name);
      if (!ast) throw new TemplateError([{ file: pack.name, detail: msg`模板包“${pack.name}”中没有模板“${name}”` }]);
      return ast;
    },
    has: (name) => renders.has(name),
    file: (name) => all.get(name)!,
    rootFor,
    render,
    parseOwnSentence: slots.parseOwnSentence,
    // Note: a title partial also names the file; its <wbr> break hints (TitleNode.breaks) are not text.
    renderText: (name, view, context) =>
      decodeEscapes(render(name, view, context).replace(/<wbr\s*\/?>/g, ''))
        .replace(/\s*[\r\n]\s*/g, '')
        .trim(),
  };
  environments.set(pack, environment);
  return environment;
}
