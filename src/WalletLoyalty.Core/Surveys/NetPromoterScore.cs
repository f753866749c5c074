namespace WalletLoyalty.Surveys;

/// <summary>
/// The Net Promoter Score of a set of answers: promoters (9–10) less detractors (0–6), as fractions of all answers, so
/// from −1 to 1 like the KPIs' other rates. Each answer is a variable of +1, 0 or −1 whose mean is the score; the margin
/// of error at 95 % is 1.96 × √(variance ÷ answers), the variance being p + d − (p − d)².
/// </summary>
public static class NetPromoterScore
{
    private const double Z95 = 1.959963984540054;

    public static bool IsPromoter(int score) => score >= 9;

    public static bool IsDetractor(int score) => score <= 6;

    public static Kpis.NpsFigures Of(long promoters, long detractors, long answers)
    {
        if (answers == 0)
        {
            return new Kpis.NpsFigures(null, 0, null);
        }
        var p = (double)promoters / answers;
        var d = (double)detractors / answers;
        var score = p - d;
        var variance = Math.Max(0, p + d - (score * score));
        return new Kpis.NpsFigures(score, answers, Z95 * Math.Sqrt(variance / answers));
    }
}
