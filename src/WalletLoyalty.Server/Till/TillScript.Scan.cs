namespace WalletLoyalty.Server.Till;

public static partial class TillScript
{
    // A keyboard-wedge scanner "types" the code and presses Enter wherever the focus is, so the scan field keeps it
    // whenever the cashier is not typing somewhere else.
    private const string Scan = """

        function wireScan() {
          el('scan-form').addEventListener('submit', (event) => {
            event.preventDefault();
            const code = el('scan').value.trim();
            if (code) lookUp(code); else focusScan();
          });
          el('next-customer').addEventListener('click', () => {
            clearCard();
            clearMessages();
            focusScan();
          });
          document.addEventListener('keydown', sendStrayTypingToScan, true);
        }

        function sendStrayTypingToScan(event) {
          if (el('till').hidden || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
          const target = event.target;
          if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable) return;
          if (event.key === ' ' && target !== document.body) return; // space presses the focused button
          el('scan').focus();
        }

        async function lookUp(code) {
          await busy(el('scan-form'), async () => {
            try {
              const card = await fetchCard(code);
              el('scan').value = '';
              showCard(card, code);
              if (card.kind === 'coupon') {
                say('info', `Coupon scanned: ${card.coupon.title}`, `${card.member.name}'s coupon – redeem it below.`);
                el('coupons').querySelector('.scanned button')?.focus();
              } else {
                say('info', `Card found: ${card.member.name}`, `${formatPoints(card.member.points)} · ${card.member.tier}`);
                el('amount').focus();
              }
            } catch (problem) {
              if (!(problem instanceof Problem)) throw problem;
              if (problem.status === 404) {
                say('error', 'No card found', `Nothing matches “${code}”. Scan again, or type the 10-digit member number.`);
                el('scan').select();
              } else {
                showProblem(problem, 'Could not look up the card');
              }
            }
          });
        }

        // A scanned coupon comes with its holder but not their rewards and other coupons: those come from the member's card.
        async function fetchCard(code) {
          const card = await api('GET', `/api/v1/till/cards/${encodeURIComponent(code)}`);
          if (card.kind !== 'coupon') return card;
          const holder = await api('GET', `/api/v1/till/cards/${encodeURIComponent(card.member.number.replace(/\s/g, ''))}`);
          return { ...holder, kind: 'coupon', coupon: card.coupon };
        }

        // After a change, reload the card without touching the messages or the focus.
        async function refreshCard() {
          if (!state.code) return;
          try {
            showCard(await fetchCard(state.code), state.code);
          } catch (problem) {
            if (!(problem instanceof Problem)) throw problem;
          }
        }
        """;

    // BarcodeDetector exists in Chrome on Android, ChromeOS and macOS; elsewhere the button stays hidden.
    private const string Camera = """

        async function wireCamera() {
          if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return;
          try {
            if (!(await BarcodeDetector.getSupportedFormats()).includes('qr_code')) return;
          } catch {
            return;
          }
          el('camera').addEventListener('click', startCamera);
          el('camera-stop').addEventListener('click', () => { stopCamera(); focusScan(); });
          el('camera').hidden = false;
        }

        async function startCamera() {
          if (state.camera) return;
          let stream;
          try {
            stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
          } catch (error) {
            const refused = error?.name === 'NotAllowedError';
            say('error', refused ? 'The camera is not allowed' : 'The camera could not start',
              refused ? 'Allow the camera for this page in the browser, or use the scanner or type the code.' : 'Use the scanner or type the code instead.');
            return;
          }
          state.camera = { stream, detector: new BarcodeDetector({ formats: ['qr_code'] }) };
          const video = el('camera-video');
          video.srcObject = stream;
          el('camera-view').hidden = false;
          video.play().catch(() => {});
          el('camera-stop').focus();
          readFrame();
        }

        async function readFrame() {
          const camera = state.camera;
          if (!camera) return;
          const video = el('camera-video');
          if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
            try {
              const [found] = await camera.detector.detect(video);
              if (found?.rawValue && state.camera === camera) {
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

        function stopCamera() {
          if (!state.camera) return;
          state.camera.stream.getTracks().forEach((track) => track.stop());
          state.camera = null;
          el('camera-video').srcObject = null;
          el('camera-view').hidden = true;
        }
        """;
}
