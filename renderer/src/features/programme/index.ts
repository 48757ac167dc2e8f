export { ProgrammeScreen } from './ProgrammeScreen';
