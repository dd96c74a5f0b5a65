using System.Text.Json;
using System.Text.Json.Serialization;
using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Learning;

/// <summary>
/// Records what learners do (enrolment, lesson completion, graded quiz attempts) on the request's
/// <see cref="LmsDbContext"/>, and collects the events that tell of it in <see cref="Events"/>: LearnerEnrolled,
/// LessonCompleted, an xAPI statement for each, and CourseCompleted when the completion rule is met. Nothing is saved
/// here; <see cref="LmsOutbox"/> commits the changes and the events together, so a course completion row and its event
/// exist together or not at all, and the row's key (learner, course) lets the event be written only once.
/// </summary>
internal sealed class LearningRecorder(LmsDbContext db, XapiStatements statements, TimeProvider clock)
{
    private static readonly JsonSerializerOptions StatementJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // The queries every AttemptGraded runs, compiled once.
    private static readonly CompiledQuery<Func<LmsDbContext, Guid, int, CancellationToken, Task<bool>>> AttemptRecorded = new(() =>
        EF.CompileAsyncQuery((LmsDbContext db, Guid attemptId, int gradeRevision, CancellationToken _) =>
            db.QuizAttempts.Any(a => a.AttemptId == attemptId && a.GradeRevision == gradeRevision)));

    private static readonly CompiledQuery<Func<LmsDbContext, Guid, IAsyncEnumerable<Guid>>> CoursesWithQuiz = new(() =>
        EF.CompileAsyncQuery((LmsDbContext db, Guid quizId) =>
            db.Lessons.Where(l => l.QuizId == quizId && l.Kind == LessonKind.Quiz).Select(l => l.CourseId).Distinct()));

    private static readonly CompiledQuery<Func<LmsDbContext, Guid, List<Guid>, IAsyncEnumerable<Enrollment>>> OpenEnrollments = new(() =>
        EF.CompileAsyncQuery((LmsDbContext db, Guid learnerId, List<Guid> courseIds) =>
            db.Enrollments.Where(e => e.LearnerId == learnerId && courseIds.Contains(e.CourseId) && e.EndedAt == null)));

    private readonly List<object> _events = [];

    // What each learner's standing in a course is computed from: read once per request (untracked), plus the completions
    // and attempts this recorder adds. Never DbSet.Local: reading it runs change detection over every tracked entity.
    private readonly Dictionary<(Guid LearnerId, Guid CourseId), Standing> _loaded = [];
    private readonly List<LessonCompletion> _addedCompletions = [];
    private readonly List<QuizAttempt> _addedAttempts = [];
    private readonly HashSet<(Guid LearnerId, Guid CourseId)> _completedCourses = [];

    public IReadOnlyList<object> Events => _events;

    public LmsDbContext Db => db;

