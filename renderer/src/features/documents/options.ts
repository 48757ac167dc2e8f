import { create } from 'zustand';
import type { Item } from '../../../../shared/domain/item';
import type { Member } from '../../../../shared/domain/member';
import type { DocumentLanguage } from '../../../../shared/documents/options';

/**
 * What the Documents tab is set to show, per trip, for this session (UI state: the document
 * itself always comes from the core). The kinds map onto the core's variants: a personal
 * programme is the handout filtered to one member.
 */
export type DocumentKind = 'handout' | 'personal' | 'briefing' | 'hosts' | 'invitation' | 'dietary' | 'seating' | 'report' | 'invitation-data' | 'badges' | 'place-cards';

/** Documents with passport data: nothing is rendered until the user confirms they want one. */
export const PERSONAL_DATA_KINDS: readonly DocumentKind[] = ['invitation', 'invitation-data'];

export interface DocumentChoices {
  kind: DocumentKind;
  /** The member of a personal programme; null = the first in precedence order. */
  memberId: string | null;
  lang: DocumentLanguage;
  paper: 'a4' | 'letter';
  homeTime: boolean;
  /** The invitation letter's visitor; null = one letter for the whole group. */
  inviteeId: string | null;
  /** The dietary sheet's meal; null = the first meal. */
  mealId: string | null;
  /** The seating plan's item; null = the first item with a plan. */
  seatedItemId: string | null;
  /**
   * The user has confirmed they want a document with passport data (the invitation letter).
   * Until then nothing with passport numbers is rendered, not even the preview.
   */
  personalDataConfirmed: boolean;
}

interface DocumentsUiState {
  byTrip: Record<string, Partial<DocumentChoices>>;
  update: (tripId: string, patch: Partial<DocumentChoices>) => void;
}

export const useDocumentsUi = create<DocumentsUiState>()((set) => ({
  byTrip: {},
  update: (tripId, patch) => set((s) => ({ byTrip: { ...s.byTrip, [tripId]: { ...s.byTrip[tripId], ...patch } } })),
}));

export function defaultChoices(language: DocumentLanguage, paper: DocumentChoices['paper'] = 'a4'): DocumentChoices {
  return { kind: 'handout', memberId: null, lang: language, paper, homeTime: false, inviteeId: null, mealId: null, seatedItemId: null, personalDataConfirmed: false };
}

/** The member a personal programme is for: the chosen one if still in the trip, else the first. */
export function personalMember(choices: DocumentChoices, members: readonly Member[]): Member | null {
  return members.find((m) => m.id === choices.memberId) ?? members[0] ?? null;
}

/** The meal of a dietary sheet: the chosen one if still in the trip, else the first. */
export function chosenMeal(choices: DocumentChoices, meals: readonly Item[]): Item | null {
  return meals.find((m) => m.id === choices.mealId) ?? meals[0] ?? null;
}

/** The item of a seating plan: the chosen one if it still has a plan, else the first that has one. */
export function chosenSeatedItem(choices: DocumentChoices, seated: readonly Item[]): Item | null {
  return seated.find((i) => i.id === choices.seatedItemId) ?? seated[0] ?? null;
}

/** The invitation letter's visitor, or null for the group (also when the chosen one left or became a host). */
function invitee(choices: DocumentChoices, members: readonly Member[]): string | null {
  return members.find((m) => m.id === choices.inviteeId && m.side === 'visitor')?.id ?? null;
}

/** The input of 'documents:html' / 'documents:pdf'. */
export function documentInput(tripId: string, choices: DocumentChoices, members: readonly Member[], meals: readonly Item[] = [], seated: readonly Item[] = []) {
  const member =
    choices.kind === 'personal' ? (personalMember(choices, members)?.id ?? null) : choices.kind === 'invitation' ? invitee(choices, members) : null;
  return {
    tripId,
    variant: variantOf(choices.kind),
    memberId: member,
    itemId:
      choices.kind === 'dietary' ? (chosenMeal(choices, meals)?.id ?? null) : choices.kind === 'seating' ? (chosenSeatedItem(choices, seated)?.id ?? null) : null,
    lang: choices.lang,
    paper: choices.paper,
    homeTime: choices.homeTime,
  };
}

function variantOf(kind: DocumentKind): Exclude<DocumentKind, 'personal'> {
  if (kind !== 'personal') return kind;
  return 'handout';
}

export type DocumentInput = ReturnType<typeof documentInput>;
