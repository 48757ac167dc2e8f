import { formatSek } from '../money/kronor';
import type { DocumentGift } from './gifts';
import { appLanguageOf, type DocumentLanguage, type LabelLanguage } from './options';
import { inEveryLanguage } from './labels';

/**
 * The gift register as a document table, self-contained (its own labels, no stylesheet beyond
 * the documents' table rules), so the post-trip report can include it as it is. `compact` is the
 * briefing's per-meeting list: one line per gift.
 */
const tables = {
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
  zh: {
    title: '礼品',
    given: '赠送',
    received: '收到',
    date: '日期',
    direction: '方向',
    description: '礼品',
    party: '赠予/来自',
    item: '日程项目',
    value: '价值',
    holder: '保管人',
    register: '需登记',
    none: '无礼品。',
  },
} satisfies Record<LabelLanguage, Record<string, string>>;

/** In every document language; the bilingual ones are made by `labelsIn` (see labels.ts). */
export const GIFT_LIST_LABELS = inEveryLanguage<Record<keyof (typeof tables)['sv'], string>>(tables);

export function GiftList({ gifts, lang, compact = false }: { gifts: readonly DocumentGift[]; lang: DocumentLanguage; compact?: boolean }) {
  const t = GIFT_LIST_LABELS[lang];
  if (compact) {
    return (
      <ul className="gift-list-compact">
        {gifts.map((g) => (
          <li key={g.id}>
            <span className="gift-direction">{g.direction === 'given' ? t.given : t.received}:</span> {g.description}
            {g.party ? <span className="muted"> ({g.party})</span> : null}
            {g.valueOre !== null ? <span className="muted"> · {formatSek(g.valueOre, appLanguageOf(lang))}</span> : null}
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
            <td className="num">{g.valueOre === null ? '' : formatSek(g.valueOre, appLanguageOf(lang))}</td>
            <td>{g.holder}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
