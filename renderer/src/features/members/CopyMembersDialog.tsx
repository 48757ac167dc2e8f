import { useEffect, useMemo, useState } from 'react';
import { ArrowLeft, Copy } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/mutation';
import { ProblemMessage } from '../../navigation/ProblemMessage';
import { describeProblem } from '../../navigation/problems';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { RadioGroup } from '../../ui/fields';
import { LoadingState } from '../../ui/LoadingState';
import { MemberChecklist } from './MemberChecklist';
import { useMembersOfTrip, useTripsToCopyFrom } from './queries';

/**
 * Copy members from an earlier trip: choose the trip, then the members (all to begin with).
 * The copies go to the end of this trip's order of precedence, with every field but none of
 * the earlier trip's groups or programme.
 */
export function CopyMembersDialog({ tripId, onClose }: { tripId: string; onClose: () => void }) {
  const { t } = useTranslation(['members', 'common']);
  const dates = useDates();
  const trips = useTripsToCopyFrom(true);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [step, setStep] = useState<'trip' | 'members'>('trip');
  const members = useMembersOfTrip(step === 'members' ? sourceId : null);
  const [selected, setSelected] = useState<string[]>([]);
  const copy = useMutation('members:copyFromTrip');

  const candidates = useMemo(
    () => (trips.data ?? []).filter((trip) => trip.id !== tripId && trip.memberCount > 0),
    [trips.data, tripId],
  );
  const source = candidates.find((trip) => trip.id === sourceId) ?? null;

  // Everyone is ticked when a trip's members arrive.
  useEffect(() => {
    if (members.data) setSelected(members.data.map((m) => m.id));
  }, [members.data]);

  const submit = async () => {
    if (!source) return;
    const result = await copy.mutate({ fromTripId: source.id, toTripId: tripId, memberIds: selected });
    if (!result.ok) {
      toast.show({ message: t('copy.failed', { reason: result.error.message }), tone: 'error' });
      return;
    }
    toast.show({ message: t('copy.done', { count: result.value.length, trip: source.title }), tone: 'success' });
    onClose();
  };

  const footer =
    step === 'trip' ? (
      <>
        <Button variant="ghost" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="primary" disabled={!source} onClick={() => setStep('members')}>
          {t('copy.next')}
        </Button>
      </>
    ) : (
      <>
        <Button variant="ghost" icon={ArrowLeft} onClick={() => setStep('trip')} className="dialog-footer-start">
          {t('copy.back')}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="primary" icon={Copy} busy={copy.pending} disabled={selected.length === 0 || !members.data} onClick={() => void submit()}>
          {t('copy.submit', { count: selected.length })}
        </Button>
      </>
    );

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('copy.title')}
      description={step === 'trip' ? t('copy.chooseTrip') : t('copy.chooseMembers', { trip: source?.title ?? '' })}
      footer={footer}
      className="copy-members-dialog"
    >
      {step === 'trip' ? (
        trips.status === 'error' ? (
          <ProblemMessage problem={describeProblem(trips.error)} onRetry={trips.reload} />
        ) : !trips.data ? (
          <LoadingState label={t('copy.loadingTrips')} />
        ) : candidates.length === 0 ? (
          <EmptyState compact title={t('copy.noTrips')}>
            {t('copy.noTripsBody')}
          </EmptyState>
        ) : (
          <RadioGroup
            legend={t('copy.tripLegend')}
            hideLegend
            appearance="list"
            className="copy-trip-list"
            value={sourceId ?? ''}
            onChange={setSourceId}
            options={candidates.map((trip) => ({
              value: trip.id,
              label: trip.title,
              description: `${dates.range(trip.startDate, trip.endDate)} · ${t('copy.memberCount', { count: trip.memberCount })}`,
            }))}
          />
        )
      ) : members.status === 'error' ? (
        <ProblemMessage problem={describeProblem(members.error)} onRetry={members.reload} />
      ) : !members.data ? (
        <LoadingState label={t('copy.loadingMembers')} />
      ) : (
        <MemberChecklist legend={t('copy.membersLegend')} members={members.data} selected={selected} onChange={setSelected} />
      )}
    </Dialog>
  );
}
