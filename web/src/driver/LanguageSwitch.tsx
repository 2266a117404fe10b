import { useMutation, useQueryClient } from '@tanstack/react-query';
import { defineMessages, useIntl } from 'react-intl';
import { ErrorNotice } from '../app/ui/notice.js';
import { type Driver, peopleApi } from '../people/api.js';
import { type Language, MY_DRIVER_KEY, useDriverLanguage } from './i18n.js';

const MESSAGES = defineMessages({
  legend: { id: 'me.language.legend', defaultMessage: 'Language' },
  saving: { id: 'me.language.saving', defaultMessage: 'Saving…' },
});

/** Each language named in itself, so a DA who cannot read the other one still finds theirs. */
const NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * The DA picks the language of their phone pages (and of the messages sent to them). Saved on their
 * own DA record; the page switches as soon as the record answers.
 */
export function LanguageSwitch() {
  const t = useIntl().formatMessage;
  const current = useDriverLanguage();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (language: Language) => peopleApi.setMyLanguage(language),
    onSuccess: ({ language }) => {
      queryClient.setQueryData<{ driver: Driver | null }>(MY_DRIVER_KEY, (old) =>
        old?.driver ? { driver: { ...old.driver, language } } : old,
      );
      // Everything the server words in the DA's language (coaching, performance) asks again.
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <fieldset className="field language-switch" data-testid="language-switch">
      <legend>{t(MESSAGES.legend)}</legend>
      <div className="button-row">
        {(Object.keys(NAMES) as Language[]).map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className={language === current ? 'button-primary' : 'button-secondary'}
            aria-pressed={language === current}
            disabled={save.isPending}
            onClick={() => save.mutate(language)}
          >
            {NAMES[language]}
          </button>
        ))}
      </div>
      {save.isPending ? <p className="muted">{t(MESSAGES.saving)}</p> : null}
      <ErrorNotice error={save.error} />
    </fieldset>
  );
}
