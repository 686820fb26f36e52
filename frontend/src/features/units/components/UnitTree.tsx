import { Tree, type TreeDataNode } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { formatNumber } from '@/lib/format';
import { unitChildrenQuery } from '../api/list-unit-children';

type Unit = components['schemas']['Unit'];

function node(u: Unit, lng: string): TreeDataNode {
  const count = u.childCount ?? 0;
  return {
    key: u.id!,
    isLeaf: count === 0,
    title: (
      <span>
        <Link to={`/units/${u.id}`}>{u.name}</Link>
        {count > 0 && <span className="muted"> ({formatNumber(count, lng)})</span>}
      </span>
    ),
  };
}

/** The hierarchy as of a date: children are fetched when a node is opened. Remount it (key) when the date changes. */
export function UnitTree({ root, asOf, lng }: { root: Unit; asOf: string; lng: string }) {
  const client = useQueryClient();
  const [data, setData] = useState<TreeDataNode[]>([node(root, lng)]);

  async function loadData(parent: TreeDataNode) {
    const page = await client.fetchQuery(unitChildrenQuery(String(parent.key), asOf));
    const children = (page.items ?? []).map((u) => node(u, lng));
    setData((tree) => attach(tree, parent.key, children));
  }

  return <Tree treeData={data} loadData={loadData} defaultExpandedKeys={[root.id!]} showLine aria-label={root.name} />;
}

function attach(nodes: TreeDataNode[], key: React.Key, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((n) => (n.key === key ? { ...n, children } : n.children ? { ...n, children: attach(n.children, key, children) } : n));
}
