import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../../shared/contract/client.js';
import { App } from './app/App.js';
import { NoConnection } from './app/NoConnection.js';
import { RecoveryScreen } from './screens/recovery/RecoveryScreen.js';
import { ClientProvider, QueryClientProvider, createQueryClient } from './app/client.js';
import { initialLocale, setupI18n } from './i18n/setup.js';
import { selectTransport } from './transport/select.js';
import './styles.css';

async function start() {
  await setupI18n(initialLocale());
  const root = createRoot(document.getElementById('root')!);
  const transport = selectTransport();
  if (!transport) {
    root.render(<NoConnection />);
    return;
  }
  const client = createClient(transport);
  // A database that could not be opened gets its own screen before anything else tries to use it.
  // One that opened but was found damaged starts the app as usual: its banner offers recovery.
  const recovery = await client.call('recovery.status', {});
  if (recovery.ok && recovery.value.mode !== 'normal' && recovery.value.mode !== 'damaged') {
    root.render(<RecoveryScreen client={client} status={recovery.value} />);
    return;
  }
  const queryClient = createQueryClient();
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ClientProvider client={client}>
          <App />
        </ClientProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
