import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import type { Member } from '../../../../shared/domain/member';
import { Select } from '../../ui/fields';
import { useContactSearch } from '../contacts';

/**
 * Who interprets: a delegation member with the role interpreter, or an interpreter from the
 * address book. One select for both (value "member:<id>" / "contact:<id>"); controlled.
 */
export function InterpreterField({
  memberId,
  contactId,
  members,
  known,
  onChange,
  error,
}: {
  memberId: string | null;
  contactId: string | null;
  members: readonly Member[];
  /** Contacts already loaded, so the chosen one has a name even if it is no longer an interpreter. */
  known: ReadonlyMap<string, Contact>;
  onChange: (choice: { memberId: string | null; contactId: string | null }) => void;
  error?: string;
}) {
  const { t } = useTranslation('meetings');
  // The address book's interpreters: the search matches the role, the filter keeps exact ones.
  const search = useContactSearch('interpreter', { limit: 200 });
  const interpreters = useMemo(() => {
    const list = (search.data?.contacts ?? []).filter((c) => c.role === 'interpreter');
    const chosen = contactId ? (known.get(contactId) ?? null) : null;
    if (chosen && !list.some((c) => c.id === chosen.id)) list.unshift(chosen);
    return list;
  }, [search.data, contactId, known]);
  const interpreterMembers = members.filter((m) => m.role === 'interpreter' || m.id === memberId);

  const value = memberId ? `member:${memberId}` : contactId ? `contact:${contactId}` : '';
  return (
    <Select
      label={t('fields.interpreter')}
      hint={t('hints.interpreter')}
      error={error}
      value={value}
      onChange={(event) => {
        const [kind, id] = event.currentTarget.value.split(':') as [string, string | undefined];
        onChange({ memberId: kind === 'member' ? (id ?? null) : null, contactId: kind === 'contact' ? (id ?? null) : null });
      }}
    >
      <option value="">{t('interpreter.none')}</option>
      <optgroup label={t('interpreter.members')}>
        {interpreterMembers.length === 0 ? (
          <option disabled value="-">
            {t('interpreter.noMembers')}
          </option>
        ) : (
          interpreterMembers.map((member) => (
            <option key={member.id} value={`member:${member.id}`}>
              {member.nativeName ? `${member.name} · ${member.nativeName}` : member.name}
            </option>
          ))
        )}
      </optgroup>
      <optgroup label={t('interpreter.contacts')}>
        {interpreters.length === 0 ? (
          <option disabled value="-">
            {t('interpreter.noContacts')}
          </option>
        ) : (
          interpreters.map((contact) => (
            <option key={contact.id} value={`contact:${contact.id}`}>
              {contact.nativeName ? `${contact.name} · ${contact.nativeName}` : contact.name}
            </option>
          ))
        )}
      </optgroup>
    </Select>
  );
}
