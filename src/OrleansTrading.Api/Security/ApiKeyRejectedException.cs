namespace OrleansTrading.Api.Security;

/// <summary>The presented API key matches no configured key.</summary>
public sealed class ApiKeyRejectedException()
    : Exception($"The API key in {AuthenticationSchemes.ApiKeyHeader} is not recognised: check it for typos, or ask an operator for a key (otrade api-key new prints one and its hash).");
