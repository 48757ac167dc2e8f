import { useEffect, useRef, useState, type RefObject } from 'react';
import { ChevronLeft, ChevronRight, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../shared/checks';
import { MemberPatch, type Member } from '../../../../shared/domain/member';
import { useMutation } from '../../api/mutation';
import { useAutosaveForm, type SaveState } from '../../forms/useAutosaveForm';
import { useSettings } from '../../state/settings';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SaveStatus } from '../../ui/SaveStatus';
import { useMemberFindings } from '../checks';
import { memberToForm, type MemberFormValues } from './formValues';
import { NativeName } from './MemberBadges';
import { SEVERITY_ICONS } from './MemberFindingChips';
import { MemberFormFields } from './MemberFormFields';
import { PersonDataActions } from '../privacy';
import { AttachmentsPanel } from '../attachments';
import { ChangedBy } from '../sync';
import { useTripWorkspace } from '../../navigation/workspaceContext';

export interface MemberEditDialogProps {
  member: Member;
  /** Its place in the shown order (0-based) and the neighbours Previous / Next go to. */
  index: number;
  count: number;
  previousId: string | null;
  nextId: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  onDelete: (member: Member) => void;
}

/**
 * The edit panel: every field of one member, saved as you type (no Save button). Previous /
 * Next walk through the delegation without closing it — entering passports for nine people
 * is one sitting. The trip checks' findings about the member are listed on top, each with a
 * button to the field that fixes it.
 */
export function MemberEditDialog({ member, index, count, previousId, nextId, onOpen, onClose, onDelete }: MemberEditDialogProps) {
  const { t } = useTranslation(['members', 'common']);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const leaveTo = async (next: () => void) => {
    await flushRef.current();
    next();
  };

  return (
    <Dialog
      open
      onClose={() => void leaveTo(onClose)}
      title={
        <span className="member-panel-title">
          {member.name} <NativeName text={member.nativeName} />
        </span>
      }
      description={[t('panel.position', { position: index + 1, count }), member.title].filter(Boolean).join(' · ')}
      size="lg"
      className="member-panel"
      headerExtra={<SaveStatus state={saveState} />}
      footer={
        <>
          <Button variant="ghost" icon={Trash2} className="btn-danger-text member-panel-delete" onClick={() => onDelete(member)}>
            {t('panel.delete')}
          </Button>
          <Button
            variant="ghost"
            icon={ChevronLeft}
            disabled={!previousId}
            onClick={() => previousId && void leaveTo(() => onOpen(previousId))}
          >
            {t('panel.previous')}
          </Button>
          <Button variant="ghost" disabled={!nextId} onClick={() => nextId && void leaveTo(() => onOpen(nextId))}>
            {t('panel.next')}
            <ChevronRight className="btn-icon" aria-hidden />
          </Button>
          <Button variant="primary" onClick={() => void leaveTo(onClose)}>
            {t('common:actions.done')}
          </Button>
        </>
      }
    >
      <ChangedBy id={member.id} />
      <MemberEditForm key={member.id} member={member} onSaveState={setSaveState} flushRef={flushRef} />
      <div className="person-data-actions">
        <PersonDataActions id={member.id} onErased={onClose} />
      </div>
    </Dialog>
  );
}

function MemberEditForm({
  member,
  onSaveState,
  flushRef,
}: {
  member: Member;
  onSaveState: (state: SaveState) => void;
  flushRef: RefObject<() => Promise<void>>;
}) {
  const update = useMutation('members:update');
  const { form, saveState, flush } = useAutosaveForm<MemberFormValues>({
    schema: MemberPatch,
    values: memberToForm(member),
    save: (patch) => update.mutate({ id: member.id, patch }),
  });
  flushRef.current = flush;
  useEffect(() => onSaveState(saveState), [saveState, onSaveState]);
  const findings = useMemberFindings(member.id);
  const { attachments } = useTripWorkspace().workspace;

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="dialog-form">
      <MemberFindingsList findings={findings} memberId={member.id} onFix={(field) => form.setFocus(field)} />
      <MemberFormFields form={form} />
      <AttachmentsPanel
        owner={{ tripId: member.tripId, memberId: member.id }}
        attachments={attachments.filter((a) => a.memberId === member.id)}
      />
    </form>
  );
}

function MemberFindingsList({
  findings,
  memberId,
  onFix,
}: {
  findings: readonly CheckResult[];
  memberId: string;
  onFix: (field: keyof MemberFormValues) => void;
}) {
  const { t } = useTranslation('members');
  const language = useSettings((s) => s.language);
  if (findings.length === 0) return null;
  return (
    <section className="member-findings" aria-labelledby="member-findings-title">
      <h3 id="member-findings-title" className="member-findings-title">
        {t('findings.title', { count: findings.length })}
      </h3>
      <ul>
        {findings.map((finding) => {
          const Icon = SEVERITY_ICONS[finding.severity];
          const target = finding.target;
          const field = target.screen === 'members' && target.memberId === memberId ? target.field : null;
          return (
            <li key={finding.id} className={`member-finding member-finding-${finding.severity}`}>
              <Icon aria-hidden className="member-finding-icon" />
              <span className="member-finding-message">{finding.message[language]}</span>
              {field ? (
                <Button size="sm" variant="ghost" onClick={() => onFix(field)}>
                  {t('findings.fix', { field: t(`fields.${field}`) })}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
