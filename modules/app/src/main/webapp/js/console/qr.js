// QR codes drawn in the browser (ZXing's encoder, the same vendored library as the decoder), for
// what must not travel to the server again: a device credential's secret (docs/adr/0024).
async function zxing() {
  if (!globalThis.ZXing) await import('/vendor/zxing/index.min.js');
  return globalThis.ZXing;
}

/** A PNG data URL of text as a QR code, error correction M, quiet zone of 4 modules. */
export async function qrDataUrl(text, scale = 6) {
  const Z = await zxing();
  const hints = new Map([[Z.EncodeHintType.ERROR_CORRECTION, 'M'], [Z.EncodeHintType.MARGIN, 4]]);
  const matrix = new Z.QRCodeWriter().encode(text, Z.BarcodeFormat.QR_CODE, 0, 0, hints);
  const size = matrix.getWidth();
  const canvas = document.createElement('canvas');
  canvas.width = size * scale;
  canvas.height = size * scale;
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (matrix.get(x, y)) g.fillRect(x * scale, y * scale, scale, scale);
    }
  }
  return canvas.toDataURL('image/png');
}

/** The text of a device set-up QR: the scanner page reads it back with parseDeviceSetup. */
export function deviceSetupText(credentialId, secret) {
  return 'HCDEVICE1:' + credentialId + ':' + secret;
}

/** { credentialId, secret } from a device set-up QR's text, or null if it is not one. */
export function parseDeviceSetup(text) {
  const m = /^HCDEVICE1:([^:\s]+):(\S+)$/.exec(text || '');
  return m ? { credentialId: m[1], secret: m[2] } : null;
}
