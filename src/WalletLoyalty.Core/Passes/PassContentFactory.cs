using WalletLoyalty.Members;
using WalletLoyalty.Programs;

namespace WalletLoyalty.Passes;

/// <summary>Turns a stored pass and its member into the values the templates print.</summary>
public static class PassContentFactory
{
    public static PassContent Create(PassView pass, LoyaltyProgram program, string webServiceUrl)
    {
        var number = Member.FormatNumber(pass.MemberNumber);
        return new PassContent
        {
            Program = program,
            Kind = pass.PassKind,
            SerialNumber = pass.SerialNumber,
            AuthenticationToken = pass.AuthenticationToken,
            WebServiceUrl = webServiceUrl,
            BarcodeMessage = pass.MemberCode,
            BarcodeText = number,
            Voided = pass.Voided,
            Values = new Dictionary<string, PassValue>
            {
                ["{points}"] = PassValue.Of(pass.PointsBalance),
                ["{memberName}"] = pass.DisplayName,
                ["{memberNumber}"] = number,
                ["{tier}"] = pass.Tier,
            },
        };
    }
}
