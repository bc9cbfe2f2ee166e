/**
 * English number inflection for aliases that end in a common noun: "joint military
 * exercises" also finds "joint military exercise", "hotline" also "hotlines". Proper
 * names (a capitalised last word), acronyms and Hangul are left alone; possessives need
 * nothing (the apostrophe already ends a whole-word match).
 */

const INVARIANT = /(?:news|series|species|means|talks|politics|headquarters|arms|forces|relations|affairs|sanctions|families|women|people|staff|ties)$/;

/** The other number of an alias's last word, or [] when it has none we can trust. */
export function inflections(alias: string): string[] {
  const m = /^(.*?)([A-Za-z]+)$/.exec(alias);
  // A capitalised last word is a name ("Kaesong", "Rajin-Sonbong"); a short one is an abbreviation.
  if (!m || !/^[a-z]{3,}$/.test(m[2]) || /[\uac00-\ud7a3]/.test(alias) || (m[1] && !/[\s-]$/.test(m[1]))) return [];
  const [, head, w] = m;
  if (INVARIANT.test(w) && !/^(sanctions|families|women|forces|relations|ties)$/.test(w)) return [];
  let other: string | null = null;
  if (/[^aeiou]ies$/.test(w)) other = w.slice(0, -3) + 'y';
  else if (/(ches|shes|sses|xes|zes)$/.test(w)) other = w.slice(0, -2);
  else if (/women$/.test(w)) other = w.slice(0, -5) + 'woman';
  else if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) other = w.slice(0, -1);
  else if (/[^aeiou]y$/.test(w)) other = w.slice(0, -1) + 'ies';
  else if (/(ch|sh|ss|x|z)$/.test(w)) other = w + 'es';
  else if (/man$/.test(w)) other = w.slice(0, -3) + 'men';
  else if (!/s$/.test(w) && !/(ing|ed|ism|tion|sion|ment|ity|ance|ence|ship|ness|ogy)$/.test(w)) other = w + 's';
  return other ? [head + other] : [];
}
