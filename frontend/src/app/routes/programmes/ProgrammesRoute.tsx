import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { formatDateVi } from '@/lib/dates';
import { useProgrammes } from '@/api/programmes/list-programmes';

export function ProgrammesRoute() {
  const { t, i18n } = useTranslation();
  const programmes = useProgrammes();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('nav.programmes')}
      </Typography.Title>
      <QueryState loading={programmes.isLoading} error={programmes.error}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={programmes.data?.items ?? []}
          scroll={{ x: 700 }}
          columns={[
            { key: 'code', title: t('indicators.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('indicators.name'),
              render: (_, p) => <span className="wrap">{i18n.language === 'en' ? (p.nameEn ?? p.name) : p.name}</span>,
            },
            { key: 'kind', title: t('programmes.kind'), render: (_, p) => t(`programmes.kinds.${p.kind!}`) },
            { key: 'start', title: t('programmes.start'), render: (_, p) => (p.startDate ? formatDateVi(p.startDate) : '–') },
            { key: 'end', title: t('programmes.end'), render: (_, p) => (p.endDate ? formatDateVi(p.endDate) : '–') },
          ]}
        />
      </QueryState>
    </>
  );
}
