using System.Net;
using Azora.Contracts;
using Azora.Testing;
using Azora.Testing.Postgres;
using static Azora.Content.Tests.Authoring;
using static Azora.Content.Tests.MediaFiles;

namespace Azora.Content.Tests;

/// <summary>The same authoring on PostgreSQL, where azora-content runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Lessons_media_components_and_tags_work_on_postgresql()
    {
        using var tokens = new TestTokens();
        await using var platform = await TestPlatform.StartAsync(
            [ContentFixture.ServiceId],
            new Dictionary<string, string?>
            {
                ["Azora:Database"] = "Postgres",
                ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
            },
            configure: tokens.Trust);
        using var author = platform.Client(ContentFixture.ServiceId);
        author.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(Guid.CreateVersion7(), Roles.Instructor));
        using var learner = platform.Client(ContentFixture.ServiceId);
        learner.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(Guid.CreateVersion7(), Roles.Learner));

        var png = Png();
        var image = await UploadedAsync(author, png, "image/png");
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(author, png, "image/png")).StatusCode);
        var component = await CreateAsync(author, "Shared note.", kind: "component", tags: ["shared"]);
        await ReleaseAsync(author, component, 1);
        var lesson = await CreateAsync(author, $"![](media:{image})\n\n[note](component:{component})", tags: ["pg"]);
        await SubmitAsync(author, lesson, 1);
        await Problems.AssertProblemAsync(await PublishAsync(author, lesson, 1), HttpStatusCode.UnprocessableEntity);
        var fixedVersion = await EditAsync(author, lesson, $"![A diagram](media:{image})\n\n[note](component:{component})");
        await ReleaseAsync(author, lesson, fixedVersion);
        var rolledBack = await author.PostAsync($"/api/items/{lesson}/versions/1/rollback", null);

        var html = (await PublishedAsync(learner, lesson)).GetProperty("html").GetString()!;
        Assert.Contains("alt=\"A diagram\"", html, StringComparison.Ordinal);
        Assert.Contains("Shared note.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, rolledBack.StatusCode);
        Assert.Equal(new Dictionary<int, string> { [1] = "superseded", [2] = "published", [3] = "draft" }, await StatesAsync(author, lesson));
        Assert.Contains(lesson.ToString(), await author.GetStringAsync($"/api/items/{component}/where-used"), StringComparison.Ordinal);
        Assert.Contains(lesson.ToString(), await author.GetStringAsync("/api/items?tag=pg"), StringComparison.Ordinal);
    }
}
