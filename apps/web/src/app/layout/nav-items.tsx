import {
  ApartmentOutlined,
  CloudUploadOutlined,
  HomeOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { SessionUser } from '@loa/contracts';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { canManageUnits, isAdmin } from '../../lib/roles';

type MenuItem = Required<MenuProps>['items'][number];

/** The sidebar: everyone sees the overview; units and imports for managers; accounts for admins. */
export function navItems(user: SessionUser | null, t: TFunction): MenuItem[] {
  return [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...(canManageUnits(user)
      ? [
          { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
          { key: '/imports', icon: <CloudUploadOutlined />, label: t('nav.imports') },
        ]
      : []),
    ...(isAdmin(user)
      ? [{ key: '/accounts', icon: <TeamOutlined />, label: t('nav.accounts') }]
      : []),
  ];
}

/** The menu entry a path belongs to: `/units/X` and `/people/Y` light up "units". */
export function selectedNavKey(pathname: string): string {
  if (pathname.startsWith('/units') || pathname.startsWith('/people')) return '/units';
  if (pathname.startsWith('/imports')) return '/imports';
  if (pathname.startsWith('/accounts')) return '/accounts';
  return '/';
}
