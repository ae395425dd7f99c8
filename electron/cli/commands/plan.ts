import { uploadedFile } from '../../../shared/api/files';
import { formatDateTime } from '../../../shared/i18n/dates';
import { CliError, type Command, COMMON_OPTIONS, EXIT, parse, required } from '../command';
import { readNamedFile } from '../files';
import { emit, json } from '../output';
import { loadPlanArg } from '../plan-arg';

const USAGE = 'lich-truc plan list [--json] | plan show PLAN [--json] | plan import FILE | plan export PLAN [-o FILE]';

export const planCommand: Command = {
  name: 'plan',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, COMMON_OPTIONS, USAGE);
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
        return EXIT.ok;
      }
      case 'import': {
        const { name, bytes } = readNamedFile(required(target, 'FILE', USAGE));
        const result = await ctx.client().call('plans:importFile', { file: uploadedFile(name, bytes) });
        if (values.json) return (emit(ctx.io, json({ id: result.plan.id, name: result.plan.name })), EXIT.ok);
        ctx.io.out(`Đã nhập kế hoạch "${result.plan.name}" (mã ${result.plan.id}).\n`);
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
