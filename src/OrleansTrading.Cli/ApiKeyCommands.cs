using System.CommandLine;
using OrleansTrading.Api.Security;
using static OrleansTrading.Cli.CliOptions;

namespace OrleansTrading.Cli;

/// <summary>api-key new / api-key hash: make keys and the salted hashes the server's configuration stores.</summary>
internal static class ApiKeyCommands
{
    public static Command Create()
    {
        var name = Required("--name", "the principal name recorded in the audit log");
        var roles = Required("--roles", "comma-separated: trader, risk, operator, investor");
        var accounts = new Option<string>("--accounts") { Description = "comma-separated account ids, or * for all", DefaultValueFactory = _ => "" };
        var funds = new Option<string>("--funds") { Description = "comma-separated fund ids, or * for all", DefaultValueFactory = _ => "" };
        var create = new Command("new", "Make a new API key and print it with its configuration entry (only the hash goes to the server)") { name, roles, accounts, funds };
        create.SetAction(parse =>
        {
            var key = ApiKeyHash.NewKey();
            var hash = ApiKeyHash.Create(key);
            Console.WriteLine($"key (give it to the caller; it is not stored anywhere): {key}");
            Console.WriteLine($"hash: {hash}");
            Console.WriteLine();
            Console.WriteLine("appsettings.json, under OrleansTrading:Api:Keys:");
            Console.WriteLine($"  {{ \"Name\": \"{parse.GetValue(name)}\", \"Hash\": \"{hash}\", \"Roles\": \"{parse.GetValue(roles)}\", \"Accounts\": \"{parse.GetValue(accounts)}\", \"Funds\": \"{parse.GetValue(funds)}\" }}");
            Console.WriteLine("or as environment variables (N = the entry's index):");
            Console.WriteLine($"  OrleansTrading__Api__Keys__N__Name={parse.GetValue(name)} OrleansTrading__Api__Keys__N__Hash={hash} OrleansTrading__Api__Keys__N__Roles={parse.GetValue(roles)} OrleansTrading__Api__Keys__N__Accounts='{parse.GetValue(accounts)}' OrleansTrading__Api__Keys__N__Funds='{parse.GetValue(funds)}'");
            return CliRunner.Ok;
        });

        var key = Required("--key", "an existing key");
        var hashOnly = new Command("hash", "Print the salted hash of an existing key") { key };
        hashOnly.SetAction(parse =>
        {
            Console.WriteLine(ApiKeyHash.Create(parse.GetValue(key)!));
            return CliRunner.Ok;
        });

        return new Command("api-key", "API keys for the server's configuration") { create, hashOnly };
    }
}
