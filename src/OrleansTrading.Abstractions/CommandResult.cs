namespace OrleansTrading.Abstractions;

/// <summary>The outcome of a command that returns nothing but success or a refusal.</summary>
[GenerateSerializer, Immutable, Alias("ot.CommandResult")]
public sealed record CommandResult([property: Id(0)] Refusal? Refusal)
{
    public static readonly CommandResult Ok = new((Refusal?)null);

    public bool Succeeded => Refusal is null;

    public static CommandResult Refused(string code, string message, RefusalKind kind = RefusalKind.FailedPrecondition) => new(new Refusal(code, message, kind));
}
