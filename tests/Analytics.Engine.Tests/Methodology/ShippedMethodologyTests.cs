using Analytics.Engine.Methodology;

namespace Analytics.Engine.Tests.Methodology;

// A store keeps every methodology version it has judged with and refuses a default whose id and version it holds with
// other content ("save a new version"). A shipped version edited in place would therefore stop an upgraded store from
// starting. Each shipped version's content is pinned here: a change to a file must come with a new version (and a new
// line here), never with a new hash for an old one.
public class ShippedMethodologyTests
{
    private static readonly Dictionary<string, string> Shipped = new()
    {
        ["standard@4"] = "d1f4427c4aa4a2fe0b34faf611d114e7218407ce9b7fed812a02ce0d329c3109",
        ["regulatory@4"] = "c797be8b2cfe7123d4093c6e2360b92ea649e44f83c1a79e32614c1caad8ac04",
    };

    [Fact]
    public void EveryShippedVersion_KeepsItsContent_AChangeNeedsANewVersion()
    {
        var actual = MethodologyRepository.Defaults.ToDictionary(d => $"{d.Id}@{d.Version}", MethodologyJson.Hash);

        Assert.Equal(Shipped.Keys.Order(), actual.Keys.Order());
        foreach (var (key, hash) in Shipped)
            Assert.True(actual[key] == hash, $"{key} changed in place (now {actual[key]}): ship the change as a new version");
    }
}
