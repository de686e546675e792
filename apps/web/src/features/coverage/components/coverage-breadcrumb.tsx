import type { UnitRef } from '@loa/contracts';
import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnitPath } from '../api/coverage-context';

interface BreadcrumbProps {
  unitCode: string;
  asOf: string;
  /** The caller's top units: the trail starts at the first of them on the path. */
  rootCodes: string[];
  onOpen: (code: string) => void;
}

/** The way down from the caller's top unit to this one; every step above is a link back up. */
export function CoverageBreadcrumb({ unitCode, asOf, rootCodes, onOpen }: BreadcrumbProps) {
  const { t } = useTranslation();
  const detail = useUnitPath(unitCode, asOf);
  if (!detail.data) return null;
  const trail: UnitRef[] = [...detail.data.path, detail.data];
  const start = trail.findIndex((unit) => rootCodes.includes(unit.code));
  const visible = start >= 0 ? trail.slice(start) : [detail.data];
  return (
    <Breadcrumb
      aria-label={t('coverage.breadcrumb')}
      style={{ marginBottom: 12 }}
      items={visible.map((unit, index) =>
        index === visible.length - 1
          ? { key: unit.code, title: unit.name }
          : {
              key: unit.code,
              title: (
                <a
                  href={`#${unit.code}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(unit.code);
                  }}
                >
                  {unit.name}
                </a>
              ),
            },
      )}
    />
  );
}
