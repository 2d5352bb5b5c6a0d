// WCAG contrast helpers: used to keep syntax-highlighting colours readable on the site's code backgrounds.

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour itself when it already reaches `ratio` against every background; otherwise the smallest step
 * toward `towards` (black on light backgrounds, white on dark ones) that does.
 */
export function ensureContrast(hex: string, backgrounds: string[], towards: '#000000' | '#ffffff', ratio = 4.5): string {
  const colour = parseHex(hex);
  const bgs = backgrounds.map(parseHex).filter((b): b is Rgb => b !== null);
  const target = parseHex(towards)!;
  if (!colour) return hex;
  for (let step = 0; step <= 100; step += 2) {
    const t = step / 100;
    const mixed = colour.map((c, i) => c + (target[i]! - c) * t) as Rgb;
    if (bgs.every((bg) => contrast(mixed, bg) >= ratio)) return step === 0 ? hex : toHex(mixed);
  }
  return towards;
}
