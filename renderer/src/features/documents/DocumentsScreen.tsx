import { useEffect, useMemo, useRef, useState } from 'react';
import { FileDown, Files, Printer, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { useCommand } from '../../navigation/commands';
import { ProblemMessage } from '../../navigation/ProblemMessage';
import { describeProblem } from '../../navigation/problems';
import { useAppStateSignal } from '../../navigation/readiness';
import { shortcutLabel } from '../../lib/platform';
import { zoneCity } from '../../lib/timezones';
import { useSettings } from '../../state/settings';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Checkbox, RadioGroup, Select } from '../../ui/fields';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ShareSection } from '../sharing';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { DocumentPreview, type DocumentPreviewHandle } from './DocumentPreview';
import { defaultChoices, documentInput, PERSONAL_DATA_KINDS, personalMember, useDocumentsUi, type DocumentChoices, type DocumentKind } from './options';
import { useDocumentHtml } from './queries';
import { usePdfExports } from './usePdfExports';
import { InvitationDataFields, InvitationFields, MealField, SeatedItemField } from './SpecialDocumentFields';
import { ReportFields } from './ReportFields';
import { warmUpPrinter } from './printerWarmUp';
import './documents.css';
import { secondClockZone } from '../../../../shared/domain/trip';
import { LanguageFields } from './LanguageFields';

/**
 * The Documents tab: choose the programme document (handout, a member's personal programme, the
 * organisers' briefing; language, paper, home-time column), see it live as it will print, export
 * it as PDF or print it (Ctrl/Cmd+P); and share the trip (trip file, calendars, lists).
 */
