import { create } from 'zustand';
import type { Member } from '../../../../shared/domain/member';
import type { Language } from '../../i18n/languages';

/**
 * What the Documents tab is set to show, per trip, for this session (UI state: the document
 * itself always comes from the core). The three kinds map onto the core's settings: a personal
 * programme is the handout filtered to one member.
 */
export type DocumentKind = 'handout' | 'personal' | 'briefing' | 'hosts';

export interface DocumentChoices {
  kind: DocumentKind;
  /** The member of a personal programme; null = the first in precedence order. */
  memberId: string | null;
  lang: Language;
  paper: 'a4' | 'letter';
  homeTime: boolean;
}

interface DocumentsUiState {
  byTrip: Record<string, Partial<DocumentChoices>>;
  update: (tripId: string, patch: Partial<DocumentChoices>) => void;
}

export const useDocumentsUi = create<DocumentsUiState>()((set) => ({
  byTrip: {},
  update: (tripId, patch) => set((s) => ({ byTrip: { ...s.byTrip, [tripId]: { ...s.byTrip[tripId], ...patch } } })),
}));

export function defaultChoices(language: Language, paper: DocumentChoices['paper'] = 'a4'): DocumentChoices {
  return { kind: 'handout', memberId: null, lang: language, paper, homeTime: false };
}

/** The member a personal programme is for: the chosen one if still in the trip, else the first. */
export function personalMember(choices: DocumentChoices, members: readonly Member[]): Member | null {
  return members.find((m) => m.id === choices.memberId) ?? members[0] ?? null;
}

/** The input of 'documents:html' / 'documents:pdf'. */
export function documentInput(tripId: string, choices: DocumentChoices, members: readonly Member[], memberOverride?: string) {
  const member = memberOverride ?? (choices.kind === 'personal' ? (personalMember(choices, members)?.id ?? null) : null);
  return {
    tripId,
    variant: variantOf(choices.kind),
    memberId: member,
    lang: choices.lang,
    paper: choices.paper,
    homeTime: choices.homeTime,
  };
}

function variantOf(kind: DocumentKind): 'handout' | 'briefing' | 'hosts' {
  if (kind === 'briefing' || kind === 'hosts') return kind;
  return 'handout';
}

export type DocumentInput = ReturnType<typeof documentInput>;
