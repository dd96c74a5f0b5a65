using Azora.Lms.Domain;

namespace Azora.Lms.Features.Authoring;

/// <summary>
/// What each kind of lesson needs: a content lesson its azora-content item, a video lesson an http(s) video and the
/// captions every video must have, a quiz lesson its azora-assessment quiz and, when the course has gradebook
/// categories, one of them. Fields that belong to another kind are refused rather than silently ignored.
/// </summary>
internal static class LessonRules
{
    public static Dictionary<string, string[]> Problems(AddLessonRequest request, Course course)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            problems["title"] = ["The title must not be blank."];
        }
        var kind = WireNames.KindOf(request.Kind);
        Require(problems, "contentItemId", request.ContentItemId is { } item && item != Guid.Empty, kind == LessonKind.Content, request.ContentItemId is not null, "a content lesson");
        Require(problems, "videoUrl", IsWebAddress(request.VideoUrl), kind == LessonKind.Video, request.VideoUrl is not null, "a video lesson");
        Require(problems, "captionsUrl", IsWebAddress(request.CaptionsUrl), kind == LessonKind.Video, request.CaptionsUrl is not null, "a video lesson");
        Require(problems, "quizId", request.QuizId is { } quiz && quiz != Guid.Empty, kind == LessonKind.Quiz, request.QuizId is not null, "a quiz lesson");
        if (request.GradeCategory is { } category)
        {
            if (kind != LessonKind.Quiz)
            {
                problems["gradeCategory"] = ["Only a quiz lesson counts in a gradebook category."];
            }
            else if (category.Trim().Length == 0)
            {
                problems["gradeCategory"] = ["The category must not be blank."];
            }
            else if (course.GradeCategories.Count > 0 && course.GradeCategories.All(g => g.Name != category.Trim()))
            {
                problems["gradeCategory"] = [$"The course's categories are {string.Join(", ", course.GradeCategories.Select(g => g.Name))}."];
            }
        }
        return problems;
    }

    public static LessonDefinition ToDefinition(AddLessonRequest request) => new(
        request.Title,
        WireNames.KindOf(request.Kind),
        request.ContentItemId,
        request.VideoUrl,
        request.CaptionsUrl,
        request.QuizId,
        request.Required,
        request.DueOffsetDays,
        request.GradeCategory?.Trim());

    private static void Require(Dictionary<string, string[]> problems, string field, bool valid, bool needed, bool given, string whose)
    {
        if (needed && !valid)
        {
            var subject = char.ToUpperInvariant(whose[0]) + whose[1..];
            problems[field] = [field is "videoUrl" or "captionsUrl" ? $"{subject} needs an absolute http(s) {field}." : $"{subject} needs a {field}."];
        }
        else if (!needed && given)
        {
            problems[field] = [$"Only {whose} has a {field}."];
        }
    }

    private static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
