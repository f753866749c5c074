using System.Text.RegularExpressions;

namespace WalletLoyalty.Tests.Hardening;

/// <summary>Values a careless or hostile client sends: wrong types, nulls, extreme numbers, odd text. None is a valid field value.</summary>
public static partial class MalformedValues
{
    /// <summary>JSON values (as raw JSON text) to put where a property should be.</summary>
    public static readonly string[] Json =
    [
        "null", "true", "false", "[]", "{}", "[null]", "[1,\"a\",null]", "{\"a\":{\"b\":[{}]}}",
        "-1", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "1e308", "-1e308", "1.5", "-0", "0.0000001",
        "123456789012345678901234567890", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0001b\\u001fc\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"\\u202e#evil\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"\\r\\nX-Injected: 1\"",
        "\"-1\"", "\"9223372036854775808\"", "\"1e308\"", "\"\\u00e9\\u4e2d\\ud83d\\ude00 \\u0000\"", "\"%00\"", "\"\\t\\n\"",
    ];

    /// <summary>The values of <see cref="Json"/> that are wrong for that type: no boolean for a boolean, no plain word for a string.</summary>
    public static IReadOnlyList<string> WrongFor(string type) => type switch
    {
        "boolean" => Json.Where(j => j is not ("true" or "false")).ToList(),
        "string" => Json.Where(j => !PlainWord().IsMatch(j)).ToList(),
        _ => Json,
    };

    [GeneratedRegex(@"^""[A-Za-z0-9][A-Za-z0-9_./#-]*""$")]
    private static partial Regex PlainWord();

    /// <summary>Raw text too long for any field: about 100 KB, or 70 characters for short limits.</summary>
    public static string Huge(Random random) => random.Next(2) == 0 ? "\"" + new string('é', 50_000) + "\"" : "\"" + new string('~', 70) + "\"";

    /// <summary>Values for a path segment or query value, already percent-encoded where that is the trick.</summary>
    public static readonly string[] Url =
    [
        "..%2f..%2fetc%2fpasswd", "%2e%2e", "..", "%00", "a%00b", "%0d%0aX-Injected:%201", "%20", "%ff", "%c0%af", "%ed%a0%80",
        "%f0%9f%98%80", "-1", "-9223372036854775808", "9223372036854775808", "99999999999999999999999999", "1e308", "NaN%21",
        "%3Cscript%3E", "%27%20OR%201%3D1", "%E2%80%AE", "%EF%BB%BF", "~%7E", "%25", "%2F", "%5C..%5C", "a;b=c", "null%00",
    ];

    public static string LongId(Random random) => new('9', random.Next(2) == 0 ? 300 : 5_000);

    /// <summary>Header values a client library still lets through (no CR/LF): control characters, extreme lengths.</summary>
    public static string Header(Random random) => random.Next(6) switch
    {
        0 => "a\u0001b",
        1 => "\u007f",
        2 => new string('k', 101),
        3 => new string('k', 20_000),
        4 => "\ttab",
        _ => "",
    };

    /// <summary>Bytes that are not UTF-8: overlong forms, stray continuation bytes, an encoded surrogate.</summary>
    public static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF, 0xFE], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];

    public static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=utf-16",
        "application/octet-stream", "application/problem+json", "", "*/*",
    ];
}
