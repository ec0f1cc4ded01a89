/**
 * Lists numbered by what is printed: `{{#numbering}}…{{/numbering}}` opens a list, and each
 * `{{next}}` inside it (on a branch that is taken) prints the next number, so an item the data
 * leaves out leaves no gap ("1.项目管理 2.项目实施", never "2.项目管理 3.…"). `{{cn n}}` names a
 * number with the pack's Chinese numerals (wording.json `numerals`: 1 → 一), for "（一）".
 * Takes nothing; returns the helpers.
 *
 * Note: a slot rendered again for learn's enumeration (src/merge/slots.ts) gets a copy of
 * the counter, so only the printed rendering advances the list.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import Handlebars from 'handlebars';
import { msg } from '../text/msg.js';
import { HelperError } from './format-helpers.js';

export interface Counter {
  n: number;
}

interface NumberingFrame {
  numbering?: Counter;
  root?: { wording?: { numerals?: unknown } };
}

const last = (args: unknown[]) => args[args.length - 1] as HelperOptions;

export const numberingHelpers: Record<string, HelperDelegate> = {
  numbering: function (this: unknown, ...args: unknown[]) {
    const options = last(args);
    const data = Handlebars.createFrame(options.data) as NumberingFrame;
    data.numbering = { n: 0 };
    return options.fn(this, { data });
  },
  next: (...args: unknown[]) => {
    const options = last(args);
    const counter = (options.data as NumberingFrame | undefined)?.numbering;
    if (!counter) throw new HelperError(msg`助手 next 只能用在 {{#numbering}}…{{/numbering}} 之中`, options);
    counter.n += 1;
    return counter.n;
  },
  cn: (...args: unknown[]) => {
    const options = last(args);
    const [n] = args;
    const numerals = (options.data as NumberingFrame | undefined)?.root?.wording?.numerals;
    if (typeof n !== 'number' || !Array.isArray(numerals) || typeof numerals[n - 1] !== 'string') {
      throw new HelperError(
        msg`助手 cn 需要 1 至 ${Array.isArray(numerals) ? numerals.length : 0} 的数（模板包 wording.json 的 numerals），收到“${String(n)}”`,
        options,
      );
    }
    return numerals[n - 1] as string;
  },
};
