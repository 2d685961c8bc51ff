namespace OrleansTrading.Domain.Risk;

/// <summary>The platform-wide kill switch: when engaged, every new order everywhere is refused (cancels still pass).</summary>
public enum KillSwitchState
{
    Released,
    Engaged,
}
