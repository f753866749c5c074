namespace WalletLoyalty.Server.Marketing;

/// <summary>The dashboard's look: a desk screen of 1366 × 768 and wider, still usable on a tablet (targets of 44 px).</summary>
public static partial class MarketingPageStyles
{
    public const string Css = Base + Controls + ListStyles + EditorStyles + ResultsStyles + Narrow;

    private const string Base = """
        :root {
          --ink: #0f172a; --muted: #526070; --line: #d5dce4; --line-strong: #9aa7b5; --page: #eef1f5; --panel: #fff;
          --primary: #0a4fb5; --primary-dark: #083d8c; --primary-soft: #e8f0fd; --danger: #a61b1b;
          --ok-ink: #0b5130; --ok-bg: #e3f4ea; --ok-line: #2f8f5b;
          --error-ink: #8a1414; --error-bg: #fdecec; --error-line: #d14343;
          --focus: #f5a524; --bar: #111a27;
          --sent: #0a4fb5; --delivered: #1f8a4c; --failed: #c73636; --skipped: #9aa5b1; --hold-out: #8b96a3;
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; min-height: 100vh; background: var(--page); color: var(--ink);
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
        h1, h2, h3 { margin: 0; line-height: 1.25; }
        h1 { font-size: 24px; }
        h1[tabindex]:focus { outline: none; }
        h2 { font-size: 16px; }
        p { margin: 0; }
        .hint, small { color: var(--muted); }
        small, .small { display: block; font-size: 13px; }
        .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .skip { position: absolute; left: 12px; top: -60px; z-index: 10; padding: 10px 16px; background: #fff; color: var(--primary); border-radius: 8px; }
        .skip:focus { top: 10px; }
        .code, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; }

        .bar { position: sticky; top: 0; z-index: 5; display: flex; align-items: center; gap: 20px; min-height: 56px; padding: 6px 24px;
          background: var(--bar); color: #fff; }
        .brand { flex: 1; display: flex; align-items: center; gap: 12px; font-weight: 700; font-size: 17px; }
        .brand img { height: 36px; width: auto; }
        .brand .section { padding-left: 12px; border-left: 1px solid #3b4757; color: #c7d0db; font-weight: 600; }
        .program-switch { display: flex; align-items: center; gap: 8px; color: #c7d0db; font-size: 14px; }
        .program-switch select { min-height: 38px; background: #1d2a3b; color: #fff; border-color: #3b4757; }
        .bar button { min-height: 40px; }

        main { max-width: 1360px; margin: 0 auto; padding: 16px 24px 40px; outline: none; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 18px 20px; }
        .panel > h2, .panel-head { margin-bottom: 12px; }
        .panel-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 16px; }
        .panel-head h2 { margin: 0; }
        .panel-head:has(+ [hidden]) { margin-bottom: 0; }
        .sign-in { max-width: 30rem; margin: 56px auto; display: grid; gap: 14px; padding: 28px; }
        .sign-in form { display: grid; gap: 14px; }
        .sign-in .message { flex-direction: column; }

        .messages { margin-bottom: 4px; }
        .message { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 12px; margin-bottom: 12px; padding: 10px 16px;
          border: 1px solid; border-left-width: 6px; border-radius: 10px; }
        .message strong { font-size: 16px; }
        .message.ok { color: var(--ok-ink); background: var(--ok-bg); border-color: var(--ok-line); }
        .message.error { color: var(--error-ink); background: var(--error-bg); border-color: var(--error-line); }
        .message:empty { display: none; }

        .view-head { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: 12px 24px; margin: 4px 0 16px; }
        .view-head .hint { margin-top: 2px; }
        .back { display: inline-flex; align-items: center; gap: 6px; min-height: 28px; margin-bottom: 2px; color: var(--primary); font-weight: 600;
          text-decoration: none; font-size: 14px; }
        .back::before { content: "←"; }
        .back:hover { text-decoration: underline; }
        .title-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
        .actions { display: flex; flex-wrap: wrap; gap: 8px; }

        .chip { display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px; border-radius: 999px; font-size: 12.5px; font-weight: 700;
          letter-spacing: .02em; white-space: nowrap; border: 1px solid transparent; }
        .chip::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: currentColor; }
        .status-draft { background: #eef1f5; color: #3d4a59; border-color: #cfd6de; }
        .status-scheduled { background: #e8f0fd; color: #0a4fb5; }
        .status-sending { background: #fff4dc; color: #8a5300; }
        .status-sending::before { animation: pulse 1.2s ease-in-out infinite; }
        .status-paused { background: #fdf0e6; color: #9a4a0b; }
        .status-completed { background: var(--ok-bg); color: var(--ok-ink); }
        .status-cancelled { background: #eceef1; color: #5d6875; }
        .status-missed { background: var(--error-bg); color: var(--error-ink); }
        @keyframes pulse { 50% { opacity: .25; } }
        @media (prefers-reduced-motion: reduce) { .status-sending::before { animation: none; } }
        """;

