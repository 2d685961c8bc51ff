using BenchmarkDotNet.Attributes;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;

namespace OrleansTrading.Benchmarks.Fix;

/// <summary>
/// The FIX codec costs PERF-NOTES.md compares with QuickFIX/n and QuickFIX/C++: parse (+ validate) a 30-field
/// ExecutionReport, read six typed fields, and build + serialise a 17-field NewOrderSingle.
/// </summary>
[MemoryDiagnoser]
public class FixCodecBenchmarks
{
    private static readonly DateTime _transactTime = new(2026, 1, 14, 14, 30, 1, 120, DateTimeKind.Utc);
    private readonly byte[] _executionReport = FixBenchmarkMessages.PartialFillExecutionReport();
    private readonly FixMessage _message = new();
    private readonly FixMessageValidator _validator = new(FixDataDictionary.Fix44);
    private readonly FixMessageBuilder _builder = new(FixMsgTypes.NewOrderSingle);
    private readonly byte[] _output = new byte[1024];

    [GlobalSetup]
    public void Setup()
    {
        if (FixParser.Parse(_executionReport, _message) != FixParseStatus.Ok || !_validator.Validate(_message).IsValid)
        {
            throw new InvalidOperationException("The benchmark ExecutionReport does not parse and validate.");
        }
    }

    [Benchmark(Description = "parse ExecutionReport, no dictionary")]
    public FixParseStatus ParseExecutionReport() => FixParser.Parse(_executionReport, _message);

    [Benchmark(Description = "parse + validate ExecutionReport (FIX 4.4 dictionary)")]
    public bool ParseAndValidateExecutionReport()
    {
        FixParser.Parse(_executionReport, _message);
        return _validator.Validate(_message).IsValid;
    }

    [Benchmark(Description = "parse + read 6 typed fields")]
    public decimal ParseAndReadTypedFields()
    {
        FixParser.Parse(_executionReport, _message);
        _message.TryGetValue(FixTags.ClOrdId, out var clOrdId);
        _message.TryGetValue(FixTags.ExecId, out var execId);
        _message.TryGetDecimal(FixTags.LastQty, out var lastQty);
        _message.TryGetDecimal(FixTags.LastPx, out var lastPx);
        _message.TryGetDecimal(FixTags.CumQty, out var cumQty);
        _message.TryGetChar(FixTags.OrdStatus, out var ordStatus);
        return lastQty + lastPx + cumQty + clOrdId.Length + execId.Length + ordStatus;
    }

    [Benchmark(Description = "build NewOrderSingle (17 fields) and serialise")]
    public int BuildAndSerializeNewOrderSingle()
    {
        _builder.Reset(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, "CL-000124"u8)
            .Add(FixTags.Account, "ACC-7"u8)
            .Add(FixTags.HandlInst, '1')
            .Add(FixTags.Symbol, "AAPL"u8)
            .Add(FixTags.Side, '1')
            .AddTimestamp(FixTags.TransactTime, _transactTime)
            .Add(FixTags.OrderQty, 1000m)
            .Add(FixTags.OrdType, '2')
            .Add(FixTags.Price, 101.50m);
        return FixEncoder.Encode(_builder, new FixEnvelope("FIX.4.4"u8, "FUND"u8, "BROKER"u8, 1043, _transactTime), _output);
    }
}
