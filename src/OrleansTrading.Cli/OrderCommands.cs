using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Google.Protobuf;
using OrleansTrading.Api.V1;
using static OrleansTrading.Cli.CliOptions;

namespace OrleansTrading.Cli;

/// <summary>submit, cancel, replace, order get, orders list.</summary>
internal static class OrderCommands
{
    private static readonly Option<string> _account = Required("--account", "account id");
    private static readonly Option<string> _clientOrderId = Required("--client-order-id", "the order's client order id");

    public static Command Submit()
    {
        var strategy = Required("--strategy", "strategy id");
        var instrument = Required("--instrument", "instrument id, e.g. AAPL.XNAS");
        var side = Required("--side", "buy or sell");
        var type = new Option<string>("--type") { Description = "market, limit, stop or stop-limit", DefaultValueFactory = _ => "limit" };
        var quantity = Required("--quantity", "quantity, a decimal such as 100");
        var price = Optional("--price", "limit price (limit and stop-limit orders)");
        var stop = Optional("--stop-price", "stop price (stop and stop-limit orders)");
        var tif = new Option<string>("--tif") { Description = "day, gtc, ioc, fok or gtd", DefaultValueFactory = _ => "day" };
        var expire = Optional("--expire", "expiry for gtd orders, ISO 8601 (e.g. 2026-12-31T21:00:00Z)");
        var venue = Optional("--venue", "venue id (default: the platform's routing)");
        var clientOrderId = Optional("--client-order-id", "idempotency key (default: a new one); repeat it to retry safely");
        var command = new Command("submit", "Submit an order (idempotent by --client-order-id)")
        {
            _account, strategy, instrument, side, type, quantity, price, stop, tif, expire, venue, clientOrderId,
        };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var request = new SubmitOrderRequest
            {
                AccountId = parse.GetValue(_account)!,
                StrategyId = parse.GetValue(strategy)!,
                InstrumentId = parse.GetValue(instrument)!,
                ClientOrderId = parse.GetValue(clientOrderId) ?? NewClientOrderId(),
                Side = CliParsing.Side(parse.GetValue(side)!),
                OrderType = CliParsing.OrderType(parse.GetValue(type)!),
                Quantity = parse.GetValue(quantity)!,
                LimitPrice = parse.GetValue(price) ?? "",
                StopPrice = parse.GetValue(stop) ?? "",
                TimeInForce = CliParsing.TimeInForce(parse.GetValue(tif)!),
                VenueId = parse.GetValue(venue) ?? "",
            };
            if (parse.GetValue(expire) is { } at)
            {
                request.ExpireTime = CliParsing.Time(at, "--expire");
            }

            var response = await new OrderService.OrderServiceClient(invoker).SubmitOrderAsync(request, cancellationToken: ct);
            return (response.Duplicate ? "already submitted (same request): " : "submitted: ") + Output.Order(response.Order);
        }));
        return command;
    }

    /// <summary>
    /// A basket from a JSON file in the API's JSON form (<c>{"orders":[{"accountId":"DEMO-1","strategyId":…}]}</c>, the
    /// proto3 JSON mapping of SubmitOrdersRequest); every order needs its clientOrderId, so the file can be sent again.
    /// </summary>
    public static Command SubmitBasket()
    {
        var file = Required("--file", "the basket: a JSON file {\"orders\":[{\"accountId\":…, \"clientOrderId\":…}, …]}, or - for standard input");
        var command = new Command("submit-basket", "Submit a basket of up to 500 orders in one call (each idempotent by its clientOrderId, which the file must give: sending it again is safe)") { file };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var request = ReadBasket(parse.GetValue(file)!);
            if (request.Orders.Select((o, i) => (o, i)).FirstOrDefault(x => x.o.ClientOrderId.Length == 0) is { o: not null } missing)
            {
                // a generated id would be lost with a failed call, and sending the file again would then trade twice
                throw new CliUsageException($"orders[{missing.i}] has no clientOrderId: give every order of a basket its own, so that the basket can be sent again safely if the call fails.");
            }

            var response = await new OrderService.OrderServiceClient(invoker).SubmitOrdersAsync(request, cancellationToken: ct);
            var lines = response.Results.Select((result, i) => result.Refusal is { } refusal
                ? $"refused {request.Orders[i].AccountId}/{request.Orders[i].ClientOrderId} ({refusal.Status} {refusal.Code}): {refusal.Message}"
                : (result.Duplicate ? "already submitted (same request): " : "submitted: ") + Output.Order(result.Order));
            var refused = response.Results.Count(r => r.Refusal is not null);
            var repeated = response.Results.Count(r => r.Duplicate);
            var summary = $"{response.Results.Count - refused - repeated} of {response.Results.Count} orders submitted" +
                (repeated > 0 ? $", {repeated} already submitted" : "") + (refused > 0 ? $", {refused} refused (retry those refused UNAVAILABLE with the same file)" : "");
            return (string.Join(Environment.NewLine, lines.Append(summary)), refused > 0 ? CliRunner.Failed : CliRunner.Ok);
        }));
        return command;
    }

    private static SubmitOrdersRequest ReadBasket(string path)
    {
        string json;
        try
        {
            json = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"--file {path}: {ex.Message}");
        }

        try
        {
            return JsonParser.Default.Parse<SubmitOrdersRequest>(json);
        }
        catch (Exception ex) when (ex is InvalidJsonException or InvalidProtocolBufferException)
        {
            throw new CliUsageException($"--file {path} is not a basket: {ex.Message}. Write {{\"orders\":[{{\"accountId\":\"DEMO-1\",\"strategyId\":\"MOMENTUM-1\",\"instrumentId\":\"AAPL.XNAS\",\"side\":\"SIDE_BUY\",\"orderType\":\"ORDER_TYPE_LIMIT\",\"quantity\":\"100\",\"limitPrice\":\"150.00\",\"timeInForce\":\"TIME_IN_FORCE_DAY\"}}]}}");
        }
    }

    public static Command Cancel()
    {
        var command = new Command("cancel", "Cancel an open order") { _account, _clientOrderId };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var response = await new OrderService.OrderServiceClient(invoker).CancelOrderAsync(
                new CancelOrderRequest { AccountId = parse.GetValue(_account)!, ClientOrderId = parse.GetValue(_clientOrderId)! }, cancellationToken: ct);
            return "cancel requested: " + Output.Order(response.Order);
        }));
        return command;
    }

    public static Command Replace()
    {
        var quantity = Optional("--quantity", "new quantity");
        var price = Optional("--price", "new limit price");
        var stop = Optional("--stop-price", "new stop price");
        var command = new Command("replace", "Change an open order's quantity and/or prices") { _account, _clientOrderId, quantity, price, stop };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var response = await new OrderService.OrderServiceClient(invoker).ReplaceOrderAsync(new ReplaceOrderRequest
            {
                AccountId = parse.GetValue(_account)!,
                ClientOrderId = parse.GetValue(_clientOrderId)!,
                Quantity = parse.GetValue(quantity) ?? "",
                LimitPrice = parse.GetValue(price) ?? "",
                StopPrice = parse.GetValue(stop) ?? "",
            }, cancellationToken: ct);
            return "replace requested: " + Output.Order(response.Order);
        }));
        return command;
    }

    public static Command Get()
    {
        var get = new Command("get", "Show one order with its fills") { _account, _clientOrderId };
        get.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var response = await new OrderService.OrderServiceClient(invoker).GetOrderAsync(
                new GetOrderRequest { AccountId = parse.GetValue(_account)!, ClientOrderId = parse.GetValue(_clientOrderId)! }, cancellationToken: ct);
            return Output.Order(response.Order);
        }));
        return new Command("order", "One order") { get };
    }

    public static Command List()
    {
        var strategy = Optional("--strategy", "only this strategy's orders");
        var instrument = Optional("--instrument", "only this instrument's orders");
        var status = new Option<string[]>("--status") { Description = "only these statuses (repeatable): new, filled, canceled …", AllowMultipleArgumentsPerToken = true };
        var open = new Option<bool>("--open") { Description = "only open orders" };
        var pageSize = new Option<int>("--page-size") { Description = "orders per page (1-1000)", DefaultValueFactory = _ => 100 };
        var pageToken = Optional("--page-token", "continue from a previous page");
        var list = new Command("list", "List an account's orders, oldest first") { _account, strategy, instrument, status, open, pageSize, pageToken };
        list.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var request = new ListOrdersRequest
            {
                AccountId = parse.GetValue(_account)!,
                StrategyId = parse.GetValue(strategy) ?? "",
                InstrumentId = parse.GetValue(instrument) ?? "",
                OpenOnly = parse.GetValue(open),
                PageSize = parse.GetValue(pageSize),
                PageToken = parse.GetValue(pageToken) ?? "",
            };
            request.Statuses.AddRange((parse.GetValue(status) ?? []).Select(CliParsing.Status));
            var response = await new OrderService.OrderServiceClient(invoker).ListOrdersAsync(request, cancellationToken: ct);
            var text = response.Orders.Count == 0 ? "no orders" : Output.OrderTable(response.Orders);
            return response.NextPageToken.Length > 0 ? text + $"{Environment.NewLine}more: --page-token {response.NextPageToken}" : text;
        }));
        return new Command("orders", "Orders of an account") { list };
    }

    private static string NewClientOrderId() =>
        "cli-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
