import { useState } from 'react';
import { UnitTree } from '@/features/units/components/UnitTree';
import { useUnits } from '@/features/units/api/list-units';
import { formatDateVi, todayInVietnam } from '@/lib/dates';

/**
 * Minimal first screen: the union's hierarchy as of a date, with name search. The full SPA
 * (Ant Design, i18n, data entry) is built on this skeleton.
 */
export function App() {
  const [asOf, setAsOf] = useState(todayInVietnam());
  const [q, setQ] = useState('');
  const central = useUnits({ asOf, level: 'CENTRAL' });
  const found = useUnits({ asOf, q: q.trim() || undefined });
  const root = central.data?.items?.[0];
  return (
    <main>
      <h1>Hội Liên hiệp Phụ nữ Việt Nam — Cơ cấu tổ chức</h1>
      <div className="toolbar">
        <label>
          Tại ngày{' '}
          <input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </label>
        <label>
          Tìm đơn vị <input type="search" value={q} placeholder="vd. ca mau" onChange={(e) => setQ(e.target.value)} />
        </label>
      </div>
      {q.trim() ? (
        <section aria-label="Kết quả tìm kiếm">
          <p>{found.data ? `${found.data.total?.toLocaleString('vi-VN')} đơn vị tại ngày ${formatDateVi(asOf)}` : 'Đang tìm…'}</p>
          <ul>
            {found.data?.items?.map((u) => (
              <li key={u.id}>
                {u.name} <span className="muted">— {u.parent?.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : root ? (
        <UnitTree key={asOf} root={root} asOf={asOf} />
      ) : (
        <p>{central.error ? central.error.message : 'Đang tải…'}</p>
      )}
      <footer>
        <a href="/q/swagger-ui">API (Swagger UI)</a>
      </footer>
    </main>
  );
}
