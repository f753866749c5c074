namespace WalletLoyalty.Server.Marketing;

public static partial class MarketingPageStyles
{
    private const string ListStyles = """
        .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 12px; margin-bottom: 16px; }
        .stat { display: grid; padding: 12px 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 12px; }
        .stat-value { font-size: 24px; font-weight: 750; font-variant-numeric: tabular-nums; }
        .stat-label { color: var(--muted); font-size: 13px; font-weight: 600; }
        .table-panel { padding: 0; overflow-x: auto; }
        table { width: 100%; border-collapse: collapse; }
        th { padding: 10px 16px; text-align: left; font-size: 12.5px; font-weight: 700; color: var(--muted); text-transform: uppercase;
          letter-spacing: .04em; border-bottom: 1px solid var(--line); background: #f8f9fb; white-space: nowrap; }
        th:first-child { border-top-left-radius: 12px; }
        th:last-child { border-top-right-radius: 12px; }
        td { padding: 12px 16px; border-bottom: 1px solid #e8ecf0; vertical-align: middle; }
        tbody tr:last-child td { border-bottom: 0; }
        tbody tr { cursor: pointer; }
        tbody tr:hover { background: #f6f9fe; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .name-cell a { color: var(--ink); font-weight: 650; text-decoration: none; font-size: 15.5px; }
        .name-cell a:hover { color: var(--primary); text-decoration: underline; }
        .sub { display: block; color: var(--muted); font-size: 13px; font-weight: 400; }
        .name-cell .sub { max-width: 34rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .name-cell .when-inline { white-space: normal; }
        td.when { color: #334155; font-size: 14px; }
        .when-inline { display: none !important; }
        .empty-state { text-align: center; padding: 48px 20px; display: grid; gap: 8px; justify-items: center; }
        .empty-state .big, .waiting .big { font-size: 20px; font-weight: 700; }
        .empty-state button { margin-top: 8px; }
        .empty { color: var(--muted); padding: 8px 0; }
        """;

    private const string EditorStyles = """
        .editor { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 16px; align-items: start; }
        .editor-main { display: grid; gap: 16px; }
        .editor-side { position: sticky; top: 72px; display: grid; gap: 16px; }
        .grid { display: grid; gap: 16px 18px; }
        .grid.three { grid-template-columns: repeat(3, minmax(0, 1fr)); }
        .grid.four { grid-template-columns: repeat(4, minmax(0, 1fr)); }
        .span-2 { grid-column: span 2; }
        .span-3 { grid-column: span 3; }
        .panel > .hint.small { margin: -6px 0 14px; }
        .panel > .field + .field, .panel > .field + fieldset { margin-top: 14px; }
        .insert { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 6px; }
        .insert .small { color: var(--muted); margin-right: 4px; }
        .token { min-height: 32px; padding: 0 10px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; font-weight: 600;
          color: var(--primary-dark); background: var(--primary-soft); border: 1px dashed #8fb1e6; border-radius: 6px; }
        .token:hover { background: #d8e6fb; }
        .segmented { display: flex; flex-wrap: wrap; gap: 0; border: 1px solid var(--line-strong); border-radius: 10px; overflow: hidden; width: fit-content; margin-bottom: 16px; }
        .segmented label { position: relative; display: flex; }
        .segmented input { position: absolute; opacity: 0; inset: 0; width: 100%; height: 100%; cursor: pointer; }
        .segmented span { display: flex; align-items: center; min-height: 42px; padding: 0 18px; font-weight: 600; color: #334155; border-right: 1px solid var(--line); }
        .segmented label:last-child span { border-right: 0; }
        .segmented input:checked + span { background: var(--primary); color: #fff; }
        .segmented input:focus-visible + span { outline: 3px solid var(--focus); outline-offset: -3px; }
        #time-zone-note { margin-top: 12px; }

        .audience-card { border-top: 4px solid var(--primary); }
        .count { display: grid; gap: 2px; }
        .count-number { font-size: 44px; font-weight: 800; line-height: 1.05; font-variant-numeric: tabular-nums; transition: opacity .2s; }
        .count[data-state=counting] .count-number { opacity: .4; }
        .count-label { font-weight: 600; }
        .count-detail { color: var(--muted); font-size: 13.5px; }
        .count-inline { display: none; padding: 2px 12px; border-radius: 999px; background: var(--primary-soft); color: var(--primary-dark);
          font-weight: 700; font-size: 14px; font-variant-numeric: tabular-nums; }
        .count-inline:empty { display: none !important; }
        .count-inline[data-state=counting] { opacity: .5; }
        .notification { display: grid; gap: 2px; padding: 12px 14px; border-radius: 16px; background: linear-gradient(180deg, #f3f4f6, #e7e9ee);
          box-shadow: inset 0 0 0 1px rgba(15, 23, 42, .06); font-size: 14px; }
        .n-head { display: flex; justify-content: space-between; font-size: 12px; color: #5b6675; text-transform: uppercase; letter-spacing: .03em; margin-bottom: 2px; }
        .n-app { font-weight: 700; }
        .notification strong, .notification p { overflow-wrap: anywhere; white-space: pre-line; }
        .placeholder-text { color: #8a94a1; font-style: italic; }
        mark.ph { background: #fff1b8; color: inherit; border-radius: 3px; padding: 0 2px; }
        .preview-card .hint { margin-top: 8px; }
        .side-actions { display: grid; gap: 10px; }
        .side-actions .primary { min-height: 48px; font-size: 16px; }
        .more-actions { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
        """;

