using Azora.Assessment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Assessment.Tests;

/// <summary>
/// A value object kept as JSON (here a saved response) is tracked as the instance that was read: a value replaced by an
/// equal one is no change, and a different one is.
/// </summary>
[Collection(AssessmentCollection.Name)]
public sealed class JsonColumnTests(AssessmentFixture fixture)
{
    [Fact]
    public async Task A_response_replaced_by_an_equal_one_is_unchanged_and_by_a_different_one_is_changed()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse())]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, value = true });

        await using var scope = fixture.Platform.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        var item = await db.AttemptItems.SingleAsync(i => i.AttemptId == attempt.Id());
        var response = db.Entry(item).Property(i => i.Response);
        var read = response.CurrentValue!;
        Assert.Same(read, response.OriginalValue);

        item.Save(read with { }, item.SavedAt!.Value);
        db.ChangeTracker.DetectChanges();
        Assert.NotSame(read, item.Response);
        Assert.False(response.IsModified);

        item.Save(read with { Value = false }, item.SavedAt!.Value);
        db.ChangeTracker.DetectChanges();
        Assert.True(response.IsModified);
    }
}
