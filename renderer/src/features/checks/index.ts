export { ChecksScreen } from './ChecksScreen';
