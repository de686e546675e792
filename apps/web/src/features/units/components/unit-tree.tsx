import type { UnitNode } from '@loa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Empty, Skeleton, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { unitChildrenQueryOptions } from '../api/unit-children';
import { useUnitRoots } from '../api/unit-roots';

interface UnitTreeProps {
  asOf: string;
  onOpen: (code: string) => void;
}

interface UnitTreeNode extends TreeDataNode {
  key: string;
  unit: UnitNode;
  children?: UnitTreeNode[];
}

const toNode = (unit: UnitNode): UnitTreeNode => ({
  key: unit.code,
  unit,
  title: unit.name,
  isLeaf: unit.childCount === 0,
});

function withChildren(
  nodes: UnitTreeNode[],
  key: string,
  children: UnitTreeNode[],
): UnitTreeNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children }
      : node.children
        ? { ...node, children: withChildren(node.children, key, children) }
        : node,
  );
}

/** The organisation tree as of a date: the roots first, each level loaded when opened. */
export function UnitTree({ asOf, onOpen }: UnitTreeProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roots = useUnitRoots(asOf);
  const [treeData, setTreeData] = useState<UnitTreeNode[]>([]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);

  useEffect(() => {
    setTreeData((roots.data ?? []).map(toNode));
    setExpandedKeys([]);
  }, [roots.data]);

  const loadData = async (node: UnitTreeNode) => {
    if (node.children) return;
    const children = await queryClient.fetchQuery(unitChildrenQueryOptions(node.key, asOf));
    setTreeData((current) => withChildren(current, node.key, children.map(toNode)));
  };

  if (roots.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (roots.isError) return <ErrorAlert error={roots.error} />;
  if (treeData.length === 0) return <Empty description={t('units.noUnits')} />;

  return (
    <Tree<UnitTreeNode>
      blockNode
      showLine
      treeData={treeData}
      loadData={loadData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys as string[])}
      selectedKeys={[]}
      onSelect={(_, info) => onOpen(info.node.key)}
      titleRender={(node) => (
        <span>
          {node.unit.name}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {node.unit.code}
            {node.unit.childCount > 0
              ? ` · ${t('units.childCount', { count: node.unit.childCount })}`
              : ''}
          </Typography.Text>
        </span>
      )}
    />
  );
}
