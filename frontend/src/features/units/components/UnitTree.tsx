import { useState } from 'react';
import type { components } from '@/api/schema';
import { useUnitChildren } from '../api/list-unit-children';

type Unit = components['schemas']['Unit'];

/** A lazily loaded tree: children are fetched when a node is opened, as of the chosen date. */
export function UnitTree({ root, asOf }: { root: Unit; asOf: string }) {
  return (
    <ul className="tree" role="tree">
      <UnitNode unit={root} asOf={asOf} initiallyOpen />
    </ul>
  );
}

function UnitNode({ unit, asOf, initiallyOpen = false }: { unit: Unit; asOf: string; initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const hasChildren = (unit.childCount ?? 0) > 0;
  const children = useUnitChildren(unit.id!, asOf, open && hasChildren);
  return (
    <li role="treeitem" aria-expanded={hasChildren ? open : undefined}>
      <button type="button" className="node" onClick={() => setOpen(!open)} disabled={!hasChildren}>
        {hasChildren ? (open ? '▾' : '▸') : '•'} {unit.name}
        {hasChildren && <span className="count"> ({unit.childCount?.toLocaleString('vi-VN')})</span>}
      </button>
      {open && children.isLoading && <div className="muted">Đang tải…</div>}
      {open && children.error && <div className="error">{children.error.message}</div>}
      {open && children.data && (
        <ul role="group">
          {children.data.items?.map((child) => <UnitNode key={child.id} unit={child} asOf={asOf} />)}
        </ul>
      )}
    </li>
  );
}
