export { ChecksScreen } from './ChecksScreen';
export { ChecksNavBadge } from './ChecksNavBadge';
export { findingPath } from './links';
export {
  useTripFindings,
  useItemFindings,
  useMemberFindings,
  useFindingSummary,
  type FindingSummary,
} from './useFindings';
