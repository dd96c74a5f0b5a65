using System.Text;
using Azora.AuditLoggingService.Domain;

namespace Azora.AuditLoggingService.Tests;

public sealed class AuditRecordTests
{
    private static readonly DateTimeOffset Occurred = new(2026, 1, 15, 9, 30, 0, 123, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Recorded = new(2026, 1, 15, 7, 30, 1, TimeSpan.Zero);

    private static AuditRecord Record(IReadOnlyDictionary<string, string>? details = null) => AuditRecord.Create(
        new Guid("0197a5d2-0000-7000-8000-000000000001"), "a1", "account", "account.role-granted", "account", "b2", "succeeded",
        Occurred, Recorded, "user-service", details ?? new Dictionary<string, string> { ["role"] = "auditor", ["by"] = "admin" });

    [Fact]
    public void The_canonical_form_is_compact_json_with_sorted_keys_and_utc_microsecond_times()
    {
        var record = Record();

        var json = Encoding.UTF8.GetString(record.ToCanonicalJson());

        Assert.Equal(
            "{\"action\":\"account.role-granted\",\"actor\":{\"id\":\"a1\",\"kind\":\"account\"},\"details\":{\"by\":\"admin\",\"role\":\"auditor\"},"
            + "\"eventId\":\"0197a5d2-0000-7000-8000-000000000001\",\"id\":\"" + record.Id + "\",\"occurredAt\":\"2026-01-15T07:30:00.123000Z\","
            + "\"outcome\":\"succeeded\",\"recordedAt\":\"2026-01-15T07:30:01.000000Z\",\"resource\":{\"id\":\"b2\",\"type\":\"account\"},"
            + "\"sourceService\":\"user-service\"}",
            json);
    }

    [Fact]
    public void The_canonical_bytes_read_back_to_the_same_record_and_the_same_bytes()
    {
        var record = Record();
        var bytes = record.ToCanonicalJson();

        Assert.True(AuditRecord.TryParse(bytes, out var read));
        Assert.Equal(bytes, read.ToCanonicalJson());
        Assert.Equal(record.OccurredAt, read.OccurredAt);
    }

    [Fact]
    public void Bytes_that_are_not_an_entry_do_not_parse()
    {
        Assert.False(AuditRecord.TryParse("{\"action\":"u8.ToArray(), out _));
        Assert.False(AuditRecord.TryParse("{}"u8.ToArray(), out _));
    }

    [Theory]
    [InlineData("Account.Granted", "action")]
    [InlineData("", "action")]
    [InlineData("account granted", "action")]
    public void A_malformed_action_is_refused(string action, string field)
    {
        var error = Assert.Throws<ArgumentException>(() => AuditRecord.Create(Guid.CreateVersion7(), "a", "account", action, "account", "b", "succeeded",
            Occurred, Recorded, "user-service", null));
        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void An_unknown_kind_or_outcome_or_an_empty_event_id_is_refused()
    {
        Assert.Equal("actorKind", Assert.Throws<ArgumentException>(() => AuditRecord.Create(Guid.CreateVersion7(), "a", "robot", "x", "y", "z", "succeeded", Occurred, Recorded, "s", null)).ParamName);
        Assert.Equal("outcome", Assert.Throws<ArgumentException>(() => AuditRecord.Create(Guid.CreateVersion7(), "a", "system", "x", "y", "z", "maybe", Occurred, Recorded, "s", null)).ParamName);
        Assert.Equal("eventId", Assert.Throws<ArgumentException>(() => AuditRecord.Create(Guid.Empty, "a", "system", "x", "y", "z", "denied", Occurred, Recorded, "s", null)).ParamName);
    }

    [Fact]
    public void An_entry_hashes_its_canonical_bytes_with_the_leaf_prefix()
    {
        var record = Record();

        var entry = AuditEntry.At(7, record);

        Assert.Equal(record.ToCanonicalJson(), entry.Content);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData([0x00, .. entry.Content]), entry.LeafHash);
        Assert.True(entry.Agrees(record));
    }

    [Fact]
    public void A_tree_head_signs_the_rfc_6962_layout()
    {
        var root = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var head = new TreeHead(0x0102, DateTimeOffset.FromUnixTimeMilliseconds(0x0A0B0C), root);

        var bytes = head.ToSignedBytes();

        Assert.Equal(50, bytes.Length);
        Assert.Equal(new byte[] { 0, 1, 0, 0, 0, 0, 0, 0x0A, 0x0B, 0x0C, 0, 0, 0, 0, 0, 0, 0x01, 0x02 }, bytes[..18]);
        Assert.Equal(root, bytes[18..]);
    }
}
