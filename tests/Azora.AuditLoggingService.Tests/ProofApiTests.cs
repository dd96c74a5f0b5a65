using System.Net.Http.Json;
using System.Text.Json;
using Azora.AuditLoggingService.Domain;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace Azora.AuditLoggingService.Tests;

/// <summary>Signed tree heads and proofs over HTTP, checked with nothing but the public key and the RFC algorithms.</summary>
public sealed class ProofApiTests : IAsyncLifetime
{
    private const int EntryCount = 3000;
    private AuditLogHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditLogHost.StartAsync();
        for (var i = 0; i < EntryCount; i++)
        {
            await _host.AppendAsync(AuditLogHost.Event(actorId: $"user-{i % 17}"));
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static byte[] Hex(JsonElement element) => Convert.FromHexString(element.GetString()!);

    private static List<byte[]> Hashes(JsonElement array) => array.EnumerateArray().Select(Hex).ToList();

    [Fact]
    public async Task A_signed_tree_head_verifies_with_the_published_key()
    {
        using var anonymous = _host.Anonymous();
        using var auditor = _host.As("auditor");

        var signed = await _host.SignTreeHeadAsync();
        var key = await anonymous.GetFromJsonAsync<JsonElement>("/api/log/key");
        var latest = await auditor.GetFromJsonAsync<JsonElement>("/api/log/tree-heads/latest");

        Assert.Equal(signed.GetProperty("id").GetGuid(), latest.GetProperty("id").GetGuid());
        Assert.Equal(EntryCount, latest.GetProperty("treeSize").GetInt64());
        Assert.Equal("Ed25519", key.GetProperty("algorithm").GetString());
        Assert.Equal(key.GetProperty("keyId").GetString(), latest.GetProperty("keyId").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Hex(key.GetProperty("publicKey")))), key.GetProperty("keyId").GetString());
        // The RFC 6962 TreeHeadSignature bytes, built here independently of the service.
        var message = new byte[50];
        message[0] = 0;
        message[1] = 1;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(2), (ulong)latest.GetProperty("timestampMilliseconds").GetInt64());
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(10), (ulong)latest.GetProperty("treeSize").GetInt64());
        Hex(latest.GetProperty("rootHash")).CopyTo(message, 18);
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Hex(key.GetProperty("publicKey")), KeyBlobFormat.RawPublicKey);
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, message, Hex(latest.GetProperty("signature"))));
        message[^1] ^= 1;
        Assert.False(SignatureAlgorithm.Ed25519.Verify(publicKey, message, Hex(latest.GetProperty("signature"))));
    }

    [Fact]
    public async Task Every_leaf_of_a_log_of_three_thousand_entries_has_an_inclusion_proof_that_verifies_against_the_signed_root()
    {
        using var auditor = _host.As("auditor");
        var root = Hex((await _host.SignTreeHeadAsync()).GetProperty("rootHash"));
        var leafHashes = new List<byte[]>();
        for (var start = 0; start < EntryCount; start += 100)
        {
            var range = await auditor.GetFromJsonAsync<JsonElement>($"/api/log/entries?start={start}&end={start + 99}");
            leafHashes.AddRange(range.GetProperty("items").EnumerateArray()
                .Select(e => MerkleHash.Leaf(Convert.FromBase64String(e.GetProperty("entry").GetString()!))));
        }
        Assert.Equal(EntryCount, leafHashes.Count);

        for (var index = 0; index < EntryCount; index++)
        {
            var proof = await auditor.GetFromJsonAsync<JsonElement>($"/api/log/proofs/inclusion?leafIndex={index}&treeSize={EntryCount}");
            Assert.True(MerkleProofs.VerifyInclusion(leafHashes[index], index, EntryCount, Hashes(proof.GetProperty("auditPath")), root), $"leaf {index}");
        }
    }

    [Fact]
    public async Task A_leaf_found_by_its_hash_proves_its_inclusion_in_an_earlier_tree()
    {
        using var auditor = _host.As("auditor");
        var entry = (await auditor.GetFromJsonAsync<JsonElement>("/api/log/entries?start=1234&end=1234")).GetProperty("items")[0];
        var leafHash = entry.GetProperty("leafHash").GetString();

        var proof = await auditor.GetFromJsonAsync<JsonElement>($"/api/log/proofs/inclusion?leafHash={leafHash}&treeSize=2000");

        Assert.Equal(1234, proof.GetProperty("leafIndex").GetInt64());
        Assert.True(MerkleProofs.VerifyInclusion(Hex(proof.GetProperty("leafHash")), 1234, 2000, Hashes(proof.GetProperty("auditPath")), Hex(proof.GetProperty("rootHash"))));
    }

    [Fact]
    public async Task Consistency_proofs_link_earlier_tree_heads_to_later_ones()
    {
        using var auditor = _host.As("auditor");
        long[] sizes = [1, 7, 8, 9, 500, 1024, 1999, 2999, 3000];

        foreach (var first in sizes)
        {
            foreach (var second in sizes.Where(s => s >= first))
            {
                var proof = await auditor.GetFromJsonAsync<JsonElement>($"/api/log/proofs/consistency?first={first}&second={second}");
                Assert.True(MerkleProofs.VerifyConsistency(first, second, Hex(proof.GetProperty("firstRootHash")), Hex(proof.GetProperty("secondRootHash")),
                    Hashes(proof.GetProperty("proof"))), $"{first} to {second}");
            }
        }
    }

    [Fact]
    public async Task The_verifier_finds_a_log_of_three_thousand_entries_intact()
    {
        await _host.SignTreeHeadAsync();

        var result = await Verification.RunAsync(_host);

        Assert.True(result.Holds, string.Join("; ", result.Faults.Select(f => f.Problem)));
        Assert.Equal(EntryCount, result.EntryCount);
    }

    [Fact]
    public async Task The_log_key_is_generated_once_and_read_back_from_the_database()
    {
        using var anonymous = _host.Anonymous();
        var published = (await anonymous.GetFromJsonAsync<JsonElement>("/api/log/key")).GetProperty("publicKey").GetString();

        using var freshSigner = new Log.LogSigner(TimeProvider.System);
        var reloaded = await _host.QueryAsync(db => freshSigner.PublicKeyAsync(db, CancellationToken.None));

        Assert.Equal(published, Convert.ToHexStringLower(reloaded));
        Assert.Equal(1, await _host.QueryAsync(db => db.SigningKeys.CountAsync()));
    }
}
