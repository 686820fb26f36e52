import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError, screenLoaded } from './routes/RouteError';

/** A screen loaded as its own chunk when first visited, with its own error element (the menu stays usable). */
function screen(path: string | undefined, load: () => Promise<ComponentType>): RouteObject {
  return {
    ...(path === undefined ? { index: true } : { path }),
    errorElement: <RouteError />,
    lazy: async () => {
      const Component = await load();
      screenLoaded();
      return { Component };
    },
  } as RouteObject;
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      screen(undefined, async () => (await import('./routes/home/HomeRoute')).HomeRoute),
      screen('units', async () => (await import('./routes/units/UnitsRoute')).UnitsRoute),
      screen('units/:id', async () => (await import('./routes/units/UnitRoute')).UnitRoute),
      screen('activities', async () => (await import('./routes/activities/ActivitiesRoute')).ActivitiesRoute),
      screen('activities/:id', async () => (await import('./routes/activities/ActivityRoute')).ActivityRoute),
      screen('activities/new', async () => (await import('./routes/activities/NewActivityRoute')).NewActivityRoute),
      screen('entry', async () => (await import('./routes/values/DataEntryRoute')).DataEntryRoute),
      screen('targets', async () => (await import('./routes/values/TargetsRoute')).TargetsRoute),
      screen('achievement', async () => (await import('./routes/indicators/AchievementRoute')).AchievementRoute),
      screen('indicators', async () => (await import('./routes/indicators/IndicatorsRoute')).IndicatorsRoute),
      screen('reports', async () => (await import('./routes/reports/ReportsRoute')).ReportsRoute),
      screen('programmes', async () => (await import('./routes/programmes/ProgrammesRoute')).ProgrammesRoute),
      screen('admin', async () => (await import('./routes/admin/AdminRoute')).AdminRoute),
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
