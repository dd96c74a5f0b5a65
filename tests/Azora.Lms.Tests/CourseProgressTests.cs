using Azora.Lms.Domain;

namespace Azora.Lms.Tests;

/// <summary>The completion rule and progress, on a course built in memory.</summary>
public sealed class CourseProgressTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static Course NewCourse(decimal minimumGrade = 0) =>
        Course.Create(Guid.CreateVersion7(), new CourseDetails("SQL", "", "Data", "beginner", "en", 0, "ZAR", [], [], minimumGrade), Now);

    private static LessonDefinition Content(bool required, int? due = null) =>
        new("Reading", LessonKind.Content, Guid.CreateVersion7(), null, null, null, required, due, null);

    private static LessonDefinition Quiz(Guid quizId, bool required = true) =>
        new("Quiz", LessonKind.Quiz, null, null, null, quizId, required, null, null);

    private static LessonCompletion Done(Lesson lesson, Enrollment enrollment) =>
        new() { LessonId = lesson.Id, LearnerId = enrollment.LearnerId, CourseId = lesson.CourseId, CompletedAt = Now };

    [Fact]
    public void Required_lessons_done_and_required_quizzes_passed_complete_the_course_optional_ones_do_not_matter()
    {
        var course = NewCourse();
        var module = course.AddModule("M", Now);
        var required = course.AddLesson(module, Content(required: true), Now);
        course.AddLesson(module, Content(required: false), Now);
        var quizId = Guid.CreateVersion7();
        course.AddLesson(module, Quiz(quizId), Now);
        var enrollment = Enrollment.Start(course.Id, Guid.CreateVersion7(), EnrollmentSource.Self, Now);

        var failed = CourseProgress.Of(course, enrollment, [Done(required, enrollment)], new Dictionary<Guid, QuizStanding> { [quizId] = new(40, false) }, []);
        var passed = CourseProgress.Of(course, enrollment, [Done(required, enrollment)], new Dictionary<Guid, QuizStanding> { [quizId] = new(85, true) }, []);

        Assert.False(failed.MeetsCompletionRule);
        Assert.Equal((1, 2, 50m), (failed.RequiredDone, failed.RequiredTotal, failed.Percent));
        Assert.True(passed.MeetsCompletionRule);
        Assert.Equal(100m, passed.Percent);
    }

    [Fact]
    public void A_minimum_grade_must_also_be_reached()
    {
        var course = NewCourse(minimumGrade: 70);
        var module = course.AddModule("M", Now);
        var quizId = Guid.CreateVersion7();
        course.AddLesson(module, Quiz(quizId), Now);
        var enrollment = Enrollment.Start(course.Id, Guid.CreateVersion7(), EnrollmentSource.Self, Now);

        var low = CourseProgress.Of(course, enrollment, [], new Dictionary<Guid, QuizStanding> { [quizId] = new(60, true) }, []);
        var high = CourseProgress.Of(course, enrollment, [], new Dictionary<Guid, QuizStanding> { [quizId] = new(75, true) }, []);

        Assert.False(low.MeetsCompletionRule);
        Assert.True(high.MeetsCompletionRule);
    }

    [Fact]
    public void A_course_with_only_optional_lessons_asks_for_every_lesson()
    {
        var course = NewCourse();
        var module = course.AddModule("M", Now);
        var first = course.AddLesson(module, Content(required: false), Now);
        course.AddLesson(module, Content(required: false), Now);
        var enrollment = Enrollment.Start(course.Id, Guid.CreateVersion7(), EnrollmentSource.Self, Now);

        var progress = CourseProgress.Of(course, enrollment, [Done(first, enrollment)], new Dictionary<Guid, QuizStanding>(), []);

        Assert.False(progress.MeetsCompletionRule);
        Assert.Equal((1, 2), (progress.RequiredDone, progress.RequiredTotal));
    }

    [Fact]
    public void An_extension_replaces_the_relative_due_date_of_that_lesson_only()
    {
        var course = NewCourse();
        var module = course.AddModule("M", Now);
        var first = course.AddLesson(module, Content(required: true, due: 2), Now);
        var second = course.AddLesson(module, Content(required: true, due: 5), Now);
        var enrollment = Enrollment.Start(course.Id, Guid.CreateVersion7(), EnrollmentSource.Self, Now);
        var extension = new DueDateExtension { LessonId = first.Id, LearnerId = enrollment.LearnerId, CourseId = course.Id, DueAt = Now.AddDays(9) };

        var progress = CourseProgress.Of(course, enrollment, [], new Dictionary<Guid, QuizStanding>(), [extension]);

        Assert.Equal(Now.AddDays(9), progress.Lessons.Single(l => l.Lesson.Id == first.Id).DueAt);
        Assert.Equal(Now.AddDays(5), progress.Lessons.Single(l => l.Lesson.Id == second.Id).DueAt);
    }

    [Fact]
    public void A_regraded_attempt_counts_at_its_latest_revision_and_the_best_attempt_counts_for_the_quiz()
    {
        var quizId = Guid.CreateVersion7();
        var learnerId = Guid.CreateVersion7();
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        QuizAttempt Attempt(Guid id, int revision, decimal percent, bool passed) =>
            new() { AttemptId = id, GradeRevision = revision, QuizId = quizId, LearnerId = learnerId, Percent = percent, Passed = passed };

        var standings = QuizAttempt.StandingsByQuiz([Attempt(first, 1, 95, true), Attempt(first, 2, 55, false), Attempt(second, 1, 70, true)]);

        Assert.Equal(new QuizStanding(70, true), standings[quizId]);
    }
}
