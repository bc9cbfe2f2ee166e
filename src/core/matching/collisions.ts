/**
 * Collisions with ordinary words and other countries' bodies.
 * - Hangul names that are also common words (개성 "personality", 서해 in weather reports,
 *   서훈 "decoration"): they count only where the paragraph is about the Koreas, and not
 *   in the grammatical frames of the ordinary word.
 * - Korean bodies whose names other states share (외무성, 국회, "Ministry of National
 *   Defense", "Joint Chiefs of Staff"): not when another country's name stands right before.
 */
import type { Side } from '../detection/keywords';

export interface HangulCollision {
  /** The paragraph must carry one of these sides. */
  need: Side[];
  /** Text right after the word that marks the ordinary reading. */
  deny?: RegExp;
}

export const HANGUL_COLLISIONS: Record<string, HangulCollision> = {
  개성: { need: ['N', 'K'], deny: /^(이|을|과|도|적|미|파|만점|대로)|^\s*(있|없|넘|강한|강하|만점|표현|을|이|과|적)/ },
  강선: { need: ['N'] },
  선군: { need: ['N'] },
  서해: { need: ['N', 'K'] },
  갈마: { need: ['N'] },
  원산: { need: ['N'] },
  서훈: { need: ['N', 'K'], deny: /^(을|이|은|대상|취소|추천|식|자|받)|^\s*(대상|취소|추천|받|을)/ },
  경주: { need: ['S', 'N', 'K'], deny: /^(마|용|대회|를|가|에서 이기|에 나)|^\s*(대회|를|마)/ },
  외무성: { need: ['N'] },
  고건: { need: ['S', 'N', 'K'] },
};

const FOREIGN_LATIN =
  /\b(Japan|Japanese|China|Chinese|Taiwan|Taiwanese|U\.?S\.?|America|American|Pentagon|Russia|Russian|Israel|Israeli|India|Indian|Philippine|Philippines|Vietnam|Vietnamese|Britain|British|UK|France|French|Germany|German|Australia|Australian|Iran|Iranian|Ukraine|Ukrainian|Pakistan|Pakistani|Thai|Thailand|Mongolia|Mongolian|Canada|Canadian|Beijing|Tokyo|Moscow|Taipei)('s|’s)?\s*$/;
const FOREIGN_HANGUL = /(일본|중국|대만|미국|러시아|이스라엘|인도|필리핀|베트남|영국|프랑스|독일|호주|이란|우크라이나|몽골|캐나다|日|中|美)\s*(의\s*)?$/;

/** True when another country's name stands right before `start` (within a few characters). */
export function foreignBefore(text: string, start: number, hangul: boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (hangul ? FOREIGN_HANGUL : FOREIGN_LATIN).test(before);
}

/** Alias words that already say which Korea: no foreign-prefix check needed. */
export const SAYS_KOREA = /kore|dprk|rok\b|pyongyang|seoul|north|south|한국|북한|조선|대한|남북/i;
