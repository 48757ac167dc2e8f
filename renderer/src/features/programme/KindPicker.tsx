import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/item';
import { ITEM_KINDS, KIND_ICONS, KIND_TONES } from './kinds';

/** The item's kind as a row of tinted radio tiles (icon and name), in the item form. */
export function KindPicker({ name, value, onChange }: { name: string; value: ItemKind; onChange: (kind: ItemKind) => void }) {
  const { t } = useTranslation('programme');
  return (
    <fieldset className="field kind-picker">
      <legend className="field-label">{t('fields.kind')}</legend>
      <div className="kind-options">
        {ITEM_KINDS.map((k) => {
          const Icon = KIND_ICONS[k];
          return (
            <label key={k} className={`kind-option tone-${KIND_TONES[k]}`}>
              <input type="radio" name={name} value={k} checked={value === k} onChange={() => onChange(k)} />
              <span className="kind-option-box">
                <Icon aria-hidden />
                {t(`kinds.${k}`)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
