import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/hooks/useEnumLabels';
import { nativeNameLanguage } from '../../../app/i18n/languages';
import { graphql } from '../../../gql';
import type { AttendanceSheet_LineFragment, AttendanceStatus } from '../../../gql/graphql';
import { currentMark, sheetStatuses, statusForKey, statusShortcuts, type Draft, type SheetLine } from '../lib/attendance-sheet';

export const AttendanceSheetFragment = graphql(`
  fragment AttendanceSheet_line on AttendanceSheetLine {
    enrolment {
      id
      person {
        id
        fullName
        nativeName
        countryCode
      }
    }
    record {
      id
      status
      note
      selfCheckedIn
      updatedAt
    }
  }
`);

export type SheetLineData = AttendanceSheet_LineFragment;

export function toSheetLine(line: SheetLineData): SheetLine {
  return { enrolmentId: line.enrolment.id, saved: line.record ? { status: line.record.status, note: line.record.note } : null };
}

const radioId = (enrolmentId: string, status: AttendanceStatus) => `mark-${enrolmentId}-${status}`;

/** The radio a line's tab stop lands on: its status, else its first enabled choice. */
function focusTarget(enrolmentId: string, status: AttendanceStatus | null, allowed: readonly AttendanceStatus[]): HTMLElement | null {
  const target = status ?? allowed[0];
  return target ? document.getElementById(radioId(enrolmentId, target)) : null;
}

/**
 * One line per person with PRESENT / LATE / EXCUSED / ABSENT and a note. Keyboard: Tab moves
 * through the lines; on a line P, L, E or A set the status, ↑ and ↓ move to the line above or
 * below, and Enter saves the sheet.
 */
export function AttendanceSheet({
  lines,
  draft,
  allowed,
  onStatus,
  onNote,
  onSave,
}: {
  lines: readonly SheetLineData[];
  draft: Draft;
  allowed: readonly AttendanceStatus[];
  onStatus: (line: SheetLine, status: AttendanceStatus) => void;
  onNote: (line: SheetLine, note: string) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const sheetLines = lines.map(toSheetLine);

  function onRadioKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const line = sheetLines[index];
    if (!line) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onSave();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = sheetLines[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) focusTarget(next.enrolmentId, currentMark(next, draft).status, allowed)?.focus();
      return;
    }
    const status = statusForKey(event.key);
    if (status && allowed.includes(status)) {
      event.preventDefault();
      onStatus(line, status);
      document.getElementById(radioId(line.enrolmentId, status))?.focus();
    }
  }

  return (
    <ol className="attendance-sheet" data-testid="attendance-sheet">
      {lines.map((lineData, index) => {
        const line = sheetLines[index] ?? toSheetLine(lineData);
        const mark = currentMark(line, draft);
        const person = lineData.enrolment.person;
        const changed = line.enrolmentId in draft;
        return (
          <li
            key={line.enrolmentId}
            className={`sheet-line${mark.status ? ` sheet-line-${mark.status.toLowerCase()}` : ''}${changed ? ' sheet-line-changed' : ''}`}
            data-testid="sheet-line"
          >
            <fieldset>
              <legend className="visually-hidden">
                {person.fullName}
                {person.nativeName ? <span lang={nativeNameLanguage(person.countryCode)}> {person.nativeName}</span> : null}
              </legend>
              {/* The legend names the line for screen readers; this shows the names to everyone else. */}
              <div className="sheet-person">
                <span className="sheet-name" aria-hidden="true">
                  {person.fullName}
                </span>
                {person.nativeName ? (
                  <span className="sheet-native" lang={nativeNameLanguage(person.countryCode)} aria-hidden="true">
                    {person.nativeName}
                  </span>
                ) : null}
                <span className="sheet-flags">
                  {lineData.record?.selfCheckedIn ? <span className="badge badge-update">{t('teaching.sheet.selfCheckedIn')}</span> : null}
                  {changed ? (
                    <span className="unsaved-dot" title={t('teaching.sheet.changed')}>
                      <span className="visually-hidden">{t('teaching.sheet.changed')}</span>
                    </span>
                  ) : null}
                </span>
              </div>
              <div className="segmented" role="presentation">
                {sheetStatuses.map((status) => {
                  const disabled = !allowed.includes(status);
                  const checked = mark.status === status;
                  // One tab stop per line: the chosen status, or the first choice while none is chosen.
                  const tabStop = mark.status ? checked : status === allowed[0];
                  return (
                    <label
                      key={status}
                      className={`segment segment-${status.toLowerCase()}${checked ? ' segment-checked' : ''}${disabled ? ' segment-disabled' : ''}`}
                    >
                      <input
                        type="radio"
                        id={radioId(line.enrolmentId, status)}
                        name={`mark-${line.enrolmentId}`}
                        value={status}
                        checked={checked}
                        disabled={disabled}
                        tabIndex={tabStop ? 0 : -1}
                        aria-keyshortcuts={statusShortcuts[status]}
                        onChange={() => onStatus(line, status)}
                        onKeyDown={(event) => onRadioKeyDown(event, index)}
                      />
                      <span className="segment-label">{labels.attendanceStatus(status)}</span>
                      <kbd aria-hidden="true">{statusShortcuts[status]}</kbd>
                    </label>
                  );
                })}
              </div>
              <div className="sheet-note">
                <label htmlFor={`note-${line.enrolmentId}`} className="visually-hidden">
                  {t('teaching.sheet.noteFor', { name: person.fullName })}
                </label>
                <input
                  id={`note-${line.enrolmentId}`}
                  type="text"
                  maxLength={500}
                  placeholder={t('teaching.sheet.notePlaceholder')}
                  value={mark.note}
                  disabled={allowed.length === 0}
                  onChange={(event) => onNote(line, event.target.value)}
                />
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
