using System.Collections.Concurrent;
using System.Reflection;
using LabourWelfare.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LabourWelfare.ServiceDefaults;

/// <summary>
/// A query parameter an endpoint does not take is a 400 with a field error for it, on every endpoint of every
/// service: a client that sends ?year=1402 to an endpoint without a year must not get figures of another period
/// without noticing. The parameters an endpoint takes are read once from its handler's signature.
/// </summary>
public static class QueryParameters
{
    public const string UnknownMessage = "is not a parameter of this endpoint.";

    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlySet<string>> Known = new();

    public static async Task RefuseUnknownAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query.Count > 0 && context.GetEndpoint()?.Metadata is { } metadata
            && metadata.GetMetadata<AnyQueryParameters>() is null && metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            var known = Known.GetOrAdd(handler, Of);
            var unknown = context.Request.Query.Keys.Where(k => !known.Contains(k)).ToList();
            if (unknown.Count > 0)
                throw new ValidationException(unknown.ToDictionary(k => k, _ => new[] { UnknownMessage }));
        }
        await next();
    }

    /// <summary>
    /// For protocol endpoints whose parameters another component validates and answers for (OpenID Connect's
    /// /connect/authorize: OpenIddict reads client_id, scope, code_challenge, … and returns the protocol's own errors).
    /// </summary>
    public static TBuilder AcceptAnyQueryParameters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AnyQueryParameters());

    /// <summary>The query names a minimal API handler binds: its simple parameters that no other source claims.</summary>
    public static IReadOnlySet<string> Of(MethodInfo handler)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
            {
                names.Add(fromQuery.Name ?? parameter.Name!);
                continue;
            }
            if (parameter.GetCustomAttributes().Any(a => a is IFromRouteMetadata or IFromHeaderMetadata or IFromBodyMetadata
                    or IFromServiceMetadata or IFromFormMetadata or AsParametersAttribute))
                continue;
            if (IsSimple(parameter.ParameterType) && parameter.Name is not null) names.Add(parameter.Name);
        }
        return names;
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray) return IsSimple(type.GetElementType()!);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);
    }
}

/// <summary>Endpoint metadata: this endpoint's query is not checked against its handler (<see cref="QueryParameters.AcceptAnyQueryParameters"/>).</summary>
public sealed class AnyQueryParameters;
