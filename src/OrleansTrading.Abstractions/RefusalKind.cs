namespace OrleansTrading.Abstractions;

/// <summary>The class of a refusal, which decides the gRPC status the API answers with.</summary>
public enum RefusalKind
{
    /// <summary>The request itself is malformed or invalid (INVALID_ARGUMENT).</summary>
    InvalidArgument,

    /// <summary>The request is valid but the system's state refuses it: risk limits, halts, order status (FAILED_PRECONDITION).</summary>
    FailedPrecondition,

    /// <summary>The thing referred to does not exist (NOT_FOUND).</summary>
    NotFound,

    /// <summary>The id is already used by a different request (ALREADY_EXISTS).</summary>
    AlreadyExists,

    /// <summary>
    /// Valid, but a venue cannot take it right now (its session is down): nothing was sent, and the same request may
    /// succeed once the venue is back (UNAVAILABLE, which tells clients to retry with backoff).
    /// </summary>
    Unavailable,
}
