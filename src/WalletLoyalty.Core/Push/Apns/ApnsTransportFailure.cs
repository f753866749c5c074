using System.Security.Authentication;

namespace WalletLoyalty.Push.Apns;

/// <summary>Classifies failures where no APNs response arrived.</summary>
internal static class ApnsTransportFailure
{
    public static ApnsResult Classify(Exception exception)
    {
        // A certificate problem (ours refused, or theirs untrusted) will not fix itself on retry.
        if (FindInChain<AuthenticationException>(exception) is { } authentication)
        {
            return new ApnsResult(
                ApnsOutcome.Failed, null, $"TlsAuthenticationFailed: {authentication.Message}", null);
        }

        return new ApnsResult(ApnsOutcome.Retry, null, $"TransportError: {exception.Message}", null);
    }

    public static ApnsResult Timeout() =>
        new(ApnsOutcome.Retry, null, "Timeout", null);

    private static T? FindInChain<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T match)
            {
                return match;
            }
        }

        return null;
    }
}
