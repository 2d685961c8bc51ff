using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;

namespace OrleansTrading.Grains.Tests.Cluster;

/// <summary>References built from the once-resolved grain and interface types are the ones Orleans builds itself.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainReferencesTests(ClusterFixture cluster)
{
    [Fact]
    public void The_first_and_every_later_reference_equals_the_one_GetGrain_returns()
    {
        AssertSameAsOrleans<IOrderGrain>("ACC-REF|C-1");
        AssertSameAsOrleans<IOrderGrain>("ACC-REF|C-2");
        AssertSameAsOrleans<IPositionGrain>("ACC-REF|MSFT.XNAS");
        AssertSameAsOrleans<IAccountGrain>("ACC-REF");
    }

    [Fact]
    public async Task A_reference_built_from_the_resolved_types_reaches_its_grain()
    {
        _ = cluster.Grains.GetGrainByKey<IOrderGrain>("ACC-REF|C-WARM");

        var view = await cluster.Grains.GetGrainByKey<IOrderGrain>("ACC-REF|C-NEVER-SUBMITTED").Get();

        Assert.Null(view); // the order grain answered: no order was ever admitted under this key
    }

    private void AssertSameAsOrleans<TGrain>(string key)
        where TGrain : IGrainWithStringKey
    {
        for (var call = 0; call < 2; call++)
        {
            var ours = (GrainReference)(object)cluster.Grains.GetGrainByKey<TGrain>(key);
            var orleans = (GrainReference)(object)cluster.Grains.GetGrain<TGrain>(key);

            Assert.Equal(orleans.GrainId, ours.GrainId);
            Assert.Equal(orleans.InterfaceType, ours.InterfaceType);
            Assert.Equal(orleans.GetType(), ours.GetType());
            Assert.IsAssignableFrom<TGrain>(ours);
        }
    }
}
