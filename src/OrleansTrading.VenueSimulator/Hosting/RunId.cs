using System.Globalization;
using System.Text;

namespace OrleansTrading.VenueSimulator.Hosting;

/// <summary>
/// The id of one simulator run, put in front of every OrderID and ExecID (<c>{runId}:{instrument}:E{n}</c>) so that a
/// restarted simulator never repeats an id an earlier run sent: the start time in milliseconds since the Unix epoch,
/// in base 36 (8 characters until 2059), e.g. <c>mbq2k1x0</c>.
/// </summary>
public static class RunId
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string FromStartTime(DateTimeOffset startedAt)
    {
        var milliseconds = startedAt.ToUnixTimeMilliseconds();
        if (milliseconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(startedAt), startedAt.ToString("O", CultureInfo.InvariantCulture), "The start time must be after the Unix epoch.");
        }

        var text = new StringBuilder();
        for (var rest = milliseconds; rest > 0; rest /= Digits.Length)
        {
            text.Insert(0, Digits[(int)(rest % Digits.Length)]);
        }

        return text.ToString();
    }
}
