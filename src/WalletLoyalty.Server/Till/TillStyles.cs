namespace WalletLoyalty.Server.Till;

/// <summary>The till's look: high contrast, large type and touch targets of at least 56 px, readable at arm's length.</summary>
public static class TillStyles
{
    public const string Css = """
        :root {
          --ink: #0f172a; --muted: #44515f; --line: #c3ccd6; --page: #e9edf2; --panel: #fff;
          --primary: #0a4fb5; --primary-dark: #083d8c; --danger: #a61b1b;
          --ok-ink: #0b5130; --ok-bg: #dff3e7; --ok-line: #2f8f5b;
          --error-ink: #8a1414; --error-bg: #fde8e8; --error-line: #d14343;
          --focus: #f5a524; --bar: #111a27;
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; min-height: 100vh; background: var(--page); color: var(--ink);
          font: 18px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
        h1, h2 { margin: 0; line-height: 1.2; }
        h1 { font-size: 28px; }
        h2 { font-size: 20px; }
        p { margin: 0; }
        .hint, small { color: var(--muted); }
        small { display: block; font-size: 15px; margin-top: 4px; }

        .bar { display: flex; align-items: center; gap: 16px; min-height: 64px; padding: 6px 20px; background: var(--bar); color: #fff; }
        .brand { display: flex; align-items: center; gap: 12px; font-weight: 700; font-size: 20px; }
        .brand img { height: 44px; width: auto; }
        .bar button { min-height: 48px; }
        .store { flex: 1; font-size: 18px; color: #d6dde6; }
        .store strong { color: #fff; }

        main { max-width: 1280px; margin: 0 auto; padding: 12px 20px; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 14px; padding: 18px 20px; }
        .sign-in { max-width: 34rem; margin: 40px auto; display: grid; gap: 16px; }
        .sign-in form { display: grid; gap: 10px; }

        label { font-weight: 600; }
        input:not([type=checkbox]) { width: 100%; min-height: 56px; padding: 10px 14px; font: inherit; font-size: 22px; color: var(--ink);
          background: #fff; border: 2px solid #8391a1; border-radius: 10px; }
        input:not([type=checkbox]):focus { border-color: var(--primary); }
        input[aria-invalid=true] { border-color: var(--error-line); background: #fff8f8; }
        button { min-height: 56px; min-width: 56px; padding: 0 22px; font: inherit; font-weight: 650; border-radius: 10px;
          border: 2px solid transparent; cursor: pointer; touch-action: manipulation; }
        button:disabled { cursor: not-allowed; opacity: .55; }
        .primary { background: var(--primary); color: #fff; }
        .primary:hover:enabled { background: var(--primary-dark); }
        .secondary { background: #fff; color: var(--primary); border-color: var(--primary); }
        .danger { background: var(--danger); color: #fff; }
        .quiet { background: transparent; color: var(--primary); border-color: var(--line); }
        .quiet.on-dark { color: #fff; border-color: #5b6878; }
        .wide { width: 100%; font-size: 20px; }
        :focus-visible { outline: 4px solid var(--focus); outline-offset: 2px; }
        input:focus-visible { outline-offset: 0; }
        form[aria-busy=true] button[type=submit] { cursor: progress; }

        .scan { display: grid; gap: 4px; }
        .scan-row { display: flex; gap: 10px; }
        .scan-row input { flex: 1; min-width: 0; min-height: 64px; font-size: 26px; letter-spacing: .02em;
          font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
        .scan-row button { min-height: 64px; font-size: 20px; }
        .camera { margin-top: 12px; display: grid; gap: 10px; justify-items: center; }
        .camera video { width: min(100%, 420px); aspect-ratio: 4 / 3; background: #000; border-radius: 10px; object-fit: cover; }

        .messages { min-height: 56px; margin: 8px 0; }
        .message { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 14px; min-height: 56px; padding: 10px 16px;
          border: 2px solid; border-left-width: 8px; border-radius: 10px; }
        .sign-in .message { flex-direction: column; }
        .message strong { font-size: 22px; }
        .message.ok { color: var(--ok-ink); background: var(--ok-bg); border-color: var(--ok-line); }
        .message.error { color: var(--error-ink); background: var(--error-bg); border-color: var(--error-line); }
        .message.info { color: var(--ink); background: #fff; border-color: var(--line); }
        .message:empty { min-height: 0; padding: 0; border: 0; }

        .idle { text-align: center; padding: 48px 20px; border-style: dashed; }
        .idle .big { font-size: 26px; font-weight: 700; margin-bottom: 8px; }

        .member { display: grid; gap: 12px; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
        .column { display: grid; gap: 12px; }
        .card { display: grid; grid-template-columns: 1fr auto; gap: 4px 16px; align-items: center; padding-top: 14px; padding-bottom: 14px;
          border-top: 8px solid var(--primary); }
        .card h2 { font-size: 28px; overflow-wrap: anywhere; }
        .who .name { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
        .who p { margin-top: 4px; color: var(--muted); }
        .number { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; color: var(--ink); letter-spacing: .04em; white-space: nowrap; }
        .tier { display: inline-block; padding: 2px 12px; border-radius: 999px; background: #1f2d3d; color: #fff;
          font-size: 15px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; }
        .points { text-align: right; line-height: 1; }
        .points span { display: block; font-size: 60px; font-weight: 800; font-variant-numeric: tabular-nums; }
        .points small { font-size: 16px; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; }
        .card .quiet { grid-column: 1 / -1; justify-self: start; min-height: 48px; margin-top: 4px; }

        .earn { display: grid; gap: 10px; }
        .earn form { display: grid; gap: 12px; }
        .fields { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; }
        #receipt { font-size: 20px; }
        .field { display: grid; gap: 6px; align-content: start; }
        .field small { margin: 0; }
        .money { position: relative; }
        .money span { position: absolute; left: 14px; top: 50%; transform: translateY(-50%); font-size: 22px; color: var(--muted); }
        .money input { padding-left: 38px; font-variant-numeric: tabular-nums; }

        .offers { display: grid; gap: 10px; }
        .offer-list { list-style: none; margin: 0 0 6px; padding: 0; display: grid; gap: 10px; }
        .offer { display: grid; grid-template-columns: 1fr auto; gap: 4px 12px; align-items: center; padding: 12px 14px;
          border: 2px solid var(--line); border-radius: 12px; }
        .offer strong { font-size: 19px; }
        .offer p { color: var(--muted); font-size: 16px; }
        .offer .why { grid-column: 1 / -1; color: var(--error-ink); font-size: 15px; font-weight: 600; }
        .offer.scanned { border-color: var(--primary); background: #eef4ff; }
        .offer.confirming { border-color: var(--danger); background: #fff7f7; }
        .offer .ask { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
        .offer .ask p { flex: 1 0 100%; color: var(--ink); font-weight: 600; font-size: 18px; }
        .offer .ask .confirm { flex: 1; }
        .empty { color: var(--muted); font-size: 16px; padding: 4px 0; }

        .refund { margin-top: 12px; padding: 0; }
        .refund summary { min-height: 56px; display: flex; align-items: center; padding: 0 20px; cursor: pointer; font-weight: 650; color: var(--muted); }
        .refund[open] summary { border-bottom: 1px solid var(--line); }
        .refund form { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 16px; padding: 16px 20px 18px; }
        .refund .field { flex: 1 1 14rem; }
        .check { display: flex; gap: 10px; align-items: center; flex: 2 1 18rem; min-height: 56px; font-weight: 500; }
        .check input { width: 28px; height: 28px; flex: none; accent-color: var(--primary); }

        @media (max-width: 760px) {
          body { font-size: 17px; }
          .bar { flex-wrap: wrap; padding: 8px 14px; }
          .store { order: 3; flex-basis: 100%; font-size: 16px; }
          .brand { flex: 1; }
          main { padding: 12px 12px 20px; }
          .scan-row { flex-wrap: wrap; }
          .scan-row input { flex-basis: 100%; }
          .scan-row button { flex: 1; }
          .member { grid-template-columns: minmax(0, 1fr); }
          .fields { grid-template-columns: 1fr; }
          .points span { font-size: 48px; }
        }
        """;
}
