/**
 * Template packs: finds them, validates their pack.json, follows `extends`, and resolves
 * one pack into what the merge stage needs. Takes pack folders (the bundled templates/
 * and any folders given with --packs, searched first); returns a ResolvedPack: its chain
 * (child first), the merged wording options, the merged wording.json, the glossary terms
 * and, for every template name, the file that defines it (the nearest pack in the chain
 * that has it). Resolution is cached per folder list and pack name.
 *
 * Every chain stands on the catalogue (`templates/catalogue/`, ARCHITECTURE.md §4): the one
 * set of templates whose sentences are slots with named variants, with the wording.json and
 * glossary.json they read. A shipped pack is settings over it (its pack.json); a pack may
 * still override a template of the catalogue by a file of the same relative name.
 *
 * A pack overrides only what differs from its parent: a partial file of the same relative
 * name replaces the parent's, wording.json is merged key by key (objects deeply, arrays
 * replaced), options are merged one by one, glossary.json replaces the parent's whole.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { parseJson } from '../load/parse-json.js';
import { templateErrorFrom } from './template-error.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';
import { glossarySchema, type Glossary } from '../schema/glossary.js';
import { packSchema, type AccountsLevel, type PackManifest } from '../schema/pack.js';
import { wordingFileSchema, wordingSchema, type Wording } from '../schema/wording.js';
import type { WordingOptions } from '../schema/wording-options.js';
import type { PackStyle } from './style.js';
import type { PublicTableId } from '../tables/table-ids.js';
import { msg } from '../text/msg.js';

export const BUNDLED_PACKS_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The catalogue every pack stands on: templates, wording.json, glossary.json (no pack.json). */
export const CATALOGUE_DIR = join(BUNDLED_PACKS_DIR, 'catalogue');
/** The name the catalogue's templates are also registered under: {{> catalogue:final-accounts/totals-sentence}}. */
export const CATALOGUE_NAME = 'catalogue';

/** Where a template comes from: its name (e.g. final-accounts/part2-accounts) and file. */
export interface TemplateFile {
  name: string;
  file: string;
  pack: string;
}

export interface ResolvedPack {
  name: string;
  manifest: PackManifest;
  /** This pack first, then its parent, up to the root pack. */
  chain: string[];
  options: WordingOptions;
  /** The default choices and number conventions of the chain (the child's win, choice by choice). */
  style: PackStyle;
  /** The 附表 of the edition, in order (the nearest pack that lists them). */
  publicTables: PublicTableId[];
  /** wording.json of the chain, merged (the child's keys win), complete (src/schema/wording.ts). */
  wording: Wording;
  glossary: Glossary;
  templates: Map<string, TemplateFile>;
  /**
   * Every template of every pack in the chain under "<pack>:<name>", so that a pack can
   * wrap the sentence it overrides: {{> sichuan-2022:final-accounts/totals-sentence}}.
   */
  qualifiedTemplates: Map<string, TemplateFile>;
}

/** A broken pack is an installation problem, reported with the file and every issue. */
export class PackError extends Error {
  override name = 'PackError';
}

interface PackFolder {
  manifest: PackManifest;
  dir: string;
}

const folderCache = new Map<string, Map<string, PackFolder>>();
const resolvedCache = new Map<string, ResolvedPack>();

function readJsonFile(file: string): unknown {
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new PackError(msg`模板包文件 ${file} 不是有效的 JSON：${parsed.errors.map((e) => e.message).join('；')}`);
  return parsed.value;
}

interface Schema<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof formatIssues>[0] } };
}

/** A pack file's content checked against its schema, or a PackError listing every issue with its path. */
function validated<T>(file: string, raw: unknown, schema: Schema<T>): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const lines = formatIssues(result.error.issues, raw).map((e) => msg`  ${e.path}：${e.message}`);
  throw new PackError(msg`模板包文件 ${file} 有误：\n${lines.join('\n')}`);
}

