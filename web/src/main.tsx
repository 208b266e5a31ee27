import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createQueryClient } from './api/query-client';
import { PageLoading } from './components/PageState';
import { preloadPage, routes } from './app/routes';
import { LocaleProvider } from './i18n/LocaleProvider';

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);
preloadPage(window.location.pathname, queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <Suspense fallback={<PageLoading />}>
          <RouterProvider router={router} />
        </Suspense>
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
