import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientFieldName, ImportIssue, ImportRow } from '../../main/api/api-types';
import { clientFieldNames } from '../../main/domain/transfer/import-fields';
import { indexForKey, useRowWindow } from '../caseload/use-row-window';

/** The CSS height of a preview row is 4.5rem (two lines of problems fit). */
const defaultRowHeight = 72;

/** An issue in the worker's words: "Geboortedatum: Schrijf de datum als dd-mm-jjjj". */
function useIssueText() {
  const { t, i18n } = useTranslation(['import', 'errors']);
  return (issue: ImportIssue) => {
    // Keys come from the main process as plain strings: one this build lacks reads as a generic problem.
    const fallback = t('errors:validation.invalid');
    const message = i18n.exists(issue.messageKey) ? i18n.t(issue.messageKey, { ...issue.params, defaultValue: fallback }) : fallback;
    return t('preview.issue', { field: t(`fields.${issue.field}`), message });
  };
}

/**
 * The file's rows as Verbind will read them, windowed like the caseload (a file may hold thousands).
 * The problems are written out in words right after the line number; a cell with a problem is also
 * marked (a border and "!" for the eye), so nothing relies on colour.
 */
export function PreviewRows({ rows, busy }: { rows: readonly ImportRow[]; busy: boolean }) {
  const { t } = useTranslation('import');
  const issueText = useIssueText();
  const rowWindow = useRowWindow({ count: rows.length, defaultRowHeight });
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    rowWindow.viewportRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = indexForKey(event.key, activeIndex, rows.length, rowWindow.pageSize);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    rowWindow.scrollToIndex(next);
    focusPending.current = true;
  };

  const visible: number[] = [];
  for (let index = rowWindow.first; index <= rowWindow.last; index++) visible.push(index);
  if (rows.length > 0 && (activeIndex < rowWindow.first || activeIndex > rowWindow.last)) visible.push(activeIndex);
  visible.sort((a, b) => a - b);

  return (
    <div className="grid-scroll">
      <div role="grid" className="preview-grid" aria-label={t('preview.tableLabel')} aria-rowcount={rows.length + 1} aria-busy={busy}>
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
            <div role="columnheader" className="cell">
              {t('preview.line')}
            </div>
            <div role="columnheader" className="cell">
              {t('preview.result')}
            </div>
            {clientFieldNames.map((field) => (
              <div key={field} role="columnheader" className="cell">
                {t(`fields.${field}`)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" ref={rowWindow.viewportRef} className="grid-body preview-body" onScroll={rowWindow.onScroll} onKeyDown={onKeyDown}>
          <div role="presentation" className="grid-spacer" style={{ height: `${rowWindow.totalHeight}px` }}>
            {visible.map((index) => {
              const row = rows[index];
              if (!row) return null;
              const invalidFields = new Set<ClientFieldName | 'row'>(row.issues.map((issue) => issue.field));
              const texts = row.issues.map(issueText);
              return (
                <div
                  key={row.line}
                  ref={index === visible[0] ? rowWindow.measureRow : undefined}
                  role="row"
                  aria-rowindex={index + 2}
                  data-index={index}
                  tabIndex={index === activeIndex ? 0 : -1}
                  className={row.issues.length === 0 ? 'grid-row' : 'grid-row row-invalid'}
                  style={{ transform: `translateY(${index * rowWindow.rowHeight}px)` }}
                  onFocus={() => setActive(index)}
                >
                  <div role="gridcell" className="cell cell-number">
                    {row.line}
                  </div>
                  <div role="gridcell" className="cell cell-issues" title={texts.join('\n')}>
                    {texts.length === 0 ? (
                      <span className="valid-tag">{t('preview.valid')}</span>
                    ) : (
                      <>
                        <strong>{t('preview.problems', { count: texts.length })}</strong>
                        <ul className="issue-list">
                          {texts.map((text, number) => (
                            <li key={number}>{text}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </div>
                  {clientFieldNames.map((field) => (
                    <div key={field} role="gridcell" className={invalidFields.has(field) ? 'cell cell-invalid' : 'cell'}>
                      {invalidFields.has(field) && (
                        <span className="cell-invalid-mark" aria-hidden="true">
                          !
                        </span>
                      )}
                      <span className="cell-text" title={row.values[field]}>
                        {row.values[field]}
                      </span>
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
