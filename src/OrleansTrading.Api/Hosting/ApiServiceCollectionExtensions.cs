using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OrleansTrading.Abstractions.Audit;
using OrleansTrading.Api.Audit;
using OrleansTrading.Api.Errors;
using OrleansTrading.Api.Security;
using OrleansTrading.Api.Services;
using OrleansTrading.Api.Streaming;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Hosting;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The data folder key shared with the host (<c>--data-dir</c>).</summary>
    public const string DataDirectoryKey = "OrleansTrading:DataDirectory";

    /// <summary>
    /// Registers the gRPC API: services, health and reflection, API-key and JWT authentication, the audit file sink
    /// and the stream wake-ups. Configuration problems (bad key hashes, half a JWT setup) fail here, at start-up.
    /// <paramref name="orderJournalSurvivesPowerLoss"/> says whether the silo's order journal is synced to disk before
    /// a submission is answered: only then may an admitted order's audit record skip its own sync
    /// (<see cref="ApiAudit.AdmittedOrderDurability"/>).
    /// </summary>
    public static IServiceCollection AddOrleansTradingApi(this IServiceCollection services, IConfiguration configuration, bool orderJournalSurvivesPowerLoss = false)
    {
        var options = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        var problems = Validate(options);
        if (problems.Count > 0)
        {
            throw new ApiConfigurationException(problems);
        }

        services.AddSingleton(Options.Create(options));
        services.AddSingleton(new ApiKeyStore(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClock>(sp => new OrleansTrading.Domain.Time.SystemClock(sp.GetRequiredService<TimeProvider>()));
        var dataDirectory = configuration[DataDirectoryKey] ?? ".data";
        var auditFile = options.AuditFile ?? Path.Combine(dataDirectory, "audit", "api-audit.jsonl");
        services.TryAddSingleton<IAuditSink>(_ => new JsonLinesAuditSink(auditFile, options.AuditFlushToDisk));
        services.AddSingleton(sp => new ApiAudit(sp.GetRequiredService<IAuditSink>(), sp.GetRequiredService<IClock>(), orderJournalSurvivesPowerLoss));
        services.AddSingleton<StreamPulses>();
        services.AddSingleton<ApiServiceContext>();

        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ApiExceptionInterceptor>();
            grpc.EnableDetailedErrors = false;
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<ClusterHealthCheck>("orleans-cluster");

        var authentication = services.AddAuthentication(AuthenticationSchemes.Selector)
            .AddPolicyScheme(AuthenticationSchemes.Selector, "API key or bearer token", policy =>
            {
                policy.ForwardDefaultSelector = http =>
                    !http.Request.Headers.ContainsKey(AuthenticationSchemes.ApiKeyHeader) && options.Jwt.IsConfigured && http.Request.Headers.Authorization.Count > 0
                        ? AuthenticationSchemes.Bearer
                        : AuthenticationSchemes.ApiKey;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthenticationSchemes.ApiKey, _ => { });
        if (options.Jwt.IsConfigured)
        {
            authentication.AddJwtBearer(AuthenticationSchemes.Bearer, jwt => ConfigureJwt(jwt, options.Jwt));
        }

        return services;
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, JwtOptions settings)
    {
        jwt.MapInboundClaims = false;
        jwt.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = failed =>
            {
                CallerResolver.RecordFailure(failed.HttpContext, failed.Exception);
                return Task.CompletedTask;
            },
        };
        jwt.RequireHttpsMetadata = true;
        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            jwt.Authority = settings.Authority;
        }

        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = settings.Issuer,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = JwtCallers.SubjectClaim,
            RoleClaimType = JwtCallers.RoleClaim,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = string.IsNullOrWhiteSpace(settings.SigningKey) ? null : new SymmetricSecurityKey(Convert.FromBase64String(settings.SigningKey)),
        };
    }

    internal static List<string> Validate(ApiOptions options)
    {
        var problems = new List<string>();
        var jwt = options.Jwt;
        if (jwt.IsConfigured)
        {
            if (string.IsNullOrWhiteSpace(jwt.Issuer))
            {
                problems.Add("Jwt:Issuer is required when JWT is configured (the 'iss' tokens must carry).");
            }

            if (string.IsNullOrWhiteSpace(jwt.Audience))
            {
                problems.Add("Jwt:Audience is required when JWT is configured (the 'aud' tokens must carry).");
            }

            if (string.IsNullOrWhiteSpace(jwt.SigningKey) && string.IsNullOrWhiteSpace(jwt.Authority))
            {
                problems.Add("Jwt needs SigningKey (base64 HMAC-SHA256 key of at least 32 bytes) or Authority (an OpenID Connect issuer URL).");
            }

            if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
            {
                try
                {
                    if (Convert.FromBase64String(jwt.SigningKey).Length < 32)
                    {
                        problems.Add("Jwt:SigningKey must decode to at least 32 bytes (256 bits); generate one with: openssl rand -base64 32.");
                    }
                }
                catch (FormatException)
                {
                    problems.Add("Jwt:SigningKey is not base64; generate one with: openssl rand -base64 32.");
                }
            }
        }

        if (!ApiKeyStore.IsLoopback(options.ListenAddress) && !options.Tls.IsConfigured)
        {
            problems.Add($"ListenAddress {options.ListenAddress} is not loopback, so TLS is required: set Tls:CertificatePath (and Tls:CertificatePassword).");
        }

        if (options.Tls.IsConfigured && !File.Exists(options.Tls.CertificatePath))
        {
            problems.Add($"Tls:CertificatePath {options.Tls.CertificatePath} does not exist.");
        }

        if (options.StreamPollInterval <= TimeSpan.Zero || options.StreamPollInterval > TimeSpan.FromMinutes(1))
        {
            problems.Add($"StreamPollInterval {options.StreamPollInterval} must be between 1 ms and 1 minute.");
        }

        return problems;
    }
}
