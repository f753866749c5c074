namespace WalletLoyalty.Tests.Fakes;

/// <param name="ConnectionId">Kestrel's id of the TLS connection that carried the push.</param>
/// <param name="ClientCertificateThumbprint">SHA-1 thumbprint of the client certificate on that connection.</param>
public sealed record FakeApnsDelivery(
    string Token,
    string Topic,
    DateTimeOffset ReceivedAt,
    string ConnectionId,
    string ClientCertificateThumbprint);