    /// <summary>
    /// The learner's enrolment, made now if there was none; enrolling twice returns the first enrolment. A purchase
    /// (<paramref name="orderId"/>) opens again an enrolment that ended with an earlier refund.
    /// </summary>
    public async Task<(Enrollment Enrollment, bool IsNew)> EnrolAsync(
        Course course, Guid learnerId, EnrollmentSource source, CancellationToken cancellationToken, Guid? orderId = null)
    {
        var existing = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == course.Id && e.LearnerId == learnerId, cancellationToken);
        if (existing is not null)
        {
            if (orderId is { } order)
            {
                existing.ResumeForPurchase(order);
            }
            return (existing, false);
        }
        var now = clock.GetUtcNow();
        var enrollment = Enrollment.Start(course.Id, learnerId, source, now, orderId);
        db.Enrollments.Add(enrollment);
        _events.Add(new LearnerEnrolled(enrollment.Id, course.Id, learnerId, now));
        Record(learnerId, course.Id, statements.Enrolled(learnerId, course, now));
        // A learner may already have passed a quiz this course shares with another course: its lessons are done now.
        var progress = await ProgressAsync(course, enrollment, cancellationToken);
        foreach (var passed in progress.Lessons.Where(l => l.Lesson.Kind == LessonKind.Quiz && l.Quiz?.Passed == true && l.CompletedAt is null))
        {
            await MarkLessonDoneAsync(course, enrollment, passed.Lesson, cancellationToken);
        }
        await CompleteCourseIfRuleMetAsync(course, enrollment, cancellationToken);
        return (enrollment, true);
    }

    /// <summary>Marks a lesson done the first time (false when it already was) and completes the course if that was the last step.</summary>
    public async Task<bool> CompleteLessonAsync(Course course, Enrollment enrollment, Lesson lesson, CancellationToken cancellationToken)
    {
        if (!await MarkLessonDoneAsync(course, enrollment, lesson, cancellationToken))
        {
            return false;
        }
        await CompleteCourseIfRuleMetAsync(course, enrollment, cancellationToken);
        return true;
    }

    /// <summary>
    /// Keeps a graded attempt (once per attempt and grade revision) and, for every course the learner is enrolled in
    /// that has a lesson with this quiz, tells of the pass or fail, completes the lesson on a pass, and the course when
    /// its rule is met. False when this grading was already recorded.
    /// </summary>
    public async Task<bool> RecordAttemptAsync(AttemptGraded graded, CancellationToken cancellationToken)
    {
        if (_addedAttempts.Any(a => a.AttemptId == graded.AttemptId && a.GradeRevision == graded.GradeRevision)
            || await AttemptRecorded.For(db)(db, graded.AttemptId, graded.GradeRevision, cancellationToken))
        {
            return false;
        }
        var attempt = new QuizAttempt
        {
            AttemptId = graded.AttemptId,
            GradeRevision = graded.GradeRevision,
            QuizId = graded.QuizId,
            LearnerId = graded.LearnerId,
            Score = graded.Score,
            MaxScore = graded.MaxScore,
            Percent = graded.Percent,
            Passed = graded.Passed,
            GradedAt = graded.GradedAt,
        };
        db.QuizAttempts.Add(attempt);
        _addedAttempts.Add(attempt);

        var courseIds = await CoursesWithQuiz.For(db)(db, graded.QuizId).ToListAsync(cancellationToken);
        if (courseIds.Count == 0)
        {
            // A quiz that no course uses: the gradebook keeps the attempt, and there is nothing to complete.
            return true;
        }
        var enrollments = await OpenEnrollments.For(db)(db, graded.LearnerId, courseIds).ToListAsync(cancellationToken);
        foreach (var enrollment in enrollments)
        {
            var course = await CourseLoading.LoadAsync(db, enrollment.CourseId, cancellationToken);
            if (course is null)
            {
                continue;
            }
            foreach (var lesson in course.Lessons.Where(l => l.QuizId == graded.QuizId && l.Kind == LessonKind.Quiz))
            {
                Record(graded.LearnerId, course.Id, statements.QuizGraded(
                    graded.LearnerId, course, lesson, graded.Score, graded.MaxScore, graded.Percent, graded.Passed, graded.GradedAt));
                if (graded.Passed)
                {
                    await MarkLessonDoneAsync(course, enrollment, lesson, cancellationToken);
                }
            }
            await CompleteCourseIfRuleMetAsync(course, enrollment, cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Ends the enrolment a refunded order paid for (an enrolment made otherwise, or already ended, is left alone), with
    /// the audit record of it. False when there was nothing to end.
    /// </summary>
    public async Task<bool> EndRefundedEnrolmentAsync(Guid orderId, Guid learnerId, Guid courseId, CancellationToken cancellationToken)
    {
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == courseId && e.LearnerId == learnerId, cancellationToken);
        var now = clock.GetUtcNow();
        if (enrollment is null || !enrollment.EndForRefund(orderId, now))
        {
            return false;
        }
        _events.Add(LmsAudit.EnrolmentEnded(learnerId, enrollment.Id, courseId, orderId, now));
        return true;
    }

    /// <summary>The learner's standing in the course, counting what this recorder has added but not yet saved.</summary>
    public async Task<CourseProgress> ProgressAsync(Course course, Enrollment enrollment, CancellationToken cancellationToken)
    {
        var learnerId = enrollment.LearnerId;
        var standing = await LoadStandingAsync(course, learnerId, cancellationToken);
        var quizIds = QuizIdsOf(course);
        var completions = standing.Completions
            .Concat(_addedCompletions.Where(c => c.LearnerId == learnerId && c.CourseId == course.Id))
            .DistinctBy(c => c.LessonId)
            .ToList();
        var attempts = standing.Attempts.Concat(_addedAttempts.Where(a => a.LearnerId == learnerId && quizIds.Contains(a.QuizId)));
        return CourseProgress.Of(course, enrollment, completions, QuizAttempt.StandingsByQuiz(attempts), standing.Extensions);
    }

    /// <summary>After the context was cleared (a concurrent request won a race), nothing added is pending and what was read is stale.</summary>
    public void ForgetLoaded()
    {
        _loaded.Clear();
        _addedCompletions.Clear();
        _addedAttempts.Clear();
        _completedCourses.Clear();
    }

    /// <summary>The learner's saved completions, attempts and due-date extensions in the course, read once per request.</summary>
    private async Task<Standing> LoadStandingAsync(Course course, Guid learnerId, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue((learnerId, course.Id), out var loaded))
        {
            return loaded;
        }
        var quizIds = QuizIdsOf(course);
        var standing = new Standing(
            await db.LessonCompletions.AsNoTracking().Where(c => c.LearnerId == learnerId && c.CourseId == course.Id).ToListAsync(cancellationToken),
            await db.QuizAttempts.AsNoTracking().Where(a => a.LearnerId == learnerId && quizIds.Contains(a.QuizId)).ToListAsync(cancellationToken),
            await db.Extensions.AsNoTracking().Where(e => e.LearnerId == learnerId && e.CourseId == course.Id).ToListAsync(cancellationToken));
        _loaded[(learnerId, course.Id)] = standing;
        return standing;
    }

    private static List<Guid> QuizIdsOf(Course course) =>
        course.Lessons.Where(l => l.QuizId is not null).Select(l => l.QuizId!.Value).Distinct().ToList();

    private async Task<bool> MarkLessonDoneAsync(Course course, Enrollment enrollment, Lesson lesson, CancellationToken cancellationToken)
    {
        var learnerId = enrollment.LearnerId;
        // One read of the learner's completions in the course serves this check and the standing after it.
        var standing = await LoadStandingAsync(course, learnerId, cancellationToken);
        if (standing.Completions.Any(c => c.LessonId == lesson.Id) || _addedCompletions.Any(c => c.LessonId == lesson.Id && c.LearnerId == learnerId))
        {
            return false;
        }
        var now = clock.GetUtcNow();
        var completion = new LessonCompletion { LessonId = lesson.Id, LearnerId = learnerId, CourseId = course.Id, CompletedAt = now };
        db.LessonCompletions.Add(completion);
        _addedCompletions.Add(completion);
        _events.Add(new LessonCompleted(course.Id, lesson.Id, learnerId, now));
        Record(learnerId, course.Id, statements.LessonCompleted(learnerId, course, lesson, now));
        return true;
    }

    private async Task CompleteCourseIfRuleMetAsync(Course course, Enrollment enrollment, CancellationToken cancellationToken)
    {
        var learnerId = enrollment.LearnerId;
        if (enrollment.CompletedAt is not null
            || _completedCourses.Contains((learnerId, course.Id))
            || await db.CourseCompletions.AnyAsync(c => c.CourseId == course.Id && c.LearnerId == learnerId, cancellationToken))
        {
            return;
        }
        var progress = await ProgressAsync(course, enrollment, cancellationToken);
        if (!progress.MeetsCompletionRule)
        {
            return;
        }
        // A course without graded quizzes is passed by doing its lessons: full marks.
        var grade = progress.Grade.Grade ?? 100m;
        var now = clock.GetUtcNow();
        enrollment.Complete(now);
        db.CourseCompletions.Add(new CourseCompletion { CourseId = course.Id, LearnerId = learnerId, Grade = grade, CompletedAt = now });
        _completedCourses.Add((learnerId, course.Id));
        _events.Add(new CourseCompleted(learnerId, course.Id, course.Title, course.Summary, [.. course.Skills], grade, now));
        _events.Add(LmsAudit.CourseCompleted(learnerId, course.Id, grade, now));
        Record(learnerId, course.Id, statements.CourseCompleted(learnerId, course, grade, now));
    }

    private void Record(Guid learnerId, Guid courseId, XapiStatement statement)
    {
        db.Statements.Add(new RecordedStatement
        {
            StatementId = statement.Id,
            LearnerId = learnerId,
            Verb = statement.Verb.Id,
            Timestamp = statement.Timestamp,
            Json = JsonSerializer.Serialize(statement, StatementJson),
        });
        _events.Add(new XapiStatementRecorded(learnerId, courseId, statement));
    }

    /// <summary>A learner's saved lesson completions, quiz attempts and due-date extensions in one course.</summary>
    private sealed record Standing(List<LessonCompletion> Completions, List<QuizAttempt> Attempts, List<DueDateExtension> Extensions);
}
