using System.Net;
using Azora.Contracts.Lms;
using Azora.Contracts.Payments;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>Enrolment: free courses at once and once, priced courses through a paid order, prerequisites first.</summary>
[Collection(LmsCollection.Name)]
public sealed class EnrolmentTests(LmsFixture fixture)
{
    [Fact]
    public async Task Enrolling_twice_returns_the_first_enrolment_and_announces_it_once()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);

        HttpResponseMessage first = null!, second = null!;
        await fixture.WhileTrackingAsync(async () =>
        {
            first = await learner.Client.PostAsync($"/api/courses/{course.Id}/enrollments", null);
            second = await learner.Client.PostAsync($"/api/courses/{course.Id}/enrollments", null);
        });

        var created = await ExpectAsync(first, HttpStatusCode.Created);
        var again = await ExpectAsync(second, HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal("self", created.GetProperty("source").GetString());
        Assert.Single(fixture.Received.Enrolled, e => e.LearnerId == learner.Id);
    }

    [Fact]
    public async Task A_priced_course_refuses_self_enrolment_with_402_and_enrols_nobody()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client, CourseBody(priceMinor: 49_900, currency: "ZAR"));

        var response = await learner.Client.PostAsync($"/api/courses/{course.Id}/enrollments", null);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.PaymentRequired);
        Assert.Contains("Payment is required", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(49_900, problem.GetProperty("priceMinor").GetInt64());
        await Problems.AssertProblemAsync(await learner.Client.GetAsync($"/api/courses/{course.Id}/progress"), HttpStatusCode.NotFound);
        Assert.Empty((await GetAsync(learner.Client, "/api/me/enrollments")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_purchase_enrols_the_buyer_once_even_when_the_message_is_delivered_twice()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client, CourseBody(priceMinor: 49_900));
        var purchased = new CoursePurchased(Guid.CreateVersion7(), learner.Id, course.Id, 49_900, "ZAR", DateTimeOffset.UtcNow);

        await fixture.DeliverAsync(purchased);
        await fixture.DeliverAsync(purchased);

        var progress = await ProgressAsync(learner.Client, course.Id);
        Assert.Equal(learner.Id, progress.GetProperty("learnerId").GetGuid());
        Assert.Single(fixture.Received.Enrolled, e => e.LearnerId == learner.Id && e.CourseId == course.Id);
        var enrolment = await EnrolAsync(learner.Client, course.Id);
        Assert.Equal("purchase", enrolment.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_refunded_purchase_ends_its_enrolment_once_and_the_learner_may_not_go_on_until_buying_again()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client, CourseBody(priceMinor: 49_900));
        var purchased = new CoursePurchased(Guid.CreateVersion7(), learner.Id, course.Id, 49_900, "ZAR", DateTimeOffset.UtcNow);
        await fixture.DeliverAsync(purchased);
        await CompleteAsync(learner.Client, course.Reading);
        var refunded = new CoursePurchaseRefunded(purchased.OrderId, learner.Id, course.Id, 49_900, "ZAR", DateTimeOffset.UtcNow);

        await fixture.DeliverAsync(refunded);
        await fixture.DeliverAsync(refunded);

        var refused = await learner.Client.PostAsync($"/api/lessons/{course.Video}/completion", null);
        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("ended", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Empty((await GetAsync(learner.Client, "/api/me/enrollments")).GetProperty("items").EnumerateArray());
        Assert.Equal(1, (await ProgressAsync(learner.Client, course.Id)).GetProperty("requiredDone").GetInt32());

        await fixture.DeliverAsync(purchased with { OrderId = Guid.CreateVersion7() });

        await CompleteAsync(learner.Client, course.Video);
        Assert.Single((await GetAsync(learner.Client, "/api/me/enrollments")).GetProperty("items").EnumerateArray());
        Assert.Single(fixture.Received.Enrolled, e => e.LearnerId == learner.Id && e.CourseId == course.Id);
    }

    [Fact]
    public async Task A_refund_leaves_an_enrolment_it_did_not_pay_for_alone()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client, CourseBody(priceMinor: 49_900));
        await fixture.DeliverAsync(new EnrollLearner(Guid.CreateVersion7(), learner.Id, course.Id, "program enrolment", DateTimeOffset.UtcNow));

        await fixture.DeliverAsync(new CoursePurchaseRefunded(Guid.CreateVersion7(), learner.Id, course.Id, 49_900, "ZAR", DateTimeOffset.UtcNow));

        await CompleteAsync(learner.Client, course.Reading);
        Assert.Single((await GetAsync(learner.Client, "/api/me/enrollments")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_enrolment_request_from_another_service_enrols_once_per_request_and_never_twice_per_learner()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        var request = new EnrollLearner(Guid.CreateVersion7(), learner.Id, course.Id, "program enrolment", DateTimeOffset.UtcNow);

        await fixture.DeliverAsync(request);
        await fixture.DeliverAsync(request);
        await fixture.DeliverAsync(request with { RequestId = Guid.CreateVersion7() });

        Assert.Single(fixture.Received.Enrolled, e => e.LearnerId == learner.Id);
        var mine = await GetAsync(learner.Client, "/api/me/enrollments");
        Assert.Equal(course.Id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("courseId").GetGuid());
    }

    [Fact]
    public async Task A_message_for_a_course_that_does_not_exist_enrols_nobody()
    {
        using var learner = fixture.NewLearner();

        await fixture.DeliverAsync(new EnrollLearner(Guid.CreateVersion7(), learner.Id, Guid.CreateVersion7(), "program enrolment", DateTimeOffset.UtcNow));

        Assert.Empty((await GetAsync(learner.Client, "/api/me/enrollments")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Prerequisites_must_be_completed_before_enrolling()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var basics = await CreateCourseAsync(instructor.Client, CourseBody(title: "SQL basics"));
        var module = await AddModuleAsync(instructor.Client, basics);
        var reading = await AddLessonAsync(instructor.Client, module, Reading());
        await PublishAsync(instructor.Client, basics);
        var advanced = await PublishedCourseAsync(instructor.Client, CourseBody(title: "Advanced SQL", prerequisites: [basics]));

        var refused = await learner.Client.PostAsync($"/api/courses/{advanced.Id}/enrollments", null);
        await EnrolAsync(learner.Client, basics);
        await CompleteAsync(learner.Client, reading);
        var accepted = await learner.Client.PostAsync($"/api/courses/{advanced.Id}/enrollments", null);

        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Contains("prerequisite", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SQL basics", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(basics, problem.GetProperty("missingPrerequisites")[0].GetGuid());
        await ExpectAsync(accepted, HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_quiz_already_passed_in_another_course_counts_when_the_learner_enrols()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var first = await PublishedCourseAsync(instructor.Client);
        var second = await CreateCourseAsync(instructor.Client, CourseBody(title: "SQL review"));
        var module = await AddModuleAsync(instructor.Client, second);
        var sharedQuiz = await AddLessonAsync(instructor.Client, module, Quiz(first.QuizId, "The same joins quiz"));
        await PublishAsync(instructor.Client, second);
        await EnrolAsync(learner.Client, first.Id);
        await fixture.DeliverAsync(Graded(first.QuizId, learner.Id, 85, passed: true));

        await fixture.WhileTrackingAsync(() => EnrolAsync(learner.Client, second));

        var progress = await ProgressAsync(learner.Client, second);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, progress.GetProperty("completedAt").ValueKind);
        Assert.Single(fixture.Received.LessonsCompleted, l => l.LearnerId == learner.Id && l.LessonId == sharedQuiz);
        Assert.Equal(85m, Assert.Single(fixture.Received.CoursesCompleted, c => c.LearnerId == learner.Id && c.CourseId == second).Grade);
    }

    [Fact]
    public async Task A_priced_course_with_unmet_prerequisites_asks_for_the_prerequisites_before_payment()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var basics = await PublishedCourseAsync(instructor.Client, CourseBody(title: "Basics"));
        var advanced = await PublishedCourseAsync(instructor.Client, CourseBody(title: "Advanced", priceMinor: 20_000, prerequisites: [basics.Id]));

        var response = await learner.Client.PostAsync($"/api/courses/{advanced.Id}/enrollments", null);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_draft_course_cannot_be_enrolled_in()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var draft = await CreateCourseAsync(instructor.Client);

        await Problems.AssertProblemAsync(await learner.Client.PostAsync($"/api/courses/{draft}/enrollments", null), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.Client.PostAsync($"/api/courses/{draft}/enrollments", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Learners_keep_access_to_a_course_after_it_is_unpublished()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);
        await ExpectAsync(await instructor.Client.PostAsync($"/api/courses/{course.Id}/unpublish", null), HttpStatusCode.OK);

        await CompleteAsync(learner.Client, course.Reading);

        Assert.Equal(1, (await ProgressAsync(learner.Client, course.Id)).GetProperty("requiredDone").GetInt32());
    }
}
