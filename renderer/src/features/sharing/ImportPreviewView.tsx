import { memo, useMemo } from 'react';
import type { LucideIcon } from 'lucide-react';
import { BookUser, Building2, CalendarDays, FileText, Handshake, Luggage, TriangleAlert, User, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportAction, ImportChange, ImportPreview, SharingEntityType } from '../../../../shared/sharing/types';
import { useDates } from '../../lib/useDates';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Checkbox, RadioGroup } from '../../ui/fields';
import { choiceKey, type ImportChoices } from './importChoices';
import enSharing from '../../i18n/en/sharing.json';

/** Rows listed per section before "and N more" (a merge of a big trip can touch hundreds). */
const LISTED = 60;

const ENTITY_ICONS: Record<SharingEntityType, LucideIcon> = {
  trip: Luggage,
  member: User,
  member_group: Users,
  item: CalendarDays,
  meeting: Handshake,
  contact: BookUser,
  organisation: Building2,
};

const ACTION_TONES: Record<ImportAction, BadgeTone> = {
  add: 'success',
  update: 'accent',
  match: 'neutral',
  conflict: 'warning',
  remove: 'danger',
  keep_local: 'outline',
  local_only: 'outline',
  stays_deleted: 'outline',
  unchanged: 'outline',
};

const CHANGE_ACTIONS: ImportAction[] = ['add', 'update', 'match'];
const KEPT_ACTIONS: ImportAction[] = ['keep_local', 'local_only', 'stays_deleted'];
const KNOWN_FIELDS = new Set(Object.keys(enSharing.fieldNames));

/**
 * new: a trip to add; upToDate: nothing to import and nothing to decide; merge: changes, or
 * conflicts and deletions to decide (with "keep mine" everywhere a merge may change nothing).
 */
export function previewMode(preview: ImportPreview): 'new' | 'merge' | 'upToDate' {
  if (preview.mode === 'new') return 'new';
  return preview.upToDate && preview.conflicts === 0 && preview.pendingDeletions === 0 && preview.pendingContactUpdates === 0
    ? 'upToDate'
    : 'merge';
}

interface Props {
  fileName: string;
  preview: ImportPreview;
  choices: ImportChoices;
  onChoicesChange: (choices: ImportChoices) => void;
}

