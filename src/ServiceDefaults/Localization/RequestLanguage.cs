using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LabourWelfare.ServiceDefaults.Localization;

/// <summary>
/// The language a response is written in (fa, ru, kk or en, from Accept-Language, as for problems). Handlers that
/// write words for people (period labels) take it as a parameter; the response then says which language it is in.
/// </summary>
public sealed record RequestLanguage(string Code)
{
    public static ValueTask<RequestLanguage?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var code = ProblemLanguages.Choose(context.Request);
        ProblemLanguages.Declare(context.Response, code);
        return ValueTask.FromResult<RequestLanguage?>(new RequestLanguage(code));
    }
}
