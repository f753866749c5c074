using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>The Markdown section of the campaign benchmark.</summary>
public sealed record CampaignReport(MachineInfo Machine, int Members, IReadOnlyList<CampaignRunFigures> Runs, string? Server, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Campaign to a large audience (`campaign`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine(Invariant($"{Members:N0} members of the demo program (60 % with an Apple device registered, 30 % with a Google object, 20 % with an app token), no quiet hours, 10 % held out, batches of 1 000, outbox dispatcher off; a fresh database per row: SQLite in a temporary folder, {(Server is null ? "PostgreSQL " + StoreSetup.NotMeasured : Server + " (its seeded tables analysed, as autovacuum would)")}. One node: the runner called directly (what the Quartz job does). Two nodes: both schedulers on (Quartz clustered), the campaign scheduled {ScheduledCampaignRun.Lead.TotalSeconds:0}–{ScheduledCampaignRun.Lead.TotalSeconds + 1:0} s ahead through the first node, and the times from its trigger's time, watched in the database every {ScheduledCampaignRun.Poll.TotalMilliseconds:0} ms. A run still sending {RunLimit.Length.TotalSeconds:0} s after its selection is paused (the batch under way finishes), and its pace so far projected to the whole run."));
        text.AppendLine();
        text.AppendLine("| Campaign | Store | Audience | Count (`audience-count`) | Select into a run | Enqueue (CPU) | Outbox rows | Select + enqueue |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var withCoupon in new[] { false, true })
        {
            foreach (var setup in StoreSetup.All)
            {
                var kind = withCoupon ? "message and a coupon (coupon + coupon pass per treated member)" : "message only";
                text.AppendLine(Find(setup, withCoupon) is { } run
                    ? Invariant($"| {kind} | {setup.Name} | {run.Audience:N0} ({run.HoldOut:N0} held out) | {run.Count.TotalMilliseconds:N0} ms | {run.Select.TotalSeconds:0.00} s | {run.Enqueue.TotalSeconds:0.00} s ({run.EnqueueCpu.TotalSeconds:0.00} s) | {run.Messages:N0} | {Total(run)} |")
                    : $"| {kind} | {setup.Name} | {StoreSetup.NotMeasured} | – | – | – | – | – |");
            }
        }
        text.AppendLine();
        foreach (var run in Runs)
        {
            var met = run.Completed && run.SelectAndEnqueue <= CampaignBenchmark.Aim;
            var firing = run.Firing is { } f
                ? Invariant($"; fired {f.Delay.TotalMilliseconds:N0} ms after its time; its job seen executing on {(f.ExecutedOn.Count == 0 ? "no node (it ran between two looks)" : string.Join(" and ", f.ExecutedOn.Select(n => $"node {n + 1}")))} of {f.Nodes}")
                : "";
            var figures = run.Completed
                ? Invariant($"{run.SelectAndEnqueue.TotalSeconds:0.0} s, {Members / run.SelectAndEnqueue.TotalSeconds:N0} members/s")
                : Invariant($"paused {run.Enqueue.TotalSeconds:0} s after its selection of {run.Select.TotalSeconds:0} s; {Projection(run)}");
            text.AppendLine(Invariant($"- {(run.WithCoupon ? "With coupons" : "Message only")}, {run.Setup.Name}: **aim ≤ {CampaignBenchmark.Aim.TotalSeconds:0} s to select and enqueue {(met ? "met" : "not met")}** ({figures}); {run.Recipients.Describe()}{firing}."));
        }
        foreach (var setup in StoreSetup.All.Where(s => Runs.All(r => r.Setup != s)))
        {
            text.AppendLine(Invariant($"- {setup.Name}: {StoreSetup.NotMeasured}."));
        }
        return text.ToString();
    }

    private static string Total(CampaignRunFigures run) => run.Completed
        ? Invariant($"**{run.SelectAndEnqueue.TotalSeconds:0.00} s**")
        : Invariant($"paused at {run.SelectAndEnqueue.TotalSeconds:0} s, {run.Recipients.Done:N0} of {run.Recipients.Done + run.Recipients.Pending:N0} enqueued{(run.Projected is { } p ? $" (**≈ {p.TotalSeconds:N0} s** at that pace)" : "")}");

    private static string Projection(CampaignRunFigures run) => run.Projected is { } p
        ? Invariant($"at the pace of its {run.Recipients.Done:N0} enqueued members the whole run would take about {p.TotalSeconds:N0} s")
        : "nothing was enqueued";

    private CampaignRunFigures? Find(StoreSetup setup, bool withCoupon) => Runs.FirstOrDefault(r => r.Setup == setup && r.WithCoupon == withCoupon);

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
