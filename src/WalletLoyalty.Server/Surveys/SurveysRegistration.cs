using WalletLoyalty.Surveys;

namespace WalletLoyalty.Server.Surveys;

public static class SurveysRegistration
{
    /// <summary>The members' survey answers and the marketers' view of them.</summary>
    public static void AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyAnswers>();
        services.AddSingleton<SurveyAnswerSearch>();
    }
}
