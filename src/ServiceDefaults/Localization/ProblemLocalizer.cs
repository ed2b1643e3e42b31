using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LabourWelfare.ServiceDefaults.Localization;

/// <summary>
/// Writes every problem (title, detail, field messages) in the caller's language, in the one place all problems
/// pass through (ProblemDetailsOptions.CustomizeProblemDetails), so handlers keep writing English. Field names and
/// the stable "code" are never translated: clients key on them.
/// </summary>
internal static class ProblemLocalizer
{
    public static void Localize(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var language = ProblemLanguages.Choose(http.Request);
        ProblemLanguages.Declare(http.Response, language);
        if (language == ProblemLanguages.English) return;

        var translations = http.RequestServices.GetService<IOptions<ProblemTranslations>>()?.Value ?? new ProblemTranslations();
        var problem = context.ProblemDetails;
        if (problem.Title is not null) problem.Title = translations.Translate(problem.Title, language);
        if (problem.Detail is not null) problem.Detail = translations.Translate(problem.Detail, language);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var field in validation.Errors.Keys.ToList())
                validation.Errors[field] = validation.Errors[field].Select(m => translations.Translate(m, language)).ToArray();
        }
    }
}
