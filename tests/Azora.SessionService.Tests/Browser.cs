using System.Net;
using System.Text.RegularExpressions;

namespace Azora.SessionService.Tests;

/// <summary>A cookie-keeping client that does not follow redirects, so each step of the code flow can be checked.</summary>
public sealed partial class Browser : IDisposable
{
    public const string RedirectUri = "http://localhost:3000/signin-oidc";

    private readonly HttpClient _http;

    public Browser(Uri address)
    {
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> form) =>
        _http.PostAsync(url, new FormUrlEncodedContent(form));

    public static string AuthorizeUrl(string challenge, string method = "S256", string state = "state-123") =>
        "connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = OAuth.Web,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = OAuth.UserScopes,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = method,
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Runs authorize -> sign-in page -> post -> authorize again and returns the redirect carrying the code.</summary>
    public async Task<Uri> SignInAndAuthorizeAsync(string challenge, string email, string password, string? code = null)
    {
        var first = await GetAsync(AuthorizeUrl(challenge));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var signInPage = first.Headers.Location!;
        Assert.Equal("/account/signin", signInPage.AbsolutePath);

        var page = await GetAsync(signInPage.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();

        var posted = await PostFormAsync("account/signin", FormOf(html, email, password, code));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var back = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/connect/authorize?", back);

        var authorized = await GetAsync(back.TrimStart('/'));
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        return authorized.Headers.Location!;
    }

    public static List<KeyValuePair<string, string>> FormOf(string html, string email, string password, string? code)
    {
        var fields = HiddenField().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        var form = fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).ToList();
        form.Add(KeyValuePair.Create("email", email));
        form.Add(KeyValuePair.Create("password", password));
        form.Add(KeyValuePair.Create("code", code ?? string.Empty));
        return form;
    }

    public static string QueryValue(Uri uri, string name) =>
        uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).Single();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenField();

    public void Dispose() => _http.Dispose();
}
