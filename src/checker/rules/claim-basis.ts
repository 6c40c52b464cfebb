// Who stands behind a claim: an on-record claim names its claimant; a claim on unnamed or no sources names
// none, and cannot have been made on the record.
import { COLLECTIONS, folderFor } from '../../lib/collections';
import { CLAIM_BASES, type ClaimBasis, type ClaimStatus } from '../../schemas/claims';
import type { FieldPath } from '../read-files';
import type { Rule } from './context';

/** The fields the rule reads; `new:claim` runs it on its answers before writing them. */
export interface ClaimSourcing {
  basis: ClaimBasis;
  claimant?: unknown;
  history: { status: ClaimStatus }[];
}

/** `contentDir`: the content folder, as the file to add is named in the message. */
export function claimBasisProblems(
  { basis, claimant, history }: ClaimSourcing,
  contentDir = 'content',
): { field: FieldPath; message: string }[] {
  const problems: { field: FieldPath; message: string }[] = [];
  if (basis === 'on-record' && !claimant) {
    problems.push({
      field: ['basis'],
      message: `is "on-record", so the claim needs a "claimant": add the id of the person or body who made it (a file in ${folderFor(COLLECTIONS.claims.references.claimant, contentDir)}), or change the basis`,
    });
  }
  if (basis !== 'on-record' && claimant) {
    problems.push({
      field: ['claimant'],
      message: `names who made the claim, but its basis is "${basis}" (${CLAIM_BASES[basis].toLowerCase()}) — remove "claimant", or set "basis: on-record"`,
    });
  }
  if (history[0]?.status === 'on-record' && basis !== 'on-record') {
    problems.push({
      field: ['history', 0, 'status'],
      message: `is "on-record", but the basis is "${basis}": only a claim a named person or body made publicly starts on the record — set "basis: on-record" with a claimant, or start with "reported"`,
    });
  }
  return problems;
}

export const claimBasis: Rule = {
  name: 'claim-basis',
  check({ contentDir, entries, error }) {
    for (const { parsed, data } of entries.claims) {
      for (const { field, message } of claimBasisProblems(data, contentDir)) error(parsed, message, field);
    }
  },
};
