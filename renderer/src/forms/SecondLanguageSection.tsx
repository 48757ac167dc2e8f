import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Second language (for bilingual documents)": a collapsible part of an edit form holding the
 * translations the user types (never machine-made). Closed until used, so forms stay short;
 * open from the start when something is already translated, so it is not overlooked.
 */
export function SecondLanguageSection({ filled, children }: { filled: boolean; children: ReactNode }) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(filled);
  return (
    <details className="form-section second-language-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="form-section-title">{t('secondLanguage.title')}</summary>
      {/* The fields exist only while open: their labels ("Title in the second language") must not
          be mistaken for the form's own by label lookups (screen readers' and tests'). The form
          keeps their values meanwhile. */}
      {open ? (
        <>
          <p className="field-hint">{t('secondLanguage.hint')}</p>
          {children}
        </>
      ) : null}
    </details>
  );
}
