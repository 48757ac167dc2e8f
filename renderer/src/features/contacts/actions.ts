import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndoableDelete } from '../../api/useUndoableDelete';

/** Deletes of the address book: at once, with Undo on the toast (and Ctrl/Cmd+Z) via trash:restore. */
export function useAddressBookActions() {
  const { t } = useTranslation(['contacts', 'common']);
  const undoableDelete = useUndoableDelete();

  return useMemo(() => {
    const remove = (
      operation: 'contacts:delete' | 'organisations:delete',
      id: string,
      messages: { deleted: string; restored: string },
      onRestored?: () => void,
    ): Promise<boolean> =>
      undoableDelete({
        operation,
        input: { id },
        messages: {
          ...messages,
          deleteFailed: (reason) => t('toast.deleteFailed', { reason }),
          restoreFailed: (reason) => t('toast.restoreFailed', { reason }),
        },
        onRestored,
      });

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
  }, [t, undoableDelete]);
}
