namespace OrleansTrading.Api.Errors;

/// <summary>One invalid request field (proto field path, e.g. <c>limit_price</c>, <c>scope.account_id</c>) and what is wrong with it.</summary>
public sealed record FieldViolation(string Field, string Description);
