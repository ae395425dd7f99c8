import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { inVietnamese } from '../../helpers/said';
import { seatFeasibility } from '../../../shared/plan/feasibility';
import { DEFAULT_SEATS, type SeatTemplate } from '../../../shared/plan/pattern';
import type { Participant } from '../../../shared/plan/schema';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';
import { tetPlan } from '../../helpers/tet-plan';

const leaders = SAMPLE_STAFF.filter((s) => s.roles.includes('leader'));
const technicians = SAMPLE_STAFF.filter((s) => s.roles.includes('technician'));
const take = (staff: typeof SAMPLE_STAFF, extra: Partial<Participant> = {}) => staff.map((s) => ({ staffId: s.id, ...extra }));
const twoLeaders: SeatTemplate[] = [
  { id: 'lanh-dao-1', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo trực 1' },
  { id: 'lanh-dao-2', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo trực 2' },
  { id: 'ky-thuat', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' },
];

describe('seatFeasibility', () => {
  it('finds nothing wrong with the sample directory and the default seats', () => {
    expect(seatFeasibility(tetPlan())).toEqual([]);
  });

  it('reports more leaders per shift than the plan has', () => {
    const plan = tetPlan({ participants: [...take(leaders.slice(0, 1)), ...take(technicians)], seats: { default: twoLeaders, overrides: [] } });
    expect(seatFeasibility(plan).map(inVietnamese)).toEqual([{ kind: 'role-shortage', message: 'Mỗi ca cần 2 lãnh đạo trực nhưng kế hoạch chỉ có 1 lãnh đạo' }]);
  });

  it('reports a plan without any technician', () => {
    const plan = tetPlan({ participants: take(leaders) });
    expect(seatFeasibility(plan).map((p) => say('vi', p.message))).toEqual([
      'Mỗi ca cần 2 cán bộ kỹ thuật nhưng kế hoạch không có cán bộ kỹ thuật nào',
      'Vị trí "Cán bộ kỹ thuật ATTT" cần kỹ năng An toàn thông tin / SOC nhưng không cán bộ kỹ thuật nào tham gia có kỹ năng này',
    ]);
  });

  it('reports a seat requiring a skill nobody taking part has', () => {
    const plan = tetPlan({ participants: take(SAMPLE_STAFF.filter((s) => !s.skills.includes('security'))) });
    expect(seatFeasibility(plan).map(inVietnamese)).toEqual([
      {
        kind: 'skill-missing',
        seatTemplateId: 'ky-thuat-attt',
        message: 'Vị trí "Cán bộ kỹ thuật ATTT" cần kỹ năng An toàn thông tin / SOC nhưng không cán bộ kỹ thuật nào tham gia có kỹ năng này',
      },
    ]);
  });

  it('reports seats that need more different people than fit, though each role is there', () => {
    // One security technician for two security seats.
    const security: SeatTemplate = { id: 'attt-2', role: 'technician', skill: 'security', kind: 'onsite', label: 'ATTT 2' };
    const someone = technicians.find((s) => s.skills.includes('security'))!;
    const plan = tetPlan({
      participants: take([...leaders, someone, ...technicians.filter((s) => !s.skills.includes('security'))]),
      seats: { default: [...DEFAULT_SEATS.default, security], overrides: [] },
    });
    expect(seatFeasibility(plan).map((p) => p.kind)).toEqual(['seats-unfillable']);
  });

  it('names the seat set of an override', () => {
    const base = tetPlan();
    const plan = tetPlan({
      participants: [...take(leaders.slice(0, 1)), ...take(technicians)],
      seats: { default: base.seats.default, overrides: [{ when: 'giao-thua', seats: twoLeaders }] },
    });
    expect(seatFeasibility(plan).map((p) => say('vi', p.message))).toEqual(['Ca Giao thừa cần 2 lãnh đạo trực nhưng kế hoạch chỉ có 1 lãnh đạo']);
  });

  it('reports a night seat when everyone who could fill it cannot do nights', () => {
    const plan = tetPlan({ participants: [...take(leaders, { noNights: true }), ...take(technicians)] });
    expect(seatFeasibility(plan).map(inVietnamese)).toEqual([
      {
        kind: 'no-night-staff',
        seatTemplateId: 'lanh-dao',
        message: 'Mọi lãnh đạo có thể nhận vị trí "Lãnh đạo trực" đều không trực đêm; không ai lấp được vị trí này ở ca đêm',
      },
    ]);
  });

  it('reports each shift for which every leader is on leave, naming them', () => {
    const [bao, ha] = leaders;
    const away = { leave: [{ start: '2026-02-16T06:00', end: '2026-02-16T14:00', reason: 'Về quê' }] };
    const plan = tetPlan({ participants: [...take([bao!, ha!], away), ...take(technicians)] });
    expect(seatFeasibility(plan).map(inVietnamese)).toEqual([
      {
        kind: 'shift-unfillable',
        shiftId: '2026-02-16/sang',
        seatTemplateId: 'lanh-dao',
        message: 'Ca sáng 16/02 06:00–14:00: không ai nhận được vị trí "Lãnh đạo trực" (nghỉ: Trần Quốc Bảo, Lê Thị Thu Hà)',
      },
    ]);
  });

  it('explains a night shift left short by leave and no-nights together; the day shifts around it are fine', () => {
    const [bao, ha] = leaders;
    const plan = tetPlan({
      participants: [{ staffId: bao!.id, leave: [{ start: '2026-02-16T20:00', end: '2026-02-17T08:00', reason: '' }] }, { staffId: ha!.id, noNights: true }, ...take(technicians)],
    });
    expect(seatFeasibility(plan).map((p) => say('vi', p.message))).toEqual([
      'Ca đêm 16/02 22:00–06:00: không ai nhận được vị trí "Lãnh đạo trực" (nghỉ: Trần Quốc Bảo; không trực đêm: Lê Thị Thu Hà)',
    ]);
  });

  it('says shortages in English under the English UI, counting people as English does', () => {
    const oneLeader = tetPlan({ participants: [...take(leaders.slice(0, 1)), ...take(technicians)], seats: { default: twoLeaders, overrides: [] } });
    expect(seatFeasibility(oneLeader).map((p) => say('en', p.message))).toEqual(['Each shift needs 2 duty leaders but the plan has only 1 leader']);
    const noTechnician = tetPlan({ participants: take(leaders) });
    expect(seatFeasibility(noTechnician).map((p) => say('en', p.message))).toEqual([
      'Each shift needs 2 technicians but no technician takes part in the plan',
      'The seat "Cán bộ kỹ thuật ATTT" needs the skill An toàn thông tin / SOC but no technician taking part has it',
    ]);
    const giaoThua = tetPlan({
      participants: take([...leaders.slice(0, 2), ...technicians]),
      seats: { default: tetPlan().seats.default, overrides: [{ when: 'giao-thua', seats: [...twoLeaders, twoLeaders[0]!] }] },
    });
    expect(seatFeasibility(giaoThua).map((p) => say('en', p.message))).toEqual(["The New Year's Eve shift needs 3 duty leaders but the plan has only 2 leaders"]);
  });

  it('says a shift left short in English, with its moment and who is away or off nights', () => {
    const [bao, ha] = leaders;
    const plan = tetPlan({
      participants: [{ staffId: bao!.id, leave: [{ start: '2026-02-16T20:00', end: '2026-02-17T08:00', reason: '' }] }, { staffId: ha!.id, noNights: true }, ...take(technicians)],
    });
    expect(seatFeasibility(plan).map((p) => say('en', p.message))).toEqual(['Ca đêm 16/02 22:00–06:00: nobody can take the seat "Lãnh đạo trực" (away: Trần Quốc Bảo; no nights: Lê Thị Thu Hà)']);
  });
});
