using Microsoft.IdentityModel.Tokens;
using OrleansTrading.Api.Security;

namespace OrleansTrading.Api.Tests.Security;

public sealed class CallerResolverTests
{
    public static TheoryData<Exception?, bool, string> Failures => new()
    {
        { null, false, "CREDENTIALS_MISSING" },
        { null, true, "CREDENTIALS_REJECTED" },
        { new ApiKeyRejectedException(), false, "API_KEY_UNKNOWN" },
        { new SecurityTokenExpiredException("expired") { Expires = DateTime.UnixEpoch }, true, "TOKEN_EXPIRED" },
        { new SecurityTokenInvalidIssuerException("issuer") { InvalidIssuer = "evil" }, true, "TOKEN_WRONG_ISSUER" },
        { new SecurityTokenInvalidAudienceException("audience") { InvalidAudience = "other" }, true, "TOKEN_WRONG_AUDIENCE" },
        { new SecurityTokenSignatureKeyNotFoundException("kid"), true, "TOKEN_BAD_SIGNATURE" },
        { new SecurityTokenMalformedException("malformed"), true, "TOKEN_INVALID" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Each_authentication_failure_has_its_reason_code_and_a_sentence(Exception? failure, bool hasHeader, string code)
    {
        var (actual, message) = CallerResolver.Explain(failure, hasHeader);

        Assert.Equal(code, actual);
        Assert.False(string.IsNullOrWhiteSpace(message));
    }
}