    private const string ResultsStyles = """
        .waiting { margin-bottom: 16px; display: grid; gap: 4px; border-left: 6px solid var(--primary); }
        .progress-panel { margin-bottom: 16px; }
        .progress-text { color: var(--muted); font-variant-numeric: tabular-nums; }
        .progress { height: 14px; margin-top: 10px; border-radius: 999px; background: #e3e8ee; overflow: hidden; }
        .progress-fill { width: 0; height: 100%; border-radius: 999px; background: linear-gradient(90deg, var(--primary), #3b82f6); transition: width .6s ease; }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-bottom: 16px; }
        .kpi { display: grid; gap: 2px; padding: 14px 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 12px; }
        .kpi-label { font-size: 12.5px; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .kpi-value { font-size: 28px; font-weight: 800; font-variant-numeric: tabular-nums; line-height: 1.15; }
        .kpi-note { color: var(--muted); font-size: 13px; }
        .results-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; margin-bottom: 16px; align-items: start; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
        .legend li { display: flex; align-items: center; gap: 6px; }
        .key { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
        .key.sent { background: var(--sent); } .key.delivered { background: var(--delivered); }
        .key.failed { background: var(--failed); } .key.skipped { background: var(--skipped); }
        .channel-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 16px 28px; }
        .channel { margin: 0; min-width: 0; }
        .channel figcaption { display: grid; margin-bottom: 4px; }
        .channel figcaption span { color: var(--muted); font-size: 13px; }
        .reasons { min-height: 1.4em; margin-top: 2px; color: var(--muted); font-size: 12.5px; }
        svg.chart { display: block; overflow: visible; max-width: 100%; height: auto; }
        .baseline { stroke: var(--line-strong); stroke-width: 1; }
        .bar-label { font-size: 12px; fill: #475569; font-weight: 500; }
        .bar-value { font-size: 13px; fill: var(--ink); font-weight: 700; font-variant-numeric: tabular-nums; }
        .bar-note { font-weight: 500; fill: var(--muted); font-size: 12.5px; }
        .bar-track { fill: #eef1f5; }
        .sent .bar { fill: var(--sent); } .delivered .bar { fill: var(--delivered); } .failed .bar { fill: var(--failed); }
        .skipped .bar { fill: var(--skipped); } .treated .bar { fill: var(--primary); } .hold-out .bar { fill: var(--hold-out); }
        .purchase-chart { margin: 14px 0 12px; }
        .lift { font-size: 14px; }
        .lift .up { color: var(--ok-ink); } .lift .down { color: var(--error-ink); }
        .muted { color: var(--muted); }
        .summary { display: grid; grid-template-columns: 10rem minmax(0, 1fr); gap: 8px 16px; margin: 0; }
        .summary dt { color: var(--muted); font-weight: 600; font-size: 14px; }
        .summary dd { margin: 0; overflow-wrap: anywhere; }
        """;

    private const string Narrow = """
        @media (max-width: 1200px) {
          .editor { grid-template-columns: minmax(0, 1fr) 290px; }
          .grid.four { grid-template-columns: repeat(2, minmax(0, 1fr)); }
          .grid.four .span-3 { grid-column: 1 / -1; }
          .count-number { font-size: 38px; }
        }
        @media (max-width: 1100px) {
          .when { display: none; }
          .when-inline { display: block !important; }
          td, th { padding-left: 12px; padding-right: 12px; }
          .name-cell { max-width: 18rem; }
          .results-grid { grid-template-columns: minmax(0, 1fr); }
        }
        @media (max-width: 1000px) {
          .editor { grid-template-columns: minmax(0, 1fr); }
          .editor-side { position: static; grid-template-columns: 1fr 1fr; }
          .side-actions { grid-column: 1 / -1; grid-template-columns: 1fr 1fr; }
          .more-actions { grid-column: 1 / -1; }
          .count-inline { display: inline-block; }
        }
        @media (max-width: 760px) {
          main { padding: 12px 12px 32px; }
          .bar { flex-wrap: wrap; padding: 8px 14px; }
          .brand .section { display: none; }
          .grid.three, .grid.four, .editor-side, .side-actions { grid-template-columns: minmax(0, 1fr); }
          .span-2, .span-3 { grid-column: auto; }
          .summary { grid-template-columns: minmax(0, 1fr); }
        }
        """;
}
