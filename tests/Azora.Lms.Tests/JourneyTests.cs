using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>The learner journey: authoring, publication, enrolment, lessons, a quiz failed then passed, and one completion.</summary>
[Collection(LmsCollection.Name)]
public sealed class JourneyTests(LmsFixture fixture)
{
    [Fact]
    public async Task A_learner_completes_a_course_and_CourseCompleted_is_published_exactly_once_even_when_the_passing_grade_arrives_twice()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);

        await fixture.WhileTrackingAsync(() => EnrolAsync(learner.Client, course.Id));
        await CompleteAsync(learner.Client, course.Reading);
        await fixture.WhileTrackingAsync(() => CompleteAsync(learner.Client, course.Video));
        await fixture.DeliverAsync(Graded(course.QuizId, learner.Id, 40, passed: false));
        var halfway = await ProgressAsync(learner.Client, course.Id);
        var passing = Graded(course.QuizId, learner.Id, 90, passed: true, attemptNumber: 2);
        await fixture.DeliverAsync(passing);
        await fixture.DeliverAsync(passing);
        await fixture.WhileTrackingAsync(() => CompleteAsync(learner.Client, course.Reading));
        // A later, better attempt and a regrade of the passing one change the gradebook, never the completion.
        await fixture.DeliverAsync(Graded(course.QuizId, learner.Id, 95, passed: true, attemptNumber: 3));
        await fixture.DeliverAsync(passing with { GradeRevision = 2, Percent = 92 });

        Assert.Equal(2, halfway.GetProperty("requiredDone").GetInt32());
        Assert.Equal(3, halfway.GetProperty("requiredTotal").GetInt32());
        Assert.Equal(JsonValueKind.Null, halfway.GetProperty("completedAt").ValueKind);
        var done = await ProgressAsync(learner.Client, course.Id);
        Assert.Equal(100m, done.GetProperty("percent").GetDecimal());
        Assert.Equal(95m, done.GetProperty("grade").GetProperty("grade").GetDecimal());
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("completedAt").ValueKind);
        var completed = Assert.Single(fixture.Received.CoursesCompleted, c => c.LearnerId == learner.Id);
        Assert.Equal(course.Id, completed.CourseId);
        Assert.Equal("Intro to SQL", completed.CourseTitle);
        Assert.Equal(90m, completed.Grade);
        Assert.Equal(["SQL joins", "Relational modelling"], completed.Skills);
        Assert.Single(fixture.Received.Enrolled, e => e.LearnerId == learner.Id);
        Assert.Equal(3, fixture.Received.LessonsCompleted.Count(l => l.LearnerId == learner.Id));
        var audited = Assert.Single(fixture.Received.Audit, a => a.Action == "course.completed" && a.Actor.Id == learner.Id.ToString());
        Assert.Equal(("course", course.Id.ToString(), "azora-lms"), (audited.Resource.Type, audited.Resource.Id, audited.SourceService));
    }

    [Fact]
    public async Task When_the_last_step_is_a_lesson_posted_twice_the_course_is_completed_once()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);
        await fixture.DeliverAsync(Graded(course.QuizId, learner.Id, 100, passed: true));
        await CompleteAsync(learner.Client, course.Reading);

        JsonElement first = default, second = default;
        await fixture.WhileTrackingAsync(async () =>
        {
            first = await CompleteAsync(learner.Client, course.Video);
            second = await CompleteAsync(learner.Client, course.Video);
        });

        Assert.NotEqual(JsonValueKind.Null, first.GetProperty("courseCompletedAt").ValueKind);
        Assert.Equal(first.GetProperty("completedAt").GetDateTimeOffset(), second.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal(first.GetProperty("courseCompletedAt").GetDateTimeOffset(), second.GetProperty("courseCompletedAt").GetDateTimeOffset());
        Assert.Equal(100m, Assert.Single(fixture.Received.CoursesCompleted, c => c.LearnerId == learner.Id).Grade);
        Assert.Single(fixture.Received.LessonsCompleted, l => l.LearnerId == learner.Id && l.LessonId == course.Video);
    }

    [Fact]
    public async Task Consequential_instructor_actions_are_audited_with_who_did_them()
    {
        using var instructor = fixture.NewInstructor();
        using var colleague = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        SampleCourse course = null!;

        await fixture.WhileTrackingAsync(async () =>
        {
            course = await PublishedCourseAsync(instructor.Client);
            await EnrolAsync(learner.Client, course.Id);
            await ExpectAsync(await instructor.Client.PutAsync($"/api/courses/{course.Id}/instructors/{colleague.Id}", null), HttpStatusCode.OK);
            await ExpectAsync(await instructor.Client.PutAsync($"/api/courses/{course.Id}/instructors/{colleague.Id}", null), HttpStatusCode.OK);
            await ExpectAsync(await colleague.Client.PutAsJsonAsync($"/api/lessons/{course.Reading}/extensions/{learner.Id}", new { dueAt = fixture.Clock.GetUtcNow().AddDays(20) }), HttpStatusCode.OK);
        });

        var mine = fixture.Received.Audit.Where(a => a.Resource.Id == course.Id.ToString() || a.Resource.Id == course.Reading.ToString()).ToList();
        Assert.Single(mine, a => a.Action == "course.published" && a.Actor.Id == instructor.Id.ToString());
        Assert.Single(mine, a => a.Action == "course.instructor-added" && a.Details!["instructorId"] == colleague.Id.ToString());
        var extension = Assert.Single(mine, a => a.Action == "lesson.extension-granted");
        Assert.Equal((colleague.Id.ToString(), learner.Id.ToString()), (extension.Actor.Id, extension.Details!["learnerId"]));
    }

    [Fact]
    public async Task Publishing_announces_the_course_with_its_lesson_count_and_unpublishing_withdraws_it()
    {
        using var instructor = fixture.NewInstructor();
        var course = await CreateCourseAsync(instructor.Client);
        var module = await AddModuleAsync(instructor.Client, course);
        await AddLessonAsync(instructor.Client, module, Reading());
        await AddLessonAsync(instructor.Client, module, Video());

        await fixture.WhileTrackingAsync(() => PublishAsync(instructor.Client, course));
        await fixture.WhileTrackingAsync(async () => await ExpectAsync(await instructor.Client.PostAsync($"/api/courses/{course}/unpublish", null), HttpStatusCode.OK));

        var published = Assert.Single(fixture.Received.Published, p => p.CourseId == course);
        Assert.Equal(2, published.LessonCount);
        Assert.Equal([instructor.Id], published.InstructorIds);
        Assert.Equal("ZAR", published.Currency);
        Assert.Single(fixture.Received.Unpublished, u => u.CourseId == course);
        var read = await GetAsync(instructor.Client, $"/api/courses/{course}");
        Assert.Equal("draft", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_course_without_lessons_cannot_be_published_and_the_problem_names_the_lessons()
    {
        using var instructor = fixture.NewInstructor();
        var course = await CreateCourseAsync(instructor.Client);
        await AddModuleAsync(instructor.Client, course);

        var response = await instructor.Client.PostAsync($"/api/courses/{course}/publish", null);

        await Azora.Testing.Problems.AssertFieldErrorAsync(response, "lessons", HttpStatusCode.UnprocessableEntity);
        Assert.Equal("draft", (await GetAsync(instructor.Client, $"/api/courses/{course}")).GetProperty("status").GetString());
        Assert.DoesNotContain(fixture.Received.Published, p => p.CourseId == course);
    }

    [Fact]
    public async Task Modules_and_lessons_keep_the_order_they_were_added_in()
    {
        using var instructor = fixture.NewInstructor();
        var course = await CreateCourseAsync(instructor.Client);
        var first = await AddModuleAsync(instructor.Client, course, "First");
        var second = await AddModuleAsync(instructor.Client, course, "Second");
        var b1 = await AddLessonAsync(instructor.Client, second, Reading("b1"));
        var a1 = await AddLessonAsync(instructor.Client, first, Reading("a1"));
        var a2 = await AddLessonAsync(instructor.Client, first, Video("a2"));

        var read = await GetAsync(instructor.Client, $"/api/courses/{course}");

        var modules = read.GetProperty("modules").EnumerateArray().ToList();
        Assert.Equal(["First", "Second"], modules.Select(m => m.GetProperty("title").GetString()));
        Assert.Equal([a1, a2], modules[0].GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()));
        Assert.Equal([b1], modules[1].GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Modules_and_lessons_can_be_put_in_a_new_order_and_learners_meet_them_in_it()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        var extra = await AddModuleAsync(instructor.Client, course.Id, "Warm-up");
        var warmUp = await AddLessonAsync(instructor.Client, extra, Reading("Warm-up reading"));

        await ExpectAsync(await instructor.Client.PutAsJsonAsync($"/api/courses/{course.Id}/modules/order", new { moduleIds = new[] { extra, course.ModuleId } }), HttpStatusCode.OK);
        await ExpectAsync(await instructor.Client.PutAsJsonAsync($"/api/modules/{course.ModuleId}/lessons/order", new { lessonIds = new[] { course.QuizLesson, course.Reading, course.Video } }), HttpStatusCode.OK);
        var incomplete = await instructor.Client.PutAsJsonAsync($"/api/modules/{course.ModuleId}/lessons/order", new { lessonIds = new[] { course.Reading, course.Video } });
        var foreign = await instructor.Client.PutAsJsonAsync($"/api/courses/{course.Id}/modules/order", new { moduleIds = new[] { extra, Guid.CreateVersion7() } });
        var byLearner = await learner.Client.PutAsJsonAsync($"/api/courses/{course.Id}/modules/order", new { moduleIds = new[] { course.ModuleId, extra } });

        await Azora.Testing.Problems.AssertFieldErrorAsync(incomplete, "lessonIds");
        await Azora.Testing.Problems.AssertFieldErrorAsync(foreign, "moduleIds");
        await Azora.Testing.Problems.AssertProblemAsync(byLearner, HttpStatusCode.Forbidden);
        await EnrolAsync(learner.Client, course.Id);
        var progress = await ProgressAsync(learner.Client, course.Id);
        Assert.Equal([warmUp, course.QuizLesson, course.Reading, course.Video], progress.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("lessonId").GetGuid()));
    }

    [Fact]
    public async Task A_quiz_lesson_is_completed_by_passing_its_quiz_not_by_posting_a_completion()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);

        var response = await learner.Client.PostAsync($"/api/lessons/{course.QuizLesson}/completion", null);

        await Azora.Testing.Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        var progress = await ProgressAsync(learner.Client, course.Id);
        Assert.Equal(0, progress.GetProperty("requiredDone").GetInt32());
    }

    [Fact]
    public async Task Every_learning_event_is_an_xapi_statement_the_learner_can_read_and_that_is_published()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);

        await fixture.WhileTrackingAsync(() => EnrolAsync(learner.Client, course.Id));
        await fixture.WhileTrackingAsync(() => CompleteAsync(learner.Client, course.Reading));
        await fixture.WhileTrackingAsync(() => CompleteAsync(learner.Client, course.Video));
        await fixture.DeliverAsync(Graded(course.QuizId, learner.Id, 30, passed: false));
        await fixture.DeliverAsync(Graded(course.QuizId, learner.Id, 80, passed: true));

        var page = await GetAsync(learner.Client, "/api/me/statements");
        var statements = page.GetProperty("statements").EnumerateArray().ToList();
        var verbs = statements.Select(s => s.GetProperty("verb").GetProperty("id").GetString()!.Split('/')[^1]).Reverse().ToList();
        Assert.Equal(["registered", "completed", "completed", "failed", "passed", "completed", "completed"], verbs);
        var newest = statements[0];
        Assert.Equal(learner.Id.ToString(), newest.GetProperty("actor").GetProperty("account").GetProperty("name").GetString());
        Assert.StartsWith("http", newest.GetProperty("actor").GetProperty("account").GetProperty("homePage").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/api/courses/{course.Id}", newest.GetProperty("object").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://adlnet.gov/expapi/activities/course", newest.GetProperty("object").GetProperty("definition").GetProperty("type").GetString());
        Assert.True(newest.GetProperty("result").GetProperty("completion").GetBoolean());
        var passed = statements[2];
        Assert.Equal(0.8m, passed.GetProperty("result").GetProperty("score").GetProperty("scaled").GetDecimal());
        Assert.True(passed.GetProperty("result").GetProperty("success").GetBoolean());
        Assert.EndsWith($"/api/courses/{course.Id}", passed.GetProperty("context").GetProperty("contextActivities").GetProperty("parent")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, fixture.Received.Statements.Count(s => s.LearnerId == learner.Id));
        Assert.Contains(fixture.Received.Statements, s => s.Statement.Id == newest.GetProperty("id").GetGuid() && s.CourseId == course.Id);
    }

    [Fact]
    public async Task The_dashboard_shape_lists_enrolments_with_progress_and_next_due_dates()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        var enrolled = await EnrolAsync(learner.Client, course.Id);
        await CompleteAsync(learner.Client, course.Reading);

        var mine = await GetAsync(learner.Client, "/api/me/enrollments");

        var item = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(course.Id, item.GetProperty("courseId").GetGuid());
        Assert.Equal("Intro to SQL", item.GetProperty("courseTitle").GetString());
        Assert.Equal(enrolled.GetProperty("enrolledAt").GetDateTimeOffset(), item.GetProperty("enrolledAt").GetDateTimeOffset());
        Assert.Equal(33.33m, item.GetProperty("progressPercent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("completedAt").ValueKind);
        var due = item.GetProperty("nextDueDates").EnumerateArray().ToList();
        Assert.Equal([course.Video, course.QuizLesson], due.Select(d => d.GetProperty("lessonId").GetGuid()));
        Assert.Equal("Joins, explained", due[0].GetProperty("lessonTitle").GetString());
        Assert.Equal(item.GetProperty("enrolledAt").GetDateTimeOffset().AddDays(7), due[0].GetProperty("dueAt").GetDateTimeOffset());
    }
}
