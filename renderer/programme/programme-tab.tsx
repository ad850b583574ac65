import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeRun, ProgrammeTemplate, ProgrammeView, SessionRecord } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { ProgrammeDocuments } from '../documents/programme-documents';
import { useReloadWhen } from '../components/use-reload-when';
import { formatDate } from '../i18n/formatting';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import { savesInFlight } from './autosaver';
import { EndProgrammeDialog } from './end-programme-dialog';
import { MeasurementMoments } from './measurement-moments';
import { MoveSessionDialog } from './move-session-dialog';
import { GuidanceList, PhaseSteps, StressTrendText } from './phase-progress';
import './programme.css';
import { formatSessionMoment } from './programme-format';
import { SessionList } from './session-list';
import { StartProgrammeForm } from './start-programme-form';

interface ProgrammeTabProps {
  clientId: string;
  revision: number;
  onChanged: () => void;
}

/** No programme (or the last one ended): the approach in two lines, and a way to start one. */
function StartSection({
  clientId,
  ended,
  onStarted,
  focusRequest,
}: {
  clientId: string;
  ended: ProgrammeRun | undefined;
  onStarted: () => void;
  /** Each new value puts focus on the start button (after the programme was ended). */
  focusRequest: number;
}) {
  const { t } = useTranslation('programme');
  const api = useApi();
  const titleId = useId();
  const formTitleId = useId();
  const [open, setOpen] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const [focusStart, setFocusStart] = useState(0);
  useEffect(() => {
    if (focusStart > 0 || focusRequest > 0) startRef.current?.focus();
  }, [focusStart, focusRequest]);

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{ended ? t(`client.ended.${ended.status === 'stopped' ? 'stopped' : 'finished'}`) : t('client.introTitle')}</h2>
      <p>{t('client.intro')}</p>
      <p className="muted">{t('client.introWhy')}</p>
      {open ? (
        <>
          <h3 id={formTitleId}>{t('client.startTitle')}</h3>
          <StartProgrammeForm
            labelledBy={formTitleId}
            submitLabel={t('client.startButton')}
            onSubmit={async (values) => {
              await api.call('programme.start', { clientId, ...values });
              onStarted();
            }}
            onCancel={() => {
              setOpen(false);
              setFocusStart((n) => n + 1);
            }}
          />
        </>
      ) : (
        <button ref={startRef} type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {ended ? t('client.startAnother') : t('client.start')}
        </button>
      )}
    </section>
  );
}

/** The programme under way: where the client stands, what to consider, what is due, every session. */
function RunningProgramme({
  clientId,
  view,
  run,
  template,
  onChanged,
  announce,
  onEnded,
  focusRequest,
}: {
  clientId: string;
  view: ProgrammeView;
  run: ProgrammeRun;
  template: ProgrammeTemplate;
  onChanged: () => void;
  announce: (message: string) => void;
  onEnded: () => void;
  /** Each new value puts focus on the programme's name (after it was started). */
  focusRequest: number;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) titleRef.current?.focus();
  }, [focusRequest]);
  const [moving, setMoving] = useState<SessionRecord | undefined>();
  const [ending, setEnding] = useState(false);
  const progress = view.progress;
  const running = run.status === 'running';

  return (
    <>
      <section className="card programme-summary" aria-labelledby={titleId}>
        <div className="section-header">
          <div>
            <h2 id={titleId} ref={titleRef} tabIndex={-1}>
              {template.name[language]}
            </h2>
            <p className="page-subtitle">{t('client.runningSince', { mode: t(`modes.${run.mode}`), date: formatDate(run.startDate, language) })}</p>
            {run.group && (
              <p>
                {t('client.groupMember', { group: run.group.name })}
                {running && progress?.nextSessionNumber !== undefined && (
                  <>
                    {' · '}
                    <Link to={{ name: 'groupSession', groupId: run.group.id, session: progress.nextSessionNumber }}>
                      {t('client.toGroupSession')}
                    </Link>
                  </>
                )}
              </p>
            )}
          </div>
          {running && (
            <button type="button" className="button button-secondary" onClick={() => setEnding(true)}>
              {t('client.end')}
            </button>
          )}
        </div>
        {progress && (
          <>
            <GuidanceList template={template} progress={progress} />
            <div className="programme-grid">
              <PhaseSteps template={template} run={run} progress={progress} />
              <div>
                <h3>{t('stress.trendTitle')}</h3>
                <StressTrendText trend={progress.stressTrend} />
                <MeasurementMoments moments={view.moments} />
              </div>
            </div>
          </>
        )}
      </section>
      <SessionList clientId={clientId} template={template} run={run} nextSessionNumber={progress?.nextSessionNumber} onMove={setMoving} />
      <ProgrammeDocuments clientId={clientId} run={run} template={template} />
      {moving && (
        <MoveSessionDialog
          clientId={clientId}
          runId={run.id}
          record={moving}
          onClose={() => setMoving(undefined)}
          onMoved={(moved) => {
            setMoving(undefined);
            announce(t('sessions.moved', { number: moved.number, when: formatSessionMoment(moved.plannedAt, language) }));
            onChanged();
          }}
        />
      )}
      {ending && (
        <EndProgrammeDialog
          clientId={clientId}
          run={run}
          onClose={() => setEnding(false)}
          onEnded={() => {
            setEnding(false);
            announce(t('client.endedMessage'));
            onEnded();
            onChanged();
          }}
        />
      )}
    </>
  );
}

/**
 * The client's Programma tab: start the programme, follow its phases and guidance, see the due
 * measurements, open, move or end sessions. Changes move the page's `revision` on, so the overview
 * and agenda-related parts of the page reload too.
 */
export function ProgrammeTab({ clientId, revision, onChanged }: ProgrammeTabProps) {
  const { t } = useTranslation('programme');
  const view = useCall('programme.view', { clientId });
  useReloadWhen(revision, view.reload);
  // Just back from a session: read again once its last change has been stored.
  useEffect(() => {
    let current = true;
    void savesInFlight()?.then(() => {
      if (current) view.reload();
    });
    return () => {
      current = false;
    };
  }, [view.reload]);
  const [message, setMessage] = useState('');
  const [focusRunning, setFocusRunning] = useState(0);
  const [focusStart, setFocusStart] = useState(0);

  const value = view.value;
  const run = value?.run;
  return (
    <div className="programme-tab">
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {view.status === 'error' && <ErrorAlert error={view.error} onRetry={view.reload} />}
      {value === undefined && view.status === 'loading' && <p className="muted">{t('client.loading')}</p>}
      {value !== undefined && (run === undefined || run.status !== 'running') && (
        <StartSection
          clientId={clientId}
          ended={run}
          focusRequest={focusStart}
          onStarted={() => {
            setMessage(t('client.started'));
            setFocusRunning((n) => n + 1);
            onChanged();
          }}
        />
      )}
      {value !== undefined && run !== undefined && value.template !== undefined && (
        <RunningProgramme
          clientId={clientId}
          view={value}
          run={run}
          template={value.template}
          onChanged={onChanged}
          announce={setMessage}
          focusRequest={focusRunning}
          onEnded={() => setFocusStart((n) => n + 1)}
        />
      )}
    </div>
  );
}
