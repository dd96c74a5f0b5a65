using Azora.Lms.Domain;

namespace Azora.Lms.Features;

/// <summary>How lesson kinds are spelled on the wire.</summary>
internal static class WireNames
{
    public const string KindPattern = "^(content|video|quiz)$";

    public static string Of(LessonKind kind) => kind switch
    {
        LessonKind.Content => "content",
        LessonKind.Video => "video",
        _ => "quiz",
    };

    public static LessonKind KindOf(string kind) => kind switch
    {
        "content" => LessonKind.Content,
        "video" => LessonKind.Video,
        "quiz" => LessonKind.Quiz,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind is content, video or quiz."),
    };
}
