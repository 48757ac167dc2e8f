export { ChecksScreen } from './ChecksScreen';
export { useTripFindings, useItemFindings, useMemberFindings } from './useFindings';
