using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// Fetches Google's root signing keys over HTTP and keeps them while the response's Cache-Control
/// max-age allows (an hour when it gives none), never past the first key's expiry. While it holds
/// keys it fetches at most once a minute, and when a fetch fails it keeps using the keys it has.
/// </summary>
public sealed class HttpGoogleRootKeySource : IGoogleRootKeySource, IDisposable
{
    /// <summary>The root keys for Wallet pass callbacks, as Google's callback guide gives them.</summary>
    public const string ProductionKeysUrl = "https://pay.google.com/gp/m/issuer/keys";

    /// <summary>No fetch follows another sooner than this while keys are held.</summary>
    public static readonly TimeSpan MinimumFetchInterval = TimeSpan.FromMinutes(1);

    /// <summary>How long keys are kept when the response has no max-age.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly HttpClient _http;
    private readonly Uri _keysUrl;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private Held? _held;

    public HttpGoogleRootKeySource(HttpClient http, Uri keysUrl, TimeProvider? time = null, ILogger<HttpGoogleRootKeySource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(keysUrl);
        _http = http;
        _keysUrl = keysUrl;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<HttpGoogleRootKeySource>.Instance;
    }

    public Task<IReadOnlyList<GoogleRootKey>> GetKeysAsync(CancellationToken cancellationToken)
    {
        var held = Volatile.Read(ref _held);
        return held is not null && _time.GetUtcNow() < held.FreshUntil
            ? Task.FromResult(held.Keys)
            : KeysAsync(refresh: false, cancellationToken);
    }

    public Task<IReadOnlyList<GoogleRootKey>> RefreshAsync(CancellationToken cancellationToken) =>
        KeysAsync(refresh: true, cancellationToken);

    public void Dispose() => _fetching.Dispose();

    private async Task<IReadOnlyList<GoogleRootKey>> KeysAsync(bool refresh, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            var held = _held;
            var now = _time.GetUtcNow();
            if (held is not null && ((!refresh && now < held.FreshUntil) || now - held.FetchedAt < MinimumFetchInterval))
            {
                return held.Keys;
            }

            try
            {
                var (keys, maxAge) = await FetchAsync(cancellationToken);
                Volatile.Write(ref _held, new Held(keys, now, FreshUntil(now, maxAge, keys)));
                return keys;
            }
            catch (Exception problem) when (held is not null && !cancellationToken.IsCancellationRequested
                && problem is HttpRequestException or InvalidDataException or OperationCanceledException)
            {
                _logger.LogWarning(problem, "Could not refresh Google's root keys from {KeysUrl}; keeping the keys fetched at {FetchedAt}", _keysUrl, held.FetchedAt);
                Volatile.Write(ref _held, held with { FetchedAt = now });
                return held.Keys;
            }
        }
        finally
        {
            _fetching.Release();
        }
    }

    private async Task<(IReadOnlyList<GoogleRootKey> Keys, TimeSpan? MaxAge)> FetchAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(_keysUrl, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        return (GoogleRootKeysDocument.Parse(json), response.Headers.CacheControl?.MaxAge);
    }

    private static DateTimeOffset FreshUntil(DateTimeOffset now, TimeSpan? maxAge, IReadOnlyList<GoogleRootKey> keys)
    {
        var until = now + (maxAge ?? DefaultLifetime);
        foreach (var key in keys)
        {
            if (key.ExpiresAt > now && key.ExpiresAt < until)
            {
                until = key.ExpiresAt;
            }
        }
        return until;
    }

    private sealed record Held(IReadOnlyList<GoogleRootKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset FreshUntil);
}
