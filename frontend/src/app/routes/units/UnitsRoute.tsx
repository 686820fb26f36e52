import { DatePicker, Input, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '@/components/QueryState';
import { formatDateVi, todayInVietnam } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import { useUnits } from '@/api/units/list-units';
import { UnitTree } from '@/features/units/components/UnitTree';

/** The union's hierarchy as of any date, with a diacritics-insensitive search. The date is kept in the URL. */
export function UnitsRoute() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayInVietnam();
  const [q, setQ] = useState('');
  const central = useUnits({ asOf, level: 'CENTRAL' });
  const found = useUnits({ asOf, q: q.trim() || undefined });
  const root = central.data?.items?.[0];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('nav.units')}
      </Typography.Title>
      <div className="toolbar">
        <label>
          <div>{t('units.asOf')}</div>
          <DatePicker
            value={dayjs(asOf)}
            format="DD/MM/YYYY"
            allowClear={false}
            aria-label={t('units.asOf')}
            onChange={(d) => d && setParams({ asOf: d.format('YYYY-MM-DD') })}
          />
        </label>
        <label>
          <div>{t('units.search')}</div>
          <Input.Search
            allowClear
            value={q}
            placeholder={t('units.searchPlaceholder')}
            aria-label={t('units.search')}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
      </div>
      {q.trim() ? (
        <QueryState loading={found.isLoading} error={found.error} empty={found.data?.total === 0}>
          <p>{t('units.found', { total: formatNumber(found.data?.total ?? 0, i18n.language), date: formatDateVi(asOf) })}</p>
          <List
            dataSource={found.data?.items ?? []}
            renderItem={(u) => (
              <List.Item>
                <List.Item.Meta title={<Link to={`/units/${u.id}`}>{u.name}</Link>} description={u.parent?.name} />
              </List.Item>
            )}
          />
        </QueryState>
      ) : (
        <QueryState loading={central.isLoading} error={central.error} empty={!root} retry={() => void central.refetch()}>
          {root && <UnitTree key={asOf + i18n.language} root={root} asOf={asOf} lng={i18n.language} />}
        </QueryState>
      )}
    </>
  );
}
