import type { Settings } from '../domain/settings';
import type { DocumentSettings } from './options';

/**
 * The organisation's profile (Settings) filled into a document's settings. What the caller gave
 * explicitly wins (the CLI's --org-name and --logo); an empty profile field adds nothing, so the
 * cover still falls back to the trip's own organisation.
 */
export function withOrganisationProfile(document: DocumentSettings, settings: Pick<Settings, 'organisation' | 'logo'>): DocumentSettings {
  const { name, address, phone } = settings.organisation;
  return {
    ...document,
    organisationName: document.organisationName ?? (name.trim() || undefined),
    organisationAddress: document.organisationAddress ?? (address.trim() || undefined),
    organisationPhone: document.organisationPhone ?? (phone.trim() || undefined),
    logo: document.logo ?? settings.logo?.dataUrl,
  };
}
