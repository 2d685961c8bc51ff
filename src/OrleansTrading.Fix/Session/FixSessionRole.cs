namespace OrleansTrading.Fix.Session;

/// <summary>Which side opens the connection and sends the first Logon.</summary>
public enum FixSessionRole
{
    Initiator,
    Acceptor,
}
