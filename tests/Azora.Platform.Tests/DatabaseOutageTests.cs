using System.Net;
using Azora.ServiceDefaults.Errors;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.Platform.Tests;

/// <summary>A database that cannot be reached answers 503 with Retry-After; a real database error stays a 500.</summary>
public sealed class DatabaseOutageTests
{
    private sealed class Note
    {
        public int Id { get; set; }

        public string Text { get; set; } = "";
    }

    private sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
    {
        public DbSet<Note> Notes => Set<Note>();
    }

    private static async Task<WebApplication> StartAsync(int port, Action<DbContextOptionsBuilder> database)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddAzoraProblemDetails(builder.Environment);
        builder.Services.AddDbContext<NotesContext>(database);
        var app = builder.Build();
        app.UseAzoraProblemDetails();
        app.MapPost("/notes", async (NotesContext db) =>
        {
            db.Notes.Add(new Note { Text = "kept only if the database answers" });
            await db.SaveChangesAsync();
            return TypedResults.Created();
        });
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task A_write_while_PostgreSQL_is_unreachable_answers_503_with_retry_after()
    {
        var nothingListens = FreePorts.Next();
        var port = FreePorts.Next();
        await using var app = await StartAsync(port, options =>
            options.UseNpgsql($"Host=127.0.0.1;Port={nothingListens};Username=azora;Password=unused;Timeout=3"));

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var response = await http.PostAsync("/notes", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("unavailable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_error_that_is_not_transient_stays_an_unexpected_error()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var port = FreePorts.Next();
        // No table was created: the insert fails with "no such table", which retrying cannot mend.
        await using var app = await StartAsync(port, options => options.UseSqlite(connection));

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var response = await http.PostAsync("/notes", null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }
}
