// "Gеmini" with a Cyrillic е looks exactly like "Gemini" and is another string, so a unique index lets it in next to
// the real one. Refuse names that mix alphabets, a simplified form of Unicode's "highly restrictive" level (UTS #39,
// section 5.2): one script, or Latin with the Han-based mixes that Japanese, Chinese and Korean names use. It knows
// the scripts listed below; letters of any other script count as one more script, "another script". Digits, spaces,
// hyphens and marks such as the Japanese long-vowel ー belong to every script (Unicode's Common and Inherited).
const scripts = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Thai', 'Han', 'Hiragana', 'Katakana', 'Bopomofo', 'Hangul'];
const patterns = scripts.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
const allowedMixes = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** The scripts a name mixes when it mixes more than the rule allows, such as ["Latin", "Cyrillic"]; else null. */
export function mixedScripts(name: string): string[] | null {
  const used = new Set<string>();
  for (const char of name) {
    if (!/\p{L}/u.test(char) || /[\p{Script=Common}\p{Script=Inherited}]/u.test(char)) continue;
    used.add(patterns.find(([, pattern]) => pattern.test(char))?.[0] ?? 'another script');
  }
  if (used.size <= 1 || allowedMixes.some((mix) => [...used].every((script) => mix.includes(script)))) return null;
  return [...used];
}
