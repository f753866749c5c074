using System.Globalization;

namespace WalletLoyalty.Surveys;

/// <summary>A member's answer: a score from 0 to 10, an optional comment, and the language the page was read in.</summary>
public sealed record SurveyAnswer(int Score, string? Comment, string Language)
{
    public const int MaxCommentLength = 1000;

    /// <summary>The answer the form's fields make, or the fields refused and why.</summary>
    public static (SurveyAnswer? Answer, Dictionary<string, string[]> Errors) Read(string? score, string? comment, string language)
    {
        var errors = new Dictionary<string, string[]>();
        if (!int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 10)
        {
            errors["score"] = ["is required: a whole number from 0 (not at all likely) to 10 (extremely likely)"];
        }
        var text = comment?.Trim();
        if (text is { Length: > MaxCommentLength } || (text?.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ?? false))
        {
            errors["comment"] = [$"must be at most {MaxCommentLength} printable characters"];
        }
        return errors.Count > 0 ? (null, errors) : (new SurveyAnswer(value, string.IsNullOrEmpty(text) ? null : text, language), errors);
    }
}
