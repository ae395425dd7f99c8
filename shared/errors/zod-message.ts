import type { z } from 'zod';

/** zod's own (English) wording, which a schema's custom Vietnamese message never starts with. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)/;

const TYPE: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'đúng hoặc sai',
  array: 'một danh sách',
  object: 'một nhóm trường',
  date: 'một ngày',
};

const FORMAT: Record<string, string> = {
  email: 'Địa chỉ email không hợp lệ',
  url: 'Địa chỉ web (URL) không hợp lệ',
  datetime: 'Ngày giờ không đúng định dạng',
  date: 'Ngày không đúng định dạng',
  time: 'Giờ không đúng định dạng',
};

const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

/**
 * The message of one validation issue in Vietnamese. A schema's own message (already Vietnamese) is
 * kept; zod's English default is replaced by a sentence built from the issue's facts, so no English
 * reaches a Vietnamese error.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? 'Thiếu giá trị' : `Phải là ${TYPE[issue.expected] ?? issue.expected}`;
    case 'too_big': {
      const max = Number(issue.maximum);
      const limit = issue.inclusive === false ? max - 1 : max;
      if (issue.origin === 'string') return `Dài quá ${limit} ký tự cho phép`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Quá ${limit} mục cho phép`;
      return issue.inclusive === false ? `Phải nhỏ hơn ${max}` : `Không được lớn hơn ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'Không được để trống' : `Phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Cần ít nhất ${min} mục`;
      return issue.inclusive === false ? `Phải lớn hơn ${min}` : `Không được nhỏ hơn ${min}`;
    }
    case 'invalid_format':
      return FORMAT[issue.format] ?? 'Sai định dạng';
    case 'invalid_value':
      return issue.values.length === 1 ? `Phải là ${list(issue.values)}` : `Phải là một trong: ${list(issue.values)}`;
    case 'unrecognized_keys':
      return `Có trường không được biết: ${list(issue.keys)}`;
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}`;
    default:
      return 'Giá trị không hợp lệ';
  }
}
