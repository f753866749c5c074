namespace WalletLoyalty.Wallets.Google.Callbacks;

/// <summary>
/// Checks a Google Wallet save or delete callback the way Google's ECv2SigningOnly scheme asks:
/// a current root key signed the intermediate key, the intermediate key has not expired, it signed
/// the message for this recipient, and the message has not expired. Only then is the message read.
/// </summary>
public sealed class GoogleCallbackVerifier(IGoogleRootKeySource rootKeys)
{
    /// <summary>
    /// Never throws on what the body holds. Throws only when no root keys can be had at all (the
    /// first fetch failed), so the caller can answer with a server error and Google retries.
    /// </summary>
    /// <param name="body">The POST body exactly as received.</param>
    /// <param name="recipientId">The issuer id, digits only, as in the class and object ids.</param>
    /// <param name="now">When the callback arrived; keys and the message must outlive it.</param>
    public async Task<CallbackVerification> VerifyAsync(string body, string recipientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(recipientId);

        if (!CallbackEnvelope.TryParse(body, out var envelope, out var problem))
        {
            return new CallbackVerification.Rejected(problem);
        }

        if (!await IsSignedByGoogleAsync(envelope, now, cancellationToken))
        {
            return new CallbackVerification.Rejected("the intermediate signing key is not signed by any current Google root key");
        }

        if (!IntermediateSigningKey.TryParse(envelope.SignedKey, out var intermediate, out problem))
        {
            return new CallbackVerification.Rejected(problem);
        }
        if (intermediate.ExpiresAt <= now)
        {
            return new CallbackVerification.Rejected($"the intermediate signing key expired at {intermediate.ExpiresAt:O}");
        }

        using var intermediateKey = P256Signature.ImportPublicKey(intermediate.SubjectPublicKeyInfo);
        if (intermediateKey is null)
        {
            return new CallbackVerification.Rejected("the intermediate signing key is not an EC P-256 public key");
        }
        var signed = SignedBytes.Join(GoogleCallbackProtocol.SenderId, recipientId, GoogleCallbackProtocol.Version, envelope.SignedMessage);
        if (!P256Signature.Verifies(intermediateKey, signed, envelope.Signature))
        {
            return new CallbackVerification.Rejected($"the message signature does not verify for recipient {recipientId}");
        }

        if (!GoogleCallbackMessage.TryParse(envelope.SignedMessage, out var message, out problem))
        {
            return new CallbackVerification.Rejected(problem);
        }
        if (message.ExpiresAt <= now)
        {
            return new CallbackVerification.Rejected($"the message expired at {message.ExpiresAt:O}");
        }

        return new CallbackVerification.Verified(message);
    }

    private async Task<bool> IsSignedByGoogleAsync(CallbackEnvelope envelope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var signed = SignedBytes.Join(GoogleCallbackProtocol.SenderId, GoogleCallbackProtocol.Version, envelope.SignedKey);
        if (AnyVerifies(await rootKeys.GetKeysAsync(cancellationToken), signed, envelope.SignedKeySignatures, now))
        {
            return true;
        }
        // Google may have rotated its root keys since they were fetched.
        return AnyVerifies(await rootKeys.RefreshAsync(cancellationToken), signed, envelope.SignedKeySignatures, now);
    }

    private static bool AnyVerifies(IReadOnlyList<GoogleRootKey> keys, byte[] signed, IReadOnlyList<byte[]> signatures, DateTimeOffset now)
    {
        foreach (var key in keys.Where(key => key.IsTrustedFor(GoogleCallbackProtocol.Version, now)))
        {
            using var publicKey = P256Signature.ImportPublicKey(key.SubjectPublicKeyInfo.Span);
            if (publicKey is not null && signatures.Any(signature => P256Signature.Verifies(publicKey, signed, signature)))
            {
                return true;
            }
        }
        return false;
    }
}
