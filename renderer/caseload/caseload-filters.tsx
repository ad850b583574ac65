import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ageGroups, clientFlags, clientStatuses, isClientStatus } from '../../main/domain/clients/client-status';
import type { CaseloadView } from './caseload-view-state';

type ViewChange = (change: Partial<CaseloadView>) => void;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The worker filter's option value: '' everyone, `none` nobody assigned, `w:<name>` one worker. */
function workerValue(worker: CaseloadView['worker']): string {
  return worker.kind === 'all' ? '' : worker.kind === 'unassigned' ? 'none' : `w:${worker.name}`;
}

function workerFrom(value: string): CaseloadView['worker'] {
  if (value === 'none') return { kind: 'unassigned' };
  if (value.startsWith('w:')) return { kind: 'named', name: value.slice(2) };
  return { kind: 'all' };
}

/** Search as you type and the four filters above the caseload; every control has a visible label. */
export function CaseloadFilters({
  view,
  onChange,
  workers,
  searchRef,
}: {
  view: CaseloadView;
  onChange: ViewChange;
  workers: readonly string[];
  searchRef: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation(['caseload', 'clients']);
  const id = useId();
  return (
    <div className="toolbar filters" role="search" aria-label={t('filtersLabel')}>
      <div className="field field-search">
        <label htmlFor={`${id}-search`}>{t('searchLabel')}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          className="input"
          value={view.query}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => onChange({ query: event.target.value })}
        />
        <p id={`${id}-search-hint`} className="field-hint">
          {t('searchHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('statusFilterLabel')}</label>
        <select
          id={`${id}-status`}
          className="input"
          value={view.status}
          onChange={(event) => onChange({ status: isClientStatus(event.target.value) ? event.target.value : '' })}
        >
          <option value="">{t('allStatuses')}</option>
          {clientStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`clients:status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-flag`}>{t('flagFilterLabel')}</label>
        <select
          id={`${id}-flag`}
          className="input"
          value={view.flag}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ flag: value === 'any' || isOneOf(clientFlags, value) ? value : '' });
          }}
        >
          <option value="">{t('allFlags')}</option>
          <option value="any">{t('anyFlag')}</option>
          {clientFlags.map((value) => (
            <option key={value} value={value}>
              {t(`clients:flags.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-age`}>{t('ageGroupFilterLabel')}</label>
        <select
          id={`${id}-age`}
          className="input"
          value={view.ageGroup}
          onChange={(event) => onChange({ ageGroup: isOneOf(ageGroups, event.target.value) ? event.target.value : '' })}
        >
          <option value="">{t('allAgeGroups')}</option>
          {ageGroups.map((value) => (
            <option key={value} value={value}>
              {t(`clients:ageGroups.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-worker`}>{t('workerFilterLabel')}</label>
        <select
          id={`${id}-worker`}
          className="input"
          value={workerValue(view.worker)}
          onChange={(event) => onChange({ worker: workerFrom(event.target.value) })}
        >
          <option value="">{t('allWorkers')}</option>
          <option value="none">{t('unassigned')}</option>
          {workers.map((name) => (
            <option key={name} value={`w:${name}`}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Workers for the filter: those seen in the caseload, plus the one chosen (even if gone since). */
export function workerOptions(known: readonly string[], chosen: CaseloadView['worker']): string[] {
  const names = new Set(known);
  if (chosen.kind === 'named') names.add(chosen.name);
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}
