/** "Report a problem with this card": a plain-text report the reader copies. Nothing is sent. */

export interface ReportInput {
  entryId: string;
  entryName: string;
  corpusVersion: string;
  asOf: string;
  articleDate: string | null;
  /** The reader's own words. */
  words: string;
  /** The extension's version, when known. */
  extensionVersion?: string;
}

/** Longest note kept, so a pasted page cannot make a report unwieldy. */
export const REPORT_MAX_WORDS = 4000;

/**
 * The report text: the entry, the corpus version and date, the article date the card used, and the
 * reader's words. Never the page address or anything else from the page.
 */
export function problemReport(r: ReportInput): string {
  const words = r.words.replace(/\r\n?/g, '\n').trim().slice(0, REPORT_MAX_WORDS);
  return [
    'Korea Context: problem with a card',
    `Entry: ${r.entryId} (${r.entryName})`,
    `Corpus: version ${r.corpusVersion}, as of ${r.asOf}`,
    `Article date used by the card: ${r.articleDate ?? 'unknown'}`,
    ...(r.extensionVersion ? [`Extension: ${r.extensionVersion}`] : []),
    '',
    'What is wrong:',
    words || '(no description given)',
    '',
  ].join('\n');
}
