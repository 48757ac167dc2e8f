import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';

/**
 * What a contact or organisation delete (and its undo) can change: the address book, the trips
 * whose items and meetings name them (links, counterparts, interpreter, host) and search.
 */
export const ADDRESS_BOOK_WRITES = ['contacts:', 'organisations:', 'items:', 'meetings:', 'trips:', 'search:'] as const;

/** Deletes of the address book: at once, with Undo on the toast (and Ctrl/Cmd+Z) via trash:restore. */
export function useAddressBookActions() {
  const call = useApi();
  const { t } = useTranslation(['contacts', 'common']);

  return useMemo(() => {
    const remove = async (
      operation: 'contacts:delete' | 'organisations:delete',
      id: string,
      messages: { deleted: string; restored: string },
      onRestored?: () => void,
    ): Promise<boolean> => {
      const result = await runMutation(call, operation, { id }, ADDRESS_BOOK_WRITES);
      if (!result.ok) {
        toast.show({ message: t('toast.deleteFailed', { reason: result.error.message }), tone: 'error' });
        return false;
      }
      const { trashId } = result.value;
      toast.undoable({
        message: messages.deleted,
        undoLabel: t('common:actions.undo'),
        undoneMessage: messages.restored,
        undo: async () => {
          const back = await runMutation(call, 'trash:restore', { trashId }, ADDRESS_BOOK_WRITES);
          if (!back.ok) return { ok: false, message: t('toast.restoreFailed', { reason: back.error.message }) };
          onRestored?.();
          return { ok: true };
        },
      });
      return true;
    };

    return {
      deleteContact: (contact: { id: string; name: string }, onRestored?: () => void) =>
        remove(
          'contacts:delete',
          contact.id,
          { deleted: t('toast.contactDeleted', { name: contact.name }), restored: t('toast.contactRestored', { name: contact.name }) },
          onRestored,
        ),
      deleteOrganisation: (organisation: { id: string; name: string }, onRestored?: () => void) =>
        remove(
          'organisations:delete',
          organisation.id,
          {
            deleted: t('toast.organisationDeleted', { name: organisation.name }),
            restored: t('toast.organisationRestored', { name: organisation.name }),
          },
          onRestored,
        ),
    };
  }, [call, t]);
}
