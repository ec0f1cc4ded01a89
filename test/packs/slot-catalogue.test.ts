/**
 * The slot catalogue (templates/catalogue/slots.json) and the templates agree: every choice a
 * template picks, and every alternative it names, is in the catalogue; every slot a template
 * marks is listed and every listed slot is marked; every alternative cites a published source
 * (or says why it cannot); every shipped pack chooses only what exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DIR, discoverPacks, resolvePack } from '../../src/merge/packs.js';
import { loadSlotCatalogue } from '../../src/merge/slot-catalogue.js';

type Node = hbs.AST.Node;

/** Partial parameters that carry a sentence's own alternative of a choice (shared/amount-word, shared/reason). */
const PARAMETER_CHOICES: Readonly<Record<string, string>> = { words: 'changeWords', lead: 'reasonLeadIn' };

interface Found {
  picks: { choice: string; alternative: string; where: string }[];
  slots: { id: string; where: string }[];
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templateFiles(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
  );
}

const literal = (node: Node | undefined): string | undefined =>
  node?.type === 'StringLiteral' ? (node as hbs.AST.StringLiteral).value : undefined;

/** A `(pick "choice" "default")` sub-expression's choice, or undefined. */
function pickChoice(node: Node | undefined): string | undefined {
  if (node?.type !== 'SubExpression') return undefined;
  const sub = node as hbs.AST.SubExpression;
  return sub.path.original === 'pick' ? literal(sub.params[0]) : undefined;
}

function scan(file: string, found: Found): void {
  const where = file.slice(file.indexOf('templates/'));
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    const call = node as hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement;
    if ('path' in call && 'params' in call) {
      const name = (call.path as hbs.AST.PathExpression).original;
      // A partial's own word arrives as a parameter (shared/change words=…, shared/reason lead=…): checked where it is given.
      if (name === 'pick' && literal(call.params[1]) !== undefined)
        found.picks.push({ choice: literal(call.params[0])!, alternative: literal(call.params[1])!, where });
      if (name === 'eq') {
        const [a, b] = call.params;
        const choice = pickChoice(a);
        if (choice && literal(b) !== undefined) found.picks.push({ choice, alternative: literal(b)!, where });
      }
      if (name === 'slot' && literal(call.params[0])) found.slots.push({ id: literal(call.params[0])!, where });
      call.params.forEach(visit);
      call.hash?.pairs.forEach((p) => visit(p.value));
    }
    if (node.type === 'PartialStatement') {
      for (const pair of (node as hbs.AST.PartialStatement).hash?.pairs ?? []) {
        const value = literal(pair.value);
        if (value === undefined) continue;
        if (/^(slotId|itemSlotId)$/.test(pair.key)) found.slots.push({ id: value, where });
        const choice = PARAMETER_CHOICES[pair.key];
        if (choice) found.picks.push({ choice, alternative: value, where });
      }
    }
    if (node.type === 'BlockStatement') {
      visit((node as hbs.AST.BlockStatement).program);
      visit((node as hbs.AST.BlockStatement).inverse);
    }
    if (node.type === 'Program') (node as hbs.AST.Program).body.forEach(visit);
  };
  visit(Handlebars.parse(readFileSync(file, 'utf8')));
}

const catalogue = loadSlotCatalogue();
const found: Found = { picks: [], slots: [] };
for (const file of templateFiles(CATALOGUE_DIR)) scan(file, found);

describe('the slot catalogue and the templates', () => {
  it('finds the slots and choices of the templates', () => {
    expect(found.slots.length).toBeGreaterThan(30);
    expect(found.picks.length).toBeGreaterThan(30);
  });

  it('lists every choice and alternative a template names', () => {
    const unknown = found.picks.filter((p) => !catalogue.choices[p.choice]?.alternatives[p.alternative]);
    expect(unknown).toEqual([]);
  });

  it('lists every slot a template marks, and marks every slot it lists', () => {
    const marked = new Set(found.slots.map((s) => s.id));
    expect([...marked].filter((id) => !catalogue.slots[id])).toEqual([]);
    expect(Object.keys(catalogue.slots).filter((id) => !marked.has(id))).toEqual([]);
  });

  it('cites a published document for every alternative, or says why it cannot', () => {
    for (const [name, choice] of Object.entries(catalogue.choices)) {
      for (const [alternative, entry] of Object.entries(choice.alternatives)) {
        expect(entry.sources.length > 0 || (entry.note ?? '').length > 0, `${name}.${alternative}`).toBe(true);
      }
    }
  });

  it('has every shipped pack choose only what exists', () => {
    for (const { manifest } of discoverPacks().values()) {
      const choices = (manifest.style?.choices ?? []).map((c) => ({ slot: c.slot, choice: c.choice, alt: c.alternative }));
      for (const { slot, choice, alt } of choices) {
        expect(catalogue.choices[choice]?.alternatives[alt], `${manifest.name}: ${slot ?? '*'} ${choice}=${alt}`).toBeDefined();
        if (slot !== undefined) expect(catalogue.slots[slot], `${manifest.name}: slot ${slot}`).toBeDefined();
      }
    }
  });

  // Issue 18 point 1: a pack's default is the alternative seen most often in the published
  // documents of its years (templates/catalogue/slots.json counts, `npm run catalogue:count`),
  // unless the choice says why the careful form is the default instead (issue 20).
  it("sets as each pack's whole-document default the alternative published most often in its years", () => {
    const packs = discoverPacks();
    for (const { manifest } of packs.values()) {
      const voice = new Map(
        resolvePack(manifest.name)
          .style.choices?.filter((c) => c.slot === undefined)
          .map((c) => [c.choice, c.alternative]),
      );
      const inYears = (key: string) => {
        const year = Number(key.slice(0, 4));
        return year >= manifest.years.from && year <= (manifest.years.to ?? 9999);
      };
      const tally = new Map<string, Map<string, number>>();
      for (const slot of Object.values(catalogue.slots)) {
        for (const [choice, alternatives] of Object.entries(slot.counts ?? {})) {
          for (const [alternative, byYear] of Object.entries(alternatives)) {
            const n = Object.entries(byYear).reduce((sum, [key, count]) => sum + (inYears(key) ? count : 0), 0);
            const t = tally.get(choice) ?? new Map<string, number>();
            t.set(alternative, (t.get(alternative) ?? 0) + n);
            tally.set(choice, t);
          }
        }
      }
      for (const [choice, t] of tally) {
        const entry = catalogue.choices[choice]!;
        if (!entry.voice || entry.careful || !voice.has(choice)) continue;
        const most = Math.max(...t.values());
        if (most === 0) continue;
        const set = voice.get(choice)!;
        expect(t.get(set) ?? 0, `${manifest.name}: ${choice}=${set}, counts ${JSON.stringify([...t])}`).toBe(most);
      }
    }
  });
});
