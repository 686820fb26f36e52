import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';

/** Every screen is its own chunk, loaded when first visited. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('@/features/home/routes/HomeRoute')).HomeRoute }) },
      { path: 'units', lazy: async () => ({ Component: (await import('@/features/units/routes/UnitsRoute')).UnitsRoute }) },
      { path: 'units/:id', lazy: async () => ({ Component: (await import('@/features/units/routes/UnitRoute')).UnitRoute }) },
      { path: 'activities', lazy: async () => ({ Component: (await import('@/features/activities/routes/ActivitiesRoute')).ActivitiesRoute }) },
      { path: 'activities/:id', lazy: async () => ({ Component: (await import('@/features/activities/routes/ActivityRoute')).ActivityRoute }) },
      { path: 'activities/new', lazy: async () => ({ Component: (await import('@/features/activities/routes/NewActivityRoute')).NewActivityRoute }) },
      { path: 'entry', lazy: async () => ({ Component: (await import('@/features/values/routes/DataEntryRoute')).DataEntryRoute }) },
      { path: 'targets', lazy: async () => ({ Component: (await import('@/features/values/routes/TargetsRoute')).TargetsRoute }) },
      { path: 'achievement', lazy: async () => ({ Component: (await import('@/features/indicators/routes/AchievementRoute')).AchievementRoute }) },
      { path: 'indicators', lazy: async () => ({ Component: (await import('@/features/indicators/routes/IndicatorsRoute')).IndicatorsRoute }) },
      { path: 'reports', lazy: async () => ({ Component: (await import('@/features/reports/routes/ReportsRoute')).ReportsRoute }) },
      { path: 'programmes', lazy: async () => ({ Component: (await import('@/features/programmes/routes/ProgrammesRoute')).ProgrammesRoute }) },
      { path: 'admin', lazy: async () => ({ Component: (await import('@/features/admin/routes/AdminRoute')).AdminRoute }) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
