using System.Text.Json;

namespace WalletLoyalty.Tests.Browser;

/// <summary>JavaScript evaluated in the page threw; the message is the JavaScript error's.</summary>
public sealed class JavaScriptException(string message) : Exception(message)
{
    /// <summary>The readable message of CDP exceptionDetails: the error's stack description when it has one.</summary>
    internal static string MessageOf(JsonElement exceptionDetails)
    {
        if (exceptionDetails.TryGetProperty("exception", out var thrown))
        {
            if (thrown.TryGetProperty("description", out var description))
            {
                return description.GetString()!;
            }

            if (thrown.TryGetProperty("value", out var value))
            {
                return value.ToString();
            }
        }

        return exceptionDetails.GetProperty("text").GetString()!;
    }
}
