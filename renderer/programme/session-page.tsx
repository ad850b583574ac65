import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeRun, ProgrammeTemplate, SessionRecord } from '../../main/api/api-types';
import { defaultStillHighThreshold } from '../../main/domain/measures/stress-thermometer';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { SessionHandoutButton } from '../documents/session-handout-button';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { AttendanceField, StressField } from './check-in-fields';
import './session.css';
import { formatSessionMoment } from './programme-format';
import { SaveStatus } from './save-status';
import { draftFromRecord, fieldsFromDraft, phaseName, withExercise, type SessionDraft } from './session-draft';
import { SessionGuide } from './session-guide';
import { useAutosave } from './use-autosave';

interface WorkspaceProps {
  clientId: string;
  clientName: string;
  run: ProgrammeRun;
  template: ProgrammeTemplate;
  record: SessionRecord;
  threshold: number;
}

/**
 * One session while it is held: the guide on the left, what the worker records on the right.
 * Every change is saved a moment after it is made, on leaving a text field, on leaving the screen
 * and when the window closes; the status says when it was last stored.
 */
function SessionWorkspace({ clientId, clientName, run, template, record, threshold }: WorkspaceProps) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const api = useApi();
  const ids = { record: useId(), notes: useId(), homework: useId(), contact: useId() };
  const templateSession = template.sessions.find((candidate) => candidate.number === record.number);

  const save = useCallback(
    (draft: SessionDraft) => api.call('programme.saveSession', { clientId, runId: run.id, session: record.number, fields: fieldsFromDraft(draft) }),
    [api, clientId, run.id, record.number],
  );
  const autosave = useAutosave(save);
  const [draft, setDraft] = useState(() => draftFromRecord(record));
  const latest = useRef(draft);
  const update = (patch: Partial<SessionDraft>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    autosave.change(next);
  };
  const flush = () => void autosave.flush();

  useDocumentTitle(t('session.documentTitle', { number: record.number, client: clientName }));
  if (!templateSession) return <p>{t('session.notFound')}</p>;
  const isConnect = templateSession.phase === 'connect';

  return (
    <div className="session-page">
      <Link to={{ name: 'client', id: clientId, tab: 'programme' }} className="back-link">
        {t('session.back', { client: clientName })}
      </Link>
      <div className="session-header">
        <h1>{t('session.title', { number: record.number, title: templateSession.title[language] })}</h1>
        <p className="page-subtitle">
          {clientName}
          {' · '}
          {t('session.meta', {
            week: templateSession.week,
            phase: phaseName(template, templateSession.phase, language),
            when: formatSessionMoment(record.plannedAt, language),
          })}
        </p>
        <div className="button-row session-header-actions">
          <SessionHandoutButton template={template} session={record.number} version={run.templateVersion} />
        </div>
      </div>
      <div className="session-save-bar">
        <SaveStatus state={autosave.state} onRetry={flush} />
      </div>
      <div className="session-layout">
        <div className="session-guide">
          <SessionGuide
            session={templateSession}
            doneExercises={draft.doneExercises}
            onToggleExercise={(id, checked) => update({ doneExercises: withExercise(latest.current.doneExercises, id, checked) })}
            showGroupNote={run.mode === 'group'}
            homeworkAgreed={
              <div className="field session-field">
                <label htmlFor={ids.homework}>{t('session.homeworkAgreed')}</label>
                <p className="field-hint" id={`${ids.homework}-hint`}>
                  {t('session.homeworkHint')}
                </p>
                <textarea
                  id={ids.homework}
                  className="input"
                  rows={3}
                  maxLength={2000}
                  aria-describedby={`${ids.homework}-hint`}
                  value={draft.homework}
                  onChange={(event) => update({ homework: event.target.value })}
                  onBlur={flush}
                />
              </div>
            }
          />
        </div>
        <section className="session-record card" aria-labelledby={ids.record}>
          <h2 id={ids.record}>{t('session.checkIn')}</h2>
          <AttendanceField legend={t('attendance.legend')} value={draft.attendance} onChange={(attendance) => update({ attendance })} />
          <StressField
            legend={t('stress.before')}
            value={draft.stressBefore}
            threshold={threshold}
            onChange={(stressBefore) => update({ stressBefore })}
          />
          <div className="field session-field">
            <label htmlFor={ids.notes}>{t('session.notes')}</label>
            <p className="field-hint" id={`${ids.notes}-hint`}>
              {t('session.notesHint')}
            </p>
            <textarea
              id={ids.notes}
              className="input session-notes"
              rows={10}
              maxLength={20000}
              aria-describedby={`${ids.notes}-hint`}
              value={draft.notes}
              onChange={(event) => update({ notes: event.target.value })}
              onBlur={flush}
            />
          </div>
          <h2>{t('session.closing')}</h2>
          {isConnect && (
            <label className="checkbox contact-step" htmlFor={ids.contact}>
              <input
                id={ids.contact}
                type="checkbox"
                checked={draft.contactStepPlanned === true}
                onChange={(event) => update({ contactStepPlanned: event.target.checked })}
              />
              {t('session.contactStep')}
            </label>
          )}
          <StressField legend={t('stress.after')} value={draft.stressAfter} threshold={threshold} onChange={(stressAfter) => update({ stressAfter })} />
        </section>
      </div>
    </div>
  );
}

/** `#/clients/<id>/programme/<n>`: session n of the client's current (or latest) programme. */
export function SessionPage({ clientId, session }: { clientId: string; session: number }) {
  const { t } = useTranslation(['programme', 'common']);
  const view = useCall('programme.view', { clientId });
  const client = useCall('clients.get', { id: clientId });
  const preferences = useCall('preferences.get', {});
  const threshold = preferences.value?.stressThreshold ?? defaultStillHighThreshold;

  const failure = view.status === 'error' ? view : client.status === 'error' ? client : undefined;
  if (failure) {
    return (
      <>
        <Link to={{ name: 'caseload' }} className="back-link">
          {t('common:nav.caseload')}
        </Link>
        <ErrorAlert error={failure.error} onRetry={failure.reload} />
      </>
    );
  }
  if (view.value === undefined || client.value === undefined) return <p role="status">{t('session.loading')}</p>;

  const clientName = t('common:fullName', { givenName: client.value.givenName, familyName: client.value.familyName });
  const { run, template } = view.value;
  const record = run?.sessions.find((candidate) => candidate.number === session);
  if (!run || !template || !record) {
    return (
      <>
        <Link to={{ name: 'client', id: clientId, tab: 'programme' }} className="back-link">
          {t('session.back', { client: clientName })}
        </Link>
        <h1>{clientName}</h1>
        <p>{run ? t('session.notFound') : t('session.noProgramme')}</p>
      </>
    );
  }
  return (
    <SessionWorkspace
      key={`${run.id}/${session}`}
      clientId={clientId}
      clientName={clientName}
      run={run}
      template={template}
      record={record}
      threshold={threshold}
    />
  );
}
