import { useState } from 'react';
import { Download, Pencil, Plus, Trash2, Wallet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CostLine, FundingSource } from '../../../../shared/domain/budget';
import { formatAmount, toSekMinor } from '../../../../shared/money/money';
import { useApi } from '../../api/context';
import { callSafely, useMutation } from '../../api/mutation';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { Button, IconButton } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingState } from '../../ui/LoadingState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { saveFile, useSaveFeedback } from '../sharing';
import { useTripWorkspace } from '../../navigation/workspaceContext';
import { BudgetWarnings, TotalsTables } from './BudgetTables';
import { CostLineDialog } from './CostLineDialog';
import { PerDiemSection } from './PerDiemSection';
import { BUDGET_INVALIDATES, useBudget } from './queries';
import { SourceDialog } from './SourceDialog';
import './budget.css';

type Editing = { what: 'line'; line: CostLine | null } | { what: 'source'; source: FundingSource | null } | null;
type Deleting = { what: 'line'; id: string } | { what: 'source'; id: string } | null;

/** The Budget tab: funding sources, cost lines, the per diem from the programme, totals in SEK. */
export function BudgetScreen() {
  const { t } = useTranslation('budget');
  const { language, date } = useDates();
  const { tripId, workspace } = useTripWorkspace();
  const budget = useBudget(tripId);
  const call = useApi();
  const feedback = useSaveFeedback();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const deleteLine = useMutation('budget:deleteLine', { invalidates: BUDGET_INVALIDATES });
  const deleteSource = useMutation('budget:deleteSource', { invalidates: BUDGET_INVALIDATES });

  if (!budget.data) return <LoadingState />;
  const { sources, lines } = budget.data;
  const members = new Map(workspace.members.map((m) => [m.id, m.name]));
  const sourceName = new Map(sources.map((s) => [s.id, s.name]));
  const money = (minor: number, currency: string) => formatAmount(minor, currency, language);

  const exportCsv = async () => {
    const result = await callSafely(call, 'budget:csv', { tripId, lang: language });
    if (!result.ok) return toast.show({ message: result.error.message, tone: 'error' });
    feedback(await saveFile(result.value.fileName, result.value.content, result.value.mediaType));
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    const result = deleting.what === 'line' ? await deleteLine.mutate({ id: deleting.id }) : await deleteSource.mutate({ id: deleting.id });
    setDeleting(null);
    toast.show(result.ok ? { message: t(deleting.what === 'line' ? 'toast.lineDeleted' : 'toast.sourceDeleted') } : { message: result.error.message, tone: 'error' });
  };

  return (
    <div className="screen budget-screen">
      <ScreenHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button variant="secondary" onClick={() => void exportCsv()} disabled={lines.length === 0}>
              <Download aria-hidden className="btn-icon" />
              {t('actions.exportCsv')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing({ what: 'source', source: null })}>
              <Plus aria-hidden className="btn-icon" />
              {t('actions.newSource')}
            </Button>
            <Button variant="primary" onClick={() => setEditing({ what: 'line', line: null })}>
              <Plus aria-hidden className="btn-icon" />
              {t('actions.newLine')}
            </Button>
          </>
        }
      />
      <BudgetWarnings warnings={budget.data.warnings} locale={language} />
      {lines.length === 0 && sources.length === 0 ? (
        <EmptyState icon={Wallet} title={t('empty.title')} compact>
          {t('empty.body')}
        </EmptyState>
      ) : null}
      {sources.length > 0 ? (
        <section className="budget-section" aria-labelledby="budget-sources">
          <h2 id="budget-sources" className="budget-section-title">
            {t('sources.heading')}
          </h2>
          <table className="data-table budget-table" data-testid="budget-sources">
            <thead>
              <tr>
                <th scope="col">{t('sources.name')}</th>
                <th scope="col">{t('sources.reference')}</th>
                <th scope="col" className="numeric">{t('totals.amount')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.reference}</td>
                  <td className="numeric">{money(s.amountMinor, s.currency)} {s.currency}</td>
                  <td className="budget-row-actions">
                    <IconButton icon={Pencil} label={`${t('actions.edit')} ${s.name}`} onClick={() => setEditing({ what: 'source', source: s })} />
                    <IconButton icon={Trash2} label={`${t('actions.delete')} ${s.name}`} onClick={() => setDeleting({ what: 'source', id: s.id })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {lines.length > 0 ? (
        <section className="budget-section" aria-labelledby="budget-lines">
          <h2 id="budget-lines" className="budget-section-title">
            {t('lines.heading')}
          </h2>
          <table className="data-table budget-table" data-testid="budget-lines">
            <thead>
              <tr>
                <th scope="col">{t('lines.date')}</th>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('lines.description')}</th>
                <th scope="col" className="numeric">{t('totals.planned')}</th>
                <th scope="col" className="numeric">{t('totals.actual')}</th>
                <th scope="col" className="numeric">{t('totals.planned')} SEK</th>
                <th scope="col">{t('lines.paidBy')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => {
                const label = l.description || t(`categories.${l.category}`);
                return (
                  <tr key={l.id} className={l.actualMinor !== null && l.actualMinor > l.plannedMinor ? 'budget-over' : undefined} data-testid="budget-line">
                    <td>{l.date ? date(l.date) : ''}</td>
                    <td>{t(`categories.${l.category}`)}</td>
                    <td>
                      {l.description}
                      {l.memberId ? <span className="budget-line-member"> · {members.get(l.memberId)}</span> : null}
                    </td>
                    <td className="numeric">{money(l.plannedMinor, l.currency)} {l.currency}</td>
                    <td className="numeric">{l.actualMinor === null ? '' : `${money(l.actualMinor, l.currency)} ${l.currency}`}</td>
                    <td className="numeric">{money(toSekMinor(l.plannedMinor, l.currency, l.rateToSek), 'SEK')}</td>
                    <td>{l.payer === 'grant' && l.fundingSourceId ? sourceName.get(l.fundingSourceId) : t(`payers.${l.payer}`)}</td>
                    <td className="budget-row-actions">
                      <IconButton icon={Pencil} label={`${t('actions.edit')} ${label}`} onClick={() => setEditing({ what: 'line', line: l })} />
                      <IconButton icon={Trash2} label={`${t('actions.delete')} ${label}`} onClick={() => setDeleting({ what: 'line', id: l.id })} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}
      <TotalsTables budget={budget.data} locale={language} />
      <PerDiemSection tripId={tripId} perDiem={budget.data.perDiem} locale={language} />
      {editing?.what === 'line' ? <CostLineDialog line={editing.line} sources={sources} onClose={() => setEditing(null)} /> : null}
      {editing?.what === 'source' ? <SourceDialog source={editing.source} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t(deleting?.what === 'source' ? 'confirmDelete.sourceTitle' : 'confirmDelete.lineTitle')}
        message={deleting?.what === 'source' ? t('confirmDelete.sourceMessage') : ''}
        confirmLabel={t('actions.delete')}
        tone="danger"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
