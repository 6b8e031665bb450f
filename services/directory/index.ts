/** The directory index: the tenant's users in memory, for recognising people in messages. */
export { DirectoryIndex, MAX_CANDIDATES, type NameMatchKind, type PersonCandidate } from './directory-index';
export { DIRECTORY_FIELDS, type DirectoryUser } from './directory-user';
export { DirectorySync, DirectoryRefreshTimeout, type RefreshSummary } from './directory-sync';
export { findPerson, toDirectoryUser, type FallbackGraph, type FoundPeople } from './find-person';
export { nameKey } from './name-keys';
export { TenantVocabulary, type VocabularyRefresh } from './tenant-vocabulary';
