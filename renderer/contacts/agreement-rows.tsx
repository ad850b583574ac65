import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRow } from '../clients/form-row';
import { agreementErrorKey, emptyAgreement, type AgreementDraft } from './contact-form-values';
import { agreementOwners, isAgreementOwner } from './contact-types';

interface AgreementRowsProps {
  idPrefix: string;
  rows: readonly AgreementDraft[];
  onChange: (rows: AgreementDraft[]) => void;
  errorText: (key: string) => string | undefined;
}

export const agreementTextId = (idPrefix: string, key: string) => `${idPrefix}-agreement-${key}-text`;

/**
 * The agreements made during a contact, one row each: what, who and by when. Enter in the last
 * description adds a row (Enter elsewhere moves to the next one), so a list is typed without the mouse.
 */
export function AgreementRows({ idPrefix, rows, onChange, errorText }: AgreementRowsProps) {
  const { t } = useTranslation('contacts');
  const pendingFocus = useRef<string | undefined>(undefined);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    if (target === 'add') addRef.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const update = (key: string, change: Partial<AgreementDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const add = () => {
    const row = emptyAgreement();
    onChange([...rows, row]);
    pendingFocus.current = agreementTextId(idPrefix, row.key);
  };

  const remove = (index: number) => {
    const next = rows.filter((_, position) => position !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour === undefined ? 'add' : agreementTextId(idPrefix, neighbour.key);
  };

  const onTextKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const next = rows[index + 1];
    if (next === undefined) add();
    else document.getElementById(agreementTextId(idPrefix, next.key))?.focus();
  };

  return (
    <fieldset className="agreements-editor">
      <legend>{t('form.agreements')}</legend>
      {rows.length > 0 && <p className="field-hint">{t('form.agreementsHint')}</p>}
      {rows.map((row, index) => {
        const number = index + 1;
        const base = `${idPrefix}-agreement-${row.key}`;
        return (
          <fieldset key={row.key} className="agreement-row">
            <legend className="agreement-legend">{t('form.agreement', { number })}</legend>
            <div className="agreement-fields">
              <FormRow id={agreementTextId(idPrefix, row.key)} label={t('form.agreementText')} error={errorText(agreementErrorKey(row.key, 'text'))}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    type="text"
                    autoComplete="off"
                    maxLength={500}
                    value={row.text}
                    onChange={(event) => update(row.key, { text: event.target.value })}
                    onKeyDown={(event) => onTextKeyDown(event, index)}
                  />
                )}
              </FormRow>
              <FormRow id={`${base}-owner`} label={t('form.agreementOwner')} error={errorText(agreementErrorKey(row.key, 'owner'))}>
                {(control) => (
                  <select
                    {...control}
                    className="input"
                    value={row.owner}
                    onChange={(event) => {
                      if (isAgreementOwner(event.target.value)) update(row.key, { owner: event.target.value });
                    }}
                  >
                    {agreementOwners.map((owner) => (
                      <option key={owner} value={owner}>
                        {t(`owners.${owner}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormRow>
              <FormRow id={`${base}-due`} label={t('form.agreementDue')} error={errorText(agreementErrorKey(row.key, 'due'))}>
                {(control) => (
                  <input
                    {...control}
                    className="input input-date"
                    type="date"
                    value={row.due}
                    onChange={(event) => update(row.key, { due: event.target.value })}
                  />
                )}
              </FormRow>
              <button
                type="button"
                className="button button-secondary agreement-remove"
                aria-label={t('form.removeAgreement', { number })}
                onClick={() => remove(index)}
              >
                {t('form.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button ref={addRef} type="button" className="button button-secondary" onClick={add}>
        {t('form.addAgreement')}
      </button>
    </fieldset>
  );
}