    private const string Controls = """
        label, legend { font-weight: 600; font-size: 14px; }
        .small-label { font-weight: 500; color: var(--muted); font-size: 13px; }
        input:not([type=checkbox]):not([type=radio]):not([type=range]), select, textarea {
          width: 100%; min-height: 42px; padding: 8px 12px; font: inherit; color: var(--ink); background: #fff;
          border: 1px solid var(--line-strong); border-radius: 8px; }
        textarea { resize: vertical; min-height: 84px; }
        input:focus, select:focus, textarea:focus { border-color: var(--primary); }
        [aria-invalid=true] { border-color: var(--error-line) !important; background: #fff8f8 !important; }
        input[type=range] { width: 100%; height: 42px; accent-color: var(--primary); }
        input[type=checkbox], input[type=radio] { width: 18px; height: 18px; margin: 0; accent-color: var(--primary); }
        button { min-height: 42px; padding: 0 18px; font: inherit; font-weight: 650; border-radius: 8px; border: 1px solid transparent;
          cursor: pointer; touch-action: manipulation; white-space: nowrap; }
        button:disabled { cursor: not-allowed; opacity: .55; }
        [aria-busy=true] button { cursor: progress; }
        .primary { background: var(--primary); color: #fff; }
        .primary:hover:enabled { background: var(--primary-dark); }
        .secondary { background: #fff; color: var(--primary); border-color: var(--primary); }
        .secondary:hover:enabled { background: var(--primary-soft); }
        .danger { background: var(--danger); color: #fff; }
        .quiet { background: #fff; color: var(--primary); border-color: var(--line); }
        .quiet.on-dark { background: transparent; }
        .quiet:hover:enabled { background: #f4f6f9; }
        .quiet.on-dark { color: #fff; border-color: #4b5869; }
        .quiet.on-dark:hover:enabled { background: #1d2a3b; }
        .danger-text { color: var(--danger); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        input:focus-visible, select:focus-visible, textarea:focus-visible { outline-offset: 0; }

        .field { display: grid; gap: 5px; align-content: start; min-width: 0; }
        .field small { margin: 0; }
        .field-error { color: var(--error-ink); font-size: 13px; font-weight: 600; margin-top: 4px; }
        .field-warning { color: #8a5300; font-size: 13px; font-weight: 600; }
        .label-row { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; }
        .counter { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
        fieldset.group { margin: 0; padding: 0; border: 0; min-width: 0; display: grid; gap: 6px; align-content: start; }
        fieldset.group legend { padding: 0; margin-bottom: 6px; }
        .choices { display: flex; flex-wrap: wrap; gap: 8px; }
        .chip-check { display: inline-flex; align-items: center; gap: 8px; min-height: 42px; padding: 0 14px; border: 1px solid var(--line-strong);
          border-radius: 999px; font-weight: 500; cursor: pointer; background: #fff; }
        .chip-check:has(input:checked) { border-color: var(--primary); background: var(--primary-soft); color: var(--primary-dark); font-weight: 600; }
        .chip-check:has(input:focus-visible) { outline: 3px solid var(--focus); outline-offset: 2px; }
        .chip-check input:focus-visible { outline: none; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
        .suffix { position: relative; }
        .suffix input { padding-right: 52px !important; }
        .suffix span { position: absolute; right: 12px; top: 50%; transform: translateY(-50%); color: var(--muted); font-size: 14px; pointer-events: none; }
        .switch { display: inline-flex; align-items: center; gap: 10px; min-height: 42px; font-weight: 600; cursor: pointer; }

        dialog { width: min(34rem, calc(100vw - 32px)); padding: 24px; border: 0; border-radius: 14px; color: var(--ink);
          box-shadow: 0 24px 60px rgba(15, 23, 42, .35); }
        dialog::backdrop { background: rgba(15, 23, 42, .5); }
        dialog h2 { font-size: 20px; margin-bottom: 8px; overflow-wrap: anywhere; }
        .facts { margin: 14px 0 0; padding: 12px 16px 12px 32px; background: #f4f6f9; border-radius: 10px; display: grid; gap: 4px; }
        .dialog-actions { display: flex; justify-content: flex-end; gap: 10px; margin-top: 22px; }
        """;
}
