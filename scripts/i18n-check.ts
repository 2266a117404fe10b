// `npm run i18n:check` (run by `npm run build:web` before vite): the DA pages' Spanish catalogue must have
// every message of the English one (web/src/driver/messages/en.json, written by `npm run i18n:extract`),
// no message English no longer has, and the same ICU arguments (a plural or a {name} lost in translation
// breaks the sentence on the phone).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStructurallySame, parse } from '@formatjs/icu-messageformat-parser';

export type Catalogue = Record<string, string>;

/** What is wrong with `target` as a translation of `source`, one line per message; empty when nothing. */
export function catalogueProblems(source: Catalogue, target: Catalogue, language: string): string[] {
  const problems: string[] = [];
  for (const [id, english] of Object.entries(source)) {
    const translated = target[id];
    if (translated === undefined) {
      problems.push(`${id}: missing in ${language} (English: "${english}")`);
      continue;
    }
    try {
      const same = isStructurallySame(parse(english), parse(translated));
      if (!same.success) problems.push(`${id}: ${language} differs from English: ${same.error?.message}`);
    } catch (e) {
      problems.push(`${id}: ${language} is not a valid ICU message: ${(e as Error).message}`);
    }
  }
  for (const id of Object.keys(target)) {
    if (!(id in source)) problems.push(`${id}: in ${language} but no longer in English (stale)`);
  }
  return problems;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const MESSAGES_DIR = path.resolve(here, '../web/src/driver/messages');
/** The server's own words to a DA (refusals, validation): src/app/messages. */
export const SERVER_MESSAGES_DIR = path.resolve(here, '../src/app/messages');

export const readCatalogue = (file: string): Catalogue => JSON.parse(fs.readFileSync(file, 'utf8'));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const dir of [MESSAGES_DIR, SERVER_MESSAGES_DIR]) {
    const problems = catalogueProblems(
      readCatalogue(path.join(dir, 'en.json')),
      readCatalogue(path.join(dir, 'es.json')),
      'es',
    );
    if (problems.length > 0) {
      console.error(
        `The Spanish catalogue (${path.relative(process.cwd(), dir)}/es.json) is not complete:\n${problems.join('\n')}`,
      );
      process.exit(1);
    }
  }
  console.log('i18n: every English message has its Spanish.');
}
