import { badRequest, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { MessageTemplatesTable } from '../db/schema.js';
import { visibleDriver } from '../people/drivers.js';
import { findOrgById } from '../tenancy/store.js';
import { findTemplate, messageTemplates } from './catalog.js';
import { countSegments, type SegmentCount } from './domain/segments.js';
import {
  COMMON_VARIABLES,
  exampleVars,
  LANGUAGES,
  type Language,
  renderTemplate,
  type TemplateSpec,
  unknownVariables,
} from './domain/templates.js';
import { type TextsTo, textsTo } from './messages.js';
import { deleteOverride, findOverride, findOverrides, overrideKey, saveOverride } from './templates-store.js';

export interface TemplateText {
  body: string;
  defaultBody: string;
  custom: boolean;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface TemplateView {
  key: string;
  label: string;
  variables: { name: string; label: string }[];
  texts: Record<Language, TemplateText>;
}

function viewOf(spec: TemplateSpec, overrides: Map<string, MessageTemplatesTable>): TemplateView {
  const text = (language: Language): TemplateText => {
    const own = overrides.get(overrideKey(spec.key, language));
    return {
      body: own?.body ?? spec.body[language],
      defaultBody: spec.body[language],
      custom: own !== undefined,
      updatedBy: own?.updated_by ?? null,
      updatedAt: own?.updated_at ?? null,
    };
  };
  return {
    key: spec.key,
    label: spec.label,
    variables: Object.entries({ ...spec.variables, ...COMMON_VARIABLES }).map(([name, v]) => ({
      name,
      label: v.label,
    })),
    texts: Object.fromEntries(LANGUAGES.map((l) => [l, text(l)])) as Record<Language, TemplateText>,
  };
}

function specOf(key: string): TemplateSpec {
  const spec = findTemplate(key);
  if (!spec) throw notFound('Template');
  return spec;
}

/** Refuses a body naming a variable the template does not offer, saying which ones it does. */
function checkBody(spec: TemplateSpec, body: string): void {
  const unknown = unknownVariables(spec, body);
  if (unknown.length === 0) return;
  const offered = [...Object.keys(spec.variables), ...Object.keys(COMMON_VARIABLES)].map((v) => `{${v}}`);
  const message = `Unknown variable ${unknown.map((v) => `{${v}}`).join(', ')}: use ${offered.join(', ')}.`;
  throw badRequest(message, [{ path: 'body', message }]);
}

export async function listTemplates(db: Db, orgId: string): Promise<TemplateView[]> {
  const overrides = await findOverrides(db, orgId);
  return messageTemplates().map((spec) => viewOf(spec, overrides));
}

async function templateView(db: Db, orgId: string, spec: TemplateSpec): Promise<TemplateView> {
  return viewOf(spec, await findOverrides(db, orgId, [spec.key]));
}

/** The org's own wording of a template in one language (checked), with its audit row. */
export async function saveTemplate(
  db: Db,
  actor: Actor,
  t: { key: string; language: Language; body: string },
): Promise<TemplateView> {
  const spec = specOf(t.key);
  checkBody(spec, t.body);
  return db.transaction().execute(async (trx) => {
    const before = (await findOverride(trx, actor.orgId, spec.key, t.language)) ?? null;
    await saveOverride(trx, actor.orgId, { ...t, by: actor.label });
    const after = (await findOverride(trx, actor.orgId, spec.key, t.language)) ?? null;
    await recordAudit(trx, actor, {
      entity: 'message_template',
      entityId: `${t.key}:${t.language}`,
      before,
      after,
    });
    return templateView(trx, actor.orgId, spec);
  });
}

/** Back to the default wording. */
export async function resetTemplate(
  db: Db,
  actor: Actor,
  t: { key: string; language: Language },
): Promise<TemplateView> {
  const spec = specOf(t.key);
  return db.transaction().execute(async (trx) => {
    const before = await findOverride(trx, actor.orgId, spec.key, t.language);
    if (before) {
      await deleteOverride(trx, actor.orgId, spec.key, t.language);
      await recordAudit(trx, actor, {
        entity: 'message_template',
        entityId: `${t.key}:${t.language}`,
        before,
        after: null,
      });
    }
    return templateView(trx, actor.orgId, spec);
  });
}

export interface Preview {
  language: Language;
  body: string;
  segments: SegmentCount;
  /** For a DA: whether it would also go by text (`inAppOnlyReason` null), or why it stays in the app. */
  delivery: TextsTo | null;
}

/**
 * A template as it would be sent: for a DA, in their language, with their name, and whether it would go
 * by text; the template's other variables at their example values. `body` previews unsaved wording.
 */
export async function previewTemplate(
  db: Db,
  actor: Actor,
  input: {
    key: string;
    language?: Language | undefined;
    driverId?: string | undefined;
    body?: string | undefined;
  },
): Promise<Preview> {
  const spec = specOf(input.key);
  const da = input.driverId ? await visibleDriver(db, actor, input.driverId) : null;
  const language = da?.language ?? input.language ?? 'en';
  const body =
    input.body ?? (await findOverride(db, actor.orgId, spec.key, language))?.body ?? spec.body[language];
  checkBody(spec, body);
  const orgName = (await findOrgById(db, actor.orgId))?.name ?? '';
  const vars = { ...exampleVars(spec, language), orgName, ...(da ? { firstName: da.first_name } : {}) };
  const text = renderTemplate(body, vars);
  return {
    language,
    body: text,
    segments: countSegments(text),
    delivery: da ? await textsTo(db, actor.orgId, da) : null,
  };
}
