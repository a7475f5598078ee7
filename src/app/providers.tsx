import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState, type ReactNode } from 'react';
import { App } from './App';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
  });
}

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** The whole app around `client`: what the browser hydrates and what the build renders. */
export function appTree(client: QueryClient): ReactNode {
  return (
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>
  );
}
