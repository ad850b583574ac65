import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceEntry } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ListStatus } from '../components/list-status';
import { useDebouncedValue } from '../components/use-debounced-value';
import { useDocumentTitle } from '../components/use-document-title';
import { useEditableList } from '../components/use-editable-list';
import { useFocusRequest } from '../components/use-focus-request';
import { DirectoryExport } from './directory-export';
import { DirectoryFilters, isFiltered, noFilter, type DirectoryFilter } from './directory-filters';
import { DirectoryImport } from './directory-import';
import { ServiceForm } from './service-form';
import { ServiceItem } from './service-item';
import './directory.css';

type Panel = 'none' | 'add' | 'import';

/**
 * `#/services`: the sociale kaart, the organisations and services the worker refers clients to.
 * Search and filter, add and change in place, remove after a question, and share it with
 * colleagues as CSV (import with a preview, export as a download).
 */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  const api = useApi();
  useDocumentTitle(t('page.title'));
  const formTitleId = useId();
  const listTitleId = useId();
  const [filter, setFilter] = useState<DirectoryFilter>(noFilter);
  const [panel, setPanel] = useState<Panel>('none');
  const [addRef, focusAdd] = useFocusRequest<HTMLButtonElement>();
  const [importRef, focusImport] = useFocusRequest<HTMLButtonElement>();
  const [listHeadingRef, focusList] = useFocusRequest<HTMLHeadingElement>();

  // Typing does not start a search per key; the choices apply at once.
  const query = useDebouncedValue(filter.query.trim(), 250);
  const list = useCall('directory.list', {
    ...(query === '' ? {} : { query }),
    ...(filter.kind === '' ? {} : { kind: filter.kind }),
    ...(filter.phase === '' ? {} : { phase: filter.phase }),
  });
  const editable = useEditableList<ServiceEntry>({
    onChanged: list.reload,
    remove: (entry) => api.call('directory.delete', { serviceId: entry.id, expectedUpdatedAt: entry.updatedAt }),
    removedMessage: t('list.deleted'),
    onRemoved: focusList,
  });
  const { removing } = editable;
  const entries = list.value ?? [];
  const filtered = isFiltered(filter);

  const closeAdding = (message?: string) => {
    setPanel('none');
    focusAdd();
    if (message !== undefined) {
      editable.setMessage(message);
      list.reload();
    }
  };
  const closeImport = () => {
    setPanel('none');
    focusImport();
  };

  return (
    <>
      <div className="page-header">
        <h1>{t('page.title')}</h1>
        {panel === 'none' && (
          <div className="button-row">
            <button ref={addRef} type="button" className="button button-primary" onClick={() => setPanel('add')}>
              {t('page.add')}
            </button>
            <button ref={importRef} type="button" className="button button-secondary" onClick={() => setPanel('import')}>
              {t('page.import')}
            </button>
          </div>
        )}
      </div>
      <p className="page-intro">{t('page.intro')}</p>

      {panel === 'add' && (
        <div className="card">
          <h2 id={formTitleId}>{t('form.newTitle')}</h2>
          <ServiceForm labelledBy={formTitleId} onSaved={(_saved, message) => closeAdding(message)} onCancel={() => closeAdding()} />
        </div>
      )}
      {panel === 'import' && <DirectoryImport onImported={list.reload} onClose={closeImport} />}

      <section aria-labelledby={listTitleId} className="directory-list-section">
        <h2 id={listTitleId} ref={listHeadingRef} tabIndex={-1} className="sr-only">
          {t('list.title')}
        </h2>
        <DirectoryFilters filter={filter} onChange={(change) => setFilter((previous) => ({ ...previous, ...change }))} />
        <div className="result-bar">
          <p className="result-count" aria-live="polite">
            {list.value === undefined ? '' : t('list.count', { count: entries.length })}
          </p>
          <DirectoryExport disabled={!filtered && list.value !== undefined && entries.length === 0} />
        </div>
        <ListStatus message={editable.message} failure={editable.failure} list={list} loadingLabel={t('list.loading')} />
        {list.value !== undefined && entries.length === 0 && !filtered && (
          <div className="card empty-state">
            <h3>{t('empty.title')}</h3>
            <p>{t('empty.body')}</p>
          </div>
        )}
        {list.value !== undefined && entries.length === 0 && filtered && (
          <div className="empty-note">
            <p>{t('empty.filtered')}</p>
            <button type="button" className="button button-secondary" onClick={() => setFilter(noFilter)}>
              {t('filters.clear')}
            </button>
          </div>
        )}
        {entries.length > 0 && (
          <ul className="service-list" aria-labelledby={listTitleId} aria-busy={list.status === 'loading'}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <ServiceItem
                  entry={entry}
                  {...editable.editProps(entry)}
                  onDelete={() => editable.askRemove(entry)}
                  onReload={list.reload}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {removing && (
        <ConfirmDialog
          title={t('deleteDialog.title', { name: removing.name })}
          body={t('deleteDialog.body', { name: removing.name })}
          confirmLabel={t('deleteDialog.confirm')}
          cancelLabel={t('deleteDialog.cancel')}
          onConfirm={() => void editable.confirmRemove(removing)}
          onCancel={editable.keep}
        />
      )}
    </>
  );
}
