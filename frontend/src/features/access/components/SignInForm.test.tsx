import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { SignInForm } from './SignInForm';

const sso = vi.hoisted(() => ({ settings: {} as object }));
vi.mock('../api/get-single-sign-on', () => ({ useSingleSignOn: () => ({ data: sso.settings }) }));

const PROVIDER = { enabled: true, displayName: 'VWU ID', signInPath: '/api/v1/session/sso' };

// jsdom renders antd slowly on a busy machine: a generous cap, not a timing.
describe('SignInForm', { timeout: 30_000 }, () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('offers the single sign-on provider by name when one is set up', () => {
    sso.settings = PROVIDER;
    renderWithProviders(<SignInForm />);
    expect(screen.getByRole('link', { name: 'Đăng nhập bằng VWU ID' }).getAttribute('href')).toBe('/api/v1/session/sso');
  });

  it('offers only the password without a provider', () => {
    sso.settings = { enabled: false };
    renderWithProviders(<SignInForm />);
    expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Đăng nhập bằng/ })).toBeNull();
  });

  it('tells someone the provider knows but nobody linked which identifier to give an administrator', () => {
    window.history.replaceState(null, '', '/?sso=unlinked&subject=f3b1c2d4-5e6f');
    sso.settings = PROVIDER;
    renderWithProviders(<SignInForm />);
    expect(screen.getByText(/chưa có tài khoản nào trong hệ thống được gắn với bạn/)).toBeTruthy();
    expect(screen.getByText('f3b1c2d4-5e6f')).toBeTruthy();
  });
});
