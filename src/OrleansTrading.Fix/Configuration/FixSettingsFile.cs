using System.Globalization;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Configuration;

/// <summary>
/// Reads QuickFIX-style session settings: a <c>[DEFAULT]</c> section whose keys every <c>[SESSION]</c> inherits and
/// may override, <c>Key=Value</c> lines, <c>#</c> comments. Relative paths (DataDictionary, FileStorePath, FileLogPath)
/// are resolved against the file's directory. Every problem is reported with the file, line or session and the
/// setting, and nothing is returned when anything is wrong.
/// </summary>
public sealed class FixSettingsFile
{
    private static readonly HashSet<string> _ignoredQuickFixKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Verbose", "SocketReuseAddress", "SocketNodelay", "SocketTcpNoDelay", "ScreenLogShowIncoming", "ScreenLogShowOutgoing",
        "ScreenLogShowEvents", "RefreshOnLogon", "PersistMessages", "MillisecondsInTimeStamp", "SocketSendBufferSize",
        "SocketReceiveBufferSize", "ValidateLengthAndChecksum", "ContinueInitializationOnError", "TransportDataDictionary",
        "AppDataDictionary", "DefaultApplVerID", "FileLogBackupPath", "EnableLastMsgSeqNumProcessed", "MaxMessagesInResendRequest",
        "IgnorePossDupResendRequests", "RequiresOrigSendingTime", "UseLocalTime",
    };

    private static readonly HashSet<string> _knownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "ConnectionType", "BeginString", "SenderCompID", "TargetCompID", "SocketAcceptHost", "SocketAcceptPort", "SocketConnectHost",
        "SocketConnectPort", "HeartBtInt", "ResetOnLogon", "ResetOnLogout", "ResetOnDisconnect", "StartTime", "EndTime", "StartDay",
        "EndDay", "TimeZone", "NonStopSession", "FileStorePath", "FileStoreSync", "FileStoreSyncIntervalMs", "FileLogPath",
        "DataDictionary", "UseDataDictionary", "ValidateFieldsOutOfOrder", "ValidateFieldsHaveValues", "ValidateUserDefinedFields",
        "AllowUnknownMsgFields", "CheckLatency", "MaxLatency", "LogonTimeout", "LogoutTimeout", "ReconnectInterval",
        "MaxReconnectInterval", "SendRedundantResendRequests", "TimeStampPrecision", "MaxMessageSize", "LogRedactTags",
    };

    private FixSettingsFile(IReadOnlyList<FixSessionSettings> sessions)
    {
        Sessions = sessions;
    }

    public IReadOnlyList<FixSessionSettings> Sessions { get; }

    /// <summary>Loads a settings file; <paramref name="overrides"/> win over every section (e.g. a port chosen at run time).</summary>
    public static FixSettingsFile Load(string path, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FixSettingsException($"Settings file '{path}' does not exist.");
        }

        var fullPath = Path.GetFullPath(path);
        return Parse(File.ReadAllText(fullPath), fullPath, Path.GetDirectoryName(fullPath)!, overrides);
    }

    public static FixSettingsFile Parse(string text, string sourceName, string baseDirectory, IReadOnlyDictionary<string, string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sessions = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                current = line.ToUpperInvariant() switch
                {
                    "[DEFAULT]" => defaults,
                    "[SESSION]" => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
                    _ => throw new FixSettingsException($"{sourceName} line {lineNumber}: unknown section '{line}'; use [DEFAULT] or [SESSION]."),
                };
                if (!ReferenceEquals(current, defaults))
                {
                    sessions.Add(current);
                }

                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FixSettingsException($"{sourceName} line {lineNumber}: expected Key=Value, got '{line}'.");
            }

            if (current is null)
            {
                throw new FixSettingsException($"{sourceName} line {lineNumber}: '{line}' comes before any [DEFAULT] or [SESSION] section.");
            }

            var key = line[..equals].Trim();
            if (!_knownKeys.Contains(key) && !_ignoredQuickFixKeys.Contains(key))
            {
                throw new FixSettingsException($"{sourceName} line {lineNumber}: unknown setting '{key}'. Known settings: {string.Join(", ", _knownKeys.Order())}.");
            }

            current[key] = line[(equals + 1)..].Trim();
        }

        if (sessions.Count == 0)
        {
            throw new FixSettingsException($"{sourceName}: no [SESSION] section.");
        }

        var result = new List<FixSessionSettings>();
        foreach (var session in sessions)
        {
            var merged = new Dictionary<string, string>(defaults, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in session)
            {
                merged[key] = value;
            }

            foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
            {
                merged[key] = value;
            }

            result.Add(new SectionReader(merged, sourceName, baseDirectory).Build());
        }

        var duplicate = result.GroupBy(s => s.SessionId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FixSettingsException($"{sourceName}: session {duplicate.Key} is configured more than once.");
        }

        return new FixSettingsFile(result);
    }

    /// <summary>Turns one merged section into settings.</summary>
    private sealed class SectionReader(Dictionary<string, string> values, string source, string baseDirectory)
    {
        private string Where => values.TryGetValue("SenderCompID", out var s) && values.TryGetValue("TargetCompID", out var t)
            ? $"{source} session {s}->{t}"
            : source;

        public FixSessionSettings Build()
        {
            var role = Required("ConnectionType").ToLowerInvariant() switch
            {
                "initiator" => FixSessionRole.Initiator,
                "acceptor" => FixSessionRole.Acceptor,
                var other => throw Error($"ConnectionType is '{other}'; use initiator or acceptor."),
            };
            var id = new FixSessionId(Required("BeginString"), Required("SenderCompID"), Required("TargetCompID"));
            var defaults = new FixSessionSettings { Role = role, SessionId = id };
            var dictionary = Dictionary(id.BeginString);
            var settings = defaults with
            {
                AcceptHost = Optional("SocketAcceptHost") ?? defaults.AcceptHost,
                AcceptPort = role == FixSessionRole.Acceptor ? Int("SocketAcceptPort", null, 0, 65535) : 0,
                ConnectHost = role == FixSessionRole.Initiator ? Required("SocketConnectHost") : null,
                ConnectPort = role == FixSessionRole.Initiator ? Int("SocketConnectPort", null, 1, 65535) : 0,
                HeartBtInt = Int("HeartBtInt", defaults.HeartBtInt, 0, 3600),
                ResetOnLogon = Bool("ResetOnLogon", false),
                ResetOnLogout = Bool("ResetOnLogout", false),
                ResetOnDisconnect = Bool("ResetOnDisconnect", false),
                Schedule = Schedule(),
                FileStorePath = PathOrNull("FileStorePath"),
                FsyncPolicy = Optional("FileStoreSync")?.ToLowerInvariant() switch
                {
                    null or "always" => FixFsyncPolicy.EveryMessage,
                    "batched" => FixFsyncPolicy.Batched,
                    "none" => FixFsyncPolicy.None,
                    var other => throw Error($"FileStoreSync is '{other}'; use always, batched or none."),
                },
                FsyncInterval = TimeSpan.FromMilliseconds(Int("FileStoreSyncIntervalMs", 10, 1, 60_000)),
                FileLogPath = PathOrNull("FileLogPath"),
                RedactedTags = Tags("LogRedactTags"),
                UseDataDictionary = Bool("UseDataDictionary", true),
                DataDictionary = dictionary,
                Validation = new FixValidationOptions
                {
                    CheckFieldsOutOfOrder = Bool("ValidateFieldsOutOfOrder", true),
                    CheckFieldsHaveValues = Bool("ValidateFieldsHaveValues", true),
                    CheckUserDefinedFields = Bool("ValidateUserDefinedFields", true),
                    AllowUnknownMessageFields = Bool("AllowUnknownMsgFields", false),
                },
                CheckLatency = Bool("CheckLatency", true),
                MaxLatency = TimeSpan.FromSeconds(Int("MaxLatency", 120, 1, 86_400)),
                LogonTimeout = TimeSpan.FromSeconds(Int("LogonTimeout", 10, 1, 3600)),
                LogoutTimeout = TimeSpan.FromSeconds(Int("LogoutTimeout", 2, 1, 3600)),
                ReconnectInterval = TimeSpan.FromSeconds(Int("ReconnectInterval", 1, 1, 3600)),
                MaxReconnectInterval = TimeSpan.FromSeconds(Int("MaxReconnectInterval", 30, 1, 86_400)),
                SendRedundantResendRequests = Bool("SendRedundantResendRequests", false),
                TimestampPrecision = Int("TimeStampPrecision", 3, 0, 9) switch
                {
                    0 => FixTimestampPrecision.Seconds,
                    3 => FixTimestampPrecision.Milliseconds,
                    6 => FixTimestampPrecision.Microseconds,
                    9 => FixTimestampPrecision.Nanoseconds,
                    var other => throw Error($"TimeStampPrecision is {other}; use 0, 3, 6 or 9."),
                },
                MaxMessageSize = Int("MaxMessageSize", FixFramer.DefaultMaxMessageSize, 256, 64 << 20),
            };
            if (dictionary.BeginString != id.BeginString)
            {
                throw Error($"DataDictionary is for {dictionary.BeginString} but BeginString is {id.BeginString}.");
            }

            return settings;
        }

        private FixDataDictionary Dictionary(string beginString)
        {
            var path = Optional("DataDictionary");
            if (path is null || path.Equals("builtin", StringComparison.OrdinalIgnoreCase))
            {
                return beginString == "FIX.4.4"
                    ? FixDataDictionary.Fix44
                    : throw Error($"there is no built-in dictionary for {beginString}; set DataDictionary to a QuickFIX-format XML file.");
            }

            var resolved = Resolve(path);
            try
            {
                return QuickFixXmlDictionaryLoader.Load(resolved);
            }
            catch (FixDictionaryException e)
            {
                throw new FixSettingsException($"{Where}: DataDictionary: {e.Message}", e);
            }
        }

        private FixSessionSchedule Schedule()
        {
            if (Bool("NonStopSession", false))
            {
                return FixSessionSchedule.NonStop;
            }

            var start = Optional("StartTime");
            var end = Optional("EndTime");
            if (start is null && end is null)
            {
                return FixSessionSchedule.NonStop;
            }

            if (start is null || end is null)
            {
                throw Error("StartTime and EndTime go together (HH:mm:ss), or set NonStopSession=Y.");
            }

            var zone = TimeZoneInfo.Utc;
            if (Optional("TimeZone") is { } zoneId)
            {
                try
                {
                    zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
                }
                catch (TimeZoneNotFoundException e)
                {
                    throw new FixSettingsException($"{Where}: TimeZone '{zoneId}' is not a known time zone id (e.g. UTC, Europe/London, America/New_York).", e);
                }
            }

            var startDay = Day("StartDay");
            var endDay = Day("EndDay");
            if (startDay.HasValue != endDay.HasValue)
            {
                throw Error("StartDay and EndDay go together.");
            }

            return new FixSessionSchedule { StartTime = Time("StartTime", start), EndTime = Time("EndTime", end), StartDay = startDay, EndDay = endDay, TimeZone = zone };
        }

        private TimeOnly Time(string key, string value) =>
            TimeOnly.TryParseExact(value, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : throw Error($"{key} is '{value}'; use HH:mm:ss.");

        private DayOfWeek? Day(string key)
        {
            var value = Optional(key);
            if (value is null)
            {
                return null;
            }

            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                if (day.ToString().StartsWith(value, StringComparison.OrdinalIgnoreCase) && value.Length >= 2)
                {
                    return day;
                }
            }

            throw Error($"{key} is '{value}'; use a day name such as Sunday or Mon.");
        }

        private IReadOnlyCollection<int> Tags(string key)
        {
            var value = Optional(key);
            if (value is null)
            {
                return [];
            }

            var tags = new List<int>();
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                tags.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var tag) && tag > 0
                    ? tag
                    : throw Error($"{key} contains '{part}', which is not a tag number."));
            }

            return tags;
        }

        private string? PathOrNull(string key) => Optional(key) is { } value ? Resolve(value) : null;

        private string Resolve(string path)
        {
            var normalized = path.Replace('\\', Path.DirectorySeparatorChar);
            return Path.IsPathRooted(normalized) ? normalized : Path.GetFullPath(Path.Combine(baseDirectory, normalized));
        }

        private string Required(string key) => Optional(key) ?? throw Error($"{key} is required.");

        private string? Optional(string key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        private bool Bool(string key, bool fallback)
        {
            var value = Optional(key);
            return value?.ToUpperInvariant() switch
            {
                null => fallback,
                "Y" or "YES" or "TRUE" => true,
                "N" or "NO" or "FALSE" => false,
                _ => throw Error($"{key} is '{value}'; use Y or N."),
            };
        }

        private int Int(string key, int? fallback, int min, int max)
        {
            var value = Optional(key);
            if (value is null)
            {
                return fallback ?? throw Error($"{key} is required.");
            }

            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
                ? number
                : throw Error($"{key} is '{value}'; use a whole number from {min} to {max}.");
        }

        private FixSettingsException Error(string message) => new($"{Where}: {message}");
    }
}
