import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupList, BackupSummary } from '../../../../shared/domain/backup';
import { useApi } from '../../api/context';
import { useCommand } from '../../navigation/commands';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import './backups.css';

/**
 * Help → Restore backup…: the backups the core keeps (core/db/backup.ts), newest first, with
 * Restore behind a confirmation. The core replaces the data inside one transaction and keeps the
 * current data aside as a backup first; the page then reloads, so every screen and cache shows
 * the restored data (the same in the browser mode: the server's core keeps its connection and
 * simply holds the restored rows).
 *
 * Opened by the native menu command 'restore-backup' and by emitCommand('restore-backup').
 */
export function BackupsDialog() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useCommand('restore-backup', show);
  useEffect(() => window.api?.onMenuCommand?.((command) => command === 'restore-backup' && show()), [show]);
  return open ? <OpenBackupsDialog onClose={() => setOpen(false)} /> : null;
}

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; list: BackupList };

function OpenBackupsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['backups', 'common']);
  const call = useApi();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);

  const refresh = useCallback(async () => {
    try {
      const result = await call('backups:list', {});
      setLoad(result.ok ? { status: 'ready', list: result.value } : { status: 'error', message: result.error.message });
    } catch (error) {
      setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [call]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const dateText = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const sizeText = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('sizeMb', { size: (bytes / 1024 / 1024).toFixed(1) })
      : t('sizeKb', { size: Math.max(1, Math.round(bytes / 1024)) });

  const backUpNow = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await call('backups:create', {});
      setNotice(result.ok ? { tone: 'info', text: t('backedUp') } : { tone: 'error', text: t('failed', { message: result.error.message }) });
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: BackupSummary) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await call('backups:restore', { name: backup.name });
      if (result.ok) {
        // Every screen, query and store starts over on the restored data.
        window.location.reload();
        return;
      }
      setNotice({ tone: 'error', text: t('failed', { message: result.error.message }) });
      setConfirming(null);
    } catch (error) {
      setNotice({ tone: 'error', text: t('failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  if (confirming) {
    return (
      <Dialog
        open
        onClose={() => setConfirming(null)}
        title={t('confirm.title', { date: dateText(confirming.createdAt) })}
        description={t('confirm.body')}
        size="sm"
        footer={
          <>
            <Button onClick={() => setConfirming(null)} disabled={busy}>
              {t('confirm.cancel')}
            </Button>
            <Button variant="danger" onClick={() => void restore(confirming)} disabled={busy} data-autofocus>
              {busy ? t('restoring') : t('confirm.action')}
            </Button>
          </>
        }
      />
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('title')}
      description={t('description')}
      size="lg"
      footer={
        <>
          <Button onClick={() => void backUpNow()} disabled={busy}>
            {t('backUpNow')}
          </Button>
          <Button variant="primary" onClick={onClose}>
            {t('common:actions.close')}
          </Button>
        </>
      }
    >
      {notice && (
        <p className={`backups-notice backups-notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {load.status === 'loading' && <p className="backups-muted">{t('loading')}</p>}
      {load.status === 'error' && (
        <p className="backups-notice backups-notice-error" role="alert">
          {t('loadFailed', { message: load.message })}
        </p>
      )}
      {load.status === 'ready' && load.list.backups.length === 0 && <p className="backups-muted">{t('empty')}</p>}
      {load.status === 'ready' && load.list.backups.length > 0 && (
        <table className="backups-table" data-testid="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('columns.reason')}</th>
              <th scope="col">{t('columns.version')}</th>
              <th scope="col">{t('columns.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {load.list.backups.map((backup) => (
              <tr key={backup.name} title={backup.name}>
                <td>{dateText(backup.createdAt)}</td>
                <td>{t(`reason.${backup.reason}`)}</td>
                <td>{backup.schemaVersion}</td>
                <td>{sizeText(backup.bytes)}</td>
                <td className="backups-action">
                  <Button onClick={() => setConfirming(backup)} disabled={busy}>
                    {t('restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {load.status === 'ready' && <p className="backups-muted backups-folder">{t('folder', { folder: load.list.folder })}</p>}
    </Dialog>
  );
}
