namespace OrleansTrading.Api.Security;

/// <summary>Why a caller may not do something: a stable reason code and a sentence that says what to change.</summary>
public sealed record AccessDenial(string Code, string Message)
{
    public const string RoleNotAllowed = "ROLE_NOT_ALLOWED";

    public const string OutOfScope = "OUT_OF_SCOPE";
}
