/** Stored row shapes of tables whose records are not shared contracts. */

/** A rule pack installed from a file (shipped packs are not stored: they come with the app). */
export interface InstalledPackRow {
  /** `${packId}@${packVersion}` — immutable, like the pack. */
  id: string;
  version: number;
  packId: string;
  packVersion: number;
  kind: string;
  /** The file's text exactly as validated, so it can be re-validated on every start. */
  json: string;
  installedAt: string;
  installedBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A recorded eligibility decision. Facts and decision name the person, so both are stored
 * as JSON through the codec (personal); the rest are plain index fields for lists and the
 * once-per-issue lookup (`iinKey` is the codec's lookup key, never the IIN in clear).
 */
export interface EligibilityCheckRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  actor: string;
  date: string;
  service: string;
  outcome: string;
  issueAreaId: string;
  categoryId: string | null;
  packId: string;
  packVersion: number;
  iinKey: string;
  factsJson: string;
  decisionJson: string;
}

/**
 * A consultation register entry as stored. Index fields are plain and carry nothing that
 * identifies the person; names, IINs, documents, the issue and the advice are in
 * `entryJson` (personal, through the codec). `iinKey` and `searchKeys` are codec lookup keys.
 */
export interface ConsultationRow {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  advocateId: string;
  year: number;
  number: number;
  /** YYYY-MM and YYYY-MM-DD of applying, for month filters and daily caps. */
  month: string;
  date: string;
  status: string;
  categoryId: string | null;
  language: string;
  issueAreaId: string;
  durationMinutes: number;
  /** '' unless deferred: for the overdue list. */
  appointmentAt: string;
  iinKey: string;
  searchKeys: string[];
  entryJson: string;
  correctionReason?: string;
}
