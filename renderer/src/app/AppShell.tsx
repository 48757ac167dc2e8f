import { lazy, Suspense, type ReactNode } from 'react';
import { BookUser, Gift, Landmark, Luggage, Search, Settings } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { Link } from '../navigation/Link';
import { SearchPalette } from '../features/search';
import { SettingsDialog } from '../features/settings';
import { BackupsDialog } from '../features/backups';
import { usePrinterWarmUpWhenIdle } from '../features/documents/printerWarmUp';
import { SharingHost } from '../features/sharing';
import { TripsPage } from '../features/trips';
import { TripWorkspace } from './workspace/TripWorkspace';
import { shortcutLabel } from '../lib/platform';
import { useAppUi } from '../state/appUi';
import { IconButton } from '../ui/Button';
import { Toaster } from '../ui/Toaster';
import { LoadingState } from '../ui/LoadingState';
import { LockWaitStatus } from '../ui/LockWaitStatus';
import { NotFound } from './NotFound';
import { ROUTE_PATTERNS } from '../navigation/routes';
import { useCommandDispatcher } from './useCommandDispatcher';

const AddressBookPage = lazy(() => import('../features/contacts').then((m) => ({ default: m.AddressBookPage })));
const GiftRegisterPage = lazy(() => import('../features/gifts').then((m) => ({ default: m.GiftRegisterPage })));

/** The product name bar; alone on problem pages, with navigation and actions in the app. */
export function BrandBar({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          <Landmark />
        </span>
        <span className="brand-name">Delegation Planner</span>
      </div>
      {children}
    </header>
  );
}

/** The app's main places, the current one marked. */
function TopNav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const inAddressBook = location.startsWith('/contacts');
  const inGiftRegister = location === '/gifts';
  return (
    <nav className="topbar-nav" aria-label={t('nav.main')}>
      <Link href="/" className="topbar-link" aria-current={!inAddressBook && !inGiftRegister ? 'page' : undefined}>
        <Luggage aria-hidden />
        {t('nav.trips')}
      </Link>
      <Link href="/contacts" className="topbar-link" aria-current={inAddressBook ? 'page' : undefined}>
        <BookUser aria-hidden />
        {t('nav.addressBook')}
      </Link>
      <Link href="/gifts" className="topbar-link" aria-current={inGiftRegister ? 'page' : undefined}>
        <Gift aria-hidden />
        {t('nav.giftRegister')}
      </Link>
    </nav>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  useCommandDispatcher();
  usePrinterWarmUpWhenIdle();
  const openSearch = useAppUi((s) => s.openSearch);
  const openSettings = useAppUi((s) => s.openSettings);

  // Only the top navigation and the routes follow the address: the shell itself does not, so a
  // tab switch does not render the toasts, palettes and dialog hosts below again.
  return (
    <div className="app">
      <BrandBar>
        <TopNav />
        <div className="topbar-actions">
          <button type="button" className="search-trigger" onClick={openSearch} aria-keyshortcuts="Control+K Meta+K">
            <Search aria-hidden className="search-trigger-icon" />
            <span className="search-trigger-text">{t('search.open')}</span>
            <kbd>{shortcutLabel('K')}</kbd>
          </button>
          <IconButton label={t('nav.settings')} icon={Settings} onClick={openSettings} shortcut={shortcutLabel(',')} />
        </div>
      </BrandBar>
      <main className="app-main" id="main">
        <Suspense fallback={<LoadingState />}>
          <Switch>
            <Route path={ROUTE_PATTERNS.home} component={TripsPage} />
            <Route path={ROUTE_PATTERNS.trip} component={TripWorkspace} />
            <Route path={ROUTE_PATTERNS.addressBook} component={AddressBookPage} />
            <Route path={ROUTE_PATTERNS.giftRegister} component={GiftRegisterPage} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
      <LockWaitStatus />
      <Toaster />
      <SearchPalette />
      <SettingsDialog />
      <BackupsDialog />
      <SharingHost />
    </div>
  );
}
