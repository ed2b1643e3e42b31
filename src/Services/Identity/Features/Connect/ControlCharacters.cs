using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace LabourWelfare.Identity.Features.Connect;

/// <summary>
/// Refuses requests whose parameters carry control characters (a NUL in client_id, say) with invalid_request before
/// OpenIddict looks anything up: PostgreSQL cannot even compare such text, and no real client sends it.
/// </summary>
internal static class ControlCharacters
{
    public static OpenIddictServerBuilder RejectControlCharacters(this OpenIddictServerBuilder server)
    {
        server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(Check).SetOrder(int.MinValue + 100_000));
        server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(Check).SetOrder(int.MinValue + 100_000));
        server.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(Check).SetOrder(int.MinValue + 100_000));
        server.AddEventHandler<ValidateRevocationRequestContext>(handler => handler.UseInlineHandler(Check).SetOrder(int.MinValue + 100_000));
        return server;
    }

    private static ValueTask Check(BaseValidatingContext context)
    {
        foreach (var (_, value) in context.Transaction.Request?.GetParameters() ?? new Dictionary<string, OpenIddict.Abstractions.OpenIddictParameter>())
        {
            if (value.ToString() is { } text && text.Any(char.IsControl))
            {
                context.Reject(Errors.InvalidRequest, "The request contains control characters.");
                break;
            }
        }
        return default;
    }
}
