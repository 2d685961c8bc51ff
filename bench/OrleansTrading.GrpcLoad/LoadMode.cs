namespace OrleansTrading.GrpcLoad;

public enum LoadMode
{
    /// <summary>Every call submits a new order (the full order path).</summary>
    Submit,

    /// <summary>Every call reads the caller's one order (the API plus one grain call, for the API's own cost).</summary>
    GetOrder,
}
