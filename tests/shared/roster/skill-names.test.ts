import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { checkPlan } from '../../../shared/roster/for-plan';
import { explainUnfilledSeat } from '../../../shared/roster/explain';
import { planToProblem } from '../../../shared/plan/expand';
import { DEFAULT_SKILLS, type Skill } from '../../../shared/staff/schema';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';
import { tetPlan } from '../../helpers/tet-plan';

// Nguyễn Văn Hùng (HT), a technician with network and servers but not security, on the ATTT seat.
const hung = SAMPLE_STAFF[6]!;
const ATTT_SEAT = '2026-02-16/dem/ky-thuat-attt';
const plan = tetPlan({ assignments: [{ seatId: ATTT_SEAT, staffId: hung.id, locked: false }] });

const renamed: Skill[] = DEFAULT_SKILLS.map((s) => (s.id === 'security' ? { ...s, label: 'An toàn thông tin' } : s));
const deleted: Skill[] = DEFAULT_SKILLS.filter((s) => s.id !== 'security');

const skillViolation = (skills: readonly Skill[]) => say('vi', checkPlan(plan, skills).find((v) => v.code === 'ROLE_MISMATCH' && v.seatId === ATTT_SEAT)!.text);
const explanation = (skills: readonly Skill[]) => say('vi', explainUnfilledSeat(planToProblem(plan, skills), [], '2026-02-17/dem/ky-thuat-attt').text);

describe('skills in checks and explanations', () => {
  it('are named as Settings names them, never by their internal id', () => {
    expect(skillViolation(DEFAULT_SKILLS)).toBe('Nguyễn Văn Hùng không có kỹ năng An toàn thông tin / SOC cần cho cán bộ kỹ thuật ATTT, ca 22:00 ngày 16/02');
    // 24 technicians take part, 6 of them with security: the other 18 are counted under the skill's name.
    expect(explanation(DEFAULT_SKILLS)).toContain('24 cán bộ kỹ thuật tham gia, 18 không có kỹ năng An toàn thông tin / SOC');
    expect(`${skillViolation(DEFAULT_SKILLS)} ${explanation(DEFAULT_SKILLS)}`).not.toMatch(/\bsecurity\b/);
  });

  it('follow a rename in Settings', () => {
    expect(skillViolation(renamed)).toContain('không có kỹ năng An toàn thông tin cần cho');
    expect(explanation(renamed)).toContain('18 không có kỹ năng An toàn thông tin,');
  });

  it('fall back to the id of a skill deleted from Settings, and say it was deleted', () => {
    const where = '"security" (đã xóa khỏi danh sách kỹ năng trong Cài đặt)';
    expect(skillViolation(deleted)).toBe(`Nguyễn Văn Hùng không có kỹ năng ${where} cần cho cán bộ kỹ thuật ATTT, ca 22:00 ngày 16/02`);
    expect(explanation(deleted)).toContain(`18 không có kỹ năng ${where}`);
  });

  it('leave the seats that need no skill without a name', () => {
    expect(
      planToProblem(plan, DEFAULT_SKILLS)
        .seats.filter((s) => s.skill === null)
        .every((s) => s.skillName === null),
    ).toBe(true);
  });
});
