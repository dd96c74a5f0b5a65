using System.Net;

namespace Azora.Credentials.Tests.Api;

public sealed class VerificationPageTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    private async Task<(HttpStatusCode Status, string Html)> PostAsync(string credential)
    {
        using var client = fixture.Anonymous();
        var response = await client.PostAsync("/verify", new FormUrlEncodedContent([new("credential", credential)]));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_shows_a_form()
    {
        using var client = fixture.Anonymous();

        var response = await client.GetAsync("/verify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form method=\"post\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_credential_or_jwt_is_verified_with_every_check_shown()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());

        var json = await PostAsync(issued.GetProperty("credential").GetRawText());
        var jwt = await PostAsync(issued.GetProperty("jwt").GetString()!);
        var tampered = await PostAsync(issued.GetProperty("credential").GetRawText().Replace("Relational databases", "Brain surgery", StringComparison.Ordinal));

        foreach (var (status, html) in new[] { json, jwt })
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("<h2 class=\"passed\">Valid</h2>", html, StringComparison.Ordinal);
            Assert.Contains("<td>issuerKey</td><td class=\"passed\">passed</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<h2 class=\"failed\">Invalid</h2>", tampered.Html, StringComparison.Ordinal);
        Assert.Contains("<td>proof</td><td class=\"failed\">failed</td>", tampered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_that_is_not_a_credential_is_answered_400_with_the_reason()
    {
        var (status, html) = await PostAsync("{not json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid JSON", html, StringComparison.Ordinal);
    }
}
