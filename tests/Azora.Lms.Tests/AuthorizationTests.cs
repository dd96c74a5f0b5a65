using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>Who may author, teach, read and learn: everything else is refused with a problem and changes nothing.</summary>
[Collection(LmsCollection.Name)]
public sealed class AuthorizationTests(LmsFixture fixture)
{
    [Fact]
    public async Task A_learner_cannot_create_or_edit_a_course()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);

        var create = await learner.Client.PostAsJsonAsync("/api/courses", CourseBody());
        var edit = await learner.Client.PutAsJsonAsync($"/api/courses/{course.Id}", CourseBody(title: "Hijacked"));
        var module = await learner.Client.PostAsJsonAsync($"/api/courses/{course.Id}/modules", new { title = "Mine" });
        var lesson = await learner.Client.PostAsJsonAsync($"/api/modules/{course.ModuleId}/lessons", Reading());
        var unpublish = await learner.Client.PostAsync($"/api/courses/{course.Id}/unpublish", null);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        await Problems.AssertProblemAsync(edit, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(module, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(lesson, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(unpublish, HttpStatusCode.Forbidden);
        var read = await GetAsync(instructor.Client, $"/api/courses/{course.Id}");
        Assert.Equal("Intro to SQL", read.GetProperty("title").GetString());
        Assert.Equal("published", read.GetProperty("status").GetString());
        Assert.Single(read.GetProperty("modules").EnumerateArray());
        Assert.Equal(3, read.GetProperty("modules")[0].GetProperty("lessons").GetArrayLength());
    }

    [Fact]
    public async Task An_instructor_cannot_edit_another_instructors_course_and_does_not_see_their_draft()
    {
        using var owner = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        var published = await PublishedCourseAsync(owner.Client);
        var draft = await CreateCourseAsync(owner.Client);

        var edit = await other.Client.PutAsJsonAsync($"/api/courses/{published.Id}", CourseBody(title: "Mine now"));
        var module = await other.Client.PostAsJsonAsync($"/api/courses/{published.Id}/modules", new { title = "Mine" });
        var draftRead = await other.Client.GetAsync($"/api/courses/{draft}");
        var draftPublish = await other.Client.PostAsync($"/api/courses/{draft}/publish", null);

        await Problems.AssertProblemAsync(edit, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(module, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(draftRead, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(draftPublish, HttpStatusCode.NotFound);
        Assert.Equal("Intro to SQL", (await GetAsync(owner.Client, $"/api/courses/{published.Id}")).GetProperty("title").GetString());
        Assert.Equal("draft", (await GetAsync(owner.Client, $"/api/courses/{draft}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_co_instructor_added_by_the_owner_edits_the_course_but_cannot_manage_instructors()
    {
        using var owner = fixture.NewInstructor();
        using var colleague = fixture.NewInstructor();
        using var third = fixture.NewInstructor();
        var course = await CreateCourseAsync(owner.Client);

        await ExpectAsync(await owner.Client.PutAsync($"/api/courses/{course}/instructors/{colleague.Id}", null), HttpStatusCode.OK);
        var edited = await colleague.Client.PutAsJsonAsync($"/api/courses/{course}", CourseBody(title: "Intro to SQL, revised"));
        var addThird = await colleague.Client.PutAsync($"/api/courses/{course}/instructors/{third.Id}", null);
        await ExpectAsync(await owner.Client.DeleteAsync($"/api/courses/{course}/instructors/{colleague.Id}"), HttpStatusCode.OK);
        var afterRemoval = await colleague.Client.GetAsync($"/api/courses/{course}");

        await ExpectAsync(edited, HttpStatusCode.OK);
        await Problems.AssertProblemAsync(addThird, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(afterRemoval, HttpStatusCode.NotFound);
        var read = await GetAsync(owner.Client, $"/api/courses/{course}");
        Assert.Equal("Intro to SQL, revised", read.GetProperty("title").GetString());
        Assert.Empty(read.GetProperty("coInstructorIds").EnumerateArray());
    }

    [Fact]
    public async Task A_platform_admin_may_edit_any_course()
    {
        using var owner = fixture.NewInstructor();
        using var admin = Person.Of(fixture, Roles.PlatformAdmin);
        var course = await CreateCourseAsync(owner.Client);

        await ExpectAsync(await admin.Client.PutAsJsonAsync($"/api/courses/{course}", CourseBody(title: "Moderated")), HttpStatusCode.OK);

        Assert.Equal("Moderated", (await GetAsync(owner.Client, $"/api/courses/{course}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_learner_cannot_see_another_learners_progress_but_an_instructor_of_the_course_can()
    {
        using var instructor = fixture.NewInstructor();
        using var otherInstructor = fixture.NewInstructor();
        using var alice = fixture.NewLearner();
        using var bob = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(alice.Client, course.Id);
        await EnrolAsync(bob.Client, course.Id);
        await CompleteAsync(alice.Client, course.Reading);

        var bobReadsAlice = await bob.Client.GetAsync($"/api/courses/{course.Id}/progress?learnerId={alice.Id}");
        var strangerReadsAlice = await otherInstructor.Client.GetAsync($"/api/courses/{course.Id}/progress?learnerId={alice.Id}");
        var instructorReadsAlice = await ProgressAsync(instructor.Client, course.Id, alice.Id);
        var bobsGradebook = await GetAsync(bob.Client, $"/api/courses/{course.Id}/gradebook");

        await Problems.AssertProblemAsync(bobReadsAlice, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(strangerReadsAlice, HttpStatusCode.Forbidden);
        Assert.Equal(alice.Id, instructorReadsAlice.GetProperty("learnerId").GetGuid());
        Assert.Equal(1, instructorReadsAlice.GetProperty("requiredDone").GetInt32());
        Assert.Equal(bob.Id, Assert.Single(bobsGradebook.GetProperty("rows").EnumerateArray()).GetProperty("learnerId").GetGuid());
    }

    [Fact]
    public async Task Only_enrolled_learners_complete_lessons_and_read_announcements()
    {
        using var instructor = fixture.NewInstructor();
        using var enrolled = fixture.NewLearner();
        using var outsider = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(enrolled.Client, course.Id);
        await ExpectAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/announcements", new { title = "Welcome", body = "Start with the reading." }), HttpStatusCode.Created);

        var complete = await outsider.Client.PostAsync($"/api/lessons/{course.Reading}/completion", null);
        var read = await outsider.Client.GetAsync($"/api/courses/{course.Id}/announcements");
        var post = await enrolled.Client.PostAsJsonAsync($"/api/courses/{course.Id}/announcements", new { title = "Spam", body = "Buy now" });

        await Problems.AssertProblemAsync(complete, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(read, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(post, HttpStatusCode.Forbidden);
        var announcements = await GetAsync(enrolled.Client, $"/api/courses/{course.Id}/announcements");
        Assert.Equal("Welcome", Assert.Single(announcements.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_learner_cannot_grant_extensions_or_set_grade_categories()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);

        var extension = await learner.Client.PutAsJsonAsync($"/api/lessons/{course.Reading}/extensions/{learner.Id}", new { dueAt = DateTimeOffset.UtcNow.AddDays(30) });
        var categories = await learner.Client.PutAsJsonAsync($"/api/courses/{course.Id}/gradebook/categories", new { categories = new[] { new { name = "Quizzes", weight = 100, dropLowest = 0 } } });

        await Problems.AssertProblemAsync(extension, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(categories, HttpStatusCode.Forbidden);
        var progress = await ProgressAsync(learner.Client, course.Id);
        var reading = progress.GetProperty("lessons")[0];
        Assert.Equal(progress.GetProperty("enrolledAt").GetDateTimeOffset().AddDays(3), reading.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_everywhere_but_the_calendar_address()
    {
        using var anonymous = fixture.Anonymous();
        var id = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/courses", CourseBody())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/courses/{id}/enrollments", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/enrollments")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/me/calendar", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/statements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/calendar/not-a-real-token.ics")).StatusCode);
    }
}
