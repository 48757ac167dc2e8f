/**
 * Personal data (GDPR) in the UI: retention and encryption in Settings, export and erasure of
 * one person from a member's or contact's details. The rules live in core/services/privacy.
 */
export { RetentionSection } from './RetentionSection';
export { EncryptionSection } from './EncryptionSection';
export { PersonDataActions } from './PersonDataActions';
