import { Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/QueryState';
import { termName } from '@/lib/terms';
import { useIndicators } from '@/features/indicators/api/list-indicators';

/** The indicator catalogue with its rules; derived indicators are marked. */
export function IndicatorsRoute() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const indicators = useIndicators(q.trim() || undefined);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('nav.indicators')}
      </Typography.Title>
      <div className="toolbar">
        <Input.Search aria-label={t('activities.search')} allowClear placeholder="hoi vien" onSearch={setQ} />
      </div>
      <QueryState loading={indicators.isLoading} error={indicators.error}>
        <Table
          rowKey="id"
          size="small"
          dataSource={indicators.data?.items ?? []}
          scroll={{ x: 800 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { key: 'code', title: t('indicators.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('indicators.name'),
              render: (_, i) => (
                <span className="wrap">
                  {i18n.language === 'en' ? (i.nameEn ?? i.name) : i.name}
                  {i.derivation && (
                    <Tag color="purple" style={{ marginLeft: 8 }}>
                      {t('indicators.derived')}
                    </Tag>
                  )}
                  {!i.active && <Tag style={{ marginLeft: 8 }}>–</Tag>}
                </span>
              ),
            },
            { key: 'uom', title: t('indicators.unitOfMeasure'), render: (_, i) => termName(i.unitOfMeasureName, i18n.language) },
            { key: 'period', title: t('indicators.periodType'), render: (_, i) => t(`entry.periodTypes.${i.periodType!}`) },
            {
              key: 'agg',
              title: t('indicators.aggregation'),
              render: (_, i) =>
                `${t(`indicators.unitAggregations.${i.unitAggregation!}`)}; ${t(`indicators.timeAggregations.${i.timeAggregation!}`)}`,
            },
          ]}
        />
      </QueryState>
    </>
  );
}
