using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Azora.ServiceDefaults.Idempotency;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.Platform.Tests;

/// <summary>The Idempotency-Key filter tells the request's data from the services a handler is given.</summary>
public sealed class IdempotencyKeyFilterTests
{
    private sealed class KeysContext(DbContextOptions<KeysContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.MapIdempotencyRecords();
    }

    /// <summary>Registered under an interface, like Wolverine's outbox; serializing it would fail.</summary>
    public interface ICounter
    {
        int Next();
    }

    private sealed class Counter : ICounter
    {
        private int _count;

        public int Next() => Interlocked.Increment(ref _count);

        public object Unserializable => throw new InvalidOperationException("A service is never part of the request.");
    }

    public sealed record Order(string Item);

    [Fact]
    public async Task A_service_registered_under_an_interface_is_not_hashed_and_a_retry_replays_the_first_answer()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var port = Azora.Testing.FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddDbContext<KeysContext>(options => options.UseSqlite(connection));
        builder.Services.AddSingleton<ICounter, Counter>();
        builder.Services.AddSingleton(TimeProvider.System);
        await using var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KeysContext>().Database.EnsureCreatedAsync();
        }
        app.Use((context, next) =>
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AuthenticationDefaults.SubjectClaim, "buyer")], "test"));
            return next(context);
        });
        app.MapPost("/orders", (Order order, ICounter counter) => TypedResults.Created($"/orders/{counter.Next()}", new { order.Item, number = counter.Next() }))
            .AcceptIdempotencyKey<KeysContext>();
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        async Task<HttpResponseMessage> OrderAsync(string item)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = JsonContent.Create(new Order(item)) };
            request.Headers.Add(IdempotencyKeyFilter<KeysContext>.Header, "key-1");
            return await http.SendAsync(request);
        }

        var first = await OrderAsync("book");
        var retry = await OrderAsync("book");
        var other = await OrderAsync("lamp");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("true", retry.Headers.GetValues(IdempotencyKeyFilter<KeysContext>.ReplayedHeader).Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
    }
}
