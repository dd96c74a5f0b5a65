using Azora.LoadBalancer.Features.RequestIds;
using Microsoft.Extensions.Primitives;

namespace Azora.LoadBalancer.Tests;

public sealed class RequestIdTests
{
    [Theory]
    [InlineData("abc-123")]
    [InlineData("0193a1b2c3d4e5f6a7b8c9d0e1f2a3b4")]
    [InlineData("trace_1.2")]
    public void A_short_id_of_safe_characters_is_kept(string incoming)
    {
        Assert.Equal(incoming, RequestId.From(incoming));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("line\r\nbreak")]
    [InlineData("<script>")]
    [InlineData("ümlaut")]
    public void An_id_with_unsafe_characters_is_replaced(string incoming)
    {
        var id = RequestId.From(incoming);

        Assert.NotEqual(incoming, id);
        Assert.True(RequestId.IsWellFormed(id));
    }

    [Fact]
    public void An_id_longer_than_the_limit_is_replaced()
    {
        var incoming = new string('a', RequestId.MaxLength + 1);

        Assert.NotEqual(incoming, RequestId.From(incoming));
        Assert.Equal(new string('a', RequestId.MaxLength), RequestId.From(new string('a', RequestId.MaxLength)));
    }

    [Fact]
    public void Several_ids_in_one_request_are_replaced_by_one_new_id()
    {
        var id = RequestId.From(new StringValues(["first", "second"]));

        Assert.NotEqual("first", id);
        Assert.NotEqual("second", id);
        Assert.True(RequestId.IsWellFormed(id));
    }

    [Fact]
    public void No_id_gets_a_new_unique_one()
    {
        var first = RequestId.From(StringValues.Empty);
        var second = RequestId.From(StringValues.Empty);

        Assert.True(RequestId.IsWellFormed(first));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void New_ids_are_32_hexadecimal_digits_that_share_this_process_prefix()
    {
        var first = RequestId.New();
        var second = RequestId.New();

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.Matches("^[0-9a-f]{32}$", second);
        Assert.Equal(first[..16], second[..16]);
        Assert.True(Convert.ToUInt64(second[16..], 16) > Convert.ToUInt64(first[16..], 16));
    }
}
