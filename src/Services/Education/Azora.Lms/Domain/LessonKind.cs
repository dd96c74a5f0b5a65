namespace Azora.Lms.Domain;

/// <summary>What a lesson presents: an azora-content item, a captioned video, or an azora-assessment quiz.</summary>
internal enum LessonKind
{
    Content,
    Video,
    Quiz,
}
