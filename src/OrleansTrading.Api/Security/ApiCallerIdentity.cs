using System.Security.Claims;

namespace OrleansTrading.Api.Security;

/// <summary>A claims identity that carries the already-resolved <see cref="ApiCaller"/> (API keys resolve once per key, not per call).</summary>
public sealed class ApiCallerIdentity(ApiCaller caller, string authenticationType)
    : ClaimsIdentity([new Claim(ClaimTypes.Name, caller.Name)], authenticationType)
{
    public ApiCaller Caller { get; } = caller;
}
