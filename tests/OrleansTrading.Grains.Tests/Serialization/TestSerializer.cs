using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace OrleansTrading.Grains.Tests.Serialization;

/// <summary>An Orleans serializer with the platform's codecs, for tests that need one outside the cluster.</summary>
internal static class TestSerializer
{
    public static Serializer Instance { get; } = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
}
