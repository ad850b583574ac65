import { useCallback, useEffect, useId, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../components/confirm-dialog';
import { translateError, translateKey } from '../i18n/error-message';
import { useRouter } from '../router/router';
import { ClientFormFields, type FieldBinding } from './client-form-fields';
import {
  emptyValues,
  errorsFromIssues,
  firstInvalidField,
  formFields,
  sameValues,
  toFieldsInput,
  toProfileInput,
  validateLocally,
  valuesFromClient,
  type FieldErrors,
  type FormField,
  type FormValues,
} from './client-form-values';

interface ClientFormProps {
  /** The client being edited; absent for a new client. */
  client?: Client | undefined;
  /** Fetches the latest version after a conflict (edit only). */
  onReload?: (() => void) | undefined;
}

/** One form for a new client and for changing one. */
export function ClientForm({ client, onReload }: ClientFormProps) {
  const { t, i18n } = useTranslation('clients');
  const api = useApi();
  const { navigate } = useRouter();
  const idPrefix = useId();
  const summaryTitleId = useId();
  const [initial] = useState<FormValues>(() => (client ? valuesFromClient(client) : emptyValues()));
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  const fieldId = (field: FormField) => `${idPrefix}-${field}`;
  const message = (key: string) => translateKey(i18n, key, 'validation.invalid');
  const errorText = (field: FormField) => {
    const key = fieldErrors[field];
    return key === undefined ? undefined : message(key);
  };

  // Each refused save sets a new errors object: put the worker on the first field to fix.
  useEffect(() => {
    const field = firstInvalidField(fieldErrors);
    if (field !== undefined) document.getElementById(`${idPrefix}-${field}`)?.focus();
  }, [fieldErrors, idPrefix]);

  const set = useCallback(<F extends keyof FormValues>(field: F, value: FormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);
  const binding: FieldBinding = { values, fieldId, errorText, set };

  const leave = () => navigate(client ? { name: 'client', id: client.id } : { name: 'caseload' }, { replace: true });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setFailure(undefined);
    const local = validateLocally(values);
    if (firstInvalidField(local) !== undefined) {
      setFieldErrors(local);
      return;
    }
    setFieldErrors({});
    setSaving(true);
    try {
      // The status is not part of an edit: it changes through "Status wijzigen" with its history.
      const saved = client
        ? await api.call('clients.update', { id: client.id, expectedUpdatedAt: client.updatedAt, fields: toProfileInput(values) })
        : await api.call('clients.create', toFieldsInput(values));
      navigate({ name: 'client', id: saved.id }, { replace: true });
    } catch (caught) {
      const error = toApiCallError(caught);
      const placed = errorsFromIssues(error.issues);
      setSaving(false);
      if (firstInvalidField(placed.fieldErrors) !== undefined && error.code !== 'conflict') {
        setFieldErrors(placed.fieldErrors);
      } else {
        setFailure(error);
      }
    }
  };

  const cancel = () => {
    if (sameValues(values, initial)) leave();
    else setConfirmingDiscard(true);
  };

  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: FormField) => {
    // The router owns the URL fragment, so the link only moves focus.
    event.preventDefault();
    document.getElementById(fieldId(field))?.focus();
  };

  const invalidFields = formFields.filter((field) => fieldErrors[field] !== undefined);
  const title = client ? t('form.editTitle') : t('form.newTitle');

  return (
    <>
      <h1>{title}</h1>

      {invalidFields.length > 0 && (
        <div className="alert alert-error" role="alert" aria-labelledby={summaryTitleId}>
          <h2 id={summaryTitleId}>{t('form.summaryTitle', { count: invalidFields.length })}</h2>
          <ul>
            {invalidFields.map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`} onClick={(event) => focusField(event, field)}>
                  {t('form.summaryItem', { field: t(`fields.${field}`), message: errorText(field) ?? '' })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {failure !== undefined && (
        <div className="alert alert-error" role="alert">
          <h2>{failure.code === 'conflict' ? t('form.conflictTitle') : t('form.notSavedTitle')}</h2>
          <p>{translateError(i18n, failure)}</p>
          {failure.code === 'conflict' && onReload && (
            <button type="button" className="button button-secondary" onClick={onReload}>
              {t('form.reload')}
            </button>
          )}
        </div>
      )}

      <form className="card form" noValidate onSubmit={(event) => void submit(event)} aria-busy={saving}>
        <p className="form-note">{t('form.requiredNote')}</p>
        <ClientFormFields binding={binding} isNew={client === undefined} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('form.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={cancel}>
            {t('form.cancel')}
          </button>
          <p className="form-status" role="status">
            {saving ? t('form.saving') : ''}
          </p>
        </div>
      </form>

      {confirmingDiscard && (
        <ConfirmDialog
          title={t('form.discard.title')}
          body={t('form.discard.body')}
          confirmLabel={t('form.discard.confirm')}
          cancelLabel={t('form.discard.keepEditing')}
          onConfirm={leave}
          onCancel={() => setConfirmingDiscard(false)}
        />
      )}
    </>
  );
}
