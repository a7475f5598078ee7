import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedPage } from './app/EmbedPage';
import { createQueryClient } from './app/providers';
import { parseEmbedUrl } from './state/embed-url';
import 'virtual:design-tokens.css';
import './app/styles.css';

// The embed page (embed.html): one chart, read from the address once (an embed's address
// never changes while it shows).
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <EmbedPage embed={parseEmbedUrl(window.location.search)} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
