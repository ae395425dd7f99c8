import type { MessageKey } from '../../../shared/i18n';
import type { SpecialDay } from '../../../shared/plan/schema';
import type { Language } from '../../../shared/settings/schema';
import { useI18n } from '../i18n/I18nContext';

type Translate = ReturnType<typeof useI18n>['t'];

/**
 * What a special day is called in full (a mark's tooltip): the Vietnamese label the calendar wrote
 * into the plan ("Nghỉ Tết Nguyên đán", "Giỗ Tổ Hùng Vương (10/3 âm lịch)") under the Vietnamese UI,
 * the mark's own words under any other, since that label is a sentence the calendar wrote, not a name.
 */
export function specialDayTitle(day: SpecialDay, language: Language, t: Translate): string {
  return language === 'vi' ? day.label : t(`calendar.special.${day.kind}` as MessageKey);
}

/** A day's special marks (Giao thừa, Mùng 1, Nghỉ lễ…) as coloured badges, the same in every view of days. */
export function DayMarks({ marks }: { marks: readonly SpecialDay[] }) {
  const { t, language } = useI18n();
  return (
    <div className="marks">
      {marks.map((m) => (
        <span key={m.kind} className={`mark mark-${m.kind}`} title={specialDayTitle(m, language, t)}>
          {t(`calendar.special.${m.kind}` as MessageKey)}
        </span>
      ))}
    </div>
  );
}
