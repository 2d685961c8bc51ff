namespace OrleansTrading.Api.Hosting;

/// <summary>The <c>OrleansTrading:Api</c> configuration section (appsettings, environment <c>OrleansTrading__Api__…</c>, or <c>--OrleansTrading:Api:…=</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "OrleansTrading:Api";

    /// <summary>API keys, each stored as a salted hash with its principal, roles and scope.</summary>
    public List<ApiKeyOptions> Keys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    public TlsOptions Tls { get; set; } = new();

    /// <summary>The address the API listens on. Anything but loopback needs TLS.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The audit file; default <c>&lt;data folder&gt;/audit/api-audit.jsonl</c>.</summary>
    public string? AuditFile { get; set; }

    /// <summary>fsync each batch of audit records (survives a power cut); false flushes to the OS only (survives a process kill).</summary>
    public bool AuditFlushToDisk { get; set; } = true;

    /// <summary>How long a stream waits for a notification before it reads the journal anyway.</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// With no keys and no JWT configured, on loopback only: accept the built-in local development key
    /// (<see cref="Security.DevelopmentApiKey"/>) so the embedded default works out of the box.
    /// </summary>
    public bool AllowDevelopmentKey { get; set; } = true;
}

public sealed class ApiKeyOptions
{
    /// <summary>The principal name recorded in the audit log.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>sha256:&lt;salt hex&gt;:&lt;hash hex&gt;</c>, printed by <c>otrade api-key new</c>.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Comma-separated: trader, risk, operator, investor.</summary>
    public string Roles { get; set; } = "";

    /// <summary>Comma-separated account ids, or <c>*</c> for all.</summary>
    public string Accounts { get; set; } = "";

    /// <summary>Comma-separated fund ids, or <c>*</c> for all.</summary>
    public string Funds { get; set; } = "";
}

public sealed class JwtOptions
{
    public string? Issuer { get; set; }

    public string? Audience { get; set; }

    /// <summary>HMAC-SHA256 signing key, base64 (at least 32 bytes). Either this or <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect authority whose published keys sign the tokens.</summary>
    public string? Authority { get; set; }

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Issuer) || !string.IsNullOrWhiteSpace(Audience) || !string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(Authority);
}

public sealed class TlsOptions
{
    /// <summary>A PKCS#12 (.pfx) certificate; when set, the API serves HTTPS (HTTP/2 over TLS).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath);
}
