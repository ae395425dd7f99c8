import { useEffect, useState } from 'react';
import type { ExportedFrom } from '../../../../shared/api/exports';
import { formatDateTime } from '../../../../shared/i18n/dates';
import { epochToVn } from '../../../../shared/time/zone';
import { useApi } from '../../api/ApiContext';
import { navigate } from '../../app/route';
import type { PlanOpened } from '../../app/useLastPlan';
import { useAsync } from '../../components/useAsync';
import { usePlans } from '../../data/usePlans';
import { useI18n } from '../../i18n/I18nContext';
import { CsvStyle } from '../../../../shared/export/csv-style';
import { CaldavPanel } from './CaldavPanel';
import { FeedPanel } from './FeedPanel';
import { ExportButtons, type ExportChoice } from './ExportButtons';
import { PrintPreview } from './PrintPreview';

export function PublishScreen({ planId, onOpened }: { planId?: string; onOpened: PlanOpened }) {
  const { t } = useI18n();
  const { data: plans, error } = usePlans();
  const known = planId !== undefined && plans?.some((p) => p.id === planId);
  useEffect(() => {
    if (!planId || !plans) return;
    if (known) onOpened.remember(planId);
    else onOpened.forget(planId);
  }, [planId, plans, known, onOpened]);
  return (
    <section className="screen publish">
      <header className="screen-header">
        <div>
          <h1>{t('exports.title')}</h1>
          <p className="hint">{t('exports.subtitle')}</p>
        </div>
      </header>
      {error && <p className="error">{error}</p>}
      {plans && plans.length === 0 && <div className="empty-state">{t('exports.noPlans')}</div>}
      {plans && plans.length > 0 && (
        <label className="field">
          <span>{t('exports.plan')}</span>
          <select value={planId ?? ''} onChange={(e) => navigate('publish', e.target.value)}>
            <option value="">{t('exports.choosePlan')}</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {planId && known && <PlanExports key={planId} planId={planId} />}
      {planId && plans && !known && <p className="error">{t('exports.planGone')}</p>}
    </section>
  );
}

function FromNote({ from }: { from: ExportedFrom }) {
  const { t } = useI18n();
  if (from.version === null) return <p className="banner banner-warning">{t('exports.from.working')}</p>;
  const date = from.publishedAt ? formatDateTime(epochToVn(Date.parse(from.publishedAt))) : '';
  return <p className="banner banner-info">{t('exports.from.version', { version: from.version, date })}</p>;
}

function PlanExports({ planId }: { planId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [choice, setChoice] = useState<ExportChoice>({ planId, orientation: 'portrait' });
  const { planId: id, orientation, staffId } = choice;
  // The CSV style is not part of the print: changing it does not reload the preview.
  const { data: preview, error } = useAsync(() => api.call('exports:printHtml', { planId: id, orientation, staffId }), [api, id, orientation, staffId]);
  return (
    <>
      {error && <p className="error">{error}</p>}
      {preview && <FromNote from={preview.from} />}
      <div className="export-options">
        <label className="field">
          <span>{t('exports.document')}</span>
          <select value={choice.staffId ?? ''} onChange={(e) => setChoice({ ...choice, staffId: e.target.value || undefined })}>
            <option value="">{t('exports.wholeRoster')}</option>
            {preview?.people.map((p) => (
              <option key={p.staffId} value={p.staffId}>
                {t('exports.slipOf', { name: p.fullName })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('exports.csvStyle')}</span>
          <select value={choice.csvStyle ?? 'excel-vi'} onChange={(e) => setChoice({ ...choice, csvStyle: CsvStyle.parse(e.target.value) })}>
            {CsvStyle.options.map((style) => (
              <option key={style} value={style}>
                {t(`exports.csvStyle.${style}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('exports.orientation')}</span>
          <select value={choice.orientation} onChange={(e) => setChoice({ ...choice, orientation: e.target.value as ExportChoice['orientation'] })}>
            <option value="portrait">{t('exports.portrait')}</option>
            <option value="landscape">{t('exports.landscape')}</option>
          </select>
        </label>
      </div>
      <ExportButtons choice={choice} />
      {preview?.from.version !== null && preview !== undefined && (
        <>
          <FeedPanel planId={planId} />
          <CaldavPanel planId={planId} />
        </>
      )}
      {preview && <PrintPreview parts={preview} />}
    </>
  );
}
