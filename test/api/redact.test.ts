import { describe, expect, it } from 'vitest';
import { redact } from '../../src/api/redact.js';
import { serverCodes, serverMessage } from '../../src/api/api-errors.js';

describe('redact', () => {
  it('removes each secret, plain and percent-encoded', () => {
    const key = 'my key/with+odd=chars';
    const text = `bad key ${key} in https://x.example/?k=${encodeURIComponent(key)}`;
    const out = redact(text, [key]);
    expect(out).not.toContain(key);
    expect(out).not.toContain(encodeURIComponent(key));
    expect(out).toBe('bad key [REDACTED] in https://x.example/?k=[REDACTED]');
  });

  it('masks x-api-key headers and Harness-shaped tokens even when the secret is not known', () => {
    expect(redact('sent x-api-key: abc123def and "x-api-key":"zzz"')).toBe(
      'sent x-api-key: [REDACTED] and "x-api-key":"[REDACTED]"',
    );
    expect(redact('token pat.acct.tokid.SECRETSECRET failed')).toBe('token pat.[REDACTED] failed');
  });

  it('ignores empty and tiny secrets rather than shredding the text', () => {
    expect(redact('a plain message', ['', undefined, 'a'])).toBe('a plain message');
  });
});

describe('serverMessage', () => {
  it('reads Goa errors with their id', () => {
    expect(serverMessage('{"name":"bad_request","id":"x1","message":"event_type is required"}')).toBe(
      'event_type is required [bad_request] (id x1)',
    );
  });

  it('reads gateway errors', () => {
    expect(serverMessage('{"code":"INVALID_REQUEST","message":"nope","correlationId":"c-9"}')).toBe(
      'nope [INVALID_REQUEST] (id c-9)',
    );
  });

  it('squeezes HTML and plain text onto one short line', () => {
    expect(serverMessage('<html><body><h1>502 Bad Gateway</h1>\n</body></html>')).toBe('502 Bad Gateway');
    const long = serverMessage('x'.repeat(5000));
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('serverCodes (what of an error body is printed)', () => {
  it('is the code and the id, never the message', () => {
    expect(serverCodes('{"name":"bad_request","id":"x1","message":"state: password=hunter2"}')).toBe(
      '[bad_request] (id x1)',
    );
    expect(serverCodes('{"code":"INVALID_REQUEST","message":"nope","correlationId":"c-9"}')).toBe(
      '[INVALID_REQUEST] (id c-9)',
    );
  });

  it('drops fields that are not short tokens, and bodies that are not JSON objects', () => {
    expect(serverCodes('{"code":"a b","id":"\\u001b[2J","message":"m"}')).toBe('');
    expect(serverCodes(`{"code":"${'x'.repeat(65)}"}`)).toBe('');
    expect(serverCodes('<html>502 Bad Gateway</html>')).toBe('');
    expect(serverCodes('["quoted state"]')).toBe('');
  });
});
