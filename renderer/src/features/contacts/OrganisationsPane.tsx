import { useMemo, useState } from 'react';
import { Building2, SearchX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/contact';
import { ProblemMessage } from '../../navigation/ProblemMessage';
import { describeProblem } from '../../navigation/problems';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingState } from '../../ui/LoadingState';
import { VirtualList } from '../../ui/VirtualList';
import { fold } from '../../../../shared/text/fold';
import { NativeName } from './NativeName';
import { OrganisationEditor } from './OrganisationEditor';
import { useOrganisations } from './queries';
import { SearchField } from './SearchField';

/** Organisations: a filterable list (every organisation is loaded; they are far fewer than people) and the panel. */
export function OrganisationsPane({
  selectedId,
  onSelect,
  onOpenContact,
}: {
  selectedId: string | null;
  onSelect: (organisationId: string | null) => void;
  onOpenContact: (contactId: string) => void;
}) {
  const { t } = useTranslation('contacts');
  const organisations = useOrganisations();
  const [text, setText] = useState('');
  const list = organisations.data;
  const rows = useMemo(() => {
    const needle = fold(text.trim());
    if (!list || !needle) return list ?? [];
    return list.filter((o) => fold([o.name, o.nativeName, o.city, o.country].join(' ')).includes(needle));
  }, [list, text]);
  const selected = selectedId ? list?.find((o) => o.id === selectedId) : undefined;

  return (
    <div className="split-pane">
      <div className="contacts-toolbar" role="search" aria-label={t('organisations.searchRegion')}>
        <SearchField
          label={t('organisations.search')}
          placeholder={t('organisations.searchPlaceholder')}
          value={text}
          onChange={setText}
        />
      </div>
      <div className="split">
        <div className="split-list">
          <p className="list-count" role="status">
            {list ? t('organisations.count', { count: rows.length }) : t('list.counting')}
          </p>
          {organisations.status === 'error' && !list ? (
            <ProblemMessage problem={describeProblem(organisations.error)} onRetry={organisations.reload} />
          ) : !list ? (
            <LoadingState />
          ) : rows.length === 0 ? (
            <EmptyState icon={text ? SearchX : Building2} title={text ? t('list.noMatch') : t('organisations.empty')} compact>
              {text ? t('organisations.noMatchBody') : t('organisations.emptyBody')}
            </EmptyState>
          ) : (
            <VirtualList<Organisation>
              items={rows}
              ariaLabel={t('organisations.label')}
              className="contact-list"
              estimateSize={60}
              getKey={(o) => o.id}
              renderItem={(o) => (
                <button
                  type="button"
                  className="list-row contact-row"
                  aria-current={o.id === selectedId ? 'true' : undefined}
                  data-testid="organisation-row"
                  onClick={() => onSelect(o.id)}
                >
                  <span className="contact-row-icon" aria-hidden>
                    <Building2 />
                  </span>
                  <span className="contact-row-text">
                    <span className="contact-row-name">
                      <span className="contact-row-latin">{o.name}</span>
                    </span>
                    <span className="contact-row-secondary">
                      {o.nativeName ? (
                        <>
                          <NativeName text={o.nativeName} country={o.country} />
                          {o.city || o.country ? ' · ' : null}
                        </>
                      ) : null}
                      {[o.city, o.country].filter(Boolean).join(', ')}
                    </span>
                  </span>
                </button>
              )}
            />
          )}
        </div>
        <div className="split-detail">
          {selected ? (
            <OrganisationEditor
              key={selected.id}
              organisation={selected}
              onDeleted={() => onSelect(null)}
              onOpenContact={onOpenContact}
            />
          ) : (
            <EmptyState icon={Building2} title={t('organisationPanel.noneTitle')} compact>
              {t('organisationPanel.noneBody')}
            </EmptyState>
          )}
        </div>
      </div>
    </div>
  );
}
