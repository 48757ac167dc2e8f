import { EMPTY_MEETING, type FollowUp, type MeetingDetails } from '../../../../shared/domain/meeting';

/** A follow-up action as its row in the form holds it (FollowUp, all present). */
export interface FollowUpFormValues {
  id: string;
  text: string;
  owner: string;
  dueDate: string | null;
  done: boolean;
}

/** The meeting details form: every field of MeetingDetailsInput, all present. */
export interface MeetingFormValues {
  hostOrganisationId: string | null;
  hostOrganisation: string;
  counterpartIds: string[];
  counterpartLanguage: string;
  interpreterMemberId: string | null;
  interpreterContactId: string | null;
  agenda: string;
  talkingPoints: string;
  giftsGiven: string;
  giftsReceived: string;
  dressCode: string;
  minutes: string;
  agreements: string;
  onlineUrl: string;
  followUps: FollowUpFormValues[];
  translation: { agenda: string };
}

/** The saved details in the form's shape; an item without details yet starts empty. */
export function meetingToForm(meeting: MeetingDetails | undefined): MeetingFormValues {
  const m = meeting ?? EMPTY_MEETING;
  return {
    hostOrganisationId: m.hostOrganisationId,
    hostOrganisation: m.hostOrganisation,
    counterpartIds: [...m.counterpartIds],
    counterpartLanguage: m.counterpartLanguage,
    interpreterMemberId: m.interpreterMemberId,
    interpreterContactId: m.interpreterContactId,
    agenda: m.agenda,
    talkingPoints: m.talkingPoints,
    giftsGiven: m.giftsGiven,
    giftsReceived: m.giftsReceived,
    dressCode: m.dressCode,
    minutes: m.minutes,
    agreements: m.agreements,
    onlineUrl: m.onlineUrl,
    followUps: m.followUps.map(followUpToForm),
    translation: { ...m.translation },
  };
}

function followUpToForm({ id, text, owner, dueDate, done }: FollowUp): FollowUpFormValues {
  return { id, text, owner, dueDate, done };
}

/** A new, empty follow-up action (ids are made here so a ticked-off state survives edits). */
export function newFollowUp(): FollowUpFormValues {
  return { id: crypto.randomUUID(), text: '', owner: '', dueDate: null, done: false };
}

/** Follow-ups not ticked off yet. */
export function openCount(followUps: readonly { done: boolean }[]): number {
  return followUps.reduce((n, f) => (f.done ? n : n + 1), 0);
}
