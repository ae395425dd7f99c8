import { useMemo } from 'react';
import { qrModules, qrPath, QUIET_ZONE } from '../../../shared/feed/qr';

/** A QR code as SVG (sharp at any size and in print), with its quiet zone; `label` is what it says to a screen reader. */
export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const { extent, path } = useMemo(() => {
    const modules = qrModules(text);
    return { extent: modules.length + 2 * QUIET_ZONE, path: qrPath(modules) };
  }, [text]);
  return (
    <svg className="qr" role="img" aria-label={label} data-qr={text} width={size} height={size} viewBox={`0 0 ${extent} ${extent}`} shapeRendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
