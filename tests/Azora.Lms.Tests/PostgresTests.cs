using System.Net;
using Azora.Contracts;
using Azora.Contracts.Payments;
using Azora.Testing;
using Azora.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>The journey on PostgreSQL, where azora-lms runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_journey_completes_the_course_once_on_postgresql()
    {
        using var tokens = new TestTokens();
        await using var platform = await TestPlatform.StartAsync(
            [LmsFixture.ServiceId],
            new Dictionary<string, string?>
            {
                ["Azora:Database"] = "Postgres",
                ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
            },
            configure: builder =>
            {
                tokens.Trust(builder);
                EventProbe.Subscribe(builder);
            });
        Task DeliverAsync(object message) => platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).PublishMessageAndWaitAsync(message);
        var learnerId = Guid.CreateVersion7();
        using var instructor = platform.Client(LmsFixture.ServiceId);
        instructor.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(Guid.CreateVersion7(), Roles.Instructor));
        using var learner = platform.Client(LmsFixture.ServiceId);
        learner.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(learnerId, Roles.Learner));

        var course = await PublishedCourseAsync(instructor);
        var priced = await PublishedCourseAsync(instructor, CourseBody(title: "Paid SQL", priceMinor: 10_000));
        await EnrolAsync(learner, course.Id);
        await CompleteAsync(learner, course.Reading);
        await CompleteAsync(learner, course.Video);
        var passing = Graded(course.QuizId, learnerId, 75, passed: true);
        await DeliverAsync(passing);
        await DeliverAsync(passing);
        await CompleteAsync(learner, course.Video);
        var refused = await learner.PostAsync($"/api/courses/{priced.Id}/enrollments", null);
        var purchase = new CoursePurchased(Guid.CreateVersion7(), learnerId, priced.Id, 10_000, "ZAR", DateTimeOffset.UtcNow);
        await DeliverAsync(purchase);
        await DeliverAsync(purchase);

        var received = platform.App.Services.GetRequiredService<ReceivedEvents>();
        Assert.Equal(75m, Assert.Single(received.CoursesCompleted).Grade);
        await Problems.AssertProblemAsync(refused, HttpStatusCode.PaymentRequired);
        Assert.Equal(2, received.Enrolled.Count);
        var mine = await GetAsync(learner, "/api/me/enrollments");
        Assert.Equal(2, mine.GetProperty("items").GetArrayLength());
        var statements = await GetAsync(learner, "/api/me/statements");
        // Registered, two lessons completed, quiz passed, quiz lesson completed, course completed; registered in the paid course.
        Assert.Equal(7, statements.GetProperty("statements").GetArrayLength());
    }
}
