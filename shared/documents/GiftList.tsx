import { formatSek } from '../gifts/money';
import type { DocumentGift } from './gifts';
import type { DocumentLanguage } from './options';

/**
 * The gift register as a document table, self-contained (its own labels, no stylesheet beyond
 * the documents' table rules), so the post-trip report can include it as it is. `compact` is the
 * briefing's per-meeting list: one line per gift.
 */
export const GIFT_LIST_LABELS = {
  sv: {
    title: 'Gåvor',
    given: 'Ges',
    received: 'Mottas',
    date: 'Datum',
    direction: 'Riktning',
    description: 'Gåva',
    party: 'Till/från',
    item: 'Programpunkt',
    value: 'Värde',
    holder: 'Förvaras av',
    register: 'ska registreras',
    none: 'Inga gåvor.',
  },
  en: {
    title: 'Gifts',
    given: 'Given',
    received: 'Received',
    date: 'Date',
    direction: 'Direction',
    description: 'Gift',
    party: 'To/from',
    item: 'Programme item',
    value: 'Value',
    holder: 'Held by',
    register: 'to be registered',
    none: 'No gifts.',
  },
} as const;

export function GiftList({ gifts, lang, compact = false }: { gifts: readonly DocumentGift[]; lang: DocumentLanguage; compact?: boolean }) {
  const t = GIFT_LIST_LABELS[lang];
  if (compact) {
    return (
      <ul className="gift-list-compact">
        {gifts.map((g) => (
          <li key={g.id}>
            <span className="gift-direction">{g.direction === 'given' ? t.given : t.received}:</span> {g.description}
            {g.party ? <span className="muted"> ({g.party})</span> : null}
            {g.valueOre !== null ? <span className="muted"> · {formatSek(g.valueOre, lang)}</span> : null}
            {g.needsRegistration ? <strong> · {t.register}</strong> : null}
          </li>
        ))}
      </ul>
    );
  }
  if (gifts.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <table className="gift-list">
      <thead>
        <tr>
          <th>{t.date}</th>
          <th>{t.direction}</th>
          <th>{t.description}</th>
          <th>{t.party}</th>
          <th>{t.item}</th>
          <th className="num">{t.value}</th>
          <th>{t.holder}</th>
        </tr>
      </thead>
      <tbody>
        {gifts.map((g) => (
          <tr key={g.id}>
            <td>{g.date ?? ''}</td>
            <td>{g.direction === 'given' ? t.given : t.received}</td>
            <td>
              {g.description}
              {g.needsRegistration ? <strong> ({t.register})</strong> : null}
            </td>
            <td>{g.party}</td>
            <td>{g.itemTitle ?? ''}</td>
            <td className="num">{g.valueOre === null ? '' : formatSek(g.valueOre, lang)}</td>
            <td>{g.holder}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
