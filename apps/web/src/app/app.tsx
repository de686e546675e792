import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { refreshSession } from '../lib/api-client';
import { Providers } from './providers';
import { router } from './router';

/** On page load the session is restored from the refresh cookie (the access token is never stored). */
export function App() {
  useEffect(() => {
    void refreshSession();
  }, []);
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
