import { useCallback, useMemo, useState } from 'react';
import { BookUser, SearchX, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Contact, ContactRole } from '../../../../shared/domain/contact';
import { ProblemMessage } from '../../navigation/ProblemMessage';
import { describeProblem } from '../../navigation/problems';
import { useAppStateSignal } from '../../navigation/readiness';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { RadioGroup, Select } from '../../ui/fields';
import { LoadingState } from '../../ui/LoadingState';
import { useOptionalTripWorkspace } from '../../navigation/workspaceContext';
import { ContactEditor } from './ContactEditor';
import { ContactList } from './ContactList';
import { fold } from '../../../../shared/text/fold';
import { CONTACT_ROLES } from './labels';
import { useContact, useOrganisationIndex, useOrganisations } from './queries';
import { SearchField } from './SearchField';
import { usePagedContacts } from './usePagedContacts';

export type ContactScope = 'trip' | 'all';

/**
 * People: search (as you type), filters by organisation and role, the list, and the selected
 * contact's panel. In a trip the list can show the trip's own contacts or the whole book.
 */
export function PeoplePane({
  selectedId,
  onSelect,
  scope,
  onScopeChange,
}: {
  selectedId: string | null;
  onSelect: (contactId: string | null) => void;
  scope: ContactScope;
  onScopeChange: (scope: ContactScope) => void;
}) {
  const { t } = useTranslation('contacts');
  const trip = useOptionalTripWorkspace();
  const organisations = useOrganisations();
  const organisationIndex = useOrganisationIndex();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text, 200);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState<ContactRole | null>(null);

  const inTripScope = trip !== null && scope === 'trip';
  const paged = usePagedContacts({ query, organisationId, role }, !inTripScope);
  useAppStateSignal(inTripScope ? 'success' : paged.status, paged.total !== null);

  // The trip's own contacts (from the workspace): few, so filtered here as you type.
  const tripContacts = trip?.workspace.contacts;
  const tripRows = useMemo(() => {
    if (!tripContacts) return [];
    const needle = fold(text.trim());
    return tripContacts.filter((contact) => {
      if (organisationId && contact.organisationId !== organisationId) return false;
      if (role && contact.role !== role) return false;
      if (!needle) return true;
      const organisation = contact.organisationId ? organisationIndex.get(contact.organisationId) : undefined;
      const haystack = [
        contact.name,
        contact.nativeName,
        contact.title,
        contact.role,
        t(`role.${contact.role}`),
        contact.email,
        contact.phone,
        organisation?.name ?? '',
        organisation?.nativeName ?? '',
      ].join(' ');
      return fold(haystack).includes(needle);
    });
  }, [tripContacts, text, organisationId, role, organisationIndex, t]);

  const rows = inTripScope ? tripRows : paged.rows;
  const total = inTripScope ? tripRows.length : paged.total;
  const filtered = text.trim() !== '' || organisationId !== null || role !== null;
  const select = useCallback((contact: Contact) => onSelect(contact.id), [onSelect]);

  const countText =
    total === null
      ? t('list.counting')
      : inTripScope
        ? t('list.countTrip', { count: total })
        : filtered
          ? t('list.countMatching', { count: total })
          : t('list.count', { count: total });

  return (
    <div className="split-pane">
      <div className="contacts-toolbar" role="search" aria-label={t('list.searchRegion')}>
        <SearchField label={t('list.search')} placeholder={t('list.searchPlaceholder')} value={text} onChange={setText} />
        <Select
          label={t('list.filterOrganisation')}
          hideLabel
          className="toolbar-filter"
          value={organisationId ?? ''}
          onChange={(event) => setOrganisationId(event.currentTarget.value || null)}
        >
          <option value="">{t('list.allOrganisations')}</option>
          {(organisations.data ?? []).map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </Select>
        <Select
          label={t('list.filterRole')}
          hideLabel
          className="toolbar-filter toolbar-filter-narrow"
          value={role ?? ''}
          onChange={(event) => setRole((event.currentTarget.value || null) as ContactRole | null)}
        >
          <option value="">{t('list.allRoles')}</option>
          {CONTACT_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </Select>
        {trip ? (
          <RadioGroup
            legend={t('list.scope')}
            hideLegend
            className="toolbar-scope"
            value={scope}
            onChange={onScopeChange}
            options={[
              { value: 'trip', label: t('list.scopeTrip') },
              { value: 'all', label: t('list.scopeAll') },
            ]}
          />
        ) : null}
      </div>

      <div className="split">
        <div className="split-list">
          <p className="list-count" role="status" data-testid="contacts-count">
            {countText}
          </p>
          {!inTripScope && paged.status === 'error' && paged.total === null ? (
            <ProblemMessage problem={describeProblem(paged.error!)} onRetry={paged.reload} />
          ) : total === null ? (
            <LoadingState label={t('list.loading')} />
          ) : rows.length === 0 ? (
            <EmptyState icon={filtered ? SearchX : BookUser} title={filtered ? t('list.noMatch') : t('list.empty')} compact>
              {inTripScope ? (
                <>
                  <p>{filtered ? t('list.noMatchTrip') : t('list.emptyTrip')}</p>
                  <Button size="sm" className="empty-state-inline-action" onClick={() => onScopeChange('all')}>
                    {t('list.searchAll')}
                  </Button>
                </>
              ) : filtered ? (
                t('list.noMatchBody')
              ) : (
                t('list.emptyBody')
              )}
            </EmptyState>
          ) : (
            <ContactList
              rows={rows}
              selectedId={selectedId}
              organisations={organisationIndex}
              onSelect={select}
              onRequestRow={paged.requestRow}
              label={t('list.label')}
            />
          )}
        </div>
        <div className="split-detail">
          {selectedId ? (
            <SelectedContact id={selectedId} onDeleted={() => onSelect(null)} />
          ) : (
            <EmptyState icon={UserRound} title={t('panel.noneTitle')} compact>
              {t('panel.noneBody')}
            </EmptyState>
          )}
        </div>
      </div>
    </div>
  );
}

function SelectedContact({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const { t } = useTranslation('contacts');
  const contact = useContact(id);
  if (contact.data && contact.data.id === id) {
    return <ContactEditor key={id} contact={contact.data} onDeleted={onDeleted} />;
  }
  if (contact.status === 'error') {
    const gone = contact.error.kind === 'operation' && contact.error.error.code === 'not_found';
    return gone ? (
      <EmptyState icon={SearchX} title={t('panel.goneTitle')} compact>
        {t('panel.goneBody')}
      </EmptyState>
    ) : (
      <ProblemMessage problem={describeProblem(contact.error)} onRetry={contact.reload} />
    );
  }
  return <LoadingState label={t('panel.loading')} />;
}
