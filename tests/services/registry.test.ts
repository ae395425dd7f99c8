import { describe, expect, it } from 'vitest';
import { CHANNELS, type Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/errors/app-error';
import { HandlerRegistry } from '../../electron/services/registry';
import { planInput } from '../helpers/tet-plan';
import { tempServices } from '../helpers/services';
import { inVietnamese } from '../helpers/said';
import { msg } from '../../shared/i18n/message';

/** A registry whose logger keeps what it was told, so a test can see nothing leaks to the UI. */
function registry(group: Partial<Handlers>) {
  const logged: unknown[] = [];
  return { registry: new HandlerRegistry({ error: (...args) => void logged.push(args) }).register(group), logged };
}

describe('HandlerRegistry', () => {
  it('refuses a second handler for one channel', () => {
    const { registry: r } = registry({ 'plans:list': () => [] });
    expect(() => r.register({ 'plans:list': () => [] })).toThrow('Channel "plans:list" already has a handler');
  });

  it.each(['plans:archive', 'constructor', 'toString', '__proto__'])('refuses a channel outside the contract: %s', (channel) => {
    // A computed key makes even `__proto__` an own property, as a spread handler group would.
    const group = { [channel]: () => null } as Partial<Handlers>;
    expect(() => new HandlerRegistry().register(group)).toThrow(`Channel "${channel}" is not in the contract`);
  });

  it('names every channel left without a handler', () => {
    const { registry: r } = registry({ 'plans:list': () => [] });
    const missing = CHANNELS.filter((c) => c !== 'plans:list');
    expect(() => r.assertComplete()).toThrow(`No handler for: ${missing.join(', ')}`);
  });

  it('serves every channel of the contract once the services are built', () => {
    expect(tempServices().services.registry.channels().sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a channel nobody serves with UNKNOWN_CHANNEL', async () => {
    const { registry: r } = registry({});
    expect(await r.dispatch('plans:list', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await r.dispatch('toString', undefined)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('validates input before the service sees it, naming the wrong field', async () => {
    let called = false;
    const { registry: r } = registry({ 'plans:create': () => ((called = true), expect.unreachable()) });

    const result = await r.dispatch('plans:create', planInput({ window: { start: '2026-02-13T17:00', end: '2026-02-30T07:30' } }));

    expect(inVietnamese(result)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', where: 'window.end', message: 'Dữ liệu không hợp lệ ở "window.end": Ngày không tồn tại' } });
    expect(called).toBe(false);
  });

  it('passes the parsed input to the handler and returns its output', async () => {
    const { services } = tempServices();
    const result = await services.registry.dispatch('plans:create', planInput({ name: '  Trực Tết  ' }));
    expect(result).toMatchObject({ ok: true, data: { name: 'Trực Tết', status: 'draft' } });
  });

  it('turns an AppError into { code, message, where }', async () => {
    const { registry: r } = registry({
      'plans:get': () => {
        throw new AppError('NOT_FOUND', msg('plans.error.notFound', { id: 'x' }), 'id');
      },
    });
    expect(inVietnamese(await r.dispatch('plans:get', { id: 'x' }))).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch x.', where: 'id' } });
  });

  it('turns an unexpected error into INTERNAL without its message or stack, and logs it', async () => {
    const { registry: r, logged } = registry({
      'plans:list': async () => {
        throw new Error('EACCES /home/an/secret/path');
      },
    });

    const result = await r.dispatch('plans:list', undefined);

    expect(inVietnamese(result)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Lỗi nội bộ không mong muốn. Dữ liệu của bạn không bị thay đổi.' } });
    expect(JSON.stringify(result)).not.toMatch(/EACCES|secret|at /);
    expect(logged).toHaveLength(1);
  });

  it('refuses output that breaks the contract instead of sending it to the UI', async () => {
    const { registry: r, logged } = registry({ 'plans:list': () => [{ id: 'x', name: 'Không có cửa sổ trực' }] as never });
    expect(inVietnamese(await r.dispatch('plans:list', undefined))).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Lỗi nội bộ: dữ liệu trả về không hợp lệ.' } });
    expect(logged).toHaveLength(1);
  });
});
