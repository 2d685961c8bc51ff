namespace OrleansTrading.Testing;

/// <summary>Waits for a condition that something asynchronous will make true — polling, never a fixed sleep.</summary>
public static class Eventually
{
    /// <summary>Waits for a condition that needs no awaiting (in-process state a background task updates).</summary>
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, timeout);

    /// <param name="diagnose">Describes what is still wrong, for the timeout's message.</param>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, Func<string>? diagnose = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.{(diagnose is null ? "" : " " + diagnose())}");
            }

            await Task.Delay(50);
        }
    }
}
