import type { MergeChoice, SharingEntityType } from '../../../../shared/sharing/types';

/** What the user decided in the import preview; sent with both the preview and the apply. */
export interface ImportChoices {
  /** Remove what the sender deleted (off until the user ticks it). */
  applyDeletions: boolean;
  /** Change address-book entries other trips use too (off until the user ticks it). */
  updateContacts: boolean;
  /** `${type}:${id}` → whose version of a conflicting entity; absent = keep mine. */
  resolutions: Record<string, MergeChoice>;
}

export const NO_CHOICES: ImportChoices = { applyDeletions: false, updateContacts: false, resolutions: {} };

export const choiceKey = (type: SharingEntityType, id: string) => `${type}:${id}`;

/** The contract input of sharing:previewImport / sharing:applyImport. */
export function importInput(content: string, choices: ImportChoices) {
  return {
    content,
    applyDeletions: choices.applyDeletions,
    updateContacts: choices.updateContacts,
    resolutions: Object.entries(choices.resolutions).map(([key, choose]) => {
      const at = key.indexOf(':');
      return { type: key.slice(0, at) as SharingEntityType, id: key.slice(at + 1), choose };
    }),
  };
}
