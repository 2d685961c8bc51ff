using OrleansTrading.Api.Security;

namespace OrleansTrading.Api.Tests.Security;

public sealed class ApiKeyHashTests
{
    [Fact]
    public void A_created_hash_matches_its_key_and_no_other()
    {
        var key = ApiKeyHash.NewKey();
        var parsed = ApiKeyHash.TryParse(ApiKeyHash.Create(key), out var problem);

        Assert.Null(problem);
        Assert.True(ApiKeyHash.Matches(key, parsed!.Value.Salt, parsed.Value.Hash));
        Assert.False(ApiKeyHash.Matches(key + "x", parsed.Value.Salt, parsed.Value.Hash));
    }

    [Fact]
    public void The_same_key_hashed_twice_gives_different_salted_hashes()
    {
        Assert.NotEqual(ApiKeyHash.Create("same-key"), ApiKeyHash.Create("same-key"));
    }

    [Fact]
    public void New_keys_are_long_random_and_url_safe()
    {
        var key = ApiKeyHash.NewKey();

        Assert.StartsWith("otk_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 40);
        Assert.DoesNotContain('+', key);
        Assert.DoesNotContain('/', key);
        Assert.NotEqual(key, ApiKeyHash.NewKey());
    }

    [Theory]
    [InlineData("", "sha256:")]
    [InlineData("md5:00:00", "sha256:")]
    [InlineData("sha256:zz:00", "hexadecimal")]
    [InlineData("sha256:0011:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "salt of at least 8 bytes")]
    public void Malformed_stored_hashes_are_refused_with_the_reason(string stored, string expected)
    {
        Assert.Null(ApiKeyHash.TryParse(stored, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_development_hash_belongs_to_the_development_key()
    {
        var parsed = ApiKeyHash.TryParse(DevelopmentApiKey.Hash, out _)!.Value;

        Assert.True(ApiKeyHash.Matches(DevelopmentApiKey.Key, parsed.Salt, parsed.Hash));
    }
}
