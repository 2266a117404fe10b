import { hasText, linesOf, type PdfLine, type PdfPage } from './pdf-lines.js';
import {
  FIELD_KEYS,
  type FieldReading,
  type FieldReadings,
  SCORECARD_CATEGORIES,
  unread,
} from './scorecard-fields.js';
import { readCategories, readOverall } from './scorecard-summary.js';
import { readTable, type TableReading } from './scorecard-table.js';
import { amazonWeekStart, weekFromFileName, weekLabel } from './weeks.js';

/**
 * Reads Amazon's weekly DSP scorecard (`US_<DSP>_<STATION>_Week<N>_<YYYY>_en_DSPScorecard.pdf`) from the
 * text pdf.js finds on its pages. Pure: the pages come in, what was read (with the text it came from)
 * and what was not (with why) go out. Nothing is inferred: a value the page does not print is unread.
 */

export interface ScorecardReading {
  pageCount: number;
  /** False for a scan or a picture of the scorecard: nothing on it is text. */
  textFound: boolean;
  fields: FieldReadings;
  table: TableReading;
}

const FILE_NAME = /^US_([A-Za-z0-9]+)_([A-Za-z]{3}[0-9])_Week\d{1,2}_\d{4}/i;
const PAGE_WEEK = /\bWeek\s*(\d{1,2})\s*(?:[-–—,/]|of)?\s*(\d{4})\b/i;
const PAGE_STATION = /\bStation(?:\s+code)?\s*[:\-–]?\s*([A-Z]{3}[0-9])\b/;

interface Found {
  value: string;
  text: string;
  where: string;
}

/** The first line (pages in order) that `pattern` turns into a value. */
function firstOnPage(lines: readonly PdfLine[], read: (text: string) => string | null): Found | null {
  for (const line of lines) {
    const value = read(line.text);
    if (value) return { value, text: line.text, where: `page ${line.page}` };
  }
  return null;
}

/** What the page and the file name say of one field: read when they agree or only one says, else unread. */
function agreed(
  onPage: Found | null,
  inName: Found | null,
  what: string,
  show: (v: string) => string,
): FieldReading {
  if (onPage && inName && onPage.value !== inName.value)
    return unread(
      `The ${what} on ${onPage.where} (“${onPage.text}”: ${show(onPage.value)}) and in the file name (${show(inName.value)}) differ.`,
    );
  const found = onPage ?? inName;
  if (!found) return unread(`No ${what} on the scorecard or in its file name.`);
  const where = onPage && inName ? `${onPage.where} and the file name` : found.where;
  return { read: true, value: found.value, text: found.text, where };
}

function readWeek(lines: readonly PdfLine[], fileName: string): FieldReading {
  const onPage = firstOnPage(lines, (text) => {
    const m = PAGE_WEEK.exec(text);
    return m ? amazonWeekStart(Number(m[2]), Number(m[1])) : null;
  });
  const fromName = weekFromFileName(fileName);
  const inName = fromName ? { value: fromName, text: fileName, where: 'the file name' } : null;
  return agreed(onPage, inName, 'week', weekLabel);
}

function readStation(lines: readonly PdfLine[], fileName: string): FieldReading {
  const onPage = firstOnPage(lines, (text) => PAGE_STATION.exec(text)?.[1] ?? null);
  const code = FILE_NAME.exec(fileName)?.[2]?.toUpperCase();
  const inName = code ? { value: code, text: fileName, where: 'the file name' } : null;
  return agreed(onPage, inName, 'station', (v) => v);
}

const NO_TEXT = 'The PDF has no text to read (a scan or a picture of the scorecard).';

export function readScorecard(input: { fileName: string; pages: readonly PdfPage[] }): ScorecardReading {
  const lines = input.pages.flatMap(linesOf);
  const textFound = hasText(input.pages);
  const overall = readOverall(lines);
  const categories = readCategories(lines);
  const fields = {
    week: readWeek(lines, input.fileName),
    station: readStation(lines, input.fileName),
    overallScore: overall.score,
    overallStanding: overall.standing,
  } as FieldReadings;
  for (const c of SCORECARD_CATEGORIES) {
    fields[`${c}.tier`] = categories[c].tier;
    fields[`${c}.score`] = categories[c].score;
  }
  // Without text only the file name can say anything; the rest says why it is unread.
  if (!textFound) for (const k of FIELD_KEYS) if (!fields[k].read) fields[k] = unread(NO_TEXT);
  return { pageCount: input.pages.length, textFound, fields, table: readTable(lines) };
}
