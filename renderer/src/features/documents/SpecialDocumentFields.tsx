import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../../shared/domain/item';
import type { Member } from '../../../../shared/domain/member';
import { Checkbox, Select } from '../../ui/fields';
import { chosenMeal, chosenSeatedItem, type DocumentChoices } from './options';

/**
 * The invitation letter's choices: whom it invites (the group or one visitor) and the explicit
 * confirmation that a document with passport numbers is wanted. Without it nothing is rendered.
 */
export function InvitationFields({
  choices,
  visitors,
  set,
}: {
  choices: DocumentChoices;
  visitors: readonly Member[];
  set: (patch: Partial<DocumentChoices>) => void;
}) {
  const { t } = useTranslation('documents');
  const invitee = visitors.some((v) => v.id === choices.inviteeId) ? choices.inviteeId! : '';
  return (
    <div className="documents-personal-data">
      <p className="documents-warning" role="note">
        <ShieldAlert size={16} aria-hidden="true" />
        <span>{t('invitation.warning')}</span>
      </p>
      <Checkbox
        label={t('invitation.confirm')}
        checked={choices.personalDataConfirmed}
        onChange={(event) => set({ personalDataConfirmed: event.currentTarget.checked })}
      />
      <Select label={t('invitation.for')} value={invitee} onChange={(event) => set({ inviteeId: event.currentTarget.value || null })}>
        <option value="">{t('invitation.group', { count: visitors.length })}</option>
        {visitors.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** The invitation data pack's confirmation: a table of every traveller's passport data. */
export function InvitationDataFields({ choices, set }: { choices: DocumentChoices; set: (patch: Partial<DocumentChoices>) => void }) {
  const { t } = useTranslation('documents');
  return (
    <div className="documents-personal-data">
      <p className="documents-warning" role="note">
        <ShieldAlert size={16} aria-hidden="true" />
        <span>{t('invitationData.warning')}</span>
      </p>
      <Checkbox
        label={t('invitation.confirm')}
        checked={choices.personalDataConfirmed}
        onChange={(event) => set({ personalDataConfirmed: event.currentTarget.checked })}
      />
    </div>
  );
}

/** The seating plan's item (those with a plan). */
export function SeatedItemField({ choices, items, set }: { choices: DocumentChoices; items: readonly Item[]; set: (patch: Partial<DocumentChoices>) => void }) {
  const { t } = useTranslation('documents');
  const item = chosenSeatedItem(choices, items);
  if (!item) return <p className="field-hint">{t('seating.noPlans')}</p>;
  return (
    <Select label={t('seating.item')} value={item.id} onChange={(event) => set({ seatedItemId: event.currentTarget.value })}>
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {i.startLocal.slice(0, 10)} {i.startLocal.slice(11, 16)} · {i.title}
        </option>
      ))}
    </Select>
  );
}

/** The dietary sheet's meal. */
export function MealField({ choices, meals, set }: { choices: DocumentChoices; meals: readonly Item[]; set: (patch: Partial<DocumentChoices>) => void }) {
  const { t } = useTranslation('documents');
  const meal = chosenMeal(choices, meals);
  if (!meal) return <p className="field-hint">{t('dietary.noMeals')}</p>;
  return (
    <Select label={t('dietary.meal')} value={meal.id} onChange={(event) => set({ mealId: event.currentTarget.value })}>
      {meals.map((m) => (
        <option key={m.id} value={m.id}>
          {m.startLocal.slice(0, 10)} {m.startLocal.slice(11, 16)} · {m.title}
        </option>
      ))}
    </Select>
  );
}
