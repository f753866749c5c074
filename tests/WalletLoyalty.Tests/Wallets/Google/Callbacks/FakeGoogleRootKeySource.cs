using WalletLoyalty.Wallets.Google.Callbacks;

namespace WalletLoyalty.Tests.Wallets.Google.Callbacks;

/// <summary>
/// Root keys held in memory: <see cref="GetKeysAsync"/> answers with the keys last taken, and
/// <see cref="RefreshAsync"/> takes whatever is published now, as a rotation would need.
/// </summary>
internal sealed class FakeGoogleRootKeySource : IGoogleRootKeySource
{
    private string _published;
    private IReadOnlyList<GoogleRootKey> _held;

    public FakeGoogleRootKeySource(string keysJson)
    {
        _published = keysJson;
        _held = GoogleRootKeysDocument.Parse(keysJson);
    }

    public int RefreshCount { get; private set; }

    public void Publish(string keysJson) => _published = keysJson;

    public Task<IReadOnlyList<GoogleRootKey>> GetKeysAsync(CancellationToken cancellationToken) => Task.FromResult(_held);

    public Task<IReadOnlyList<GoogleRootKey>> RefreshAsync(CancellationToken cancellationToken)
    {
        RefreshCount++;
        _held = GoogleRootKeysDocument.Parse(_published);
        return Task.FromResult(_held);
    }
}
