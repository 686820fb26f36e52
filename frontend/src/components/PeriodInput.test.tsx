import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PeriodInput } from './PeriodInput';

describe('PeriodInput', () => {
  it('shows the period in words and hands on the code of what is typed', () => {
    const onChange = vi.fn();
    render(<PeriodInput ariaLabel="Kỳ" value="2025" onChange={onChange} />);
    const field = screen.getByLabelText('Kỳ') as HTMLInputElement;
    expect(field.value).toBe('Năm 2025');
    fireEvent.change(field, { target: { value: 'T11/2026' } });
    fireEvent.blur(field);
    expect(onChange).toHaveBeenCalledWith('2026-11');
  });

  it('keeps what reads as no period, says so, and sends nothing', () => {
    const onChange = vi.fn();
    render(<PeriodInput ariaLabel="Kỳ" value="2025" onChange={onChange} />);
    const field = screen.getByLabelText('Kỳ') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'tháng mười' } });
    fireEvent.keyDown(field, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(screen.getByRole('alert').textContent).toContain('Không hiểu kỳ “tháng mười”');
    expect(field.value).toBe('tháng mười');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });
});
