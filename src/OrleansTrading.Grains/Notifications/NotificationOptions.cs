namespace OrleansTrading.Grains.Notifications;

/// <summary>
/// How often a busy grain may publish change notifications (<c>OrleansTrading:Notifications</c>): the account's order
/// events on <c>orders/{account}</c> and its positions' changes on <c>positions/{account}</c>.
/// </summary>
public sealed class NotificationOptions
{
    /// <summary>
    /// The shortest time between two publications of one grain. The first change after a quiet spell is published at
    /// once; later ones within the window go out together at its end — every order event in one batch, a position's
    /// latest figures only. Longer windows cost a busy account fewer stream messages and its watchers more delay.
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMilliseconds(25);

    public NotificationOptions Validated()
    {
        if (Window < TimeSpan.Zero || Window > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "OrleansTrading:Notifications:Window must be between 00:00:00 and 00:00:01.");
        }

        return this;
    }
}
