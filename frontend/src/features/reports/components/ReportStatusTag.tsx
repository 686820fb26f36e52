import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  RETURNED: 'warning',
  MISSING: 'error',
};

export function ReportStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status] ?? 'default'}>{t(`reports.status.${status}`, { defaultValue: status })}</Tag>;
}
