using Azora.ServiceDefaults.Paging;

namespace Azora.Platform.Tests;

public sealed class PageQueryTests
{
    [Theory]
    [InlineData(null, 20)]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    public void A_limit_within_bounds_or_none_is_taken(string? text, int expected)
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Equal(expected, PageQuery.ReadLimit(text, errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-5")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    public void A_limit_out_of_bounds_or_not_a_number_is_refused_naming_the_field(string text)
    {
        var errors = new Dictionary<string, string[]>();
        PageQuery.ReadLimit(text, errors);
        Assert.Contains("limit", errors.Keys);
    }

    [Fact]
    public void An_id_cursor_round_trips()
    {
        var id = Guid.CreateVersion7();
        var errors = new Dictionary<string, string[]>();
        Assert.Equal(id, PageQuery.ReadIdCursor(PageQuery.CursorOf(id), errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("zzz")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not base64 at all!")]
    public void A_forged_cursor_is_refused_naming_the_field_never_thrown(string text)
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Null(PageQuery.ReadIdCursor(text, errors));
        Assert.Contains("cursor", errors.Keys);
        Assert.Null(PageQuery.ReadTextCursor(text.Length > 512 ? text : text + "\u00e9", new Dictionary<string, string[]>()));
        Assert.Null(PageQuery.ReadCreationCursor(text, new Dictionary<string, string[]>()));
    }

    [Fact]
    public void A_text_cursor_round_trips()
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Equal("638700000000000000:abc", PageQuery.ReadTextCursor(PageQuery.CursorOf("638700000000000000:abc"), errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_creation_cursor_round_trips_to_the_tick()
    {
        var position = new CreationPosition(new DateTimeOffset(2026, 11, 26, 11, 30, 0, TimeSpan.Zero).AddTicks(1234567), Guid.NewGuid());
        var errors = new Dictionary<string, string[]>();
        Assert.Equal(position, PageQuery.ReadCreationCursor(PageQuery.CursorOf(position), errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void An_id_cursor_or_an_impossible_instant_is_not_a_creation_cursor()
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Null(PageQuery.ReadCreationCursor(PageQuery.CursorOf(Guid.CreateVersion7()), errors));
        Assert.Contains("cursor", errors.Keys);

        // 24 bytes of 0xFF: a negative tick count.
        var negative = new Dictionary<string, string[]>();
        Assert.Null(PageQuery.ReadCreationCursor("________________________________", negative));
        Assert.Contains("cursor", negative.Keys);
    }
}
