import { useCallback, useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormActions } from '../components/form-actions';
import { SaveFailureAlert } from '../components/save-failure-alert';
import { useEntityForm } from '../components/use-entity-form';
import { translateKey } from '../i18n/error-message';
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
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);

  const fieldId = (field: FormField) => `${idPrefix}-${field}`;
  const leave = () => navigate(client ? { name: 'client', id: client.id } : { name: 'caseload' }, { replace: true });

  const { errors: fieldErrors, failure, saving, submit } = useEntityForm<FieldErrors, { ok: true }, Client>({
    check: () => {
      const local = validateLocally(values);
      return firstInvalidField(local) === undefined ? { ok: true } : { ok: false, errors: local };
    },
    // The status is not part of an edit: it changes through "Status wijzigen" with its history.
    save: () =>
      client
        ? api.call('clients.update', { id: client.id, expectedUpdatedAt: client.updatedAt, fields: toProfileInput(values) })
        : api.call('clients.create', toFieldsInput(values)),
    onSaved: (saved) => navigate({ name: 'client', id: saved.id }, { replace: true }),
    placeIssues: (issues) => errorsFromIssues(issues).fieldErrors,
    // By id in form order, not by aria-invalid: the flags are a checkbox group without that mark.
    focusFirstInvalid: (errors) => {
      const field = firstInvalidField(errors);
      if (field !== undefined) document.getElementById(fieldId(field))?.focus();
    },
  });

  const message = (key: string) => translateKey(i18n, key, 'validation.invalid');
  const errorText = (field: FormField) => {
    const key = fieldErrors[field];
    return key === undefined ? undefined : message(key);
  };

  const set = useCallback(<F extends keyof FormValues>(field: F, value: FormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);
  const binding: FieldBinding = { values, fieldId, errorText, set };

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
        <SaveFailureAlert
          failure={failure}
          heading="h2"
          notSavedTitle={t('form.notSavedTitle')}
          conflictTitle={t('form.conflictTitle')}
          reloadLabel={t('form.reload')}
          onReload={onReload}
        />
      )}

      <form className="card form" noValidate onSubmit={(event) => void submit(event)} aria-busy={saving}>
        <p className="form-note">{t('form.requiredNote')}</p>
        <ClientFormFields binding={binding} isNew={client === undefined} />
        <FormActions saving={saving} saveLabel={t('form.save')} cancelLabel={t('form.cancel')} onCancel={cancel} savingLabel={t('form.saving')} />
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