/** Every pack of the given folders (earlier folders win on a name clash). */
export function discoverPacks(roots: readonly string[] = [BUNDLED_PACKS_DIR]): Map<string, PackFolder> {
  const key = roots.join('\u0000');
  const cached = folderCache.get(key);
  if (cached) return cached;
  installChineseLocale();
  const packs = new Map<string, PackFolder>();
  for (const root of roots) {
    if (!existsSync(root)) throw new PackError(msg`模板包目录不存在：${root}`);
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      const dir = join(root, entry.name);
      const file = join(dir, 'pack.json');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const manifest = validated(file, readJsonFile(file), packSchema);
      if (manifest.name !== entry.name) {
        throw new PackError(msg`模板包文件 ${file} 的 name 为“${manifest.name}”，应与文件夹名“${entry.name}”相同`);
      }
      if (!packs.has(entry.name)) packs.set(entry.name, { manifest, dir });
    }
  }
  folderCache.set(key, packs);
  return packs;
}

export function packNames(roots?: readonly string[]): string[] {
  return [...discoverPacks(roots).keys()].sort();
}

function listTemplateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTemplateFiles(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge of wording objects: the child's keys win; arrays and strings are replaced. */
export function mergeWording(parent: Record<string, unknown>, child: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    const base = merged[key];
    merged[key] = isPlainObject(base) && isPlainObject(value) ? mergeWording(base, value) : value;
  }
  return merged;
}

/** A child's choices after its parent's (later entries win, src/merge/style.ts); number conventions kind by kind. */
function mergePackStyle(parent: PackStyle, child: PackStyle | undefined): PackStyle {
  if (!child) return parent;
  const numbers = { ...parent.numbers };
  for (const [kind, convention] of Object.entries(child.numbers ?? {})) {
    Object.assign(numbers, { [kind]: { ...(numbers as Record<string, object | undefined>)[kind], ...convention } });
  }
  return { choices: [...(parent.choices ?? []), ...(child.choices ?? [])], numbers };
}

export function resolvePack(name: string, roots: readonly string[] = [BUNDLED_PACKS_DIR]): ResolvedPack {
  const cacheKey = `${roots.join('\u0000')}\u0001${name}`;
  const cached = resolvedCache.get(cacheKey);
  if (cached) return cached;
  const packs = discoverPacks(roots);
  const chain: PackFolder[] = [];
  for (let current: string | undefined = name; current !== undefined;) {
    const folder = packs.get(current);
    if (!folder) {
      const from = chain.length === 0 ? '' : msg`（模板包“${chain[chain.length - 1]!.manifest.name}”的 extends）`;
      throw new PackError(msg`没有名为“${current}”的模板包${from}；可用的模板包：${[...packs.keys()].sort().join('、')}`);
    }
    if (chain.includes(folder))
      throw new PackError(msg`模板包的 extends 形成循环：${[...chain.map((c) => c.manifest.name), current].join(' → ')}`);
    chain.push(folder);
    current = folder.manifest.extends;
  }
  const rootFirst = [{ manifest: { name: CATALOGUE_NAME } as PackManifest, dir: CATALOGUE_DIR }, ...[...chain].reverse()];
  let wording: Record<string, unknown> = {};
  const wordingFiles: string[] = [];
  let options: WordingOptions = {};
  let style: PackStyle = {};
  let publicTables: PublicTableId[] = [];
  let glossary: ResolvedPack['glossary'] | undefined;
  const templates = new Map<string, TemplateFile>();
  const qualifiedTemplates = new Map<string, TemplateFile>();
  for (const { manifest, dir } of rootFirst) {
    options = { ...options, ...manifest.options };
    style = mergePackStyle(style, manifest.style);
    if (manifest.publicTables) publicTables = manifest.publicTables;
    const wordingFile = join(dir, 'wording.json');
    if (existsSync(wordingFile)) {
      wording = mergeWording(wording, validated(wordingFile, readJsonFile(wordingFile), wordingFileSchema) as Record<string, unknown>);
      wordingFiles.push(wordingFile);
    }
    const glossaryFile = join(dir, 'glossary.json');
    if (existsSync(glossaryFile)) glossary = validated(glossaryFile, readJsonFile(glossaryFile), glossarySchema);
    for (const file of listTemplateFiles(dir)) {
      const templateName = relative(dir, file)
        .split(sep)
        .join('/')
        .replace(/\.hbs$/, '');
      templates.set(templateName, { name: templateName, file, pack: manifest.name });
      qualifiedTemplates.set(`${manifest.name}:${templateName}`, { name: `${manifest.name}:${templateName}`, file, pack: manifest.name });
    }
  }
  if (!glossary) throw new PackError(msg`模板目录 ${CATALOGUE_DIR} 中没有 glossary.json`);
  const resolved: ResolvedPack = {
    name,
    manifest: chain[0]!.manifest,
    chain: chain.map((c) => c.manifest.name),
    options,
    style,
    publicTables,
    wording: completeWording(name, wordingFiles, wording, publicTables),
    glossary,
    templates,
    qualifiedTemplates,
  };
  resolvedCache.set(cacheKey, resolved);
  return resolved;
}

