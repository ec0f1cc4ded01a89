/**
 * The colours of the charts, chosen so that neighbours stay apart when the page is printed
 * or copied in black and white: every colour is dark (CIE L* at most 39), light (at least 80)
 * or the one mid grey (about 60), and neighbouring slices and the two bars of a year pair
 * never share a level. Takes a count of slices; returns their colours in order.
 *
 * Pie slices alternate dark and light, each track in its own order of hues (blue, brick,
 * green …; peach, yellow, light blue …), so neighbours differ in hue as well as lightness.
 * The last slice of an odd count also touches the first (both dark): it takes the mid grey.
 * Twelve slices get twelve different colours; more repeat the tracks (a pie of thirteen
 * classes is rare, and its neighbours still differ).
 */

/** Dark colours, L* 33–39 (white text on them). */
const DARK = ['#2f5597', '#9e3a26', '#28612e', '#5e3c87', '#1d6470', '#7a5218'] as const;
/** Light colours, L* 80–85 (dark text on them). */
const LIGHT = ['#f8c29a', '#f2d06b', '#a8cdee', '#b3d99a', '#f2bfd3', '#d4c8ec'] as const;
/** The mid grey, L* 60: for a slice between a dark one and a light one. */
const MID = '#909090';

/** Colour of a bar series by its index: the prior year dark blue, the year light peach. */
export function seriesColour(index: number): string {
  return index % 2 === 0 ? DARK[(index / 2) % DARK.length]! : LIGHT[((index - 1) / 2) % LIGHT.length]!;
}

/** Colours of a pie's `count` slices, in drawing order. */
export function sliceColours(count: number): string[] {
  const colours = Array.from({ length: count }, (_, i) => seriesColour(i));
  // An odd count ≥ 3 ends on a dark slice beside the first one (dark too).
  if (count >= 3 && count % 2 === 1) colours[count - 1] = MID;
  return colours;
}
