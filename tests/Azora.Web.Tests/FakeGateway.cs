using System.Net;
using System.Text;
using Azora.Web.Api;
using Azora.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Tests;

/// <summary>A gateway that answers canned bodies by path and query, and records what it was asked.</summary>
internal sealed class FakeGateway : HttpMessageHandler
{
    private readonly Dictionary<string, (HttpStatusCode Status, string Body)> _answers = new(StringComparer.Ordinal);

    public List<(HttpMethod Method, string PathAndQuery, string? Body)> Requests { get; } = [];

    public FakeGateway Answer(string pathAndQuery, string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _answers[pathAndQuery] = (status, body);
        return this;
    }

    public GatewayClient Client() => new(new HttpClient(this) { BaseAddress = new Uri("http://gateway.test/") }, new PortalAccessToken(new HttpContextAccessor(), new EphemeralDataProtectionProvider(), TimeProvider.System));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pathAndQuery = request.RequestUri!.PathAndQuery;
        Requests.Add((request.Method, pathAndQuery, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken)));
        var (status, body) = _answers.TryGetValue(pathAndQuery, out var answer)
            ? answer
            : (HttpStatusCode.NotFound, """{"title":"Not Found","status":404}""");
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
