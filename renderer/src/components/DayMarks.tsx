import type { MessageKey } from '../../../shared/i18n';
import type { SpecialDay } from '../../../shared/plan/schema';
import { useI18n } from '../i18n/I18nContext';

/** A day's special marks (Giao thừa, Mùng 1, Nghỉ lễ…) as coloured badges, the same in every view of days. */
export function DayMarks({ marks }: { marks: readonly SpecialDay[] }) {
  const { t } = useI18n();
  return (
    <div className="marks">
      {marks.map((m) => (
        <span key={m.kind} className={`mark mark-${m.kind}`} title={m.label}>
          {t(`calendar.special.${m.kind}` as MessageKey)}
        </span>
      ))}
    </div>
  );
}
