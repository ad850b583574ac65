import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorAlert } from '../components/error-alert';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

type Due = CallOutput<'privacy.retentionDue'>[number];

/**
 * Closed files kept longer than the keeping period, each with a checkbox; erasing the chosen ones
 * asks first, naming every client and what goes. Nothing is chosen at the start.
 */
export function RetentionList({ due, months, onErased }: { due: readonly Due[]; months: number; onErased: (count: number) => void }) {
  const { t, i18n } = useTranslation(['privacy', 'common']);
  const language = currentLanguage(i18n);
  const api = useApi();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiCallError | undefined>();

  const nameOf = (entry: Due) => t('common:fullName', { givenName: entry.givenName, familyName: entry.familyName });
  const selected = due.filter((entry) => chosen.has(entry.clientId));
  const allChosen = due.length > 0 && selected.length === due.length;
  const toggle = (clientId: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(clientId);
      else next.delete(clientId);
      return next;
    });

  const erase = async () => {
    setAsking(false);
    setBusy(true);
    setFailure(undefined);
    try {
      const { erased } = await api.call('privacy.eraseMany', { clientIds: selected.map((entry) => entry.clientId), confirmed: true });
      setChosen(new Set());
      onErased(erased);
    } catch (error) {
      setFailure(toApiCallError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('privacy:page.listIntro', { months })}</p>
      <label className="checkbox">
        <input type="checkbox" checked={allChosen} onChange={(event) => setChosen(event.target.checked ? new Set(due.map((entry) => entry.clientId)) : new Set())} />
        {t('privacy:page.selectAll')}
      </label>
      <ul className="retention-list">
        {due.map((entry) => (
          <li key={entry.clientId}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(entry.clientId)} onChange={(event) => toggle(entry.clientId, event.target.checked)} />
              <span>
                <strong>{nameOf(entry)}</strong> – {t('privacy:page.closedOn', { date: formatDate(entry.closedOn, language), months: entry.monthsSince })}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-danger" disabled={selected.length === 0 || busy} aria-haspopup="dialog" onClick={() => setAsking(true)}>
        {t('privacy:page.eraseSelected')}
      </button>
      {failure && <ErrorAlert error={failure} />}
      {asking && (
        <ConfirmDialog
          title={t('privacy:page.confirmTitle', { count: selected.length })}
          body={t('privacy:page.confirmBody', { names: selected.map(nameOf).join(', ') })}
          confirmLabel={t('privacy:page.confirm')}
          cancelLabel={t('privacy:page.cancel')}
          onConfirm={() => void erase()}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
