namespace OrleansTrading.Api.Validation;

public enum ScopeKind
{
    Account,
    Strategy,
    Fund,
    Global,
}
