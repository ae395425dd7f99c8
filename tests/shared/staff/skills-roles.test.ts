import { describe, expect, it } from 'vitest';
import { parseRoles } from '../../../shared/staff/roles';
import { DEFAULT_SKILLS, type Skill } from '../../../shared/staff/schema';
import { clashingSkillNames, formatSkills, newSkillId, parseSkills, skillSynonyms } from '../../../shared/staff/skills';
import { defaultSettings } from '../../../shared/settings/schema';
import { parseSettings } from '../../../shared/settings/parse';

describe('the skill list', () => {
  it('is seeded with the skills offices name, each with the names they write for it', () => {
    expect(defaultSettings().skills.map((s) => [s.label, ...(s.synonyms ?? [])])).toEqual([
      ['Mạng', 'Hạ tầng', 'Hạ tầng mạng', 'Network'],
      ['Máy chủ', 'Hệ thống', 'Quản trị hệ thống', 'Server'],
      ['An toàn thông tin / SOC', 'ATTT', 'Bảo mật', 'Giám sát ATTT', 'An ninh mạng', 'Security'],
      ['Ứng dụng', 'Phần mềm', 'Application'],
      ['Cơ sở dữ liệu', 'CSDL', 'Database'],
    ]);
    expect(clashingSkillNames(DEFAULT_SKILLS)).toEqual([]);
  });

  it('matches a cell by label, part of a label or synonym, with or without diacritics and in any case', () => {
    expect(parseSkills('ATTT, bao mat; SOC, Hạ Tầng, he thong, Phần mềm, csdl', DEFAULT_SKILLS)).toEqual({ skills: ['security', 'network', 'servers', 'applications', 'database'], unknown: [] });
    expect(parseSkills('Điện toán đám mây', DEFAULT_SKILLS)).toEqual({ skills: [], unknown: ['Điện toán đám mây'] });
  });

  it('honours the synonyms the user edited; a skill saved before synonyms existed gets the seeded ones', () => {
    const edited: Skill[] = [{ id: 'security', label: 'An toàn thông tin', synonyms: ['Giám sát'] }];
    expect(parseSkills('ATTT, giám sát', edited)).toEqual({ skills: ['security'], unknown: ['ATTT'] });
    const stored = parseSettings({
      schemaVersion: 1,
      skills: [
        { id: 'security', label: 'An toàn thông tin / SOC' },
        { id: 'cloud', label: 'Đám mây' },
      ],
    });
    expect(stored.skills.map(skillSynonyms)).toEqual([['ATTT', 'Bảo mật', 'Giám sát ATTT', 'An ninh mạng', 'Security'], []]);
    expect(parseSkills('attt, đám mây', stored.skills).skills).toEqual(['security', 'cloud']);
  });

  it('gives a new skill an id from its name, unique in the list, and shows people the name', () => {
    expect(newSkillId('Điện toán đám mây', DEFAULT_SKILLS)).toBe('dien-toan-dam-may');
    expect(newSkillId('Mạng', [...DEFAULT_SKILLS, { id: 'mang', label: 'Mạng LAN' }])).toBe('mang-2');
    expect(formatSkills(['database', 'security'], DEFAULT_SKILLS)).toBe('Cơ sở dữ liệu, An toàn thông tin / SOC');
  });

  it('names a name two skills share, which would make a cell ambiguous', () => {
    expect(clashingSkillNames([...DEFAULT_SKILLS, { id: 'soc', label: 'Trung tâm SOC', synonyms: ['ATTT'] }])).toEqual([{ name: 'ATTT', skills: ['An toàn thông tin / SOC', 'Trung tâm SOC'] }]);
  });
});

describe('roles from free text', () => {
  it.each([
    ['Lãnh đạo', 'leader'],
    ['Trưởng phòng', 'leader'],
    ['PHÓ GIÁM ĐỐC', 'leader'],
    ['Giám đốc', 'leader'],
    ['Kỹ thuật', 'technician'],
    ['Cán bộ kỹ thuật', 'technician'],
    ['Chuyên viên', 'technician'],
    ['ky su', 'technician'],
  ])('"%s" is %s', (text, role) => {
    expect(parseRoles(text)).toEqual({ roles: [role], unknown: [] });
  });

  it('leaves what it does not know to the user', () => {
    expect(parseRoles('Trực vận hành')).toEqual({ roles: [], unknown: ['Trực vận hành'] });
    expect(parseRoles('Cán bộ')).toEqual({ roles: [], unknown: ['Cán bộ'] });
  });
});
