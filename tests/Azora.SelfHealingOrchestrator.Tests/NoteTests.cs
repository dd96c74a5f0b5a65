using Azora.SelfHealingOrchestrator.Domain;

namespace Azora.SelfHealingOrchestrator.Tests;

public sealed class NoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_note_keeps_its_owner_and_trimmed_text()
    {
        var owner = Guid.CreateVersion7();

        var note = Note.Write(owner, "  Title  ", "  Body  ", Now);

        Assert.Equal(owner, note.OwnerId);
        Assert.Equal("Title", note.Title);
        Assert.Equal("Body", note.Body);
        Assert.Equal(Now, note.CreatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_title_is_refused(string title)
    {
        Assert.Throws<ArgumentException>(() => Note.Write(Guid.CreateVersion7(), title, null, Now));
    }

    [Fact]
    public void Too_long_a_body_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Note.Write(Guid.CreateVersion7(), "ok", new string('b', Note.BodyMaxLength + 1), Now));
    }

    [Fact]
    public void Later_notes_get_larger_ids_so_ids_order_notes_by_time()
    {
        var first = Note.Write(Guid.CreateVersion7(), "first", null, Now);
        var second = Note.Write(Guid.CreateVersion7(), "second", null, Now.AddMilliseconds(1));

        Assert.True(string.CompareOrdinal(first.Id.ToString(), second.Id.ToString()) < 0);
    }
}
