export { refreshCommitments, type RefreshSummary } from './refresh.ts';
export { deriveCommitments, type DeriveInput, type DerivedCommitment, type FieldCorrection } from './derive.ts';
export { commitmentsOf } from './candidates.ts';
export { statusHistory } from './status.ts';
export { findDeadline } from './deadline.ts';
export { recordCorrection, revertCorrectionById, NotFoundError, type CorrectionRequest } from './corrections/record.ts';
export { CORRECTION_ENTITIES, type CorrectionTarget } from './corrections/fields.ts';
export { changes, type Change } from './corrections/diff.ts';
export * from './types.ts';
