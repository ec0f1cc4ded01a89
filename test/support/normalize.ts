/**
 * Text normalisation shared by the .docx and .pdf text helpers: takes extracted or expected
 * text and returns a form in which a sentence can be searched for whatever line breaks,
 * spacing and full-/half-width punctuation the backend produced.
 */

const TO_HALF_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '％': '%',
};

export function normalizeForSearch(text: string): string {
  return (
    text
      // JavaScript's \s includes the ideographic space U+3000 and no-break spaces.
      .replace(/\s+/g, '')
      .replace(/[，：；（）！？％]/g, (character) => TO_HALF_WIDTH[character] ?? character)
  );
}
