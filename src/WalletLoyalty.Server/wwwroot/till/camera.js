// Scanning with the device's camera. BarcodeDetector exists in Chrome on Android, ChromeOS and macOS;
// elsewhere the Camera button stays hidden.
import { t } from '../staff/texts.js';
import { el, focusScan } from './dom.js';
import { say } from './messages.js';
import { lookUp } from './scan.js';

let camera = null; // the open stream and its detector, while the camera runs

export async function wireCamera() {
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return;
  try {
    if (!(await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) return;
  } catch {
    return;
  }
  el('camera').addEventListener('click', startCamera);
  el('camera-stop').addEventListener('click', () => { stopCamera(); focusScan(); });
  el('camera').hidden = false;
}

async function startCamera() {
  if (camera) return;
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    const refused = error?.name === 'NotAllowedError';
    say('error', refused ? t('till.camera.refused') : t('till.camera.failed'),
      refused ? t('till.camera.refused-advice') : t('till.camera.failed-advice'));
    return;
  }
  camera = { stream, detector: new window.BarcodeDetector({ formats: ['qr_code'] }) };
  const video = el('camera-video');
  video.srcObject = stream;
  el('camera-view').hidden = false;
  video.play().catch(() => {});
  el('camera-stop').focus();
  readFrame();
}

async function readFrame() {
  const reading = camera;
  if (!reading) return;
  const video = el('camera-video');
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
    try {
      const [found] = await reading.detector.detect(video);
      if (found?.rawValue && camera === reading) {
        stopCamera();
        el('scan').value = found.rawValue.trim();
        lookUp(found.rawValue.trim());
        return;
      }
    } catch {
      // An unreadable frame; the next one may do.
    }
  }
  setTimeout(readFrame, 150);
}

export function stopCamera() {
  if (!camera) return;
  camera.stream.getTracks().forEach((track) => track.stop());
  camera = null;
  el('camera-video').srcObject = null;
  el('camera-view').hidden = true;
}