/** What importing the file would do, in the user's words; conflicts and deletions are decided here. */
export function ImportPreviewView({ fileName, preview, choices, onChoicesChange }: Props) {
  const { t } = useTranslation('sharing');
  const dates = useDates();
  const groups = useMemo(
    () => ({
      conflicts: preview.changes.filter((c) => c.action === 'conflict'),
      deletions: preview.changes.filter((c) => c.action === 'remove'),
      // Listed apart, with their own confirmation: changing them changes other trips too.
      shared: preview.changes.filter((c) => c.usedByOtherTrips !== undefined && c.action !== 'conflict'),
      changes: preview.changes.filter((c) => CHANGE_ACTIONS.includes(c.action) && c.usedByOtherTrips === undefined),
      kept: preview.changes.filter((c) => KEPT_ACTIONS.includes(c.action)),
    }),
    [preview.changes],
  );
  const count = (type: SharingEntityType, ...actions: ImportAction[]) =>
    actions.reduce((sum, action) => sum + (preview.summary[type]?.[action] ?? 0), 0);
  const mode = previewMode(preview);

  return (
    <div className="import-preview" data-testid="import-preview" data-mode={mode}>
      <p className="import-file">
        <FileText aria-hidden className="import-file-icon" />
        <span className="import-file-name">{fileName}</span>
        <span className="import-file-meta">{t('import.exportedAt', { date: dates.timestamp(preview.file.exportedAt) })}</span>
        {preview.file.includesPassports ? <Badge tone="warning">{t('import.withPassports')}</Badge> : null}
      </p>

      <div className="import-trip">
        <div>
          <h3 className="import-trip-title">{preview.trip.title}</h3>
          <p className="import-trip-dates">{dates.range(preview.trip.startDate, preview.trip.endDate)}</p>
        </div>
        <Badge tone={mode === 'new' ? 'success' : mode === 'merge' ? 'accent' : 'neutral'}>{t(`import.badges.${mode}`)}</Badge>
      </div>

      {mode === 'new' ? (
        <>
          <p>{t('import.newBody')}</p>
          <ul className="import-counts">
            <CountRow icon={User} text={t('import.counts.members', { count: count('member', 'add') })} />
            {count('member_group', 'add') > 0 ? <CountRow icon={Users} text={t('import.counts.groups', { count: count('member_group', 'add') })} /> : null}
            <CountRow icon={CalendarDays} text={t('import.counts.items', { count: count('item', 'add') })} />
            {count('meeting', 'add') > 0 ? <CountRow icon={Handshake} text={t('import.counts.meetings', { count: count('meeting', 'add') })} /> : null}
            {count('contact', 'add') > 0 ? <CountRow icon={BookUser} text={t('import.counts.contactsNew', { count: count('contact', 'add') })} /> : null}
            {count('contact', 'match', 'unchanged', 'keep_local', 'update') > 0 ? (
              <CountRow icon={BookUser} text={t('import.counts.contactsMatched', { count: count('contact', 'match', 'unchanged', 'keep_local', 'update') })} />
            ) : null}
            {count('organisation', 'add') > 0 ? (
              <CountRow icon={Building2} text={t('import.counts.organisationsNew', { count: count('organisation', 'add') })} />
            ) : null}
          </ul>
          {preview.restoresDeletedTrip ? <p className="import-note">{t('import.restores')}</p> : null}
        </>
      ) : mode === 'upToDate' ? (
        <p>{t('import.upToDateBody')}</p>
      ) : (
        <>
          <p>{t('import.mergeBody')}</p>
          <p className="import-summary">
            {[
              ['added', groups.changes.filter((c) => c.action === 'add').length, 'success'],
              ['updated', groups.changes.filter((c) => c.action === 'update').length, 'accent'],
              ['conflicts', groups.conflicts.length, 'warning'],
              ['deletions', groups.deletions.length, 'danger'],
            ].map(([key, n, tone]) =>
              (n as number) > 0 ? (
                <Badge key={key as string} tone={tone as BadgeTone}>
                  {t(`import.summary.${key as 'added'}`, { count: n as number })}
                </Badge>
              ) : null,
            )}
          </p>

          {groups.conflicts.length > 0 ? (
            <section className="import-section" aria-labelledby="import-conflicts">
              <h4 id="import-conflicts" className="import-section-title">
                {t('import.sections.conflicts')}
              </h4>
              <p className="import-help">{t('import.conflictsHelp')}</p>
              <ul className="import-list">
                {groups.conflicts.slice(0, LISTED).map((change) => (
                  <li key={choiceKey(change.type, change.id)} className="import-row import-row-conflict">
                    <ChangeText change={change} showAction={false} />
                    <RadioGroup
                      legend={t('import.choice', { label: change.label })}
                      hideLegend
                      className="import-choice"
                      value={choices.resolutions[choiceKey(change.type, change.id)] ?? 'ours'}
                      options={[
                        { value: 'ours', label: t('import.keepMine') },
                        { value: 'theirs', label: t('import.takeTheirs') },
                      ]}
                      onChange={(choose) =>
                        onChoicesChange({ ...choices, resolutions: { ...choices.resolutions, [choiceKey(change.type, change.id)]: choose } })
                      }
                    />
                  </li>
                ))}
              </ul>
              <More total={groups.conflicts.length} />
            </section>
          ) : null}

          {groups.deletions.length > 0 ? (
            <section className="import-section" aria-labelledby="import-deletions">
              <h4 id="import-deletions" className="import-section-title">
                {t('import.sections.deletions')}
              </h4>
              <p className="import-help">{t('import.deletionsHelp')}</p>
              <ChangeList changes={groups.deletions} />
              <Checkbox
                className="import-apply-deletions"
                label={t('import.applyDeletions', { count: groups.deletions.length })}
                checked={choices.applyDeletions}
                onChange={(event) => onChoicesChange({ ...choices, applyDeletions: event.currentTarget.checked })}
              />
            </section>
          ) : null}

          {groups.changes.length > 0 ? (
            <section className="import-section" aria-labelledby="import-changes">
              <h4 id="import-changes" className="import-section-title">
                {t('import.sections.changes')}
              </h4>
              <ChangeList changes={groups.changes} />
            </section>
          ) : null}

          {groups.kept.length > 0 ? (
            <details className="import-section import-kept">
              <summary className="import-section-title">
                {t('import.sections.kept')} <span className="import-count">{groups.kept.length}</span>
              </summary>
              <ChangeList changes={groups.kept} />
            </details>
          ) : null}
        </>
      )}

      {groups.shared.length > 0 ? (
        <section className="import-section" aria-labelledby="import-shared-contacts" data-testid="import-shared-contacts">
          <h4 id="import-shared-contacts" className="import-section-title">
            {t('import.sections.sharedContacts')}
          </h4>
          <p className="import-help">{t('import.sharedContactsHelp')}</p>
          <ChangeList changes={groups.shared} />
          <Checkbox
            className="import-update-contacts"
            label={t('import.updateContacts', { count: groups.shared.length })}
            checked={choices.updateContacts}
            onChange={(event) => onChoicesChange({ ...choices, updateContacts: event.currentTarget.checked })}
          />
        </section>
      ) : null}

      {preview.warnings.length > 0 ? (
        <section className="import-section" aria-labelledby="import-warnings">
          <h4 id="import-warnings" className="import-section-title">
            {t('import.sections.warnings')}
          </h4>
          <ul className="import-warnings">
            {preview.warnings.map((warning, index) => (
              <li key={index}>
                <TriangleAlert aria-hidden />
                {warning}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function CountRow({ icon: Icon, text }: { icon: LucideIcon; text: string }) {
  return (
    <li>
      <Icon aria-hidden />
      {text}
    </li>
  );
}

function More({ total }: { total: number }) {
  const { t } = useTranslation('sharing');
  return total > LISTED ? <p className="import-more">{t('import.more', { count: total - LISTED })}</p> : null;
}

const ChangeList = memo(function ChangeList({ changes }: { changes: ImportChange[] }) {
  return (
    <>
      <ul className="import-list">
        {changes.slice(0, LISTED).map((change) => (
          <li key={choiceKey(change.type, change.id)} className="import-row">
            <ChangeText change={change} />
          </li>
        ))}
      </ul>
      <More total={changes.length} />
    </>
  );
});

function ChangeText({ change, showAction = true }: { change: ImportChange; showAction?: boolean }) {
  const { t } = useTranslation('sharing');
  const Icon = ENTITY_ICONS[change.type];
  const fields = [...new Set((change.fields ?? []).map((f) => (KNOWN_FIELDS.has(f) ? t(`fieldNames.${f as 'title'}`) : f)))];
  return (
    <div className="import-change">
      <Icon aria-hidden className="import-change-icon" />
      <div className="import-change-text">
        <p>
          <span className="import-change-type">{t(`entity.${change.type}`)}</span>
          <span className="import-change-label">{change.label}</span>
        </p>
        {fields.length > 0 && change.action !== 'add' ? <p className="import-change-fields">{t('import.fields', { fields: fields.join(', ') })}</p> : null}
        {change.usedByOtherTrips ? <p className="import-change-fields">{t('import.usedBy', { trips: change.usedByOtherTrips.join(', ') })}</p> : null}
      </div>
      {showAction ? (
        <Badge tone={ACTION_TONES[change.action]} className="import-change-action">
          {t(`action.${change.action}`)}
        </Badge>
      ) : null}
    </div>
  );
}
