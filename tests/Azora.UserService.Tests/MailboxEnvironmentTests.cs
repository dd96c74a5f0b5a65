using System.Net;
using Azora.Testing;

namespace Azora.UserService.Tests;

/// <summary>The development mailbox exists only where there is no real mail: never in production.</summary>
public sealed class MailboxEnvironmentTests
{
    [Fact]
    public async Task Outside_development_and_testing_the_mailbox_is_not_mapped()
    {
        await using var platform = await TestPlatform.StartAsync(
            ["user-service"], new Dictionary<string, string?> { ["environment"] = "Production" });
        using var client = platform.Client("user-service");
        var response = await client.GetAsync("/api/dev/mailbox?to=someone%40example.test");
        // No endpoint there: the deny-by-default fallback answers the anonymous caller.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var openApi = await client.GetStringAsync("/openapi/user-service.json");
        Assert.DoesNotContain("/api/dev/mailbox", openApi, StringComparison.Ordinal);
    }
}
