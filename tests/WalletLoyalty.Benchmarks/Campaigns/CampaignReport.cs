using System.Globalization;
using System.Text;
using WalletLoyalty.Benchmarks.Harness;

namespace WalletLoyalty.Benchmarks.Campaigns;

/// <summary>The Markdown section of the campaign benchmark.</summary>
public sealed record CampaignReport(MachineInfo Machine, int Members, IReadOnlyList<CampaignRunFigures> Runs, double? LoadBefore, double? LoadAfter)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("### Campaign to a large audience (`campaign`)").AppendLine();
        text.AppendLine(Invariant($"Measured {Machine.MeasuredAt:yyyy-MM-dd HH:mm} UTC on **{Machine.Cpu}**, {Machine.Cores} cores, {Machine.OperatingSystem}, {Machine.Runtime}; 1-minute load average {Load(LoadBefore)} before, {Load(LoadAfter)} after."));
        text.AppendLine(Invariant($"{Members:N0} members of the demo program (60 % with an Apple device registered, 30 % with a Google object, 20 % with an app token), no quiet hours, 10 % held out, batches of 1 000, the runner called directly (what the Quartz job does), outbox dispatcher off."));
        text.AppendLine();
        text.AppendLine("| Campaign | Audience | Count (`audience-count`) | Select into a run | Enqueue (CPU) | Outbox rows | Select + enqueue |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in Runs)
        {
            text.AppendLine(Invariant($"| {(run.WithCoupon ? "message and a coupon (coupon + coupon pass per treated member)" : "message only")} | {run.Audience:N0} ({run.HoldOut:N0} held out) | {run.Count.TotalMilliseconds:N0} ms | {run.Select.TotalSeconds:0.00} s | {run.Enqueue.TotalSeconds:0.00} s ({run.EnqueueCpu.TotalSeconds:0.00} s) | {run.Messages:N0} | **{run.SelectAndEnqueue.TotalSeconds:0.00} s** |"));
        }
        text.AppendLine();
        foreach (var run in Runs)
        {
            var met = run.SelectAndEnqueue <= CampaignBenchmark.Aim;
            text.AppendLine(Invariant($"- {(run.WithCoupon ? "With coupons" : "Message only")}: **aim ≤ {CampaignBenchmark.Aim.TotalSeconds:0} s to select and enqueue {(met ? "met" : "not met")}** ({run.SelectAndEnqueue.TotalSeconds:0.0} s, {Members / run.SelectAndEnqueue.TotalSeconds:N0} members/s)."));
        }
        return text.ToString();
    }

    private static string Load(double? value) => value is { } load ? load.ToString("0.0", CultureInfo.InvariantCulture) : "unknown";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
