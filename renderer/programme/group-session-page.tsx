import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput, ProgrammeTemplate, SessionRecord } from '../../main/api/api-types';
import { defaultStillHighThreshold } from '../../main/domain/measures/stress-thermometer';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { Link } from '../router/link';
import { GroupSessionWorkspace, type MemberSession } from './group-session-workspace';
import './programme.css';
import './session.css';

type Group = CallOutput<'programme.groups'>[number];

type MembersState = { status: 'loading' } | { status: 'ready'; members: MemberSession[] } | { status: 'error'; error: ApiCallError };

/** Each member's own record of this session, read from their programme (the run they follow in the group). */
function useMemberSessions(group: Group, session: number) {
  const api = useApi();
  const [state, setState] = useState<MembersState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    Promise.all(
      group.members.map(async (member): Promise<MemberSession> => {
        const view = await api.call('programme.view', { clientId: member.clientId });
        const run = view.run?.id === member.runId ? view.run : undefined;
        const record: SessionRecord | undefined = run?.sessions.find((candidate) => candidate.number === session);
        return { ...member, record };
      }),
    ).then(
      (members) => {
        if (current) setState({ status: 'ready', members });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: toApiCallError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, group, session, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}

function BackLink() {
  const { t } = useTranslation('programme');
  return (
    <Link to={{ name: 'programmes' }} className="back-link">
      {t('group.back')}
    </Link>
  );
}

function LoadedGroupSession({ group, template, session }: { group: Group; template: ProgrammeTemplate; session: number }) {
  const { t } = useTranslation('programme');
  const members = useMemberSessions(group, session);
  const preferences = useCall('preferences.get', {});
  const threshold = preferences.value?.stressThreshold ?? defaultStillHighThreshold;
  const templateSession = template.sessions.find((candidate) => candidate.number === session);
  if (!templateSession) {
    return (
      <>
        <BackLink />
        <h1>{group.name}</h1>
        <p>{t('group.sessionNotFound')}</p>
      </>
    );
  }
  if (members.state.status === 'error') {
    return (
      <>
        <BackLink />
        <ErrorAlert error={members.state.error} onRetry={members.reload} />
      </>
    );
  }
  if (members.state.status === 'loading') return <p role="status">{t('session.loading')}</p>;
  return (
    <>
      <BackLink />
      <GroupSessionWorkspace
        key={`${group.id}/${session}`}
        group={group}
        template={template}
        session={templateSession}
        members={members.state.members}
        threshold={threshold}
      />
    </>
  );
}

function GroupWithTemplate({ group, session }: { group: Group; session: number }) {
  const template = useCall('programme.template', { id: group.templateId, version: group.templateVersion });
  const { t } = useTranslation('programme');
  if (template.status === 'error') {
    return (
      <>
        <BackLink />
        <ErrorAlert error={template.error} onRetry={template.reload} />
      </>
    );
  }
  if (template.value === undefined) return <p role="status">{t('session.loading')}</p>;
  return <LoadedGroupSession group={group} template={template.value} session={session} />;
}

/**
 * `#/groups/<groupId>/<n>`: one session held with a group. The session's guide is shown once; each
 * member has a row with attendance, stress at start and end and a short note, saved to their own
 * programme as the worker goes.
 */
export function GroupSessionPage({ groupId, session }: { groupId: string; session: number }) {
  const { t } = useTranslation('programme');
  const groups = useCall('programme.groups', {});
  const group = groups.value?.find((candidate) => candidate.id === groupId);
  useDocumentTitle(group ? t('group.sessionTitle', { group: group.name, number: session }) : t('templatesPage.title'));
  if (groups.status === 'error') {
    return (
      <>
        <BackLink />
        <ErrorAlert error={groups.error} onRetry={groups.reload} />
      </>
    );
  }
  if (groups.value === undefined) return <p role="status">{t('group.loading')}</p>;
  if (!group) {
    return (
      <>
        <BackLink />
        <h1>{t('group.sectionTitle')}</h1>
        <p>{t('group.notFound')}</p>
      </>
    );
  }
  return <GroupWithTemplate group={group} session={session} />;
}