/**
 * The chain's merged wording, checked complete: every key of src/schema/wording.ts, and a
 * title for every 附表 the pack lists. Throws a PackError naming the pack and its files.
 */
/** The wording of a resolved chain, complete (every key, a title for every listed 附表), or a PackError. Exported for its test. */
export function completeWording(
  name: string,
  files: readonly string[],
  wording: Record<string, unknown>,
  publicTables: readonly PublicTableId[],
): Wording {
  const where = msg`模板包“${name}”的文字（${files.join('、') || msg`没有 wording.json`}）`;
  const result = wordingSchema.safeParse(wording);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, wording).map((e) => msg`  ${e.path}：${e.message}`);
    throw new PackError(msg`${where}合并后不完整：\n${lines.join('\n')}`);
  }
  const untitled = publicTables.filter((id) => result.data.publicTables.titles[id] === undefined);
  if (untitled.length > 0)
    throw new PackError(msg`${where}缺少附表的表名：${untitled.map((id) => `$.publicTables.titles.${id}`).join('、')}`);
  return result.data;
}

export interface PackChoice {
  name: string;
  /** Set when no pack is written for the year: the nearest one was taken. */
  nearestFor?: { year: number; level: AccountsLevel };
}

/**
 * The default pack for a year and level: a pack whose years include the year and whose
 * levels include the level; among several, the one whose years start latest (the most
 * specific). When none covers the year, the pack nearest in years for that level.
 */
export function defaultPack(year: number, level: AccountsLevel, roots?: readonly string[]): PackChoice {
  const candidates = [...discoverPacks(roots).values()].map((p) => p.manifest).filter((m) => m.levels.includes(level));
  if (candidates.length === 0) throw new PackError(msg`没有适用于${level}决算的模板包`);
  const covering = candidates.filter((m) => m.years.from <= year && (m.years.to === undefined || year <= m.years.to));
  if (covering.length > 0) {
    covering.sort((a, b) => b.years.from - a.years.from || a.name.localeCompare(b.name));
    return { name: covering[0]!.name };
  }
  const distance = (m: PackManifest) => (year < m.years.from ? m.years.from - year : year - (m.years.to ?? year));
  candidates.sort((a, b) => distance(a) - distance(b) || b.years.from - a.years.from);
  return { name: candidates[0]!.name, nearestFor: { year, level } };
}

/**
 * Checks every pack of the given folders (and the bundled ones) before a run: each folder
 * exists, each pack.json is valid, each `extends` chain ends, each template parses. Throws
 * PackError or TemplateError with the file; returns the pack names.
 */
export function checkPacks(extraDirs: readonly string[]): string[] {
  for (const dir of extraDirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new PackError(msg`--packs 指定的模板包目录不存在或不是文件夹：${dir}`);
  }
  const roots = [...extraDirs, BUNDLED_PACKS_DIR];
  const names = [...discoverPacks(roots).keys()];
  // A template a pack inherits is the same file in every pack that extends it: parsed once.
  const files = new Set(names.flatMap((name) => [...resolvePack(name, roots).templates.values()].map((template) => template.file)));
  for (const file of files) {
    try {
      Handlebars.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw templateErrorFrom(err, file);
    }
  }
  return names;
}
