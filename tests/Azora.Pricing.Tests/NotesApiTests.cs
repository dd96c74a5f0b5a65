using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azora.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Pricing.Tests;

public sealed class NotesApiTests : IAsyncLifetime
{
    private const string ServiceId = "azora-pricing";
    private readonly Guid _alice = Guid.CreateVersion7();
    private readonly Guid _bob = Guid.CreateVersion7();
    private readonly TestTokens _tokens = new();
    private TestPlatform _platform = null!;

    // Starts at the real time so that the tokens are current; tests move it on to order notes.
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync([ServiceId], clock: _clock, configure: _tokens.Trust);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    private HttpClient ClientFor(Guid? account)
    {
        var client = _platform.Client(ServiceId);
        if (account is { } id)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.ForAccount(id));
        }
        return client;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string title, string? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/notes", new { title, body });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_user_creates_a_note_then_reads_it_and_finds_it_in_their_list()
    {
        using var alice = ClientFor(_alice);

        var created = await CreateAsync(alice, "  First note  ", "Remember the milk.");
        var id = created.GetProperty("id").GetGuid();

        Assert.Equal("First note", created.GetProperty("title").GetString());
        Assert.Equal(_clock.GetUtcNow(), created.GetProperty("createdAt").GetDateTimeOffset());
        var read = await alice.GetFromJsonAsync<JsonElement>($"/api/notes/{id}");
        Assert.Equal("Remember the milk.", read.GetProperty("body").GetString());
        var page = await alice.GetFromJsonAsync<JsonElement>("/api/notes");
        Assert.Equal(id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Another_user_can_neither_list_nor_read_the_note()
    {
        using var alice = ClientFor(_alice);
        using var bob = ClientFor(_bob);
        var id = (await CreateAsync(alice, "Alice's note")).GetProperty("id").GetGuid();

        var bobsPage = await bob.GetFromJsonAsync<JsonElement>("/api/notes");
        var bobsRead = await bob.GetAsync($"/api/notes/{id}");

        Assert.Empty(bobsPage.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, bobsRead.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_everywhere()
    {
        using var anonymous = ClientFor(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/notes", new { title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/notes/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_gets_401()
    {
        using var stranger = new TestTokens();
        using var client = _platform.Client(ServiceId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", stranger.ForAccount(_alice));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/notes")).StatusCode);
    }

    [Theory]
    [InlineData("""{"body":"no title"}""", "title")]
    [InlineData("""{"title":"   "}""", "title")]
    [InlineData("""{"title":42}""", "title")]
    [InlineData("""{"title":"ok","body":["not","text"]}""", "body")]
    public async Task A_bad_note_is_refused_with_a_problem_naming_the_field(string json, string field)
    {
        using var alice = ClientFor(_alice);

        var response = await alice.PostAsync("/api/notes", new StringContent(json, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Too_long_a_title_or_body_is_refused_naming_the_field()
    {
        using var alice = ClientFor(_alice);

        var title = await alice.PostAsJsonAsync("/api/notes", new { title = new string('t', 201) });
        var body = await alice.PostAsJsonAsync("/api/notes", new { title = "ok", body = new string('b', 4001) });

        await Problems.AssertFieldErrorAsync(title, "title");
        await Problems.AssertFieldErrorAsync(body, "body");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var alice = ClientFor(_alice);

        var response = await alice.PostAsync("/api/notes", new StringContent("{\"title\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    public async Task A_bad_page_request_is_refused_naming_the_parameter(string query, string field)
    {
        using var alice = ClientFor(_alice);

        var response = await alice.GetAsync("/api/notes" + query);

        await Problems.AssertFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_without_gaps_or_repeats()
    {
        using var alice = ClientFor(_alice);
        using var bob = ClientFor(_bob);
        var written = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            written.Add((await CreateAsync(alice, $"note {i}")).GetProperty("id").GetGuid());
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        await CreateAsync(bob, "not Alice's");

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await alice.GetFromJsonAsync<JsonElement>("/api/notes?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(written), seen);
    }
}
