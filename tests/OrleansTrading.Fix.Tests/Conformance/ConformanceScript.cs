using System.Text.RegularExpressions;

namespace OrleansTrading.Fix.Tests.Conformance;

/// <summary>One QuickFIX acceptance script (.def) read into steps.</summary>
internal sealed partial record ConformanceScript(string Name, IReadOnlyList<ScriptStep> Steps)
{
    public static ConformanceScript Load(string path)
    {
        var steps = new List<ScriptStep>();
        var lineNumber = 0;
        foreach (var raw in File.ReadAllText(path).Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sleep = SleepPattern().Match(line);
            if (sleep.Success)
            {
                steps.Add(new ScriptStep(StepKind.Sleep, 1, sleep.Groups[1].Value, lineNumber));
                continue;
            }

            var action = line[0];
            var rest = line[1..];
            var connection = 1;
            var numbered = ConnectionPattern().Match(rest);
            if (numbered.Success)
            {
                connection = int.Parse(numbered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                rest = numbered.Groups[2].Value;
            }

            var kind = (action, rest.Trim()) switch
            {
                ('i', "CONNECT") => StepKind.Connect,
                ('i', "DISCONNECT") => StepKind.Disconnect,
                ('e', "DISCONNECT") => StepKind.ExpectDisconnect,
                ('I', _) => StepKind.Send,
                ('E', _) => StepKind.Expect,
                _ => throw new FormatException($"{Path.GetFileName(path)} line {lineNumber}: cannot read '{line}'."),
            };
            steps.Add(new ScriptStep(kind, connection, rest, lineNumber));
        }

        return new ConformanceScript(Path.GetFileNameWithoutExtension(path), steps);
    }

    [GeneratedRegex(@"^sleep\(([0-9.]+)\)\s*$")]
    private static partial Regex SleepPattern();

    [GeneratedRegex(@"^(\d+),(.*)$")]
    private static partial Regex ConnectionPattern();
}

internal enum StepKind
{
    Connect,
    Disconnect,
    Send,
    Expect,
    ExpectDisconnect,
    Sleep,
}

internal sealed record ScriptStep(StepKind Kind, int Connection, string Text, int Line);
