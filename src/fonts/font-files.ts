/**
 * Which TrueType file draws each font role of the PDF: takes nothing; returns the default
 * role → path map (the Noto files of the @expo-google-fonts packages, resolved by path,
 * never imported) and the roles; and keeps the font bytes another thread shared. Kept
 * apart from fonts.ts so that a thread which only reads the files (to share their bytes
 * with the render workers) loads no font parser.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type PdfFontRole = 'body' | 'bodyBold' | 'heading1' | 'heading2' | 'title';

export const PDF_FONT_ROLES: readonly PdfFontRole[] = ['body', 'bodyBold', 'heading1', 'heading2', 'title'];

/** Role → absolute path of a static TrueType (.ttf) file. */
export type FontConfig = Record<PdfFontRole, string>;

let defaults: FontConfig | undefined;

/** Note: resolving a package path costs file-system lookups; it is done once per thread. */
export function defaultFontConfig(): FontConfig {
  defaults ??= resolveDefaults();
  return { ...defaults };
}

function resolveDefaults(): FontConfig {
  const serif = (file: string): string => require.resolve(`@expo-google-fonts/noto-serif-sc/${file}`);
  const sans = (file: string): string => require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`);
  return {
    body: serif('400Regular/NotoSerifSC_400Regular.ttf'),
    bodyBold: serif('700Bold/NotoSerifSC_700Bold.ttf'),
    heading1: sans('500Medium/NotoSansSC_500Medium.ttf'),
    heading2: serif('600SemiBold/NotoSerifSC_600SemiBold.ttf'),
    title: serif('900Black/NotoSerifSC_900Black.ttf'),
  };
}

/** Font files read once by the main thread and shared with every worker (no copy). */
const sharedBytes = new Map<string, Uint8Array>();

/**
 * Uses font bytes another thread already read: path → SharedArrayBuffer. A render worker
 * calls this before its first document, so a pool of N workers holds one copy of the
 * fonts (about 70 MB) instead of N.
 */
export function useSharedFontBytes(files: Readonly<Record<string, SharedArrayBuffer>>): void {
  for (const [path, bytes] of Object.entries(files)) sharedBytes.set(path, new Uint8Array(bytes));
}

/** The shared bytes of a font file, if a thread shared them. */
export function sharedFontBytesOf(path: string): Uint8Array | undefined {
  return sharedBytes.get(path);
}
