import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { rosterCandidates } from '../../../shared/roster/candidates';
import { explainUnfilled, explainUnfilledSeat } from '../../../shared/roster/explain';
import { PATTERN_3X8, TET_SEATS, buildInstance } from '../../../bench/instances';
import { handMadeProblem, person, seatId } from './problems';

const problem = handMadeProblem();
const hold = (seat: string, staffId: string) => ({ seatId: seat, staffId, locked: false });

describe('explainUnfilledSeat', () => {
  it('counts leave and short rest among the leaders and suggests the rest that would do', () => {
    const roster = [hold(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a')];
    const e = explainUnfilledSeat(problem, roster, seatId('2026-02-16', 'dem', 'lanh-dao'));
    expect(say('vi', e.text)).toBe('Ca đêm 22:00 ngày 16/02: cần 1 lãnh đạo trực; 2 lãnh đạo tham gia, 1 đang nghỉ phép, 1 vừa trực ca 06:00 (nghỉ giữa ca < 12 giờ)');
    expect(e).toMatchObject({ participants: 2, eligible: 0, blocked: { leave: 1, rest: 1 } });
    expect(say('vi', e.suggestion!)).toBe('giảm thời gian nghỉ tối thiểu xuống 8 giờ');
  });

  it('explains in English too, with the shift, the counts and the person to let work nights', () => {
    const techs = explainUnfilledSeat(problem, [hold(seatId('2026-02-16', 'chieu', 'ky-thuat-attt'), 'c')], seatId('2026-02-16', 'dem', 'ky-thuat-attt'));
    expect(say('en', techs.text)).toBe(
      'Ca đêm 22:00 on 16/02: needs 1 cán bộ kỹ thuật ATTT; 3 taking part as technician, 1 without the skill An toàn thông tin / SOC, 1 not working nights, 1 just worked the 14:00 shift (rest between shifts < 12 hours)',
    );
    expect(say('en', techs.suggestion!)).toBe('let Phạm Thị D work nights');
  });

  it('asks for another person rather than a rest of nothing, and for nights when one person refuses them', () => {
    const leaders = explainUnfilledSeat(problem, [hold(seatId('2026-02-16', 'chieu', 'lanh-dao'), 'a')], seatId('2026-02-16', 'dem', 'lanh-dao'));
    expect(say('vi', leaders.suggestion!)).toBe('thêm 1 lãnh đạo trực vào kế hoạch');
    const techs = explainUnfilledSeat(problem, [hold(seatId('2026-02-16', 'chieu', 'ky-thuat-attt'), 'c')], seatId('2026-02-16', 'dem', 'ky-thuat-attt'));
    expect(say('vi', techs.text)).toBe(
      'Ca đêm 22:00 ngày 16/02: cần 1 cán bộ kỹ thuật ATTT; 3 cán bộ kỹ thuật tham gia, 1 không có kỹ năng An toàn thông tin / SOC, 1 không trực đêm, 1 vừa trực ca 14:00 (nghỉ giữa ca < 12 giờ)',
    );
    expect(say('vi', techs.suggestion!)).toBe('cho phép Phạm Thị D trực đêm');
  });

  it('asks for just the run of nights that would let someone take the seat', () => {
    // Five nights, one leader seat, the only leader on nights 1, 2 and 4: night 3 would make a run of 4.
    const nights = buildInstance({ name: 'nights', seed: 1, firstDate: '2026-03-01', days: 5, pattern: PATTERN_3X8, seats: TET_SEATS.slice(0, 1), leaders: 0, technicians: 0 });
    nights.people = [person('a', 'Nguyễn Văn A', { roles: ['leader'] })];
    const roster = ['2026-03-01', '2026-03-02', '2026-03-04'].map((d) => hold(`${d}/dem/lanh-dao`, 'a'));
    expect(say('vi', explainUnfilledSeat(nights, roster, '2026-03-03/dem/lanh-dao').suggestion!)).toBe('cho phép trực tối đa 4 đêm liên tiếp');
  });

  it('explains every empty seat of a roster', () => {
    expect(explainUnfilled(problem, [])).toHaveLength(problem.seats.length);
  });
});

describe('rosterCandidates', () => {
  it('puts those who may take the seat first, then the others with the checker’s reasons', () => {
    const ranked = rosterCandidates(problem, [hold(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a')], seatId('2026-02-17', 'sang', 'lanh-dao'));
    // Then by name: Hoàng Văn E, Lê Văn C, Phạm Thị D.
    expect(ranked.map((c) => c.staffId)).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(ranked[0]).toMatchObject({ staffId: 'a', reasons: [], load: 0.5 });
    expect(ranked[1]!.reasons.map((r) => r.code)).toEqual(['ON_LEAVE']);
    expect(ranked[2]!.reasons.map((r) => r.code)).toEqual(['ROLE_MISMATCH']);
  });

  it('reports a short rest with the shift that causes it', () => {
    const ranked = rosterCandidates(problem, [hold(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a')], seatId('2026-02-16', 'dem', 'lanh-dao'));
    const a = ranked.find((c) => c.staffId === 'a')!;
    expect(a.reasons).toMatchObject([{ code: 'REST_TOO_SHORT', relatedSeatId: seatId('2026-02-16', 'sang', 'lanh-dao') }]);
  });
});
