import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BRIDGE_GLOBAL, type Bridge } from '../../shared/api/contract';
import { ApiProvider } from './api/ApiContext';
import { clientFromBridge } from '../../shared/api/client';
import { httpBridge, sessionSecret } from './api/http-bridge';
import { webFiles } from './api/web-files';
import { App } from './app/App';
import './styles.css';

/**
 * The desktop's preload (or a browser test's stand-in) installs the bridge; served over http by
 * browser mode, the page builds it from the local server once the launch link has given it a session.
 */
async function findBridge(): Promise<Bridge | string> {
  const installed = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (installed) return installed;
  if (window.location.protocol !== 'http:') return 'Lịch Trực phải chạy trong ứng dụng (không tìm thấy cầu nối tới tiến trình chính).';
  const secret = await sessionSecret();
  if (secret) return httpBridge(secret);
  return 'Đường dẫn này đã được dùng hoặc đã hết hạn. Hãy mở đường dẫn mà lệnh "npm start" vừa in ra (chạy lại "npm start" để có đường dẫn mới). / This link was used or has expired: open the link "npm start" printed (run it again for a new one).';
}

const root = createRoot(document.getElementById('root')!);
void findBridge().then((bridge) => {
  if (typeof bridge === 'string') {
    root.render(<p className="fatal">{bridge}</p>);
    return;
  }
  root.render(
    <StrictMode>
      <ApiProvider client={clientFromBridge(bridge, bridge.files ?? webFiles)}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
});
