import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadPage } from '@/lib/reload-page';
import { isChunkLoadFailure, RouteError } from './RouteError';

vi.mock('@/lib/reload-page', () => ({ reloadPage: vi.fn() }));

const SLOW = { timeout: 15_000 };

function failingScreen(error: Error) {
  const router = createMemoryRouter(
    [
      {
        path: '/reports',
        errorElement: <RouteError />,
        lazy: async () => {
          throw error;
        },
      },
    ],
    { initialEntries: ['/reports'] },
  );
  return render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.mocked(reloadPage).mockClear();
  });

  it('knows a missing chunk in the words of Chrome, Firefox and Safari', () => {
    expect(isChunkLoadFailure(new TypeError('Failed to fetch dynamically imported module: https://x/assets/A-1.js'))).toBe(true);
    expect(isChunkLoadFailure(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadFailure(new Error('Không đọc được số liệu'))).toBe(false);
  });

  it('reloads once when a screen’s chunk is missing, then explains instead of reloading again', async () => {
    const missing = new TypeError('Failed to fetch dynamically imported module: /assets/ReportsRoute-old.js');
    const first = failingScreen(missing);
    await vi.waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1), SLOW);
    first.unmount();
    failingScreen(missing); // the reloaded page fails the same way
    await screen.findByText('Ứng dụng vừa được cập nhật. Hãy tải lại trang để dùng phiên bản mới.', {}, SLOW);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('shows any other failure in Vietnamese, never React Router’s developer page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failingScreen(new Error('boom'));
    await screen.findByText(/Không mở được màn hình này/, {}, SLOW);
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toBeTruthy();
    expect(screen.queryByText(/Unexpected Application Error/)).toBeNull();
    expect(reloadPage).not.toHaveBeenCalled();
  });
});
