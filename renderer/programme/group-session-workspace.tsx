import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, ProgrammeTemplate, SessionRecord } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../i18n/i18n';
import { Link } from '../router/link';
import type { SaveState } from './autosaver';
import { AttendanceField, StressSelect } from './check-in-fields';
import { formatSessionMoment } from './programme-format';
import { SaveStatus } from './save-status';
import { draftFromRecord, fieldsFromDraft, phaseName, withExercise, type SessionDraft, type TemplateSession } from './session-draft';
import { SessionGuide } from './session-guide';
import { useAutosaveMap } from './use-autosave';

type Group = CallOutput<'programme.groups'>[number];

export interface MemberSession {
  clientId: string;
  clientName: string;
  runId: string;
  /** Undefined when this member's programme has no such session. */
  record: SessionRecord | undefined;
}

function MemberRow({
  member,
  draft,
  state,
  threshold,
  onChange,
  onFlush,
}: {
  member: MemberSession;
  draft: SessionDraft | undefined;
  state: SaveState;
  threshold: number;
  onChange: (patch: Partial<SessionDraft>) => void;
  onFlush: () => void;
}) {
  const { t } = useTranslation('programme');
  const noteId = useId();
  const who = (
    <>
      {' '}
      <span className="sr-only">– {member.clientName}</span>
    </>
  );
  return (
    <li className="member-row">
      <h3 className="member-name">
        <Link to={{ name: 'client', id: member.clientId, tab: 'programme' }}>{member.clientName}</Link>
      </h3>
      {draft === undefined ? (
        <p className="muted">{t('group.memberMissing')}</p>
      ) : (
        <>
          <AttendanceField
            compact
            legend={
              <>
                {t('attendance.legend')}
                {who}
              </>
            }
            value={draft.attendance}
            onChange={(attendance) => onChange({ attendance })}
          />
          <div className="member-stress">
            <StressSelect
              label={
                <>
                  {t('stress.beforeShort')}
                  {who}
                </>
              }
              value={draft.stressBefore}
              threshold={threshold}
              onChange={(stressBefore) => onChange({ stressBefore })}
            />
            <StressSelect
              label={
                <>
                  {t('stress.afterShort')}
                  {who}
                </>
              }
              value={draft.stressAfter}
              threshold={threshold}
              onChange={(stressAfter) => onChange({ stressAfter })}
            />
          </div>
          <div className="field">
            <label htmlFor={noteId}>
              {t('group.note')}
              {who}
            </label>
            <textarea
              id={noteId}
              className="input"
              rows={2}
              maxLength={20000}
              value={draft.notes}
              onChange={(event) => onChange({ notes: event.target.value })}
              onBlur={onFlush}
            />
          </div>
          <SaveStatus state={state} onRetry={onFlush} label={member.clientName} />
        </>
      )}
    </li>
  );
}

/**
 * The group session itself: the guide once (an exercise ticked here counts for every member), and
 * a row per member. Each row saves to that member's own programme, on its own queue.
 */
export function GroupSessionWorkspace({
  group,
  template,
  session,
  members,
  threshold,
}: {
  group: Group;
  template: ProgrammeTemplate;
  session: TemplateSession;
  members: readonly MemberSession[];
  threshold: number;
}) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const api = useApi();
  const membersId = useId();
  const runOf = useMemo(() => new Map(members.map((member) => [member.clientId, member.runId])), [members]);

  const save = useCallback(
    (clientId: string, draft: SessionDraft) =>
      api.call('programme.saveSession', { clientId, runId: runOf.get(clientId) ?? '', session: session.number, fields: fieldsFromDraft(draft) }),
    [api, runOf, session.number],
  );
  const autosave = useAutosaveMap<SessionDraft>(save);
  const [drafts, setDrafts] = useState<Readonly<Record<string, SessionDraft>>>(() =>
    Object.fromEntries(members.flatMap((member) => (member.record ? [[member.clientId, draftFromRecord(member.record)]] : []))),
  );
  const latest = useRef(drafts);
  const update = (clientId: string, patch: Partial<SessionDraft>) => {
    const current = latest.current[clientId];
    if (!current) return;
    const next = { ...current, ...patch };
    latest.current = { ...latest.current, [clientId]: next };
    setDrafts(latest.current);
    autosave.change(clientId, next);
  };

  const present = members.filter((member) => drafts[member.clientId] !== undefined);
  const doneByAll = session.exercises
    .filter((exercise) => present.length > 0 && present.every((member) => drafts[member.clientId]?.doneExercises.includes(exercise.id)))
    .map((exercise) => exercise.id);
  const plannedAt = members.find((member) => member.record)?.record?.plannedAt;

  return (
    <div className="session-page">
      <div className="session-header">
        <h1>{t('group.sessionTitle', { group: group.name, number: session.number })}</h1>
        <p className="page-subtitle">
          {session.title[language]}
          {' · '}
          {t('template.sessionMeta', { week: session.week, phase: phaseName(template, session.phase, language) })}
          {plannedAt !== undefined && (
            <>
              {' · '}
              <time dateTime={plannedAt}>{formatSessionMoment(plannedAt, language)}</time>
            </>
          )}
        </p>
      </div>
      <div className="session-layout session-layout-group">
        <div className="session-guide">
          <SessionGuide
            session={session}
            doneExercises={doneByAll}
            exercisesHint={t('group.exerciseForAll')}
            onToggleExercise={(exerciseId, checked) => {
              for (const member of present) {
                const current = latest.current[member.clientId];
                if (current) update(member.clientId, { doneExercises: withExercise(current.doneExercises, exerciseId, checked) });
              }
            }}
            showGroupNote
          />
        </div>
        <section className="session-record card" aria-labelledby={membersId}>
          <h2 id={membersId}>{t('group.perMember')}</h2>
          <ul className="member-rows">
            {members.map((member) => (
              <MemberRow
                key={member.clientId}
                member={member}
                draft={drafts[member.clientId]}
                state={autosave.states[member.clientId] ?? { kind: 'idle' }}
                threshold={threshold}
                onChange={(patch) => update(member.clientId, patch)}
                onFlush={() => void autosave.flush(member.clientId)}
              />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
