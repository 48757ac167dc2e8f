export { BackupsDialog } from './BackupsDialog';
