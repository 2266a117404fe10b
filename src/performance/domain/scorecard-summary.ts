import { fold, normalise, type PdfLine } from './pdf-lines.js';
import type { Standing } from './profile.js';
import {
  CATEGORY_INFO,
  type FieldReading,
  SCORECARD_CATEGORIES,
  type ScorecardCategory,
  standingOf,
  unread,
} from './scorecard-fields.js';

/**
 * The summary of the scorecard's first page: lines that start with a title ("Overall Standing",
 * "Safety and Compliance") followed by a standing and/or a score, on the same line or the one below.
 */

const STANDING_TEXT = /fantastic\s*(?:plus|\+)|fantastic|great|fair|poor/gi;
// A score is 0–100 with decimals; a percentage or a longer number is something else.
const SCORE_TEXT = /(?<![\w.])\d{1,3}(?:\.\d+)?(?![\w.%])/g;
const SEPARATORS = /[\s|:()\-–—,/]+/g;
/** A title is followed by a separator or straight by a value; anything else is prose that starts alike. */
const STARTS_WITH_VALUE = /^\s*(?:[:|\-–—]|fantastic|great|fair|poor|\d)/i;

/** What a title's value text holds: standings, scores and whatever else is left (unreadable text). */
export interface ValueText {
  standings: Standing[];
  scores: number[];
  leftover: string;
}

export function valuesIn(text: string): ValueText {
  const standings = [...text.matchAll(STANDING_TEXT)].flatMap((m) => standingOf(m[0]) ?? []);
  const rest = text.replace(STANDING_TEXT, ' ');
  const scores = [...rest.matchAll(SCORE_TEXT)].map((m) => Number(m[0])).filter((n) => n <= 100);
  const leftover = rest.replace(SCORE_TEXT, ' ').replace(SEPARATORS, ' ').trim();
  return { standings, scores, leftover };
}

/** The text after `title` when `text` starts with it (folded, ending at a word's end); else null. */
export function afterTitle(text: string, title: string): string | null {
  const target = fold(title);
  for (let i = 1; i <= text.length; i++) {
    const head = fold(text.slice(0, i));
    if (head.length > target.length) return null;
    if (head !== target) continue;
    const next = text[i];
    return next !== undefined && /[a-z0-9]/i.test(next) ? null : text.slice(i);
  }
  return null;
}

/** A line that carries a title and its value text. */
export interface Titled {
  page: number;
  /** The text it came from: the title's line, and the line below when the value sits there. */
  text: string;
  value: ValueText;
}

const hasValue = (v: ValueText) => v.standings.length > 0 || v.scores.length > 0;

/**
 * A title's value: the rest of its line when the title is followed by a separator or a value
 * ("Team and Fleet: Great", "Overall Standing Fantastic | 91.4"), else the next line when that line is
 * nothing but a value. A line that merely starts with the words ("Quality matters…") is not the title.
 */
function titledAt(lines: readonly PdfLine[], i: number, titles: readonly string[]): Titled | null {
  const line = lines[i] as PdfLine;
  for (const title of titles) {
    const rest = afterTitle(line.text, title);
    if (rest === null) continue;
    const value = valuesIn(rest);
    if (rest.trim() === '') {
      const below = lines[i + 1];
      const next = below && below.page === line.page ? valuesIn(below.text) : null;
      if (below && next && hasValue(next) && next.leftover === '')
        return { page: line.page, text: normalise(`${line.text} ${below.text}`), value: next };
      return { page: line.page, text: line.text, value };
    }
    if (STARTS_WITH_VALUE.test(rest)) return { page: line.page, text: line.text, value };
  }
  return null;
}

export function findTitled(lines: readonly PdfLine[], titles: readonly string[]): Titled[] {
  return lines.flatMap((_, i) => titledAt(lines, i, titles) ?? []);
}

const STANDING_LABELS: Record<Standing, string> = {
  fantastic_plus: 'Fantastic Plus',
  fantastic: 'Fantastic',
  great: 'Great',
  fair: 'Fair',
  poor: 'Poor',
};

const shown = (v: string | number) => (typeof v === 'number' ? String(v) : STANDING_LABELS[v as Standing]);

/**
 * One value of the titled lines: read when they agree on exactly one, unread (with why) when they say
 * none or several. `what` names the value in messages ("standing", "score").
 */
export function oneValue(
  found: readonly Titled[],
  pick: (v: ValueText) => readonly (string | number)[],
  what: string,
  title: string,
): FieldReading {
  if (found.length === 0) return unread(`No “${title}” on the scorecard.`);
  const values = found.flatMap((t) => pick(t.value).map((value) => ({ value, t })));
  const distinct = [...new Set(values.map((v) => v.value))];
  const first = values[0];
  if (distinct.length === 1 && first)
    return { read: true, value: first.value, text: first.t.text, where: `page ${first.t.page}` };
  if (distinct.length > 1)
    return unread(
      `The scorecard gives more than one ${what} for “${title}”: ${distinct.map(shown).join(', ')}.`,
    );
  const seen = found[0] as Titled;
  return unread(
    seen.value.leftover
      ? `“${seen.text}” (page ${seen.page}): “${seen.value.leftover}” is not a ${what}.`
      : `“${seen.text}” (page ${seen.page}) has no ${what} beside it.`,
  );
}

const OVERALL_TITLES = ['Overall Standing', 'Overall Score', 'Overall'];

/** The overall score and standing. */
export function readOverall(lines: readonly PdfLine[]): { score: FieldReading; standing: FieldReading } {
  const found = findTitled(lines, OVERALL_TITLES);
  return {
    score: oneValue(found, (v) => v.scores, 'score', 'Overall Score'),
    standing: oneValue(found, (v) => v.standings, 'standing', 'Overall Standing'),
  };
}

/** Each category's tier and score. */
export function readCategories(
  lines: readonly PdfLine[],
): Record<ScorecardCategory, { tier: FieldReading; score: FieldReading }> {
  const out = {} as Record<ScorecardCategory, { tier: FieldReading; score: FieldReading }>;
  for (const c of SCORECARD_CATEGORIES) {
    const { label, titles } = CATEGORY_INFO[c];
    const found = findTitled(lines, titles);
    out[c] = {
      tier: oneValue(found, (v) => v.standings, 'tier', label),
      score: oneValue(found, (v) => v.scores, 'score', label),
    };
  }
  return out;
}
