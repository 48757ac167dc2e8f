export { SettingsDialog } from './SettingsDialog';
export { DemoBadge, DemoOffer } from './DemoSection';
