import { afterEach, describe, expect, it } from 'vitest';
import { apiHeaders } from './api-client';
import { setLanguage } from './i18n';

describe('apiHeaders', () => {
  afterEach(() => setLanguage('vi'));

  it('asks for problem messages in the language chosen in the app, Vietnamese first', () => {
    setLanguage('vi');
    expect(apiHeaders()).toEqual({ 'X-Requested-With': 'vwu-spa', 'Accept-Language': 'vi' });
    setLanguage('en');
    expect(apiHeaders()['Accept-Language']).toBe('en');
  });
});
