import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain/member';
import { Button } from '../../ui/Button';
import { NativeName } from './MemberBadges';

type ChecklistMember = Pick<Member, 'id' | 'name' | 'nativeName' | 'title'>;

/**
 * Members with a checkbox each (choosing a group's members, the members to copy), in the order
 * given, with Select all / Select none. Controlled: `selected` is a list of member ids.
 */
export function MemberChecklist({
  legend,
  members,
  selected,
  onChange,
  error,
}: {
  legend: string;
  members: readonly ChecklistMember[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('members');
  const id = useId().replaceAll(':', '');
  const chosen = new Set(selected);
  const toggle = (memberId: string, on: boolean) =>
    // Keep the given order, so the ids come out in order of precedence.
    onChange(members.filter((m) => (m.id === memberId ? on : chosen.has(m.id))).map((m) => m.id));

  return (
    <fieldset className="member-checklist" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="visually-hidden">{legend}</legend>
      <div className="member-checklist-head">
        <span className="field-label" aria-hidden>
          {legend}
        </span>
        <span className="secondary member-checklist-count" aria-live="polite">
          {t('checklist.selected', { n: chosen.size, total: members.length })}
        </span>
        <Button size="sm" variant="ghost" onClick={() => onChange(members.map((m) => m.id))} disabled={chosen.size === members.length}>
          {t('checklist.all')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onChange([])} disabled={chosen.size === 0}>
          {t('checklist.none')}
        </Button>
      </div>
      <ul className="member-checklist-items">
        {members.map((member) => (
          <li key={member.id}>
            <label className={['member-check', chosen.has(member.id) ? 'is-checked' : ''].filter(Boolean).join(' ')}>
              <input
                type="checkbox"
                className="checkbox"
                checked={chosen.has(member.id)}
                onChange={(event) => toggle(member.id, event.currentTarget.checked)}
              />
              <span className="member-check-text">
                <span className="member-check-name">
                  {member.name} <NativeName text={member.nativeName} />
                </span>
                {member.title ? <span className="secondary member-check-title">{member.title}</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
