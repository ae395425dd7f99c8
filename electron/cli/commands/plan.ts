import { uploadedFile } from '../../../shared/api/files';
import { formatDateTime } from '../../../shared/i18n/dates';
import type { ParseArgsConfig } from 'node:util';
import { planLimitProblem } from '../../../shared/plan/input-limits';
import { latestVersion } from '../../../shared/plan/publish';
import type { ImportChoice } from '../../../shared/plan/reimport';
import type { Plan } from '../../../shared/plan/schema';
import { type CliContext, CliError, type Command, COMMON_OPTIONS, EXIT, parse, required } from '../command';
import { readNamedFile } from '../files';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';
import { say } from '../../../shared/i18n';

const USAGE = 'lich-truc plan list [--json] | plan show PLAN [--json] | plan import FILE [--replace | --keep-both] | plan export PLAN [-o FILE]';

const OPTIONS = {
  ...COMMON_OPTIONS,
  replace: { type: 'boolean', default: false },
  'keep-both': { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

export const planCommand: Command = {
  name: 'plan',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [action, target] = positionals;
    switch (action) {
      case 'list': {
        const plans = await ctx.client().call('plans:list', undefined);
        if (values.json) return (emit(ctx.io, json(plans)), EXIT.ok);
        if (!plans.length) return (ctx.io.out('Chưa có kế hoạch nào.\n'), EXIT.ok);
        for (const p of plans) {
          const status = p.status === 'published' ? `đã ban hành v${p.latestVersion}` : 'bản nháp';
          ctx.io.out(`${p.id}  ${p.name}  ${formatDateTime(p.window.start)} → ${formatDateTime(p.window.end)}  (${status})\n`);
        }
        return EXIT.ok;
      }
      case 'show': {
        const { plan } = await loadPlanArg(ctx, required(target, 'PLAN', USAGE));
        if (values.json) return (emit(ctx.io, json(plan), values.out), EXIT.ok);
        emit(
          ctx.io,
          [
            `Kế hoạch: ${plan.name}`,
            `Mã: ${plan.id}`,
            `Thời gian trực: ${formatDateTime(plan.window.start)} → ${formatDateTime(plan.window.end)} (giờ Việt Nam)`,
            `Trạng thái: ${plan.status === 'published' ? `đã ban hành, phiên bản ${plan.versions.at(-1)?.version}` : 'bản nháp'}`,
            `Người tham gia: ${plan.participants.length}`,
            `Phân công: ${plan.assignments.length}`,
          ].join('\n'),
          values.out,
        );
        const beyond = planLimitProblem(plan);
        if (beyond) ctx.io.err(`Cảnh báo: kế hoạch vượt giới hạn nhập: ${say('vi', beyond.message)} (ở "${beyond.where}"). Vẫn dùng được; tệp xuất từ nó sẽ không nhập lại được cho tới khi sửa.\n`);
        return EXIT.ok;
      }
      case 'import': {
        const plan = await importPlanFile(ctx, required(target, 'FILE', USAGE), importChoice(values));
        if (values.json) return (emit(ctx.io, json({ id: plan.id, name: plan.name, status: plan.status })), EXIT.ok);
        ctx.io.out(`Đã nhập kế hoạch "${plan.name}" (mã ${plan.id}${plan.status === 'published' ? `, phiên bản ban hành ${latestVersion(plan)?.version}` : ', bản nháp'}).\n`);
        return EXIT.ok;
      }
      case 'export': {
        const { plan } = await loadPlanArg(ctx, required(target, 'PLAN', USAGE));
        emit(ctx.io, json(plan), values.out);
        if (values.out) ctx.io.err(`Đã ghi ${values.out}\n`);
        return EXIT.ok;
      }
      default:
        throw new CliError(`Lệnh con không hợp lệ: ${action ?? '(trống)'}\nCách dùng: ${USAGE}`, EXIT.usage);
    }
  },
};

function importChoice(values: { replace: boolean; 'keep-both': boolean }): ImportChoice | undefined {
  if (values.replace && values['keep-both']) throw new CliError(`Chọn một trong --replace và --keep-both.\nCách dùng: ${USAGE}`, EXIT.usage);
  return values.replace ? 'replace' : values['keep-both'] ? 'keep-both' : undefined;
}

/**
 * A plan already stored is never doubled silently: without --replace or --keep-both the user is
 * asked at the terminal, and a script (no terminal) is refused with what to add.
 */
async function importPlanFile(ctx: CliContext, path: string, choice: ImportChoice | undefined): Promise<Plan> {
  const client = ctx.client();
  const { name, bytes } = readNamedFile(path);
  const file = uploadedFile(name, bytes);
  const first = await client.call('plans:importFile', { file, ...(choice ? { onExisting: choice } : {}) });
  if ('plan' in first) return first.plan;
  const { existing } = first;
  const version = (v: number | null) => (v === null ? 'bản nháp' : `phiên bản ban hành ${v}`);
  const what = `Kế hoạch "${existing.storedName}" (mã ${existing.id}, ${version(existing.storedVersion)}) đã có; tệp ${existing.fileName}: ${version(existing.importedVersion)}.`;
  const answer = await ctx.io.ask?.(`${what}\n  t = thay thế (thành phiên bản mới của kế hoạch này)\n  g = giữ cả hai (bản nhập thành bản nháp riêng)\nChọn t/g, Enter để thôi: `);
  if (answer === undefined || answer === null) {
    throw new CliError(`${what} Chưa nhập gì: thêm --replace để thay thế, hoặc --keep-both để giữ cả hai (bản nhập thành bản nháp).`, EXIT.usage);
  }
  const picked = ANSWERS[answer.trim().toLowerCase()];
  if (!picked) throw new CliError('Chưa nhập gì.', EXIT.incomplete);
  const second = await client.call('plans:importFile', { file, onExisting: picked });
  if (!('plan' in second)) throw new CliError('Kế hoạch vừa thay đổi trong lúc chọn; hãy chạy lại lệnh.', EXIT.error);
  return second.plan;
}

const ANSWERS: Record<string, ImportChoice> = { t: 'replace', g: 'keep-both' };
