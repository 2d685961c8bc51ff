using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using OrleansTrading.Api.Errors;

namespace OrleansTrading.Api.Security;

/// <summary>Who is calling: the authenticated caller, or UNAUTHENTICATED with a sentence that says what to fix.</summary>
public static class CallerResolver
{
    private const string CallerItem = "OrleansTrading.Api.Caller";

    private const string FailureItem = "OrleansTrading.Api.AuthenticationFailure";

    /// <summary>Authentication handlers record why they refused, so the service can say it (ASP.NET keeps only successes).</summary>
    public static void RecordFailure(HttpContext http, Exception failure) => http.Items[FailureItem] = failure;

    public static ApiCaller Require(ServerCallContext context) => Require(context.GetHttpContext());

    public static ApiCaller Require(HttpContext http)
    {
        var user = http.User;
        if (user.Identity is ApiCallerIdentity identity)
        {
            return identity.Caller;
        }

        if (user.Identity?.IsAuthenticated == true)
        {
            if (http.Items.TryGetValue(CallerItem, out var cached) && cached is ApiCaller known)
            {
                return known;
            }

            var caller = JwtCallers.From(user);
            http.Items[CallerItem] = caller;
            return caller;
        }

        var failure = http.Items.TryGetValue(FailureItem, out var recorded) ? recorded as Exception : null;
        var hasBearer = http.Request.Headers.Authorization.Count > 0;
        var (code, message) = Explain(failure, hasBearer);
        throw ApiErrors.Unauthenticated(code, message);
    }

    /// <summary>A reason code and a sentence for a failed or missing authentication.</summary>
    public static (string Code, string Message) Explain(Exception? failure, bool hasAuthorizationHeader) => failure switch
    {
        ApiKeyRejectedException e => ("API_KEY_UNKNOWN", e.Message),
        SecurityTokenExpiredException e => ("TOKEN_EXPIRED", $"The bearer token expired at {e.Expires:yyyy-MM-dd HH:mm:ss}Z: get a new token."),
        SecurityTokenNotYetValidException e => ("TOKEN_NOT_YET_VALID", $"The bearer token is not valid before {e.NotBefore:yyyy-MM-dd HH:mm:ss}Z: check the issuer's clock."),
        SecurityTokenInvalidIssuerException e => ("TOKEN_WRONG_ISSUER", $"The bearer token's issuer '{e.InvalidIssuer}' is not trusted here: get a token from the configured issuer."),
        SecurityTokenInvalidAudienceException e => ("TOKEN_WRONG_AUDIENCE", $"The bearer token's audience '{e.InvalidAudience}' is not this API: request a token for the configured audience."),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => ("TOKEN_BAD_SIGNATURE", "The bearer token's signature does not verify with the configured signing key: get a token from the configured issuer."),
        SecurityTokenMalformedException => ("TOKEN_INVALID", "The bearer token is not a well-formed JWT: send the token exactly as the issuer gave it."),
        SecurityTokenException e => ("TOKEN_INVALID", $"The bearer token was rejected: {e.Message}"),
        not null => ("CREDENTIALS_REJECTED", $"The credentials were rejected: {failure.Message}"),
        null when hasAuthorizationHeader => ("CREDENTIALS_REJECTED", "The authorization header was not accepted: send 'authorization: Bearer <JWT>' (this server must have OrleansTrading:Api:Jwt configured) or an API key in x-api-key."),
        null => ("CREDENTIALS_MISSING", "No credentials: send an API key in the x-api-key header, or a JWT in 'authorization: Bearer <token>'."),
    };
}
