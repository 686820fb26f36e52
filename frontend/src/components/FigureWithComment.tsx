import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

/** A figure as it stood at some time ('–' when there was none), with its comment under it. */
export function FigureWithComment({ value, comment }: { value?: number; comment?: string }) {
  const { i18n } = useTranslation();
  return (
    <>
      {formatNumber(value, i18n.language, 6)}
      {comment && <div className="muted">{comment}</div>}
    </>
  );
}
