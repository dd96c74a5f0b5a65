using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>
/// A lesson as the studio's lesson form gives it (<c>LessonFields.razor</c>), and the azora-lms request it becomes: only
/// the fields of its kind are sent (a reading its content item, a video its video and captions, a quiz its quiz and
/// gradebook category), since the API refuses fields of another kind.
/// </summary>
public sealed record StudioLessonDraft(
    Guid ModuleId,
    string Title,
    string Kind,
    string? Markdown,
    string? VideoUrl,
    string? CaptionsUrl,
    Guid? QuizId,
    bool Required,
    int? DueOffsetDays,
    string? GradeCategory)
{
    public static (StudioLessonDraft? Draft, ApiProblem? Refusal) Read(IFormCollection form)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string Text(string name) => form[name].ToString().Trim();
        var kind = Text("lesson-kind") is { Length: > 0 } given ? given : "content";
        int? due = null;
        if (Text("lesson-due") is { Length: > 0 } dueText)
        {
            if (int.TryParse(dueText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
            {
                due = days;
            }
            else
            {
                errors["dueOffsetDays"] = "Write the number of days as a whole number, like 7.";
            }
        }
        Guid? quizId = Guid.TryParse(Text("lesson-quiz"), out var quiz) ? quiz : null;
        if (kind == "quiz" && quizId is null)
        {
            errors["quizId"] = "Choose the quiz this lesson gives.";
        }
        if (kind == "content" && form.ContainsKey("lesson-markdown") && Text("lesson-markdown").Length == 0)
        {
            errors["markdown"] = "Write the lesson's text.";
        }
        if (errors.Count > 0)
        {
            return (null, new ApiProblem((int)HttpStatusCode.BadRequest, "Some of what you entered needs another look; see the notes beside the fields.", errors));
        }
        return (new StudioLessonDraft(
            Guid.TryParse(Text("lesson-module"), out var module) ? module : Guid.Empty,
            Text("lesson-title"),
            kind,
            form["lesson-markdown"].ToString(),
            Text("lesson-video"),
            Text("lesson-captions"),
            quizId,
            form.ContainsKey("lesson-required"),
            due,
            Text("lesson-category") is { Length: > 0 } category ? category : null), null);
    }

    /// <summary>The body of azora-lms's add-lesson and edit-lesson requests.</summary>
    public object ToRequest(Guid? contentItemId) => Kind switch
    {
        "video" => new { title = Title, kind = Kind, videoUrl = VideoUrl, captionsUrl = CaptionsUrl, required = Required, dueOffsetDays = DueOffsetDays },
        "quiz" => new { title = Title, kind = Kind, quizId = QuizId, gradeCategory = GradeCategory, required = Required, dueOffsetDays = DueOffsetDays },
        _ => new { title = Title, kind = Kind, contentItemId, required = Required, dueOffsetDays = DueOffsetDays },
    };
}
