import { describe, expect, it } from 'vitest';
import { caldavFetch, CaldavNetworkError } from '../../../electron/services/caldav/transport';
import { failureReason } from '../../../electron/services/mail/transport';
import { reasonOfCode } from '../../../electron/services/network-reason';
import { say, type Message } from '../../../shared/i18n';
import { StoredMessageSchema } from '../../../shared/i18n/message';
import { viNetwork } from '../../../shared/i18n/vi/network';
import { viReasons } from '../../../shared/i18n/vi/reasons';
import { dictionaries, type MessageKey } from '../../../shared/i18n/catalog';
import { closedPort } from '../../helpers/closed-port';
import { VIETNAMESE_LETTER } from '../../helpers/said';

const english = (message: Message) => say('en', message);

async function caldavFailure(url: URL, path = '/'): Promise<CaldavNetworkError> {
  const { fetch, close } = await caldavFetch(url, { mode: 'system' });
  try {
    await fetch(new URL(path, url), { method: 'PROPFIND' });
  } catch (error) {
    return error as CaldavNetworkError;
  } finally {
    await close();
  }
  throw new Error('the request was answered');
}

describe('why a server could not be reached, said in the reader’s language', () => {
  it('has English words without a Vietnamese letter for every network and log reason', () => {
    const keys = [...Object.keys(viNetwork), ...Object.keys(viReasons)] as MessageKey[];
    expect(keys.filter((key) => VIETNAMESE_LETTER.test(dictionaries.en[key]))).toEqual([]);
    expect(keys.filter((key) => !VIETNAMESE_LETTER.test(dictionaries.vi[key]) && !/^\{\w+\}$/.test(dictionaries.vi[key]))).toEqual([]);
  });

  it('a CalDAV server that refuses the connection: a message, retried, in either language', async () => {
    const error = await caldavFailure(new URL(`http://127.0.0.1:${await closedPort()}/`));
    expect(error).toBeInstanceOf(CaldavNetworkError);
    expect(error.reason).toEqual({ code: 'net.refused', params: {} });
    expect(error.retry).toBe(true);
    expect(english(error.reason)).toBe('the server refused the connection (not running, or the wrong port)');
    expect(say('vi', error.reason)).toBe('máy chủ từ chối kết nối (không chạy hoặc sai cổng)');
  });

  it('a password never sent in clear off this computer: said in English with no retry', async () => {
    const error = await caldavFailure(new URL('http://10.0.0.7/'));
    expect(error.reason.code).toBe('net.needsTls');
    expect(error.retry).toBe(false);
    expect(english(error.reason)).toMatch(/^the address does not use https/);
  });

  it('certificate failures stop retrying and carry their own key', () => {
    expect(reasonOfCode('DEPTH_ZERO_SELF_SIGNED_CERT')).toEqual({ reason: { code: 'net.tls.selfSigned', params: {} }, retry: false });
    expect(reasonOfCode('CALDAV_PIN_MISMATCH')?.reason.code).toBe('net.tls.pinMismatch');
    expect(reasonOfCode('UND_ERR_SOCKET')).toEqual({ reason: { code: 'net.cut', params: {} }, retry: true });
    expect(reasonOfCode('NOT_A_CODE')).toBeNull();
  });

  it('a mail server’s refusal keeps its own words inside our sentence', () => {
    const reason = failureReason({ code: 'EAUTH', response: '535 5.7.8 Authentication failed ', responseCode: 535 });
    expect(reason).toEqual({ code: 'net.mailAnswer', params: { response: '535 5.7.8 Authentication failed' } });
    expect(english(reason)).toBe('the mail server answered: 535 5.7.8 Authentication failed');
  });

  it('a mail connection that failed is said from the system’s code nodemailer keeps, else from its own kind', () => {
    expect(failureReason({ code: 'ESOCKET', originalCode: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' })).toEqual({ code: 'net.refused', params: {} });
    expect(english(failureReason({ code: 'EAUTH', message: 'Invalid login' }))).toBe('the mail server refused the user name or the password');
    const unknown = failureReason({ code: 'EENVELOPE', message: 'No recipients defined' });
    expect(unknown).toEqual({ code: 'net.other', params: { detail: 'EENVELOPE: No recipients defined' } });
    expect(english(unknown)).toBe('network error: EENVELOPE: No recipients defined');
  });

  it('a reason an older version stored as text is read as it was written; a message is kept as it is', () => {
    expect(StoredMessageSchema.parse('Chưa gửi: máy chủ từ chối kết nối')).toEqual({ code: 'error.untranslated', params: { text: 'Chưa gửi: máy chủ từ chối kết nối' } });
    expect(StoredMessageSchema.parse({ code: 'net.refused', params: {} })).toEqual({ code: 'net.refused', params: {} });
  });
});
