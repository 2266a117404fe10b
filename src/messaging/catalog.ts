import type { TemplateSpec } from './domain/templates.js';

const registered = new Map<string, TemplateSpec>();

/**
 * Every template the app writes messages from: each slice that texts DAs names its own
 * (`messageTemplates`), and the app registers them here when it assembles the slices.
 */
export function registerTemplate(spec: TemplateSpec): void {
  const known = registered.get(spec.key);
  if (known && known !== spec) throw new Error(`Two message templates are keyed ${spec.key}.`);
  registered.set(spec.key, spec);
}

export const messageTemplates = (): TemplateSpec[] => [...registered.values()];

export const findTemplate = (key: string): TemplateSpec | undefined => registered.get(key);
