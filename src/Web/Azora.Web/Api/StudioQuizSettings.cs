using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>The quiz settings form read into azora-assessment's <c>PUT /api/quizzes/{id}/settings</c>; a number that is not one is refused here.</summary>
public sealed record StudioQuizSettings(
    string Title,
    decimal PassMarkPercent,
    int? TimeLimitMinutes,
    int GraceSeconds,
    int? MaxAttempts,
    string FeedbackMode,
    DateTimeOffset? ClosesAt)
{
    public static (StudioQuizSettings? Settings, ApiProblem? Refusal) Read(IFormCollection form)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string Text(string name) => form[name].ToString().Trim();
        decimal? Decimal(string name, string field)
        {
            var text = Text(name);
            if (text.Length == 0)
            {
                return null;
            }
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            errors[field] = $"“{text}” is not a number.";
            return null;
        }
        int? Whole(string name, string field) => Decimal(name, field) is { } value
            ? value == Math.Truncate(value) ? (int)value : Refuse(field, "Write a whole number.")
            : null;
        int? Refuse(string field, string sentence)
        {
            errors[field] = sentence;
            return null;
        }
        DateTimeOffset? closesAt = null;
        if (Text("settings-closes-at") is { Length: > 0 } closes)
        {
            if (DateTime.TryParse(closes, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when))
            {
                closesAt = new DateTimeOffset(when, TimeSpan.Zero);
            }
            else
            {
                errors["closesAt"] = "Give the close date as a date and time.";
            }
        }
        var settings = new StudioQuizSettings(
            Text("settings-title"),
            Decimal("settings-pass-mark", "passMarkPercent") ?? 50,
            Whole("settings-time-limit", "timeLimitMinutes"),
            Whole("settings-grace", "graceSeconds") ?? 60,
            Whole("settings-max-attempts", "maxAttempts"),
            Text("settings-feedback") is { Length: > 0 } mode ? mode : "immediate",
            closesAt);
        return errors.Count == 0
            ? (settings, null)
            : (null, new ApiProblem((int)HttpStatusCode.BadRequest, "Some of what you entered needs another look; see the notes beside the fields.", errors));
    }
}
