import {
  ApartmentOutlined,
  AreaChartOutlined,
  BookOutlined,
  CloudUploadOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { SessionUser } from '@loa/contracts';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { canAuthor, canManageUnits, canSeeCoverage, isAdmin } from '../../lib/roles';

type MenuItem = Required<MenuProps>['items'][number];

/** The sidebar: everyone sees the overview; units and imports for managers; accounts for admins. */
export function navItems(user: SessionUser | null, t: TFunction): MenuItem[] {
  return [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    { key: '/learning', icon: <BookOutlined />, label: t('nav.learning') },
    { key: '/certificates', icon: <SafetyCertificateOutlined />, label: t('nav.certificates') },
    ...(canSeeCoverage(user)
      ? [{ key: '/coverage', icon: <AreaChartOutlined />, label: t('nav.coverage') }]
      : []),
    ...(canManageUnits(user)
      ? [
          { key: '/training', icon: <FileDoneOutlined />, label: t('nav.training') },
          { key: '/reports', icon: <FileTextOutlined />, label: t('nav.reports') },
        ]
      : []),
    ...(canAuthor(user)
      ? [{ key: '/authoring', icon: <EditOutlined />, label: t('nav.authoring') }]
      : []),
    ...(canManageUnits(user)
      ? [
          { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
          { key: '/imports', icon: <CloudUploadOutlined />, label: t('nav.imports') },
        ]
      : []),
    ...(isAdmin(user)
      ? [
          { key: '/accounts', icon: <TeamOutlined />, label: t('nav.accounts') },
          { key: '/settings', icon: <SettingOutlined />, label: t('settings.nav') },
        ]
      : []),
  ];
}

/** The menu entry a path belongs to: `/units/X` and `/people/Y` light up "units". */
export function selectedNavKey(pathname: string): string {
  if (pathname.startsWith('/units') || pathname.startsWith('/people')) return '/units';
  if (pathname.startsWith('/imports')) return '/imports';
  if (pathname.startsWith('/accounts')) return '/accounts';
  if (pathname.startsWith('/settings')) return '/settings';
  for (const area of [
    '/learning',
    '/certificates',
    '/coverage',
    '/training',
    '/reports',
    '/authoring',
  ]) {
    if (pathname.startsWith(area)) return area;
  }
  return '/';
}