export function DocumentsScreen() {
  const { t } = useTranslation('documents');
  const { tripId, workspace } = useTripWorkspace();
  const { trip } = workspace;
  // A new document starts in the organisation profile's document language and the paper chosen in Settings.
  const language = useSettings((s) => s.organisation.documentLanguage ?? s.language);
  const paper = useSettings((s) => s.paper);
  const stored = useDocumentsUi((s) => s.byTrip[tripId]);
  const update = useDocumentsUi((s) => s.update);
  const members = useMemo(() => [...workspace.members].sort((a, b) => a.precedence - b.precedence), [workspace.members]);
  const visitors = useMemo(() => members.filter((m) => m.side === 'visitor'), [members]);
  const meals = useMemo(
    () => workspace.items.filter((i) => i.kind === 'meal').sort((a, b) => (a.startLocal < b.startLocal ? -1 : a.startLocal > b.startLocal ? 1 : 0)),
    [workspace.items],
  );
  const seated = useMemo(() => workspace.items.filter((i) => i.seating !== null), [workspace.items]);
  const choices: DocumentChoices = useMemo(() => {
    const chosen = { ...defaultChoices(language, paper), ...stored };
    // A personal programme needs a member; with none left it is the handout.
    if (chosen.kind === 'personal' && members.length === 0) return { ...chosen, kind: 'handout' };
    // Likewise a letter needs visitors on an incoming visit, a dietary sheet a meal.
    if (chosen.kind === 'invitation' && (trip.direction !== 'incoming' || visitors.length === 0)) return { ...chosen, kind: 'handout' };
    if (chosen.kind === 'dietary' && meals.length === 0) return { ...chosen, kind: 'handout' };
    if (chosen.kind === 'seating' && seated.length === 0) return { ...chosen, kind: 'handout' };
    if (chosen.kind === 'invitation-data' && visitors.length === 0) return { ...chosen, kind: 'handout' };
    return chosen;
  }, [language, paper, stored, members.length, visitors.length, meals.length, seated.length, trip.direction]);
  // Choosing another document takes the personal-data confirmation back: coming back asks again.
  const set = (patch: Partial<DocumentChoices>) =>
    update(tripId, patch.kind !== undefined && patch.kind !== choices.kind ? { ...patch, personalDataConfirmed: false } : patch);

  const member = choices.kind === 'personal' ? personalMember(choices, members) : null;
  const input = useMemo(() => documentInput(tripId, choices, members, meals, seated), [tripId, choices, members, meals, seated]);
  // Passport numbers are rendered only once the user has said they want them.
  const awaitingConfirmation = PERSONAL_DATA_KINDS.includes(choices.kind) && !choices.personalDataConfirmed;
  const withHomeTime = !(['invitation', 'dietary', 'seating', 'report', 'invitation-data', 'badges', 'place-cards'] as DocumentKind[]).includes(choices.kind);

  const query = useDocumentHtml(input, !awaitingConfirmation);
  useAppStateSignal(query.status, query.data !== undefined);
  // The document follows the trip: every saved change elsewhere reloads the workspace.
  const firstWorkspace = useRef(workspace);
  const reload = query.reload;
  useEffect(() => {
    if (firstWorkspace.current !== workspace) reload();
  }, [workspace, reload]);

  const { exportPdf, exporting, exportAllPersonal, batch, cancel } = usePdfExports(trip.title);
  // An unused printer closes after a while; opening this tab starts it again before Export.
  const call = useApi();
  useEffect(() => warmUpPrinter(call), [call]);
  const preview = useRef<DocumentPreviewHandle>(null);
  /** Print was asked for before the document was there (Ctrl+P right after opening the tab). */
  const printPending = useRef(false);
  const [printing, setPrinting] = useState(false);

  const print = async () => {
    const html = query.data?.html;
    if (window.api?.printDocument) {
      // The app: the system print dialog, for the same page the PDF is printed from.
      if (!html) {
        printPending.current = true;
        return;
      }
      setPrinting(true);
      try {
        const outcome = await window.api.printDocument(html);
        if (outcome.status === 'failed') toast.show({ message: t('printFailed', { reason: outcome.message }), tone: 'error' });
      } finally {
        setPrinting(false);
      }
      return;
    }
    // The browser: its own print dialog for the previewed page.
    if (!preview.current?.print()) printPending.current = true;
  };
  const printIfPending = () => {
    if (!printPending.current) return;
    printPending.current = false;
    void print();
  };
  // Ctrl/Cmd+P and File → Print… (the command may arrive before the document has loaded).
  useCommand('print', () => void print());
  useEffect(() => {
    if (query.data && window.api?.printDocument) printIfPending();
  });

  const kinds: DocumentKind[] = members.length > 0 ? ['handout', 'personal', 'briefing'] : ['handout', 'briefing'];
  // Incoming trips: the host organisation's overview (who of us is needed when), the invitation letter.
  if (trip.direction === 'incoming') kinds.push('hosts');
  if (meals.length > 0) kinds.push('dietary');
  if (trip.direction === 'incoming' && visitors.length > 0) kinds.push('invitation');
  if (seated.length > 0) kinds.push('seating');
  kinds.push('report');
  if (visitors.length > 0) kinds.push('invitation-data');
  // For the door and the table: one badge or card per member, both sides.
  if (members.length > 0) kinds.push('badges', 'place-cards');
  const homePlace = zoneCity(secondClockZone(trip) ?? trip.homeTimeZone);

  return (
    <div className="screen documents-screen">
      <ScreenHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button icon={Printer} onClick={() => void print()} busy={printing} disabled={!query.data || awaitingConfirmation} title={shortcutLabel('P')} aria-keyshortcuts="Control+P Meta+P">
              {t('print')}
            </Button>
            <Button variant="primary" icon={FileDown} onClick={() => void exportPdf(input)} busy={exporting} disabled={batch !== null || awaitingConfirmation}>
              {t('exportPdf')}
            </Button>
          </>
        }
      />
      <div className="documents-layout">
        <div className="documents-side">
          <section className="card documents-options" aria-labelledby="documents-options-title">
            <h2 id="documents-options-title" className="documents-panel-title">
              {t('document')}
            </h2>
            <RadioGroup<DocumentKind>
              legend={t('kind')}
              hideLegend
              appearance="list"
              value={choices.kind}
              onChange={(kind) => set({ kind })}
              options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`), description: t(`kindHints.${kind}`) }))}
            />
            {choices.kind === 'personal' && member ? (
              <Select label={t('member')} value={member.id} onChange={(event) => set({ memberId: event.currentTarget.value })}>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </Select>
            ) : null}
            {choices.kind === 'invitation' ? <InvitationFields choices={choices} visitors={visitors} set={set} /> : null}
            {choices.kind === 'dietary' ? <MealField choices={choices} meals={meals} set={set} /> : null}
            {choices.kind === 'seating' ? <SeatedItemField choices={choices} items={seated} set={set} /> : null}
            {choices.kind === 'invitation-data' ? <InvitationDataFields choices={choices} set={set} /> : null}
            {choices.kind === 'report' ? <ReportFields trip={trip} /> : null}
            {/* The letter is always in English; the sheet in English and Swedish; neither has times to convert. */}
            {choices.kind !== 'invitation' ? (
              <LanguageFields lang={choices.lang} onChange={(lang) => set({ lang })} />
            ) : null}
            <RadioGroup<DocumentChoices['paper']>
              legend={t('paper')}
              value={choices.paper}
              onChange={(paper) => set({ paper })}
              options={[
                { value: 'a4', label: t('papers.a4') },
                { value: 'letter', label: t('papers.letter') },
              ]}
            />
            {withHomeTime ? (
              <Checkbox
                label={t('homeTime')}
                hint={t('homeTimeHint', { place: homePlace })}
                checked={choices.homeTime}
                onChange={(event) => set({ homeTime: event.currentTarget.checked })}
              />
            ) : null}
            {members.length > 0 ? (
              <div className="documents-batch">
                {batch ? (
                  <div className="documents-progress" role="status">
                    <progress max={batch.total} value={batch.index - 1} aria-label={t('progress', { ...batch })} />
                    <p>{t('progress', { ...batch })}</p>
                    <Button size="sm" icon={X} onClick={cancel}>
                      {t('cancel')}
                    </Button>
                  </div>
                ) : (
                  <>
                    <Button icon={Files} onClick={() => void exportAllPersonal(input, members)} disabled={exporting}>
                      {t('allPersonal')}
                    </Button>
                    <p className="field-hint">{t('allPersonalHint', { count: members.length })}</p>
                  </>
                )}
              </div>
            ) : null}
          </section>
          <ShareSection tripId={tripId} tripTitle={trip.title} members={members} />
        </div>

        <section className="documents-preview" aria-label={t('preview.label')}>
          {awaitingConfirmation ? (
            <div className="preview-viewport">
              <p className="preview-updating">{t(choices.kind === 'invitation' ? 'invitation.previewHidden' : 'invitationData.previewHidden')}</p>
            </div>
          ) : query.data ? (
            <DocumentPreview ref={preview} html={query.data.html} title={query.data.title} updating={query.status === 'loading'} onReady={printIfPending} />
          ) : query.status === 'error' ? (
            <ProblemMessage problem={describeProblem(query.error)} onRetry={query.reload} />
          ) : (
            <DocumentPreviewPlaceholder />
          )}
          <p className="documents-preview-note">
            {t(choices.kind === 'badges' || choices.kind === 'place-cards' ? 'preview.sheetNote' : 'preview.paperNote', { paper: t(`papers.${choices.paper}`) })}
          </p>
        </section>
      </div>
    </div>
  );
}

function DocumentPreviewPlaceholder() {
  const { t } = useTranslation('documents');
  return (
    <div className="preview-viewport">
      <p className="preview-updating" role="status">
        {t('preview.loading')}
      </p>
    </div>
  );
}
