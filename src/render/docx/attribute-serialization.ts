/**
 * Serializes docx's `NextAttributeComponent` (the attributes of most WordprocessingML
 * elements: w:val, w:w, w:type …) in one pass. Takes nothing; on import, replaces that
 * class's `prepForXml` with one that returns the same object, in the same key order.
 *
 * Note: docx 9.15 builds the attribute object with `reduce` and an object spread per
 * attribute, a new object each step; it was about a sixth of the time docx takes to write
 * the 部门决算说明's parts (tens of thousands of elements). The replacement assigns into one
 * object, which gives the same keys in the same order (a repeated key keeps its first place
 * and takes its last value, as the spread did). The keys are docx's own XML attribute names,
 * never data. test/render-docx checks the replacement against docx's own on every component
 * of a document; the docx version is pinned by package-lock.json.
 */
import { NextAttributeComponent } from 'docx';

interface AttributeEntry {
  key: string;
  value: unknown;
}

type PrepForXml = (this: { root: Record<string, AttributeEntry> }, context: unknown) => { _attr: Record<string, unknown> };

const prototype = NextAttributeComponent.prototype as unknown as { prepForXml: PrepForXml };

/** docx's own implementation, kept for the test that compares both. */
export const docxOwnPrepForXml: PrepForXml = prototype.prepForXml;

export const onePassPrepForXml: PrepForXml = function onePassPrepForXml(this: { root: Record<string, AttributeEntry> }) {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attributes[key] = value;
  return { _attr: attributes };
};

prototype.prepForXml = onePassPrepForXml;
