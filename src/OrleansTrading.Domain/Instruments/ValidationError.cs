namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// One reason an input is not acceptable: the field it concerns (the gRPC/proto field name, snake_case), a stable
/// machine-readable code (UPPER_SNAKE, listed in <see cref="InstrumentValidationCodes"/> and
/// <c>OrderValidationCodes</c>) and a sentence that says what is wrong and how to fix it. Validation helpers return
/// these instead of throwing so the API layer can answer <c>INVALID_ARGUMENT</c> with the field.
/// </summary>
public sealed record ValidationError(string Field, string Code, string Message)
{
    public override string ToString() => $"{Field}: {Message} [{Code}]";
}
