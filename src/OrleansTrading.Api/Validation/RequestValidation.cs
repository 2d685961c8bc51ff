using Google.Protobuf.WellKnownTypes;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Validation;

/// <summary>
/// Collects every problem of one request (not just the first), then throws one INVALID_ARGUMENT that lists them.
/// Nothing is called before validation passes, so an invalid request never changes state.
/// </summary>
public sealed class RequestValidation(string fieldPrefix = "")
{
    private List<FieldViolation>? _violations;

    public bool IsValid => _violations is null;

    public IReadOnlyList<FieldViolation> Violations => _violations ?? [];

    /// <summary>A problem with a field, named under the prefix this validation was made with (e.g. <c>orders[2].</c>).</summary>
    public void Add(string field, string description) => (_violations ??= []).Add(new FieldViolation(fieldPrefix + field, description));

    public void ThrowIfInvalid()
    {
        if (_violations is not null)
        {
            throw ApiErrors.InvalidArgument(_violations);
        }
    }

    public AccountId Account(string field, string? value) => Id(field, value, v => new AccountId(v), Identifier.MaxLength);

    public StrategyId Strategy(string field, string? value) => Id(field, value, v => new StrategyId(v), Identifier.MaxLength);

    public InstrumentId Instrument(string field, string? value) => Id(field, value, v => new InstrumentId(v), Identifier.MaxLength);

    public FundId Fund(string field, string? value) => Id(field, value, v => new FundId(v), Identifier.MaxLength);

    public ClientOrderId ClientOrderId(string field, string? value) => Id(field, value, v => new ClientOrderId(v), ApiLimits.MaxClientOrderIdLength);

    public VenueId? OptionalVenue(string field, string? value) => string.IsNullOrEmpty(value) ? null : Id(field, value, v => new VenueId(v), Identifier.MaxLength);

    public StrategyId? OptionalStrategy(string field, string? value) => string.IsNullOrEmpty(value) ? null : Strategy(field, value);

    public InstrumentId? OptionalInstrument(string field, string? value) => string.IsNullOrEmpty(value) ? null : Instrument(field, value);

    /// <summary>A required decimal string.</summary>
    public decimal Decimal(string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            Add(field, "is required (a decimal string such as \"100\" or \"101.25\")");
            return 0m;
        }

        return OptionalDecimal(field, text) ?? 0m;
    }

    /// <summary>An optional decimal string: empty means not set.</summary>
    public decimal? OptionalDecimal(string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DecimalText.TryParse(text, out var value, out var problem))
        {
            return value;
        }

        Add(field, problem!);
        return null;
    }

    /// <summary>An optional non-negative decimal (a limit): empty means not enforced.</summary>
    public decimal? OptionalNonNegative(string field, string? text)
    {
        var value = OptionalDecimal(field, text);
        if (value < 0m)
        {
            Add(field, $"is {value}; it must not be negative (leave it empty for no limit)");
            return null;
        }

        return value;
    }

    public UnixNanos? OptionalTimestamp(string field, Timestamp? timestamp)
    {
        if (timestamp is null)
        {
            return null;
        }

        var value = ProtoTime.FromProto(timestamp, out var problem);
        if (value is null)
        {
            Add(field, problem!);
        }

        return value;
    }

    public UnixNanos Timestamp(string field, Timestamp? timestamp)
    {
        if (timestamp is null)
        {
            Add(field, "is required");
            return default;
        }

        return OptionalTimestamp(field, timestamp) ?? default;
    }

    public string Text(string field, string? text, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, "is required");
            }

            return "";
        }

        if (text.Length > maxLength)
        {
            Add(field, $"is {text.Length} characters long; at most {maxLength} are allowed");
        }

        return text;
    }

    /// <summary>0 means the default; otherwise 1..<see cref="ApiLimits.MaxPageSize"/>.</summary>
    public int PageSize(string field, int pageSize)
    {
        if (pageSize == 0)
        {
            return ApiLimits.DefaultPageSize;
        }

        if (pageSize is < 0 or > ApiLimits.MaxPageSize)
        {
            Add(field, $"is {pageSize}; use 1 to {ApiLimits.MaxPageSize}, or 0 for {ApiLimits.DefaultPageSize}");
            return ApiLimits.DefaultPageSize;
        }

        return pageSize;
    }

    public string? PageToken(string field, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        if (token.Length > ApiLimits.MaxPageTokenLength)
        {
            Add(field, $"is {token.Length} characters long; pass back exactly the next_page_token of the previous response");
            return null;
        }

        return token;
    }

    private T Id<T>(string field, string? value, Func<string, T> create, int maxLength)
        where T : struct
    {
        var problem = Identifier.Check(value, field);
        if (problem is null && value!.Length > maxLength)
        {
            problem = $"{field} is {value.Length} characters long; at most {maxLength} are allowed";
        }

        if (problem is not null)
        {
            Add(field, problem.TrimEnd('.'));
            return default;
        }

        return create(value!);
    }
}
