import { useTranslation } from 'react-i18next';
import type { Colleague } from '../../../../shared/sync/presence';
import { useOptionalTripWorkspace } from '../../navigation/workspaceContext';

/** In the trip header: a colleague per avatar (initials, their colour) with "Anna — Programme". */
export function Colleagues({ colleagues }: { colleagues: readonly Colleague[] }) {
  const { t } = useTranslation(['sync', 'common']);
  const workspace = useOptionalTripWorkspace()?.workspace;
  if (colleagues.length === 0) return null;
  const titleOf = (id: string | null) =>
    id ? (workspace?.items.find((i) => i.id === id)?.title ?? workspace?.members.find((m) => m.id === id)?.name) : undefined;
  return (
    <ul className="colleagues" aria-label={t('presence.heading')} data-testid="colleagues">
      {colleagues.map((colleague) => {
        const name = colleague.name || t('presence.someone');
        const screen = t(`common:nav.tabs.${colleague.screen}`);
        const open = titleOf(colleague.openId);
        const label = open ? t('presence.labelOpen', { name, screen, title: open }) : t('presence.label', { name, screen });
        return (
          <li key={colleague.clientId} className="colleague" title={label} data-testid="colleague">
            <span className={`colleague-avatar presence-colour-${colleague.colour}`} aria-hidden>
              {initialsOf(name)}
            </span>
            <span className="colleague-label">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Anna Lindqvist" → "AL"; a name written in Chinese characters ("王芳", "Chen Wei 陈伟") → its
 * first character, the family name, as Chinese colleagues would abbreviate it.
 */
function initialsOf(name: string): string {
  const han = /\p{Script=Han}/u.exec(name);
  if (han) return han[0];
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '?';
  const last = words.length > 1 ? ([...words.at(-1)!][0] ?? '') : '';
  return (first + last).toUpperCase();
}
