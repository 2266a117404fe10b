import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { RowButton } from '../app/table.js';
import { FormDialog } from '../app/ui/dialog.js';
import { fieldError, TextAreaField } from '../app/ui/fields.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { type Language, messagingApi, messagingKeys, type Template } from './api.js';
import { LANGUAGE_NAMES } from './labels.js';
import { PreviewBox } from './PreviewBox.js';

const LANGUAGES: Language[] = ['en', 'es'];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The messages DAs get, in English and Spanish, as the org words them; managers reword them. */
export function TemplatesPanel() {
  const templates = useQuery({ queryKey: messagingKeys.templates, queryFn: () => messagingApi.templates() });
  const [editing, setEditing] = useState<{ template: Template; language: Language } | null>(null);
  const items = templates.data?.items ?? [];
  return (
    <div className="stack-lg">
      <p className="muted">
        Each DA gets the wording in their language. Words in braces are filled in when the message is written,
        e.g. {'{firstName}'} with the DA’s first name.
      </p>
      <QueryStatus query={templates} isEmpty={items.length === 0} empty="No templates." />
      {items.map((t) => (
        <TemplateCard key={t.key} template={t} onEdit={(language) => setEditing({ template: t, language })} />
      ))}
      {editing ? <EditDialog {...editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function TemplateCard({ template, onEdit }: { template: Template; onEdit: (language: Language) => void }) {
  const { can } = useSession();
  return (
    <section className="card stack template-card" aria-labelledby={`template-${template.key}`}>
      <h2 id={`template-${template.key}`}>{template.label}</h2>
      <dl className="details">
        {LANGUAGES.map((language) => {
          const text = template.texts[language];
          return (
            <Fragment key={language}>
              <dt>
                {LANGUAGE_NAMES[language]}{' '}
                {text.custom ? <StatusBadge tone="neutral">Your wording</StatusBadge> : null}
              </dt>
              <dd>
                <p className="template-body" lang={language}>
                  {text.body}
                </p>
                {text.custom ? (
                  <p className="cell-sub">
                    {text.updatedBy} · {formatShort(text.updatedAt)}
                  </p>
                ) : null}
                {can('messages.manage') ? (
                  <RowButton
                    label="Edit"
                    subject={`${template.label} in ${LANGUAGE_NAMES[language]}`}
                    onClick={() => onEdit(language)}
                  />
                ) : null}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </section>
  );
}

function EditDialog({
  template,
  language,
  onClose,
}: {
  template: Template;
  language: Language;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const text = template.texts[language];
  const [body, setBody] = useState(text.body);
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: messagingKeys.templates });
    onClose();
  };
  const save = useMutation({
    mutationFn: () => messagingApi.saveTemplate(template.key, language, body),
    onSuccess: done,
  });
  const reset = useMutation({
    mutationFn: () => messagingApi.resetTemplate(template.key, language),
    onSuccess: done,
  });
  const preview = useMutation({
    mutationFn: () => messagingApi.preview({ key: template.key, language, body }),
  });
  return (
    <FormDialog
      title={`${template.label} (${LANGUAGE_NAMES[language]})`}
      onClose={onClose}
      submission={save}
      ready={body.trim().length > 0 && body !== text.body}
      whyNotReady={body.trim() ? 'Nothing changed yet.' : 'Write the message.'}
      submitLabel="Save"
      pendingLabel="Saving…"
      wide
    >
      <TextAreaField
        label="Message"
        value={body}
        onValue={setBody}
        rows={4}
        lang={language}
        error={fieldError(save.error, 'body')}
        hint={`Variables: ${template.variables.map((v) => `{${v.name}} ${lowerFirst(v.label)}`).join('; ')}.`}
      />
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() => preview.mutate()}
          disabled={!body.trim()}
        >
          Preview
        </button>
        {text.custom ? (
          <button
            type="button"
            className="button-ghost"
            onClick={() => reset.mutate()}
            disabled={reset.isPending}
          >
            Back to the default wording
          </button>
        ) : null}
      </div>
      <ErrorNotice error={preview.error ?? reset.error} />
      {preview.data ? <PreviewBox preview={preview.data} /> : null}
    </FormDialog>
  );
}
