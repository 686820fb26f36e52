import type { ReactNode } from 'react';

/**
 * A titled box of a dashboard, looking like Ant Design's small Card. Written here because antd's Card brings its
 * tabs with it (about 14 KB gzipped on the first screen) for a title and a border.
 */
export function Panel({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel">
      <div className="panel-head">
        <h2>{title}</h2>
        {extra}
      </div>
      <div className="panel-body">{children}</div>
    </section>
  );
}
