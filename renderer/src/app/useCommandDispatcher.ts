import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPrimaryModifier } from '../lib/platform';
import { useAppUi } from '../state/appUi';
import { toast } from '../state/toasts';
import { emitCommand, type AppCommand } from '../navigation/commands';
import { describeLocation, paths } from '../navigation/routes';
import { currentLocation, useNavigate } from '../navigation/Link';

/**
 * Turns shortcuts and native menu commands into actions, with the context they depend on:
 *
 *   Ctrl/Cmd+K   search palette            Ctrl/Cmd+N  new item (in a trip) / new trip (home)
 *   Ctrl/Cmd+P   print (documents)         Ctrl/Cmd+,  settings
 *   Ctrl/Cmd+Z   undo the last delete (outside text fields, where it undoes typing)
 *   Esc          closes dialogs (native <dialog>)
 *
 * Screens never listen to keys for these; they handle the resulting command (useCommand).
 */
export type DispatchableCommand = AppCommand | 'new';

function modalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

export function useCommandDispatcher(): (command: DispatchableCommand) => void {
  const { t } = useTranslation();
  // Where the user is when a command comes, not a subscription: the app shell that runs this
  // would otherwise render again, with every dialog host in it, on each change of address.
  const navigate = useNavigate();

  const dispatch = useCallback(
    (command: DispatchableCommand) => {
      const here = describeLocation(currentLocation());
      const goHome = () => {
        if (currentLocation() !== paths.home()) navigate(paths.home());
      };
      switch (command) {
        case 'search':
          useAppUi.getState().openSearch();
          return;
        case 'settings':
          useAppUi.getState().openSettings();
          return;
        case 'new':
          if (here.tripId) {
            if (here.tab !== 'programme') navigate(paths.trip(here.tripId, 'programme'));
            emitCommand('new-item');
          } else {
            goHome();
            emitCommand('new-trip');
          }
          return;
        case 'new-trip':
        case 'import-trip':
          goHome();
          emitCommand(command);
          return;
        case 'new-item':
          if (!here.tripId) return;
          if (here.tab !== 'programme') navigate(paths.trip(here.tripId, 'programme'));
          emitCommand('new-item');
          return;
        case 'print':
        case 'export-trip':
          if (!here.tripId) {
            toast.show({ message: t('commands.needsTrip') });
            return;
          }
          if (!emitCommand(command) && command === 'print' && here.tab !== 'documents') {
            navigate(paths.trip(here.tripId, 'documents'));
          }
          return;
      }
    },
    [navigate, t],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k' && !event.shiftKey) {
        event.preventDefault();
        dispatch('search');
      } else if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        if (!modalOpen()) dispatch('new');
      } else if (key === 'p' && !event.shiftKey) {
        event.preventDefault();
        if (!modalOpen()) dispatch('print');
      } else if (key === ',') {
        event.preventDefault();
        dispatch('settings');
      } else if (key === 'z' && !event.shiftKey) {
        if (isEditable(event.target) || modalOpen()) return;
        if (toast.undoLast()) event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    // The desktop app's native menu sends the same commands.
    const unsubscribe = window.api?.onMenuCommand?.((command) => dispatch(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe?.();
    };
  }, [dispatch]);

  return dispatch;
}
