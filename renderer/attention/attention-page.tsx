import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { useTickOff, type AgreementRef } from '../agenda/use-tick-off';
import { useToday } from '../agenda/use-today';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { Link } from '../router/link';
import { FlaggedList, NoRecentContactList, OverdueAgreementList } from './attention-sections';
import { ReferralFollowUpList } from './referral-follow-up-list';

/** A long list starts with this many; the rest is one button away. */
const firstShown = 20;

function Section<T>({
  title,
  items,
  headingRef,
  intro,
  empty,
  render,
}: {
  title: string;
  items: readonly T[];
  headingRef?: RefObject<HTMLHeadingElement | null>;
  intro?: ReactNode;
  empty: string;
  render: (shown: readonly T[]) => ReactNode;
}) {
  const { t } = useTranslation('attention');
  const titleId = useId();
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const shown = showAll ? items : items.slice(0, firstShown);
  // Once expanded, reading carries on at the first item that was hidden, not back at the top.
  useEffect(() => {
    if (showAll) listRef.current?.querySelector('ul')?.children[firstShown]?.querySelector<HTMLElement>('a, button')?.focus();
  }, [showAll]);
  return (
    <section className="card attention-section" aria-labelledby={titleId}>
      <h2 ref={headingRef} tabIndex={-1} className="section-title">
        <span id={titleId}>{title}</span> <span className="count-badge">{items.length}</span>
      </h2>
      {intro}
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div ref={listRef}>
          {render(shown)}
          {shown.length < items.length && (
            <button type="button" className="button button-secondary show-all" onClick={() => setShowAll(true)}>
              {t('showAll', { count: items.length })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Who needs the worker now: clients in care without contact for the set number of weeks, overdue
 * agreements (ticked off right here), and clients with risk or attention flags.
 */
export function AttentionPage() {
  const { t } = useTranslation(['attention', 'referrals']);
  const today = useToday();
  const attention = useCall('attention.list', {});
  const preferences = useCall('preferences.get', {});
  const overdueHeading = useRef<HTMLHeadingElement>(null);
  const tick = useTickOff(attention.reload);
  useDocumentTitle(t('title'));

  const weeks = preferences.value?.attentionWeeks ?? 4;
  // The weeks are part of what the page says; wait for them (a failed read falls back to the default).
  const value = preferences.status === 'loading' ? undefined : attention.value;
  const nobody =
    value !== undefined &&
    value.noRecentContact.length + value.overdueAgreements.length + value.flagged.length + value.referralsToFollowUp.length === 0;

  const onTick = async (item: AgreementRef) => {
    // The ticked item leaves the list; reading goes on from the section heading, not from nowhere.
    if (await tick.setDone(item, true)) overdueHeading.current?.focus();
  };

  const changeWeeks = (
    <p className="section-intro">
      {t('noRecentContact.intro', { count: weeks })}{' '}
      <Link to={{ name: 'settings' }}>{t('noRecentContact.change')}</Link>
    </p>
  );

  return (
    <>
      <div className="page-header">
        <h1>{t('title')}</h1>
      </div>
      <p className="sr-only" role="status">
        {tick.message}
      </p>
      {tick.error && <ErrorAlert error={tick.error} />}
      {attention.status === 'error' && <ErrorAlert error={attention.error} onRetry={attention.reload} />}
      {value === undefined && attention.status !== 'error' && (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      )}
      {nobody && (
        <section className="card empty-state">
          <h2>{t('nobody.title')}</h2>
          <p>{t('nobody.body', { count: weeks })}</p>
          <Link to={{ name: 'settings' }}>{t('noRecentContact.change')}</Link>
        </section>
      )}
      {value !== undefined && !nobody && (
        <div className="attention-sections" aria-busy={attention.status === 'loading'}>
          <Section
            title={t('noRecentContact.title', { count: weeks })}
            items={value.noRecentContact}
            intro={changeWeeks}
            empty={t('noRecentContact.empty', { count: weeks })}
            render={(shown) => <NoRecentContactList clients={shown} today={today} />}
          />
          <Section
            title={t('overdue.title')}
            items={value.overdueAgreements}
            headingRef={overdueHeading}
            empty={t('overdue.empty')}
            render={(shown) => <OverdueAgreementList items={shown} busyId={tick.busyId} onTick={(item) => void onTick(item)} />}
          />
          <Section
            title={t('referrals:attention.title')}
            items={value.referralsToFollowUp}
            intro={<p className="section-intro">{t('referrals:attention.intro')}</p>}
            empty={t('referrals:attention.empty')}
            render={(shown) => <ReferralFollowUpList items={shown} />}
          />
          <Section
            title={t('flagged.title')}
            items={value.flagged}
            empty={t('flagged.empty')}
            render={(shown) => <FlaggedList clients={shown} />}
          />
        </div>
      )}
    </>
  );
}
