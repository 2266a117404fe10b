import { COACHING_TEMPLATE_LIST } from '../../coaching/domain/texts.js';
import { DISPATCH_TEMPLATES } from '../../dispatch/domain/messages.js';
import type { TemplateSpec } from './templates.js';

/** Every template the app writes messages from; each slice that texts DAs adds its own here. */
export const TEMPLATES: readonly TemplateSpec[] = [...DISPATCH_TEMPLATES, ...COACHING_TEMPLATE_LIST];

export const findTemplate = (key: string): TemplateSpec | undefined => TEMPLATES.find((t) => t.key === key);
