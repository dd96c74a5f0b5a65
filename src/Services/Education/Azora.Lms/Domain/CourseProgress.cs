namespace Azora.Lms.Domain;

/// <summary>One lesson as a learner stands on it.</summary>
internal sealed record LessonStanding(Lesson Lesson, bool Done, DateTimeOffset? CompletedAt, DateTimeOffset? DueAt, QuizStanding? Quiz);

/// <summary>
/// A learner's progress through a course and whether they meet its completion rule: every required lesson done, where a
/// quiz lesson is done when its quiz was passed, and the weighted grade at least the course's minimum. A course with no
/// required lessons asks for every lesson.
/// </summary>
internal sealed record CourseProgress(
    IReadOnlyList<LessonStanding> Lessons,
    int RequiredDone,
    int RequiredTotal,
    decimal Percent,
    GradeResult Grade,
    bool MeetsCompletionRule)
{
    public static CourseProgress Of(
        Course course,
        Enrollment enrollment,
        IReadOnlyCollection<LessonCompletion> completions,
        IReadOnlyDictionary<Guid, QuizStanding> quizStandings,
        IReadOnlyCollection<DueDateExtension> extensions)
    {
        var completedAt = completions.ToDictionary(c => c.LessonId, c => c.CompletedAt);
        var extended = extensions.ToDictionary(e => e.LessonId, e => e.DueAt);
        var lessons = course.OrderedLessons()
            .Select(lesson =>
            {
                var quiz = lesson.QuizId is { } quizId ? quizStandings.GetValueOrDefault(quizId) : null;
                var done = completedAt.ContainsKey(lesson.Id) || (lesson.Kind == LessonKind.Quiz && quiz?.Passed == true);
                return new LessonStanding(
                    lesson,
                    done,
                    completedAt.TryGetValue(lesson.Id, out var at) ? at : null,
                    DueDates.DueAt(lesson, enrollment.EnrolledAt, extended.TryGetValue(lesson.Id, out var due) ? due : null),
                    quiz);
            })
            .ToList();

        var required = lessons.Any(l => l.Lesson.Required) ? lessons.Where(l => l.Lesson.Required).ToList() : lessons;
        var requiredDone = required.Count(l => l.Done);
        var percent = required.Count == 0 ? 0 : Math.Round(100m * requiredDone / required.Count, 2, MidpointRounding.AwayFromZero);

        var grade = Gradebook.Compute(
            course.GradeCategories,
            [.. lessons.Where(l => l.Lesson.Kind == LessonKind.Quiz).Select(l => new GradedItem(l.Lesson.Id, l.Lesson.GradeCategory, l.Quiz?.BestPercent))]);
        var meetsGrade = course.MinimumGrade == 0 || (grade.Grade ?? 0) >= course.MinimumGrade;
        var meets = required.Count > 0 && requiredDone == required.Count && meetsGrade;
        return new CourseProgress(lessons, requiredDone, required.Count, percent, grade, meets);
    }
}
