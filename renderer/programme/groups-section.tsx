import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { MemberPicker, type Chosen } from './member-picker';
import { formatSessionMoment } from './programme-format';
import { StartProgrammeForm } from './start-programme-form';

type Group = CallOutput<'programme.groups'>[number];

/** The group's sessions as links to the group session, with when each is planned. */
function GroupSessionLinks({ group }: { group: Group }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  // Every member follows the same plan; the first member's programme gives the dates.
  const first = group.members[0];
  const view = useCall('programme.view', { clientId: first?.clientId ?? '' });
  if (!first) return null;
  if (view.status === 'error') return <ErrorAlert error={view.error} onRetry={view.reload} />;
  const run = view.value?.run;
  if (!run) return null;
  const next = view.value?.progress?.nextSessionNumber;
  return (
    <nav aria-label={t('group.sessionsOf', { group: group.name })}>
      <ul className="group-sessions">
        {run.sessions.map((record) => (
          <li key={record.number} className={record.number === next ? 'group-session-next' : undefined}>
            <Link to={{ name: 'groupSession', groupId: group.id, session: record.number }}>{t('group.sessionLink', { number: record.number })}</Link>
            <span className="muted">
              {' '}
              <time dateTime={record.plannedAt}>{formatSessionMoment(record.plannedAt, language)}</time>
              {record.number === next && ` · ${t('sessions.next')}`}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function StartGroup({ onStarted, onCancel }: { onStarted: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('programme');
  const api = useApi();
  const titleId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Chosen>(new Map());
  const [tooFew, setTooFew] = useState(false);
  return (
    <div className="card group-start">
      <h3 id={titleId}>{t('group.startTitle')}</h3>
      <StartProgrammeForm
        labelledBy={titleId}
        submitLabel={t('group.startButton')}
        extraCheck={() => {
          setTooFew(chosen.size < 2);
          return chosen.size >= 2;
        }}
        onSubmit={async ({ templateId, firstSessionAt }) => {
          const group = await api.call('programme.startGroup', { name, templateId, firstSessionAt, clientIds: [...chosen.keys()] });
          onStarted(group.name);
        }}
        onCancel={onCancel}
      >
        <div className="field group-name">
          <label htmlFor={nameId}>{t('group.name')}</label>
          <input id={nameId} className="input" value={name} maxLength={100} required onChange={(event) => setName(event.target.value)} />
        </div>
        <MemberPicker
          chosen={chosen}
          onChange={(next) => {
            setChosen(next);
            if (next.size >= 2) setTooFew(false);
          }}
          problem={tooFew ? t('group.tooFew') : undefined}
        />
      </StartProgrammeForm>
    </div>
  );
}

/** "Groepen": start a group, and the running groups with a link to each of their sessions. */
export function GroupsSection() {
  const { t } = useTranslation('programme');
  const titleId = useId();
  const groups = useCall('programme.groups', {});
  const [starting, setStarting] = useState(false);
  const [message, setMessage] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const [focusStart, setFocusStart] = useState(0);
  useEffect(() => {
    if (focusStart > 0) startRef.current?.focus();
  }, [focusStart]);

  const close = () => {
    setStarting(false);
    setFocusStart((n) => n + 1);
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId}>{t('group.sectionTitle')}</h2>
        {!starting && (
          <button ref={startRef} type="button" className="button button-primary" onClick={() => setStarting(true)}>
            {t('group.start')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('group.intro')}</p>
      {starting && (
        <StartGroup
          onCancel={close}
          onStarted={(name) => {
            setMessage(t('group.started', { name }));
            close();
            groups.reload();
          }}
        />
      )}
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {groups.status === 'error' && <ErrorAlert error={groups.error} onRetry={groups.reload} />}
      {groups.value === undefined && groups.status === 'loading' && <p className="muted">{t('group.loading')}</p>}
      {groups.value !== undefined && groups.value.length === 0 && <p className="empty-note">{t('group.none')}</p>}
      {groups.value !== undefined && groups.value.length > 0 && (
        <ul className="group-list">
          {groups.value.map((group) => (
            <li key={group.id} className="group-item">
              <h3>{group.name}</h3>
              <p className="muted">
                {t('group.memberCount', { count: group.members.length })}: {group.members.map((member) => member.clientName).join(', ')}
              </p>
              <GroupSessionLinks group={group} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
