using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansTrading.Api.Security;

/// <summary>Authenticates the <c>x-api-key</c> header against the <see cref="ApiKeyStore"/>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthenticationSchemes.ApiKeyHeader, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var caller = keys.Find(values[0]!);
        if (caller is null)
        {
            var failure = new ApiKeyRejectedException();
            CallerResolver.RecordFailure(Context, failure);
            return Task.FromResult(AuthenticateResult.Fail(failure));
        }

        var principal = new ClaimsPrincipal(new ApiCallerIdentity(caller, AuthenticationSchemes.ApiKey));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, AuthenticationSchemes.ApiKey)));
    }
}
