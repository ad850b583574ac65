import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, ProgrammeTemplate } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';
import { useApi } from '../api/api-context';
import { useCall } from '../api/use-call';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorAlert } from '../components/error-alert';
import { useDocumentTitle } from '../components/use-document-title';
import { BlankHandoutsCard } from '../documents/blank-handouts-card';
import { currentLanguage } from '../i18n/i18n';
import { ProblemAlert } from '../programme/problem-alert';
import '../programme/programme.css';
import type { TemplateSession } from '../programme/session-draft';
import { Link } from '../router/link';
import { useRouter } from '../router/router';
import { base64ToBytes, downloadFile } from '../transfer/file-bytes';
import { CopyTemplateDialog } from './copy-template-dialog';
import { EditableText, type SaveText } from './editable-text';
import { TemplateSessionCard } from './template-session-card';
import './templates.css';

type Edit = CallInput<'programme.editTemplate'>['edit'];
/** Where a refusal is shown: next to the session it concerns, or at the top. */
type Failure = { at: number | 'page'; error: ApiCallError };

function BackLink() {
  const { t } = useTranslation('programme');
  return (
    <Link to={{ name: 'programmes' }} className="back-link">
      {t('template.back')}
    </Link>
  );
}

function TemplateView({ initial }: { initial: ProgrammeTemplate }) {
  const { t, i18n } = useTranslation('programme');
  const language = currentLanguage(i18n);
  const api = useApi();
  const { navigate } = useRouter();
  const baseId = useId();
  const ids = { phases: useId(), sessions: useId(), aftercare: useId() };
  const [template, setTemplate] = useState(initial);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<Failure | undefined>();
  const [copying, setCopying] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [removing, setRemoving] = useState<TemplateSession | undefined>();
  /** Buttons to move focus to after a change, the first one present and enabled. */
  const [focusIds, setFocusIds] = useState<readonly string[]>([]);
  useDocumentTitle(template.name[language]);
  const editable = template.origin === 'organisation';
  const buttonId = (action: 'up' | 'down', number: number) => `${baseId}-${action}-${number}`;

  useEffect(() => {
    if (focusIds.length === 0) return;
    const target = focusIds.map((id) => document.getElementById(id)).find((element) => element instanceof HTMLButtonElement && !element.disabled);
    target?.focus();
    setFocusIds([]);
  }, [focusIds]);

  const edit = async (change: Edit): Promise<ProgrammeTemplate> => {
    const updated = await api.call('programme.editTemplate', { id: template.id, edit: change });
    setTemplate(updated);
    return updated;
  };

  const saveText: SaveText = async (path, lang, value) => {
    setMessage('');
    await edit({ kind: 'text', path, language: lang, value });
    setMessage(t('template.saved'));
  };

  const move = async (session: TemplateSession, direction: 'up' | 'down') => {
    setFailure(undefined);
    setMessage('');
    try {
      await edit({ kind: 'move', session: session.number, direction });
      const number = direction === 'up' ? session.number - 1 : session.number + 1;
      setMessage(t('template.moved', { number: session.number }));
      const other = direction === 'up' ? 'down' : 'up';
      // Focus follows the session; at the end of the list the other button is the one left.
      setFocusIds([buttonId(direction, number), buttonId(other, number)]);
    } catch (error) {
      setFailure({ at: session.number, error: toApiCallError(error) });
    }
  };

  const remove = async (session: TemplateSession) => {
    setRemoving(undefined);
    setFailure(undefined);
    try {
      const updated = await edit({ kind: 'remove', session: session.number });
      setMessage(t('template.removed'));
      // The session that took its place (or the new last one) keeps the focus nearby.
      const number = Math.min(session.number, updated.sessions.length);
      setFocusIds([buttonId('up', number), buttonId('down', number)]);
    } catch (error) {
      setFailure({ at: session.number, error: toApiCallError(error) });
    }
  };

  const addAfter = async (session: TemplateSession) => {
    setFailure(undefined);
    setMessage('');
    try {
      await edit({ kind: 'addAfter', session: session.number });
      setMessage(t('template.added', { number: session.number + 1 }));
      setFocusIds([buttonId('up', session.number + 1), buttonId('down', session.number + 1)]);
    } catch (error) {
      setFailure({ at: session.number, error: toApiCallError(error) });
    }
  };

  const exportFile = async () => {
    setFailure(undefined);
    setMessage('');
    try {
      const file = await api.call('programme.exportTemplate', { id: template.id });
      downloadFile(file.fileName, base64ToBytes(file.contentBase64), 'application/json');
      setMessage(t('template.exported', { fileName: file.fileName }));
    } catch (error) {
      setFailure({ at: 'page', error: toApiCallError(error) });
    }
  };

  const deleteTemplate = async () => {
    setDeleting(false);
    setFailure(undefined);
    try {
      await api.call('programme.deleteTemplate', { id: template.id });
      navigate({ name: 'programmes' });
    } catch (error) {
      setFailure({ at: 'page', error: toApiCallError(error) });
    }
  };

  return (
    <>
      <BackLink />
      <div className="page-header">
        <div>
          <div className="title-with-badge">
            <h1>{template.name[language]}</h1>
            <span className={`badge origin-${template.origin}`}>{t(`origins.${template.origin}`)}</span>
          </div>
          <p className="page-subtitle">
            {t(`modes.${template.mode}`)}
            {' · '}
            {t('template.version', { version: template.version })}
            {template.basedOn && (
              <>
                {' · '}
                {t('template.basedOn', { id: template.basedOn.id, version: template.basedOn.version })}
              </>
            )}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => setCopying(true)}>
            {t('template.copy')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void exportFile()}>
            {t('template.export')}
          </button>
          {editable && (
            <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
              {t('template.delete')}
            </button>
          )}
        </div>
      </div>
      <p className="notice template-hint">{editable ? t('template.ownHint') : t('template.builtinHint')}</p>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {failure?.at === 'page' && <ProblemAlert error={failure.error} />}

      <section className="card">
        {editable && (
          <div className="template-part">
            <h2>{t('fields.name')}</h2>
            <EditableText label={t('fields.name')} text={template.name} path={['name']} editable onSave={saveText} />
          </div>
        )}
        <div className="template-part">
          <h2>{t('template.description')}</h2>
          <EditableText label={t('template.description')} text={template.description} path={['description']} editable={editable} onSave={saveText} />
        </div>
      </section>

      <section className="card" aria-labelledby={ids.phases}>
        <h2 id={ids.phases}>{t('template.phases')}</h2>
        <ol className="template-phases">
          {template.phases.map((phase, index) => (
            <li key={phase.id}>
              <h3 className="template-phase-name">{phase.name[language]}</h3>
              {editable && (
                <EditableText
                  label={`${phase.name[language]} – ${t('fields.name')}`}
                  text={phase.name}
                  path={['phases', index, 'name']}
                  editable
                  onSave={saveText}
                />
              )}
              <EditableText
                label={`${phase.name[language]} – ${t('fields.purpose')}`}
                text={phase.purpose}
                path={['phases', index, 'purpose']}
                editable={editable}
                onSave={saveText}
              />
            </li>
          ))}
        </ol>
      </section>

      <BlankHandoutsCard template={template} />

      <h2 id={ids.sessions}>{t('template.sessions')}</h2>
      {template.sessions.map((session, index) => (
        <TemplateSessionCard
          key={session.handout}
          template={template}
          session={session}
          index={index}
          editable={editable}
          failure={failure?.at === session.number ? failure.error : undefined}
          buttonId={buttonId}
          onSaveText={saveText}
          onMove={(direction) => void move(session, direction)}
          onRemove={() => setRemoving(session)}
          onAddAfter={() => void addAfter(session)}
        />
      ))}

      {template.aftercare !== undefined && template.aftercare.length > 0 && (
        <section className="card" aria-labelledby={ids.aftercare}>
          <h2 id={ids.aftercare}>{t('template.aftercare')}</h2>
          <ul className="template-aftercare">
            {template.aftercare.map((checkIn, index) => (
              <li key={checkIn.weeksAfterEnd}>
                <h3>{t('template.aftercareWeeks', { weeks: checkIn.weeksAfterEnd })}</h3>
                <EditableText
                  label={`${t('fields.aftercareItem', { number: index + 1 })} – ${t('fields.focus')}`}
                  text={checkIn.focus}
                  path={['aftercare', index, 'focus']}
                  editable={editable}
                  onSave={saveText}
                />
                <ol className="template-questions">
                  {checkIn.questions.map((question, questionIndex) => (
                    <li key={questionIndex}>
                      <EditableText
                        label={`${t('fields.aftercareItem', { number: index + 1 })} – ${t('fields.question', { number: questionIndex + 1 })}`}
                        text={question}
                        path={['aftercare', index, 'questions', questionIndex]}
                        editable={editable}
                        onSave={saveText}
                      />
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </section>
      )}

      {copying && (
        <CopyTemplateDialog
          template={template}
          onClose={() => setCopying(false)}
          onCopied={(copy) => {
            setCopying(false);
            navigate({ name: 'programmeTemplate', id: copy.id });
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('template.deleteTitle')}
          body={t('template.deleteBody', { name: template.name[language] })}
          confirmLabel={t('template.deleteConfirm')}
          cancelLabel={t('template.cancel')}
          onConfirm={() => void deleteTemplate()}
          onCancel={() => setDeleting(false)}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('template.removeTitle')}
          body={t('template.removeBody', { number: removing.number, title: removing.title[language] })}
          confirmLabel={t('template.remove')}
          cancelLabel={t('template.cancel')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(undefined)}
        />
      )}
    </>
  );
}

/** `#/programmes/<id>`: one template with all its texts; the organisation's own can be edited. */
export function TemplatePage({ id }: { id: string }) {
  const { t } = useTranslation('programme');
  const result = useCall('programme.template', { id });
  if (result.status === 'error' && (result.error.code === 'not_found' || result.error.code === 'invalid_input')) {
    return (
      <>
        <BackLink />
        <h1>{t('template.notFoundTitle')}</h1>
        <p>{t('templates.notFound')}</p>
      </>
    );
  }
  if (result.status === 'error') {
    return (
      <>
        <BackLink />
        <ErrorAlert error={result.error} onRetry={result.reload} />
      </>
    );
  }
  if (result.value === undefined) return <p role="status">{t('template.loading')}</p>;
  return <TemplateView key={`${result.value.id}@${result.value.version}`} initial={result.value} />;
}
