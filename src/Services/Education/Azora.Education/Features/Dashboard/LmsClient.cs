using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Azora.Education.Features.Dashboard;

/// <summary>
/// Reads a learner's enrolments from azora-lms's own API, as the learner: the caller's bearer token is passed on, so
/// azora-lms answers with that learner's enrolments and nobody else's. azora-education never reads azora-lms's tables.
/// </summary>
internal sealed partial class LmsClient(HttpClient http, ILogger<LmsClient> logger)
{
    /// <summary>The learner's enrolments, or null when azora-lms cannot answer now (down, slow, or refusing).</summary>
    public async Task<IReadOnlyList<LmsEnrollment>?> MyEnrollmentsAsync(AuthenticationHeaderValue learner, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me/enrollments?limit=100");
        request.Headers.Authorization = learner;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused((int)response.StatusCode);
                return null;
            }
            var page = await response.Content.ReadFromJsonAsync<LmsEnrollmentPage>(cancellationToken);
            return page?.Items ?? [];
        }
        catch (Exception error) when (error is HttpRequestException or JsonException or NotSupportedException
            || IsResilienceRejection(error)
            || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(error.GetType().Name);
            return null;
        }
    }

    /// <summary>A timeout or an open circuit from the standard resilience handler (Polly v8).</summary>
    private static bool IsResilienceRejection(Exception error) =>
        error.GetType().Assembly == typeof(Polly.ResiliencePipeline).Assembly;

    [LoggerMessage(Level = LogLevel.Warning, Message = "azora-lms answered the learner's enrolments with {Status}; the dashboard shows them as unavailable.")]
    private partial void LogRefused(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "azora-lms could not be reached for the learner's enrolments ({Error}); the dashboard shows them as unavailable.")]
    private partial void LogUnreachable(string error);
}

/// <summary>azora-lms's <c>GET /api/me/enrollments</c> answer, as far as the dashboard reads it.</summary>
internal sealed record LmsEnrollmentPage(IReadOnlyList<LmsEnrollment>? Items);

internal sealed record LmsEnrollment(
    Guid CourseId,
    string? CourseTitle,
    DateTimeOffset EnrolledAt,
    decimal ProgressPercent,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<LmsDueDate>? NextDueDates);

internal sealed record LmsDueDate(Guid LessonId, string? LessonTitle, DateTimeOffset DueAt);
