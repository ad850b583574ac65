import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../main/api/api-types';
import { ageOn, formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';

/** One labelled detail; an empty one says so instead of leaving a gap. */
function Detail({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  const empty = children === undefined || children === null || children === '';
  return (
    <>
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">{t('notFilledIn')}</span> : children}</dd>
    </>
  );
}

/** Parts that are filled in, joined by ", "; undefined when none is. */
function joined(...parts: Array<string | undefined>): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length === 0 ? undefined : present.join(', ');
}

/** What a worker checks before picking up the phone or ringing the doorbell. */
export function KeyFacts({ client }: { client: Client }) {
  const { t, i18n } = useTranslation('clients');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const age = client.dateOfBirth === undefined ? undefined : ageOn(client.dateOfBirth, new Date());
  const date = (value: string | undefined) =>
    value === undefined ? undefined : <time dateTime={value}>{formatDate(value, language)}</time>;

  const referral =
    client.referredBy === undefined
      ? client.referredOn === undefined
        ? undefined
        : formatDate(client.referredOn, language)
      : client.referredOn === undefined
        ? t(`referralSources.${client.referredBy}`)
        : t('overview.referral', { source: t(`referralSources.${client.referredBy}`), date: formatDate(client.referredOn, language) });

  const emergencyName =
    client.emergencyName !== undefined && client.emergencyRelation !== undefined
      ? t('overview.emergency', { name: client.emergencyName, relation: client.emergencyRelation })
      : (client.emergencyName ?? client.emergencyRelation);

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('overview.keyFacts')}</h2>
      <dl className="details">
        <Detail label={t('fields.dateOfBirth')}>
          {client.dateOfBirth === undefined ? undefined : (
            <time dateTime={client.dateOfBirth}>
              {age === undefined
                ? formatDate(client.dateOfBirth, language)
                : t('page.dateWithAge', { date: formatDate(client.dateOfBirth, language), age: t('page.age', { count: age }) })}
            </time>
          )}
        </Detail>
        <Detail label={t('fields.ageGroup')}>{client.ageGroup === undefined ? undefined : t(`ageGroups.${client.ageGroup}`)}</Detail>
        <Detail label={t('fields.language')}>{client.language}</Detail>
        <Detail label={t('fields.phone')}>{client.phone}</Detail>
        <Detail label={t('fields.email')}>{client.email}</Detail>
        <Detail label={t('fields.address')}>
          {client.address === undefined ? undefined : <span className="multiline">{client.address}</span>}
        </Detail>
        <Detail label={t('fields.household')}>{client.household === undefined ? undefined : t(`households.${client.household}`)}</Detail>
        <Detail label={t('fields.livingSituation')}>
          {client.livingSituation === undefined ? undefined : <span className="multiline">{client.livingSituation}</span>}
        </Detail>
        <Detail label={t('fields.referredBy')}>{referral}</Detail>
        <Detail label={t('form.sections.gp')}>{joined(client.gpName, client.gpPractice, client.gpPhone)}</Detail>
        <Detail label={t('form.sections.emergency')}>{joined(emergencyName, client.emergencyPhone)}</Detail>
        <Detail label={t('fields.whatMatters')}>
          {client.whatMatters === undefined ? undefined : <span className="multiline">{client.whatMatters}</span>}
        </Detail>
        <Detail label={t('fields.assignedWorker')}>{client.assignedWorker}</Detail>
        <Detail label={t('fields.startDate')}>{date(client.startDate)}</Detail>
        <Detail label={t('fields.endDate')}>{date(client.endDate)}</Detail>
      </dl>
    </section>
  );
}
