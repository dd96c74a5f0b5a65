using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azora.Contracts.UserService;

namespace Azora.SessionService.Users;

/// <summary>
/// Asks user-service about accounts over its internal API; session-service never reads user-service's tables.
/// Calls carry session-service's own client-credentials token (see <see cref="ServiceTokenHandler"/>).
/// </summary>
internal sealed class UserServiceClient(HttpClient http)
{
    /// <summary>Web defaults; outcomes are read whether user-service writes enums as names or as numbers.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<CredentialCheckResult> CheckCredentialsAsync(CredentialCheckRequest request, CancellationToken cancellationToken)
    {
        using var response = await Send(() => http.PostAsJsonAsync("api/internal/credential-checks", request, Json, cancellationToken));
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            // user-service refuses fields no account can have (not an email address, too long): no such sign-in.
            return new CredentialCheckResult(CredentialCheckOutcome.InvalidCredentials, null, null);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new UserServiceUnavailableException($"user-service answered the credential check with {(int)response.StatusCode}.");
        }
        return await response.Content.ReadFromJsonAsync<CredentialCheckResult>(Json, cancellationToken)
            ?? throw new UserServiceUnavailableException("user-service answered the credential check with an empty body.");
    }

    /// <summary>The account, or <c>null</c> when user-service does not know it.</summary>
    public async Task<AccountSummary?> FindAccountAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await Send(() => http.GetAsync($"api/internal/accounts/{id}", cancellationToken));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new UserServiceUnavailableException($"user-service answered the account lookup with {(int)response.StatusCode}.");
        }
        return await response.Content.ReadFromJsonAsync<AccountSummary>(Json, cancellationToken);
    }

    /// <summary>A timeout or an open circuit from the standard resilience handler (Polly v8).</summary>
    private static bool IsResilienceRejection(Exception error) =>
        error.GetType().Assembly == typeof(Polly.ResiliencePipeline).Assembly;

    private static async Task<HttpResponseMessage> Send(Func<Task<HttpResponseMessage>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception error) when (error is HttpRequestException or JsonException || IsResilienceRejection(error))
        {
            throw new UserServiceUnavailableException("user-service cannot be reached.", error);
        }
    }
}

/// <summary>user-service did not give a usable answer; sign-ins fail closed with a temporary error.</summary>
internal sealed class UserServiceUnavailableException : Exception
{
    public UserServiceUnavailableException(string message) : base(message) { }
    public UserServiceUnavailableException(string message, Exception inner) : base(message, inner) { }
}
