namespace Azora.Web.Api;

/// <summary>Where a lesson opens: a quiz lesson at its quiz, any other in the lesson player.</summary>
public static class LessonLinks
{
    public static string For(Guid courseId, LmsLesson lesson) =>
        lesson is { Kind: "quiz", QuizId: { } quizId }
            ? $"/learn/{courseId}/quizzes/{quizId}?lesson={lesson.Id}"
            : $"/learn/{courseId}/lessons/{lesson.Id}";
}
