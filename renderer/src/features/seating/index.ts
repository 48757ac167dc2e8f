export { SeatingPanel } from './SeatingPanel';
