export { MeetingsScreen } from './MeetingsScreen';
