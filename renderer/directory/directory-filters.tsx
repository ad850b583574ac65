import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceKind, ServicePhase } from '../../main/api/api-types';
import { ChoiceSelect } from '../components/choice-select';
import { serviceKinds, servicePhases } from './service-choices';

export interface DirectoryFilter {
  query: string;
  kind: ServiceKind | '';
  phase: ServicePhase | '';
}

export const noFilter: DirectoryFilter = { query: '', kind: '', phase: '' };

export function isFiltered(filter: DirectoryFilter): boolean {
  return filter.query.trim() !== '' || filter.kind !== '' || filter.phase !== '';
}

/** Search as you type, and narrow by kind and by the phase a service suits; every control labelled. */
export function DirectoryFilters({ filter, onChange }: { filter: DirectoryFilter; onChange: (change: Partial<DirectoryFilter>) => void }) {
  const { t } = useTranslation('directory');
  const id = useId();
  return (
    <div className="toolbar filters" role="search" aria-label={t('filters.label')}>
      <div className="field field-search">
        <label htmlFor={`${id}-search`}>{t('filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          value={filter.query}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => onChange({ query: event.target.value })}
        />
        <p id={`${id}-search-hint`} className="field-hint">
          {t('filters.searchHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
        <ChoiceSelect
          control={{ id: `${id}-kind` }}
          options={serviceKinds}
          value={filter.kind}
          label={(kind) => t(`kinds.${kind}`)}
          emptyLabel={t('filters.allKinds')}
          onChange={(kind) => onChange({ kind })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-phase`}>{t('filters.phase')}</label>
        <ChoiceSelect
          control={{ id: `${id}-phase` }}
          options={servicePhases}
          value={filter.phase}
          label={(phase) => t(`phases.${phase}`)}
          emptyLabel={t('filters.allPhases')}
          onChange={(phase) => onChange({ phase })}
        />
      </div>
    </div>
  );
}
