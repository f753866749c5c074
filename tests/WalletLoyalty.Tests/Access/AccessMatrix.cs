using WalletLoyalty.Tests.Support;

namespace WalletLoyalty.Tests.Access;

/// <summary>
/// Who may call what: every route the service maps, with the answer each caller gets. A route missing here fails
/// <see cref="AccessMatrixTests"/>, so whoever adds an endpoint decides who may call it.
/// </summary>
public static class AccessMatrix
{
    /// <summary>The callers of the columns, in order; the last three only for routes that take a pass token.</summary>
    public static readonly Caller[] Columns =
    [
        Caller.NoKey, Caller.WrongKey, Caller.Cashier, Caller.CashierOfAnotherStore, Caller.CashierOfAnotherProgram,
        Caller.Marketer, Caller.MarketerOfAnotherProgram, Caller.Admin, Caller.ThisPass, Caller.AnotherPass, Caller.CouponPass,
    ];

    /// <summary>The row for every file MapStaticAssets serves.</summary>
    public const string StaticAssets = "GET static assets";

    // ok    let in: anything but 401, 403, 404 (a 400 or 409 about the body or the state is fine)
    // open  let in where the route itself answers 404 for everyone (Google Wallet is off in this service)
    // 400, 401, 403, 404  refused with exactly that status
    //
    // Columns: no key, wrong key; cashier of this store, of another store of this program, of another program;
    // marketer of this program, of another program; admin; then this member's store card, another member's store
    // card, this member's coupon pass. "This" is the program demo, its store maple-street and the member Alex.
    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>
    {
        //                                                            none wrong cash c.st c.pr mark m.pr admin | this other coupon
        // Shoppers, Wallet's own calls, probes and files: open to all on purpose.
        [StaticAssets]                                             = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /{**path}"]                                          = "open open  open open open open open open",
        ["HEAD /{**path}"]                                         = "open open  open open open open open open",
        ["GET /health"]                                            = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["* /health/ready"]                                        = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["* /metrics"]                                             = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /openapi/{documentName}.json"]                       = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /scalar/{documentName}"]                             = "ok   ok    ok   ok   ok   ok   ok   ok", // Development only
        ["GET /scalar/scalar.js"]                                  = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /scalar/scalar.aspnetcore.js"]                       = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /scalar/favicon.svg"]                                = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /programs/{program}/theme.css"]                      = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /programs/{program}/{folder}/{file}"]                = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /till"]                                              = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /marketing"]                                         = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /join/{program}"]                                    = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /join/{program}/apple"]                              = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /join/{program}/google"]                             = "open open  open open open open open open",
        ["GET /join/{program}/card/{link}"]                        = "open open  open open open open open open", // a personal link; none by that name
        ["GET /members/consent/{serial}/{key}"]                    = "open open  open open open open open open", // the link is the key; a wrong key finds nothing
        ["POST /members/consent/{serial}/{key}"]                   = "open open  open open open open open open",
        ["GET /members/survey/{serial}/{key}"]                     = "open open  open open open open open open", // the link is the key, as the consent page's
        ["POST /members/survey/{serial}/{key}"]                    = "open open  open open open open open open",
        ["GET /members/referral/{serial}/{key}"]                   = "open open  open open open open open open", // the link is the key, as the consent page's
        ["GET /join/{program}/coupons"]                            = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /join/{program}/coupons/apple"]                      = "open open  open open open open open open", // no code: none by that name
        ["GET /join/{program}/coupons/google"]                     = "open open  open open open open open open",
        ["GET /coupons/{code}/apple"]                              = "ok   ok    ok   ok   ok   ok   ok   ok",
        ["GET /coupons/{code}/google"]                             = "open open  open open open open open open",
        ["POST /google/callbacks"]                                 = "open open  open open open open open open",
        ["GET /apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}"] = "ok ok ok ok ok ok ok ok",
        ["POST /apple/v1/log"]                                     = "ok   ok    ok   ok   ok   ok   ok   ok",

        // Wallet and the brand's app act for a pass: only that pass's token, and for the app only a store card's.
        ["POST /apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}"]
                                                                   = "401  401   401  401  401  401  401  401 | ok  401  401",
        ["DELETE /apple/v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}"]
                                                                   = "401  401   401  401  401  401  401  401 | ok  401  401",
        ["GET /apple/v1/passes/{passTypeIdentifier}/{serialNumber}"]  = "401  401   401  401  401  401  401  401 | ok  401  401",
        ["HEAD /apple/v1/passes/{passTypeIdentifier}/{serialNumber}"] = "401  401   401  401  401  401  401  401 | ok  401  401",
        ["POST /api/v1/members/{memberId}/devices"]                = "401  401   401  401  401  401  401  401 | ok  401  401",
        ["POST /api/v1/members/{memberId}/location"]               = "401  401   401  401  401  401  401  401 | ok  401  401",

        // The till: cashiers, within their program; a refund only at the store that credited the purchase.
        ["GET /api/v1/till/me"]                                    = "401  401   ok   ok   ok   403  403  403",
        ["GET /api/v1/till/cards/{code}"]                          = "401  401   ok   ok   404  403  403  403",
        ["GET /api/v1/till/members"]                               = "401  401   ok   ok   ok   403  403  403", // by phone, in the key's program
        ["POST /api/v1/till/earn"]                                 = "401  401   ok   ok   404  403  403  403",
        ["POST /api/v1/till/redeem"]                               = "401  401   ok   ok   404  403  403  403",
        ["POST /api/v1/till/reverse"]                              = "401  401   ok   404  404  403  403  403",

        // Marketing: marketers within their program, admins everywhere; another program's things look absent.
        ["GET /api/v1/programs"]                                   = "401  401   403  403  403  ok   ok   ok",
        ["GET /api/v1/programs/{program}/flyer-qr"]                = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/installs"]                = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/kpis"]                    = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/kpis/trends"]             = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/kpis/cohorts"]            = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/kpis/stores"]             = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/surveys/answers"]         = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/coupon-offers"]           = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/coupon-offers/{offer}/codes"] = "401 401 403 403  403  open 404  open", // the demo's offer has no pattern
        ["GET /api/v1/programs/{program}/coupon-offers/{offer}/qr"] = "401 401   403  403  403  ok   404  ok",
        ["POST /api/v1/programs/{program}/coupon-offers/{offer}/void"] = "401 401 403 403  403  ok   404  ok",
        ["PATCH /api/v1/programs/{program}/members/{memberId}"]    = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/programs/{program}/members/{memberId}/coupons"]  = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/programs/{program}/members/{memberId}/messages"] = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/programs/{program}/members/{memberId}/coupons/{couponId}/withdraw"] = "401 401 403 403 403 ok 404 ok",
        ["GET /api/v1/programs/{program}/members"]                 = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/members/{memberId}"]      = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/programs/{program}/members/{memberId}/export"] = "401 401   403  403  403  ok   404  ok",
        ["POST /api/v1/programs/{program}/members/{memberId}/adjustments"] = "401 401 403 403 403 ok 404 ok",
        ["POST /api/v1/programs/{program}/members/{memberId}/cards/void"]    = "401 401 403 403 403 ok 404 ok",
        ["POST /api/v1/programs/{program}/members/{memberId}/cards/reissue"] = "401 401 403 403 403 ok 404 ok",
        ["DELETE /api/v1/programs/{program}/members/{memberId}"]   = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/programs/{program}/imports"]                = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/imports/{id}"]                               = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/imports/{id}/links.csv"]                     = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/campaigns"]                                 = "401  401   403  403  403  ok   400  ok",
        ["GET /api/v1/campaigns"]                                  = "401  401   403  403  403  ok   ok   ok",
        ["POST /api/v1/campaigns/audience-count"]                  = "401  401   403  403  403  ok   400  ok",
        ["GET /api/v1/campaigns/{id}"]                             = "401  401   403  403  403  ok   404  ok",
        ["PUT /api/v1/campaigns/{id}"]                             = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/campaigns/{id}/results"]                     = "401  401   403  403  403  ok   404  ok",
        ["GET /api/v1/campaigns/{id}/results.csv"]                 = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/campaigns/{id}/duplicate"]                  = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/campaigns/{id}/schedule"]                   = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/campaigns/{id}/pause"]                      = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/campaigns/{id}/resume"]                     = "401  401   403  403  403  ok   404  ok",
        ["POST /api/v1/campaigns/{id}/cancel"]                     = "401  401   403  403  403  ok   404  ok",

        // Keys: admins only.
        ["POST /api/v1/keys"]                                      = "401  401   403  403  403  403  403  ok",
        ["GET /api/v1/keys"]                                       = "401  401   403  403  403  403  403  ok",
        ["DELETE /api/v1/keys/{id}"]                               = "401  401   403  403  403  403  403  ok",
        ["GET /api/v1/audit"]                                      = "401  401   403  403  403  403  403  ok",

        // Webhooks: admins only, for any program.
        ["POST /api/v1/programs/{program}/webhooks"]               = "401  401   403  403  403  403  403  ok",
        ["GET /api/v1/programs/{program}/webhooks"]                = "401  401   403  403  403  403  403  ok",
        ["GET /api/v1/programs/{program}/webhooks/{id}"]           = "401  401   403  403  403  403  403  ok",
        ["PATCH /api/v1/programs/{program}/webhooks/{id}"]         = "401  401   403  403  403  403  403  ok",
        ["DELETE /api/v1/programs/{program}/webhooks/{id}"]        = "401  401   403  403  403  403  403  ok",
        ["POST /api/v1/programs/{program}/webhooks/{id}/secret"]   = "401  401   403  403  403  403  403  ok",
        ["GET /api/v1/programs/{program}/webhooks/{id}/deliveries"] = "401 401   403  403  403  403  403  ok",
        ["POST /api/v1/programs/{program}/webhooks/{id}/deliveries/{deliveryId}/replay"] = "401 401 403 403 403 403 403 ok",
    };

    /// <summary>The answers of a row by caller: eight, or eleven for a route that takes a pass token.</summary>
    public static IReadOnlyDictionary<Caller, string> Row(string route)
    {
        var cells = Expected[route].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => c != "|").ToList();
        Assert.True(cells.Count is 8 or 11, $"{route}: {cells.Count} answers, not 8 or 11");
        return cells.Select((cell, i) => (Columns[i], cell)).ToDictionary(c => c.Item1, c => c.cell);
    }
}
