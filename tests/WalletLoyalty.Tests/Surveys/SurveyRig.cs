using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Surveys;

/// <summary>The service on a fake clock, and shoppers who join the demo program and open the survey link on the back of their card.</summary>
public sealed class SurveyRig : IAsyncDisposable
{
    private SurveyRig(ServiceHost service, FakeTimeProvider clock)
    {
        Service = service;
        Clock = clock;
    }

    public ServiceHost Service { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<SurveyRig> StartAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var service = await ServiceHost.StartAsync(settings => settings["Push:DispatcherEnabled"] = "false",
            services: s => s.AddSingleton<TimeProvider>(clock));
        return new SurveyRig(service, clock);
    }

    /// <summary>Joins from the landing page; the card, its member's id, and the path of the survey link on its back.</summary>
    public async Task<(PkPassFile Card, long MemberId, string Path)> JoinAsync(string name = "Alex")
    {
        var card = await new AppleDevice(Service.Client).AddFromLandingPageAsync("/join/demo", name);
        var url = new Uri(card.Field("survey").GetProperty("value").GetString()!);
        Assert.Equal(Service.BaseAddress.Authority, url.Authority);
        var memberId = (await Service.QueryAsync<long>("SELECT member_id FROM passes WHERE serial_number = @serial", new { serial = card.SerialNumber })).Single();
        return (card, memberId, url.AbsolutePath);
    }

    public async Task<HttpResponseMessage> AnswerAsync(string path, string? score, string? comment = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (score is not null)
        {
            fields.Add(new("score", score));
        }
        if (comment is not null)
        {
            fields.Add(new("comment", comment));
        }
        return await Service.Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The quarter of the fake clock's date in Berlin, the demo program's zone.</summary>
    public string Quarter
    {
        get
        {
            var local = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
            return $"{local.Year}-Q{((local.Month - 1) / 3) + 1}";
        }
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();
}
