import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';

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
      const result = await runMutation(call, operation, { id });
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
          const back = await runMutation(call, 'trash:restore', { trashId });
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
