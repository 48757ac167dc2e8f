import { useTranslation } from 'react-i18next';
import { DocumentLanguage, languagesOf, type LabelLanguage } from '../../../../shared/documents/options';
import { RadioGroup, Select } from '../../ui/fields';

const FIRST_LANGUAGES: readonly LabelLanguage[] = ['sv', 'en', 'zh'];

/** The second languages a document in `first` can have ("sv" → zh, en), from the core's list. */
function secondsOf(first: LabelLanguage): LabelLanguage[] {
  return DocumentLanguage.options.flatMap((lang) => {
    const { primary, second } = languagesOf(lang);
    return primary === first && second !== null ? [second] : [];
  });
}

/**
 * A document's language: the first (Swedish, English or Chinese) and, for a bilingual document,
 * a second one in which every label is printed too. Two small fields rather than six choices in
 * a row: the row did not fit the panel, and the two questions are the ones people ask.
 */
export function LanguageFields({ lang, onChange }: { lang: DocumentLanguage; onChange: (lang: DocumentLanguage) => void }) {
  const { t } = useTranslation('documents');
  const { primary, second } = languagesOf(lang);
  const seconds = secondsOf(primary);
  const combine = (first: LabelLanguage, other: LabelLanguage | null) =>
    DocumentLanguage.options.find((l) => l === (other ? `${first}+${other}` : first)) ?? first;
  return (
    <>
      <RadioGroup<LabelLanguage>
        legend={t('language')}
        value={primary}
        onChange={(first) => onChange(combine(first, second !== null && secondsOf(first).includes(second) ? second : null))}
        options={FIRST_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
      {seconds.length > 0 ? (
        <Select
          label={t('secondLanguage')}
          hint={t('secondLanguageHint')}
          value={second ?? ''}
          onChange={(event) => onChange(combine(primary, (event.currentTarget.value || null) as LabelLanguage | null))}
        >
          <option value="">{t('noSecondLanguage')}</option>
          {seconds.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </Select>
      ) : null}
    </>
  );
}
