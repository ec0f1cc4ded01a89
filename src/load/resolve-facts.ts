/**
 * Replaces `${name}` references in every text field with the value of `facts.name`, so a
 * fact that the documents state in several places (1411名法律明白人, 526件) is stored once.
 * Takes validated data; returns the data with references resolved, or one error per
 * unknown name with the JSON path of the text that uses it. Substitution is plain text:
 * data never becomes template code.
 */
import type { Finding } from '../schema/format-issues.js';
import { jsonPath } from '../schema/format-issues.js';
import type { UnitYear } from '../schema/unit-year.js';
import { msg } from '../text/msg.js';

const REFERENCE = /\$\{([^}]*)\}/g;

export function resolveFacts(data: UnitYear): { data: UnitYear; errors: Finding[] } {
  const errors: Finding[] = [];
  const facts = data.facts;
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      if (path[0] === 'facts' || path[0] === '$schema') return node;
      return node.replace(REFERENCE, (whole, name: string) => {
        const value = Object.hasOwn(facts, name) ? facts[name] : undefined;
        if (value === undefined) {
          errors.push({ path: jsonPath(path), message: msg`引用了未定义的事实 \${${name}}；请在 facts 中定义，或删除该引用` });
          return whole;
        }
        return String(value);
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return node;
  };
  return { data: walk(data, []) as UnitYear, errors };
}
