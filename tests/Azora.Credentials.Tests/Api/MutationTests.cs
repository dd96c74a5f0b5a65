using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Azora.Credentials.Tests.Api;

/// <summary>
/// Hundreds of random damages to a real credential (values replaced by other JSON, entries removed, keys added),
/// with a fixed seed: each answer is a verdict or a 400 problem, never a server error; no damaged credential is valid.
/// </summary>
public sealed class MutationTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    private static readonly JsonNode?[] Replacements =
    [
        null, 0, -1, 1.5, true, "", "x", "@id", "@context", "_:b0", "urn:x", "https://evil.example/ctx",
        "did:web:elsewhere.example#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "2001-01-01T00:00:00Z", "not a date",
        new JsonArray(), new JsonObject(), new JsonArray(1, "a"), new JsonObject { ["@value"] = "v" }, new JsonObject { ["@id"] = "urn:y" },
        new JsonObject { ["@list"] = new JsonArray("a") }, new JsonObject { ["@context"] = null },
    ];

    [Fact]
    public async Task Damaged_credentials_are_refused_or_found_invalid_but_never_cause_a_server_error()
    {
        var original = JsonNode.Parse((await fixture.IssueAsync(Guid.CreateVersion7())).GetProperty("credential").GetRawText())!.AsObject();
        var random = new Random(20261125);
        using var client = fixture.Anonymous();

        for (var round = 0; round < 150; round++)
        {
            var damaged = original.DeepClone().AsObject();
            var spots = Spots(damaged).ToList();
            var (parent, key) = spots[random.Next(spots.Count)];
            var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
            switch (random.Next(3))
            {
                case 0 when parent is JsonObject obj:
                    obj.Remove(key.ToString()!);
                    break;
                case 1 when parent is JsonObject obj:
                    obj["extra" + round] = replacement;
                    break;
                default:
                    if (parent is JsonObject target)
                    {
                        target[key.ToString()!] = replacement;
                    }
                    else
                    {
                        parent.AsArray()[(int)key] = replacement;
                    }

                    break;
            }

            var response = await client.PostAsJsonAsync("/api/verify", new { credential = damaged });
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {damaged.ToJsonString()}: {body}");
            if (response.StatusCode == HttpStatusCode.OK && !JsonNode.DeepEquals(damaged, original))
            {
                Assert.False(JsonNode.Parse(body)!["valid"]!.GetValue<bool>(), $"A damaged credential verified: {damaged.ToJsonString()}");
            }
        }
    }

    /// <summary>Every place in the document a value can be changed: (container, key or index).</summary>
    private static IEnumerable<(JsonNode Parent, object Key)> Spots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    yield return (obj, key);
                    if (value is not null)
                    {
                        foreach (var spot in Spots(value))
                        {
                            yield return spot;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is { } item)
                    {
                        foreach (var spot in Spots(item))
                        {
                            yield return spot;
                        }
                    }
                }

                break;
        }
    }
}
