using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts.Lms;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using static Azora.Education.Tests.EducationFixture;

namespace Azora.Education.Tests;

[Collection(EducationCollection.Name)]
public sealed class GuardianTests(EducationFixture fixture)
{
    [Fact]
    public async Task A_guardian_sees_a_learners_progress_only_after_consent_and_not_after_revocation()
    {
        using var guardian = fixture.NewGuardian(out var guardianId);
        using var learner = fixture.NewLearner(out var learnerId);
        var course = await fixture.PublishCourseAsync(Course(title: "Followed", lessons: 4));
        await fixture.DeliverAsync(new LearnerEnrolled(Guid.CreateVersion7(), course.CourseId, learnerId, DateTimeOffset.UtcNow));
        var lesson = new LessonCompleted(course.CourseId, Guid.CreateVersion7(), learnerId, DateTimeOffset.UtcNow);
        await fixture.DeliverAsync(lesson);
        await fixture.DeliverAsync(lesson);

        var linkId = await InviteAsync(guardian, learnerId);
        await Problems.AssertProblemAsync(await guardian.GetAsync($"/api/guardians/learners/{learnerId}/progress"), HttpStatusCode.NotFound);
        Assert.Empty(await LearnersAsync(guardian));

        Assert.Equal(HttpStatusCode.OK, (await learner.PostAsync($"/api/guardian-links/{linkId}/accept", null)).StatusCode);
        Assert.Equal([learnerId], await LearnersAsync(guardian));
        var progress = await guardian.GetFromJsonAsync<JsonElement>($"/api/guardians/learners/{learnerId}/progress");
        var followed = Assert.Single(progress.GetProperty("courses").EnumerateArray());
        Assert.Equal("Followed", followed.GetProperty("title").GetString());
        Assert.Equal(1, followed.GetProperty("lessonsCompleted").GetInt32());
        Assert.Equal(25m, followed.GetProperty("progressPercent").GetDecimal());

        await fixture.DeliverAsync(new CourseCompleted(learnerId, course.CourseId, course.Title, course.Summary, course.Skills, 91m, DateTimeOffset.UtcNow));
        progress = await guardian.GetFromJsonAsync<JsonElement>($"/api/guardians/learners/{learnerId}/progress");
        Assert.Equal(100m, progress.GetProperty("courses")[0].GetProperty("progressPercent").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await learner.PostAsync($"/api/guardian-links/{linkId}/revoke", null)).StatusCode);
        await Problems.AssertProblemAsync(await guardian.GetAsync($"/api/guardians/learners/{learnerId}/progress"), HttpStatusCode.NotFound);
        Assert.Empty(await LearnersAsync(guardian));
        await EventuallyAsync(() => Task.FromResult(AuditRecorder.Received.Count(a => a.Resource.Id == linkId.ToString()) == 2), "both decisions are audited");
        var audited = AuditRecorder.Received.Where(a => a.Resource.Id == linkId.ToString()).OrderBy(a => a.OccurredAt).ToList();
        Assert.Equal(["guardian-link.accepted", "guardian-link.revoked"], audited.Select(a => a.Action));
        Assert.All(audited, a => Assert.Equal(learnerId.ToString(), a.Actor.Id));
        Assert.Equal(guardianId.ToString(), audited[0].Details!["guardianId"]);
    }

    [Fact]
    public async Task A_guardian_sees_only_the_learners_who_consented()
    {
        using var guardian = fixture.NewGuardian(out _);
        using var consenting = fixture.NewLearner(out var consentingId);
        using var declining = fixture.NewLearner(out var decliningId);
        using var otherGuardian = fixture.NewGuardian(out _);
        var accepted = await InviteAsync(guardian, consentingId);
        var declined = await InviteAsync(guardian, decliningId);

        Assert.Equal(HttpStatusCode.OK, (await consenting.PostAsync($"/api/guardian-links/{accepted}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await declining.PostAsync($"/api/guardian-links/{declined}/decline", null)).StatusCode);

        Assert.Equal([consentingId], await LearnersAsync(guardian));
        await Problems.AssertProblemAsync(await guardian.GetAsync($"/api/guardians/learners/{decliningId}/progress"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await otherGuardian.GetAsync($"/api/guardians/learners/{consentingId}/progress"), HttpStatusCode.NotFound);
        Assert.Empty(await LearnersAsync(otherGuardian));
        await Problems.AssertProblemAsync(await otherGuardian.PostAsync($"/api/guardian-links/{accepted}/revoke", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_learner_may_invite_a_guardian_who_then_accepts()
    {
        using var guardian = fixture.NewGuardian(out var guardianId);
        using var learner = fixture.NewLearner(out var learnerId);

        var invited = await learner.PostAsJsonAsync("/api/learners/me/guardians", new { guardianId });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var linkId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/guardian-links/{linkId}/accept", null), HttpStatusCode.Forbidden);
        var pending = await guardian.GetFromJsonAsync<JsonElement>("/api/guardian-links");
        Assert.Equal("pending", pending.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == linkId).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await guardian.PostAsync($"/api/guardian-links/{linkId}/accept", null)).StatusCode);

        Assert.Equal([learnerId], await LearnersAsync(guardian));
    }

    [Fact]
    public async Task A_guardian_cannot_accept_their_own_invitation_and_a_learner_cannot_use_the_guardian_views()
    {
        using var guardian = fixture.NewGuardian(out _);
        using var learner = fixture.NewLearner(out var learnerId);
        var linkId = await InviteAsync(guardian, learnerId);

        await Problems.AssertProblemAsync(await guardian.PostAsync($"/api/guardian-links/{linkId}/accept", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/guardians/learners")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/api/guardians/learners/{learnerId}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/guardians/invitations", new { learnerId = Guid.CreateVersion7() })).StatusCode);
        Assert.Equal("pending", (await fixture.QueryAsync(db => db.GuardianLinks.SingleAsync(l => l.Id == linkId))).Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task Bad_invitations_and_answers_are_refused_and_change_nothing()
    {
        using var guardian = fixture.NewGuardian(out var guardianId);
        using var learner = fixture.NewLearner(out var learnerId);
        var linkId = await InviteAsync(guardian, learnerId);

        await Problems.AssertFieldErrorAsync(await guardian.PostAsJsonAsync("/api/guardians/invitations", new { }), "learnerId");
        await Problems.AssertFieldErrorAsync(await guardian.PostAsJsonAsync("/api/guardians/invitations", new { learnerId = "someone" }), "learnerId");
        await Problems.AssertFieldErrorAsync(await guardian.PostAsJsonAsync("/api/guardians/invitations", new { learnerId = guardianId }), "learnerId");
        await Problems.AssertProblemAsync(await guardian.PostAsJsonAsync("/api/guardians/invitations", new { learnerId }), HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(await learner.PostAsJsonAsync("/api/learners/me/guardians", new { guardianId = 42 }), "guardianId");
        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/guardian-links/{Guid.CreateVersion7()}/accept", null), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await learner.GetAsync("/api/guardian-links?limit=0"), "limit");

        Assert.Equal(HttpStatusCode.OK, (await learner.PostAsync($"/api/guardian-links/{linkId}/decline", null)).StatusCode);
        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/guardian-links/{linkId}/accept", null), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/guardian-links/{linkId}/revoke", null), HttpStatusCode.Conflict);
        Assert.Equal(1, await fixture.QueryAsync(db => db.GuardianLinks.CountAsync(l => l.GuardianId == guardianId)));
        Assert.Empty(await LearnersAsync(guardian));
    }

    private static async Task<Guid> InviteAsync(HttpClient guardian, Guid learnerId)
    {
        var response = await guardian.PostAsJsonAsync("/api/guardians/invitations", new { learnerId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> LearnersAsync(HttpClient guardian) =>
        [.. (await guardian.GetFromJsonAsync<JsonElement>("/api/guardians/learners")).GetProperty("items").EnumerateArray().Select(l => l.GetProperty("learnerId").GetGuid())];
}
