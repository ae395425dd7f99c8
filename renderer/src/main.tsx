import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BRIDGE_GLOBAL, type Bridge } from '../../shared/api/contract';
import { ApiProvider } from './api/ApiContext';
import { clientFromBridge } from '../../shared/api/client';
import { App } from './app/App';
import './styles.css';

// The only place that reads the global the preload (or a test's stand-in) installed.
const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
const root = createRoot(document.getElementById('root')!);
if (!bridge) {
  root.render(<p className="fatal">Lịch Trực phải chạy trong ứng dụng (không tìm thấy cầu nối tới tiến trình chính).</p>);
} else {
  root.render(
    <StrictMode>
      <ApiProvider client={clientFromBridge(bridge)}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
}
